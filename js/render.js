// Puts the texts into what the .wasm returns. The module carries no messages, hints, names or
// reasons: each is a reference, U+0001 followed by U+E000 + i, to entry i of the catalog that
// build.rs writes from the same data files (build/texts.rs). A diagnostic comes with `args`,
// its template arguments as [name, value] pairs; its message and hint are filled here exactly as
// the native crate fills them (src/diagnostic/template.rs) and `args` is removed, so the objects
// have the shapes of the public contract. Never throws: whatever it cannot render stays as is.

const MARK = '\u0001';
const FIRST = 0xe000;
const LAST = 0xf8ff;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The renderer for one catalog (an array of texts). */
export function renderer(catalog) {
  // Replaces every reference in a string by its text; an unknown reference is kept.
  const text = (s) => {
    if (typeof s !== 'string' || !s.includes(MARK)) return s;
    let out = '';
    let i = 0;
    for (;;) {
      const at = s.indexOf(MARK, i);
      if (at < 0 || at + 1 >= s.length) return out + s.slice(i);
      const code = s.charCodeAt(at + 1);
      const entry = code >= FIRST && code <= LAST ? catalog[code - FIRST] : undefined;
      if (typeof entry === 'string') {
        out += s.slice(i, at) + entry;
        i = at + 2;
      } else {
        out += s.slice(i, at + 1);
        i = at + 1;
      }
    }
  };

  // Arguments echo user text: a bidirectional control is written as its name (`U+202E`), as
  // src/diagnostic/template.rs does, so it cannot reorder the message around it.
  const isolate = (s) => s.replace(BIDI, (c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);

  // `{name}` → the first argument of that name; unknown names and a lone `{` stay as written.
  const fill = (template, args) => {
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
      const arg = args.find((a) => a[0] === name);
      out += arg ? isolate(arg[1]) : `{${name}}`;
      rest = after.slice(close + 1);
    }
  };

  const diagnostic = (d) => {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) return walk(d);
    const args = Array.isArray(d.args)
      ? d.args.filter((a) => Array.isArray(a) && typeof a[0] === 'string' && typeof a[1] === 'string').map((a) => [a[0], text(a[1])])
      : null;
    delete d.args;
    for (const key of Object.keys(d)) {
      if ((key === 'message' || key === 'hint') && args && typeof d[key] === 'string') d[key] = fill(text(d[key]), args);
      else d[key] = walk(d[key]);
    }
    return d;
  };

  // What the user gave comes back as given: those members are not looked into.
  const VERBATIM = new Set(['input', 'normalized', 'path', 'suggestion', 'ascii', 'unicode', 'registrable', 'registrable_unicode', 'suffix', 'suffix_unicode']);

  const walk = (v) => {
    if (typeof v === 'string') return text(v);
    if (v === null || typeof v !== 'object') return v;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
      return v;
    }
    for (const key of Object.keys(v)) {
      if (VERBATIM.has(key)) continue;
      const m = v[key];
      if ((key === 'diagnostics' || key === 'advisories') && Array.isArray(m)) {
        for (let i = 0; i < m.length; i++) m[i] = diagnostic(m[i]);
      } else {
        v[key] = walk(m);
      }
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
