import { defineConfig } from '@playwright/test';

// Drives Debian's Chromium (no browser download). The flags keep Chromium off the network,
// which this machine does not have.
const PORT = 8124;
export default defineConfig({
  testDir: './tests/e2e',
  outputDir: './test-results/e2e',
  workers: 1,
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `python3 scripts/static-server.py ${PORT}`,
    env: { QUIET_SERVER: '1' },
    url: `http://127.0.0.1:${PORT}/www/index.html`,
    reuseExistingServer: !process.env.CI,
  },
});
