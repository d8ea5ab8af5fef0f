// A consumer application: calls all three engines and leaves the results on the page for the
// test to read. Shared by the Vite and the esbuild project.
import init, { checkDomain, classifyFiling, rulesetInfo, validateApplication } from 'icp-precheck';

export async function run(initArgs) {
  await init(initArgs);
  const report = validateApplication({ province: '33', subject: { kind: 'personal' } }, { today: '2026-11-22' });
  const result = {
    ascii: checkDomain('例子.中国').ascii,
    required: report.diagnostics.filter((d) => d.code === 'FIELD_REQUIRED').map((d) => d.path),
    filing: classifyFiling({ intent: 'remove', remove: { target: 'website', subject_website_count: 3 } }).filing_type,
    provinces: rulesetInfo().provinces.length,
  };
  document.body.dataset.result = JSON.stringify(result);
}
