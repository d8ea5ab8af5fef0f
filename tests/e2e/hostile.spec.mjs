// Hostile text in every text field of the page stays text (no markup parsed, no script run, a
// bidirectional control in a message written as its name), and the server sends the page's
// policy with what a meta tag cannot say: no framing.
import { readFileSync } from 'node:fs';
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

watchPage(test, '/www/index.html?today=2026-11-22');

const HOSTILE = '<img src=x onerror="window.__injected=1"><b>粗</b>\u202e<svg onload="window.__injected=1">';

test('every text field takes markup and bidi controls as text', async ({ page }) => {
  for (const kind of ['personal', 'enterprise']) {
    await page.locator('#province').selectOption('11');
    await page.locator('#subject-kind').selectOption(kind);
    // A second website, so fields that only a list of websites shows are covered too.
    if ((await page.locator('[data-path="/websites/1/name"]').count()) === 0) await page.locator('#add-website').click();
    const fields = page.locator('input:not([type]), input[type="text"], input[type="email"], input[type="tel"], input[type="search"], textarea');
    const count = await fields.count();
    expect(count, 'text fields on the page').toBeGreaterThan(20);
    for (let i = 0; i < count; i += 1) {
      const f = fields.nth(i);
      if (!(await f.isVisible()) || !(await f.isEditable())) continue;
      await f.fill(HOSTILE);
    }
    await page.locator('#submit').click();
    await page.locator('#domain').fill(HOSTILE);
    await expect(page.locator('#domain-messages .message').first()).toBeVisible();
    await expect(page.locator('#summary-list li').first()).toBeVisible();
    const found = await page.evaluate(() => ({
      injected: window.__injected ?? null,
      markup: document.querySelectorAll('main img, main b, main svg, header img, header b, header svg').length,
      // Messages quote what was typed; a raw U+202E there would reverse the rest of the line.
      rawBidi: [...document.querySelectorAll('.message, #summary-list li')].filter((n) => /[\u202a-\u202e\u2066-\u2069]/.test(n.textContent)).length,
      named: [...document.querySelectorAll('.message')].some((n) => n.textContent.includes('U+202E')),
    }));
    expect(found, kind).toEqual({ injected: null, markup: 0, rawBidi: 0, named: true });
  }
});

test('the server sends the page policy, with frame-ancestors, and forbids framing', async ({ page, request }) => {
  const res = await request.get('/www/index.html');
  const csp = res.headers()['content-security-policy'];
  expect(res.headers()['x-frame-options']).toBe('DENY');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  // The header is the page's own policy plus frame-ancestors, which only a header can carry.
  expect(csp).toBe(`${meta}; frame-ancestors 'none'`);
  for (const path of ['/pkg/icp_precheck.js', '/www/app.js']) {
    expect((await request.get(path)).headers()['content-security-policy'], path).toBe(csp);
  }
});

test('the server sends the module and the scripts gzip\'d to a browser that accepts it, and plain otherwise', async ({ page, request }) => {
  const root = new URL('../../', import.meta.url);
  for (const path of ['/pkg/icp_precheck_bg.wasm', '/pkg/icp_precheck.js', '/www/index.html']) {
    const file = readFileSync(new URL(`.${path}`, root));
    const gz = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers()['content-encoding'], path).toBe('gzip');
    expect(gz.headers()['vary'], path).toBe('Accept-Encoding');
    // Sent compressed: the length on the wire is the gzip'd one, the body decoded is the file.
    expect(Number(gz.headers()['content-length']), path).toBeLessThan(file.length / 2);
    expect(Buffer.compare(await gz.body(), file), path).toBe(0);
    for (const refused of ['identity', 'gzip;q=0']) {
      const plain = await request.get(path, { headers: { 'accept-encoding': refused } });
      expect(plain.headers()['content-encoding'], `${path} ${refused}`).toBeUndefined();
      expect(Number(plain.headers()['content-length']), `${path} ${refused}`).toBe(file.length);
    }
  }
  // The page, its module compiled from the compressed response, still checks a domain.
  const report = await page.evaluate(async () => (await import('/pkg/icp_precheck.js')).checkDomain('example.com'));
  expect(report.ok).toBe(true);
});

test('each hostile shape 2,000 times through the module the page loaded, in Chromium', async ({ page }) => {
  test.setTimeout(300_000);
  const result = await page.evaluate(async () => {
    const m = await import('/pkg/icp_precheck.js');
    const instance = await m.default();
    const { runHostile } = await import('/tests/js/hostile.mjs');
    const before = instance.memory.buffer.byteLength;
    const s = 'a'.repeat(4096);
    const refused = [];
    for (let i = 0; i < 20; i += 1) {
      const r = m.validateApplication({ remark: Array.from({ length: 100 }, () => Array(200).fill(s)) });
      refused.push(r.diagnostics[0]?.code);
    }
    return { ...runHostile(m, 2000), refused: [...new Set(refused)], grew: instance.memory.buffer.byteLength - before };
  });
  const { EXPECTED_AFTER } = await import('../js/hostile.mjs');
  expect(result.problems).toEqual([]);
  expect(result.after).toEqual(EXPECTED_AFTER);
  expect(result.refused).toEqual(['INPUT_TOO_LARGE']);
  // Refused input costs at most a small fixed amount of memory (the hostile run included).
  expect(result.grew).toBeLessThanOrEqual(2 << 20);
});
