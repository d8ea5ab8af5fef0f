
// Static data of the loaded rules, shipped as JSON beside the module (no init needed).

/** What rules are loaded: version, source dates, provinces, suffix list. */
export function rulesetInfo(): RulesetInfo;

/** The code registry: every diagnostic code with its default severity and both languages. */
export function diagnosticCodes(): CodeInfo[];
