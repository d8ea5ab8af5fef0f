use icp_precheck::date::Date;
use icp_precheck::{check_domain, ruleset_info, DomainOptions, Lang, SubjectKind};
use std::io::{BufRead, Write};
use std::process::ExitCode;

const USAGE: &str = "\
icp-precheck — checks a China ICP filing (ICP备案) application before it is submitted

USAGE:
    icp-precheck domain [OPTIONS] [--] DOMAIN...   check domains, one JSON report per line
    icp-precheck domain [OPTIONS] -                 read one domain per line from standard input
    icp-precheck rules                              print what rules are loaded (JSON)
    icp-precheck codes [--format md|ts|json]        print the diagnostic code registry
    icp-precheck --help | --version

DOMAIN OPTIONS:
    --province P        two-digit province code, e.g. 11 (Beijing), 44 (Guangdong)
    --subject-kind K    personal, enterprise, government, institution, social_group,
                        private_non_enterprise, foundation, law_firm, military, other
    --today YYYY-MM-DD  the day date rules are judged on (default: today, UTC+8)
    --lang zh-CN|en     language of messages (default zh-CN)
    --                  ends the options: later arguments are domains even if they start with '-'

EXIT STATUS: 0 no error, 1 at least one error-severity diagnostic, 2 usage error or unreadable input
";

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("icp-precheck: {msg}\n\n{USAGE}");
    ExitCode::from(2)
}

pub fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
        Some("rules") if args.len() == 1 => print_json(&ruleset_info()),
        Some("codes") => codes(&args[1..]),
        Some(other) => usage_error(&format!("unknown command or arguments: {other}")),
    }
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
        "md" => print!("{}", icp_precheck::registry::codes_markdown()),
        "ts" => print!("{}", icp_precheck::registry::codes_typescript()),
        "json" => return print_json(&icp_precheck::registry::codes_json()),
        other => return usage_error(&format!("unknown format {other}")),
    }
    ExitCode::SUCCESS
}

fn domain(args: &[String]) -> ExitCode {
    let mut opts = DomainOptions::default();
    let mut domains: Vec<String> = Vec::new();
    let mut from_stdin = false;
    let mut i = 0;
    let mut options_ended = false;
    while i < args.len() {
        let arg = &args[i];
        if options_ended {
            domains.push(arg.clone());
            i += 1;
            continue;
        }
        let value = |i: usize| args.get(i + 1).cloned();
        match arg.as_str() {
            "--" => options_ended = true,
            "-" => from_stdin = true,
            "--province" | "--subject-kind" | "--today" | "--lang" => {
                let Some(v) = value(i) else {
                    return usage_error(&format!("{arg} needs a value"));
                };
                match arg.as_str() {
                    "--province" => opts.province = Some(v),
                    "--subject-kind" => match SubjectKind::parse(&v) {
                        Some(k) => opts.subject_kind = Some(k),
                        None => return usage_error(&format!("unknown subject kind {v}")),
                    },
                    "--today" => match Date::parse(&v) {
                        Some(d) => opts.today = Some(d),
                        None => return usage_error(&format!("--today wants YYYY-MM-DD, got {v}")),
                    },
                    _ => match Lang::parse(&v) {
                        Some(l) => opts.lang = l,
                        None => return usage_error(&format!("--lang wants zh-CN or en, got {v}")),
                    },
                }
                i += 1;
            }
            s if s.starts_with('-') && s.len() > 1 => {
                return usage_error(&format!("unknown option {s}"))
            }
            _ => domains.push(arg.clone()),
        }
        i += 1;
    }
    if from_stdin {
        let stdin = std::io::stdin();
        for line in stdin.lock().lines() {
            match line {
                Ok(l) => domains.push(l),
                Err(e) => {
                    eprintln!("icp-precheck: cannot read standard input: {e}");
                    return ExitCode::from(2);
                }
            }
        }
    } else if domains.is_empty() {
        return usage_error("domain needs at least one DOMAIN, or - to read standard input");
    }

    let mut any_error = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for d in &domains {
        let report = check_domain(d, &opts);
        any_error |= !report.ok;
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
