// The shapes of the public contract (shared spec api.md). DiagnosticCode, SubjectKind and
// ProvinceCode come from the generated ts/codes.d.ts, built from the same registry as the Rust code.

/** How bad a finding is: `error` will be rejected, `warning` likely rejected or needs material, `info` advice. */
export type Severity = "error" | "warning" | "info";

/** Language of messages and hints. */
export type Lang = "zh-CN" | "en";

/**
 * Which characters of a value a finding is about: half-open, in UTF-16 code units of the value
 * exactly as it was passed (before trimming or full-width folding), so `value.slice(start, end)`
 * is what the user typed and `input.setSelectionRange(start, end)` selects it.
 */
export interface Span {
  start: number;
  end: number;
}

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
  /** The characters of the value at `path` the finding is about (a website name's sensitive
   * word, symbol, …); absent when it is about the whole value. */
  span?: Span;
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
  /** Rule rows of this province (checked, advisory or listed: see rules.json). */
  rules: number;
  /** Newest and oldest dates of the sources behind the province's rows. */
  newest_source: string;
  oldest_source: string;
}

/** One rule row in plain words: `icp-precheck/rules.json` in the package (and `icp-precheck rules --list`). */
export interface RuleEntry {
  /** `BASE.…` (national) or `P<code>.…`. */
  id: string;
  province: ProvinceCode | null;
  applies_to: "all" | "entity" | "personal";
  /** The research's rule kind. */
  kind: string;
  /** `checked`: a diagnostic when broken; `advisory`: in the report's advisories; `listed`: not evaluated (DATA.md says why). */
  how: "checked" | "advisory" | "listed";
  /** As the engines report it: a low-confidence row is a warning at most. */
  severity: Severity;
  confidence: "high" | "medium" | "low";
  zh: string;
  en: string;
  /** Where sources disagree, what they say. */
  conflicts: string | null;
  source: string;
  as_of: string;
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
  /** The facts the filing-type classifier may ask, with the question a form shows for each. */
  filing_facts: {
    path: FactPath;
    kind: "bool" | "enum" | "list" | "count" | "number" | "province";
    values: string[];
    zh: string;
    en: string;
  }[];
  /** What each operation's order carries (data/operations.json), so a form shows only that. */
  operations: {
    id: FilingType;
    province: OrderLevel;
    subject: OrderLevel;
    websites: OrderLevel;
    subject_number: "required" | "refused" | "optional";
    website_numbers: "required" | "refused" | "optional";
  }[];
  /** The members each `changes` value names: [change, JSON Pointers with `*` for any website]. */
  change_paths: [string, string[]][];
}

/** required: every member the rules ask; changed: only the changed members; checked: checked where given; ignored: not used. */
export type OrderLevel = "required" | "changed" | "checked" | "ignored";

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
  /** Whether this person already leads another subject's filing (stated by the user). */
  leads_other_subject?: boolean | null;
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
  /** The website's existing filing number (e.g. 京ICP备13052560号-1), for orders on filed websites. */
  filing_number?: string | null;
}

/** The order an application belongs to (spec orders.md): every member optional. */
export interface Order {
  /** The operation, when the console knows it; with `facts` too, the two must agree. */
  type?: FilingType | null;
  /** What the wizard learned: classified as by classifyFiling. */
  facts?: FilingFacts | null;
  /** The subject's existing filing number, e.g. 京ICP备13052560号. */
  subject_number?: string | null;
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
  /** The order: without it the application is checked as a first filing and `Report.filing` is null. */
  filing?: Order | null;
}

/** The application after normalisation: trimmed, canonical numbers, domains in both forms. */
export interface NormalizedApplication {
  province: string | null;
  subject: (Required<Omit<Subject, "materials">> & { materials: Material[] }) | null;
  /** The order as it goes to the filing system (present only when the application has one): the
   * operation it was checked for (null while only likely) and the subject's number. */
  filing?: { type: FilingType | null; subject_number: string | null };
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
  /** Rules of the filing province (and the nation) that no field can show, as `info` diagnostics naming their rule. */
  advisories: Diagnostic[];
  /** The order's plan (classifyFiling of its facts, or its stated type's); null without an order. */
  filing: FilingPlan | null;
  normalized: NormalizedApplication;
  ruleset: { version: string; as_of: string };
  /** Present when `ok`: a fresh UUID v4 to send with the submission so a double submit can be dropped. */
  receipt: { idempotency_key: string } | null;
}

/**
 * What the user knows about their filing (spec filing.md). Every member is optional: an unknown
 * fact is not a false one, and the plan names the fact it needs next.
 */
export interface FilingFacts {
  intent?: "host_new" | "modify" | "remove" | "stop_hosting" | "claim" | "commercial" | null;
  hosting?: "mainland_this_provider" | "mainland_other_provider" | "outside_mainland" | null;
  subject?: {
    filed?: boolean | null;
    at_this_provider?: boolean | null;
    shell?: boolean | null;
    /** After a certificate-number change: still the same organisation (old number replaced by its credit code). */
    same_entity?: boolean | null;
    /** The subject's filing number, e.g. 京ICP备13052560号. */
    filing_number?: string | null;
  } | null;
  domain?: {
    filed?: boolean | null;
    same_subject?: boolean | null;
    accessed_here?: boolean | null;
    shell?: boolean | null;
    /** The website's filing number, e.g. 京ICP备13052560号-1. */
    filing_number?: string | null;
  } | null;
  changes?: (
    | "subject.name" | "subject.certificate_number" | "subject.kind" | "subject.address" | "subject.leader"
    | "subject.leader_phone" | "subject.leader_email" | "website.name" | "website.leader" | "website.leader_phone"
    | "website.content" | "website.add_domain" | "website.remove_domain" | "access.ip" | "access.server"
  )[] | null;
  remove?: {
    target?: "domain" | "website" | "subject" | "all_websites" | null;
    website_domain_count?: number | null;
    subject_website_count?: number | null;
  } | null;
  other_provider_accessed?: boolean | null;
  /** Another provider will host the website after access here is cancelled. */
  moving_to_other_provider?: boolean | null;
  wanwang_before_2010_06?: boolean | null;
  imported?: boolean | null;
  legacy_hichina?: boolean | null;
  product?: "ecs" | "lightweight" | "virtual_host" | "elastic_web_hosting" | "marketplace" | "iot" | "wangpu" | null;
  server?: {
    billing?: "subscription" | "pay_as_you_go" | null;
    months_purchased?: number | null;
    public_ip?: boolean | null;
    service_numbers_used?: number | null;
    order_amount_cny?: number | null;
  } | null;
  commercial_site?: boolean | null;
  /** Another filing order of the subject is in progress. */
  order_in_progress?: boolean | null;
  /** Filing province, for checking filing numbers. */
  province?: ProvinceCode | null;
}

export interface ClassifyOptions {
  lang?: Lang | null;
}

export interface FilingPlan {
  /** The operation; null when blocked or when a fact is still needed. */
  filing_type: FilingType | null;
  /** Its name in the requested language (or why there is none). */
  label: string;
  /** True when nothing can be filed as things stand; `diagnostics` say why and the way out. */
  blocked: boolean;
  reasons: string[];
  materials: string[];
  /** Advice that goes with the operation: 公安备案 within 30 days, keep the site closed, … */
  advisories: Diagnostic[];
  /** Blocks, malformed facts, filing-number findings, and FACT_NEEDED. */
  diagnostics: Diagnostic[];
  next_steps: string[];
  /** The decision-table row that decided (e.g. "D11"). */
  decision: string | null;
  /** The fact to ask next, when one is needed: the one whose answer separates the outcomes. */
  needs: FactPath | null;
  /** While a fact is needed: the outcome under the answers assumed (null when every outcome is blocked). */
  likely: { filing_type: FilingType | null; assumes: Partial<Record<FactPath, boolean | string | number | string[]>> } | null;
}
