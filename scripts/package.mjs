// Writes pkg/package.json and the Node entry for the wasm-bindgen output.
// usage: node scripts/package.mjs OUT_DIR NAME VERSION
import { writeFileSync } from 'node:fs';

const [dir, name, version] = process.argv.slice(2);

// Node has no fetch for file URLs; this entry reads the .wasm next to it and instantiates it
// synchronously, so `import { checkDomain } from 'icp-precheck'` works with no init call.
const nodeEntry = `import { readFileSync } from 'node:fs';
import { initSync } from './${name}.js';
initSync({ module: readFileSync(new URL('./${name}_bg.wasm', import.meta.url)) });
export * from './${name}.js';
`;
writeFileSync(`${dir}/node.js`, nodeEntry);

const pkg = {
  name: 'icp-precheck',
  version,
  description: 'Checks a China ICP website filing (ICP备案) application in the browser before it is submitted: domains, filing type, provincial rules.',
  license: 'MIT OR Apache-2.0',
  type: 'module',
  main: `./cjs/${name}.js`,
  module: `./${name}.js`,
  types: `./${name}.d.ts`,
  // The Node entry instantiates the module when imported, but Node ignores this field and
  // bundlers resolve the browser entry, which has no import-time effects.
  sideEffects: false,
  files: [`${name}.js`, `${name}.d.ts`, `${name}_bg.wasm`, `${name}_bg.wasm.d.ts`, 'node.js', 'cjs/', 'rules.json', 'README.md'],
  exports: {
    '.': {
      types: `./${name}.d.ts`,
      // Node: `import` instantiates synchronously (node.js); `require` gets the CommonJS glue.
      node: { import: './node.js', require: `./cjs/${name}.js` },
      default: `./${name}.js`,
    },
    [`./${name}_bg.wasm`]: `./${name}_bg.wasm`,
    './package.json': './package.json',
    // Every rule row in plain words (RuleEntry[]), for forms that show a province's rules.
    './rules.json': './rules.json',
  },
  engines: { node: '>=18' },
  keywords: ['icp', 'beian', '备案', 'domain', 'validation', 'wasm', 'china'],
};
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
