//! Mailing addresses (通信地址) must go down to the house number, or the remark says why not.

use super::Checked;
use crate::data;
use crate::diagnostic::{Finding, RuleRef};
use crate::text::{fold, trim};

fn has_house_number(address: &str) -> bool {
    let chars: Vec<char> = address.chars().collect();
    data::ADDRESS_RULE
        .house_number_markers
        .iter()
        .any(|marker| {
            let m: Vec<char> = marker.chars().collect();
            chars.windows(m.len()).enumerate().any(|(i, w)| {
                w == m.as_slice()
                    && i > 0
                    && chars.get(i - 1).is_some_and(|c| {
                        c.is_ascii_digit() || "一二三四五六七八九十百零〇甲乙丙丁".contains(*c)
                    })
            })
        })
}

pub fn check(raw: &str, remark: Option<&str>, path: &str) -> Checked {
    let address = fold(trim(raw));
    let mut findings = Vec::new();
    let explained = remark.is_some_and(|r| {
        data::ADDRESS_RULE
            .remark_explains
            .iter()
            .any(|w| r.contains(w))
    });
    if !address.is_empty() && !has_house_number(&address) && !explained {
        findings.push(Finding::address_not_detailed(path).rule(RuleRef {
            id: crate::data::base_rule::ADDRESS_HOUSE_NUMBER,
            province: None,
            source: data::ADDRESS_RULE.source,
            as_of: data::ADDRESS_RULE.as_of,
        }));
    }
    Checked {
        normalized: Some(address),
        findings,
    }
}
