// The page as a guided flow, walked as a small-business owner would: which filing → the order →
// the check → the result. The summary names each entry by its section and takes the user to its
// field, warnings are listed, nothing counts before the user starts, suggestions are one click,
// normalised values are shown, a clean check ends with next steps, a print view and an export,
// progress survives a reload, and the materials suit the subject kind and province.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';
import { TEXT, t } from '../../www/i18n.js';

const TODAY = '2026-11-22';
const URL = `/www/index.html?today=${TODAY}`;
const SHOTS = 'test-results/screenshots';

watchPage(test, URL);

const field = (page, path) => page.locator(`[data-path="${path}"]`);
const row = (page, path) => page.locator(`[data-field="${path}"]`);
const messagesFor = (page, path) => page.locator(`[data-messages-for="${path}"]`);
const question = (page) => page.locator('#wizard-question .question');
async function answer(page, fact, value) {
  await expect(question(page)).toHaveAttribute('data-fact', fact);
  await question(page).locator(`button.choice[data-value="${value}"]`).click();
}

async function firstFilingByWizard(page) {
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'false');
  await answer(page, '/domain/filed', 'false');
  await page.locator('#wizard-use').click();
}

async function fillPerson(page, base, p) {
  await field(page, `${base}/name`).fill(p.name);
  await field(page, `${base}/document/type`).selectOption('resident_id');
  await field(page, `${base}/document/number`).fill(p.number);
  await field(page, `${base}/document/valid_until`).fill(p.validUntil);
  await field(page, `${base}/mobile`).fill(p.mobile);
  if (p.emergency) await field(page, `${base}/emergency_phone`).fill(p.emergency);
  await field(page, `${base}/email`).fill(p.email);
  if (p.legalRep !== undefined) await field(page, `${base}/is_legal_representative`).setChecked(p.legalRep);
}

async function fillEnterprise(page) {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await field(page, '/subject/name').fill('杭州示例网络科技有限公司');
  await field(page, '/subject/document/type').selectOption('uscc');
  await field(page, '/subject/document/number').fill('91330106MA27XY1KXX');
  await page.locator('[data-field="/subject/document/valid_until"] [data-kind="expiry-long"]').check();
  await field(page, '/subject/document_address').fill('浙江省杭州市西湖区文三路90号5楼');
  await field(page, '/subject/address').fill('浙江省杭州市西湖区文三路90号5楼');
  await field(page, '/subject/legal_representative').fill('李四');
  await field(page, '/subject/office_phone').fill('0571-88886666');
  await fillPerson(page, '/subject/leader', {
    name: '李四', number: '44030519850615002X', validUntil: '2040-05-01',
    mobile: '139 1234 5678', emergency: '13612345678', email: 'lisi@example-tech.cn', legalRep: true,
  });
  await field(page, '/websites/0/name').fill('示例科技官网');
  await field(page, '/websites/0/domains').fill('example-tech.cn');
  await row(page, '/websites/0/content').locator('input[value="other"]').check();
  await fillPerson(page, '/websites/0/leader', {
    name: '王五', number: '110105198001010016', validUntil: '2036-08-01',
    mobile: '13712345678', email: 'wangwu@example-tech.cn', legalRep: false,
  });
}

/** Text a person reads on the page, without what the user typed (shown back in the result). */
function visibleText(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const host = n.parentElement;
      if (!host || host.closest('[data-user-text], script, style')) continue;
      // Closed disclosures and hidden sections are not read; an element with no box is hidden.
      if (host.closest('details:not([open]) > :not(summary)')) continue;
      if (!host.checkVisibility()) continue;
      const rule = host.closest('[data-rule]')?.dataset.rule ?? null;
      if (n.textContent.trim()) out.push({ text: n.textContent.trim(), rule });
    }
    // The options of every visible select are read too.
    for (const s of document.querySelectorAll('select')) if (s.checkVisibility()) for (const o of s.options) out.push({ text: o.textContent, rule: null });
    return out;
  });
}

// Chinese a user must type or recognise stands quoted in English; the switch to Chinese is
// labelled in Chinese.
const HAN = /\p{Script=Han}/u;
function chineseLeftovers(texts) {
  return texts
    .map((s) => s.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ''))
    .filter((s) => s !== '中文' && s !== '语言 / Language' && HAN.test(s));
}

// Chinese text keeps the names of things that have no Chinese name here: ICP, URLs and domains,
// codes and the page's own name.
const ALLOWED_LATIN = new Set(['ICP', 'English', 'ECS', 'IP', 'App', 'APP', 'IoT', 'Web', 'JSON', 'U-label', 'A-label', 'icp-precheck', 'UUID', 'ID']);
function englishLeftovers(texts) {
  return texts
    .map((s) => s.replace(/https?:\/\/\S+|[\w.-]+@[\w.-]+|(?:[\w-]+\.)+[a-z-]{2,}|U\+[0-9A-F]{4,6}|[0-9a-f]{8}-[0-9a-f-]{27}|ICP备\S*/gi, ''))
    .flatMap((s) => s.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? [])
    .filter((w) => !ALLOWED_LATIN.has(w) && !/^(xn--|[A-Z0-9]+$)/.test(w));
}

test('every interface text exists in both languages, each wholly in its language, counted in English', () => {
  const zh = TEXT['zh-CN'];
  const en = TEXT.en;
  expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  const sample = (text) => (typeof text === 'function' ? [1, 2].flatMap((n) => [text({ errors: n, warnings: n }), text({ errors: n, warnings: 0 })]) : [text]);
  const enTexts = Object.values(en).flatMap(sample).map((s) => s.replace(/\{\w+\}/g, ''));
  const zhTexts = Object.values(zh).flatMap(sample).map((s) => s.replace(/\{\w+\}/g, ''));
  expect(chineseLeftovers(enTexts)).toEqual([]);
  expect(englishLeftovers(zhTexts)).toEqual([]);
  expect(t('en', 'summary_blocked', { errors: 1, warnings: 1 })).toBe('1 problem blocks submission, and 1 warning:');
  expect(t('en', 'summary_blocked', { errors: 2, warnings: 3 })).toBe('2 problems block submission, and 3 warnings:');
  expect(t('en', 'summary_ok', { warnings: 1 })).toBe('Nothing blocks submission; 1 warning, listed below.');
  expect(t('zh-CN', 'summary_ok', { warnings: 0 })).toBe('没有阻止提交的问题。');
});

test('nothing counts before the user starts; the steps follow the flow', async ({ page }) => {
  await expect(page.locator('#summary-status')).toHaveClass('pending');
  await expect(page.locator('#summary-status')).toHaveText('尚未开始：填写表单或按“检查全部”后，这里会列出问题。');
  await expect(page.locator('#summary-list li')).toHaveCount(0);
  await expect(page.locator('#summary-warnings li')).toHaveCount(0);
  await expect(page.locator('#application-form [data-messages-for] .message')).toHaveCount(0);
  await expect(page.locator('#steps a[aria-current="step"]')).toHaveAttribute('data-step', '1');
  await expect(page.locator('#planned-filing')).toHaveAttribute('data-default', 'true');
  await expect(page.locator('#planned-filing')).toContainText('按首次备案检查');
  await firstFilingByWizard(page);
  await expect(page.locator('#planned-filing')).not.toHaveAttribute('data-default', 'true');
  await expect(page.locator('#planned-filing')).toHaveText('本次申请：首次备案');
  await expect(page.locator('#steps a[aria-current="step"]')).toHaveAttribute('data-step', '2');
  // The order's first field has the focus.
  await expect(field(page, '/subject/name')).toBeFocused();
  await expect(page.locator('#summary-status')).toHaveClass('pending');
  // The first touch starts the count, and only what was touched is named as missing.
  await field(page, '/subject/name').fill('x');
  await field(page, '/subject/name').fill('');
  await expect(page.locator('#summary-list li')).toHaveCount(1);
  await expect(page.locator('#summary-list li')).toContainText('主办单位名称');
  await expect(page.locator('#summary-status')).toHaveAttribute('data-state', 'blocked');
  await field(page, '/subject/name').fill('杭州示例网络科技有限公司');
  // Nothing wrong in what was touched, yet not ready: said so, and not counted as a problem.
  await expect(page.locator('#summary-list li')).toHaveCount(0);
  await expect(page.locator('#summary-status')).toHaveAttribute('data-state', 'incomplete');
  await expect(page.locator('#summary-status')).toHaveText('已填写的内容没有发现问题；还有必填项未填写，按“检查全部”可全部列出。');
  await page.locator('#submit').click();
  await expect(page.locator('#steps a[aria-current="step"]')).toHaveAttribute('data-step', '3');
  expect(await page.locator('#summary-list li').count()).toBeGreaterThan(5);
});

test('the summary names each entry by its section, lists warnings, and takes the user to the field', async ({ page }) => {
  await fillEnterprise(page);
  await field(page, '/subject/leader/document/number').fill('44030519850615002Y');
  await field(page, '/websites/0/domains').fill('example.io');
  const entries = page.locator('#summary-list li');
  await expect(entries.locator('a.place')).toContainText(['主体负责人 · 证件号码', '网站 1 · 网站域名']);
  // No raw JSON Pointer in what the user reads.
  for (const text of await page.locator('#summary').allInnerTexts()) expect(text).not.toMatch(/(^|\s)\/[a-z_]+(\/|\s|$)/);
  await page.locator('#summary-list li[data-at="/subject/leader/document/number"] a.place').click();
  await expect(field(page, '/subject/leader/document/number')).toBeFocused();
  // The province is named as the form names it, and its entry goes to its select.
  await page.locator('#province').selectOption('');
  await page.locator('#submit').click();
  const province = page.locator('#summary-list li[data-at="/province"]');
  await expect(province.locator('a.place')).toHaveText('备案省份');
  await province.locator('a.place').click();
  await expect(page.locator('#province')).toBeFocused();
  // A warning is listed under the errors, and counted as listed.
  await page.locator('#province').selectOption('33');
  await field(page, '/subject/leader/document/number').fill('44030519850615002X');
  await field(page, '/websites/0/domains').fill('example-tech.cn');
  await page.locator('#subject-kind').selectOption('personal');
  await field(page, '/subject/document/type').selectOption('resident_id');
  await field(page, '/subject/document/number').fill('44030519850615002X');
  await field(page, '/subject/name').fill('李四');
  await field(page, '/websites/0/name').fill('前端学习笔记');
  const warnings = page.locator('#summary-warnings li');
  const remark = page.locator('#summary-warnings li[data-code="REMARK_REQUIRED"]');
  await expect(remark.locator('a.place')).toHaveText('网站 1 · 备注');
  const n = await warnings.count();
  await expect(page.locator('#summary-warnings-title')).toHaveText('警告');
  await expect(page.locator('#summary-status')).toContainText(`${n} 条警告`);
  await page.locator('#lang-en').click();
  await expect(page.locator('#summary-status')).toContainText(n === 1 ? '1 warning' : `${n} warnings`);
  await expect(page.locator('#summary-status')).not.toContainText('1 warnings');
  await expect(remark.locator('a.place')).toHaveText('Website 1 · Remark');
  await remark.locator('a.place').click();
  await expect(field(page, '/websites/0/remark')).toBeFocused();
});

test('a suggestion is one click in the form, and a normalised value is shown as it will be sent', async ({ page }) => {
  await fillEnterprise(page);
  await field(page, '/websites/0/domains').fill('https://www.Example-Tech.cn/about');
  const message = messagesFor(page, '/websites/0/domains').locator('[data-code="DOMAIN_URL_NOT_DOMAIN"]');
  await expect(message.locator('button.apply')).toHaveText('改为“example-tech.cn”');
  // The summary entry offers the same fix.
  await expect(page.locator('#summary-list li[data-code="DOMAIN_URL_NOT_DOMAIN"] button.apply')).toBeVisible();
  await message.locator('button.apply').click();
  await expect(field(page, '/websites/0/domains')).toHaveValue('example-tech.cn');
  await expect(field(page, '/websites/0/domains')).toBeFocused();
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  // The spaces in the mobile number are dropped on the way: said so, by name.
  await expect(row(page, '/subject/leader/mobile').locator('.normalized')).toHaveText('将按“13912345678”提交（去掉了空格）');
  await field(page, '/websites/0/domains').fill('示例。中国');
  await expect(row(page, '/websites/0/domains').locator('.normalized')).toHaveText('将按“示例.中国 (xn--fsq092h.xn--fiqs8s)”提交');
  await page.locator('#lang-en').click();
  await expect(row(page, '/subject/leader/mobile').locator('.normalized')).toHaveText('Will be submitted as "13912345678" (removed: space)');
  // A suggestion for a select names the option it picks, and picking it reaches the whole page.
  await page.locator('#lang-zh').click();
  await field(page, '/subject/document/number').fill('91440300MA5F12342Q');
  const cross = messagesFor(page, '/province').locator('[data-code="CROSS_PROVINCE_ORG"]');
  await expect(cross.locator('button.apply')).toHaveText('改为“44 广东”');
  await cross.locator('button.apply').click();
  await expect(page.locator('#province')).toHaveValue('44');
  await expect(page.locator('#province')).toBeFocused();
  await expect(cross).toHaveCount(0);
  await expect(page.locator('#province-rules h3')).toContainText('广东');
});

test('characters a person cannot see are named, not numbered', async ({ page }) => {
  await page.locator('#domain').fill('exa mple\u3000.com');
  const note = page.locator('#domain-messages .invisible-note');
  await expect(note).toHaveText('输入中含有看不见的字符：空格（第 4 个字符）、全角空格（第 9 个字符）');
  await page.locator('#lang-en').click();
  await expect(note).toHaveText('The input contains characters you cannot see: space (character 4), full-width space (character 9)');
  await page.locator('#domain').fill('example.com');
  await expect(note).toHaveCount(0);
});

test('rule ids and sources sit behind a details disclosure, never in the message line', async ({ page }) => {
  await page.locator('#province').selectOption('43');
  await page.locator('#subject-kind').selectOption('personal');
  await field(page, '/subject/leader/mobile').fill('13812345678');
  await field(page, '/subject/leader/mobile_province').selectOption('44');
  const message = messagesFor(page, '/subject/leader/mobile').locator('[data-code="PHONE_NOT_LOCAL"]');
  await expect(message.locator('.message-text')).not.toContainText('P43');
  await expect(message.locator('.rule')).toBeHidden();
  await message.locator('details.meta summary').click();
  await expect(message.locator('.rule')).toBeVisible();
  await expect(message.locator('.rule')).toHaveText('规则 P43.PHONE_LOCAL');
  // The wizard and the quick check fold them away too.
  await answer(page, '/intent', 'host_new');
  await answer(page, '/hosting', 'mainland_this_provider');
  await answer(page, '/subject/filed', 'false');
  await answer(page, '/domain/filed', 'false');
  const advice = page.locator('#wizard-plan [data-code="POLICE_FILING_30D"]');
  await expect(advice.locator('.message-text')).not.toContainText('D11');
  await expect(advice.locator('details.meta .rule')).toBeHidden();
  await page.locator('#domain').fill('example.io');
  await expect(page.locator('#domain-messages [data-code="DOMAIN_TLD_NOT_APPROVED"] details.meta')).toHaveCount(1);
  // The province's rule list keeps how a rule is checked in sight and its id folded.
  await expect(page.locator('#province-rules .rule-row').first().locator('.how')).toBeVisible();
  await expect(page.locator('#province-rules .rule-row').first().locator('.rule')).toBeHidden();
});

test('a clean check ends with next steps, a print view and the order as JSON', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await firstFilingByWizard(page);
  await fillEnterprise(page);
  await expect(page.locator('#result')).toBeHidden();
  await page.locator('#submit').click();
  const result = page.locator('#result');
  await expect(result).toBeVisible();
  await expect(result).toBeFocused();
  await expect(page.locator('#steps a[aria-current="step"]')).toHaveAttribute('data-step', '4');
  const steps = page.locator('#result-steps');
  for (const step of ['接入商初审', '短信核验', '管局审核', '公安联网备案']) await expect(steps).toContainText(step);
  await expect(steps).toContainText('30日内');
  await expect(page.locator('#result-checklist-title')).toHaveText('材料清单（企业，33 浙江）');
  await expect(page.locator('#result-checklist')).toContainText('人脸核验');
  await expect(page.locator('#result-checklist')).toContainText('营业执照');
  const values = page.locator('#result-order');
  await expect(values.locator('dt[data-at="/subject/leader/document/number"]')).toHaveText('主体负责人 · 证件号码');
  // As it will be submitted: the spaces of the mobile number gone.
  await expect(values.locator('dd[data-at="/subject/leader/mobile"]')).toHaveText('13912345678');
  // The duplicate-submission key is explained, not presented as something to keep.
  await expect(page.locator('#receipt')).toContainText('防重复提交编号');
  await expect(page.locator('#receipt')).toContainText('无需记录');

  const download = page.waitForEvent('download');
  await page.locator('#export').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('icp-order-33-first_filing.json');
  const data = JSON.parse(await (await file.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
  expect(data.format).toBe('icp-precheck-order');
  expect(data.operation.type).toBe('first_filing');
  expect(data.order.province).toBe('33');
  expect(data.order.subject.leader.mobile).toBe('13912345678');
  expect(data.materials_checklist).toEqual(expect.arrayContaining([expect.stringContaining('营业执照')]));
  expect(data.next_steps.join('\n')).toContain('短信核验');
  expect(data.receipt.idempotency_key).toMatch(/^[0-9a-f-]{36}$/);

  // Printing shows the result only.
  await page.emulateMedia({ media: 'print' });
  await expect(result).toBeVisible();
  for (const id of ['#wizard', '#application-form', '#domain-form', '#steps', '#print', '#export']) await expect(page.locator(id)).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/print-zh-CN.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  // Breaking the order again takes the result away.
  await field(page, '/subject/office_phone').fill('88886666');
  await expect(result).toBeHidden();
});

test('progress is kept in the browser, restored after a reload, and cleared on request', async ({ page }) => {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  await firstFilingByWizard(page);
  await field(page, '/subject/name').fill('杭州示例网络科技有限公司');
  await page.locator('[data-field="/subject/document/valid_until"] [data-kind="expiry-long"]').check();
  await page.locator('#add-website').click();
  await field(page, '/websites/1/domains').fill('example.io');
  await row(page, '/websites/1/content').locator('input[value="news"]').check();
  await page.locator('#lang-en').click();
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#restored')).toHaveText('What you entered last time was restored (kept in this browser).');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#province')).toHaveValue('33');
  await expect(page.locator('#subject-kind')).toHaveValue('enterprise');
  await expect(field(page, '/subject/name')).toHaveValue('杭州示例网络科技有限公司');
  await expect(page.locator('[data-field="/subject/document/valid_until"] [data-kind="expiry-long"]')).toBeChecked();
  await expect(field(page, '/subject/document/valid_until')).toBeDisabled();
  await expect(field(page, '/websites/1/domains')).toHaveValue('example.io');
  await expect(row(page, '/websites/1/content').locator('input[value="news"]')).toBeChecked();
  await expect(page.locator('#wizard-answers li')).toHaveCount(4);
  await expect(page.locator('#planned-filing')).toHaveAttribute('data-type', 'first_filing');
  await expect(messagesFor(page, '/websites/1/domains').locator('[data-code="DOMAIN_TLD_NOT_APPROVED"]')).toBeVisible();
  await page.locator('#clear').click();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#restored')).toBeHidden();
  await expect(page.locator('#province')).toHaveValue('');
  await expect(field(page, '/subject/name')).toHaveValue('');
  await expect(page.locator('fieldset.website')).toHaveCount(1);
  await expect(page.locator('#wizard-answers li')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
});

test('a damaged or foreign saved state is ignored or taken in part, never a crash', async ({ page }) => {
  const states = [
    '{not json',
    'null',
    JSON.stringify({ v: 2, province: '33' }),
    JSON.stringify({ v: 1, province: 'nowhere', subject_kind: 42, lang: 'fr', wizard: { facts: 'x', answered: ['/nope'] }, form: { sites: 1e9, values: { '/subject/name': { a: 1 }, '/subject/materials': 'student_card', '/subject/document/valid_until': 7 }, touched: 'all', order: { type: 5 } } }),
    JSON.stringify({ v: 1, province: '33', form: { sites: 2, values: { '/websites/1/name': '<img src=x onerror="window.__injected=1">' } } }),
  ];
  for (const saved of states) {
    await page.evaluate((s) => localStorage.setItem('icp-precheck.progress.v1', s), saved);
    await page.reload();
    await expect(page.locator('body'), saved).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('fieldset.website').first()).toBeVisible();
    expect(await page.evaluate(() => window.__injected ?? null)).toBeNull();
  }
  // The last one was taken in: its province, its two websites, the text as text.
  await expect(page.locator('#province')).toHaveValue('33');
  await expect(field(page, '/websites/1/name')).toHaveValue('<img src=x onerror="window.__injected=1">');
  expect(await page.locator('main img').count()).toBe(0);
});

test('materials suit the subject kind and province; counts come from the wizard', async ({ page }) => {
  const materials = (path) => row(page, path).locator('input[type="checkbox"]');
  const ids = async (path) => materials(path).evaluateAll((boxes) => boxes.map((b) => b.value));
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('enterprise');
  for (const path of ['/subject/materials', '/websites/0/materials']) {
    const offered = await ids(path);
    expect(offered, path).not.toContain('student_card');
    expect(offered, path).not.toContain('household_register');
    expect(offered, path).toContain('authorisation_letter');
  }
  // Nothing is asked yet: the rest is folded away.
  await expect(row(page, '/subject/materials').locator('details.more-materials')).not.toHaveAttribute('open', '');
  await page.locator('#subject-kind').selectOption('personal');
  expect(await ids('/subject/materials')).toContain('student_card');
  expect(await ids('/subject/materials')).not.toContain('authorisation_letter');
  // Shanghai asks every filing for its commitment letter: offered first, with where it comes from.
  await page.locator('#province').selectOption('31');
  const asked = row(page, '/subject/materials').locator('.check.asked');
  await expect(asked.locator('input')).toHaveValue('filing_commitment');
  await expect(asked.locator('.tag')).toHaveText('本申请需要');
  await expect(asked.locator('a.source')).toHaveAttribute('href', /^https:\/\//);
  await expect(asked.locator('a.source')).toHaveText('依据');
  await asked.locator('input').check();
  await expect(messagesFor(page, '/subject/materials').locator('[data-code="MATERIAL_REQUIRED"]')).toHaveCount(0);
  await expect(row(page, '/subject/materials').locator('input[value="filing_commitment"]')).toBeChecked();
  // The wizard learned that the subject never filed: no website filed yet.
  await firstFilingByWizard(page);
  await expect(field(page, '/subject/filed_website_count')).toHaveValue('0');
});

for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 375, height: 812 }]]) {
  test.describe(`${name} width`, () => {
    test.use({ viewport, ...(name === 'phone' ? { isMobile: true, hasTouch: true } : {}) });

    test(`the whole flow in both languages, with no leftovers of the other language (${name})`, async ({ page }) => {
      for (const lang of ['zh-CN', 'en']) {
        await page.evaluate(() => localStorage.clear());
        await page.goto(URL);
        await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
        if (lang === 'en') await page.locator('#lang-en').click();
        await page.locator('#province').selectOption('33');
        await page.locator('#subject-kind').selectOption('enterprise');
        await firstFilingByWizard(page);
        await fillEnterprise(page);
        await field(page, '/websites/0/domains').fill('https://www.example-tech.cn/');
        await page.locator('#domain').fill('exa mple.com');
        await page.screenshot({ path: `${SHOTS}/flow-${name}-${lang}-order.png`, fullPage: true });
        const during = await visibleText(page);
        await messagesFor(page, '/websites/0/domains').locator('button.apply').click();
        await page.locator('#submit').click();
        await expect(page.locator('#result')).toBeVisible();
        await page.screenshot({ path: `${SHOTS}/flow-${name}-${lang}-result.png`, fullPage: true });
        const after = await visibleText(page);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `horizontal overflow (${lang})`).toBeLessThanOrEqual(0);
        const seen = [...during, ...after];
        const leftovers = (entries) => [...new Set((lang === 'en' ? chineseLeftovers : englishLeftovers)(entries.map((e) => e.text)))];
        expect(leftovers(seen.filter((e) => !e.rule)), `${lang} page text`).toEqual([]);
        // The province's rule rows are the package's own texts (rules.json): wholly in their
        // language too, Chinese terms quoted in English.
        const rules = seen.filter((e) => e.rule);
        expect(rules.length, 'the province rule rows were read').toBeGreaterThan(10);
        const rowsLeft = [...new Set(rules.filter((e) => leftovers([e]).length).map((e) => e.rule))].sort();
        expect(rowsLeft, `${lang} rule rows`).toEqual([]);
      }
    });
  });
}
