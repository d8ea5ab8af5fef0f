// "Which filing do I need?": asks only the fact the classifier needs next (FilingPlan.needs),
// shows the plan (type, why, materials, next steps, advisories, blocks) and can carry the answer
// into the application form. User text is only ever set with textContent / value.
import { t, valueLabel } from './i18n.js';
import { el, ruleDetails } from './ui.js';

const tokens = (path) => path.split('/').slice(1);
function setFact(facts, path, value) {
  const parts = tokens(path);
  let node = facts;
  parts.slice(0, -1).forEach((k) => { node = node[k] ??= {}; });
  node[parts.at(-1)] = value;
}
function unsetFact(facts, path) {
  const parts = tokens(path);
  const parents = [facts];
  for (const k of parts.slice(0, -1)) parents.push(parents.at(-1)?.[k]);
  const parent = parents.at(-1);
  if (parent) delete parent[parts.at(-1)];
  // Drop objects the removal left empty.
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = parents[i];
    if (p && p[parts[i]] && Object.keys(p[parts[i]]).length === 0) delete p[parts[i]];
  }
}

export class FilingWizard {
  constructor({ root, classify, factTerms, province, kind, onUse, onChange }) {
    this.onChange = onChange ?? (() => {});
    this.root = root;
    this.classify = classify;
    this.terms = new Map(factTerms.map((f) => [f.path, f]));
    this.province = province;
    this.kind = kind ?? (() => '');
    this.onUse = onUse;
    this.lang = 'zh-CN';
    this.facts = {};
    this.answered = [];
    this.$ = (sel) => root.querySelector(sel);
  }

  mount() {
    this.$('#wizard-back').addEventListener('click', () => {
      const last = this.answered.pop();
      if (last) unsetFact(this.facts, last);
      this.render();
    });
    this.$('#wizard-restart').addEventListener('click', () => {
      this.facts = {};
      this.answered = [];
      this.render();
    });
    this.render();
  }

  setLang(lang) {
    this.lang = lang;
    this.render();
  }

  /** The answers so far, to keep in the browser. */
  state() {
    return { facts: this.facts, answered: this.answered };
  }

  /** Answers saved earlier; only facts the classifier knows are taken back. */
  restore(state) {
    const answered = Array.isArray(state?.answered) ? state.answered.filter((p) => this.terms.has(p)) : [];
    if (!answered.length || typeof state.facts !== 'object' || state.facts === null) return;
    this.facts = structuredClone(state.facts);
    this.answered = answered;
  }

  answer(path, value) {
    setFact(this.facts, path, value);
    this.answered.push(path);
    this.render();
  }

  question(term) {
    const box = el('div', { class: 'question', dataset: { fact: term.path } });
    box.append(el('p', { class: 'question-text' }, this.lang === 'en' ? term.en : term.zh));
    const choices = el('div', { class: 'choices' });
    const button = (label, value, name) => {
      const b = el('button', { type: 'button', class: 'choice', dataset: { value: name } }, label);
      b.addEventListener('click', () => this.answer(term.path, value));
      return b;
    };
    const confirm = (read) => {
      const b = el('button', { type: 'button', class: 'choice confirm', dataset: { value: 'confirm' } }, t(this.lang, 'wizard_confirm'));
      b.addEventListener('click', () => {
        const v = read();
        if (v !== null) this.answer(term.path, v);
      });
      return b;
    };
    switch (term.kind) {
      case 'bool':
        choices.append(button(t(this.lang, 'yes'), true, 'true'), button(t(this.lang, 'no'), false, 'false'));
        break;
      case 'enum':
        for (const v of term.values) choices.append(button(valueLabel(this.lang, term.path, v), v, v));
        break;
      case 'list': {
        const group = el('div', { class: 'checks' });
        for (const v of term.values) {
          const id = `wz-${term.path.replace(/\W+/g, '-')}-${v.replace(/\W+/g, '-')}`;
          const wrap = el('span', { class: 'check' });
          wrap.append(el('input', { id, type: 'checkbox', value: v }), el('label', { for: id }, valueLabel(this.lang, term.path, v)));
          group.append(wrap);
        }
        choices.append(group, confirm(() => {
          const picked = [...group.querySelectorAll('input:checked')].map((c) => c.value);
          return picked.length ? picked : null;
        }));
        break;
      }
      case 'count': {
        const input = el('input', { type: 'number', min: '0', step: '1', inputmode: 'numeric', class: 'count' });
        choices.append(input, confirm(() => (input.value === '' ? null : Number(input.value))));
        break;
      }
      default: {
        const input = el('input', { type: 'text', class: 'text-answer', autocomplete: 'off' });
        choices.append(input, confirm(() => (input.value.trim() === '' ? null : input.value)));
      }
    }
    box.append(choices);
    return box;
  }

  renderAnswers() {
    const list = this.$('#wizard-answers');
    list.replaceChildren();
    for (const path of this.answered) {
      const term = this.terms.get(path);
      let value = this.facts;
      for (const k of tokens(path)) value = value?.[k];
      const shown = Array.isArray(value)
        ? value.map((v) => valueLabel(this.lang, path, v)).join('、')
        : typeof value === 'boolean' ? t(this.lang, value ? 'yes' : 'no') : valueLabel(this.lang, path, String(value));
      const item = el('li', { dataset: { fact: path } });
      item.append(el('span', { class: 'q' }, term ? (this.lang === 'en' ? term.en : term.zh) : path), document.createTextNode(' '), el('strong', {}, shown));
      list.append(item);
    }
  }

  renderDiagnostic(d) {
    const item = el('div', { class: `message ${d.severity}`, dataset: { code: d.code } });
    const head = el('p', { class: 'message-text' });
    head.append(el('span', { class: 'severity' }, t(this.lang, `severity_${d.severity}`)), document.createTextNode(' '), el('span', { class: 'text' }, d.message));
    item.append(head, el('p', { class: 'hint' }, d.hint));
    const details = ruleDetails(this.lang, d);
    if (details) item.append(details);
    return item;
  }

  render() {
    const facts = structuredClone(this.facts);
    if (this.province() && !('province' in facts)) facts.province = this.province();
    // The subject kind the form already has narrows the checklist to it.
    if (this.kind() && !facts.subject?.kind) (facts.subject ??= {}).kind = this.kind();
    const plan = this.classify(facts, { lang: this.lang });
    this.plan = plan;
    this.onChange();
    this.renderAnswers();
    this.$('#wizard-back').disabled = this.answered.length === 0;
    const q = this.$('#wizard-question');
    const out = this.$('#wizard-plan');
    q.replaceChildren();
    out.replaceChildren();
    const term = plan.needs && this.terms.get(plan.needs);
    if (term && !plan.blocked) {
      q.append(this.question(term));
      out.hidden = true;
      return;
    }
    out.hidden = false;
    out.dataset.type = plan.filing_type ?? '';
    out.dataset.blocked = String(plan.blocked);
    out.append(el('h3', { class: `plan-label ${plan.blocked ? 'blocked' : 'ok'}` }, plan.label));
    const section = (key, items) => {
      if (!items.length) return;
      out.append(el('h4', {}, t(this.lang, key)));
      const ul = el('ul', { class: key });
      for (const i of items) ul.append(el('li', {}, i));
      out.append(ul);
    };
    section('wizard_reasons', plan.reasons);
    for (const d of plan.diagnostics.filter((d) => d.code !== 'FACT_NEEDED')) out.append(this.renderDiagnostic(d));
    section('wizard_materials', plan.materials);
    section('wizard_next_steps', plan.next_steps);
    if (plan.advisories.length) {
      out.append(el('h4', {}, t(this.lang, 'wizard_advisories')));
      for (const d of plan.advisories) out.append(this.renderDiagnostic(d));
    }
    if (plan.filing_type && !plan.blocked && plan.filing_type !== 'none') {
      const use = el('button', { type: 'button', id: 'wizard-use' }, t(this.lang, 'wizard_use'));
      use.addEventListener('click', () => this.onUse(plan, structuredClone(this.facts)));
      out.append(use);
    }
  }
}
