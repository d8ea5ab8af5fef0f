// The installed package under hostile input: every shape of tests/js/hostile.mjs thousands of
// times through every entry, nothing thrown, ordinary calls working afterwards; calls made with
// the caller's stack nearly used up; inputs past the bounds on the whole refused without the
// module's memory growing; bidi controls named in messages.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installPackedPackage } from './install.mjs';
import { runHostile, EXPECTED_AFTER } from './hostile.mjs';

let pkg;
let instance;
let glue;
// The allocator's arena between calls: `[blocks, bytes, arenas set aside, off]`, all 0 unless
// a block outlived its call, which would leave every later call to the slower allocator.
const arena = () => Array.from(glue.__arenaInUse());

before(async () => {
  const project = installPackedPackage(tmpdir(), 'icp-precheck-hostile-');
  writeFileSync(join(project, 'load.mjs'), "export * from 'icp-precheck';\n");
  pkg = await import(join(project, 'load.mjs'));
  // Already instantiated by the Node entry: initSync hands back the same instance.
  instance = pkg.initSync({ module: readFileSync(join(project, 'node_modules/icp-precheck/icp_precheck_bg.wasm')) });
  // The same module the entry imports, so the same instance.
  glue = await import(join(project, 'node_modules/icp-precheck/icp_precheck_glue.js'));
});

test('each hostile shape 2,000 times through every entry: nothing thrown, the module still works', () => {
  const { problems, after } = runHostile(pkg, 2000);
  assert.deepEqual(problems, []);
  assert.deepEqual(after, EXPECTED_AFTER);
  assert.deepEqual(arena(), [0, 0, 0, 0]);
});

test('calls made with the stack nearly used up throw RangeError before the module, which keeps working', () => {
  const app = { subject: { name: 'x', leader: { name: 'y' } }, websites: [{ domains: ['例子.中国'] }] };
  // The calls that go deepest in the module: many websites, and objects nested to the bound.
  const bases = JSON.parse(readFileSync(new URL('../vectors/application-bases.json', import.meta.url), 'utf8'));
  const wide = structuredClone(bases.enterprise);
  wide.websites = Array.from({ length: 20 }, () => structuredClone(bases.enterprise.websites[0]));
  const nested = {};
  for (let i = 0, o = nested; i < 20; i += 1) o = o.x = {};
  let other = null;
  let calls = 0;
  // Down until the stack runs out, then the package is called from each of the last 600 frames on
  // the way back: those calls start with almost no stack left. The bottom is taken from each run
  // itself, since how deep a function gets depends on how the engine compiled it at the time.
  let bottom = -1;
  function deep(n) {
    try { deep(n + 1); } catch { if (bottom < 0) bottom = n; }
    if (bottom - n > 600) return;
    calls += 1;
    for (const a of [app, wide, { subject: nested, websites: [{ name: nested }] }]) {
      try { pkg.validateApplication(a); } catch (e) { if (!(e instanceof RangeError)) other = e; }
    }
  }
  for (let i = 0; i < 10; i += 1) { bottom = -1; deep(0); }
  assert.ok(calls > 1000, `${calls} calls near the end of the stack`);
  assert.equal(other, null);
  assert.equal(pkg.checkDomain('example.com').ok, true);
  assert.equal(pkg.validateApplication(app).diagnostics.length > 0, true);
  assert.deepEqual(arena(), [0, 0, 0, 0]);
});

test('an input past the totals is refused without the module memory growing', () => {
  const s = 'a'.repeat(4096);
  // 20,000 strings of 4,096 characters under one unknown member: every per-string and per-list
  // bound met, about 160 MB of text in all.
  const huge = () => ({ remark: Array.from({ length: 100 }, () => Array(200).fill(s)) });
  const wide = () => ({ websites: Array.from({ length: 50 }, () => ({ name: '网'.repeat(4000), domains: Array(20).fill('例'.repeat(1000)) })) });
  const keys = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]));
  pkg.validateApplication(huge()); // the first refusal may take the memory it needs once
  const before = instance.memory.buffer.byteLength;
  for (let i = 0; i < 50; i += 1) {
    for (const [input, what] of [[huge(), 'characters'], [wide(), 'bytes'], [{ subject: keys }, 'object']]) {
      const r = pkg.validateApplication(input, { lang: 'en' });
      const d = r.diagnostics.find((x) => x.code === 'INPUT_TOO_LARGE');
      assert.ok(d, `${what}: ${JSON.stringify(r.diagnostics.slice(0, 2))}`);
      assert.match(d.message, new RegExp(what === 'object' ? 'object of 300' : `${what} in all`));
    }
  }
  assert.ok(instance.memory.buffer.byteLength - before <= 1 << 20, `grew by ${instance.memory.buffer.byteLength - before} bytes`);
});

test('bidirectional controls in user text are named in messages, as the native crate names them', () => {
  const r = pkg.validateApplication({ province: '1\u202e1' }, { lang: 'en' });
  const d = r.diagnostics.find((x) => x.code === 'PROVINCE_UNKNOWN');
  assert.ok(d.message.includes('1U+202E1'), d.message);
  assert.ok(!/[\u202a-\u202e\u2066-\u2069]/.test(JSON.stringify(r.diagnostics.map((x) => x.message))));
});
