// Writes a call's arguments as one JSON text for the module (`__callJson`), so that they cross
// into it in one copy instead of one crossing per value, or says they cannot be sent so
// (null), and the module's own reader reads them value by value instead.
//
// Only plain data is written, read exactly as the module's reader reads it: own enumerable
// string-keyed members in Object.keys order, each read once; `undefined` as null; finite
// integers of up to 15 digits. Anything else — a function, symbol or bigint, another number, an object that is
// not a plain object or array (a Date, a Map, a class instance, whose toJSON the module never
// calls), a getter or Proxy trap that throws, a cycle or a depth at the module's bound, a list,
// object, string or total past the module's bounds — gives null, so every one of them is judged
// by the reader that knows how to report it. The bounds also keep the text itself small: no
// more characters than the module would read, whatever the page passed.
const STOP = Symbol('stop');
const OBJECT = Object.prototype;
const ARRAY = Array.prototype;

/**
 * The JSON text of `args` (a list of arguments) or null. `limits` are the module's bounds,
 * `[maxString, maxItems, maxDepth, maxNodes, maxChars]`; each argument has its own totals, as
 * in the module.
 */
export function argsJson(args, limits) {
  const [maxString, maxItems, maxDepth, maxNodes, maxChars] = limits;
  let nodes = 0;
  let chars = 0;
  const string = (s) => {
    chars += s.length;
    if (s.length > maxString || chars > maxChars) throw STOP;
    return JSON.stringify(s);
  };
  const value = (v, depth) => {
    nodes += 1;
    if (nodes > maxNodes) throw STOP;
    switch (typeof v) {
      case 'string':
        return string(v);
      case 'number':
        // Integers the module reads exactly from text; other numbers go value by value.
        if (!Number.isInteger(v) || Math.abs(v) > 999999999999999) throw STOP;
        return Object.is(v, -0) ? '-0' : String(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'undefined':
        return 'null';
      case 'object': {
        if (v === null) return 'null';
        if (depth >= maxDepth) throw STOP;
        if (Array.isArray(v)) {
          if (Object.getPrototypeOf(v) !== ARRAY) throw STOP;
          const n = v.length;
          if (!(n <= maxItems)) throw STOP;
          let out = '[';
          for (let i = 0; i < n; i += 1) out += (i ? ',' : '') + value(v[i], depth + 1);
          return `${out}]`;
        }
        const proto = Object.getPrototypeOf(v);
        if (proto !== OBJECT && proto !== null) throw STOP;
        const keys = Object.keys(v);
        if (keys.length > maxItems) throw STOP;
        let out = '{';
        for (let i = 0; i < keys.length; i += 1) {
          const k = keys[i];
          out += `${i ? ',' : ''}${string(k)}:${value(v[k], depth + 1)}`;
        }
        return `${out}}`;
      }
      default:
        throw STOP;
    }
  };
  try {
    let out = '[';
    for (let i = 0; i < args.length; i += 1) {
      nodes = 0;
      chars = 0;
      out += (i ? ',' : '') + value(args[i], 0);
    }
    return `${out}]`;
  } catch {
    return null;
  }
}
