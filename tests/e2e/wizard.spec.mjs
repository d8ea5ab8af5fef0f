// "Which filing do I need?" as a person walks it: one question at a time, the plan at the end,
// going back, a blocked case, and carrying the answer into the application form.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

watchPage(test, '/www/index.html?today=2026-11-22');

const question = (page) => page.locator('#wizard-question .question');
async function answer(page, fact, value) {
  await expect(question(page)).toHaveAttribute('data-fact', fact);
  await question(page).locator(`button.choice[data-value="${value}"]`).click();
}
const plan = (page) => page.locator('#wizard-plan');

test('首次备案: only the questions that matter, then the plan with its advisories', async ({ page }) => {
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'false');
  await answer(page, '/domain/filed', 'false');
  await expect(plan(page)).toHaveAttribute('data-type', 'first_filing');
  await expect(plan(page).locator('.plan-label')).toHaveText('首次备案');
  await expect(plan(page).locator('[data-code="POLICE_FILING_30D"]')).toContainText('30日内');
  await expect(plan(page).locator('[data-code="CLOSE_SITE_DURING_FILING"]')).toBeVisible();
  await expect(plan(page).locator('ul.wizard_materials li')).not.toHaveCount(0);
  // Carried into the application form.
  await page.locator('#wizard-use').click();
  await expect(page.locator('#planned-filing')).toHaveText('本次申请：首次备案');
  await expect(page.locator('#planned-filing')).toHaveAttribute('data-type', 'first_filing');
});

test('接入备案: the domain was filed through another provider', async ({ page }) => {
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'true');
  await answer(page, '/subject/shell', 'false');
  await answer(page, '/domain/filed', 'true');
  await answer(page, '/domain/same_subject', 'true');
  await answer(page, '/domain/shell', 'false');
  await answer(page, '/domain/accessed_here', 'false');
  await answer(page, '/subject/at_this_provider', 'false');
  await expect(plan(page)).toHaveAttribute('data-type', 'access_subject_elsewhere');
  await expect(plan(page).locator('[data-code="KEEP_SITE_REACHABLE_DURING_ACCESS"]')).toBeVisible();
  await expect(page.locator('#wizard-answers li')).toHaveCount(9);
});

test('注销网站 versus 变更网站, and going back', async ({ page }) => {
  await answer(page, '/intent', 'remove');
  await answer(page, '/remove/target', 'domain');
  await expect(question(page)).toHaveAttribute('data-fact', '/remove/website_domain_count');
  await question(page).locator('input.count').fill('3');
  await question(page).locator('button.confirm').click();
  await expect(plan(page)).toHaveAttribute('data-type', 'change_website');
  await expect(plan(page).locator('ul.wizard_reasons')).toContainText('变更网站');
  await expect(plan(page).locator('[data-code="REMOVE_DOMAIN_IS_CHANGE"]')).toContainText('不是注销网站');
  // Back twice: remove a whole website of a subject that has three.
  await page.locator('#wizard-back').click();
  await page.locator('#wizard-back').click();
  await answer(page, '/remove/target', 'website');
  await question(page).locator('input.count').fill('3');
  await question(page).locator('button.confirm').click();
  await expect(plan(page)).toHaveAttribute('data-type', 'cancel_website');
  await page.locator('#wizard-back').click();
  await question(page).locator('input.count').fill('1');
  await question(page).locator('button.confirm').click();
  await expect(plan(page)).toHaveAttribute('data-type', 'cancel_subject');
  await expect(plan(page).locator('[data-code="SHELL_SUBJECT_RISK"]')).toBeVisible();
});

test('a blocked case names the way out', async ({ page }) => {
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_other_provider');
  await expect(plan(page)).toHaveAttribute('data-blocked', 'true');
  await expect(plan(page).locator('[data-code="FILE_WITH_HOSTING_PROVIDER"]')).toContainText('其他云服务商');
  await expect(page.locator('#wizard-use')).toHaveCount(0);
  await page.locator('#wizard-restart').click();
  await expect(question(page)).toHaveAttribute('data-fact', '/intent');
  await expect(page.locator('#wizard-answers li')).toHaveCount(0);
});

test('changes are chosen from a list; an identity change is not a change; English', async ({ page }) => {
  await answer(page, '/intent', 'modify');
  await question(page).locator('input[value="subject.kind"]').check();
  await question(page).locator('button.confirm').click();
  await expect(plan(page).locator('[data-code="NOT_A_CHANGE"]')).toBeVisible();
  await page.locator('#lang-en').click();
  await expect(plan(page).locator('[data-code="NOT_A_CHANGE"]')).toContainText('not a change');
  await expect(page.locator('#wizard-title')).toHaveText('Which filing do I need?');
});
