// Hostile values a page can pass, each made fresh by a function, and the run that feeds each one
// to every entry many times, then checks that ordinary calls still work. Shared by the Node test
// (tests/js/hostile.test.mjs, the installed package) and the page test in Chromium
// (tests/e2e/hostile.spec.mjs, the module the page loads).

/** The shapes, by name. Some call back into `pkg` from a getter. */
export function shapes(pkg) {
  const longKey = 'k'.repeat(1 << 20);
  return {
    revokedProxy: () => {
      const r = Proxy.revocable({}, {});
      r.revoke();
      return r.proxy;
    },
    revokedArrayProxy: () => {
      const r = Proxy.revocable(['example.com'], {});
      r.revoke();
      return r.proxy;
    },
    throwingIndexGetter: () => {
      const a = ['example.com', 'example.cn'];
      Object.defineProperty(a, 0, { get() { throw new Error('index'); } });
      return a;
    },
    throwingLength: () => new Proxy(['example.com'], {
      get(t, k, r) {
        if (k === 'length') throw new Error('length');
        return Reflect.get(t, k, r);
      },
    }),
    lengthNotANumber: () => new Proxy(['example.com'], { get: (t, k, r) => (k === 'length' ? 'many' : Reflect.get(t, k, r)) }),
    hugeSparseArray: () => {
      const a = [];
      a.length = 2 ** 32 - 1;
      return a;
    },
    throwingOwnKeys: () => new Proxy({}, { ownKeys() { throw new Error('keys'); } }),
    throwingGetTrap: () => new Proxy({ province: '11' }, { get() { throw Symbol('get'); } }),
    throwingGetter: () => ({ get province() { throw new Error('getter'); } }),
    getterOverflowingTheStack: () => ({
      get province() {
        const f = (n) => f(n + 1) + 1;
        return f(0);
      },
    }),
    reentrantGetter: () => {
      const o = {};
      Object.defineProperty(o, 'province', { enumerable: true, get: () => pkg.checkDomain(o, o).input });
      return o;
    },
    reentrantApplication: () => {
      const o = { subject: {} };
      Object.defineProperty(o.subject, 'name', {
        enumerable: true,
        get: () => pkg.validateApplication(o).diagnostics[0]?.code,
      });
      return o;
    },
    memberNameOfAMegabyte: () => ({ [longKey]: 1 }),
    bidiText: () => ({ province: '1\u202e1', subject: { name: '\u2067张三\u2069' } }),
  };
}

// Every entry with the shape in each place it can be: the argument, the options, inside a list,
// inside an application.
const CALLS = [
  (pkg, h) => pkg.checkDomain(h, h),
  (pkg, h) => pkg.checkDomains([h, 'example.com'], { province: h }),
  (pkg, h) => pkg.checkDomains(h),
  (pkg, h) => pkg.checkField('mobile', h, h),
  (pkg, h) => pkg.checkField(h, '13812345678'),
  (pkg, h) => pkg.validateApplication({ province: '11', subject: h, websites: [h, { domains: h }] }, h),
  (pkg, h) => pkg.validateApplication(h),
  (pkg, h) => pkg.classifyFiling(h, h),
  (pkg, h) => pkg.classifyFiling({ intent: 'host_new', subject: h }, { lang: h }),
];

/** Each shape through `times` calls (the entries in turn); what threw or came back without
 * diagnostics, and whether ordinary calls work afterwards. */
export function runHostile(pkg, times) {
  const problems = [];
  for (const [name, make] of Object.entries(shapes(pkg))) {
    // The stack-overflowing getter is slow by nature (thousands of frames each time).
    const n = name === 'getterOverflowingTheStack' ? Math.ceil(times / 10) : times;
    for (let i = 0; i < n; i += 1) {
      const c = i % CALLS.length;
      try {
        const r = CALLS[c](pkg, make());
        if (r === null || typeof r !== 'object' || !Array.isArray(r.diagnostics)) problems.push(`${name}, call ${c}: no report`);
      } catch (e) {
        problems.push(`${name}, call ${c}: threw ${String(e)}`);
      }
      if (problems.length > 20) return { problems, after: null };
    }
  }
  const after = {
    ascii: pkg.checkDomain('例子.中国').ascii,
    ok: pkg.checkDomain('example.com').ok,
    field: pkg.checkField('mobile', '138 1234 5678').normalized,
    plan: pkg.classifyFiling({ intent: 'remove', remove: { target: 'domain', website_domain_count: 3 } }).filing_type,
  };
  return { problems: [...new Set(problems)], after };
}

export const EXPECTED_AFTER = { ascii: 'xn--fsqu00a.xn--fiqs8s', ok: true, field: '13812345678', plan: 'change_website' };
