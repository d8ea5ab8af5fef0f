// The vector format of tests/vectors/ (see its README) and its judge, for the JavaScript layers:
// the npm package in Node and the page in the browser run the same files as the Rust tests.
import { readFileSync } from 'node:fs';

export const DEFAULT_TODAY = '2026-11-22';
export const DOMAIN_FILES = ['domain-research.jsonl', 'domain.jsonl'];
export const FIELD_FILES = ['fields.jsonl'];
export const APPLICATION_FILES = ['application.jsonl', 'province.jsonl', 'orders.jsonl'];
export const FILING_FILES = ['filing.jsonl'];
export const ALL_FILES = [...DOMAIN_FILES, ...FIELD_FILES, ...APPLICATION_FILES, ...FILING_FILES];

const BASES = JSON.parse(readFileSync(new URL('../vectors/application-bases.json', import.meta.url), 'utf8'));

const unescapeToken = (t) => t.replaceAll('~1', '/').replaceAll('~0', '~');
function parentOf(root, ptr, id) {
  const tokens = ptr.split('/').slice(1).map(unescapeToken);
  const key = tokens.pop();
  let node = root;
  for (const t of tokens) {
    node = node?.[t];
    if (node === undefined) throw new Error(`vector ${id}: ${ptr} has no parent`);
  }
  return [node, key];
}
const pointerGet = (root, ptr) =>
  ptr === '' ? root : ptr.split('/').slice(1).map(unescapeToken).reduce((n, t) => (n == null ? undefined : n[t]), root);

/** The application a vector validates: `application` as written, or `base` edited by `repeat`,
 * `set`, `set_repeat` and `remove`, in that order (see the vectors README). */
export function vectorApplication(v) {
  const r = v.raw;
  if ('application' in r) return r.application;
  const app = structuredClone(BASES[r.base]);
  for (const [ptr, n] of Object.entries(r.repeat ?? {})) {
    const arr = pointerGet(app, ptr);
    while (arr.length < n) arr.push(structuredClone(arr[0]));
  }
  for (const [ptr, value] of Object.entries(r.set ?? {})) {
    const [parent, key] = parentOf(app, ptr, r.id);
    parent[key] = structuredClone(value);
  }
  for (const [ptr, rep] of Object.entries(r.set_repeat ?? {})) {
    const [parent, key] = parentOf(app, ptr, r.id);
    parent[key] = rep.text.repeat(rep.times);
  }
  for (const ptr of r.remove ?? []) {
    const [parent, key] = parentOf(app, ptr, r.id);
    delete parent[key];
  }
  return app;
}

export function loadVectors(files = DOMAIN_FILES) {
  const out = [];
  for (const file of files) {
    const text = readFileSync(new URL(`../vectors/${file}`, import.meta.url), 'utf8');
    text.split('\n').forEach((line, i) => {
      if (line.trim()) out.push({ file, line: i + 1, raw: JSON.parse(line) });
    });
  }
  return out;
}

export const vectorId = (v) => `${v.raw.id} (${v.file}:${v.line})`;

export function vectorInput(v) {
  if (v.raw.input_repeat) return v.raw.input_repeat.text.repeat(v.raw.input_repeat.times);
  return v.raw.input ?? null;
}

// The research's defaults: an enterprise subject unless said otherwise, and a fixed today.
export function vectorOptions(v) {
  const opts = v.raw.options;
  if (opts === null || typeof opts !== 'object' || Array.isArray(opts)) return opts;
  const out = { ...opts };
  if ('field' in v.raw) {
    if (!('today' in out)) out.today = DEFAULT_TODAY;
    return out;
  }
  if (!('subject_kind' in out)) out.subject_kind = 'enterprise';
  if (!('today' in out)) out.today = DEFAULT_TODAY;
  return out;
}

/** The call a vector makes, as plain data (so it can be sent into a browser page). */
export function vectorCall(v) {
  if ('facts' in v.raw) return { fn: 'classifyFiling', args: v.raw.options === undefined ? [v.raw.facts] : [v.raw.facts, v.raw.options] };
  if ('application' in v.raw || 'base' in v.raw) return { fn: 'validateApplication', args: [vectorApplication(v), v.raw.options] };
  if ('field' in v.raw) return { fn: 'checkField', args: [v.raw.field, vectorInput(v), vectorOptions(v)] };
  if (v.raw.inputs) return { fn: 'checkDomains', args: [v.raw.inputs, vectorOptions(v)] };
  return { fn: 'checkDomain', args: [vectorInput(v), vectorOptions(v)] };
}

/** Wraps a result the way judge expects it. */
export function outcomeOf(fn, result) {
  if (fn === 'checkField') return { field: result };
  if (fn === 'checkDomains') return { list: result };
  if (fn === 'validateApplication') return { app: result };
  if (fn === 'classifyFiling') return { plan: result };
  return { single: result };
}

/** Runs one vector through a package object (checkDomain, checkDomains, checkField). */
export function runVector(pkg, v) {
  const { fn, args } = vectorCall(v);
  return outcomeOf(fn, pkg[fn](...args));
}


function diagnosticsOf(out) {
  if (out.single) return out.single.diagnostics;
  if (out.field) return out.field.diagnostics;
  if (out.app) return [...out.app.diagnostics, ...out.app.advisories];
  return [...out.list.diagnostics, ...out.list.domains.flatMap((d) => d.diagnostics)];
}

const matches = (d, want) => (want.includes('.') ? d.rule === want : d.code === want);

/** Returns null when the outcome satisfies the vector, else a message naming it. */
export function judge(v, out) {
  if (out.plan) return judgeFiling(v, out.plan);
  const r = v.raw;
  const diags = diagnosticsOf(out);
  const ok = (out.single ?? out.field ?? out.list ?? out.app).ok;
  const fail = (why) =>
    `vector ${vectorId(v)}: ${why}\n  got: ${JSON.stringify(diags.map((d) => [d.code, d.severity, d.path, d.rule, d.suggestion]))}`;
  const codes = r.codes ?? [];
  const errors = diags.filter((d) => d.severity === 'error');
  for (const d of diags) {
    if (!d.message || !d.hint || d.message.includes('{') || d.hint.includes('{')) return fail(`${d.code} message or hint incomplete`);
    // A span is absent (not null) on a finding about the whole value, else a non-empty range.
    if ('span' in d && !(d.span && Number.isInteger(d.span.start) && Number.isInteger(d.span.end) && d.span.start < d.span.end)) {
      return fail(`${d.code} span ${JSON.stringify(d.span)} is not a range`);
    }
  }
  if (r.verdict === 'accept' || r.verdict === 'warn') {
    if (errors.length) return fail('expected no error-severity diagnostic');
    if (!ok) return fail('ok is false without an error');
    const sev = r.severity ?? (r.verdict === 'warn' ? 'warning' : null);
    for (const c of codes) {
      if (!diags.some((d) => matches(d, c) && (!sev || d.severity === sev))) return fail(`expected ${c} (${sev ?? 'any severity'})`);
    }
    if (r.normalized && out.field?.normalized !== r.normalized) return fail(`normalized ${out.field?.normalized}, expected ${r.normalized}`);
    const first = out.single ?? out.list?.domains[0] ?? {};
    if (r.ascii && first.ascii !== r.ascii) return fail(`ascii ${first.ascii}, expected ${r.ascii}`);
    if (r.unicode && first.unicode !== r.unicode) return fail(`unicode ${first.unicode}, expected ${r.unicode}`);
  } else if (r.verdict === 'reject') {
    if (ok) return fail('ok is true for a reject vector');
    if (!codes.some((c) => errors.some((d) => matches(d, c)))) return fail(`expected one of ${codes} as an error`);
  } else {
    return fail(`unknown verdict ${r.verdict}`);
  }
  if (r.suggestion && !diags.some((d) => d.suggestion === r.suggestion)) return fail(`expected suggestion ${r.suggestion}`);
  for (const p of r.paths ?? []) if (!diags.some((d) => d.path === p)) return fail(`expected a diagnostic at ${p}`);
  for (const id of r.rules ?? []) if (!diags.some((d) => d.rule === id)) return fail(`expected rule ${id}`);
  for (const c of r.also ?? []) if (!diags.some((d) => matches(d, c))) return fail(`expected also ${c}`);
  for (const c of r.absent ?? []) if (diags.some((d) => matches(d, c))) return fail(`${c} must not appear`);
  if (out.app) {
    const a = out.app;
    if ((a.receipt !== null) !== a.ok) return fail(`ok is ${a.ok} but the receipt is ${JSON.stringify(a.receipt)}`);
    if (a.receipt && !/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(a.receipt.idempotency_key)) {
      return fail(`receipt key ${a.receipt.idempotency_key} is not a UUID v4`);
    }
    if (!a.ruleset?.version) return fail('report has no ruleset version');
    // The order's plan: `plan: null` when there is no order, else the members it names.
    if ('plan' in r) {
      if (r.plan === null) {
        if (a.filing !== null) return fail(`filing is ${JSON.stringify(a.filing)}, expected null`);
      } else {
        if (!a.filing) return fail('the report has no filing plan');
        for (const [k, want] of Object.entries(r.plan)) {
          if (k === 'codes') {
            const all = [...a.filing.diagnostics, ...a.filing.advisories];
            for (const c of want) if (!all.some((d) => d.code === c)) return fail(`plan: expected ${c}`);
          } else if (canonical(a.filing[k]) !== canonical(want)) {
            return fail(`plan ${k} is ${canonical(a.filing[k])}, expected ${canonical(want)}`);
          }
        }
      }
    }
    for (const [ptr, want] of Object.entries(r.normalized_at ?? {})) {
      const got = pointerGet(a.normalized, ptr);
      if (JSON.stringify(got) !== JSON.stringify(want)) return fail(`normalized${ptr} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`);
    }
  }
  if (r.message_contains && !diags.some((d) => d.message.includes(r.message_contains))) return fail(`expected message containing ${r.message_contains}`);
  // `{code: {start, end}}`: a diagnostic of the code spans exactly that; `{code: null}`: the
  // code appears, and none of its diagnostics carries a span.
  for (const [c, want] of Object.entries(r.spans ?? {})) {
    const spans = diags.filter((d) => matches(d, c)).map((d) => d.span ?? null);
    const found = want === null
      ? spans.length > 0 && spans.every((s) => s === null)
      : spans.some((s) => s !== null && s.start === want.start && s.end === want.end);
    if (!found) return fail(`${c}: spans ${JSON.stringify(spans)}, expected ${JSON.stringify(want)}`);
  }
  return null;
}

/** JSON with object keys sorted, so that two values compare whatever their key order. */
export function canonical(v) {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v instanceof Map) v = Object.fromEntries(v);
  if (typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** The filing-plan judge (tests/vectors/filing.jsonl); null when the plan satisfies the vector. */
export function judgeFiling(v, plan) {
  const r = v.raw;
  const all = [...plan.diagnostics, ...plan.advisories];
  const fail = (why) =>
    `vector ${vectorId(v)}: ${why}\n  plan: ${JSON.stringify({ type: plan.filing_type, blocked: plan.blocked, decision: plan.decision, needs: plan.needs })}\n  got: ${JSON.stringify(all.map((d) => [d.code, d.severity, d.path]))}`;
  for (const d of all) if (!d.message || d.message.includes('{') || d.hint.includes('{')) return fail(`${d.code} message incomplete`);
  if (plan.diagnostics.some((d) => d.severity === 'error') && !plan.blocked) return fail('an error diagnostic without blocked');
  if (plan.needs && !plan.diagnostics.some((d) => d.code === 'FACT_NEEDED')) return fail('needs a fact without FACT_NEEDED');
  if ('filing_type' in r && r.filing_type !== plan.filing_type) return fail(`filing_type, expected ${r.filing_type}`);
  if ('blocked' in r && r.blocked !== plan.blocked) return fail(`blocked, expected ${r.blocked}`);
  for (const key of ['needs', 'decision']) if (key in r && r[key] !== plan[key]) return fail(`${key}, expected ${r[key]}`);
  if ('likely' in r && canonical(r.likely) !== canonical(plan.likely)) return fail(`likely ${canonical(plan.likely)}, expected ${canonical(r.likely)}`);
  if (r.label && plan.label !== r.label) return fail(`label ${plan.label}, expected ${r.label}`);
  for (const c of r.codes ?? []) if (!all.some((d) => d.code === c)) return fail(`expected ${c}`);
  for (const [c, sev] of Object.entries(r.severities ?? {})) if (!all.some((d) => d.code === c && d.severity === sev)) return fail(`expected ${c} ${sev}`);
  for (const c of r.absent ?? []) if (all.some((d) => d.code === c)) return fail(`${c} must not appear`);
  for (const p of r.paths ?? []) if (!all.some((d) => d.path === p)) return fail(`expected a diagnostic at ${p}`);
  if (r.suggestion && !all.some((d) => d.suggestion === r.suggestion)) return fail(`expected suggestion ${r.suggestion}`);
  if (r.material_absent && plan.materials.some((m) => m.includes(r.material_absent))) return fail(`material ${r.material_absent} must not be listed`);
  const lists = { message_contains: all.map((d) => d.message), material_contains: plan.materials, next_step_contains: plan.next_steps };
  for (const [key, list] of Object.entries(lists)) if (r[key] && !list.some((m) => m.includes(r[key]))) return fail(`${key} ${r[key]} not found`);
  return null;
}
