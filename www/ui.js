// Pieces every part of the page draws the same way: elements built from text (never parsed as
// HTML), a diagnostic's rule id and source behind a "details" disclosure, and names for the
// characters a person cannot see.
import { t } from './i18n.js';

export function el(tag, props = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k === 'class') node.className = v;
    else node.setAttribute(k, v);
  }
  if (text !== undefined) node.textContent = text;
  return node;
}

const isWebLink = (s) => typeof s === 'string' && /^https?:\/\//.test(s);

/** The rule id and source of a diagnostic, folded away: they help whoever checks the page's
 * reasoning, not the person filling in the form, so the message line never carries them. */
export function ruleDetails(lang, d) {
  const link = isWebLink(d.source);
  if (!d.rule && !link) return null;
  const box = el('details', { class: 'meta' });
  box.append(el('summary', {}, t(lang, 'details')));
  const line = el('p');
  if (d.rule) line.append(el('span', { class: 'rule' }, `${t(lang, 'rule')} ${d.rule}`));
  if (link) {
    if (d.rule) line.append(' · ');
    const a = el('a', { class: 'source', href: d.source, rel: 'noopener noreferrer', target: '_blank' },
      d.as_of ? `${t(lang, 'source')} (${d.as_of})` : t(lang, 'source'));
    line.append(a);
  }
  box.append(line);
  return box;
}

// Characters that take no visible room: shown by name wherever the page itself shows characters.
const INVISIBLE = new Map([
  [' ', 'char_space'],
  ['\u00a0', 'char_nbsp'],
  ['\u3000', 'char_ideographic_space'],
  ['\t', 'char_tab'],
  ['\n', 'char_newline'],
  ['\r', 'char_newline'],
  ['\u200b', 'char_zero_width'],
  ['\u200c', 'char_zero_width'],
  ['\u200d', 'char_zero_width'],
  ['\u2060', 'char_zero_width'],
  ['\ufeff', 'char_bom'],
]);
const OTHER_INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u2000-\u200a\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

/** The name of an invisible character ("空格", "space"), or null for one a person can see. */
export function charName(lang, ch) {
  const key = INVISIBLE.get(ch);
  if (key) return t(lang, key);
  if (OTHER_INVISIBLE.test(ch)) {
    const code = `U+${ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    return t(lang, 'char_other', { code });
  }
  return null;
}

/** `text` as a person can see it: each invisible character written as its name in brackets. */
export function visibleChars(lang, text) {
  let out = '';
  for (const ch of text) {
    const name = charName(lang, ch);
    out += name ? `[${name}]` : ch;
  }
  return out;
}

/** Names of the invisible characters in `before` that `after` no longer has, each once. */
export function removedInvisibles(lang, before, after) {
  const names = [];
  for (const ch of new Set(before)) {
    if (after.includes(ch)) continue;
    const name = charName(lang, ch);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}
