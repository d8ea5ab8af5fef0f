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
  /** The closed vocabularies of the Application shape, named in both languages, for building a form. */
  vocabulary: Vocabulary;
}

export interface Term<Id extends string> {
  id: Id;
  zh: string;
  en: string;
}

export interface DocumentTerm extends Term<DocumentType> {
  /** Identifies a person: a leader's document must. */
  personal: boolean;
  /** Subject kinds that may file with it as their own document. */
  subject_kinds: SubjectKind[];
}

export interface ContentTerm extends Term<ContentCategory> {
  /** `required` nationally; `abolished` nationally though some bureaux still ask; null: none needed. */
  preapproval: "required" | "abolished" | null;
  licence_zh: string | null;
  licence_en: string | null;
}

export interface Vocabulary {
  subject_kinds: Term<SubjectKind>[];
  documents: DocumentTerm[];
  content: ContentTerm[];
  materials: Term<Material>[];
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

/** An identity or registration document. */
export interface DocumentInput {
  type?: DocumentType | null;
  number?: string | null;
  /** YYYY-MM-DD, or `long_term` (长期). */
  valid_until?: string | "long_term" | null;
}

/** A leader (主体负责人 / 网站负责人). */
export interface Person {
  name?: string | null;
  document?: DocumentInput | null;
  mobile?: string | null;
  /** The mobile number's home province as the user or a back-end states it (no number database ships). */
  mobile_province?: ProvinceCode | null;
  emergency_phone?: string | null;
  email?: string | null;
  is_legal_representative?: boolean | null;
}

/** The filing subject (主办单位). */
export interface Subject {
  kind?: SubjectKind | null;
  name?: string | null;
  document?: DocumentInput | null;
  /** Mailing address (通信地址), down to the house number. */
  address?: string | null;
  /** Address as printed on the certificate (证件住所). */
  document_address?: string | null;
  leader?: Person | null;
  legal_representative?: string | null;
  office_phone?: string | null;
  remark?: string | null;
  materials?: Material[] | null;
  /** Websites this subject already has on file. */
  filed_website_count?: number | null;
}

/** A pre-approval document (前置审批). */
export interface Preapproval {
  category?: ContentCategory | null;
  number?: string | null;
  valid_until?: string | "long_term" | null;
}

export interface Website {
  name?: string | null;
  domains?: string[] | null;
  leader?: Person | null;
  materials?: Material[] | null;
  content?: ContentCategory[] | null;
  preapprovals?: Preapproval[] | null;
  languages?: string[] | null;
  remark?: string | null;
  /** Registrar facts per domain, keyed by the domain as written or either normalised form. */
  domain_facts?: Record<string, DomainFacts> | null;
}

/**
 * A filing application. Every member may be absent while the form is being filled: a missing
 * required member is a `FIELD_REQUIRED` diagnostic at its path, not malformed input.
 */
export interface Application {
  /** Filing province (two-digit code). */
  province?: ProvinceCode | null;
  subject?: Subject | null;
  websites?: Website[] | null;
}

/** The application after normalisation: trimmed, canonical numbers, domains in both forms. */
export interface NormalizedApplication {
  province: string | null;
  subject: (Required<Omit<Subject, "materials">> & { materials: Material[] }) | null;
  websites: (Required<Omit<Website, "domains" | "materials" | "content" | "preapprovals" | "languages" | "domain_facts">> & {
    /** Registrable domains, lower-case A-label form. */
    domains: string[];
    /** The same domains in Unicode form (absent when there are none). */
    domains_unicode?: string[];
    materials: Material[];
    content: ContentCategory[];
    preapprovals: Preapproval[];
    languages: string[];
    domain_facts: Record<string, DomainFacts>;
  })[];
}

export interface ValidateOptions {
  /** YYYY-MM-DD: the day age and expiry rules are judged on. Default: today (China Standard Time). */
  today?: string | null;
  lang?: Lang | null;
}

export interface Report {
  /** True when no diagnostic has severity `error`. */
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The filing-type plan (see classifyFiling); null from validateApplication. */
  filing: null;
  normalized: NormalizedApplication;
  ruleset: { version: string; as_of: string };
  /** Present when `ok`: a fresh UUID v4 to send with the submission so a double submit can be dropped. */
  receipt: { idempotency_key: string } | null;
}
