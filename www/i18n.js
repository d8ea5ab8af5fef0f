// Interface texts of the page in both languages. Diagnostic messages come from the package itself.
export const TEXT = {
  'zh-CN': {
    title: 'ICP备案预检',
    intro: '在提交备案申请之前，检查域名能否备案。所有检查都在浏览器中完成，不上传任何数据。',
    province: '备案省份',
    province_any: '（未选择）',
    subject_kind: '主办单位性质',
    subject_kind_unknown: '（未选择）',
    domain: '网站域名',
    domain_help: '填写已注册的主域名，如 example.com 或 例子.中国',
    ascii: 'A-label（编码形式）',
    unicode: 'U-label（中文形式）',
    registrable: '备案主域名',
    suffix: '后缀',
    apply: '改为“{value}”',
    ok: '可以备案',
    loading: '正在加载检查规则…',
    load_failed: '检查规则加载失败：',
    ruleset: '规则版本 {version}，数据截至 {as_of}；可备案后缀名单截至 {suffix_as_of}',
    severity_error: '错误',
    severity_warning: '警告',
    severity_info: '提示',
    rule: '规则',
    source: '依据',
  },
  en: {
    title: 'ICP filing pre-check',
    intro: 'Check whether a domain can be filed before you submit the ICP filing. Everything runs in your browser; nothing is uploaded.',
    province: 'Filing province',
    province_any: '(not chosen)',
    subject_kind: 'Subject kind',
    subject_kind_unknown: '(not chosen)',
    domain: 'Website domain',
    domain_help: 'Enter the registered domain, e.g. example.com or 例子.中国',
    ascii: 'A-label (encoded form)',
    unicode: 'U-label (Unicode form)',
    registrable: 'Domain to file',
    suffix: 'Suffix',
    apply: 'Use "{value}"',
    ok: 'Can be filed',
    loading: 'Loading the rules…',
    load_failed: 'The rules failed to load: ',
    ruleset: 'Rules {version}, data as of {as_of}; approved suffix list as of {suffix_as_of}',
    severity_error: 'Error',
    severity_warning: 'Warning',
    severity_info: 'Note',
    rule: 'Rule',
    source: 'Source',
  },
};

export const SUBJECT_KINDS = [
  ['personal', '个人', 'Individual'],
  ['enterprise', '企业', 'Enterprise'],
  ['government', '党政机关', 'Party or government organ'],
  ['institution', '事业单位', 'Public institution'],
  ['social_group', '社会团体', 'Social organisation'],
  ['private_non_enterprise', '民办非企业单位', 'Private non-enterprise unit'],
  ['foundation', '基金会', 'Foundation'],
  ['law_firm', '律师执业机构', 'Law firm'],
  ['military', '军队单位', 'Military body'],
  ['other', '其他组织', 'Other organisation'],
];

export function t(lang, key, args = {}) {
  const text = TEXT[lang]?.[key] ?? TEXT['zh-CN'][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in args ? String(args[name]) : m));
}
