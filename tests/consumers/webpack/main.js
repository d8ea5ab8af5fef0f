// webpack 5 follows the glue's `new URL(…, import.meta.url)` and emits the .wasm as an asset,
// and bundles the module worker from `new Worker(new URL(…), { type: 'module' })` as a chunk
// of its own; the page's thread and the worker each initialise the module once.
import { askWorker, run } from '../app.js';

const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
run(undefined, async () => ({ worker: await askWorker(worker) })).catch((e) => {
  document.body.dataset.error = String(e);
});
