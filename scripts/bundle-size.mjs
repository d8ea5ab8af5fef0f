// What an integrator ships, measured as the speed-and-size work defines it: an esbuild bundle of
// the browser entry (minified, ES module, code splitting as bundlers do by default, so the
// language loaded on demand is its own chunk and not counted) plus the .wasm, each file gzip -9.
// Two applications: a form that imports what a form calls, and one that imports everything.
// usage: node scripts/bundle-size.mjs   (after scripts/build-wasm and npm ci; called by scripts/size)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const pkg = fileURLToPath(new URL('../pkg/', import.meta.url));
// GNU gzip, as scripts/size and the figures quoted use (zlib's level 9 writes a few % more).
const gz = (bytes) => execFileSync('gzip', ['-9c'], { input: bytes, maxBuffer: 1 << 26 }).length;
const wasm = readFileSync(join(pkg, 'icp_precheck_bg.wasm'));

const apps = {
  // What the project's own form calls.
  'a form (init, checkDomain, checkField, validateApplication)': `import init, { checkDomain, checkField, validateApplication } from '${pkg}zh-CN.js';
await init();
globalThis.use = [checkDomain, checkField, validateApplication];
`,
  'everything (export * from the entry)': `export * from '${pkg}zh-CN.js';\n`,
};

const dir = mkdtempSync(join(tmpdir(), 'icp-precheck-bundle-'));
try {
  const rows = [];
  for (const [name, source] of Object.entries(apps)) {
    const entry = join(dir, 'app.mjs');
    writeFileSync(entry, source);
    const out = join(dir, 'out');
    rmSync(out, { recursive: true, force: true });
    const { metafile } = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      outdir: out,
      metafile: true,
      logLevel: 'error',
      // The .wasm is fetched by init(), next to the glue: not part of the JavaScript.
      external: ['*.wasm'],
    });
    // The entry chunk and every chunk it imports statically; chunks reached only by a dynamic
    // import (the other language) load when asked for.
    const outputs = metafile.outputs;
    const start = Object.keys(outputs).find((f) => outputs[f].entryPoint);
    const seen = new Set();
    const todo = [start];
    while (todo.length) {
      const f = todo.pop();
      if (seen.has(f)) continue;
      seen.add(f);
      for (const i of outputs[f].imports) if (i.kind === 'import-statement' && !i.external) todo.push(i.path);
    }
    let raw = 0;
    let js = 0;
    for (const f of seen) {
      const bytes = readFileSync(f);
      raw += bytes.length;
      js += gz(bytes);
    }
    rows.push({ app: name, 'JavaScript gzip': js, 'JavaScript raw': raw, '.wasm gzip': gz(wasm), 'in all gzip': js + gz(wasm) });
  }
  console.log('esbuild bundles of icp-precheck/zh-CN, minified, split; each file gzip -9 (goal 143,360 B in all)');
  console.table(rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
