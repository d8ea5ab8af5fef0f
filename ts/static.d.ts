
// Static data of the loaded rules, shipped as JSON beside the module (no init needed).

/** What rules are loaded: version, source dates, provinces, suffix list. */
export function rulesetInfo(): RulesetInfo;

/** The code registry: every diagnostic code with its default severity and both languages. */
export function diagnosticCodes(): CodeInfo[];

/**
 * Loads a language's texts. The package's main entry has both languages built in; the entries
 * `icp-precheck/zh-CN` and `icp-precheck/en` carry one, and a report asked for in the other
 * language is rendered in the loaded one until this has resolved `true`.
 */
export function loadLanguage(lang: 'zh-CN' | 'en'): Promise<boolean>;
