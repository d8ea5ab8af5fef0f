// The filing application form: subject, subject leader and one or more websites. Every change
// rebuilds the Application from the controls and runs validateApplication over it; each message
// goes under the control its JSON Pointer path names, and a summary lists what blocks submission,
// each entry named by its section and field. After a clean check the result lists the order's
// next steps, its checklist and its values, ready to print or export.
// User text is only ever set with textContent / value, never parsed as HTML.
import { t, valueLabel } from './i18n.js';
import { el, ruleDetails, removedInvisibles, visibleChars } from './ui.js';

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
function getPath(root, path) {
  let node = root;
  for (const key of tokens(path)) node = node?.[key];
  return node;
}

// The materials vocabulary does not say whom a document is about. These follow the rules that
// name them: residence, household and guardian proofs are asked of individuals; letters and
// approvals of organisations. A material the rules ask for this application is offered whatever
// these say (see materialsAsked).
const PERSONAL_ONLY = new Set(['student_card', 'household_register', 'residence_permit', 'temporary_residence_permit',
  'social_security_proof', 'guardian_consent', 'lease_contract', 'property_certificate']);
const ENTITY_ONLY_MATERIALS = new Set(['authorisation_letter', 'institution_site_form', 'staffing_office_approval', 'national_level_proof']);

// A form with no order from the wizard is checked as the commonest one: a first filing.
const DEFAULT_ORDER = 'first_filing';

export class ApplicationForm {
  constructor({ root, provinceSelect, kindSelect, validate, vocabulary, provinces, today, onChange }) {
    this.provinces = provinces ?? [];
    this.onChange = onChange ?? (() => {});
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
    /** The last press of the check came back clean (and nothing broke it since). */
    this.passed = false;
    /** Choices of check groups to restore once their options are drawn (path → ids). */
    this.pendingChecks = new Map();
    /** Materials the rules ask for in this application, with the sources that ask (id → urls). */
    this.asked = new Map();
    this.$ = (sel) => root.querySelector(sel);
    this.byId = (id) => root.ownerDocument.getElementById(id);
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
      if (this.passed) this.byId('result').focus();
    });
    this.byId('print').addEventListener('click', () => window.print());
    this.byId('export').addEventListener('click', () => this.exportOrder());
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
    // A text field's change follows its input events with nothing new; checking again would
    // redraw the messages under a button the user is about to click.
    if (e.type === 'change' && e.target.matches('input[type="text"], textarea')) return;
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
          id, class: f.options === 'materials' ? 'checks materials' : 'checks', role: 'group', 'aria-labelledby': `${id}-label`, 'aria-describedby': describedBy,
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
      const pending = this.pendingChecks.get(group.dataset.path);
      const chosen = new Set(pending ?? [...group.querySelectorAll('input:checked')].map((c) => c.value));
      this.pendingChecks.delete(group.dataset.path);
      if (group.dataset.options === 'materials') {
        this.drawMaterials(group, chosen);
        continue;
      }
      group.replaceChildren();
      for (const term of lists[group.dataset.options]) group.append(this.checkBox(group, term, chosen.has(term.id)));
    }
    this.applyVisibility();
  }

  checkBox(group, term, checked) {
    const id = `${group.id}-${term.id}`;
    const box = el('input', { id, type: 'checkbox', value: term.id });
    box.checked = checked;
    const wrap = el('span', { class: 'check' });
    wrap.append(box, el('label', { for: id }, this.lang === 'en' ? term.en : term.zh));
    return wrap;
  }

  /** A materials group: first what the rules ask of this application (with the sources that ask,
   * where a bureau's form is found) and what is ticked; the rest that suits the subject kind
   * folded away. */
  drawMaterials(group, chosen) {
    const kind = this.kindSelect.value;
    const fits = (id) => (kind === '' ? true : kind === 'personal' ? !ENTITY_ONLY_MATERIALS.has(id) : !PERSONAL_ONLY.has(id));
    const main = [];
    const more = [];
    for (const term of this.vocabulary.materials) {
      if (chosen.has(term.id) || this.asked.has(term.id)) main.push(term);
      else if (fits(term.id)) more.push(term);
    }
    const focused = group.contains(document.activeElement) ? document.activeElement.id : null;
    const wasOpen = group.querySelector('details')?.open ?? false;
    group.replaceChildren();
    group.dataset.drawn = this.materialsKey(kind);
    const list = el('div', { class: 'checks' });
    for (const term of main) {
      const wrap = this.checkBox(group, term, chosen.has(term.id));
      const sources = this.asked.get(term.id);
      if (sources) {
        wrap.classList.add('asked');
        const by = el('span', { class: 'asked-by' });
        by.append(el('span', { class: 'tag' }, t(this.lang, 'materials_asked')));
        for (const url of sources) {
          by.append(el('a', { class: 'source', href: url, rel: 'noopener noreferrer', target: '_blank' }, t(this.lang, 'materials_source')));
        }
        wrap.append(by);
      }
      list.append(wrap);
    }
    group.append(list);
    if (more.length) {
      const fold = el('details', { class: 'more-materials' });
      fold.open = wasOpen;
      fold.append(el('summary', {}, t(this.lang, 'materials_more', { n: more.length })));
      const rest = el('div', { class: 'checks' });
      for (const term of more) rest.append(this.checkBox(group, term, chosen.has(term.id)));
      fold.append(rest);
      group.append(fold);
    }
    if (focused) this.byId(focused)?.focus();
  }

  materialsKey(kind) {
    return `${this.lang}|${kind}|${[...this.asked.keys()].sort().join(',')}|${[...this.asked.values()].flat().join(',')}`;
  }

  /** The materials whose ticking would lift a finding of this application: what its rules ask. */
  materialsAsked(app, report, options) {
    const key = (r) => new Set(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.code} ${d.path}`));
    const asked = new Map();
    // Only a finding can be lifted: a clean report asks for nothing new.
    const probing = (app.subject || app.websites.length) && report.diagnostics.some((d) => d.severity !== 'info');
    for (const term of probing ? this.vocabulary.materials : []) {
      const probe = structuredClone(app);
      const add = (owner) => { owner.materials = [...new Set([...(owner.materials ?? []), term.id])]; };
      if (probe.subject) add(probe.subject);
      for (const w of probe.websites) add(w);
      const after = key(this.validate(probe, options));
      const lifted = report.diagnostics.filter((d) => d.severity !== 'info' && !after.has(`${d.code} ${d.path}`));
      if (lifted.length) asked.set(term.id, [...new Set(lifted.map((d) => d.source).filter((u) => /^https?:\/\//.test(u ?? '')))]);
    }
    // A material ticked because it was asked for stays marked as asked: ticking it is what
    // lifted the finding.
    const ticked = new Set([...(app.subject?.materials ?? []), ...app.websites.flatMap((w) => w.materials ?? [])]);
    for (const [id, sources] of this.asked) if (!asked.has(id) && ticked.has(id)) asked.set(id, sources);
    return asked;
  }

  /** Carries an order into the form (the wizard's plan and facts), or drops it (`null`). */
  setOrder(order, { check = true } = {}) {
    this.order = order;
    const facts = order?.facts ?? {};
    // A restored order keeps the changes as the user last ticked them.
    const changes = new Set(facts.changes ?? []);
    if (check) for (const box of this.root.querySelectorAll('[data-path="/filing/facts/changes"] input')) box.checked = changes.has(box.value);
    // What the wizard already learned is not asked again: the subject kind, and how many
    // websites the subject has filed (none for a subject never filed).
    if (facts.subject?.kind && !this.kindSelect.value) {
      this.kindSelect.value = facts.subject.kind;
      this.refreshChoices();
    }
    const count = this.root.querySelector('[data-path="/subject/filed_website_count"]');
    const filed = facts.subject?.filed === false ? 0 : facts.remove?.subject_website_count;
    if (count && Number.isInteger(filed) && count.value === '' && !this.touched.has('/subject/filed_website_count')) count.value = String(filed);
    this.applyVisibility();
    if (check) this.check();
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
    put('/filing', { type: this.order?.type ?? DEFAULT_ORDER });
    if (this.order?.facts) put('/filing/facts', structuredClone(this.order.facts));
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

  /** Nothing counts as a problem before the user has touched the form or pressed the check;
   * after that a missing entry is named once its field was touched, or on the check. */
  visible(d, box) {
    if (this.showAll) return true;
    if (this.touched.size === 0) return false;
    if (d.code !== 'FIELD_REQUIRED') return true;
    const field = box.closest('[data-field]')?.dataset.field ?? box.dataset.messagesFor;
    return this.touched.has(field) || this.touched.has(d.path);
  }

  check({ submit = false } = {}) {
    const options = { lang: this.lang };
    if (this.today) options.today = this.today;
    const app = this.collect();
    const report = this.validate(app, options);
    this.report = report;
    this.app = app;
    const asked = this.materialsAsked(app, report, options);
    this.asked = asked;
    for (const group of this.root.querySelectorAll('[data-kind="checks"][data-options="materials"]')) {
      if (group.dataset.drawn !== this.materialsKey(this.kindSelect.value)) {
        this.drawMaterials(group, new Set([...group.querySelectorAll('input:checked')].map((c) => c.value)));
      }
    }
    for (const box of this.root.ownerDocument.querySelectorAll('[data-messages-for]')) box.replaceChildren();
    for (const node of this.root.querySelectorAll('[aria-invalid]')) node.removeAttribute('aria-invalid');
    const shown = [];
    for (const d of report.diagnostics) {
      const box = this.containerFor(d.path);
      if (!box || !this.visible(d, box)) continue;
      shown.push({ d, box });
      box.append(this.renderMessage(d));
      if (d.severity === 'error') {
        const control = box.closest('[data-field]')?.querySelector('[data-path]');
        control?.setAttribute('aria-invalid', 'true');
      }
    }
    this.showNormalized(report.normalized);
    if (submit) this.passed = report.ok;
    else if (!report.ok) this.passed = false;
    this.renderSummary(report, shown);
    this.renderResult();
    this.onChange();
  }

  /** The control a suggestion for `path` can be written into, and how: a text field takes it
   * whole, a list of domains in the place the path's last index names, a select when it is one
   * of its options. */
  fixFor(d) {
    if (typeof d.suggestion !== 'string' || d.suggestion === '') return null;
    const box = this.containerFor(d.path);
    const row = box?.closest('[data-field]');
    // The province and subject-kind selects sit above the form, each in its own row.
    const basic = !row && box?.closest('.row')?.querySelector(`select[data-path="${d.path}"]`);
    if (basic) return this.selectFix(basic, d.suggestion, true);
    const control = row?.querySelector('[data-path]');
    if (!control || control.closest('[hidden]')) return null;
    const field = row.dataset.field;
    if (control.dataset.kind === 'list') {
      const rest = d.path.slice(field.length);
      const index = /^\/\d+$/.test(rest) ? Number(rest.slice(1)) : rest === '' ? 0 : null;
      if (index === null) return null;
      return { control, label: d.suggestion, apply: () => {
        const items = control.value.split(/[\s,，;；、]+/).filter(Boolean);
        items[Math.min(index, items.length)] = d.suggestion;
        control.value = items.join(' ');
      } };
    }
    if (d.path !== field) return null;
    if (control.tagName === 'SELECT') return this.selectFix(control, d.suggestion, false);
    if (control.tagName === 'TEXTAREA' || (control.tagName === 'INPUT' && control.type === 'text')) {
      return { control, label: d.suggestion, apply: () => { control.value = d.suggestion; } };
    }
    return null;
  }

  /** A suggestion for a select, named by the option it picks ("44 广东", not "44"). */
  selectFix(select, value, notify) {
    const option = [...select.options].find((o) => o.value === value);
    if (!option) return null;
    return { control: select, label: option.textContent, apply: () => {
      select.value = value;
      // The selects above the form feed the wizard and the quick check too.
      if (notify) select.dispatchEvent(new Event('change'));
    } };
  }

  applyButton(d) {
    const fix = this.fixFor(d);
    if (!fix) return null;
    const button = el('button', { type: 'button', class: 'apply', dataset: { value: d.suggestion } }, t(this.lang, 'apply_field', { value: fix.label }));
    button.addEventListener('click', () => {
      fix.apply();
      this.touched.add(fix.control.dataset.path);
      this.check();
      fix.control.focus();
    });
    return button;
  }

  renderMessage(d) {
    const item = el('div', { class: `message ${d.severity}`, dataset: { code: d.code, at: d.path } });
    const head = el('p', { class: 'message-text' });
    head.append(el('span', { class: 'severity' }, t(this.lang, `severity_${d.severity}`)), document.createTextNode(' '), el('span', { class: 'text' }, d.message));
    item.append(head, el('p', { class: 'hint' }, d.hint));
    const marked = this.spanMark(d);
    if (marked) item.append(marked);
    const button = this.applyButton(d);
    if (button) item.append(button);
    const details = ruleDetails(this.lang, d);
    if (details) item.append(details);
    return item;
  }

  /** The characters a finding is about, marked in a copy of its field's value, and a button
   * that selects them in the field itself. The span counts UTF-16 units of the value as it was
   * sent, which is what the control holds and what `setSelectionRange` takes; a span that no
   * longer fits the control's value (edited since the check) is not shown. */
  spanMark(d) {
    const s = d.span;
    if (!s || !Number.isInteger(s.start) || !Number.isInteger(s.end)) return null;
    const control = this.containerFor(d.path)?.closest('[data-field]')?.querySelector('[data-path]');
    if (!control || control.dataset.path !== d.path || typeof control.setSelectionRange !== 'function') return null;
    const value = control.value;
    if (s.start < 0 || s.start >= s.end || s.end > value.length) return null;
    // Invisible characters and bidirectional controls are written as their names, so a blank
    // can be seen and a U+202E cannot reorder the copy.
    const shown = visibleChars(this.lang, value.slice(s.start, s.end));
    const copy = el('span', { class: 'span-value', dataset: { userText: '' } });
    copy.append(visibleChars(this.lang, value.slice(0, s.start)), el('mark', {}, shown), visibleChars(this.lang, value.slice(s.end)));
    const line = el('p', { class: 'span-preview', dataset: { spanFor: d.path, start: String(s.start), end: String(s.end) } });
    line.append(el('span', { class: 'span-label' }, t(this.lang, 'span_label')), copy, ' ');
    const button = el('button', { type: 'button', class: 'select-span', 'aria-label': t(this.lang, 'select_span_named', { chars: shown }) }, t(this.lang, 'select_span'));
    button.addEventListener('click', () => {
      control.focus();
      control.setSelectionRange(s.start, s.end);
    });
    line.append(button);
    return line;
  }

  /** Under a field whose value normalisation changed: what will be submitted, and the invisible
   * characters it dropped, by name. */
  showNormalized(normalized) {
    for (const node of this.root.querySelectorAll('.normalized')) node.remove();
    if (!normalized) return;
    for (const control of this.root.querySelectorAll('[data-path]')) {
      if (control.closest('[hidden]')) continue;
      const kind = control.dataset.kind;
      if (!['text', 'code', 'list', undefined].includes(kind) || control.tagName === 'SELECT' || control.tagName === 'DIV') continue;
      if (control.value.trim() === '') continue;
      const path = control.dataset.path;
      let shown;
      if (kind === 'list') {
        const site = getPath(normalized, parentPath(path));
        const unicode = site?.domains_unicode ?? [];
        const ascii = site?.domains ?? [];
        if (!Array.isArray(ascii) || ascii.length === 0) continue;
        shown = ascii.map((a, i) => (unicode[i] && unicode[i] !== a ? `${unicode[i]} (${a})` : a)).join(' ');
        const typed = control.value.split(/[\s,，;；、]+/).filter(Boolean).join(' ');
        if (shown === typed) continue;
      } else {
        shown = getPath(normalized, path);
        if (typeof shown !== 'string' || shown === control.value) continue;
      }
      const removed = removedInvisibles(this.lang, control.value, shown);
      const text = t(this.lang, 'normalized_as', { value: shown }) + (removed.length ? t(this.lang, 'removed_chars', { chars: removed.join(t(this.lang, 'list_sep')) }) : '');
      const note = el('p', { class: 'normalized', dataset: { normalizedFor: path } }, text);
      const messages = control.closest('[data-field]')?.querySelector('.messages');
      messages?.before(note);
    }
  }

  /** The section a path lies in, as the form names it: "网站 1", "主体负责人", … */
  sectionName(path) {
    let m = /^\/websites\/(\d+)\/leader(\/|$)/.exec(path);
    if (m) return `${t(this.lang, 'website_n', { n: Number(m[1]) + 1 })} · ${t(this.lang, 'site_leader')}`;
    m = /^\/websites\/(\d+)(\/|$)/.exec(path);
    if (m) return t(this.lang, 'website_n', { n: Number(m[1]) + 1 });
    if (/^\/subject\/leader(\/|$)/.test(path)) return t(this.lang, 'subject_leader');
    if (path === '/subject/kind') return null;
    if (/^\/subject(\/|$)/.test(path)) return t(this.lang, 'section_subject');
    if (/^\/filing(\/|$)/.test(path)) return t(this.lang, 'order_section');
    return null;
  }

  /** A finding's place in words: its section and its field ("主体负责人 · 证件号码"). */
  placeName(path, box) {
    const row = box.closest('[data-field]');
    const field = row?.dataset.field;
    // A missing object is placed at its first control; it is named by its section alone.
    const whole = field && field !== path && field.startsWith(`${path}/`);
    let label = null;
    if (row && !whole) label = t(this.lang, row.dataset.key);
    else if (!row) {
      const own = box.closest('.row')?.querySelector('label');
      if (own) label = own.textContent;
      else if (path === '/websites') label = t(this.lang, 'websites');
    }
    const section = this.sectionName(whole ? `${path}/` : path);
    if (section && label) return label.startsWith(section) ? label : `${section} · ${label}`;
    return section ?? label ?? t(this.lang, 'section_application');
  }

  /** The first field the order asks for. */
  firstControl() {
    return [...this.root.querySelectorAll('[data-field] input, [data-field] select, [data-field] textarea')]
      .find((c) => !c.closest('[hidden]') && !c.disabled) ?? null;
  }

  /** The control an entry of the summary takes the user to. */
  controlFor(box) {
    const scope = box.closest('[data-field]') ?? box.closest('.row') ?? box.closest('fieldset, section, form');
    return [...scope.querySelectorAll('input, select, textarea')].find((c) => !c.closest('[hidden]') && !c.disabled) ?? null;
  }

  summaryItem({ d, box }) {
    const item = el('li', { class: d.severity, dataset: { code: d.code, at: d.path } });
    const control = this.controlFor(box);
    const link = el('a', { href: control?.id ? `#${control.id}` : '#application-form', class: 'place' }, this.placeName(d.path, box));
    link.addEventListener('click', (e) => {
      e.preventDefault();
      (control ?? box).scrollIntoView({ block: 'center' });
      control?.focus();
    });
    item.append(link, document.createTextNode(`${t(this.lang, 'summary_sep')}${d.message}`));
    const button = this.applyButton(d);
    if (button) item.append(' ', button);
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
    if (!this.order) box.append(el('p', { class: 'help' }, t(this.lang, 'summary_default_order')));
    if (plan.materials.length) {
      box.append(el('h4', {}, t(this.lang, 'plan_checklist')));
      const ul = el('ul', { class: 'checklist' });
      for (const m of plan.materials) ul.append(el('li', {}, m));
      box.append(ul);
    }
    for (const d of plan.advisories) box.append(this.renderMessage(d));
  }

  renderSummary(report, shown) {
    const errors = shown.filter((p) => p.d.severity === 'error');
    const warnings = shown.filter((p) => p.d.severity === 'warning');
    const status = this.$('#summary-status');
    const started = this.showAll || this.touched.size > 0;
    if (!started) {
      status.className = 'pending';
      status.textContent = t(this.lang, 'summary_pending');
    } else if (report.ok) {
      status.className = 'ok';
      status.textContent = t(this.lang, 'summary_ok', { warnings: warnings.length });
    } else {
      status.className = 'blocked';
      status.textContent = errors.length
        ? t(this.lang, 'summary_blocked', { errors: errors.length, warnings: warnings.length })
        : t(this.lang, 'summary_incomplete');
    }
    // Not ready, but with nothing wrong in sight: said without the colour of an error.
    status.dataset.state = !started ? 'pending' : report.ok ? 'ok' : errors.length ? 'blocked' : 'incomplete';
    this.$('#summary-list').replaceChildren(...errors.map((p) => this.summaryItem(p)));
    const warningList = this.$('#summary-warnings');
    warningList.replaceChildren(...warnings.map((p) => this.summaryItem(p)));
    warningList.hidden = warnings.length === 0;
    this.$('#summary-warnings-title').hidden = warnings.length === 0;
    this.renderPlan(report.filing);
    const advisories = this.$('#advisory-list');
    advisories.replaceChildren(...(report.advisories ?? []).map((d) => this.renderMessage(d)));
  }

  /** Each visible field with a value, named by its place, shown as it will be submitted. */
  orderValues() {
    const rows = [];
    for (const row of this.root.querySelectorAll('[data-field]')) {
      if (row.closest('[hidden]')) continue;
      const control = row.querySelector('[data-path]');
      const path = control.dataset.path;
      let value = null;
      if (control.dataset.kind === 'bool') value = control.checked ? t(this.lang, 'yes') : null;
      else if (control.dataset.kind === 'checks') {
        const picked = [...control.querySelectorAll('input:checked')].map((c) => c.nextElementSibling.textContent);
        value = picked.length ? picked.join(t(this.lang, 'list_sep')) : null;
      } else if (control.dataset.kind === 'expiry-date') {
        const longTerm = control.parentElement.querySelector('[data-kind="expiry-long"]').checked;
        value = longTerm ? t(this.lang, 'long_term') : control.value || null;
      } else if (control.tagName === 'SELECT') value = control.value ? control.selectedOptions[0].textContent : null;
      else if (control.dataset.kind === 'list') {
        const site = getPath(this.report.normalized, parentPath(path));
        value = (site?.domains_unicode?.length ? site.domains_unicode : site?.domains ?? []).join(' ') || null;
      } else {
        const norm = getPath(this.report.normalized, path);
        value = control.value.trim() === '' ? null : typeof norm === 'string' ? norm : control.value;
      }
      if (value !== null) rows.push({ path, place: this.placeName(path, row.querySelector('.messages')), value });
    }
    const doc = this.root.ownerDocument;
    const basics = [['/province', doc.getElementById('province')], ['/subject/kind', doc.getElementById('subject-kind')]];
    for (const [path, select] of basics.reverse()) {
      if (select.value) rows.unshift({ path, place: doc.querySelector(`label[for="${select.id}"]`).textContent, value: select.selectedOptions[0].textContent });
    }
    return rows;
  }

  /** What the ticked materials are, in both languages. */
  declaredMaterials() {
    const ids = new Set();
    for (const c of this.root.querySelectorAll('[data-options="materials"] input:checked')) if (!c.closest('[hidden]')) ids.add(c.value);
    return this.vocabulary.materials.filter((m) => ids.has(m.id));
  }

  /** After a clean check: the operation's next steps, its checklist for this subject kind and
   * province, the order as it will be submitted, and the duplicate-submission key explained. */
  renderResult() {
    const result = this.byId('result');
    const report = this.report;
    result.hidden = !this.passed;
    if (!this.passed) return;
    const plan = report.filing;
    const doc = this.root.ownerDocument;
    result.dataset.type = plan?.filing_type ?? '';
    this.byId('result-label').textContent = plan ? t(this.lang, 'summary_plan', { label: plan.label }) : '';
    const steps = this.byId('result-steps');
    steps.replaceChildren();
    for (const s of plan?.next_steps ?? []) steps.append(el('li', { class: 'step' }, s));
    for (const d of plan?.advisories ?? []) {
      const item = el('li', { class: 'advice', dataset: { code: d.code } });
      item.append(el('span', { class: 'text' }, d.message), el('span', { class: 'hint' }, `${t(this.lang, 'summary_sep')}${d.hint}`));
      steps.append(item);
    }
    const kind = doc.getElementById('subject-kind');
    const province = doc.getElementById('province');
    this.byId('result-checklist-title').textContent = kind.value && province.value
      ? t(this.lang, 'result_checklist', { kind: kind.selectedOptions[0].textContent, province: province.selectedOptions[0].textContent })
      : t(this.lang, 'result_checklist_any');
    this.byId('result-checklist').replaceChildren(...(plan?.materials ?? []).map((m) => el('li', {}, m)));
    const declared = this.declaredMaterials();
    this.byId('result-declared').replaceChildren(...(declared.length
      ? declared.map((m) => el('li', { dataset: { material: m.id } }, this.lang === 'en' ? m.en : m.zh))
      : [el('li', { class: 'none' }, t(this.lang, 'result_none'))]));
    const values = this.byId('result-order');
    values.replaceChildren();
    for (const r of this.orderValues()) {
      values.append(el('dt', { dataset: { at: r.path } }, r.place), el('dd', { dataset: { at: r.path, userText: '' } }, r.value));
    }
    const receipt = this.byId('receipt');
    receipt.hidden = !report.receipt;
    receipt.textContent = report.receipt ? t(this.lang, 'receipt_explained', { key: report.receipt.idempotency_key }) : '';
  }

  /** The order as JSON: what will be submitted (normalised), the operation, the checklist for
   * the subject kind and province, the ticked materials and the next steps. */
  exportJson() {
    const report = this.report;
    const plan = report.filing;
    return {
      format: 'icp-precheck-order',
      ruleset: report.ruleset,
      lang: this.lang,
      operation: plan ? { type: plan.filing_type, label: plan.label } : null,
      order: report.normalized,
      materials_checklist: plan?.materials ?? [],
      materials_declared: this.declaredMaterials(),
      next_steps: [...(plan?.next_steps ?? []), ...(plan?.advisories ?? []).map((d) => `${d.message}${t(this.lang, 'summary_sep')}${d.hint}`)],
      receipt: report.receipt,
    };
  }

  exportOrder() {
    if (!this.passed) return;
    const data = this.exportJson();
    const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: `icp-order-${data.order.province ?? 'xx'}-${data.operation?.type ?? 'order'}.json` });
    this.root.ownerDocument.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 0);
  }

  /** Everything the user entered, to keep in the browser and restore after a reload. */
  state() {
    const values = {};
    for (const node of this.root.querySelectorAll('[data-path]')) {
      const path = node.dataset.path;
      switch (node.dataset.kind) {
        case 'bool':
          if (node.checked) values[path] = true;
          break;
        case 'checks': {
          const picked = [...node.querySelectorAll('input:checked')].map((c) => c.value);
          if (picked.length) values[path] = picked;
          break;
        }
        case 'expiry-date': {
          const longTerm = node.parentElement.querySelector('[data-kind="expiry-long"]').checked;
          if (longTerm || node.value) values[path] = { date: node.value, long_term: longTerm };
          break;
        }
        default:
          if (node.value !== '') values[path] = node.value;
      }
    }
    return { sites: this.sites, values, order: this.order, touched: [...this.touched], show_all: this.showAll, passed: this.passed };
  }

  /** Puts a saved state back (the province and subject kind are already set). */
  restore(state) {
    if (!state || typeof state !== 'object') return;
    const sites = Math.min(Number(state.sites) || 1, 50);
    while (this.sites < sites) this.addWebsite();
    const values = state.values && typeof state.values === 'object' ? state.values : {};
    for (const [path, value] of Object.entries(values)) if (Array.isArray(value)) this.pendingChecks.set(path, value.map(String));
    this.refreshChoices();
    for (const node of this.root.querySelectorAll('[data-path]')) {
      const value = values[node.dataset.path];
      if (value === undefined) continue;
      switch (node.dataset.kind) {
        case 'bool':
          node.checked = value === true;
          break;
        case 'checks':
          break;
        case 'expiry-date': {
          const longTerm = node.parentElement.querySelector('[data-kind="expiry-long"]');
          longTerm.checked = value?.long_term === true;
          node.disabled = longTerm.checked;
          node.value = typeof value?.date === 'string' ? value.date : '';
          break;
        }
        default:
          if (node.tagName === 'SELECT') {
            if ([...node.options].some((o) => o.value === value)) node.value = value;
          } else node.value = String(value);
      }
    }
    this.touched = new Set(Array.isArray(state.touched) ? state.touched.map(String) : []);
    this.showAll = state.show_all === true;
    const order = state.order && typeof state.order.type === 'string' ? state.order : null;
    this.setOrder(order, { check: false });
    this.check({ submit: state.passed === true });
  }
}
