// How arguments cross into the module: plain data as one JSON text (js/args.js and the module's
// reader of it), anything else value by value. The two ways must give the same report for every
// vector and for every hostile shape; and js/args.js must send nothing that the module's reader
// of values would judge differently.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVectors, vectorCall, vectorId, ALL_FILES } from './vectors.mjs';
import { installPackedPackage } from './install.mjs';
import { shapes } from './hostile.mjs';

let pkg;
let glue;
let render;
let argsJson;
let limits;

before(async () => {
  const project = installPackedPackage(tmpdir(), 'icp-precheck-crossing-');
  writeFileSync(join(project, 'load.mjs'), "export * from 'icp-precheck';\n");
  pkg = await import(join(project, 'load.mjs'));
  const dir = join(project, 'node_modules/icp-precheck');
  // The module's own exports (value by value), on an instance of their own.
  glue = await import(join(dir, 'icp_precheck_glue.js'));
  glue.initSync({ module: readFileSync(join(dir, 'icp_precheck_bg.wasm')) });
  const { renderer } = await import(join(dir, 'render.js'));
  const zh = (await import(join(dir, 'texts.zh-CN.js'))).default;
  const en = (await import(join(dir, 'texts.en.js'))).default;
  render = renderer({ 'zh-CN': zh, en });
  ({ argsJson } = await import(join(dir, 'args.js')));
  limits = Array.from(glue.__limits());
});

// Receipts are random each call.
const settled = (report) => JSON.stringify(report, (k, v) => (k === 'receipt' ? null : v));

test('every vector: one JSON text and value by value give the same report', () => {
  let sent = 0;
  const vectors = loadVectors(ALL_FILES);
  for (const v of vectors) {
    const { fn, args } = vectorCall(v);
    if (argsJson(args, limits) !== null) sent += 1;
    const fast = pkg[fn](...args);
    const slow = render(glue[fn](...args));
    assert.equal(settled(fast), settled(slow), vectorId(v));
  }
  // Vectors are plain data, but some pass a fraction, a string past the bound or a list of
  // hundreds: most, not all, cross as one text.
  assert.ok(sent > vectors.length * 0.8, `${sent} of ${vectors.length} sent as one text`);
});

test('every hostile shape: the same report both ways', () => {
  // The shapes that call the package from a getter nest differently by nature; they are the
  // subject of the last test here and of hostile.test.mjs.
  const all = Object.entries(shapes(pkg)).filter(([name]) => !name.startsWith('reentrant'));
  const calls = [
    (p, h) => p.checkDomain(h, h),
    (p, h) => p.checkDomains([h, 'example.com'], { province: h }),
    (p, h) => p.checkField('mobile', h, h),
    (p, h) => p.validateApplication({ province: '11', subject: h, websites: [h, { domains: h }] }, h),
    (p, h) => p.classifyFiling({ intent: 'host_new', subject: h }, { lang: h }),
  ];
  const slowPkg = Object.fromEntries(
    ['checkDomain', 'checkDomains', 'checkField', 'validateApplication', 'classifyFiling'].map((f) => [f, (...a) => render(glue[f](...a))]),
  );
  for (const [name, make] of all) {
    calls.forEach((call, i) => {
      assert.equal(settled(call(pkg, make())), settled(call(slowPkg, make())), `${name} through call ${i}`);
    });
  }
});

test('what is sent as one text and what is left to the value reader', () => {
  const text = (v) => argsJson([v], limits);
  assert.equal(text({ a: [1, 'x', true, null, undefined], b: { c: -0 } }), '[{"a":[1,"x",true,null,null],"b":{"c":-0}}]');
  assert.equal(text('\ud800'), '["\\ud800"]');
  assert.equal(text(Object.create(null)), '[{}]');
  const leftToTheReader = {
    fraction: 0.5,
    'large number': 1e16,
    NaN: NaN,
    infinity: -Infinity,
    bigint: 1n,
    function: () => 1,
    symbol: Symbol('s'),
    date: new Date(0),
    'object with toJSON': { toJSON: () => 'x', a: 1 },
    'a member with toJSON': { a: { toJSON: () => 'x' } },
    map: new Map(),
    'class instance': new (class A {})(),
    'boxed string': Object('x'),
    'throwing getter': { get a() { throw new Error('no'); } },
    'revoked proxy': (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })(),
    'throwing trap': new Proxy({}, { ownKeys() { throw new Error('no'); } }),
    cycle: (() => { const o = {}; o.o = o; return o; })(),
    'depth at the bound': JSON.parse(`${'['.repeat(limits[2] + 1)}${']'.repeat(limits[2] + 1)}`),
    'long string': 'a'.repeat(limits[0] + 1),
    'long name': { ['k'.repeat(limits[0] + 1)]: 1 },
    'long list': Array(limits[1] + 1).fill(0),
    'wide object': Object.fromEntries(Array.from({ length: limits[1] + 1 }, (_, i) => [`k${i}`, i])),
    'too many characters': Array.from({ length: 100 }, () => Array(100).fill('a'.repeat(limits[0]))),
    'too many values': Array.from({ length: 200 }, () => Array(200).fill(0)),
  };
  for (const [name, v] of Object.entries(leftToTheReader)) {
    assert.equal(text(v), null, name);
  }
  // Each argument has its own totals, as in the module.
  const half = Array.from({ length: 40 }, () => Array(40).fill('a'.repeat(100)));
  assert.notEqual(argsJson([half, half], limits), null);
});

test('a getter that calls the package reads through the module, which bounds the nesting', () => {
  let depth = 0;
  const app = {
    get subject() {
      depth += 1;
      return { name: pkg.validateApplication(app).ok ? 'x' : 'y' };
    },
  };
  const r = pkg.validateApplication(app);
  assert.equal(typeof r.ok, 'boolean');
  assert.ok(depth > 1 && depth < 20, `${depth} nested reads`);
});
