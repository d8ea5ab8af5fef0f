// Speed of checkDomain from JavaScript, side by side with tldts.parse on the same inputs.
// usage: node bench/domain.mjs   (after scripts/build-wasm)
// tldts only splits a hostname against the Public Suffix List; checkDomain also runs UTS #46,
// the approved-suffix list, subject and province rules and renders bilingual diagnostics, so the
// comparison frames our cost against the fastest widely used JS peer, not like for like.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const pkg = await import('../pkg/node.js');
const loadMs = performance.now() - t0;
const { parse } = await import('tldts');

const inputs = [];
for (const file of ['domain-research.jsonl', 'domain.jsonl']) {
  for (const line of readFileSync(new URL(`../tests/vectors/${file}`, import.meta.url), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const v = JSON.parse(line);
    if (typeof v.input === 'string' && v.input.length < 300) inputs.push(v.input);
  }
}
const realistic = ['example.com', 'www.example.com.cn', '例子.中国', 'https://www.example.com/a', 'shop.example.top', 'EXAMPLE.NET'];

function bench(name, fn, list, minMs = 1500) {
  for (let i = 0; i < 2000; i++) fn(list[i % list.length]); // warm up
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (const s of list) fn(s);
    calls += list.length;
    now = performance.now();
  }
  const usPerCall = ((now - start) * 1000) / calls;
  return { name, inputs: list.length, calls, us_per_call: +usPerCall.toFixed(3), ops_per_sec: Math.round(1e6 / usPerCall) };
}

const opts = { today: '2026-11-22', subject_kind: 'enterprise' };
const pairs = [
  ['all vector inputs', inputs],
  ['6 realistic inputs', realistic],
  ['example.com', ['example.com']],
];
// Ours and the peer in turn, ROUNDS times (default 5), each half a second: the machine's load
// moves both alike within a round, and the median of the rounds' ratios is what is quoted.
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const rows = [];
const ratios = Object.fromEntries(pairs.map(([name]) => [name, []]));
for (let r = 0; r < ROUNDS; r += 1) {
  for (const [name, list] of pairs) {
    const ours = bench(`checkDomain, ${name}`, (s) => pkg.checkDomain(s, opts), list, 500);
    const peer = bench(`tldts.parse, ${name}`, (s) => parse(s), list, 500);
    ratios[name].push(ours.us_per_call / peer.us_per_call);
    if (r === ROUNDS - 1) rows.push(ours, peer);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}; module load + synchronous wasm instantiation ${loadMs.toFixed(1)} ms`);
console.log('the last round:');
console.table(rows);
for (const [name] of pairs) {
  const rs = ratios[name];
  console.log(`${name}: ${median(rs).toFixed(1)}× tldts.parse (median of ${rs.length} rounds, ${Math.min(...rs).toFixed(1)}–${Math.max(...rs).toFixed(1)})`);
}
