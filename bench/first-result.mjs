// Time to the first result in a page, cold: a fresh browser context (nothing cached) opens a
// page over localhost from scripts/static-server.py (gzip, as `bash scripts/serve` serves it).
// The figure: a page that does nothing else imports the one-language entry, fetches, compiles
// and instantiates the .wasm (`init`, the .wasm preloaded as the project's page does) and makes
// its first `checkDomain` call; the time from navigation start to that result. Its peer, in
// the same run and the same way: a page that loads tldts (its UMD build from node_modules) and
// returns its first `tldts.parse`. Also shown, not compared: the project's own page, when its
// module is ready plus a first call (`icp-precheck:module`) and when its form is built
// (`icp-precheck:form`), the page's own cost on top of the module's. Medians of RUNS cold loads
// each (default 15); the ratio is what is quoted, since absolute times drift with the machine's
// load.
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

const OURS = `<!doctype html><meta charset="utf-8"><title>ours</title>
<link rel="preload" href="/pkg/icp_precheck_bg.wasm" as="fetch" type="application/wasm" crossorigin>
<script type="module">import init, { checkDomain } from '/pkg/zh-CN.js';
await init();
window.__first = checkDomain('example.com').ok ? 'example.com' : 'failed';
window.__at = performance.now();</script>`;
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
  const peer = [];
  const page = [];
  const forms = [];
  // A page served as HTML from the bench itself, in a fresh context: the time its script sets.
  const cold = async (name, html) => {
    const context = await browser.newContext();
    await context.route(`${base}/${name}`, (route) => route.fulfill({ body: html, contentType: 'text/html' }));
    const tab = await context.newPage();
    await tab.goto(`${base}/${name}`);
    await tab.waitForFunction(() => window.__first === 'example.com');
    const at = await tab.evaluate(() => window.__at);
    await context.close();
    return at;
  };
  for (let i = 0; i < RUNS; i += 1) {
    ours.push(await cold('bench-ours.html', OURS));
    peer.push(await cold('bench-peer.html', PEER));
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${base}/www/index.html`);
    await tab.waitForFunction(() => performance.getEntriesByName('icp-precheck:form').length > 0);
    const at = await tab.evaluate(async () => {
      const pkg = await import('/pkg/icp_precheck.js');
      const mark = (name) => performance.getEntriesByName(name)[0].startTime;
      const t0 = performance.now();
      if (!pkg.checkDomain('example.com').ok) throw new Error('example.com does not pass');
      return { first: mark('icp-precheck:module') + (performance.now() - t0), form: mark('icp-precheck:form') };
    });
    page.push(at.first);
    forms.push(at.form);
    await context.close();
  }
  await browser.close();
  const o = median(ours);
  const p = median(peer);
  console.log(`Chromium ${browser.version()}, ${RUNS} cold loads each, medians`);
  console.table([
    { what: 'a page: entry imported, .wasm fetched, compiled, instantiated, first checkDomain', ms: +o.toFixed(1) },
    { what: 'peer: a page loading tldts, first parse', ms: +p.toFixed(1) },
    { what: "the project's page: module ready + first checkDomain (not compared)", ms: +median(page).toFixed(1) },
    { what: "the project's page: form built (not compared)", ms: +median(forms).toFixed(1) },
  ]);
  console.log(`ratio ${(o / p).toFixed(1)}×`);
} finally {
  server.kill();
}
