// How the page loads: the .wasm and every module it imports are asked for at once (preload,
// modulepreload) and each is fetched once — a preload the page then did not use would be
// fetched twice and Chromium would warn — and the rules in plain words arrive after the page is
// ready without being waited for.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

watchPage(test);

test('the module and the scripts are fetched once each, none preloaded in vain', async ({ page }) => {
  const fetched = new Map();
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    fetched.set(path, (fetched.get(path) ?? 0) + 1);
  });
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  await page.goto('/www/index.html?today=2026-11-22');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  // Chromium reports an unused preload a few seconds after the load event.
  await page.waitForTimeout(3500);
  expect(warnings.filter((w) => /preload/i.test(w)), 'no unused preload').toEqual([]);
  const modules = await page.evaluate(() => [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')]
    .map((l) => new URL(l.href).pathname));
  expect(modules).toContain('/pkg/icp_precheck_bg.wasm');
  for (const m of modules) expect(fetched.get(m), `${m} fetched once`).toBe(1);
  // Every module the page imports is preloaded, so none waits for the one that imports it.
  const loaded = await page.evaluate(() => performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js')));
  for (const js of loaded) expect(modules, `${js} is preloaded`).toContain(js);
  const marks = await page.evaluate(() => ['icp-precheck:module', 'icp-precheck:form']
    .map((n) => performance.getEntriesByName(n).length));
  expect(marks).toEqual([1, 1]);
});

test('the province rules arrive after the page is ready and are shown', async ({ page }) => {
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/pkg/rules.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/www/index.html?today=2026-11-22');
  // Ready while rules.json is still held back.
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.locator('#province').selectOption('11');
  release();
  await expect(page.locator('#province-rules li').first()).toBeVisible();
});

test('the English texts are fetched only when the page is first shown in English', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/www/index.html?today=2026-11-22');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await page.locator('#domain').fill('https://example.com/a');
  await expect(page.locator('[data-code="DOMAIN_URL_NOT_DOMAIN"]')).toContainText('只填写域名');
  expect(fetched).not.toContain('/pkg/texts.en.js');
  await page.locator('#lang-en').click();
  // The report is rendered again, in English, from texts that arrived on the click.
  await expect(page.locator('[data-code="DOMAIN_URL_NOT_DOMAIN"]')).toContainText('Enter the domain only');
  expect(fetched.filter((p) => p === '/pkg/texts.en.js')).toHaveLength(1);
  await page.locator('#lang-zh').click();
  await page.locator('#lang-en').click();
  await expect(page.locator('[data-code="DOMAIN_URL_NOT_DOMAIN"]')).toContainText('Enter the domain only');
  expect(fetched.filter((p) => p === '/pkg/texts.en.js')).toHaveLength(1);
});
