// Generated from data/codes.toml by `icp-precheck codes --format ts`. Do not edit by hand.

/** Every diagnostic code; stable names that forms and servers key on. */
export type DiagnosticCode =
  | "INPUT_MALFORMED"
  | "INPUT_TOO_LARGE"
  | "PROVINCE_UNKNOWN"
  | "DOMAIN_EMPTY"
  | "DOMAIN_IP_NOT_ALLOWED"
  | "DOMAIN_URL_NOT_DOMAIN"
  | "DOMAIN_HAS_PORT"
  | "DOMAIN_WILDCARD"
  | "DOMAIN_BAD_CHAR"
  | "DOMAIN_BAD_HYPHEN"
  | "DOMAIN_LABEL_EMPTY"
  | "DOMAIN_LABEL_TOO_LONG"
  | "DOMAIN_TOO_LONG"
  | "DOMAIN_INVALID_PUNYCODE"
  | "DOMAIN_SINGLE_LABEL"
  | "DOMAIN_TLD_NOT_APPROVED"
  | "DOMAIN_NOT_REGISTRABLE"
  | "DOMAIN_GOV_SUBDOMAIN"
  | "DOMAIN_IS_SUFFIX"
  | "DOMAIN_RESTRICTED_SUFFIX"
  | "DOMAIN_SUFFIX_REQUIRED_FOR_SUBJECT"
  | "DOMAIN_SUFFIX_NOT_ACCEPTED_IN_PROVINCE"
  | "DOMAIN_LABEL_NATIONAL_WORD"
  | "DOMAIN_DUPLICATE"
  | "DOMAIN_TOO_MANY"
  | "DOMAIN_OWNER_MISMATCH"
  | "DOMAIN_NOT_REALNAME"
  | "DOMAIN_REALNAME_NOT_SYNCED"
  | "DOMAIN_REGISTRAR_NOT_APPROVED"
  | "DOMAIN_EXPIRED"
  | "DOMAIN_EXPIRES_SOON"
  | "DOMAIN_STATUS_BLOCKED"
  | "DOMAIN_NORMALIZED"
  | "ID_FORMAT"
  | "ID_CHECKSUM"
  | "ID_BIRTHDATE"
  | "ID_REGION"
  | "USCC_FORMAT"
  | "USCC_CHECKSUM"
  | "USCC_EMBEDDED_ORGCODE_BAD"
  | "ORGCODE_FORMAT"
  | "ORGCODE_CHECKSUM"
  | "CERT_FORMAT"
  | "SUBJECT_CERT_PREFIX_MISMATCH"
  | "PHONE_FORMAT"
  | "PHONE_SEGMENT_UNKNOWN"
  | "LANDLINE_FORMAT"
  | "EMAIL_FORMAT"
  | "ADDRESS_NOT_DETAILED"
  | "SITE_NAME_TOO_SHORT"
  | "SITE_NAME_PURE_ALNUM"
  | "SITE_NAME_SYMBOL"
  | "SITE_NAME_IS_DOMAIN"
  | "SITE_NAME_NATIONAL_WORD"
  | "SITE_NAME_PERSONAL_FORBIDDEN"
  | "SITE_NAME_SENSITIVE"
  | "FINANCE_KEYWORD"
;

/** Subject kinds (主办单位性质). */
export type SubjectKind =
  | "personal"
  | "enterprise"
  | "government"
  | "institution"
  | "social_group"
  | "private_non_enterprise"
  | "foundation"
  | "law_firm"
  | "military"
  | "other"
;

/** Fields `checkField` knows. */
export type FieldKind =
  | "resident_id"
  | "hmt_residence_permit"
  | "passport"
  | "hk_mo_permit"
  | "tw_permit"
  | "foreign_permanent_id"
  | "uscc"
  | "org_code"
  | "mobile"
  | "office_phone"
  | "email"
  | "address"
  | "site_name"
;

/** The 31 mainland province codes. */
export type ProvinceCode =
  | "11" // 北京 Beijing
  | "12" // 天津 Tianjin
  | "13" // 河北 Hebei
  | "14" // 山西 Shanxi
  | "15" // 内蒙古 Inner Mongolia
  | "21" // 辽宁 Liaoning
  | "22" // 吉林 Jilin
  | "23" // 黑龙江 Heilongjiang
  | "31" // 上海 Shanghai
  | "32" // 江苏 Jiangsu
  | "33" // 浙江 Zhejiang
  | "34" // 安徽 Anhui
  | "35" // 福建 Fujian
  | "36" // 江西 Jiangxi
  | "37" // 山东 Shandong
  | "41" // 河南 Henan
  | "42" // 湖北 Hubei
  | "43" // 湖南 Hunan
  | "44" // 广东 Guangdong
  | "45" // 广西 Guangxi
  | "46" // 海南 Hainan
  | "50" // 重庆 Chongqing
  | "51" // 四川 Sichuan
  | "52" // 贵州 Guizhou
  | "53" // 云南 Yunnan
  | "54" // 西藏 Tibet
  | "61" // 陕西 Shaanxi
  | "62" // 甘肃 Gansu
  | "63" // 青海 Qinghai
  | "64" // 宁夏 Ningxia
  | "65" // 新疆 Xinjiang
;
