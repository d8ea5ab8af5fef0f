// Time to the first result in a page, cold: a fresh browser context (nothing cached) opens the
// page over localhost from scripts/static-server.py (gzip, as `bash scripts/serve` serves it);
// the figure is the time from navigation start until the module is fetched, compiled and
// instantiated (the page's `icp-precheck:module` mark) plus its first `checkDomain` call. Its
// peer, in the same run and the same way: a page that loads tldts (its UMD build from
// node_modules) and returns its first `tldts.parse`. Also shown: when the page's own form is
// built (`icp-precheck:form`), the page's cost on top of the module's. Medians of RUNS cold loads each (default 15); the ratio is what is
// quoted, since absolute times drift with the machine's load.
// usage: node bench/first-result.mjs [RUNS]   (after scripts/build-wasm and npm ci)
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const RUNS = Number(process.argv[2] ?? 15);
const PORT = 8131;
const root = fileURLToPath(new URL('..', import.meta.url));
const base = `http://127.0.0.1:${PORT}`;

const server = spawn('python3', ['scripts/static-server.py', String(PORT)], {
  cwd: root,
  env: { ...process.env, QUIET_SERVER: '1' },
  stdio: 'ignore',
});
async function up() {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(`${base}/www/index.html`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the static server did not start');
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

const PEER = `<!doctype html><meta charset="utf-8"><title>peer</title>
<script src="/node_modules/tldts/dist/index.umd.min.js"></script>
<script>window.__first = tldts.parse('example.com').domain; window.__at = performance.now();</script>`;

try {
  await up();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const ours = [];
  const forms = [];
  const peer = [];
  for (let i = 0; i < RUNS; i += 1) {
    {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${base}/www/index.html`);
      await page.waitForFunction(() => performance.getEntriesByName('icp-precheck:form').length > 0);
      const at = await page.evaluate(async () => {
        const pkg = await import('/pkg/icp_precheck.js');
        const mark = (name) => performance.getEntriesByName(name)[0].startTime;
        const t0 = performance.now();
        const r = pkg.checkDomain('example.com');
        if (!r.ok) throw new Error('example.com does not pass');
        return { first: mark('icp-precheck:module') + (performance.now() - t0), form: mark('icp-precheck:form') };
      });
      ours.push(at.first);
      forms.push(at.form);
      await context.close();
    }
    {
      const context = await browser.newContext();
      await context.route(`${base}/bench-peer.html`, (route) => route.fulfill({ body: PEER, contentType: 'text/html' }));
      const page = await context.newPage();
      await page.goto(`${base}/bench-peer.html`);
      await page.waitForFunction(() => window.__first === 'example.com');
      peer.push(await page.evaluate(() => window.__at));
      await context.close();
    }
  }
  await browser.close();
  const o = median(ours);
  const p = median(peer);
  console.log(`Chromium ${browser.version()}, ${RUNS} cold loads each, medians`);
  console.table([
    { what: 'module instantiated + first checkDomain', ms: +o.toFixed(1) },
    { what: 'peer: tldts loaded + first parse', ms: +p.toFixed(1) },
    { what: "the page's form built (not compared)", ms: +median(forms).toFixed(1) },
  ]);
  console.log(`ratio ${(o / p).toFixed(1)}×`);
} finally {
  server.kill();
}
