// The npm package as a user installs it: `npm pack` of pkg/, the tarball installed into a scratch
// project, and that project importing 'icp-precheck' by name (so the exports map is exercised).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { isDeepStrictEqual } from 'node:util';
import { cpSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVectors, judge, runVector, vectorCall, vectorId, ALL_FILES } from './vectors.mjs';
import { installPackedPackage, root } from './install.mjs';

let pkg;
let project;

before(async () => {
  project = installPackedPackage(tmpdir(), 'icp-precheck-consumer-');
  // Import by package name from inside the consumer project, as an application would.
  writeFileSync(join(project, 'load.mjs'), "export * from 'icp-precheck';\n");
  pkg = await import(join(project, 'load.mjs'));
});

test('require() gets the CommonJS build, sharing the one .wasm', () => {
  writeFileSync(
    join(project, 'req.cjs'),
    `const pkg = require('icp-precheck');
const plan = pkg.classifyFiling({ intent: 'remove', remove: { target: 'domain', website_domain_count: 2 } });
console.log(JSON.stringify({ resolved: require.resolve('icp-precheck'), ascii: pkg.checkDomain('例子.中国').ascii, type: plan.filing_type }));
`,
  );
  const out = JSON.parse(execFileSync(process.execPath, ['req.cjs'], { cwd: project, encoding: 'utf8' }));
  assert.match(out.resolved, /[\\/]cjs[\\/]icp_precheck\.js$/);
  assert.equal(out.ascii, 'xn--fsqu00a.xn--fiqs8s');
  assert.equal(out.type, 'change_website');
  assert.ok(!existsSync(join(project, 'node_modules/icp-precheck/cjs/icp_precheck_bg.wasm')), 'one .wasm in the package');
});

test('the packed package carries what its exports name', () => {
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/icp-precheck/package.json'), 'utf8'));
  assert.equal(manifest.exports['.'].types, './icp_precheck.d.ts');
  assert.equal(Object.keys(manifest.exports['.'])[0], 'types', 'types must come first in the exports map');
  assert.equal(manifest.sideEffects, false);
  assert.deepEqual(manifest.exports['.'].node, { import: './node.js', require: './cjs/icp_precheck.js' });
  for (const f of ['icp_precheck.js', 'icp_precheck_bg.wasm', 'icp_precheck.d.ts', 'node.js', 'cjs/icp_precheck.js', 'cjs/package.json']) {
    assert.ok(existsSync(join(project, 'node_modules/icp-precheck', f)), `${f} missing from the tarball`);
  }
});

test('every vector passes through the installed package', () => {
  const failures = loadVectors(ALL_FILES).map((v) => judge(v, runVector(pkg, v))).filter(Boolean);
  assert.deepEqual(failures, []);
});

// The .wasm carries references to its texts; the package's JavaScript puts them in from a catalog
// the generator writes from the same data files. Every vector, in both languages, must come out of the
// installed package exactly as the native crate renders it.
test('every report of the installed package equals the native rendering, in both languages', async () => {
  const cases = [];
  for (const v of loadVectors(ALL_FILES)) {
    const call = vectorCall(v);
    cases.push({ id: vectorId(v), call });
    const at = call.fn === 'checkField' ? 2 : 1;
    const opts = call.args[at];
    if (opts === undefined || opts === null || (typeof opts === 'object' && !Array.isArray(opts))) {
      for (const lang of ['zh-CN', 'en']) {
        const args = [...call.args];
        while (args.length <= at) args.push(undefined);
        args[at] = { ...(opts ?? {}), lang };
        cases.push({ id: `${vectorId(v)} [${lang}]`, call: { fn: call.fn, args } });
      }
    }
  }
  const native = execFileSync('cargo', ['run', '--quiet', '--example', 'render_calls'], {
    cwd: root,
    input: cases.map((c) => JSON.stringify(c.call)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(native.length, cases.length);
  // The receipt is a fresh random key on each call.
  const comparable = (r) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'idempotency_key' ? 'uuid' : v)));
  const failures = [];
  cases.forEach((c, i) => {
    const got = pkg[c.call.fn](...c.call.args);
    const text = JSON.stringify(got);
    if (text.includes('\\u0001') || text.includes('"args"')) failures.push(`${c.id}: a reference or args left in ${text.slice(0, 200)}`);
    else if (!isDeepStrictEqual(comparable(got), comparable(native[i]))) {
      failures.push(`${c.id}:\n  package ${JSON.stringify(comparable(got))}\n  native  ${JSON.stringify(native[i])}`);
    }
  });
  assert.deepEqual(failures.slice(0, 5), []);
  assert.ok(cases.length > 900, `${cases.length} cases`);

  // The catalog path natively: the native crate's wire form is what the .wasm returns, and the
  // package's renderer makes of it exactly the native rendering.
  const wire = execFileSync('cargo', ['run', '--quiet', '--example', 'render_calls', '--', '--wire'], {
    cwd: root,
    input: cases.map((c) => JSON.stringify(c.call)).join('\n') + '\n',
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).trim().split('\n').map((l) => JSON.parse(l));
  const glue = await import(join(project, 'node_modules/icp-precheck/icp_precheck_glue.js'));
  const { renderer } = await import(join(project, 'node_modules/icp-precheck/render.js'));
  const catalogs = {};
  for (const l of ['zh-CN', 'en']) catalogs[l] = (await import(join(project, `node_modules/icp-precheck/texts.${l}.js`))).default;
  const render = renderer(catalogs);
  const raw = { checkDomain: 'checkDomain', checkDomains: 'checkDomains', checkField: 'checkField', validateApplication: 'validateApplication', classifyFiling: 'classifyFiling' };
  const wireFailures = [];
  cases.forEach((c, i) => {
    const module = glue[raw[c.call.fn]](...c.call.args);
    if (!isDeepStrictEqual(comparable(module), comparable(wire[i]))) {
      wireFailures.push(`${c.id}: wire\n  .wasm  ${JSON.stringify(comparable(module)).slice(0, 400)}\n  native ${JSON.stringify(comparable(wire[i])).slice(0, 400)}`);
    } else if (!isDeepStrictEqual(comparable(render(structuredClone(wire[i]))), comparable(native[i]))) {
      wireFailures.push(`${c.id}: the native wire form rendered differs from the native rendering`);
    }
  });
  assert.deepEqual(wireFailures.slice(0, 5), []);
});

test('rulesetInfo and diagnosticCodes need no init and return fresh objects', () => {
  const info = pkg.rulesetInfo();
  assert.equal(info.provinces.length, 31);
  assert.ok(info.suffixes.count > 150);
  info.provinces.length = 0;
  assert.equal(pkg.rulesetInfo().provinces.length, 31);
  const codes = pkg.diagnosticCodes();
  assert.equal(codes.length, info.codes);
  for (const c of codes) for (const k of ['zh', 'en', 'hint_zh', 'hint_en']) assert.ok(c[k] && !c[k].includes('\u0001'), `${c.code} ${k}`);
});

test('the renderer never throws and leaves what it does not know as it is', async () => {
  const { renderer } = await import(join(project, 'node_modules/icp-precheck/render.js'));
  const render = renderer({ 'zh-CN': ['甲{x}乙', '某', '{n}个：{any}'], en: ['a {x} b', 'X', '{n} of: {any}'] });
  const d = {
    code: 'C',
    message: { $t: 0, l: 'en' },
    hint: { $t: 9, l: 'en' },
    args: { x: { $t: 1 }, y: '\u0001\ue000 {x}' },
    source: { $t: 1, l: 'zh-CN' },
  };
  assert.deepEqual(render({ diagnostics: [d] }), { diagnostics: [{ code: 'C', message: 'a X b', hint: { $t: 9, l: 'en' }, source: '某' }] });
  // A text's own arguments; user strings quoted as given, bidirectional controls named.
  assert.deepEqual(render({ t: { $t: 2, l: 'zh-CN', a: { n: 3, any: { $any: [[0], [1, 1]] } } } }), { t: '3个：甲{x}乙、某和某' });
  assert.deepEqual(render({ t: { $t: 0, l: 'en', a: { x: 'a\u202eb' } } }), { t: 'a aU+202Eb b' });
  // Strings are never texts, whatever they hold.
  assert.deepEqual(render({ s: '\u0001\ue000', o: '{"$t":0}' }), { s: '\u0001\ue000', o: '{"$t":0}' });
  for (const v of [null, undefined, 1, 'x', [], { diagnostics: 'x' }, { advisories: [null, 1, { args: 'x' }] }]) render(v);
  const cyclic = {};
  cyclic.self = cyclic;
  assert.equal(render(cyclic), cyclic);
  const hostile = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
  assert.equal(render(hostile), hostile);
});

test('a TypeScript consumer type-checks against the installed .d.ts (tsc --strict)', () => {
  cpSync(join(root, 'tests/consumers/types.ts'), join(project, 'types.ts'));
  execFileSync(join(root, 'node_modules/.bin/tsc'), [
    '--strict', '--noEmit', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler',
    '--skipLibCheck', 'false', 'types.ts',
  ], { cwd: project, stdio: 'pipe' });
});

test('the .d.ts types every export, with no any', () => {
  const dts = readFileSync(join(project, 'node_modules/icp-precheck/icp_precheck.d.ts'), 'utf8');
  for (const fn of ['checkDomain', 'checkDomains', 'checkField', 'validateApplication', 'classifyFiling', 'rulesetInfo', 'diagnosticCodes']) {
    const line = dts.split('\n').find((l) => l.startsWith(`export function ${fn}(`));
    assert.ok(line, `${fn} not declared`);
    assert.doesNotMatch(line, /\bany\b/, line);
  }
  assert.match(dts, /export type DiagnosticCode =/);
  assert.match(dts, /\| "DOMAIN_TLD_NOT_APPROVED"/);
  assert.match(dts, /export interface DomainReport/);
  assert.match(dts, /export function validateApplication\(app: Application, options\?: ValidateOptions\): Report;/);
  for (const t of ['Application', 'Report', 'Person', 'Website', 'Vocabulary']) assert.match(dts, new RegExp(`export interface ${t}\\b`));
  assert.match(dts, /export function classifyFiling\(facts: FilingFacts, options\?: ClassifyOptions\): FilingPlan;/);
  for (const t of ['DocumentType', 'ContentCategory', 'Material', 'FilingType', 'FactPath']) assert.match(dts, new RegExp(`export type ${t} =`));
});

test('bad JavaScript values never throw', () => {
  const cyclic = {};
  cyclic.self = cyclic;
  const weird = [undefined, null, 42, NaN, true, Symbol('s'), 10n, () => 1, cyclic, [1, [2]], new Date(), new Map(),
    new Proxy({}, { ownKeys() { throw new Error('no'); } }), 'x'.repeat(10 * 1024 * 1024)];
  for (const input of weird) {
    const r = pkg.checkDomain(input);
    assert.equal(r.ok, false);
    assert.ok(r.diagnostics.some((d) => d.code === 'INPUT_MALFORMED' || d.code === 'INPUT_TOO_LARGE'), String(typeof input));
    for (const opts of weird) pkg.checkDomain('example.com', opts);
    pkg.checkDomains(input, input);
    pkg.checkField(input, input, input);
    pkg.checkField('resident_id', input);
    assert.equal(pkg.classifyFiling(input, input).filing_type, null);
    pkg.classifyFiling({ intent: input, subject: input, remove: { target: input, subject_website_count: input }, changes: [input] });
    const report = pkg.validateApplication(input, input);
    assert.equal(report.ok, false);
    assert.equal(report.receipt, null);
    pkg.validateApplication({ province: input, subject: { kind: input, name: input, leader: input }, websites: [input, { domains: input, content: [input] }] });
  }
  assert.equal(pkg.checkDomain('例子.中国').ascii, 'xn--fsqu00a.xn--fiqs8s', 'the module still works');
});

test('rulesetInfo and diagnosticCodes describe the loaded data', () => {
  const info = pkg.rulesetInfo();
  assert.equal(info.provinces.length, 31);
  assert.match(info.as_of, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(info.suffixes.as_of, '2020-07-24');
  const codes = pkg.diagnosticCodes();
  assert.ok(codes.find((c) => c.code === 'DOMAIN_NOT_REGISTRABLE').en.length > 10);
  assert.equal(codes.length, info.codes);
});

test('a complete application gets a fresh receipt each time; the vocabulary names every choice', () => {
  const bases = JSON.parse(readFileSync(join(root, 'tests/vectors/application-bases.json'), 'utf8'));
  const a = pkg.validateApplication(bases.enterprise, { today: '2026-11-22' });
  const b = pkg.validateApplication(bases.enterprise, { today: '2026-11-22' });
  assert.equal(a.ok, true, JSON.stringify(a.diagnostics));
  assert.match(a.receipt.idempotency_key, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.notEqual(a.receipt.idempotency_key, b.receipt.idempotency_key);
  const v = pkg.rulesetInfo().vocabulary;
  assert.equal(v.subject_kinds.length, 10);
  assert.ok(v.documents.find((d) => d.id === 'uscc').subject_kinds.includes('enterprise'));
  assert.equal(v.content.find((c) => c.id === 'news').preapproval, 'required');
  assert.ok(v.materials.some((m) => m.id === 'authorisation_letter' && m.zh.includes('授权书')));
});

test('English and Chinese messages', () => {
  const zh = pkg.checkDomain('example.io', { today: '2026-11-22' });
  const en = pkg.checkDomain('example.io', { today: '2026-11-22', lang: 'en' });
  assert.match(zh.diagnostics[0].message, /工信部/);
  assert.match(en.diagnostics[0].message, /MIIT/);
});

// User text comes back as given: nothing the caller types is read as a text reference, however
// it looks (the characters the module once used for references, or a typed member spelt as JSON).
test('user text is never interpreted as a text reference', () => {
  const odd = ['\u0001\ue000', '\u0001\ue001x', '{"$t":0}', '{"$t":0,"l":"en"}', '$t'];
  for (const value of odd) {
    const r = pkg.checkDomain('example.com', { province: value, lang: 'en' });
    const d = r.diagnostics.find((x) => x.code === 'PROVINCE_UNKNOWN');
    assert.ok(d, `PROVINCE_UNKNOWN for ${JSON.stringify(value)}`);
    assert.ok(d.message.includes(value), `${JSON.stringify(d.message)} quotes ${JSON.stringify(value)}`);
    const name = pkg.checkDomain(value);
    assert.equal(name.input, value);
  }
  const app = JSON.parse(readFileSync(join(root, 'tests/vectors/application-bases.json'), 'utf8')).enterprise;
  for (const value of odd) {
    const report = pkg.validateApplication({ ...app, subject: { ...app.subject, name: `某某${value}有限公司` } });
    assert.equal(report.normalized.subject.name, `某某${value}有限公司`);
    for (const d of [...report.diagnostics, ...report.advisories]) {
      assert.equal(typeof d.message, 'string');
      assert.ok(!('args' in d), 'no wire member left');
    }
  }
  // An object where the module expects a string is malformed input, never a text.
  const r = pkg.checkDomain({ $t: 0, l: 'en' });
  assert.equal(r.diagnostics[0].code, 'INPUT_MALFORMED');
});

// One language per entry: `icp-precheck/zh-CN` ships the Chinese texts only and loads the
// English ones when asked.
test('a one-language entry renders its language and loads the other on demand', async () => {
  writeFileSync(join(project, 'zh.mjs'), "export * from 'icp-precheck/zh-CN';\n");
  const zh = await import(join(project, 'zh.mjs'));
  const before = zh.checkDomain('example.io', { lang: 'zh-CN' });
  assert.equal(before.diagnostics[0].message, pkg.checkDomain('example.io', { lang: 'zh-CN' }).diagnostics[0].message);
  const entry = readFileSync(join(project, 'node_modules/icp-precheck/zh-CN.js'), 'utf8');
  assert.ok(entry.includes('texts.zh-CN.js') && !/import texts\d from '\.\/texts\.en\.js'/.test(entry), 'the zh-CN entry imports no English catalog');
  assert.equal(await zh.loadLanguage('en'), true);
  const en = zh.checkDomain('example.io', { lang: 'en' });
  assert.deepEqual(en, pkg.checkDomain('example.io', { lang: 'en' }));
});
