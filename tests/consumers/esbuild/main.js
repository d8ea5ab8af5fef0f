// esbuild does not follow `new URL(…, import.meta.url)`: import the .wasm with the `file` loader
// (esbuild copies it and gives its URL) and hand that URL to init.
import wasmUrl from 'icp-precheck/icp_precheck_bg.wasm';
import { run } from '../app.js';

run({ module_or_path: wasmUrl }).catch((e) => { document.body.dataset.error = String(e); });
