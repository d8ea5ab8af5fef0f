// The module-worker recipe of the README: `init()` once when the worker starts, every message
// answered after it, the page's thread never blocked by a check.
import init from 'icp-precheck';
import { results } from './app.js';

const ready = init();
self.onmessage = async () => {
  try {
    await ready;
    self.postMessage({ result: results() });
  } catch (e) {
    self.postMessage({ error: String(e) });
  }
};
