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
const rows = [];
for (const n of [1, 20]) {
  const app = enterpriseWith(n);
  const report = pkg.validateApplication(app, opts);
  if (!report.ok) throw new Error(`the ${n}-website benchmark application does not pass: ${JSON.stringify(report.diagnostics)}`);
  rows.push(bench(`validateApplication, ${n} website(s)`, () => pkg.validateApplication(app, opts)));
  rows.push(bench(`JSON.parse(JSON.stringify(app)), ${n} website(s)`, () => JSON.parse(JSON.stringify(app))));
}
console.log(`node ${process.version}`);
console.table(rows);
// The figures quoted: validateApplication against the JSON round trip of the same object, this run.
for (let i = 0; i < rows.length; i += 2) {
  console.log(`${rows[i].name.replace('validateApplication, ', '')}: ${(rows[i].us_per_call / rows[i + 1].us_per_call).toFixed(1)}× a JSON round trip`);
}
