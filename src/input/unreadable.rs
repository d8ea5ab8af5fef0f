//! What a reader of JSON Lines reports for a line that holds no JSON document: the command
//! line's batch mode answers every input line with one report, and a line it cannot read gets
//! this diagnostic in place of the document's.

use crate::diagnostic::{Arg, Args, Diagnostic, Finding, Lang};
use crate::texts::Text;

/// Why a line holds no JSON document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Nothing but blanks.
    Blank,
    /// Bytes that are not UTF-8.
    NotUtf8,
    /// The document starts but the line ends first.
    Incomplete,
    /// Not JSON, first wrong at `byte` (counted from 1).
    NotJson { byte: usize },
    /// Longer than `bound` bytes; the line was not kept.
    TooLong { bound: usize },
}

fn phrase(text: Text, args: Vec<(&'static str, Arg)>) -> Arg {
    Arg::Phrase(text, Args(args))
}

/// The diagnostic for line `line` (counted from 1), rendered in `lang`: `INPUT_MALFORMED`, or
/// `INPUT_TOO_LARGE` for a line past its bound, at the document's root.
pub fn unreadable_line(line: u64, why: Unreadable, lang: Lang) -> Diagnostic {
    let at = |n: u64| vec![("line", Arg::from(n))];
    let document = super::Expected::Said(text!("一个 JSON 文档", "one JSON document")).arg();
    let finding = match why {
        Unreadable::TooLong { bound } => Finding::input_too_large(
            "",
            phrase(
                text!(
                    "第 {line} 行的字节数至少为",
                    "the bytes of line {line}: at least"
                ),
                at(line),
            ),
            bound.saturating_add(1),
            bound,
        ),
        Unreadable::Blank => Finding::input_malformed(
            "",
            phrase(
                text!("第 {line} 行是空行", "line {line} is blank"),
                at(line),
            ),
            document,
        ),
        Unreadable::NotUtf8 => Finding::input_malformed(
            "",
            phrase(
                text!(
                    "第 {line} 行不是 UTF-8 文本",
                    "line {line} is not UTF-8 text"
                ),
                at(line),
            ),
            document,
        ),
        Unreadable::Incomplete => Finding::input_malformed(
            "",
            phrase(
                text!(
                    "第 {line} 行在 JSON 文档结束前就结束了",
                    "line {line} ends before its JSON document does"
                ),
                at(line),
            ),
            document,
        ),
        Unreadable::NotJson { byte } => Finding::input_malformed(
            "",
            phrase(
                text!(
                    "第 {line} 行不是有效的 JSON（第 {byte} 个字节处）",
                    "line {line} is not valid JSON (at byte {byte})"
                ),
                vec![("line", Arg::from(line)), ("byte", Arg::from(byte))],
            ),
            document,
        ),
    };
    finding.render(lang)
}
