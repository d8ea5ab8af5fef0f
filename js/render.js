// Puts the texts into what the .wasm returns. The module carries no messages, hints, names or
// reasons: a text for people comes out as a typed member, {"$t": i, "l": "zh-CN" | "en"} (entry
// i of that language's catalog, texts.<lang>.json), with "a" holding its template arguments when
// it has placeholders. A diagnostic comes with `args`, its typed template arguments; its message
// and hint are filled from them exactly as the native crate fills them
// (src/diagnostic/template.rs) and `args` is removed, so the objects have the shapes of the
// public contract. User text is always a JSON string and is never looked into: only objects are
// texts, and the module never echoes an object the caller gave. Never throws: whatever it cannot
// render is left as it is.

const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const LIST = { 'zh-CN': '、', en: ', ' };
const OR = { 'zh-CN': '、', en: ' or ' };
const AND = { 'zh-CN': '和', en: ' and ' };
const own = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isText = (v) => v !== null && typeof v === 'object' && !Array.isArray(v) && typeof v.$t === 'number';

/**
 * The renderer for a set of per-language catalogs, `{ 'zh-CN': string[], en: string[] }`. A
 * language missing from the set can be added later (`catalogs.en = …`); until then its texts are
 * rendered in a language that is there.
 */
export function renderer(catalogs) {
  const entry = (i, lang) => {
    let c = catalogs[lang];
    if (!Array.isArray(c)) c = catalogs['zh-CN'] ?? catalogs.en;
    const s = Array.isArray(c) ? c[i] : undefined;
    return typeof s === 'string' ? s : null;
  };

  // Arguments echo user text: a bidirectional control is written as its name (`U+202E`), as
  // src/diagnostic/template.rs does, so it cannot reorder the message around it.
  const isolate = (s) => s.replace(BIDI, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

  const word = (t, lang) => (isText(t) ? (entry(t.$t, lang) ?? '') : '');

  const arg = (a, lang) => {
    if (typeof a === 'string') return isolate(a);
    if (typeof a === 'number') return String(a);
    if (Array.isArray(a)) return a.map((t) => word(t, lang)).join(LIST[lang] ?? ', ');
    if (a !== null && typeof a === 'object') {
      if (Array.isArray(a.$any)) {
        return a.$any
          .map((g) => (Array.isArray(g) ? g.map((i) => (typeof i === 'number' ? (entry(i, lang) ?? '') : '')).join(AND[lang] ?? ' and ') : ''))
          .join(OR[lang] ?? ' or ');
      }
      // A phrase with arguments of its own.
      if (isText(a) && a.a !== null && typeof a.a === 'object' && !Array.isArray(a.a)) {
        const template = entry(a.$t, lang);
        return template === null ? '' : fill(template, a.a, lang);
      }
      return word(a, lang);
    }
    return '';
  };

  // `{name}` → its argument; unknown names and a lone `{` stay as written.
  const fill = (template, args, lang) => {
    let out = '';
    let rest = template;
    for (;;) {
      const open = rest.indexOf('{');
      if (open < 0) return out + rest;
      out += rest.slice(0, open);
      const after = rest.slice(open + 1);
      const close = after.indexOf('}');
      if (close < 0) return out + rest.slice(open);
      const name = after.slice(0, close);
      out += args && own(args, name) ? arg(args[name], lang) : `{${name}}`;
      rest = after.slice(close + 1);
    }
  };

  // A text member: its entry in its language, its own arguments (or the diagnostic's) filled.
  const text = (t, args) => {
    const lang = typeof t.l === 'string' ? t.l : 'zh-CN';
    const template = entry(t.$t, lang);
    if (template === null) return t;
    const a = t.a !== null && typeof t.a === 'object' ? t.a : args;
    return fill(template, a, lang);
  };

  const walk = (v) => {
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
      return v;
    }
    if (isText(v)) return text(v, null);
    // A diagnostic: its message and hint take the diagnostic's arguments.
    const args = own(v, 'args') && v.args !== null && typeof v.args === 'object' && !Array.isArray(v.args) ? v.args : null;
    if (args) delete v.args;
    for (const key of Object.keys(v)) {
      const m = v[key];
      v[key] = args && (key === 'message' || key === 'hint') && isText(m) ? text(m, args) : walk(m);
    }
    return v;
  };

  /** Renders a report in place and returns it; never throws. */
  return function render(report) {
    try {
      return walk(report);
    } catch {
      return report;
    }
  };
}
