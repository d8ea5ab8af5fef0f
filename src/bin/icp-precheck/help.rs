//! Each command's own `--help`: what it does, its options, its exit status and an example, in
//! English and in Chinese.

use icp_precheck::Lang;

/// The commands that have a page of their own, in the order the overview lists them.
pub const COMMANDS: &[&str] = &["domain", "field", "validate", "classify", "rules", "codes"];

/// The help of `command` (`None`: the overview) in `lang`; `None` for an unknown command.
pub fn text(command: Option<&str>, lang: Lang) -> Option<&'static str> {
    let zh = lang == Lang::ZhCn;
    Some(match (command, zh) {
        (None, false) => OVERVIEW_EN,
        (None, true) => OVERVIEW_ZH,
        (Some("domain"), false) => DOMAIN_EN,
        (Some("domain"), true) => DOMAIN_ZH,
        (Some("field"), false) => FIELD_EN,
        (Some("field"), true) => FIELD_ZH,
        (Some("validate"), false) => VALIDATE_EN,
        (Some("validate"), true) => VALIDATE_ZH,
        (Some("classify"), false) => CLASSIFY_EN,
        (Some("classify"), true) => CLASSIFY_ZH,
        (Some("rules"), false) => RULES_EN,
        (Some("rules"), true) => RULES_ZH,
        (Some("codes"), false) => CODES_EN,
        (Some("codes"), true) => CODES_ZH,
        _ => return None,
    })
}

/// The language help is shown in: `--lang` when the arguments carry a valid one, else the
/// locale of the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first one set, as POSIX
/// orders them) when it is Chinese, else English.
pub fn lang(args: &[String]) -> Lang {
    let given = args
        .windows(2)
        .find(|w| w[0] == "--lang")
        .and_then(|w| Lang::parse(&w[1]));
    if let Some(l) = given {
        return l;
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.is_empty());
    match locale {
        Some(l) if l.starts_with("zh") => Lang::ZhCn,
        _ => Lang::En,
    }
}

/// Whether the arguments ask for help: `-h` or `--help` before any `--`.
pub fn asked(args: &[String]) -> bool {
    args.iter()
        .take_while(|a| a.as_str() != "--")
        .any(|a| a == "-h" || a == "--help")
}

const OVERVIEW_EN: &str = "\
icp-precheck — checks a China ICP filing (\u{201c}ICP备案\u{201d}) application before it is submitted

USAGE:
    icp-precheck domain [OPTIONS] [--] DOMAIN...     check domains, one JSON report per line
    icp-precheck field KIND [OPTIONS] [--] VALUE...  check single field values
    icp-precheck validate [OPTIONS] [FILE|-]         validate a whole application (JSON)
    icp-precheck validate --jsonl [OPTIONS] [FILE|-] validate one application per line
    icp-precheck classify [OPTIONS] [FILE|-]         decide the filing type from the facts (JSON)
    icp-precheck classify --jsonl [OPTIONS] [FILE|-] one set of facts per line
    icp-precheck rules [--list [--province P]]       what rules are loaded (JSON)
    icp-precheck codes [--format md|ts|json]         the diagnostic code registry
    icp-precheck COMMAND --help                      a command's options and an example
    icp-precheck --help | --version

EXIT STATUS:
    0  no error-severity diagnostic (classify: the plan is not blocked)
    1  at least one error-severity diagnostic (classify: the plan is blocked)
    2  usage error or unreadable input

Help is in English or Chinese: --lang zh-CN|en, or a Chinese locale (LANG=zh_CN.UTF-8).
";

const OVERVIEW_ZH: &str = "\
icp-precheck — 在提交前检查ICP备案申请

用法：
    icp-precheck domain [选项] [--] 域名...          检查域名，每个域名输出一行 JSON 报告
    icp-precheck field 字段类型 [选项] [--] 值...    检查单个字段的值
    icp-precheck validate [选项] [文件|-]            检查一份完整的备案申请（JSON）
    icp-precheck validate --jsonl [选项] [文件|-]    逐行检查，每行一份申请
    icp-precheck classify [选项] [文件|-]            根据备案情况（JSON）判断备案类型
    icp-precheck classify --jsonl [选项] [文件|-]    逐行判断，每行一组备案情况
    icp-precheck rules [--list [--province 省份]]    列出已加载的规则（JSON）
    icp-precheck codes [--format md|ts|json]         列出诊断代码表
    icp-precheck 命令 --help                         查看某个命令的选项和示例
    icp-precheck --help | --version

退出状态：
    0  没有错误级别的诊断（classify：备案类型可以办理）
    1  至少有一条错误级别的诊断（classify：无法办理）
    2  用法错误或无法读取输入

帮助可用中文或英文显示：--lang zh-CN|en，或使用中文区域设置（LANG=zh_CN.UTF-8）。
";

const DOMAIN_EN: &str = "\
icp-precheck domain — checks domains for filing, one JSON report per line

USAGE:
    icp-precheck domain [OPTIONS] [--] DOMAIN...
    icp-precheck domain [OPTIONS] -          one domain per line from standard input

OPTIONS:
    --province P        two-digit province code, e.g. 11 (Beijing), 44 (Guangdong)
    --subject-kind K    personal, enterprise, government, institution, social_group,
                        private_non_enterprise, foundation, law_firm, military, other
    --today YYYY-MM-DD  the day date rules are judged on (default: today, UTC+8)
    --lang zh-CN|en     language of messages (default zh-CN)
    --                  ends the options: later arguments are domains even if they start with '-'
    -h, --help          this help

EXIT STATUS: 0 no report has an error, 1 some report has one, 2 usage error

EXAMPLE:
    icp-precheck domain --province 11 --subject-kind enterprise example.com example.red
";

const DOMAIN_ZH: &str = "\
icp-precheck domain — 检查域名能否备案，每个域名输出一行 JSON 报告

用法：
    icp-precheck domain [选项] [--] 域名...
    icp-precheck domain [选项] -             从标准输入读取，每行一个域名

选项：
    --province 省份     两位省级代码，例如 11（北京）、44（广东）
    --subject-kind 类型 personal、enterprise、government、institution、social_group、
                        private_non_enterprise、foundation、law_firm、military、other
    --today 年-月-日    判断日期规则所用的日期（默认：今天，北京时间）
    --lang zh-CN|en     提示信息的语言（默认 zh-CN）
    --                  选项到此结束：之后的参数即使以“-”开头也作为域名
    -h, --help          显示本帮助

退出状态：0 所有报告都没有错误，1 有报告含错误，2 用法错误

示例：
    icp-precheck domain --province 11 --subject-kind enterprise example.com example.red
";

const FIELD_EN: &str = "\
icp-precheck field — checks single field values, one JSON report per line

USAGE:
    icp-precheck field KIND [OPTIONS] [--] VALUE...
    icp-precheck field KIND [OPTIONS] -      one value per line from standard input

KIND:
    resident_id, hmt_residence_permit, passport, hk_mo_permit, tw_permit, foreign_permanent_id,
    uscc, org_code, mobile, office_phone, email, address, site_name

OPTIONS:
    --subject-kind K    the subject kind the value belongs to (see domain --help)
    --today YYYY-MM-DD  the day age and expiry rules are judged on (default: today, UTC+8)
    --lang zh-CN|en     language of messages (default zh-CN)
    --national-level    the subject is a national-level body (site names may start with
                        \u{201c}中国\u{201d})
    --                  ends the options
    -h, --help          this help

EXIT STATUS: 0 no report has an error, 1 some report has one, 2 usage error

EXAMPLE:
    icp-precheck field resident_id --today 2026-11-22 -- 11010519491231002X
";

const FIELD_ZH: &str = "\
icp-precheck field — 检查单个字段的值，每个值输出一行 JSON 报告

用法：
    icp-precheck field 字段类型 [选项] [--] 值...
    icp-precheck field 字段类型 [选项] -     从标准输入读取，每行一个值

字段类型：
    resident_id、hmt_residence_permit、passport、hk_mo_permit、tw_permit、foreign_permanent_id、
    uscc、org_code、mobile、office_phone、email、address、site_name

选项：
    --subject-kind 类型 该值所属主体的类型（见 domain --help）
    --today 年-月-日    判断年龄和有效期所用的日期（默认：今天，北京时间）
    --lang zh-CN|en     提示信息的语言（默认 zh-CN）
    --national-level    主体是国家级单位（网站名称可以“中国”开头）
    --                  选项到此结束
    -h, --help          显示本帮助

退出状态：0 所有报告都没有错误，1 有报告含错误，2 用法错误

示例：
    icp-precheck field resident_id --today 2026-11-22 -- 11010519491231002X
";

const VALIDATE_EN: &str = "\
icp-precheck validate — validates whole applications (JSON) and prints their reports

USAGE:
    icp-precheck validate [OPTIONS] [FILE|-]          one application; - or no FILE: stdin
    icp-precheck validate --jsonl [OPTIONS] [FILE|-]  one application per line (JSON Lines)

OPTIONS:
    --jsonl             read one JSON document per line and write one compact report per line,
                        in the same order, each as soon as it is checked
    --compact           print the report on one line (always so with --jsonl)
    --today YYYY-MM-DD  the day age and expiry rules are judged on (default: today, UTC+8)
    --lang zh-CN|en     language of messages (default zh-CN)
    -h, --help          this help

WITH --jsonl:
    Output line N is the report of input line N. A line that cannot be read as a JSON document
    (blank, not UTF-8 text, not JSON) gets {\"line\": N, \"ok\": false, \"diagnostics\": [...]} with
    INPUT_MALFORMED, and a line longer than 4 MiB the same with INPUT_TOO_LARGE; the stream goes
    on. A trailing \"\\r\" is dropped from each line.

EXIT STATUS: 0 no report has an error, 1 some report has one (or some line was unreadable),
             2 usage error, or a FILE or the input stream that cannot be read

EXAMPLES:
    icp-precheck validate --today 2026-11-22 application.json
    icp-precheck validate --jsonl --lang en < applications.jsonl > reports.jsonl
";

const VALIDATE_ZH: &str = "\
icp-precheck validate — 检查完整的备案申请（JSON）并输出报告

用法：
    icp-precheck validate [选项] [文件|-]            一份申请；“-”或不给文件：读标准输入
    icp-precheck validate --jsonl [选项] [文件|-]    每行一份申请（JSON Lines）

选项：
    --jsonl             每行读取一个 JSON 文档，每检查完一行即按同样顺序输出一行紧凑的报告
    --compact           报告输出为一行（使用 --jsonl 时总是如此）
    --today 年-月-日    判断年龄和有效期所用的日期（默认：今天，北京时间）
    --lang zh-CN|en     提示信息的语言（默认 zh-CN）
    -h, --help          显示本帮助

使用 --jsonl 时：
    输出的第 N 行是输入第 N 行的报告。无法作为 JSON 文档读取的行（空行、非 UTF-8 文本、非 JSON）
    输出 {\"line\": N, \"ok\": false, \"diagnostics\": [...]}，带 INPUT_MALFORMED；超过 4 MiB 的行同样
    输出，带 INPUT_TOO_LARGE；之后的行继续检查。每行末尾的“\\r”会被去掉。

退出状态：0 所有报告都没有错误，1 有报告含错误（或有无法读取的行），
          2 用法错误，或文件、输入流无法读取

示例：
    icp-precheck validate --today 2026-11-22 application.json
    icp-precheck validate --jsonl --lang en < applications.jsonl > reports.jsonl
";

const CLASSIFY_EN: &str = "\
icp-precheck classify — decides the filing type from the facts (FilingFacts, JSON)

USAGE:
    icp-precheck classify [OPTIONS] [FILE|-]          one set of facts; - or no FILE: stdin
    icp-precheck classify --jsonl [OPTIONS] [FILE|-]  one set of facts per line (JSON Lines)

OPTIONS:
    --jsonl             read one JSON document per line and write one compact plan per line,
                        in the same order, each as soon as it is decided
    --compact           print the plan on one line (always so with --jsonl)
    --lang zh-CN|en     language of messages (default zh-CN)
    -h, --help          this help

WITH --jsonl:
    Output line N is the plan of input line N. A line that cannot be read as a JSON document
    gets {\"line\": N, \"ok\": false, \"blocked\": true, \"diagnostics\": [...]} with INPUT_MALFORMED
    (INPUT_TOO_LARGE past 4 MiB), and the stream goes on.

EXIT STATUS: 0 no plan is blocked, 1 some plan is blocked (or some line was unreadable),
             2 usage error, or a FILE or the input stream that cannot be read

EXAMPLE:
    echo '{\"intent\":\"remove\",\"remove\":{\"target\":\"domain\",\"website_domain_count\":3}}' \\
      | icp-precheck classify --compact -
";

const CLASSIFY_ZH: &str = "\
icp-precheck classify — 根据备案情况（FilingFacts，JSON）判断备案类型

用法：
    icp-precheck classify [选项] [文件|-]            一组备案情况；“-”或不给文件：读标准输入
    icp-precheck classify --jsonl [选项] [文件|-]    每行一组备案情况（JSON Lines）

选项：
    --jsonl             每行读取一个 JSON 文档，每判断完一行即按同样顺序输出一行紧凑的结果
    --compact           结果输出为一行（使用 --jsonl 时总是如此）
    --lang zh-CN|en     提示信息的语言（默认 zh-CN）
    -h, --help          显示本帮助

使用 --jsonl 时：
    输出的第 N 行是输入第 N 行的结果。无法作为 JSON 文档读取的行输出
    {\"line\": N, \"ok\": false, \"blocked\": true, \"diagnostics\": [...]}，带 INPUT_MALFORMED
    （超过 4 MiB 时为 INPUT_TOO_LARGE），之后的行继续判断。

退出状态：0 没有无法办理的结果，1 有无法办理的结果（或有无法读取的行），
          2 用法错误，或文件、输入流无法读取

示例：
    echo '{\"intent\":\"remove\",\"remove\":{\"target\":\"domain\",\"website_domain_count\":3}}' \\
      | icp-precheck classify --compact -
";

const RULES_EN: &str = "\
icp-precheck rules — prints what rules are loaded (JSON)

USAGE:
    icp-precheck rules                          versions, dates, provinces and vocabularies
    icp-precheck rules --list [--province P]    every rule row in plain words; with P, the
                                                national rows and that province's only

OPTIONS:
    --list              list the rule rows
    --province P        two-digit province code, e.g. 44 (Guangdong)
    -h, --help          this help

EXIT STATUS: 0 printed, 2 usage error

EXAMPLE:
    icp-precheck rules --list --province 44
";

const RULES_ZH: &str = "\
icp-precheck rules — 列出已加载的规则（JSON）

用法：
    icp-precheck rules                          版本、日期、省份和词表
    icp-precheck rules --list [--province 省份] 以文字列出每条规则；给出省份时只列全国规则和该省的规则

选项：
    --list              列出规则
    --province 省份     两位省级代码，例如 44（广东）
    -h, --help          显示本帮助

退出状态：0 已输出，2 用法错误

示例：
    icp-precheck rules --list --province 44
";

const CODES_EN: &str = "\
icp-precheck codes — prints the diagnostic code registry

USAGE:
    icp-precheck codes [--format md|ts|json]

OPTIONS:
    --format md|ts|json a Markdown table (default), a TypeScript union type, or JSON
    -h, --help          this help

EXIT STATUS: 0 printed, 2 usage error

EXAMPLE:
    icp-precheck codes --format json
";

const CODES_ZH: &str = "\
icp-precheck codes — 列出诊断代码表

用法：
    icp-precheck codes [--format md|ts|json]

选项：
    --format md|ts|json Markdown 表格（默认）、TypeScript 联合类型或 JSON
    -h, --help          显示本帮助

退出状态：0 已输出，2 用法错误

示例：
    icp-precheck codes --format json
";
