use icp_precheck::{
    check_domain, check_field, ruleset_info, Date, DomainOptions, FieldKind, FieldOptions, Lang,
    Limits, SubjectKind, ValidateOptions, Value,
};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
icp-precheck — checks a China ICP filing (ICP备案) application before it is submitted

USAGE:
    icp-precheck domain [OPTIONS] [--] DOMAIN...   check domains, one JSON report per line
    icp-precheck domain [OPTIONS] -                 read one domain per line from standard input
    icp-precheck field KIND [OPTIONS] [--] VALUE... check field values (KIND: resident_id,
                                                    hmt_residence_permit, passport, hk_mo_permit,
                                                    tw_permit, foreign_permanent_id, uscc, org_code,
                                                    mobile, office_phone, email, address, site_name)
    icp-precheck validate [--today YYYY-MM-DD] [--lang zh-CN|en] [FILE|-]
                                                    validate a whole application (JSON) and print
                                                    the report
    icp-precheck classify [--lang zh-CN|en] [FILE|-] decide the filing type from FilingFacts (JSON)
                                                    and print the plan
    icp-precheck rules                              print what rules are loaded (JSON)
    icp-precheck rules --list [--province P]        every rule row in plain words (JSON)
    icp-precheck codes [--format md|ts|json]        print the diagnostic code registry
    icp-precheck --help | --version

DOMAIN OPTIONS:
    --province P        two-digit province code, e.g. 11 (Beijing), 44 (Guangdong)
    --subject-kind K    personal, enterprise, government, institution, social_group,
                        private_non_enterprise, foundation, law_firm, military, other
    --today YYYY-MM-DD  the day date rules are judged on (default: today, UTC+8)
    --lang zh-CN|en     language of messages (default zh-CN)
    --                  ends the options: later arguments are values even if they start with '-'

FIELD OPTIONS: --subject-kind K, --today YYYY-MM-DD, --lang zh-CN|en, --national-level

EXIT STATUS: 0 no error, 1 at least one error-severity diagnostic (classify: the plan is blocked),
             2 usage error or unreadable input
";

/// Today in China Standard Time (UTC+8, the filing systems' clock) by the system clock: the
/// engines read no clock, so the command line passes the day unless `--today` names one.
fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
    Date::in_china_at(secs).unwrap_or(Date {
        year: 1970,
        month: 1,
        day: 1,
    })
}

/// 16 bytes from the system's random source for a receipt; none if it cannot be read.
fn receipt_random() -> Option<[u8; 16]> {
    let mut b = [0u8; 16];
    getrandom::fill(&mut b).ok()?;
    Some(b)
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("icp-precheck: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

pub fn main() -> ExitCode {
    // Arguments are read as the OS gives them: one that is not UTF-8 is a usage error, not a
    // panic.
    let mut args: Vec<String> = Vec::new();
    for (i, arg) in std::env::args_os().skip(1).enumerate() {
        match arg.into_string() {
            Ok(a) => args.push(a),
            Err(raw) => {
                return usage_error(&format!(
                    "argument {} is not valid UTF-8: {}",
                    i + 1,
                    raw.to_string_lossy().escape_debug()
                ))
            }
        }
    }
    match args.first().map(String::as_str) {
        None => usage_error("no command given"),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("icp-precheck {}", icp_precheck::VERSION);
            ExitCode::SUCCESS
        }
        Some("domain") => domain(&args[1..]),
        Some("field") => field(&args[1..]),
        Some("validate") => validate(&args[1..]),
        Some("classify") => classify(&args[1..]),
        Some("rules") if args.len() == 1 => print_json(&ruleset_info()),
        Some("rules") => rules(&args[1..]),
        Some("codes") => codes(&args[1..]),
        Some(other) => usage_error(&format!("unknown command or arguments: {other}")),
    }
}

/// `rules --list [--province P]`: the rows in plain words, the baseline's and one province's or all.
fn rules(args: &[String]) -> ExitCode {
    let mut province = None;
    let mut list = false;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--list" => list = true,
            "--province" => match it.next() {
                Some(p) if ruleset_info().provinces.iter().any(|s| &s.code == p) => {
                    province = Some(p.clone())
                }
                _ => return usage_error("--province needs one of the 31 province codes"),
            },
            other => return usage_error(&format!("unknown rules argument: {other}")),
        }
    }
    if !list {
        return usage_error("rules takes --list (and --province P) or nothing");
    }
    let rows: Vec<_> = icp_precheck::rule_list()
        .into_iter()
        .filter(|r| province.is_none() || r.province.is_none() || r.province == province.as_deref())
        .collect();
    print_json(&rows)
}

fn print_json<T: serde::Serialize>(value: &T) -> ExitCode {
    match serde_json::to_string_pretty(value) {
        Ok(s) => {
            println!("{s}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("icp-precheck: {e}");
            ExitCode::from(2)
        }
    }
}

fn codes(args: &[String]) -> ExitCode {
    let format = match args {
        [] => "md",
        [flag, f] if flag == "--format" => f.as_str(),
        _ => return usage_error("codes takes only --format md|ts|json"),
    };
    match format {
        "md" => print!("{}", icp_precheck::codes_markdown()),
        "ts" => print!("{}", icp_precheck::codes_typescript()),
        "json" => return print_json(&icp_precheck::codes_json()),
        other => return usage_error(&format!("unknown format {other}")),
    }
    ExitCode::SUCCESS
}

/// The options and operands the commands share.
#[derive(Default)]
struct Operands {
    province: Option<String>,
    subject_kind: Option<SubjectKind>,
    today: Option<Date>,
    lang: Lang,
    national_level: bool,
    values: Vec<String>,
}

/// Options and operands; `-` (standard input) is reported, not read.
fn parse_flags(args: &[String], flags: &[&str]) -> Result<(Operands, bool), String> {
    let mut o = Operands::default();
    let mut from_stdin = false;
    let mut i = 0;
    let mut options_ended = false;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if options_ended {
            o.values.push(arg.clone());
            continue;
        }
        match arg.as_str() {
            "--" => options_ended = true,
            "-" => from_stdin = true,
            "--national-level" if flags.contains(&"--national-level") => o.national_level = true,
            f if flags.contains(&f) => {
                let v = args
                    .get(i)
                    .cloned()
                    .ok_or_else(|| format!("{f} needs a value"))?;
                i += 1;
                match f {
                    "--province" => o.province = Some(v),
                    "--subject-kind" => {
                        o.subject_kind = Some(
                            SubjectKind::parse(&v)
                                .ok_or_else(|| format!("unknown subject kind {v}"))?,
                        )
                    }
                    "--today" => {
                        o.today = Some(
                            Date::parse(&v)
                                .ok_or_else(|| format!("--today wants YYYY-MM-DD, got {v}"))?,
                        )
                    }
                    _ => {
                        o.lang = Lang::parse(&v)
                            .ok_or_else(|| format!("--lang wants zh-CN or en, got {v}"))?
                    }
                }
            }
            s if s.starts_with('-') && s.len() > 1 => return Err(format!("unknown option {s}")),
            _ => o.values.push(arg.clone()),
        }
    }
    Ok((o, from_stdin))
}

/// Options and values, one value per line from standard input for `-`.
fn parse_operands(args: &[String], flags: &[&str]) -> Result<Operands, String> {
    let (mut o, from_stdin) = parse_flags(args, flags)?;
    if from_stdin {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .take(MAX_JSON_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        if bytes.len() as u64 > MAX_JSON_BYTES {
            return Err(format!(
                "standard input is larger than {MAX_JSON_BYTES} bytes"
            ));
        }
        let text =
            String::from_utf8(bytes).map_err(|_| "standard input is not UTF-8 text".to_string())?;
        o.values.extend(text.lines().map(str::to_string));
    } else if o.values.is_empty() {
        return Err("give at least one value, or - to read standard input".to_string());
    }
    Ok(o)
}

/// Prints one JSON line per report; exit 1 if any report is not ok.
fn print_lines<T: serde::Serialize>(reports: impl Iterator<Item = (bool, T)>) -> ExitCode {
    let mut any_error = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (ok, report) in reports {
        any_error |= !ok;
        let line = serde_json::to_string(&report).unwrap_or_else(|_| "{}".to_string());
        if writeln!(out, "{line}").is_err() {
            return ExitCode::from(2);
        }
    }
    if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn domain(args: &[String]) -> ExitCode {
    let o = match parse_operands(args, &["--province", "--subject-kind", "--today", "--lang"]) {
        Ok(o) => o,
        Err(e) => return usage_error(&format!("domain: {e}")),
    };
    let opts = DomainOptions {
        province: o.province,
        subject_kind: o.subject_kind,
        lang: o.lang,
        ..DomainOptions::new(o.today.unwrap_or_else(today))
    };
    print_lines(o.values.iter().map(|d| {
        let r = check_domain(d, &opts);
        (r.ok, r)
    }))
}

fn field(args: &[String]) -> ExitCode {
    let Some(kind) = args.first().and_then(|k| FieldKind::parse(k)) else {
        return usage_error("field needs a field kind first");
    };
    let o = match parse_operands(
        &args[1..],
        &["--subject-kind", "--today", "--lang", "--national-level"],
    ) {
        Ok(o) => o,
        Err(e) => return usage_error(&format!("field: {e}")),
    };
    let opts = FieldOptions {
        subject_kind: o.subject_kind,
        national_level: o.national_level,
        lang: o.lang,
        ..FieldOptions::new(o.today.unwrap_or_else(today))
    };
    print_lines(o.values.iter().map(|v| {
        let r = check_field(kind, v, &opts);
        (r.ok, r)
    }))
}

/// The largest input read (a JSON document, or the values on standard input), well above any
/// real application.
const MAX_JSON_BYTES: u64 = 4 * 1024 * 1024;

/// Reads one JSON document from FILE or standard input (`-` or none) into a bounded value; says
/// why on standard error and returns `None` when it cannot (unreadable, not UTF-8, not JSON).
fn read_json_input(file: Option<&str>, what: &str) -> Option<Value> {
    let mut bytes = Vec::new();
    let read = match file {
        None | Some("-") => std::io::stdin()
            .lock()
            .take(MAX_JSON_BYTES + 1)
            .read_to_end(&mut bytes),
        Some(path) => std::fs::File::open(path)
            .and_then(|f| f.take(MAX_JSON_BYTES + 1).read_to_end(&mut bytes)),
    };
    if let Err(e) = read {
        eprintln!("icp-precheck: cannot read the {what}: {e}");
        return None;
    }
    if bytes.len() as u64 > MAX_JSON_BYTES {
        return Some(Value::TooLarge {
            what: "input bytes",
            size: MAX_JSON_BYTES as usize,
        });
    }
    let Ok(text) = String::from_utf8(bytes) else {
        eprintln!("icp-precheck: the {what} is not UTF-8 text");
        return None;
    };
    // Nested past what the parser follows, the document is still a report (INPUT_TOO_LARGE at
    // its root), as one past the byte bound is, and as the package reports such input.
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(json) => Some(Value::from_json(&json, &Limits::DEFAULT)),
        Err(e) if e.is_syntax() && e.to_string().starts_with("recursion limit exceeded") => {
            Some(Value::TooLarge {
                what: "depth",
                size: JSON_PARSER_DEPTH,
            })
        }
        Err(e) => {
            eprintln!("icp-precheck: the {what} is not JSON: {e}");
            None
        }
    }
}

/// How deep serde_json nests before it stops (its recursion limit).
const JSON_PARSER_DEPTH: usize = 128;

/// The options and the one JSON document of `validate` / `classify`: FILE, or standard input for
/// `-` or no operand. `Err` is the exit code of a usage error or an unreadable document.
fn json_command(
    name: &str,
    args: &[String],
    flags: &[&str],
    what: &str,
) -> Result<(Operands, Value), ExitCode> {
    let (o, from_stdin) =
        parse_flags(args, flags).map_err(|e| usage_error(&format!("{name}: {e}")))?;
    let file = match (o.values.as_slice(), from_stdin) {
        ([], _) => None,
        ([file], false) => Some(file.as_str()),
        _ => {
            return Err(usage_error(&format!(
                "{name} takes one FILE (or - for standard input)"
            )))
        }
    };
    let value = read_json_input(file, what).ok_or(ExitCode::from(2))?;
    Ok((o, value))
}

fn classify(args: &[String]) -> ExitCode {
    let (o, facts) = match json_command("classify", args, &["--lang"], "filing facts") {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lang = o.lang;
    let lang_name = if lang == Lang::En { "en" } else { "zh-CN" };
    let options = Value::Object(vec![(
        "lang".to_string(),
        Value::String(lang_name.to_string()),
    )]);
    let plan = icp_precheck::classify_value(&facts, Some(&options));
    let code = print_json(&plan);
    if code != ExitCode::SUCCESS {
        return code;
    }
    if plan.blocked {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn validate(args: &[String]) -> ExitCode {
    let (o, value) = match json_command("validate", args, &["--today", "--lang"], "application") {
        Ok(x) => x,
        Err(code) => return code,
    };
    let opts = ValidateOptions {
        today: o.today.unwrap_or_else(today),
        lang: o.lang,
        receipt_random: receipt_random(),
    };
    let report = icp_precheck::validate_value(&value, None, &opts);
    let code = print_json(&report);
    if code != ExitCode::SUCCESS {
        return code;
    }
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}
