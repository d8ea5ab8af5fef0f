// Speed of validateApplication from JavaScript for an enterprise application with 1 and with 20
// websites, side by side with JSON.parse(JSON.stringify(app)) of the same object: the cost of
// merely copying the input once, the floor any validator that reads the whole form pays.
// usage: node bench/application.mjs   (after scripts/build-wasm)
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const pkg = await import('../pkg/node.js');
const bases = JSON.parse(readFileSync(new URL('../tests/vectors/application-bases.json', import.meta.url), 'utf8'));

/** The enterprise base application with `n` websites, each with its own domain. */
export function enterpriseWith(n) {
  const app = structuredClone(bases.enterprise);
  const site = app.websites[0];
  app.websites = Array.from({ length: n }, (_, i) => {
    const w = structuredClone(site);
    const domain = `example-tech${i}.cn`;
    w.name = `示例科技产品${i}号站`;
    w.domains = [domain];
    w.domain_facts = { [domain]: site.domain_facts['example-tech.cn'] };
    return w;
  });
  return app;
}

function bench(name, fn, minMs = 1500) {
  for (let i = 0; i < 200; i++) fn(); // warm up
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < minMs) {
    for (let i = 0; i < 20; i++) fn();
    calls += 20;
    now = performance.now();
  }
  const us = ((now - start) * 1000) / calls;
  return { name, calls, us_per_call: +us.toFixed(2), ops_per_sec: Math.round(1e6 / us) };
}

const opts = { today: '2026-11-22' };
// Ours and the peer in turn, ROUNDS times (default 5), each half a second: the machine's load
// moves both alike within a round, and the median of the rounds' ratios is what is quoted.
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const rows = [];
const ratios = { 1: [], 20: [] };
for (let r = 0; r < ROUNDS; r += 1) {
  for (const n of [1, 20]) {
    const app = enterpriseWith(n);
    const report = pkg.validateApplication(app, opts);
    if (!report.ok) throw new Error(`the ${n}-website benchmark application does not pass: ${JSON.stringify(report.diagnostics)}`);
    const ours = bench(`validateApplication, ${n} website(s)`, () => pkg.validateApplication(app, opts), 500);
    const peer = bench(`JSON.parse(JSON.stringify(app)), ${n} website(s)`, () => JSON.parse(JSON.stringify(app)), 500);
    ratios[n].push(ours.us_per_call / peer.us_per_call);
    if (r === ROUNDS - 1) rows.push(ours, peer);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}`);
console.log('the last round:');
console.table(rows);
for (const n of [1, 20]) {
  const rs = ratios[n];
  console.log(`${n} website(s): ${median(rs).toFixed(1)}× a JSON round trip (median of ${rs.length} rounds, ${Math.min(...rs).toFixed(1)}–${Math.max(...rs).toFixed(1)})`);
}
