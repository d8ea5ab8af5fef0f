// The province layer on the page: choosing a province lists its rules in plain words (from the
// package's rules.json) before the user starts, and a message a province rule raised names the
// rule and links its source.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

watchPage(test, '/www/index.html?today=2025-06-01');

test('choosing a province shows its rules in both languages, with sources', async ({ page }) => {
  const panel = page.locator('#province-rules');
  await expect(panel.locator('li')).toHaveCount(0);
  await page.locator('#province').selectOption('42');
  await expect(panel.locator('h3')).toContainText('湖北管局规则');
  await expect(panel.locator('[data-rule="P42.AGE"]')).toContainText('18');
  await expect(panel.locator('[data-rule="P42.SITE_CLOSED"]')).toContainText('需自行确认');
  const source = panel.locator('[data-rule="P42.AGE"] a.source');
  await expect(source).toHaveAttribute('href', /^https:\/\//);
  await page.locator('#lang-en').click();
  await expect(panel.locator('h3')).toContainText('Hubei bureau rules');
  await expect(panel.locator('[data-rule="P42.AGE"]')).toContainText('Under 18 refused');
  // A province with conflicting sources says so.
  await page.locator('#province').selectOption('15');
  await expect(panel.locator('[data-rule="P15.PERSONAL_NONLOCAL"] .conflict')).toContainText('sources disagree');
});

test('a province rule that fires names its rule and links its source', async ({ page }) => {
  await page.locator('#province').selectOption('43');
  await page.locator('#subject-kind').selectOption('personal');
  await page.locator('[data-path="/subject/leader/mobile"]').fill('13812345678');
  await page.locator('[data-path="/subject/leader/mobile_province"]').selectOption('44');
  const box = page.locator('[data-messages-for="/subject/leader/mobile"]');
  const message = box.locator('[data-code="PHONE_NOT_LOCAL"]');
  await expect(message).toContainText('湖南');
  await expect(message.locator('.rule')).toContainText('P43.PHONE_LOCAL');
  await expect(message.locator('a.source')).toHaveAttribute('href', /^https:\/\//);
  await expect(page.locator('[data-path="/subject/leader/mobile"]')).toHaveAttribute('aria-invalid', 'true');
  // What no field can show is listed for the user to check.
  await expect(page.locator('#advisory-list [data-code="PROVINCE_ADVISORY"]').first()).toBeVisible();
  await page.locator('[data-path="/subject/leader/mobile_province"]').selectOption('43');
  await expect(message).toHaveCount(0);
});
