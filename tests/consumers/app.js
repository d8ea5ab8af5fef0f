// A consumer application: calls all three engines and leaves the results on the page for the
// test to read. Shared by the Vite, the esbuild and the webpack project, and by the module worker.
import init, { checkDomain, classifyFiling, rulesetInfo, validateApplication } from 'icp-precheck';

/** What the three engines say, once the module is initialised. */
export function results() {
  const report = validateApplication({ province: '33', subject: { kind: 'personal' } }, { today: '2026-11-22' });
  return {
    ascii: checkDomain('例子.中国').ascii,
    required: report.diagnostics.filter((d) => d.code === 'FIELD_REQUIRED').map((d) => d.path),
    filing: classifyFiling({ intent: 'remove', remove: { target: 'website', subject_website_count: 3 } }).filing_type,
    provinces: rulesetInfo().provinces.length,
  };
}

export async function run(initArgs, extra = async () => ({})) {
  await init(initArgs);
  document.body.dataset.result = JSON.stringify({ ...results(), ...(await extra()) });
}

/** Asks `worker` for its results; rejects with what it reports as its error. */
export function askWorker(worker) {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data.result));
    worker.onerror = (e) => reject(new Error(`worker: ${e.message}`));
    worker.postMessage('results');
  });
}
