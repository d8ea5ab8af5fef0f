// Vite finds the .wasm through the glue's `new URL(…, import.meta.url)` and emits it as an asset.
import { run } from '../app.js';

run().catch((e) => { document.body.dataset.error = String(e); });
