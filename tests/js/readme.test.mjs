// The README's ten-line example runs against the built package and prints what the README says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './install.mjs';

function fenced(text, marker, block = 'quickstart') {
  const from = text.indexOf(`<!-- ${block}:${marker} -->`);
  assert.ok(from >= 0, `README lacks ${block}:${marker}`);
  const open = text.indexOf('```', from);
  const start = text.indexOf('\n', open) + 1;
  return text.slice(start, text.indexOf('```', start));
}

for (const block of ['quickstart', 'order']) {
  test(`the README's ${block} example prints what the README shows`, () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const entry = pathToFileURL(join(root, 'pkg/node.js')).href;
    const code = fenced(readme, 'code', block).replace("from 'icp-precheck'", `from '${entry}'`);
    const dir = mkdtempSync(join(tmpdir(), 'icp-precheck-readme-'));
    writeFileSync(join(dir, 'example.mjs'), code);
    const out = execFileSync(process.execPath, [join(dir, 'example.mjs')], { encoding: 'utf8' });
    assert.equal(out, fenced(readme, 'output', block));
  });
}
