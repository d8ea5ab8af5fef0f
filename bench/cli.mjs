// Throughput of the command line for a server: N applications (the application vectors, cycled)
// through one `validate --jsonl` process, beside one `validate` process per application, as a
// server that starts the binary for each order would run it, measured in the same run.
// usage: cargo build --release && node bench/cli.mjs [N]   (N: applications, default 5000)
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { APPLICATION_FILES, DEFAULT_TODAY, loadVectors, vectorApplication } from '../tests/js/vectors.mjs';

const bin = fileURLToPath(new URL('../target/release/icp-precheck', import.meta.url));
if (!existsSync(bin)) throw new Error('target/release/icp-precheck is not built: run cargo build --release');
const n = Number(process.argv[2] ?? 5000);
if (!(n > 0)) throw new Error('N must be a positive number of applications');

// Every application vector, valid and invalid orders alike, judged on one day in one language.
const apps = loadVectors(APPLICATION_FILES)
  .filter((v) => 'application' in v.raw || 'base' in v.raw)
  .map((v) => JSON.stringify(vectorApplication(v)));
const lines = Array.from({ length: n }, (_, i) => apps[i % apps.length]);
const args = ['validate', '--today', DEFAULT_TODAY, '--lang', 'en'];

/** All of `lines` through one `validate --jsonl`; resolves to the report lines and the time. */
function batch() {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(bin, [...args, '--jsonl'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      const out = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean);
      if (code !== 0 && code !== 1) reject(new Error(`validate --jsonl exited ${code}`));
      else resolve({ out, ms });
    });
    child.stdin.end(lines.join('\n') + '\n');
  });
}

/** One process per application for `ms` milliseconds at least; the reports and the rate. */
function perProcess(minMs) {
  const out = [];
  const start = performance.now();
  let now = start;
  while (now - start < minMs && out.length < lines.length) {
    const r = spawnSync(bin, [...args, '-'], { input: lines[out.length], encoding: 'utf8' });
    if (r.status !== 0 && r.status !== 1) throw new Error(`validate exited ${r.status}: ${r.stderr}`);
    out.push(r.stdout);
    now = performance.now();
  }
  return { out, ms: now - start };
}

const withoutReceipt = (json) => {
  const r = JSON.parse(json);
  delete r.receipt; // a fresh random key in each clean report
  return JSON.stringify(r);
};

const one = perProcess(4000);
const many = await batch();
if (many.out.length !== n) throw new Error(`${many.out.length} reports for ${n} applications`);
// Both measure the same work: the reports agree application by application.
one.out.forEach((json, i) => {
  if (withoutReceipt(json) !== withoutReceipt(many.out[i])) throw new Error(`report ${i + 1} differs between the two modes`);
});
const perSecond = (count, ms) => Math.round((count * 1000) / ms);
const batchRate = perSecond(n, many.ms);
const processRate = perSecond(one.out.length, one.ms);
console.log(`${apps.length} distinct applications from the vectors; ${binaryVersion()}`);
console.table([
  { mode: `validate --jsonl, ${n} applications in one process`, applications: n, ms: Math.round(many.ms), per_second: batchRate },
  { mode: 'validate, one process per application', applications: one.out.length, ms: Math.round(one.ms), per_second: processRate },
]);
console.log(`one process for all: ${(batchRate / processRate).toFixed(1)}x the applications per second of one process each`);

function binaryVersion() {
  return spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
}
