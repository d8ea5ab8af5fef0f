// The page at phone width and by keyboard alone, its accessibility wiring, and screenshots of
// both languages saved under test-results/screenshots/ for review.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

const SHOTS = 'test-results/screenshots';

watchPage(test);

async function open(page) {
  await page.goto('/www/index.html?today=2026-11-22');
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
}

test.describe('phone width', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('nothing overflows sideways, in either language; screenshots saved', async ({ page }) => {
    await open(page);
    await page.locator('#province').selectOption('33');
    await page.locator('#subject-kind').selectOption('enterprise');
    await page.locator('[data-path="/subject/document/type"]').selectOption('uscc');
    await page.locator('[data-path="/subject/document/number"]').fill('91330106MA27XY1KX0');
    await page.locator('#submit').click();
    for (const lang of ['zh-CN', 'en']) {
      if (lang === 'en') await page.locator('#lang-en').click();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow in ${lang}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/phone-${lang}.png`, fullPage: true });
    }
    await expect(page.locator('[data-code="USCC_CHECKSUM"]').first()).toBeVisible();
  });
});

test('desktop screenshots in both languages', async ({ page }) => {
  await open(page);
  await page.locator('#wizard-question button[data-value="host_new"]').click();
  await page.locator('#province').selectOption('11');
  await page.locator('#subject-kind').selectOption('personal');
  await page.locator('[data-path="/websites/0/name"]').fill('张三的技术博客');
  await page.screenshot({ path: `${SHOTS}/desktop-zh-CN.png`, fullPage: true });
  await page.locator('#lang-en').click();
  await page.screenshot({ path: `${SHOTS}/desktop-en.png`, fullPage: true });
});

test('every control is labelled and described by its messages', async ({ page }) => {
  await open(page);
  await page.locator('#subject-kind').selectOption('enterprise');
  const problems = await page.evaluate(() => {
    const out = [];
    for (const c of document.querySelectorAll('#application-form [data-path]')) {
      if (c.closest('[hidden]')) continue;
      const labelled = c.getAttribute('aria-labelledby') || (c.id && document.querySelector(`label[for="${c.id}"]`));
      if (!labelled) out.push(`${c.dataset.path}: no label`);
      const described = (c.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
      if (!described.some((id) => document.getElementById(id)?.dataset.messagesFor === c.dataset.path)) {
        out.push(`${c.dataset.path}: not described by its messages`);
      }
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (dup.length) out.push(`duplicate ids: ${dup}`);
    return out;
  });
  expect(problems).toEqual([]);
  // A removed and re-added website keeps ids unique.
  await page.locator('#add-website').click();
  await page.locator('#add-website').click();
  await page.locator('fieldset.website[data-site="1"] .remove-website').click();
  await page.locator('#add-website').click();
  const dups = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(dups).toEqual([]);
});

test('keyboard only: the wizard and a field, without a mouse', async ({ page }) => {
  await open(page);
  await page.locator('#wizard-question button[data-value="host_new"]').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#wizard-question .question')).toHaveAttribute('data-fact', '/hosting');
  await page.locator('#wizard-question button.choice').first().focus();
  await page.keyboard.press('Space');
  await expect(page.locator('#wizard-question .question')).toHaveAttribute('data-fact', '/subject/filed');
  await page.locator('[data-path="/subject/name"]').focus();
  await page.keyboard.type('张三');
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveAttribute('data-path', '/subject/document/type');
  const field = page.locator('[data-path="/subject/leader/email"]');
  await field.focus();
  await page.keyboard.type('zhangsan@example');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = await field.getAttribute('aria-describedby');
  await expect(page.locator(`#${describedBy.split(' ').pop()} [data-code="EMAIL_FORMAT"]`)).toBeVisible();
});
