// Type-checked against the installed package's .d.ts with `tsc --strict`: real types, not `any`.
// Each @ts-expect-error must find an error, so loosened types fail the check.
import init, {
  checkDomain,
  checkField,
  classifyFiling,
  rulesetInfo,
  validateApplication,
  type Application,
  type DiagnosticCode,
  type DomainReport,
  type FilingPlan,
  type FilingType,
  type Report,
  type Span,
} from 'icp-precheck';

await init();
const domain: DomainReport = checkDomain('example.com', { province: '11', subject_kind: 'enterprise' });
const code: DiagnosticCode | undefined = domain.diagnostics[0]?.code;
const app: Application = { province: '33', websites: [{ domains: ['example.cn'], content: ['news'] }] };
const report: Report = validateApplication(app, { today: '2026-11-22', lang: 'en' });
const receipt: string | undefined = report.receipt?.idempotency_key;
const plan: FilingPlan = classifyFiling({ intent: 'host_new', hosting: 'mainland_this_provider' });
const type: FilingType | null = plan.filing_type;
const order: Report = validateApplication(
  { province: '33', websites: [{ filing_number: '浙ICP备12345678号-2' }], filing: { type: 'cancel_website' } },
  { today: '2026-11-22' },
);
const orderType: FilingType | null | undefined = order.filing?.filing_type;
const likely: FilingType | null | undefined = plan.likely?.filing_type;
console.log(orderType, likely);
const field = checkField('resident_id', '11010519491231002X');
const marked: Span | undefined = checkField('site_name', '在线赌博交流').diagnostics[0]?.span;
const markedEnd: number | undefined = marked?.end;
console.log(markedEnd);
const provinces: number = rulesetInfo().provinces.length;
console.log(code, receipt, type, field.ok, provinces);

// @ts-expect-error: not a subject kind
validateApplication({ subject: { kind: 'company' } });
// @ts-expect-error: not a diagnostic code
const wrong: DiagnosticCode = 'NOT_A_CODE';
// @ts-expect-error: not a filing intent
classifyFiling({ intent: 'buy' });
// @ts-expect-error: not an operation
validateApplication({ filing: { type: 'launch' } });
// @ts-expect-error: not a content category
validateApplication({ websites: [{ content: ['gambling'] }] });
// @ts-expect-error: reports are not any
const n: number = report.ok;
// @ts-expect-error: a span may be absent
const start: number = report.diagnostics[0].span.start;
console.log(start);
console.log(wrong, n);
