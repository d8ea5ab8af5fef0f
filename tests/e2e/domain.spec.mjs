// The page as a person meets it, in a real browser: typing, reading the message under the field,
// applying a suggestion, switching language. Then every domain vector through the module the
// page loaded.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';
import { loadVectors, judge, vectorCall, outcomeOf, ALL_FILES } from '../js/vectors.mjs';

watchPage(test, '/www/index.html');

test('a domain under an unapproved suffix shows its message under the field', async ({ page }) => {
  await page.locator('#domain').fill('example.io');
  const messages = page.locator('#domain-messages');
  await expect(messages.locator('[data-code="DOMAIN_TLD_NOT_APPROVED"]')).toContainText('“.io”后缀不在工信部批准的可备案后缀列表中');
  await expect(messages).toContainText('domain.miit.gov.cn');
  await expect(page.locator('#domain')).toHaveAttribute('aria-invalid', 'true');
});

test('a URL offers the registrable domain, and one click applies it', async ({ page }) => {
  await page.locator('#domain').fill('https://www.example.com/a?b=1');
  const msg = page.locator('[data-code="DOMAIN_URL_NOT_DOMAIN"]');
  await expect(msg).toBeVisible();
  await msg.locator('button.apply').click();
  await expect(page.locator('#domain')).toHaveValue('example.com');
  await expect(page.locator('#domain-messages .message.ok')).toHaveText('可以备案');
  await expect(page.locator('#domain')).toHaveAttribute('aria-invalid', 'false');
});

test('a Chinese domain shows its A-label and registrable domain', async ({ page }) => {
  await page.locator('#domain').fill('例子。中国');
  await expect(page.locator('#out-ascii')).toHaveText('xn--fsqu00a.xn--fiqs8s');
  await expect(page.locator('#out-unicode')).toHaveText('例子.中国');
  await expect(page.locator('#out-registrable')).toHaveText('例子.中国');
  await expect(page.locator('[data-code="DOMAIN_NORMALIZED"]')).toBeVisible();
});

test('English switch changes labels and messages', async ({ page }) => {
  await page.locator('#domain').fill('example.io');
  await page.locator('#lang-en').click();
  await expect(page.locator('label[for="domain"]')).toHaveText('Website domain');
  await expect(page.locator('[data-code="DOMAIN_TLD_NOT_APPROVED"]')).toContainText('is not on MIIT');
  await page.locator('#lang-zh').click();
  await expect(page.locator('[data-code="DOMAIN_TLD_NOT_APPROVED"]')).toContainText('工信部');
});

test('province and subject kind feed the rules', async ({ page }) => {
  await page.locator('#domain').fill('example.red');
  await expect(page.locator('#domain-messages .message.ok')).toBeVisible();
  await page.locator('#province').selectOption('11');
  await expect(page.locator('[data-code="DOMAIN_SUFFIX_NOT_ACCEPTED_IN_PROVINCE"]')).toContainText('北京');
  await page.locator('#domain').fill('example.gov.cn');
  await page.locator('#subject-kind').selectOption('personal');
  await expect(page.locator('[data-code="DOMAIN_RESTRICTED_SUFFIX"]')).toBeVisible();
});

test('user text is rendered as text, never as markup', async ({ page }) => {
  await page.locator('#domain').fill('<img src=x onerror=alert(1)>.com');
  await expect(page.locator('[data-code="DOMAIN_BAD_CHAR"]')).toBeVisible();
  expect(await page.locator('#domain-messages img').count()).toBe(0);
});

test('every vector passes through the module the page loaded', async ({ page }) => {
  const vectors = loadVectors(ALL_FILES);
  const calls = vectors.map(vectorCall);
  const results = await page.evaluate(async (calls) => {
    const m = await import('/pkg/icp_precheck.js');
    await m.default();
    return calls.map((c) => m[c.fn](...c.args));
  }, calls);
  const failures = vectors.map((v, i) => judge(v, outcomeOf(calls[i].fn, results[i]))).filter(Boolean);
  expect(failures).toEqual([]);
});
