//! The arguments of one call as one JSON text, read into [`Value`]s with exactly the bounds and
//! in exactly the order the JavaScript reader (`src/wasm.rs`) spends them, so that a page's
//! arguments crossing into the module as one string are judged as they would be read value by
//! value.
//!
//! The package writes the text only for plain data (`js/args.js`): no functions, no getters'
//! exceptions, no cycles, every list and object within the item bound. Anything this reader
//! cannot read as the value reader would — a syntax error, a list or object past the item
//! bound, whose size the value reader learns before reading any item — makes it give up
//! (`None`), and the package reads the values one by one instead.

use super::value::{long_name, Budget, Limits, Value};

/// Each element of the top-level list is one argument, read with its own bounds on the whole.
pub fn parse_args(text: &str, limits: &Limits) -> Option<Vec<Value>> {
    let mut p = Parser {
        text,
        s: text.as_bytes(),
        at: 0,
    };
    p.ws();
    p.eat(b'[')?;
    let mut args = Vec::new();
    p.ws();
    if p.peek() == Some(b']') {
        p.at += 1;
    } else {
        loop {
            let mut budget = Budget::new(*limits);
            let v = p.value(&mut budget, 0)?;
            args.push(budget.finish(v));
            p.ws();
            match p.next()? {
                b',' => continue,
                b']' => break,
                _ => return None,
            }
        }
    }
    p.ws();
    (p.at == p.s.len()).then_some(args)
}

struct Parser<'a> {
    // The text as read, so a run of it is taken without checking its UTF-8 again.
    text: &'a str,
    s: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    // The module is built for size, where these would stay calls: inlined, the reader is both
    // smaller and faster (measured with the module's gzip and `node` calls).
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.s.get(self.at).copied()
    }

    #[inline(always)]
    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    #[inline(always)]
    fn eat(&mut self, b: u8) -> Option<()> {
        (self.next()? == b).then_some(())
    }

    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        let end = self.at.checked_add(word.len())?;
        (self.s.get(self.at..end)? == word).then(|| self.at = end)
    }

    fn value(&mut self, budget: &mut Budget, depth: usize) -> Option<Value> {
        self.ws();
        if !budget.node() {
            self.skip()?;
            return Some(Value::Null);
        }
        match self.peek()? {
            b'n' => self.literal(b"null").map(|_| Value::Null),
            b't' => self.literal(b"true").map(|_| Value::Bool(true)),
            b'f' => self.literal(b"false").map(|_| Value::Bool(false)),
            b'"' => {
                let s = self.string()?;
                Some(match kept(s, budget) {
                    Some(Ok(s)) => Value::String(s),
                    Some(Err((_, marker))) => marker,
                    None => Value::Null,
                })
            }
            b'[' | b'{' if depth >= budget.limits.max_depth => {
                self.skip()?;
                Some(Value::TooLarge {
                    what: "depth",
                    size: depth + 1,
                })
            }
            b'[' => self.array(budget, depth),
            b'{' => self.object(budget, depth),
            _ => self.number().map(Value::Number),
        }
    }

    fn array(&mut self, budget: &mut Budget, depth: usize) -> Option<Value> {
        self.eat(b'[')?;
        let mut items = Vec::new();
        let mut count = 0usize;
        self.ws();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(Value::Array(items));
        }
        loop {
            if budget.exhausted() {
                self.skip()?;
            } else {
                items.push(self.value(budget, depth + 1)?);
            }
            count += 1;
            self.ws();
            match self.next()? {
                b',' => continue,
                b']' => break,
                _ => return None,
            }
        }
        (count <= budget.limits.max_items).then_some(Value::Array(items))
    }

    fn object(&mut self, budget: &mut Budget, depth: usize) -> Option<Value> {
        self.eat(b'{')?;
        let mut members = Vec::new();
        let mut count = 0usize;
        self.ws();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Some(Value::Object(members));
        }
        // Once a name no longer fits the totals the value reader stops reading members.
        let mut stopped = false;
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return None;
            }
            let name = self.string()?;
            self.ws();
            self.eat(b':')?;
            count += 1;
            if stopped || budget.exhausted() {
                self.skip()?;
            } else {
                match kept(name, budget) {
                    Some(Ok(name)) => {
                        let v = self.value(budget, depth + 1)?;
                        members.push((name, v));
                    }
                    Some(Err((name, marker))) => {
                        // The value of a member whose name is past the bound is not read.
                        self.skip()?;
                        members.push((long_name(&name, budget), marker));
                    }
                    None => {
                        stopped = true;
                        self.skip()?;
                    }
                }
            }
            self.ws();
            match self.next()? {
                b',' => continue,
                b'}' => break,
                _ => return None,
            }
        }
        (count <= budget.limits.max_items).then_some(Value::Object(members))
    }

    /// An integer of at most 15 digits, exactly; the package writes no other number (it sends
    /// arguments with fractions or larger numbers value by value), and reading only these keeps
    /// the float parser out of the module.
    fn number(&mut self) -> Option<f64> {
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let start = self.at;
        let mut n: i64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            n = n * 10 + i64::from(d - b'0');
            self.at += 1;
            if self.at - start > 15 {
                return None;
            }
        }
        let digits = self.at - start;
        if digits == 0 || (digits > 1 && self.s[start] == b'0') {
            return None;
        }
        if matches!(self.peek(), Some(b'.' | b'e' | b'E')) {
            return None;
        }
        // -0 stays -0, as JavaScript's reader gives it.
        let n = n as f64;
        Some(if negative { -n } else { n })
    }

    fn hex4(&mut self) -> Option<u16> {
        let end = self.at.checked_add(4)?;
        let digits = self.text.get(self.at..end)?;
        // from_str_radix would also take a sign.
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.at = end;
        u16::from_str_radix(digits, 16).ok()
    }

    /// A string's contents, decoded. A lone surrogate becomes U+FFFD, as it does when a
    /// JavaScript string is copied into the module.
    fn string(&mut self) -> Option<String> {
        self.eat(b'"')?;
        let mut out = String::new();
        loop {
            let start = self.at;
            while !matches!(self.peek()?, b'"' | b'\\') {
                self.at += 1;
            }
            // A run ends before `"` or `\`, and starts after one or after an escape: ASCII,
            // so always on character boundaries (`get` rather than a slice that could panic).
            out.push_str(self.text.get(start..self.at)?);
            if self.next()? == b'"' {
                return Some(out);
            }
            let c = match self.next()? {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => {
                    let unit = self.hex4()?;
                    match unit {
                        0xd800..=0xdbff => {
                            let rest = self.s.get(self.at..)?;
                            if rest.starts_with(b"\\u") {
                                let save = self.at;
                                self.at += 2;
                                let low = self.hex4()?;
                                if (0xdc00..=0xdfff).contains(&low) {
                                    let c = 0x10000
                                        + ((u32::from(unit) - 0xd800) << 10)
                                        + (u32::from(low) - 0xdc00);
                                    char::from_u32(c)?
                                } else {
                                    self.at = save;
                                    '\u{fffd}'
                                }
                            } else {
                                '\u{fffd}'
                            }
                        }
                        0xdc00..=0xdfff => '\u{fffd}',
                        u => char::from_u32(u32::from(u))?,
                    }
                }
                _ => return None,
            };
            out.push(c);
        }
    }

    /// Passes over one value without keeping or counting it.
    fn skip(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'[' | b'{' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => {
                            self.string()?;
                            continue;
                        }
                        b'[' | b'{' => depth += 1,
                        b']' | b'}' => {
                            depth -= 1;
                            if depth == 0 {
                                self.at += 1;
                                return Some(());
                            }
                        }
                        _ => {}
                    }
                    self.at += 1;
                }
            }
            b'n' => self.literal(b"null"),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            _ => self.number().map(drop),
        }
    }
}

/// A string as the value reader keeps it: past the per-string bound a marker, past a total
/// `None`; the bound counts UTF-16 units, as JavaScript's `length` does.
fn kept(s: String, budget: &mut Budget) -> Option<Result<String, (String, Value)>> {
    let units = if s.is_ascii() {
        s.len()
    } else {
        s.encode_utf16().count()
    };
    if units > budget.limits.max_string {
        return Some(Err((
            s,
            Value::TooLarge {
                what: "string",
                size: units,
            },
        )));
    }
    if !budget.chars(units) || !budget.bytes(s.len()) {
        return None;
    }
    Some(Ok(s))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn one(text: &str) -> Value {
        let mut v = parse_args(&format!("[{text}]"), &Limits::DEFAULT).expect("parses");
        assert_eq!(v.len(), 1);
        v.remove(0)
    }

    /// Where no member name is an array index (the JSON reader lists those first, as
    /// JavaScript does), both readers must give the same value.
    fn same_as_json_reader(text: &str, limits: &Limits) {
        let json: serde_json::Value = serde_json::from_str(text).unwrap();
        let ours = parse_args(&format!("[{text}]"), limits).map(|mut v| v.remove(0));
        assert_eq!(ours, Some(Value::from_json(&json, limits)), "{text}");
    }

    #[test]
    fn reads_what_the_json_reader_reads() {
        for text in [
            r#"{"a":1,"b":[true,false,null],"c":"x\u00e9\ud83d\ude00","d":-500,"e":{}}"#,
            r#"[[],{},"",0,-0,999999999999999,"\"\\\/\b\f\n\r\t"]"#,
            r#"{"subject":{"name":"示例科技","leader":{"name":"张三"}},"websites":[{"domains":["例子.中国"]}]}"#,
        ] {
            same_as_json_reader(text, &Limits::DEFAULT);
        }
    }

    #[test]
    fn applies_the_bounds_as_the_json_reader_does() {
        let tight = Limits {
            max_string: 4,
            max_items: 3,
            max_depth: 2,
            max_nodes: 8,
            max_chars: 10,
            max_bytes: 14,
        };
        for text in [
            r#""abcde""#,
            r#"{"abcdefgh":[1,2]}"#,
            r#"[[[1]]]"#,
            r#"[1,2,3]"#,
            r#"["abcd","abcd","abcd"]"#,
            r#"["éééé","éééé"]"#,
            r#"[[1,2],[3,4],[5,6]]"#,
            r#"{"a":"abcd","b":"abcd","c":"abcd"}"#,
        ] {
            same_as_json_reader(text, &tight);
        }
    }

    #[test]
    fn gives_up_where_the_value_reader_would_not_read_the_items() {
        let tight = Limits {
            max_items: 2,
            ..Limits::DEFAULT
        };
        assert_eq!(parse_args("[[1,2,3]]", &tight), None);
        assert_eq!(parse_args(r#"[{"a":1,"b":2,"c":3}]"#, &tight), None);
        assert!(parse_args("[[1,2]]", &tight).is_some());
    }

    #[test]
    fn each_argument_has_its_own_totals() {
        let tight = Limits {
            max_chars: 4,
            ..Limits::DEFAULT
        };
        let args = parse_args(r#"["abcd","abcd"]"#, &tight).unwrap();
        assert_eq!(
            args,
            vec![Value::String("abcd".into()), Value::String("abcd".into())]
        );
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        assert_eq!(one(r#""a\ud800b""#), Value::String("a\u{fffd}b".into()));
        assert_eq!(one(r#""\udc00""#), Value::String("\u{fffd}".into()));
        assert_eq!(one(r#""\ud800\u0041""#), Value::String("\u{fffd}A".into()));
    }

    #[test]
    fn refuses_what_is_not_json() {
        for text in [
            "",
            "[",
            "[1,]",
            "[NaN]",
            "[Infinity]",
            "[01x]",
            r#"[{"a"}]"#,
            "[1] 2",
            r#"["\x"]"#,
            r#"["\u12"]"#,
            r#"["\u+12f"]"#,
            r#"["\u-12f"]"#,
            "[tru]",
            r#"[{1:2}]"#,
            "[0.5]",
            "[1e3]",
            "[01]",
            "[-]",
            "[1000000000000000]",
        ] {
            assert_eq!(parse_args(text, &Limits::DEFAULT), None, "{text}");
        }
        assert_eq!(parse_args("[]", &Limits::DEFAULT), Some(vec![]));
    }
}
