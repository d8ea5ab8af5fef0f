// A finding about some characters of the website name marks them under the field: a copy of the
// name with those characters in <mark>, and a button that selects them in the field itself. The
// span counts UTF-16 units of the value as typed, so leading blanks, full-width letters and
// astral characters before the word must not shift the mark.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';
import { t } from '../../www/i18n.js';

watchPage(test, '/www/index.html?today=2026-11-22');

const nameField = (page) => page.locator('[data-path="/websites/0/name"]');
const message = (page, code) => page.locator(`[data-messages-for="/websites/0/name"] [data-code="${code}"]`);
const selection = (page) =>
  nameField(page).evaluate((i) => [i.selectionStart, i.selectionEnd, i.value.slice(i.selectionStart, i.selectionEnd)]);

test('a sensitive word after a full-width blank and an astral character is marked and selected', async ({ page }) => {
  await page.locator('#subject-kind').selectOption('enterprise');
  await nameField(page).fill('\u3000𠀀在线赌博交流');
  const preview = message(page, 'SITE_NAME_SENSITIVE').locator('.span-preview');
  await expect(preview.locator('mark')).toHaveText('赌博');
  // The leading blank is shown by its name, so the user sees what shifted the word.
  await expect(preview.locator('.span-value')).toHaveText(`[${t('zh-CN', 'char_ideographic_space')}]𠀀在线赌博交流`);
  await expect(preview).toHaveAttribute('data-start', '5');
  const button = preview.locator('button.select-span');
  await expect(button).toHaveText(t('zh-CN', 'select_span'));
  await expect(button).toHaveAccessibleName(t('zh-CN', 'select_span_named', { chars: '赌博' }));
  await button.click();
  await expect(nameField(page)).toBeFocused();
  expect(await selection(page)).toEqual([5, 7, '赌博']);
});

test('full-width letters keep their places; an invisible symbol is named; English', async ({ page }) => {
  await page.locator('#subject-kind').selectOption('personal');
  await nameField(page).fill('ＡＢ技术★笔记');
  await expect(message(page, 'SITE_NAME_SYMBOL').locator('mark')).toHaveText('★');
  await message(page, 'SITE_NAME_SYMBOL').locator('button.select-span').click();
  expect(await selection(page)).toEqual([4, 5, '★']);

  await page.locator('#lang-en').click();
  await nameField(page).fill('技术\u200b笔记');
  const preview = message(page, 'SITE_NAME_SYMBOL').locator('.span-preview');
  await expect(preview.locator('mark')).toHaveText(`[${t('en', 'char_zero_width')}]`);
  await expect(preview.locator('.span-label')).toHaveText(t('en', 'span_label').trim());
  await expect(preview.locator('button.select-span')).toHaveText(t('en', 'select_span'));
  await preview.locator('button.select-span').click();
  expect(await selection(page)).toEqual([2, 3, '\u200b']);
});

test('a finding about the whole name marks nothing', async ({ page }) => {
  await page.locator('#subject-kind').selectOption('enterprise');
  await nameField(page).fill('美食');
  await expect(message(page, 'SITE_NAME_TOO_SHORT')).toBeVisible();
  await expect(page.locator('[data-messages-for="/websites/0/name"] .span-preview')).toHaveCount(0);
});
