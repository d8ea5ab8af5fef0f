// webpack 5 follows the glue's `new URL(…, import.meta.url)` and emits the .wasm as an asset,
// and bundles the module worker from `new Worker(new URL(…), { type: 'module' })` as a chunk
// of its own. The engines are imported on first use, as the README's lazy recipe does, so the
// page's own bundle carries none of the package: webpack puts them in a chunk of their own.
const worker = new Worker(new URL('../worker.js', import.meta.url), { type: 'module' });
import('../app.js')
  .then(({ askWorker, run }) => run(undefined, async () => ({ worker: await askWorker(worker) })))
  .catch((e) => {
    document.body.dataset.error = String(e);
  });
