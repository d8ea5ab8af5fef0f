//! Splits a valid host into its approved suffix and registrable domain, using only the list of
//! suffixes MIIT approved for filing (no Public Suffix List: a suffix that is not approved cannot
//! be filed whatever the PSL says, and a private PSL entry such as `cn.com` is a registered domain).

use crate::data;

pub enum Split {
    /// The top-level label is not an approved suffix.
    TldNotApproved,
    /// The whole host is an approved suffix.
    IsSuffix { suffix: &'static data::SuffixEntry },
    /// A single label that is not a suffix.
    SingleLabel,
    /// `labels_below` labels stand left of the registrable domain (0 for the domain itself).
    Domain {
        suffix: &'static data::SuffixEntry,
        suffix_labels: usize,
        labels_below: usize,
    },
}

/// The longest approved suffix the host (`n` labels, A-label form) ends with; suffixes have at
/// most a few labels.
pub fn split(n: usize, name: &str) -> Split {
    let mut best: Option<(&'static data::SuffixEntry, usize)> = None;
    let mut end = name.len();
    for k in 1..=n.min(4) {
        let start = name.as_bytes()[..end]
            .iter()
            .rposition(|&b| b == b'.')
            .map_or(0, |i| i + 1);
        if let Some(entry) = data::suffix(&name[start..]) {
            best = Some((entry, k));
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    match best {
        None if n == 1 => Split::SingleLabel,
        None => Split::TldNotApproved,
        Some((entry, k)) if k == n => Split::IsSuffix { suffix: entry },
        Some((entry, k)) => Split::Domain {
            suffix: entry,
            suffix_labels: k,
            labels_below: n - k - 1,
        },
    }
}

/// The last `count` labels of a dotted name.
pub fn tail(name: &str, count: usize) -> &str {
    let mut start = name.len();
    for _ in 0..count {
        match name.as_bytes()[..start].iter().rposition(|&b| b == b'.') {
            Some(dot) => start = dot,
            None => return name,
        }
    }
    &name[start + 1..]
}

#[cfg(test)]
mod tests {
    #[test]
    fn tail_counts_labels_from_the_right() {
        assert_eq!(super::tail("a.b.example.com.cn", 3), "example.com.cn");
        assert_eq!(super::tail("example.cn", 2), "example.cn");
        assert_eq!(super::tail("example.cn", 5), "example.cn");
        assert_eq!(super::tail("例子.中国", 1), "中国");
    }
}
