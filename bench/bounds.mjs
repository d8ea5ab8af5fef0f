// How fast an input past the bounds is refused, side by side with JSON.stringify of the same
// value (the cost of merely looking at all of it once), and what the refusal adds to the
// module's memory.
// usage: node bench/bounds.mjs   (after scripts/build-wasm)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const pkg = await import('../pkg/node.js');
const instance = pkg.initSync({ module: readFileSync(new URL('../pkg/icp_precheck_bg.wasm', import.meta.url)) });

function time(fn, minMs = 1000) {
  fn();
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs || calls < 3) {
    fn();
    calls += 1;
    now = performance.now();
  }
  return (now - start) / calls;
}

const s = 'a'.repeat(4096);
const cases = [
  ['20,000 strings of 4,096 characters under one unknown member (80 M characters)', 'validateApplication',
    { remark: Array.from({ length: 100 }, () => Array.from({ length: 200 }, (_, i) => s.slice(0, 4095) + String.fromCharCode(97 + (i % 26)))) }],
  ['an object of 1,000,000 members as the subject', 'validateApplication',
    { subject: Object.fromEntries(Array.from({ length: 1_000_000 }, (_, i) => [`k${i}`, i])) }],
  ['300 domains of 1,000 characters', 'checkDomains', Array.from({ length: 300 }, (_, i) => `${'a'.repeat(990)}${i}.com`)],
];

const rows = [];
for (const [what, fn, input] of cases) {
  const before = instance.memory.buffer.byteLength;
  const refused = pkg[fn](input).diagnostics.find((d) => d.code === 'INPUT_TOO_LARGE');
  if (!refused) throw new Error(`${what}: not refused`);
  const ms = time(() => pkg[fn](input));
  const peer = time(() => JSON.stringify(input));
  rows.push({ input: what, call: fn, 'refused in (ms)': ms.toFixed(2), 'JSON.stringify (ms)': peer.toFixed(2),
    ratio: `${(ms / peer).toFixed(3)}×`, 'memory grew (KiB)': (instance.memory.buffer.byteLength - before) / 1024 });
}
console.table(rows);
