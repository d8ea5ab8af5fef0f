// One order everywhere: generated orders (mutations of the vector bases and of the application
// and province vectors: members deleted, types swapped, provinces, dates and numbers changed,
// unknown members added, hostile strings put in) validated by the installed package and by the
// native crate (examples/render_calls.rs), every other order in English; the two reports must be the same
// text once both are written by JSON.stringify (same diagnostics, same order, same members).
// PARITY_ORDERS sets the count (default 100,000).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadVectors, vectorApplication, APPLICATION_FILES } from './vectors.mjs';
import { installPackedPackage, root } from './install.mjs';

const ORDERS = Number(process.env.PARITY_ORDERS ?? 100_000);
const BATCH = 2_000;

let pkg;
before(async () => {
  const project = installPackedPackage(tmpdir(), 'icp-precheck-parity-');
  writeFileSync(join(project, 'load.mjs'), "export * from 'icp-precheck';\n");
  pkg = await import(join(project, 'load.mjs'));
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'render_calls'], { cwd: root, stdio: 'inherit' });
});

// A small seeded generator (mulberry32): the same orders on every run.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42',
  '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '99', '', '1', '110000', 11];
const DATES = ['2026-11-22', '2025-06-01', '2030-01-01', '2026-02-29', '2024-02-29', '2026-13-01', '2026/01/01', '', '长期',
  '1900-01-01', '2099-12-31'];
const NUMBERS = [0, 1, 2, 3, 5, 20, 21, 50, 51, -1, 1.5, 1e9, 4294967296];
const OTHER_TYPES = [42, -0.5, true, false, null, [], {}, ['x'], { a: 1 }, '文本'];
const KEYS = ['extra', '2', '10', 'Name', '名字', 'a\u202eb', '__proto__', 'constructor', 'domains ', 'valid_until'];
const HOSTILE = ['\u202e反转', '<img src=x onerror=alert(1)>', 'a'.repeat(4097), '例'.repeat(1500), '\u0000\u001f\u007f',
  'ｅｘａｍｐｌｅ．ｃｏｍ', '😀'.repeat(20), ' ', 'x'.repeat(1025), 'https://www.例子.中国:8080/a?b#c', '\u2066张三\u2069',
  '"\\\'', '京ICP备13052560号-1', '13800138000', '11010519491231002X', 'example.com', '浙江省杭州市西湖区文三路90号'];

/** Every [parent, key] in the value, objects and lists alike. */
function slots(v, out = []) {
  if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      out.push([v, k]);
      slots(v[k], out);
    }
  }
  return out;
}

function mutate(app, pick, r) {
  const all = slots(app);
  const slot = () => all[Math.floor(r() * all.length)];
  const objects = [app, ...all.map(([p, k]) => p[k]).filter((x) => x && typeof x === 'object' && !Array.isArray(x))];
  const leaves = all.filter(([p, k]) => typeof p[k] === 'string');
  switch (Math.floor(r() * 8)) {
    case 0: { // delete a member or an item
      const [p, k] = slot() ?? [];
      // By hand: a list may have been given a "constructor" member, which splice would call.
      if (Array.isArray(p) && /^\d+$/.test(k)) {
        for (let i = Number(k); i < p.length - 1; i += 1) p[i] = p[i + 1];
        p.length -= 1;
      } else if (p) delete p[k];
      break;
    }
    case 1: { // another type
      const [p, k] = slot() ?? [];
      if (p) p[k] = structuredClone(pick(OTHER_TYPES));
      break;
    }
    case 2: app.province = pick(PROVINCES); break;
    case 3: { // a date
      const dated = all.filter(([, k]) => /valid_until|expires|_on$/.test(k));
      const [p, k] = dated.length ? pick(dated) : [app, 'valid_until'];
      p[k] = pick(DATES);
      break;
    }
    case 4: { // a number
      const [p, k] = r() < 0.5 && app.subject && typeof app.subject === 'object' ? [app.subject, 'filed_website_count'] : (slot() ?? [app, 'n']);
      p[k] = pick(NUMBERS);
      break;
    }
    case 5: pick(objects)[pick(KEYS)] = structuredClone(pick(OTHER_TYPES.concat(HOSTILE))); break;
    case 6: { // a hostile string
      const [p, k] = leaves.length ? pick(leaves) : [app, 'province'];
      p[k] = pick(HOSTILE);
      break;
    }
    default: { // a list grows
      const lists = all.map(([p, k]) => p[k]).filter((x) => Array.isArray(x) && x.length > 0 && x.length < 30);
      if (lists.length) {
        const l = pick(lists);
        const times = 1 + Math.floor(r() * 21);
        for (let i = 0; i < times; i += 1) l.push(structuredClone(l[Math.floor(r() * l.length)]));
      }
    }
  }
}

/** `n` calls of validateApplication, every other one in English; the JSON text of each is what
 * both sides read. */
function* orders(n) {
  const r = rng(15);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const starts = loadVectors(APPLICATION_FILES).map(vectorApplication).filter((a) => a && typeof a === 'object');
  for (let i = 0; i < n; i += 1) {
    const app = structuredClone(pick(starts));
    const count = 1 + Math.floor(r() * 4);
    for (let m = 0; m < count; m += 1) mutate(app, pick, r);
    const today = pick(DATES.slice(0, 5));
    yield JSON.stringify({ fn: 'validateApplication', args: [app, { today, lang: i % 2 ? 'en' : 'zh-CN' }] });
  }
}

test(`${ORDERS.toLocaleString('en')} generated orders: the package and the native crate report the same text (half of them in English)`, () => {
  const binary = join(root, 'target/release/examples/render_calls');
  // The submission key is random on every call.
  const comparable = (r) => {
    if (r && r.receipt && typeof r.receipt === 'object') r.receipt.idempotency_key = 'uuid';
    return JSON.stringify(r);
  };
  const failures = [];
  let compared = 0;
  const codes = new Set();
  const gen = orders(ORDERS);
  for (;;) {
    const batch = [];
    for (let i = 0; i < BATCH; i += 1) {
      const next = gen.next();
      if (next.done) break;
      batch.push(next.value);
    }
    if (batch.length === 0) break;
    const native = execFileSync(binary, [], { input: batch.join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 30 }).trim().split('\n');
    assert.equal(native.length, batch.length);
    batch.forEach((text, i) => {
      const call = JSON.parse(text);
      const got = comparable(pkg.validateApplication(...call.args));
      const parsed = JSON.parse(native[i]);
      for (const d of parsed.diagnostics) codes.add(d.code);
      const want = comparable(parsed);
      compared += 1;
      if (got !== want && failures.length < 5) failures.push(`${text.slice(0, 400)}\n  package ${got.slice(0, 600)}\n  native  ${want.slice(0, 600)}`);
    });
  }
  assert.deepEqual(failures, []);
  assert.equal(compared, ORDERS);
  // The mutations reach well beyond the happy path.
  for (const c of ['INPUT_MALFORMED', 'INPUT_TOO_LARGE', 'FIELD_REQUIRED', 'PROVINCE_UNKNOWN']) assert.ok(codes.has(c), c);
  console.log(`# parity: ${compared} reports compared, ${codes.size} distinct codes`);
});
