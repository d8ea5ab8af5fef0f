// Packs pkg/ with `npm pack` and installs the tarball into a scratch project, as a user would.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A fresh project under `parent` with the packed package installed; returns its directory. */
export function installPackedPackage(parent, prefix) {
  if (!existsSync(join(root, 'pkg/package.json'))) throw new Error('pkg/ is not built: run scripts/build-wasm');
  mkdirSync(parent, { recursive: true });
  const project = mkdtempSync(join(parent, prefix));
  const packDir = join(project, 'tarball');
  mkdirSync(packDir);
  const out = execFileSync('npm', ['pack', join(root, 'pkg'), '--pack-destination', packDir, '--json'], { encoding: 'utf8' });
  const tarball = join(packDir, JSON.parse(out)[0].filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], { cwd: project, stdio: 'pipe' });
  return project;
}
