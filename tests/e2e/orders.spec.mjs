// Orders as a person makes them: the wizard's answer carried into the form for that operation,
// which then shows only what that order carries (for a cancellation, the numbers), checks the
// filing numbers as they are typed, and puts the plan and its checklist in the summary.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

watchPage(test, '/www/index.html?today=2026-11-22');

const question = (page) => page.locator('#wizard-question .question');
async function answer(page, fact, value) {
  await expect(question(page)).toHaveAttribute('data-fact', fact);
  await question(page).locator(`button.choice[data-value="${value}"]`).click();
}
async function count(page, fact, n) {
  await expect(question(page)).toHaveAttribute('data-fact', fact);
  await question(page).locator('input.count').fill(String(n));
  await question(page).locator('button.confirm').click();
}
async function changes(page, ...values) {
  await expect(question(page)).toHaveAttribute('data-fact', '/changes');
  for (const v of values) await question(page).locator(`input[value="${v}"]`).check();
  await question(page).locator('button.confirm').click();
}
async function use(page, type) {
  await expect(page.locator('#wizard-plan')).toHaveAttribute('data-type', type);
  await page.locator('#wizard-use').click();
  await expect(page.locator('#planned-filing')).toHaveAttribute('data-type', type);
}
const field = (page, path) => page.locator(`[data-path="${path}"]`);
const row = (page, path) => page.locator(`[data-field="${path}"]`);
const messagesFor = (page, path) => page.locator(`[data-messages-for="${path}"]`);
const plan = (page) => page.locator('#order-plan');
const submit = (page) => page.locator('#submit').click();

test('首次备案: the whole application, no number fields, the checklist for an individual', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('personal');
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'false');
  await answer(page, '/domain/filed', 'false');
  // The wizard's checklist is the individual's: no business licence.
  await expect(page.locator('#wizard-plan ul.wizard_materials')).toContainText('主办者的身份证件');
  await expect(page.locator('#wizard-plan ul.wizard_materials')).not.toContainText('营业执照');
  await use(page, 'first_filing');
  await expect(page.locator('#order-section')).toBeVisible();
  await expect(row(page, '/filing/subject_number')).toBeHidden();
  await expect(row(page, '/websites/0/filing_number')).toBeHidden();
  await expect(row(page, '/subject/name')).toBeVisible();
  await expect(row(page, '/websites/0/domains')).toBeVisible();
  await submit(page);
  await expect(plan(page)).toHaveAttribute('data-type', 'first_filing');
  await expect(plan(page).locator('.plan-label')).toHaveText('备案类型：首次备案');
  await expect(plan(page).locator('ul.checklist')).toContainText('主办者的身份证件');
  await expect(messagesFor(page, '/subject/name').locator('[data-code="FIELD_REQUIRED"]')).toBeVisible();
});

test('新增网站 under a subject filed here: the subject number is asked and checked', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'true');
  await answer(page, '/subject/shell', 'false');
  await answer(page, '/domain/filed', 'false');
  await answer(page, '/subject/at_this_provider', 'true');
  await use(page, 'new_website_subject_here');
  await expect(row(page, '/filing/subject_number')).toBeVisible();
  await expect(row(page, '/websites/0/filing_number')).toBeHidden();
  await expect(row(page, '/subject/name')).toBeVisible();
  // A website number where the subject's belongs: named, with the subject number to use.
  await field(page, '/filing/subject_number').fill('浙ICP备12345678号-1');
  const wrong = messagesFor(page, '/filing/subject_number').locator('[data-code="FILING_NUMBER_IS_WEBSITE"]');
  await expect(wrong).toContainText('浙ICP备12345678号');
  await field(page, '/filing/subject_number').fill('浙ICP备12345678号');
  await expect(wrong).toHaveCount(0);
  await submit(page);
  await expect(plan(page)).toHaveAttribute('data-type', 'new_website_subject_here');
  await expect(plan(page).locator('[data-code="EXISTING_SITES_RECHECKED"]')).toBeVisible();
});

test('接入备案 that tries to edit the filed data is refused, with the way out', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'true');
  await answer(page, '/subject/shell', 'false');
  await answer(page, '/domain/filed', 'true');
  await answer(page, '/domain/same_subject', 'true');
  await answer(page, '/domain/shell', 'false');
  await answer(page, '/domain/accessed_here', 'false');
  await answer(page, '/subject/at_this_provider', 'false');
  await use(page, 'access_subject_elsewhere');
  await expect(row(page, '/filing/subject_number')).toBeVisible();
  await expect(row(page, '/websites/0/filing_number')).toBeVisible();
  await field(page, '/filing/subject_number').fill('浙ICP备12345678号');
  await field(page, '/websites/0/filing_number').fill('浙ICP备12345678号-2');
  await row(page, '/filing/facts/changes').locator('input[value="subject.address"]').check();
  const refused = messagesFor(page, '/filing/facts/changes').locator('[data-code="ACCESS_CANNOT_CHANGE"]');
  await expect(refused).toBeVisible();
  await expect(refused.locator('.hint')).toContainText('原接入商');
  await submit(page);
  await expect(page.locator('#summary-status')).toHaveClass('blocked');
  await expect(page.locator('#summary-list [data-code="ACCESS_CANNOT_CHANGE"]')).toBeVisible();
  // Untick it: the access filing itself is fine.
  await row(page, '/filing/facts/changes').locator('input[value="subject.address"]').uncheck();
  await expect(refused).toHaveCount(0);
});

test('变更网站: the website number and the new name only', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await answer(page, '/intent', 'modify');
  await changes(page, 'website.name');
  await use(page, 'change_website');
  await expect(row(page, '/websites/0/filing_number')).toBeVisible();
  await expect(row(page, '/websites/0/name')).toBeVisible();
  await expect(row(page, '/websites/0/domains')).toBeHidden();
  await expect(row(page, '/websites/0/content')).toBeHidden();
  await expect(page.locator('#subject-section')).toBeHidden();
  await expect(page.locator('#leader-section')).toBeHidden();
  await field(page, '/websites/0/filing_number').fill('浙ICP备12345678号-2');
  await field(page, '/websites/0/name').fill('示例科技新官网');
  await submit(page);
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await expect(plan(page)).toHaveAttribute('data-type', 'change_website');
  await expect(page.locator('#receipt')).toBeVisible();
});

test('注销网站: the website number is all the order carries, and it is checked', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await answer(page, '/intent', 'remove');
  await answer(page, '/remove/target', 'website');
  await count(page, '/remove/subject_website_count', 3);
  await use(page, 'cancel_website');
  await expect(row(page, '/websites/0/filing_number')).toBeVisible();
  for (const path of ['/websites/0/name', '/websites/0/domains', '/websites/0/content']) await expect(row(page, path)).toBeHidden();
  await expect(page.locator('#subject-section')).toBeHidden();
  // An APP number is not a website's; a number of another province is refused too.
  await field(page, '/websites/0/filing_number').fill('浙ICP备12345678号-2A');
  await expect(messagesFor(page, '/websites/0/filing_number').locator('[data-code="FILING_NUMBER_NOT_WEBSITE"]')).toContainText('APP');
  await field(page, '/websites/0/filing_number').fill('京ICP备12345678号-2');
  await expect(messagesFor(page, '/websites/0/filing_number').locator('[data-code="FILING_NUMBER_PROVINCE_MISMATCH"]')).toBeVisible();
  await field(page, '/websites/0/filing_number').fill('浙ICP备12345678号-2');
  await submit(page);
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await expect(plan(page)).toHaveAttribute('data-type', 'cancel_website');
});

test('取消接入: decided without a needless question, the number only; English', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await answer(page, '/intent', 'stop_hosting');
  // Cancel access either way: nothing more is asked.
  await use(page, 'cancel_access');
  await expect(page.locator('#subject-section')).toBeHidden();
  await expect(row(page, '/websites/0/name')).toBeHidden();
  await submit(page);
  await expect(page.locator('#summary-list [data-code="FIELD_REQUIRED"][data-at="/websites/0/filing_number"]')).toBeVisible();
  await field(page, '/websites/0/filing_number').fill('浙ICP备12345678号-1');
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await expect(plan(page).locator('ul.checklist')).toContainText('短信验证');
  await page.locator('#lang-en').click();
  await expect(plan(page).locator('.plan-label')).toHaveText('Operation: cancel the access here');
  await expect(page.locator('#order-title')).toHaveText('The order');
});
