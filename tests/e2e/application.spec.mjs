// The filing form as a person fills it, in a real browser: a realistic personal and a realistic
// enterprise application, messages under the field their path names, the summary of what blocks
// submission, websites added and removed, English, and user text kept as text.
import { test, expect } from '@playwright/test';
import { watchPage } from './page.mjs';

const TODAY = '2026-11-22';

watchPage(test, `/www/index.html?today=${TODAY}`);

const field = (page, path) => page.locator(`[data-path="${path}"]`);
const messagesFor = (page, path) => page.locator(`[data-messages-for="${path}"]`);

async function fillPerson(page, base, p) {
  await field(page, `${base}/name`).fill(p.name);
  await field(page, `${base}/document/type`).selectOption(p.docType);
  await field(page, `${base}/document/number`).fill(p.number);
  await field(page, `${base}/document/valid_until`).fill(p.validUntil);
  await field(page, `${base}/mobile`).fill(p.mobile);
  if (p.emergency) await field(page, `${base}/emergency_phone`).fill(p.emergency);
  await field(page, `${base}/email`).fill(p.email);
  if (p.legalRep !== undefined) await field(page, `${base}/is_legal_representative`).setChecked(p.legalRep);
}

async function fillPersonal(page) {
  await page.locator('#province').selectOption('33');
  await page.locator('#subject-kind').selectOption('personal');
  await field(page, '/subject/name').fill('张三');
  await field(page, '/subject/document/type').selectOption('resident_id');
  await field(page, '/subject/document/number').fill('330102199001011234');
  await field(page, '/subject/document/valid_until').fill('2035-01-01');
  await field(page, '/subject/document_address').fill('浙江省杭州市上城区解放路1号');
  await field(page, '/subject/address').fill('浙江省杭州市西湖区文三路90号');
  await fillPerson(page, '/subject/leader', {
    name: '张三', docType: 'resident_id', number: '330102199001011234', validUntil: '2035-01-01',
    mobile: '138 1234 5678', emergency: '13987654321', email: 'zhangsan@example.com',
  });
  await field(page, '/websites/0/name').fill('前端学习笔记');
  await field(page, '/websites/0/domains').fill('zhangsan-notes.cn');
  await page.locator('[data-field="/websites/0/content"] input[value="other"]').check();
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
    name: '李四', docType: 'resident_id', number: '44030519850615002X', validUntil: '2040-05-01',
    mobile: '13912345678', emergency: '13612345678', email: 'lisi@example-tech.cn', legalRep: true,
  });
  await field(page, '/websites/0/name').fill('示例科技官网');
  await field(page, '/websites/0/domains').fill('example-tech.cn');
  await page.locator('[data-field="/websites/0/content"] input[value="other"]').check();
  await fillPerson(page, '/websites/0/leader', {
    name: '王五', docType: 'resident_id', number: '110105198001010016', validUntil: '2036-08-01',
    mobile: '13712345678', email: 'wangwu@example-tech.cn', legalRep: false,
  });
}

const UUID_V4 = /[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/;

test('a realistic personal application passes and gets a submission receipt', async ({ page }) => {
  await fillPersonal(page);
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await expect(page.locator('#summary-list li')).toHaveCount(0);
  // Entity-only fields are not asked of an individual.
  await expect(page.locator('[data-field="/subject/office_phone"]')).toBeHidden();
  await expect(page.locator('[data-field="/websites/0/leader/name"]')).toBeHidden();
  await page.locator('#submit').click();
  await expect(page.locator('#receipt')).toBeVisible();
  await expect(page.locator('#receipt')).toContainText(UUID_V4);
});

test('mistakes in a personal application appear under their fields as the user types', async ({ page }) => {
  await fillPersonal(page);
  await field(page, '/subject/leader/document/number').fill('330102199001011235');
  await expect(messagesFor(page, '/subject/leader/document/number').locator('[data-code="ID_CHECKSUM"]')).toBeVisible();
  await expect(field(page, '/subject/leader/document/number')).toHaveAttribute('aria-invalid', 'true');
  await field(page, '/subject/leader/document/number').fill('330102200906015550');
  await expect(messagesFor(page, '/subject/leader/document/number').locator('[data-code="LEADER_UNDERAGE"]')).toBeVisible();
  await field(page, '/websites/0/name').fill('张三的技术博客');
  await expect(messagesFor(page, '/websites/0/name').locator('[data-code="SITE_NAME_PERSONAL_FORBIDDEN"]')).toContainText('博客');
  await page.locator('[data-field="/websites/0/content"] input[value="news"]').check();
  await expect(messagesFor(page, '/websites/0/content').locator('[data-code="PREAPPROVAL_NOT_FOR_PERSONAL"]')).toBeVisible();
  await expect(page.locator('#summary-status')).toHaveClass('blocked');
  const codes = await page.locator('#summary-list li').evaluateAll((items) => items.map((i) => i.dataset.code));
  expect(codes).toEqual(expect.arrayContaining(['LEADER_UNDERAGE', 'SITE_NAME_PERSONAL_FORBIDDEN', 'PREAPPROVAL_REQUIRED']));
  await page.locator('#submit').click();
  await expect(page.locator('#receipt')).toBeHidden();
});

test('a realistic enterprise application passes, and a second website is checked on its own', async ({ page }) => {
  await fillEnterprise(page);
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await page.locator('#add-website').click();
  await field(page, '/websites/1/name').fill('示例科技新闻中心');
  await field(page, '/websites/1/domains').fill('example-tech.cn');
  await page.locator('[data-field="/websites/1/content"] input[value="news"]').check();
  await expect(messagesFor(page, '/websites/1/domains').locator('[data-code="DOMAIN_DUPLICATE"]')).toBeVisible();
  await expect(messagesFor(page, '/websites/1/content').locator('[data-code="PREAPPROVAL_REQUIRED"]')).toContainText('互联网新闻信息服务许可证');
  // The licence, entered, lifts the pre-approval error.
  await field(page, '/websites/1/preapprovals/0/category').selectOption('news');
  await field(page, '/websites/1/preapprovals/0/number').fill('33120200001');
  await field(page, '/websites/1/preapprovals/0/valid_until').fill('2029-12-31');
  await expect(messagesFor(page, '/websites/1/content').locator('[data-code="PREAPPROVAL_REQUIRED"]')).toHaveCount(0);
  await expect(page.locator('#summary-status')).toHaveClass('blocked');
  // Removing the second website leaves a clean application again.
  await page.locator('fieldset.website[data-site="1"] .remove-website').click();
  await expect(page.locator('fieldset.website')).toHaveCount(1);
  await expect(page.locator('#summary-status')).toHaveClass('ok');
  await page.locator('#submit').click();
  await expect(page.locator('#receipt')).toContainText(UUID_V4);
});

test('enterprise rules: cross-province credit code, credit-code check, office phone', async ({ page }) => {
  await fillEnterprise(page);
  await field(page, '/subject/document/number').fill('91440300MA5F12342Q');
  await expect(messagesFor(page, '/province').locator('[data-code="CROSS_PROVINCE_ORG"]')).toContainText('广东');
  await field(page, '/subject/document/number').fill('91330106MA27XY1KX0');
  await expect(messagesFor(page, '/subject/document/number').locator('[data-code="USCC_CHECKSUM"]')).toBeVisible();
  await field(page, '/subject/office_phone').fill('88886666');
  await expect(messagesFor(page, '/subject/office_phone').locator('[data-code="LANDLINE_FORMAT"]')).toBeVisible();
  await field(page, '/subject/leader/document/type').selectOption('passport');
  await field(page, '/subject/leader/document/number').fill('E12345678');
  await expect(messagesFor(page, '/subject/leader/document/number').locator('[data-code="LEADER_UNDERAGE"]')).toHaveCount(0);
});

test('missing fields are named once touched, and all of them on submit', async ({ page }) => {
  await page.locator('#subject-kind').selectOption('enterprise');
  await expect(messagesFor(page, '/subject/name').locator('[data-code="FIELD_REQUIRED"]')).toHaveCount(0);
  await expect(page.locator('#summary-status')).toHaveClass('blocked');
  await field(page, '/subject/name').fill('x');
  await field(page, '/subject/name').fill('');
  await expect(messagesFor(page, '/subject/name').locator('[data-code="FIELD_REQUIRED"]')).toBeVisible();
  await page.locator('#submit').click();
  for (const path of ['/province', '/subject/document/type', '/subject/office_phone', '/subject/leader/name', '/websites/0/name', '/websites/0/domains', '/websites/0/leader/name']) {
    await expect(messagesFor(page, path).locator('[data-code="FIELD_REQUIRED"]'), path).toBeVisible();
  }
  // A summary entry takes the user to its field.
  await page.locator('#summary-list li[data-at="/subject/address"] a').click();
  await expect(field(page, '/subject/address')).toBeFocused();
});

test('the form speaks English on request', async ({ page }) => {
  await fillEnterprise(page);
  await field(page, '/subject/leader/email').fill('lisi@example');
  await page.locator('#lang-en').click();
  await expect(page.locator('label[for="f-subject-name"]')).toHaveText('Subject name');
  await expect(page.locator('[data-field="/websites/0/content"] label[for$="-news"]')).toHaveText('news');
  await expect(messagesFor(page, '/subject/leader/email').locator('[data-code="EMAIL_FORMAT"]')).not.toContainText('邮箱');
  // One problem, in the singular.
  await expect(page.locator('#summary-status')).toHaveText('1 problem blocks submission:');
});

test('user text in the form stays text', async ({ page }) => {
  await fillPersonal(page);
  await field(page, '/websites/0/name').fill('<img src=x onerror=alert(1)>笔记');
  await field(page, '/subject/name').fill('<b>张三</b>');
  await expect(messagesFor(page, '/websites/0/name').locator('.message')).not.toHaveCount(0);
  expect(await page.locator('#application-form img, #application-form b').count()).toBe(0);
});
