// The filing application form: subject, subject leader and one or more websites. Every change
// rebuilds the Application from the controls and runs validateApplication over it; each message
// goes under the control its JSON Pointer path names, and a summary lists what blocks submission.
// User text is only ever set with textContent / value, never parsed as HTML.
import { t, valueLabel } from './i18n.js';

const ENTITY_ONLY = 'entity';

/** Controls of one person (主体负责人 / 网站负责人) under `base`. */
function personFields(base) {
  return [
    { path: `${base}/name`, key: 'person_name', type: 'text' },
    { path: `${base}/document/type`, key: 'doc_type', type: 'select', options: 'person_documents' },
    { path: `${base}/document/number`, key: 'doc_number', type: 'text', code: true },
    { path: `${base}/document/valid_until`, key: 'valid_until', type: 'expiry' },
    { path: `${base}/mobile`, key: 'mobile', type: 'text', inputmode: 'tel' },
    { path: `${base}/mobile_province`, key: 'mobile_province', type: 'select', options: 'provinces', help: 'mobile_province_help' },
    { path: `${base}/emergency_phone`, key: 'emergency_phone', type: 'text', inputmode: 'tel' },
    { path: `${base}/email`, key: 'email', type: 'text', inputmode: 'email' },
    { path: `${base}/is_legal_representative`, key: 'is_legal_rep', type: 'checkbox', show: ENTITY_ONLY },
    { path: `${base}/leads_other_subject`, key: 'leads_other', type: 'checkbox' },
  ];
}

const SUBJECT_FIELDS = [
  { path: '/subject/name', key: 'subject_name', type: 'text' },
  { path: '/subject/document/type', key: 'subject_doc_type', type: 'select', options: 'subject_documents' },
  { path: '/subject/document/number', key: 'subject_doc_number', type: 'text', code: true },
  { path: '/subject/document/valid_until', key: 'valid_until', type: 'expiry' },
  { path: '/subject/document_address', key: 'document_address', type: 'text' },
  { path: '/subject/address', key: 'address', type: 'text' },
  { path: '/subject/legal_representative', key: 'legal_rep', type: 'text', show: ENTITY_ONLY },
  { path: '/subject/office_phone', key: 'office_phone', type: 'text', inputmode: 'tel', show: ENTITY_ONLY },
  { path: '/subject/filed_website_count', key: 'filed_count', type: 'count', inputmode: 'numeric', help: 'filed_count_help' },
  { path: '/subject/materials', key: 'materials', type: 'checks', options: 'materials' },
  { path: '/subject/remark', key: 'remark', type: 'textarea' },
];

// The order's own members: shown once the wizard's result is carried into the form.
const ORDER_FIELDS = [
  { path: '/filing/subject_number', key: 'subject_number', type: 'text', code: true, help: 'subject_number_help' },
  { path: '/filing/facts/changes', key: 'order_changes', type: 'checks', options: 'changes', help: 'order_changes_help' },
];

function websiteFields(i) {
  const base = `/websites/${i}`;
  return [
    { path: `${base}/filing_number`, key: 'site_filing_number', type: 'text', code: true, help: 'site_filing_number_help' },
    { path: `${base}/name`, key: 'site_name', type: 'text' },
    { path: `${base}/domains`, key: 'site_domains', type: 'list', help: 'site_domains_help' },
    { path: `${base}/content`, key: 'content', type: 'checks', options: 'content' },
    { path: `${base}/preapprovals/0/category`, key: 'preapproval_category', type: 'select', options: 'preapproval_content' },
    { path: `${base}/preapprovals/0/number`, key: 'preapproval_number', type: 'text' },
    { path: `${base}/preapprovals/0/valid_until`, key: 'preapproval_valid_until', type: 'expiry' },
    { path: `${base}/materials`, key: 'site_materials', type: 'checks', options: 'materials' },
    { path: `${base}/remark`, key: 'remark', type: 'textarea' },
  ];
}

const isEntity = (kind) => kind !== '' && kind !== 'personal';
const changeLabel = (lang, id) => valueLabel(lang, '/changes', id);

function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

const idOf = (path) => `f${path.replace(/[^a-z0-9]+/gi, '-')}`;

// JSON Pointer helpers: the form builds the application by path, and places messages by path.
const tokens = (path) => path.split('/').slice(1).map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
function setPath(root, path, value) {
  const parts = tokens(path);
  let node = root;
  parts.forEach((key, i) => {
    if (i === parts.length - 1) {
      node[key] = value;
      return;
    }
    if (node[key] === undefined) node[key] = /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[key];
  });
}
const parentPath = (path) => path.slice(0, path.lastIndexOf('/'));

export class ApplicationForm {
  constructor({ root, provinceSelect, kindSelect, validate, vocabulary, provinces, today }) {
    this.provinces = provinces ?? [];
    this.root = root;
    this.provinceSelect = provinceSelect;
    this.kindSelect = kindSelect;
    this.validate = validate;
    this.vocabulary = vocabulary;
    this.today = today;
    this.lang = 'zh-CN';
    this.sites = 0;
    this.serial = 0;
    this.touched = new Set();
    this.showAll = false;
    this.report = null;
    /** The order the wizard's plan carried in: {type, facts}; null for a plain first filing. */
    this.order = null;
    this.$ = (sel) => root.querySelector(sel);
  }

  mount() {
    this.$('#order-fields').append(...ORDER_FIELDS.map((f) => this.renderField(f)));
    this.$('#subject-fields').append(...SUBJECT_FIELDS.map((f) => this.renderField(f)));
    this.$('#leader-fields').append(...personFields('/subject/leader').map((f) => this.renderField(f)));
    this.addWebsite();
    this.$('#add-website').addEventListener('click', () => {
      this.addWebsite();
      this.check();
    });
    this.root.addEventListener('input', (e) => this.onEdit(e));
    this.root.addEventListener('change', (e) => this.onEdit(e));
    this.root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.showAll = true;
      this.check({ submit: true });
    });
    for (const select of [this.provinceSelect, this.kindSelect]) {
      select.addEventListener('change', () => {
        this.touched.add(select.dataset.path);
        this.refreshChoices();
        this.check();
      });
    }
    this.refreshChoices();
    this.check();
  }

  onEdit(e) {
    const path = e.target.closest('[data-field]')?.dataset.field;
    if (path) this.touched.add(path);
    if (path === '/filing/facts/changes') this.applyVisibility();
    this.check();
  }

  addWebsite() {
    const i = this.sites++;
    const box = el('fieldset', { class: 'card website', dataset: { site: String(i) } });
    box.append(el('legend', { dataset: { i18nSite: String(i + 1) } }, t(this.lang, 'website_n', { n: i + 1 })));
    box.append(el('div', { class: 'messages', dataset: { messagesFor: `/websites/${i}` }, 'aria-live': 'polite' }));
    const serial = `-s${++this.serial}`;
    box.append(...websiteFields(i).map((f) => this.renderField(f, serial)));
    const leader = el('div', { class: 'site-leader', dataset: { show: ENTITY_ONLY } });
    leader.append(el('h4', { dataset: { i18n: 'site_leader' } }, t(this.lang, 'site_leader')));
    leader.append(...personFields(`/websites/${i}/leader`).map((f) => this.renderField(f, serial)));
    box.append(leader);
    if (i > 0) {
      const remove = el('button', { type: 'button', class: 'secondary remove-website', dataset: { i18n: 'remove_website' } }, t(this.lang, 'remove_website'));
      remove.addEventListener('click', () => {
        box.remove();
        this.renumber();
        this.check();
      });
      box.append(remove);
    }
    this.$('#websites').append(box);
    this.refreshChoices();
  }

  // Paths follow positions, so after a removal the later websites move up one index.
  renumber() {
    const boxes = [...this.root.querySelectorAll('fieldset.website')];
    boxes.forEach((box, i) => {
      const from = `/websites/${box.dataset.site}`;
      const to = `/websites/${i}`;
      box.dataset.site = String(i);
      box.querySelector('legend').textContent = t(this.lang, 'website_n', { n: i + 1 });
      for (const node of box.querySelectorAll('[data-field],[data-path],[data-messages-for]')) {
        for (const attr of ['field', 'path', 'messagesFor']) {
          if (node.dataset[attr]?.startsWith(from)) node.dataset[attr] = to + node.dataset[attr].slice(from.length);
        }
      }
    });
    this.sites = boxes.length;
    this.touched = new Set([...this.touched].filter((p) => !p.startsWith('/websites/')));
  }

  // Website fields get a serial in their ids: paths shift when a website is removed, ids must not
  // collide with the next website added.
  renderField(f, serial = '') {
    const row = el('div', { class: 'row', dataset: { field: f.path, key: f.key } });
    if (f.show) row.dataset.show = f.show;
    const id = idOf(f.path) + serial;
    const label = el('label', { for: id, id: `${id}-label`, dataset: { i18n: f.key } }, t(this.lang, f.key));
    const messages = el('div', { id: `${id}-messages`, class: 'messages', dataset: { messagesFor: f.path }, 'aria-live': 'polite' });
    const describedBy = f.help ? `${id}-help ${id}-messages` : `${id}-messages`;
    let control;
    switch (f.type) {
      case 'select':
        control = el('select', { id, 'aria-describedby': describedBy, dataset: { path: f.path, options: f.options } });
        break;
      case 'checkbox': {
        control = el('input', { id, type: 'checkbox', 'aria-describedby': describedBy, dataset: { path: f.path, kind: 'bool' } });
        row.classList.add('check-row');
        row.append(control, label, messages);
        return row;
      }
      case 'checks':
        control = el('div', {
          id, class: 'checks', role: 'group', 'aria-labelledby': `${id}-label`, 'aria-describedby': describedBy,
          dataset: { path: f.path, kind: 'checks', options: f.options },
        });
        label.removeAttribute('for');
        break;
      case 'expiry': {
        control = el('div', { class: 'expiry' });
        const date = el('input', { id, type: 'date', 'aria-describedby': describedBy, dataset: { path: f.path, kind: 'expiry-date' } });
        const longTerm = el('input', { id: `${id}-lt`, type: 'checkbox', dataset: { kind: 'expiry-long' } });
        const ltLabel = el('label', { for: `${id}-lt`, dataset: { i18n: 'long_term' } }, t(this.lang, 'long_term'));
        longTerm.addEventListener('change', () => { date.disabled = longTerm.checked; });
        control.append(date, longTerm, ltLabel);
        break;
      }
      case 'textarea':
        control = el('textarea', { id, rows: '2', 'aria-describedby': describedBy, dataset: { path: f.path } });
        break;
      default:
        control = el('input', {
          id, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': describedBy, dataset: { path: f.path, kind: f.type },
        });
        if (f.inputmode) control.setAttribute('inputmode', f.inputmode);
        if (f.code) control.setAttribute('autocapitalize', 'characters');
    }
    row.append(label, control);
    if (f.help) row.append(el('p', { id: `${id}-help`, class: 'help', dataset: { i18n: f.help } }, t(this.lang, f.help)));
    row.append(messages);
    return row;
  }

  /** Options of a select or a check group, in the current language; keeps what was chosen. */
  refreshChoices() {
    const kind = this.kindSelect.value;
    const name = (term) => (this.lang === 'en' ? term.en : term.zh);
    const v = this.vocabulary;
    const lists = {
      subject_documents: v.documents.filter((d) => kind === '' || d.subject_kinds.includes(kind)),
      person_documents: v.documents.filter((d) => d.personal),
      preapproval_content: v.content.filter((c) => c.preapproval === 'required'),
      content: v.content,
      materials: v.materials,
      changes: (v.filing_facts.find((f) => f.path === '/changes')?.values ?? []).map((id) => ({ id, zh: changeLabel('zh-CN', id), en: changeLabel('en', id) })),
      provinces: this.provinces.map((p) => ({ id: p.code, zh: `${p.code} ${p.name_zh}`, en: `${p.code} ${p.name_en}` })),
    };
    for (const select of this.root.querySelectorAll('select[data-options]')) {
      const chosen = select.value;
      select.replaceChildren(new Option(t(this.lang, 'choose'), ''));
      for (const term of lists[select.dataset.options]) select.append(new Option(name(term), term.id));
      select.value = [...select.options].some((o) => o.value === chosen) ? chosen : '';
    }
    for (const group of this.root.querySelectorAll('[data-kind="checks"]')) {
      const chosen = new Set([...group.querySelectorAll('input:checked')].map((c) => c.value));
      group.replaceChildren();
      for (const term of lists[group.dataset.options]) {
        const id = `${group.id}-${term.id}`;
        const box = el('input', { id, type: 'checkbox', value: term.id });
        box.checked = chosen.has(term.id);
        const wrap = el('span', { class: 'check' });
        wrap.append(box, el('label', { for: id }, name(term)));
        group.append(wrap);
      }
    }
    this.applyVisibility();
  }

  /** Carries an order into the form (the wizard's plan and facts), or drops it (`null`). */
  setOrder(order) {
    this.order = order;
    const changes = new Set(order?.facts?.changes ?? []);
    for (const box of this.root.querySelectorAll('[data-path="/filing/facts/changes"] input')) box.checked = changes.has(box.value);
    this.applyVisibility();
    this.check();
  }

  /** The changes the order names: the wizard's, and those ticked in the form. */
  changes() {
    const ticked = [...this.root.querySelectorAll('[data-path="/filing/facts/changes"] input:checked')].map((c) => c.value);
    return ticked.length ? ticked : (this.order?.facts?.changes ?? []);
  }

  /** Shows what the order's operation uses (data/operations.json, from rulesetInfo) and what the
   * subject kind calls for; everything else is hidden and so not sent. */
  applyVisibility() {
    const kind = this.kindSelect.value;
    const op = this.order && this.vocabulary.operations.find((o) => o.id === this.order.type);
    const changed = this.changes().flatMap((c) => this.vocabulary.change_paths.find(([id]) => id === c)?.[1] ?? []);
    // `path` at or under `pattern`, `*` standing for any website on either side.
    const under = (path, pattern) => {
      const a = path.split('/');
      const b = pattern.split('/');
      return b.length <= a.length && b.every((tok, i) => tok === '*' || a[i] === '*' || tok === a[i]);
    };
    const matches = (path, pattern) => under(path, pattern) || under(pattern, path);
    const used = (path) => {
      if (!op) return !path.startsWith('/filing/') && !path.endsWith('/filing_number');
      if (path === '/filing/subject_number') return op.subject_number !== 'refused';
      if (path === '/filing/facts/changes') return /^(access_|change_)/.test(op.id);
      if (path.endsWith('/filing_number')) return op.website_numbers !== 'refused';
      const level = path.startsWith('/subject') ? op.subject : path.startsWith('/websites') ? op.websites : op.province;
      // What the order does not need is not shown: required members, and changed ones.
      if (level === 'changed') return changed.some((p) => matches(path, p));
      return level === 'required';
    };
    this.$('#order-section').hidden = !op;
    for (const row of this.root.querySelectorAll('[data-field]')) {
      row.hidden = (row.dataset.show === ENTITY_ONLY && !isEntity(kind)) || !used(row.dataset.field);
    }
    for (const box of this.root.querySelectorAll('.site-leader')) {
      const base = `/websites/${box.closest('fieldset').dataset.site}/leader`;
      const anyUsed = [...box.querySelectorAll('[data-field]')].some((r) => !r.hidden);
      box.hidden = (!isEntity(kind) && !(op && changed.some((p) => matches(base, p)))) || !anyUsed;
    }
    for (const id of ['#subject-section', '#leader-section']) {
      const section = this.$(id);
      section.hidden = ![...section.querySelectorAll('[data-field]')].some((r) => !r.hidden);
    }
  }

  setLang(lang) {
    this.lang = lang;
    for (const node of this.root.querySelectorAll('[data-i18n]')) node.textContent = t(lang, node.dataset.i18n);
    for (const box of this.root.querySelectorAll('fieldset.website')) {
      box.querySelector('legend').textContent = t(lang, 'website_n', { n: Number(box.dataset.site) + 1 });
    }
    this.refreshChoices();
    this.check();
  }

  /** The Application the controls describe: only what is filled in, so the rest is "missing". */
  collect() {
    const app = {};
    const put = (path, value) => setPath(app, path, value);
    if (this.provinceSelect.value) put('/province', this.provinceSelect.value);
    if (this.order) {
      put('/filing', { type: this.order.type });
      if (this.order.facts) put('/filing/facts', structuredClone(this.order.facts));
    }
    if (this.kindSelect.value && !this.$('#subject-section').hidden) put('/subject/kind', this.kindSelect.value);
    for (const node of this.root.querySelectorAll('[data-path]')) {
      if (node.closest('[hidden]')) continue;
      const path = node.dataset.path;
      switch (node.dataset.kind) {
        case 'bool':
          put(path, node.checked);
          break;
        case 'checks': {
          const picked = [...node.querySelectorAll('input:checked')].map((c) => c.value);
          if (picked.length) put(path, picked);
          break;
        }
        case 'list': {
          const items = node.value.split(/[\s,，;；、]+/).filter(Boolean);
          if (items.length) put(path, items);
          break;
        }
        case 'expiry-date': {
          const longTerm = node.parentElement.querySelector('[data-kind="expiry-long"]').checked;
          if (longTerm) put(path, 'long_term');
          else if (node.value) put(path, node.value);
          break;
        }
        case 'count':
          if (node.value.trim() !== '') put(path, /^\d+$/.test(node.value.trim()) ? Number(node.value.trim()) : node.value);
          break;
        default:
          if (node.value.trim() !== '') put(path, node.value);
      }
    }
    // A website the user has not touched at all is still a website: the form always has one.
    if (!app.websites) app.websites = [];
    for (let i = 0; i < this.sites; i++) if (!app.websites[i]) app.websites[i] = {};
    return app;
  }

  /** Where a message for `path` goes: its own control, else the first control inside it (a
   * missing object), else the nearest enclosing one. */
  containerFor(path) {
    const boxes = [...this.root.ownerDocument.querySelectorAll('[data-messages-for]')];
    const exact = boxes.find((b) => b.dataset.messagesFor === path);
    if (exact) return exact;
    const inside = boxes.find((b) => path !== '' && b.dataset.messagesFor.startsWith(`${path}/`) && !b.closest('[hidden]'));
    if (inside) return inside;
    for (let p = path; p !== ''; p = parentPath(p)) {
      const up = boxes.find((b) => b.dataset.messagesFor === parentPath(p));
      if (up) return up;
    }
    return this.root.querySelector('[data-messages-for=""]');
  }

  visible(d, box) {
    if (d.code !== 'FIELD_REQUIRED' || this.showAll) return true;
    const field = box.closest('[data-field]')?.dataset.field ?? box.dataset.messagesFor;
    return this.touched.has(field) || this.touched.has(d.path);
  }

  check({ submit = false } = {}) {
    const options = { lang: this.lang };
    if (this.today) options.today = this.today;
    const report = this.validate(this.collect(), options);
    this.report = report;
    for (const box of this.root.ownerDocument.querySelectorAll('[data-messages-for]')) box.replaceChildren();
    for (const node of this.root.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    const placed = [];
    for (const d of report.diagnostics) {
      const box = this.containerFor(d.path);
      if (!box) continue;
      placed.push({ d, box });
      if (!this.visible(d, box)) continue;
      box.append(this.renderMessage(d));
      if (d.severity === 'error') {
        const control = box.closest('[data-field]')?.querySelector('[data-path]');
        control?.setAttribute('aria-invalid', 'true');
      }
    }
    this.renderSummary(report, placed, submit);
  }

  renderMessage(d) {
    const item = el('div', { class: `message ${d.severity}`, dataset: { code: d.code, at: d.path } });
    const head = el('p', { class: 'message-text' });
    head.append(el('span', { class: 'severity' }, t(this.lang, `severity_${d.severity}`)), document.createTextNode(' '), el('span', { class: 'text' }, d.message));
    item.append(head, el('p', { class: 'hint' }, d.hint));
    if (d.rule || d.source) {
      const meta = el('p', { class: 'meta' });
      if (d.rule) meta.append(el('span', { class: 'rule' }, `${t(this.lang, 'rule')} ${d.rule}`));
      if (d.source && /^https?:\/\//.test(d.source)) {
        const a = el('a', { class: 'source', href: d.source, rel: 'noopener noreferrer', target: '_blank' }, `${t(this.lang, 'source')} (${d.as_of ?? ''})`);
        meta.append(' · ', a);
      }
      item.append(meta);
    }
    return item;
  }

  /** The order's plan in the summary: its operation, its checklist and its advice. */
  renderPlan(plan) {
    const box = this.$('#order-plan');
    box.replaceChildren();
    box.hidden = !plan;
    if (!plan) return;
    box.dataset.type = plan.filing_type ?? '';
    box.dataset.blocked = String(plan.blocked);
    box.append(el('p', { class: 'plan-label' }, t(this.lang, 'summary_plan', { label: plan.label })));
    if (plan.materials.length) {
      box.append(el('h4', {}, t(this.lang, 'plan_checklist')));
      const ul = el('ul', { class: 'checklist' });
      for (const m of plan.materials) ul.append(el('li', {}, m));
      box.append(ul);
    }
    for (const d of plan.advisories) box.append(this.renderMessage(d));
  }

  renderSummary(report, placed, submit) {
    const errors = placed.filter((p) => p.d.severity === 'error');
    const warnings = placed.filter((p) => p.d.severity === 'warning');
    const status = this.$('#summary-status');
    const list = this.$('#summary-list');
    const receipt = this.$('#receipt');
    list.replaceChildren();
    status.className = report.ok ? 'ok' : 'blocked';
    status.textContent = report.ok
      ? t(this.lang, 'summary_ok', { warnings: warnings.length })
      : t(this.lang, 'summary_blocked', { errors: errors.length, warnings: warnings.length });
    for (const { d, box } of errors) {
      const item = el('li', { dataset: { code: d.code, at: d.path } });
      const fieldKey = box.closest('[data-field]')?.dataset.key;
      const where = fieldKey ? t(this.lang, fieldKey) : d.path || '/';
      const link = el('a', { href: `#${box.closest('[data-field]')?.querySelector('[id]')?.id ?? ''}` }, where);
      link.addEventListener('click', (e) => {
        e.preventDefault();
        this.showAll = true;
        this.check();
        box.closest('[data-field]')?.querySelector('input,select,textarea')?.focus();
      });
      item.append(link, document.createTextNode(`${t(this.lang, 'summary_sep')}${d.message}`));
      list.append(item);
    }
    this.renderPlan(report.filing);
    const advisories = this.$('#advisory-list');
    advisories.replaceChildren(...(report.advisories ?? []).map((d) => this.renderMessage(d)));
    receipt.hidden = !(submit && report.ok && report.receipt);
    if (!receipt.hidden) receipt.textContent = t(this.lang, 'receipt', { key: report.receipt.idempotency_key });
  }
}
