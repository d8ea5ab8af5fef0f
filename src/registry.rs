//! Exports of the code registry for other audiences: the codes table of the docs and the
//! TypeScript union type of the npm package. Both are committed; a test regenerates and compares.

use crate::diagnostic::Code;
use serde::Serialize;

#[derive(Serialize)]
pub struct CodeRow {
    pub code: &'static str,
    pub severity: &'static str,
    pub engine: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub hint_zh: &'static str,
    pub hint_en: &'static str,
    pub source: &'static str,
    pub as_of: &'static str,
}

pub fn codes_json() -> Vec<CodeRow> {
    Code::all()
        .map(|c| CodeRow {
            code: c.name(),
            severity: c.severity.as_str(),
            engine: c.engine(),
            zh: c.zh(),
            en: c.en(),
            hint_zh: c.hint_zh(),
            hint_en: c.hint_en(),
            source: c.source_text(),
            as_of: c.as_of(),
        })
        .collect()
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The codes table of `docs/codes.md`.
pub fn codes_markdown() -> String {
    let mut out = String::from(
        "# Diagnostic codes\n\n<!-- Generated from data/codes.toml by `icp-precheck codes --format md`. Do not edit by hand. -->\n\n\
         Stable names that forms and servers key on. Severity is the default; a rule row may raise or lower it.\n\
         `{name}` marks a value filled in at run time.\n\n\
         | code | severity | engine | message (zh-CN) | message (en) | hint (zh-CN) | hint (en) | source | as of |\n\
         |---|---|---|---|---|---|---|---|---|\n",
    );
    for c in Code::all() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            c.name(),
            c.severity.as_str(),
            c.engine(),
            cell(c.zh()),
            cell(c.en()),
            cell(c.hint_zh()),
            cell(c.hint_en()),
            cell(c.source_text()),
            c.as_of()
        ));
    }
    out
}

/// The TypeScript declarations generated from the registry (`ts/codes.d.ts`).
pub fn codes_typescript() -> String {
    let mut out = String::from(
        "// Generated from data/codes.toml by `icp-precheck codes --format ts`. Do not edit by hand.\n\n\
         /** Every diagnostic code; stable names that forms and servers key on. */\nexport type DiagnosticCode =\n",
    );
    for c in Code::all() {
        out.push_str(&format!("  | \"{}\"\n", c.name()));
    }
    out.push_str(";\n\n/** Subject kinds (主办单位性质). */\nexport type SubjectKind =\n");
    for k in crate::vocab::SubjectKind::ALL {
        out.push_str(&format!("  | \"{}\"\n", k.as_str()));
    }
    out.push_str(";\n\n/** Fields `checkField` knows. */\nexport type FieldKind =\n");
    for k in crate::vocab::FieldKind::ALL {
        out.push_str(&format!("  | \"{}\"\n", k.as_str()));
    }
    out.push_str(
        ";\n\n/** Identity and registration documents (证件类型). */\nexport type DocumentType =\n",
    );
    for d in crate::vocab::DocumentType::ALL {
        out.push_str(&format!(
            "  | \"{}\" // {}\n",
            d.as_str(),
            d.name().get(crate::Lang::ZhCn)
        ));
    }
    out.push_str(";\n\n/** Website content categories (网站服务内容 / 前置审批类别). */\nexport type ContentCategory =\n");
    for c in crate::vocab::Content::ALL {
        out.push_str(&format!("  | \"{}\"\n", c.as_str()));
    }
    out.push_str(";\n\n/** Supporting documents an applicant can upload (`materials`). */\nexport type Material =\n");
    for m in crate::data::MATERIALS {
        out.push_str(&format!(
            "  | \"{}\" // {}\n",
            m.id,
            m.name.get(crate::Lang::ZhCn)
        ));
    }
    out.push_str(";\n\n/** Operations of the provider's filing system (spec filing.md). */\nexport type FilingType =\n");
    for t in crate::classify::table::FILING_TYPES {
        out.push_str(&format!(
            "  | \"{}\" // {}\n",
            t.id,
            t.name.get(crate::Lang::ZhCn)
        ));
    }
    out.push_str(";\n\n/** Paths of the facts the classifier may ask for (`FilingPlan.needs`). */\nexport type FactPath =\n");
    for f in crate::classify::table::FACTS {
        out.push_str(&format!("  | \"{}\"\n", f.path));
    }
    out.push_str(";\n\n/** The 31 mainland province codes. */\nexport type ProvinceCode =\n");
    for p in crate::data::PROVINCES {
        out.push_str(&format!("  | \"{}\" // {} {}\n", p.code, p.zh, p.en));
    }
    out.push_str(";\n");
    out
}
