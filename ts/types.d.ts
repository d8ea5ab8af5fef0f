// The shapes of the public contract (shared spec api.md). DiagnosticCode, SubjectKind and
// ProvinceCode come from the generated ts/codes.d.ts, built from the same registry as the Rust code.

/** How bad a finding is: `error` will be rejected, `warning` likely rejected or needs material, `info` advice. */
export type Severity = "error" | "warning" | "info";

/** Language of messages and hints. */
export type Lang = "zh-CN" | "en";

/** One finding. `path` is a JSON Pointer into the input, so a form can show it under its field. */
export interface Diagnostic {
  code: DiagnosticCode;
  severity: Severity;
  path: string;
  message: string;
  hint: string;
  /** A corrected value where one is obvious (e.g. `example.com` for `https://www.example.com/a`). */
  suggestion: string | null;
  /** Set when a provincial rule fired. */
  province: ProvinceCode | null;
  /** The id of the rule row that fired: `BASE.…` national, `P<code>.…` provincial. */
  rule: string | null;
  source: string | null;
  /** Date of the source, YYYY-MM-DD. */
  as_of: string | null;
}

/** The filing subject, as far as domain holder checks need it. */
export interface DomainSubject {
  name?: string | null;
  document_number?: string | null;
  legal_representative?: string | null;
}

/** What the registrar says about the domain (备案域名核验). */
export interface DomainFacts {
  owner_name?: string | null;
  owner_document_number?: string | null;
  realname_verified?: boolean | null;
  /** YYYY-MM-DD: real-name data reaches MIIT about 3 working days later. */
  realname_verified_on?: string | null;
  /** YYYY-MM-DD. */
  expires?: string | null;
  /** EPP statuses, e.g. `["ok"]`, `["serverHold"]`. */
  status?: string[] | null;
  /** False when the registrar is not an MIIT-licensed domestic one. */
  registrar_approved?: boolean | null;
}

export interface DomainOptions {
  /** Two-digit province code: its suffix and label rules apply on top of the national ones. */
  province?: ProvinceCode | null;
  /** Restricted suffixes (gov.cn …) depend on it; unknown → advice only. */
  subject_kind?: SubjectKind | null;
  subject?: DomainSubject | null;
  facts?: DomainFacts | null;
  /** YYYY-MM-DD; default: today by the browser clock, in China Standard Time. */
  today?: string | null;
  /** Default `zh-CN`. */
  lang?: Lang | null;
}

export interface DomainReport {
  /** The input as given (cut at 1024 characters). */
  input: string;
  /** True when no diagnostic has severity `error`. */
  ok: boolean;
  /** Lower-case A-label form, e.g. `xn--fsqu00a.xn--fiqs8s`. */
  ascii: string | null;
  /** Unicode (U-label) form, e.g. `例子.中国`. */
  unicode: string | null;
  /** The approved suffix, A-label form, e.g. `com.cn`. */
  suffix: string | null;
  /** The registrable domain, A-label form: what is filed. */
  registrable: string | null;
  suffix_unicode: string | null;
  registrable_unicode: string | null;
  diagnostics: Diagnostic[];
}

export interface DomainListReport {
  ok: boolean;
  domains: DomainReport[];
  /** Findings about the list: `DOMAIN_DUPLICATE`, `DOMAIN_TOO_MANY`, malformed input. */
  diagnostics: Diagnostic[];
}

export interface ProvinceSummary {
  code: ProvinceCode;
  name_zh: string;
  name_en: string;
  /** Abbreviation on filing numbers, e.g. 京. */
  abbr: string;
  rules: number;
}

export interface RulesetInfo {
  version: string;
  /** Newest source date among the loaded rules. */
  as_of: string;
  oldest_source: string;
  provinces: ProvinceSummary[];
  suffixes: { count: number; as_of: string; source: string };
  baseline_rules: number;
  codes: number;
  engines: string[];
}

export interface CodeInfo {
  code: DiagnosticCode;
  severity: Severity;
  engine: string;
  zh: string;
  en: string;
  hint_zh: string;
  hint_en: string;
  source: string;
  as_of: string;
}

export interface FieldOptions {
  /** Credit-code category and website-name rules depend on it. */
  subject_kind?: SubjectKind | null;
  /** Website names: the subject has proof of national-level status (may start with 中国 …). */
  national_level?: boolean | null;
  /** Addresses: the remark that explains a missing house number. */
  remark?: string | null;
  /** YYYY-MM-DD; birth dates may not be after it. Default: today (China Standard Time). */
  today?: string | null;
  lang?: Lang | null;
}

export interface FieldReport {
  field: FieldKind | "";
  ok: boolean;
  /** The value as it should be submitted: folded, upper-cased check characters, canonical phone form. */
  normalized: string | null;
  /** Paths: `/value`, or `/field` / `/options/…` for malformed arguments. */
  diagnostics: Diagnostic[];
}
