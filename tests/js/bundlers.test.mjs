// The package as front-end engineers use it: installed from the packed tarball into scratch
// projects, bundled by Vite, by esbuild and by webpack 5, and the bundles loaded in headless
// Chromium, where they call all three engines, the Vite and webpack apps also from a module worker.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from '@playwright/test';
import { installPackedPackage, root } from './install.mjs';

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
let project;
let browser;

before(async () => {
  project = installPackedPackage(join(root, 'tests/.scratch'), 'bundlers-');
  cpSync(join(root, 'tests/consumers'), project, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(project, { recursive: true, force: true });
});

/** Serves `dir` on a free localhost port, opens it in Chromium and returns what the app left. */
async function loadInBrowser(dir) {
  const server = createServer((req, res) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    const file = path.endsWith('/') ? join(path, 'index.html') : path;
    try {
      if (!file.startsWith(dir)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => document.body.dataset.result || document.body.dataset.error, null, { timeout: 20000 });
    const error = await page.evaluate(() => document.body.dataset.error);
    assert.equal(error, undefined, `the app failed: ${error}`);
    assert.deepEqual(problems, []);
    return JSON.parse(await page.evaluate(() => document.body.dataset.result));
  } finally {
    await page.close();
    server.close();
  }
}

function checkResult(result) {
  assert.equal(result.ascii, 'xn--fsqu00a.xn--fiqs8s');
  assert.ok(result.required.includes('/subject/leader') && result.required.includes('/websites'), JSON.stringify(result.required));
  assert.equal(result.filing, 'cancel_website');
  assert.equal(result.provinces, 31);
}

test('a Vite build finds the .wasm and runs in the browser, in the page and in a module worker', async () => {
  const bin = join(root, 'node_modules/.bin/vite');
  execFileSync(bin, ['build', '--logLevel', 'error', '--outDir', join(project, 'vite-dist'), '--emptyOutDir'], {
    cwd: join(project, 'vite'),
    stdio: 'pipe',
  });
  const result = await loadInBrowser(join(project, 'vite-dist'));
  checkResult(result);
  checkResult(result.worker);
});

test('an esbuild bundle loads the .wasm through the file loader and runs in the browser', async () => {
  const out = join(project, 'esbuild-dist');
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [
    join(project, 'esbuild/main.js'), '--bundle', '--format=esm', '--loader:.wasm=file', '--log-level=error',
    `--outdir=${out}`,
  ], { cwd: project, stdio: 'pipe' });
  cpSync(join(project, 'esbuild/index.html'), join(out, 'index.html'));
  checkResult(await loadInBrowser(out));
});

test('a webpack 5 build emits the .wasm, loads the engines lazily, bundles the module worker and runs both in the browser', async () => {
  const out = join(project, 'webpack-dist');
  execFileSync(join(root, 'node_modules/.bin/webpack'), ['--config', join(project, 'webpack/webpack.config.mjs')], {
    cwd: project,
    env: { ...process.env, WEBPACK_OUT: out },
    stdio: 'pipe',
  });
  cpSync(join(project, 'webpack/index.html'), join(out, 'index.html'));
  const emitted = readdirSync(out);
  assert.ok(emitted.some((f) => f.endsWith('.wasm')), `no .wasm emitted: ${emitted}`);
  // Loaded lazily: the page's bundle holds neither the engines nor the texts, a chunk does.
  const entry = readFileSync(join(out, 'main.js'), 'utf8');
  assert.ok(!entry.includes('validateApplication') && entry.length < 20000, `main.js carries the package (${entry.length} B)`);
  assert.ok(emitted.filter((f) => f.endsWith('.js')).length >= 3, `no chunks for the engines and the worker: ${emitted}`);
  const result = await loadInBrowser(out);
  checkResult(result);
  checkResult(result.worker);
});
