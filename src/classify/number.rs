//! Filing numbers given as facts: `京ICP备13052560号` (subject), `京ICP备13052560号-1` (website),
//! `京ICP证030173号` and `粤B2-20090059` (operating licences).

use super::table::{NUMBER_ABBR_AS_OF, NUMBER_ABBR_NOT_USED, NUMBER_ABBR_SOURCE};
use crate::data;
use crate::diagnostic::{Finding, RuleRef, Severity};
use crate::texts::Text;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberKind {
    /// 非经营性备案号 (ICP备).
    Filing,
    /// ICP经营许可证 (ICP证).
    Licence,
    /// 增值电信业务经营许可证 (B1/B2-).
    Telecom,
}

/// What a number after the subject's names: MIIT numbers websites `-N`, and since the 2023 APP
/// filing rules APPs `-NA`, mini programs `-NX` and quick apps `-NK`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    Website,
    App,
    MiniProgram,
    QuickApp,
}

impl Service {
    fn from_letter(c: Option<char>) -> Option<Service> {
        match c {
            None => Some(Service::Website),
            Some('A') => Some(Service::App),
            Some('X') => Some(Service::MiniProgram),
            Some('K') => Some(Service::QuickApp),
            Some(_) => None,
        }
    }

    /// The service's name, in English with its article, for "is … filing number".
    pub fn name(self) -> Text {
        match self {
            Service::Website => text!("网站", "a website"),
            Service::App => text!("APP", "an APP"),
            Service::MiniProgram => text!("小程序", "a mini program"),
            Service::QuickApp => text!("快应用", "a quick app"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FilingNumber {
    pub abbr: String,
    pub kind: NumberKind,
    pub serial: String,
    /// The service's `-N`, absent on a subject number.
    pub site: Option<u32>,
    /// Which service the `-N` numbers (`None` on a subject number).
    pub service: Option<Service>,
}

impl FilingNumber {
    pub fn subject_number(&self) -> String {
        match self.kind {
            NumberKind::Filing => format!("{}ICP备{}号", self.abbr, self.serial),
            NumberKind::Licence => format!("{}ICP证{}号", self.abbr, self.serial),
            NumberKind::Telecom => format!("{}{}", self.abbr, self.serial),
        }
    }
}

fn digits(s: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

type Suffix<'a> = (&'a str, Option<(u32, Service)>);

/// Splits `-N` (or `-NA`, `-NX`, `-NK`) off the end, if the rest is a number.
fn site_suffix(s: &str) -> Result<Suffix<'_>, ()> {
    match s.rsplit_once('-') {
        Some((head, n)) => {
            let letter = n.chars().last().filter(|c| c.is_ascii_alphabetic());
            let num = letter.map_or(n, |_| &n[..n.len() - 1]);
            match (digits(num, 1, 4), Service::from_letter(letter)) {
                (true, Some(service)) => Ok((head, num.parse().ok().map(|n| (n, service)))),
                _ => Err(()),
            }
        }
        None => Ok((s, None)),
    }
}

/// Parses a normalised number, or says why it is not one.
pub fn parse(raw: &str) -> Result<FilingNumber, Text> {
    let mut chars = raw.chars();
    let abbr = chars
        .next()
        .ok_or(text!("备案号为空", "it is empty"))?
        .to_string();
    let rest = chars.as_str();
    if let Some(body) = rest
        .strip_prefix("ICP备")
        .or_else(|| rest.strip_prefix("ICP证"))
    {
        let kind = if rest.starts_with("ICP备") {
            NumberKind::Filing
        } else {
            NumberKind::Licence
        };
        let (head, site) = site_suffix(body).map_err(|_| {
            text!(
                "“-”后应为序号（APP、小程序、快应用另加A、X、K）",
                "a number follows the “-” (with A, X or K for an APP, mini program or quick app)"
            )
        })?;
        let serial = head
            .strip_suffix('号')
            .ok_or(text!("缺少“号”字", "“号” is missing"))?;
        if !digits(serial, 5, 10) {
            return Err(text!("编号应为5–10位数字", "the serial is 5 to 10 digits"));
        }
        return Ok(FilingNumber {
            abbr,
            kind,
            serial: serial.to_string(),
            site: site.map(|s| s.0),
            service: site.map(|s| s.1),
        });
    }
    let telecom = ["B1-", "B2-"].iter().find(|p| rest.starts_with(**p));
    if let Some(prefix) = telecom {
        let (head, site) = site_suffix(&rest[prefix.len()..])
            .map_err(|_| text!("“-”后应为序号", "a number follows the “-”"))?;
        if !digits(head, 8, 8) {
            return Err(text!(
                "许可证编号应为8位数字",
                "the licence serial is 8 digits"
            ));
        }
        return Ok(FilingNumber {
            abbr,
            kind: NumberKind::Telecom,
            serial: format!("{prefix}{head}"),
            site: site.map(|s| s.0),
            service: site.map(|s| s.1),
        });
    }
    Err(text!(
        "应为“省份简称+ICP备+数字+号”",
        "expected a province abbreviation, “ICP备”, digits and “号”"
    ))
}

fn normalise(raw: &str) -> String {
    crate::text::fold(crate::text::trim(raw))
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
            c => c.to_ascii_uppercase(),
        })
        .collect()
}

fn abbr_rule() -> RuleRef {
    RuleRef {
        id: "FILING_NUMBER_ABBREVIATIONS",
        province: None,
        source: NUMBER_ABBR_SOURCE,
        as_of: NUMBER_ABBR_AS_OF,
    }
}

/// Checks a number given at `path`; `subject_level` when a subject number belongs there.
pub fn check(
    raw: &str,
    path: &str,
    subject_level: bool,
    province: Option<&str>,
    out: &mut Vec<Finding>,
) -> Option<FilingNumber> {
    let number = normalise(raw);
    let shown = crate::input::truncate(raw, 40);
    let parsed = match parse(&number) {
        Ok(n) => n,
        Err(reason) => {
            out.push(Finding::filing_number_format(path, shown, reason));
            return None;
        }
    };
    let home = data::PROVINCES.iter().find(|p| p.abbr == parsed.abbr);
    let Some(home) = home else {
        let typo = NUMBER_ABBR_NOT_USED
            .iter()
            .find(|(a, _)| *a == parsed.abbr)
            .and_then(|(_, code)| data::province(code));
        // The province's correct abbreviation is in the suggestion; the number is quoted.
        let f = match typo {
            Some(p) => Finding::filing_number_format(
                path,
                shown,
                text!(
                    "省份简称写错了，该省的备案号使用另一个简称（见建议）",
                    "the province abbreviation is mistyped: that province's numbers use another (see the suggestion)"
                ),
            )
            .severity(Severity::Warning)
            .suggest(Some(number.replacen(&parsed.abbr, p.abbr, 1)))
            .rule(abbr_rule()),
            None => Finding::filing_number_format(
                path,
                shown,
                text!(
                    "开头的字不是省份简称",
                    "it does not begin with a province abbreviation"
                ),
            ),
        };
        out.push(f);
        return None;
    };
    if let (true, Some(service)) = (subject_level, parsed.service) {
        let subject = parsed.subject_number();
        out.push(
            Finding::filing_number_is_website(path, shown.clone(), service.name(), subject.clone())
                .suggest(Some(subject)),
        );
    }
    if let Some(p) = province.and_then(data::province) {
        if p.code != home.code {
            out.push(Finding::filing_number_province_mismatch(
                path,
                parsed.abbr.clone(),
                p.name,
                p.abbr,
            ));
        }
    }
    Some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_three_shapes() {
        let n = parse("京ICP备13052560号-1").unwrap();
        assert_eq!(
            (n.abbr.as_str(), n.kind, n.site),
            ("京", NumberKind::Filing, Some(1))
        );
        assert_eq!(n.subject_number(), "京ICP备13052560号");
        assert_eq!(parse("京ICP证030173号").unwrap().kind, NumberKind::Licence);
        let t = parse("粤B2-20090059-5").unwrap();
        assert_eq!(
            (t.kind, t.site, t.subject_number().as_str()),
            (NumberKind::Telecom, Some(5), "粤B2-20090059")
        );
        let app = parse("京ICP备13052560号-2A").unwrap();
        assert_eq!((app.site, app.service), (Some(2), Some(Service::App)));
        assert_eq!(
            parse("京ICP备13052560号-3X").unwrap().service,
            Some(Service::MiniProgram)
        );
        assert_eq!(
            parse("京ICP备13052560号-1K").unwrap().service,
            Some(Service::QuickApp)
        );
        assert_eq!(parse("京ICP备13052560号").unwrap().service, None);
        assert!(parse("京ICP备13052560号-1Q").is_err());
        assert!(parse("京ICP备13052560号-A").is_err());
        assert!(parse("京ICP备1305号").is_err());
        assert!(parse("京ICP备13052560").is_err());
        assert!(parse("ICP备13052560号").is_err());
    }

    #[test]
    fn normalises_full_width_and_case() {
        assert_eq!(
            normalise(" 京icp备１３０５２５６０号－１ "),
            "京ICP备13052560号-1"
        );
    }
}
