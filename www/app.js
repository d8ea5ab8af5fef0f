// The pre-check page: loads the package, checks a domain as the user types, and validates the
// whole filing application form (form.js). User text is only ever set with textContent / value,
// never parsed as HTML.
// The Chinese texts are built in; the English ones load when the page is first shown in English.
import init, { checkDomain, classifyFiling, loadLanguage, rulesetInfo, validateApplication } from '../pkg/zh-CN.js';
import { t } from './i18n.js';
import { ApplicationForm } from './form.js';
import { FilingWizard } from './wizard.js';
import { charName, ruleDetails } from './ui.js';

const $ = (id) => document.getElementById(id);
const els = {
  form: $('domain-form'),
  province: $('province'),
  subjectKind: $('subject-kind'),
  domain: $('domain'),
  messages: $('domain-messages'),
  forms: $('domain-forms'),
  ascii: $('out-ascii'),
  unicode: $('out-unicode'),
  registrable: $('out-registrable'),
  suffix: $('out-suffix'),
  status: $('status'),
  ruleset: $('ruleset'),
  langZh: $('lang-zh'),
  langEn: $('lang-en'),
};

let lang = 'zh-CN';
let info = null;
let ready = false;
let form = null;
let wizard = null;
let planned = null;
// `?today=YYYY-MM-DD` pins the day age and expiry rules are judged on (demos and tests).
const today = new URLSearchParams(location.search).get('today');

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderStaticText() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t(lang, node.dataset.i18n);
  els.langZh.setAttribute('aria-pressed', String(lang === 'zh-CN'));
  els.langEn.setAttribute('aria-pressed', String(lang === 'en'));
  document.title = `${t(lang, 'title')} · icp-precheck`;
  if (info) {
    for (const opt of els.subjectKind.options) {
      const kind = info.vocabulary.subject_kinds.find((k) => k.id === opt.value);
      if (kind) opt.textContent = lang === 'en' ? kind.en : kind.zh;
    }
    for (const opt of els.province.options) {
      const p = info.provinces.find((x) => x.code === opt.value);
      if (p) opt.textContent = `${p.code} ${lang === 'en' ? p.name_en : p.name_zh}`;
    }
    els.ruleset.textContent = t(lang, 'ruleset', { version: info.version, as_of: info.as_of, suffix_as_of: info.suffixes.as_of });
  }
}

// Every rule row in plain words (the package's rules.json), shown for the chosen province before
// the user starts.
let ruleRows = [];
async function loadRules() {
  try {
    const res = await fetch(new URL('../pkg/rules.json', import.meta.url));
    ruleRows = res.ok ? await res.json() : [];
  } catch {
    ruleRows = [];
  }
}

function renderProvinceRules() {
  const box = $('province-rules');
  const code = els.province.value;
  box.replaceChildren();
  if (!code || !info) return;
  const p = info.provinces.find((x) => x.code === code);
  const rows = ruleRows.filter((r) => r.province === code);
  box.append(el('h3', null, t(lang, 'province_rules', { name: lang === 'en' ? p.name_en : p.name_zh, n: rows.length, newest: p.newest_source, oldest: p.oldest_source })));
  const list = el('ul', 'rule-list');
  for (const r of rows) {
    const item = el('li', `rule-row ${r.severity}`);
    item.dataset.rule = r.id;
    item.append(el('span', 'severity', t(lang, `severity_${r.severity}`)), document.createTextNode(' '), el('span', 'text', lang === 'en' ? r.en : r.zh));
    const meta = el('p', 'meta');
    meta.append(el('span', 'how', `${t(lang, `how_${r.how}`)} · ${t(lang, `applies_${r.applies_to}`)}`));
    if (r.conflicts) meta.append(el('span', 'conflict', ` · ${t(lang, 'conflict')}${r.conflicts}`));
    item.append(meta);
    const details = ruleDetails(lang, { rule: r.id, source: r.source, as_of: r.as_of });
    if (details) item.append(details);
    list.append(item);
  }
  box.append(list);
}

function fillSelects() {
  for (const kind of info.vocabulary.subject_kinds) els.subjectKind.append(new Option(kind.id, kind.id));
  for (const p of info.provinces) els.province.append(new Option(p.code, p.code));
}

function renderDiagnostic(d) {
  const item = el('div', `message ${d.severity}`);
  item.dataset.code = d.code;
  const head = el('p', 'message-text');
  head.append(el('span', 'severity', t(lang, `severity_${d.severity}`)), document.createTextNode(' '), el('span', 'text', d.message));
  item.append(head);
  item.append(el('p', 'hint', d.hint));
  if (d.suggestion) {
    const button = el('button', 'apply', t(lang, 'apply', { value: d.suggestion }));
    button.type = 'button';
    button.dataset.value = d.suggestion;
    button.addEventListener('click', () => {
      els.domain.value = d.suggestion;
      check();
      els.domain.focus();
    });
    item.append(button);
  }
  const details = ruleDetails(lang, d);
  if (details) item.append(details);
  return item;
}

// What a person cannot see in what they typed, by name and place ("空格（第 4 个字符）").
function invisibleChars(value) {
  const out = [];
  [...value].forEach((ch, i) => {
    const name = charName(lang, ch);
    if (name && out.length < 5) out.push(t(lang, 'invisible_at', { name, n: i + 1 }));
  });
  return out;
}

function check() {
  if (!ready) return;
  const value = els.domain.value;
  els.messages.replaceChildren();
  els.forms.hidden = true;
  els.domain.removeAttribute('aria-invalid');
  if (value.trim() === '') return;
  const report = checkDomain(value, {
    province: els.province.value || null,
    subject_kind: els.subjectKind.value || null,
    lang,
    today,
  });
  for (const d of report.diagnostics) els.messages.append(renderDiagnostic(d));
  if (report.ok) els.messages.prepend(el('p', 'message ok', t(lang, 'ok')));
  const unseen = invisibleChars(value);
  if (unseen.length) els.messages.append(el('p', 'message invisible-note', t(lang, 'invisible_in_input', { list: unseen.join(t(lang, 'list_sep')) })));
  els.domain.setAttribute('aria-invalid', String(!report.ok));
  if (report.ascii) {
    els.ascii.textContent = report.ascii;
    els.unicode.textContent = report.unicode ?? '';
    els.registrable.textContent = report.registrable_unicode ?? '—';
    els.suffix.textContent = report.suffix_unicode ? `.${report.suffix_unicode}` : '—';
    els.forms.hidden = false;
  }
}

async function setLang(next) {
  // The texts of reports in that language first; if they cannot be loaded the page stays as it is.
  if (!(await loadLanguage(next).catch(() => false))) return;
  lang = next;
  renderStaticText();
  renderProvinceRules();
  check();
  form?.setLang(lang);
  wizard?.setLang(lang);
  showPlanned();
  save();
}

// The classifier's answer carried into the form: named above it, so the user files the right type.
function showPlanned() {
  const note = $('planned-filing');
  note.hidden = false;
  if (!planned) {
    // Without the wizard's answer the order is checked as a first filing: say so where the
    // order begins, and where to go if it is not one.
    delete note.dataset.type;
    note.dataset.default = 'true';
    note.textContent = t(lang, 'planned_default');
    return;
  }
  delete note.dataset.default;
  const def = planned;
  note.dataset.type = def.filing_type;
  note.textContent = t(lang, 'planned', { label: wizard.plan?.filing_type === def.filing_type ? wizard.plan.label : def.label });
}

// Where the user is in the flow: which filing → the order → the check → the result.
function showStep() {
  if (!form) return;
  const step = form.passed ? 4 : form.showAll ? 3 : form.touched.size > 0 || form.order ? 2 : 1;
  for (const link of document.querySelectorAll('#steps a[data-step]')) {
    const n = Number(link.dataset.step);
    if (n === step) link.setAttribute('aria-current', 'step');
    else link.removeAttribute('aria-current');
    link.parentElement.classList.toggle('done', n < step);
  }
  document.body.dataset.step = String(step);
}

// Progress is kept in this browser only (localStorage), so a reload loses nothing.
const STORE_KEY = 'icp-precheck.progress.v1';
let restoring = true;

function save() {
  showStep();
  if (restoring || !form || !wizard) return;
  const state = {
    v: 1,
    lang,
    province: els.province.value,
    subject_kind: els.subjectKind.value,
    domain: els.domain.value,
    planned: planned && { filing_type: planned.filing_type, label: planned.label },
    wizard: wizard.state(),
    form: form.state(),
  };
  try {
    localStorage.setItem(STORE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or refused (private mode): the page works on without keeping progress.
  }
}

function loadSaved() {
  try {
    const state = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    return state && state.v === 1 ? state : null;
  } catch {
    return null;
  }
}

function selectIfPresent(select, value) {
  if (typeof value === 'string' && [...select.options].some((o) => o.value === value)) select.value = value;
}

async function main() {
  els.status.textContent = t(lang, 'loading');
  // The rules in plain words are only shown once a province is chosen: they load beside the
  // module and are shown when they arrive, not waited for.
  const rules = loadRules();
  try {
    await init();
  } catch (e) {
    els.status.textContent = t(lang, 'load_failed') + String(e);
    return;
  }
  // For bench/first-result.mjs: the module is compiled and instantiated.
  performance.mark('icp-precheck:module');
  info = rulesetInfo();
  fillSelects();
  ready = true;
  els.status.textContent = '';
  const saved = loadSaved();
  if (saved) {
    if (saved.lang === 'zh-CN' || (saved.lang === 'en' && (await loadLanguage('en').catch(() => false)))) lang = saved.lang;
    selectIfPresent(els.province, saved.province);
    selectIfPresent(els.subjectKind, saved.subject_kind);
    if (typeof saved.domain === 'string') els.domain.value = saved.domain;
    if (saved.planned && typeof saved.planned.filing_type === 'string') planned = saved.planned;
  }
  renderStaticText();
  form = new ApplicationForm({
    root: $('application-form'),
    provinceSelect: els.province,
    kindSelect: els.subjectKind,
    validate: validateApplication,
    vocabulary: info.vocabulary,
    provinces: info.provinces,
    today,
    onChange: save,
  });
  form.lang = lang;
  form.mount();
  wizard = new FilingWizard({
    root: $('wizard'),
    classify: classifyFiling,
    factTerms: info.vocabulary.filing_facts,
    province: () => els.province.value,
    kind: () => els.subjectKind.value,
    onUse: (plan, facts) => {
      planned = plan;
      showPlanned();
      form.setOrder({ type: plan.filing_type, facts });
      // On to the order: its first field, so the next key press fills it in.
      $('application-form').scrollIntoView({ block: 'start' });
      form.firstControl()?.focus({ preventScroll: true });
    },
    onChange: save,
  });
  wizard.lang = lang;
  if (saved) {
    wizard.restore(saved.wizard);
    form.restore(saved.form);
    if (!form.order) planned = null;
  }
  wizard.mount();
  renderProvinceRules();
  rules.then(renderProvinceRules);
  showPlanned();
  els.province.addEventListener('change', () => wizard.render());
  els.subjectKind.addEventListener('change', () => wizard.render());
  els.province.addEventListener('change', renderProvinceRules);
  els.domain.addEventListener('input', () => { check(); save(); });
  els.province.addEventListener('change', check);
  els.subjectKind.addEventListener('change', check);
  els.form.addEventListener('submit', (e) => e.preventDefault());
  els.langZh.addEventListener('click', () => setLang('zh-CN'));
  els.langEn.addEventListener('click', () => setLang('en'));
  $('clear').addEventListener('click', () => {
    try {
      localStorage.removeItem(STORE_KEY);
    } catch {
      // Nothing was kept.
    }
    // A fresh page is the one sure way to drop every answer, field and message at once.
    location.reload();
  });
  check();
  restoring = false;
  if (saved) {
    const note = $('restored');
    note.dataset.i18n = 'restored';
    note.textContent = t(lang, 'restored');
    note.hidden = false;
  }
  showStep();
  document.body.dataset.ready = 'true';
  // For bench/first-result.mjs: the form is built and answers what is typed.
  performance.mark('icp-precheck:form');
}

main();
