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
const rows = [
  bench('checkDomain, all vector inputs', (s) => pkg.checkDomain(s, opts), inputs),
  bench('tldts.parse, all vector inputs', (s) => parse(s), inputs),
  bench('checkDomain, 6 realistic inputs', (s) => pkg.checkDomain(s, opts), realistic),
  bench('tldts.parse, 6 realistic inputs', (s) => parse(s), realistic),
  bench('checkDomain, example.com', (s) => pkg.checkDomain(s, opts), ['example.com']),
  bench('tldts.parse, example.com', (s) => parse(s), ['example.com']),
];
console.log(`node ${process.version}; module load + synchronous wasm instantiation ${loadMs.toFixed(1)} ms`);
console.table(rows);
// The figures quoted: each checkDomain row against the tldts row on the same inputs, this run.
for (let i = 0; i < rows.length; i += 2) {
  console.log(`${rows[i].name.replace('checkDomain, ', '')}: ${(rows[i].us_per_call / rows[i + 1].us_per_call).toFixed(1)}× tldts.parse`);
}
