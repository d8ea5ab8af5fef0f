//! `validate --jsonl` and `classify --jsonl`: one JSON document per line in, one compact report
//! per line out, in order, so that a server checks many applications in one process.
//!
//! A line is read, checked and written before the next is read, so memory stays bounded by one
//! line (at most [`MAX_LINE_BYTES`]) whatever the length of the stream; output is flushed
//! whenever the input has nothing more buffered, so a caller writing one line and waiting gets
//! its report, while a file is written in large blocks.

pub use icp_precheck::Unreadable;
use icp_precheck::{Diagnostic, Lang, Value};
use std::io::{BufRead, BufReader, BufWriter, ErrorKind, Read, Write};
use std::process::ExitCode;

/// The longest line read, the bound of one document in the single-document mode.
pub const MAX_LINE_BYTES: usize = super::cli::MAX_JSON_BYTES as usize;

/// What one report of the stream says about its input: whether it is a problem (an error, a
/// blocked plan) and its JSON on one line.
pub struct Checked {
    pub problem: bool,
    pub json: String,
}

/// Which report a line that is not a JSON document gets besides its diagnostics.
#[derive(Clone, Copy, PartialEq)]
pub enum Kind {
    Report,
    Plan,
}

/// In place of the report of a line that could not be read as a document: its number and why.
#[derive(serde::Serialize)]
struct Unread {
    line: u64,
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    blocked: Option<bool>,
    diagnostics: Vec<Diagnostic>,
}

/// One line as the reader saw it.
enum Line {
    /// The bytes are in the buffer, without the line end.
    Read,
    /// Past [`MAX_LINE_BYTES`]: skipped to its end, not kept.
    TooLong,
}

/// Reads the next line into `buf` (without `\n`), keeping at most `max` bytes of it; `None` at
/// the end of the input.
fn next_line(
    input: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> std::io::Result<Option<Line>> {
    buf.clear();
    let mut any = false;
    let mut too_long = false;
    loop {
        let chunk = match input.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let end = chunk.iter().position(|&b| b == b'\n');
        let part = &chunk[..end.unwrap_or(chunk.len())];
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        let used = end.map_or(chunk.len(), |i| i + 1);
        input.consume(used);
        if end.is_some() {
            break;
        }
    }
    if !any {
        return Ok(None);
    }
    if too_long {
        return Ok(Some(Line::TooLong));
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    Ok(Some(Line::Read))
}

/// Why a line is no document, in both languages; the number is the line's.
fn unread_report(kind: Kind, lang: Lang, line: u64, why: Option<&Unreadable>) -> Checked {
    let why = why.copied().unwrap_or(Unreadable::TooLong {
        bound: MAX_LINE_BYTES,
    });
    let unread = Unread {
        line,
        ok: false,
        blocked: (kind == Kind::Plan).then_some(true),
        diagnostics: vec![icp_precheck::unreadable_line(line, why, lang)],
    };
    Checked {
        problem: true,
        json: serde_json::to_string(&unread).unwrap_or_else(|_| "{}".to_string()),
    }
}

/// Reads `source` line by line and writes, for each line, `check`'s report of its document (or
/// the line's own report when it is none). Exit 0 when no report is a problem, 1 when one is, 2
/// when the input cannot be read or the output written.
pub fn run(
    source: Box<dyn Read>,
    kind: Kind,
    lang: Lang,
    mut check: impl FnMut(&Value) -> Checked,
) -> ExitCode {
    let mut input = BufReader::with_capacity(64 * 1024, source);
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let mut buf = Vec::new();
    let mut any_problem = false;
    let mut line_no: u64 = 0;
    let outcome = loop {
        // Before a read that may wait, what is written so far goes out.
        if input.buffer().is_empty() && out.flush().is_err() {
            break Err(None);
        }
        let line = match next_line(&mut input, &mut buf, MAX_LINE_BYTES) {
            Ok(Some(l)) => l,
            Ok(None) => break Ok(()),
            Err(e) => break Err(Some(e)),
        };
        line_no += 1;
        let checked = match line {
            Line::TooLong => unread_report(kind, lang, line_no, None),
            Line::Read => {
                // A byte-order mark opens some files written on Windows.
                let bytes = match buf.strip_prefix(b"\xEF\xBB\xBF") {
                    Some(rest) if line_no == 1 => rest,
                    _ => &buf[..],
                };
                match super::cli::parse_document(bytes) {
                    Ok(value) => check(&value),
                    Err(why) => unread_report(kind, lang, line_no, Some(&why)),
                }
            }
        };
        any_problem |= checked.problem;
        if writeln!(out, "{}", checked.json).is_err() {
            break Err(None);
        }
    };
    let flushed = out.flush();
    match outcome {
        Err(Some(e)) => {
            eprintln!("icp-precheck: cannot read line {}: {e}", line_no + 1);
            ExitCode::from(2)
        }
        // The reader of the output went away (`| head`): nothing left to tell it.
        Err(None) => ExitCode::from(2),
        Ok(()) if flushed.is_err() => ExitCode::from(2),
        Ok(()) if any_problem => ExitCode::from(1),
        Ok(()) => ExitCode::SUCCESS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(input: &[u8], max: usize) -> Vec<Option<Vec<u8>>> {
        let mut r = BufReader::with_capacity(4, input);
        let mut buf = Vec::new();
        let mut out = Vec::new();
        while let Some(l) = next_line(&mut r, &mut buf, max).unwrap() {
            out.push(match l {
                Line::Read => Some(buf.clone()),
                Line::TooLong => None,
            });
        }
        out
    }

    #[test]
    fn lines_split_at_newlines_across_buffer_refills() {
        let got = lines(b"abcdefgh\r\n\nxy\nlast", 100);
        let want: Vec<Option<Vec<u8>>> = vec![
            Some(b"abcdefgh".to_vec()),
            Some(vec![]),
            Some(b"xy".to_vec()),
            Some(b"last".to_vec()),
        ];
        assert_eq!(got, want);
        assert!(lines(b"", 100).is_empty());
        assert_eq!(lines(b"\n", 100), vec![Some(vec![])]);
    }

    #[test]
    fn a_line_past_the_bound_is_skipped_to_its_end_and_the_next_is_read() {
        let got = lines(b"12345\n123456\n1234567890123\nok", 5);
        assert_eq!(
            got,
            vec![Some(b"12345".to_vec()), None, None, Some(b"ok".to_vec())]
        );
    }
}
