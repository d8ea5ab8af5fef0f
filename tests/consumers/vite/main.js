// Vite finds the .wasm through the glue's `new URL(…, import.meta.url)` and emits it as an asset,
// and builds the module worker from `new Worker(new URL(…), { type: 'module' })` with the package
// inside it; the worker initialises the module on its own.
import { askWorker, run } from '../app.js';

const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
run(undefined, async () => ({ worker: await askWorker(worker) })).catch((e) => {
  document.body.dataset.error = String(e);
});
