use crate::batch::{self, Checked, Unreadable};
use crate::help;
use icp_precheck::{
    check_domain, check_field, ruleset_info, Date, DomainOptions, FieldKind, FieldOptions, Lang,
    Limits, SubjectKind, ValidateOptions, Value,
};
use std::io::{Read, Write};
use std::process::ExitCode;

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

/// A usage error: the message, and where the command's help is, on standard error; exit 2.
fn usage_error(msg: &str) -> ExitCode {
    eprintln!("icp-precheck: {msg}\n(icp-precheck --help, icp-precheck COMMAND --help)");
    ExitCode::from(2)
}

/// Prints the help of `command` (`None`: the overview) in the language `args` ask for.
fn print_help(command: Option<&str>, args: &[String]) -> ExitCode {
    match help::text(command, help::lang(args)) {
        Some(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        None => usage_error(&format!(
            "no help for {}: the commands are {}",
            command.unwrap_or(""),
            help::COMMANDS.join(", ")
        )),
    }
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
    let command = args.first().map(String::as_str);
    // `COMMAND --help` anywhere before `--`; the overview for `--help` alone or `help`.
    if let Some(cmd) = command.filter(|c| help::COMMANDS.contains(c)) {
        if help::asked(&args[1..]) {
            return print_help(Some(cmd), &args[1..]);
        }
    }
    match command {
        None => usage_error("no command given"),
        Some("-h" | "--help") => print_help(None, &args[1..]),
        Some("help") => match args.get(1).map(String::as_str) {
            Some(c) if !c.starts_with('-') => print_help(Some(c), &args[2..]),
            _ => print_help(None, &args[1..]),
        },
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

/// The largest input read (a JSON document, one line of JSON Lines, or the values on standard
/// input), well above any real application.
pub const MAX_JSON_BYTES: u64 = 4 * 1024 * 1024;

/// One JSON document as bytes into a bounded value, or why it is none. Nested past what the
/// parser follows, the document is still a value (INPUT_TOO_LARGE at its root in the report), as
/// one past the byte bound is, and as the package reports such input.
pub fn parse_document(bytes: &[u8]) -> Result<Value, Unreadable> {
    let text = std::str::from_utf8(bytes).map_err(|_| Unreadable::NotUtf8)?;
    if text.trim().is_empty() {
        return Err(Unreadable::Blank);
    }
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(json) => Ok(Value::from_json(&json, &Limits::DEFAULT)),
        Err(e) if e.is_syntax() && e.to_string().starts_with("recursion limit exceeded") => {
            Ok(Value::TooLarge {
                what: "depth",
                size: JSON_PARSER_DEPTH,
            })
        }
        Err(e) if e.is_eof() => Err(Unreadable::Incomplete),
        Err(e) => Err(Unreadable::NotJson { byte: e.column() }),
    }
}

/// Where the JSON of `validate` / `classify` comes from: FILE, or standard input for `-` or no
/// operand.
fn open_input(file: Option<&str>, what: &str) -> Option<Box<dyn Read>> {
    match file {
        None | Some("-") => Some(Box::new(std::io::stdin().lock())),
        Some(path) => match std::fs::File::open(path) {
            Ok(f) => Some(Box::new(f)),
            Err(e) => {
                eprintln!("icp-precheck: cannot read the {what} from {path}: {e}");
                None
            }
        },
    }
}

/// Reads one JSON document into a bounded value; says why on standard error and returns `None`
/// when it cannot (unreadable, not UTF-8, not JSON).
fn read_json_input(source: Box<dyn Read>, what: &str) -> Option<Value> {
    let mut bytes = Vec::new();
    if let Err(e) = source.take(MAX_JSON_BYTES + 1).read_to_end(&mut bytes) {
        eprintln!("icp-precheck: cannot read the {what}: {e}");
        return None;
    }
    if bytes.len() as u64 > MAX_JSON_BYTES {
        return Some(Value::TooLarge {
            what: "input bytes",
            size: MAX_JSON_BYTES as usize,
        });
    }
    let why = match parse_document(&bytes) {
        Ok(v) => return Some(v),
        Err(why) => why,
    };
    let problem = match why {
        Unreadable::NotUtf8 => "is not UTF-8 text".to_string(),
        Unreadable::Blank => "is empty".to_string(),
        Unreadable::TooLong { bound } => format!("is longer than {bound} bytes"),
        Unreadable::Incomplete | Unreadable::NotJson { .. } => {
            match serde_json::from_slice::<serde_json::Value>(&bytes) {
                Err(e) => format!("is not JSON: {e}"),
                Ok(_) => "is not JSON".to_string(),
            }
        }
    };
    eprintln!("icp-precheck: the {what} {problem}");
    None
}

/// How deep serde_json nests before it stops (its recursion limit).
const JSON_PARSER_DEPTH: usize = 128;

/// How `validate` / `classify` read and print.
struct JsonMode {
    options: Operands,
    /// One document per line (`--jsonl`), else one document.
    lines: bool,
    /// The report on one line (`--compact`, and always with `--jsonl`).
    compact: bool,
    source: Box<dyn Read>,
}

/// The options and the input of `validate` / `classify`: FILE, or standard input for `-` or no
/// operand. `Err` is the exit code of a usage error or an input that cannot be opened.
fn json_command(
    name: &str,
    args: &[String],
    flags: &[&str],
    what: &str,
) -> Result<JsonMode, ExitCode> {
    let mut lines = false;
    let mut compact = false;
    let mut rest = Vec::with_capacity(args.len());
    for (i, a) in args.iter().enumerate() {
        match a.as_str() {
            "--jsonl" => lines = true,
            "--compact" => compact = true,
            "--" => {
                rest.extend_from_slice(&args[i..]);
                break;
            }
            _ => rest.push(a.clone()),
        }
    }
    let (o, from_stdin) =
        parse_flags(&rest, flags).map_err(|e| usage_error(&format!("{name}: {e}")))?;
    let file = match (o.values.as_slice(), from_stdin) {
        ([], _) => None,
        ([file], false) => Some(file.as_str()),
        _ => {
            return Err(usage_error(&format!(
                "{name} takes one FILE (or - for standard input)"
            )))
        }
    };
    let source = open_input(file, what).ok_or(ExitCode::from(2))?;
    Ok(JsonMode {
        options: o,
        compact: compact || lines,
        lines,
        source,
    })
}

/// The JSON of a report, on one line or pretty.
fn to_json<T: serde::Serialize>(value: &T, compact: bool) -> String {
    let json = if compact {
        serde_json::to_string(value)
    } else {
        serde_json::to_string_pretty(value)
    };
    json.unwrap_or_else(|_| "{}".to_string())
}

/// Prints the one report of a single-document command; exit 1 when it is a problem.
fn print_one(json: &str, problem: bool) -> ExitCode {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if writeln!(out, "{json}").and_then(|_| out.flush()).is_err() {
        return ExitCode::from(2);
    }
    if problem {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn classify(args: &[String]) -> ExitCode {
    let mode = match json_command("classify", args, &["--lang"], "filing facts") {
        Ok(x) => x,
        Err(code) => return code,
    };
    let lang = mode.options.lang;
    let lang_name = if lang == Lang::En { "en" } else { "zh-CN" };
    let options = Value::Object(vec![(
        "lang".to_string(),
        Value::String(lang_name.to_string()),
    )]);
    let compact = mode.compact;
    let check = |facts: &Value| {
        let plan = icp_precheck::classify_value(facts, Some(&options));
        Checked {
            problem: plan.blocked,
            json: to_json(&plan, compact),
        }
    };
    if mode.lines {
        return batch::run(mode.source, batch::Kind::Plan, lang, check);
    }
    match read_json_input(mode.source, "filing facts") {
        Some(facts) => {
            let c = check(&facts);
            print_one(&c.json, c.problem)
        }
        None => ExitCode::from(2),
    }
}

fn validate(args: &[String]) -> ExitCode {
    let mode = match json_command("validate", args, &["--today", "--lang"], "application") {
        Ok(x) => x,
        Err(code) => return code,
    };
    let opts = ValidateOptions {
        today: mode.options.today.unwrap_or_else(today),
        lang: mode.options.lang,
        receipt_random: None,
    };
    let compact = mode.compact;
    let check = |app: &Value| {
        // A fresh receipt key for every application.
        let opts = ValidateOptions {
            receipt_random: receipt_random(),
            ..opts
        };
        let report = icp_precheck::validate_value(app, None, &opts);
        Checked {
            problem: !report.ok,
            json: to_json(&report, compact),
        }
    };
    if mode.lines {
        return batch::run(mode.source, batch::Kind::Report, opts.lang, check);
    }
    match read_json_input(mode.source, "application") {
        Some(app) => {
            let c = check(&app);
            print_one(&c.json, c.problem)
        }
        None => ExitCode::from(2),
    }
}
