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
  | "DOMAIN_BAD_CONTEXT"
  | "DOMAIN_BIDI"
  | "DOMAIN_LABEL_EMPTY"
  | "DOMAIN_LABEL_TOO_LONG"
  | "DOMAIN_TOO_LONG"
  | "DOMAIN_INVALID_PUNYCODE"
  | "DOMAIN_SINGLE_LABEL"
  | "DOMAIN_CN_HYPHENS"
  | "DOMAIN_CN_NO_HAN"
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
  | "ID_IS_USCC"
  | "USCC_FORMAT"
  | "USCC_CHECKSUM"
  | "USCC_EMBEDDED_ORGCODE_BAD"
  | "USCC_IS_RESIDENT_ID"
  | "USCC_IS_ORG_CODE"
  | "CREDIT_CODE_REQUIRED"
  | "USCC_CATEGORY_UNKNOWN"
  | "ORGCODE_FORMAT"
  | "ORGCODE_CHECKSUM"
  | "CERT_FORMAT"
  | "SUBJECT_CERT_PREFIX_MISMATCH"
  | "PHONE_FORMAT"
  | "PHONE_SEGMENT_UNKNOWN"
  | "PHONE_SEGMENT_NOT_PERSONAL"
  | "LANDLINE_FORMAT"
  | "LANDLINE_AREA_UNKNOWN"
  | "LANDLINE_LENGTH"
  | "EMAIL_FORMAT"
  | "ADDRESS_NOT_DETAILED"
  | "SITE_NAME_TOO_SHORT"
  | "SITE_NAME_PURE_ALNUM"
  | "SITE_NAME_SYMBOL"
  | "SITE_NAME_IS_DOMAIN"
  | "SITE_NAME_NATIONAL_WORD"
  | "SITE_NAME_STATE_WORD"
  | "SITE_NAME_PERSONAL_FORBIDDEN"
  | "SITE_NAME_SENSITIVE"
  | "FINANCE_KEYWORD"
  | "FIELD_REQUIRED"
  | "CERT_TYPE_NOT_ALLOWED_FOR_SUBJECT"
  | "CERT_EXPIRED"
  | "CERT_EXPIRES_SOON"
  | "LEADER_UNDERAGE"
  | "CROSS_PROVINCE_ORG"
  | "WEBSITES_TOO_MANY"
  | "PREAPPROVAL_REQUIRED"
  | "PREAPPROVAL_NOT_FOR_PERSONAL"
  | "PREAPPROVAL_IMPLIED"
  | "CONTENT_SUBJECT_MISMATCH"
  | "PREAPPROVAL_MAY_BE_ASKED"
  | "EMERGENCY_PHONE_SAME"
  | "PERSONAL_NAME_MISMATCH"
  | "FACT_NEEDED"
  | "FACT_CONTRADICTION"
  | "FILING_TYPE_MISMATCH"
  | "ACCESS_CANNOT_CHANGE"
  | "FILE_WITH_HOSTING_PROVIDER"
  | "SUBJECT_SHELL"
  | "WEBSITE_SHELL"
  | "DOMAIN_FILED_BY_OTHER_SUBJECT"
  | "NOT_A_CHANGE"
  | "OPERATION_OFFLINE"
  | "SERVER_NOT_QUALIFIED"
  | "SERVICE_NUMBER_QUOTA_EXHAUSTED"
  | "COMMERCIAL_NOT_SUPPORTED_ON_PRODUCT"
  | "ONE_DOMAIN_PER_WEBSITE"
  | "NOT_CLAIMABLE"
  | "POLICE_FILING_30D"
  | "COMMERCIAL_LICENCE_SEPARATE"
  | "SHELL_WEBSITE_RISK"
  | "SHELL_SUBJECT_RISK"
  | "CLOSE_SITE_DURING_FILING"
  | "KEEP_SITE_REACHABLE_DURING_ACCESS"
  | "EXISTING_SITES_RECHECKED"
  | "ONE_ORDER_AT_A_TIME"
  | "ACCESS_FIRST_THEN_CANCEL"
  | "FILING_NUMBER_FORMAT"
  | "FILING_NUMBER_IS_WEBSITE"
  | "FILING_NUMBER_NOT_WEBSITE"
  | "FILING_NUMBER_NOT_UNDER_SUBJECT"
  | "FILING_NUMBER_PROVINCE_MISMATCH"
  | "REMOVE_DOMAIN_IS_CHANGE"
  | "CROSS_PROVINCE_PERSONAL_NOT_ACCEPTED"
  | "CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"
  | "LEADER_NOT_LEGAL_REP"
  | "LEADER_AUTH_LETTER_REQUIRED"
  | "SITE_LEADER_AUTH_LETTER_REQUIRED"
  | "LEADERS_MUST_BE_SAME_PERSON"
  | "LEADERS_MUST_DIFFER"
  | "LEADER_MINOR_NEEDS_PROOF"
  | "PHONE_NOT_LOCAL"
  | "PHONE_DUPLICATE_BETWEEN_LEADERS"
  | "MOBILE_SHARED_BETWEEN_LEADERS"
  | "EMERGENCY_PHONE_IS_LEADER"
  | "REMARK_REQUIRED"
  | "MATERIAL_REQUIRED"
  | "SUBMISSION_WEBSITES_TOO_MANY"
  | "SUBMISSION_DOMAINS_TOO_MANY"
  | "ADDRESS_NOT_IN_PROVINCE"
  | "ADDRESS_PROVINCE_MISMATCH"
  | "ADDRESS_CITY_MISMATCH"
  | "ADDRESS_HAS_SYMBOLS"
  | "ADDRESS_DISTRICT_UNCLEAR"
  | "CERT_TYPE_NOT_ACCEPTED_IN_PROVINCE"
  | "LEADER_ID_DUPLICATE"
  | "SITE_NAME_NOT_ENTITY_NAME"
  | "SITE_NAME_DUPLICATE"
  | "PROVINCE_ADVISORY"
  | "LANDLINE_NOT_LOCAL"
  | "OFFICE_PHONE_REQUIRED"
  | "LEADER_NAME_NOT_FULL"
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

/** Identity and registration documents (证件类型). */
export type DocumentType =
  | "resident_id" // 居民身份证
  | "temporary_resident_id" // 临时居民身份证
  | "hmt_residence_permit" // 港澳台居民居住证
  | "passport" // 护照
  | "hk_mo_permit" // 港澳居民来往内地通行证
  | "tw_permit" // 台湾居民来往大陆通行证
  | "foreign_permanent_id" // 外国人永久居留身份证
  | "uscc" // 统一社会信用代码证书
  | "org_code" // 组织机构代码证
  | "business_registration" // 营业执照（注册号）
  | "military_code" // 部队代号
  | "other" // 其他登记证书
;

/** Website content categories (网站服务内容 / 前置审批类别). */
export type ContentCategory =
  | "other"
  | "news"
  | "publishing"
  | "education"
  | "medical"
  | "drugs_devices"
  | "culture"
  | "broadcast"
  | "ride_hailing"
  | "finance"
  | "games"
  | "bbs"
;

/** Supporting documents an applicant can upload (`materials`). */
export type Material =
  | "authorisation_letter" // 授权书（法定代表人授权委托书）
  | "residence_permit" // 居住证
  | "temporary_residence_permit" // 暂住证 / 临时居住证
  | "student_card" // 学生证
  | "social_security_proof" // 社保证明 / 社保卡
  | "employment_proof" // 工作单位证明 / 劳动合同 / 聘用合同
  | "income_proof" // 劳动就业或收入证明
  | "lease_contract" // 房屋租赁合同
  | "property_certificate" // 房产证明
  | "site_plan" // 网站建设方案书
  | "commitment_letter" // 承诺书（如不涉及前置审批承诺书）
  | "preapproval_document" // 前置审批文件
  | "national_level_proof" // 国家级单位证明
  | "name_change_certificate" // 名称变更证明
  | "guardian_consent" // 监护人同意书
  | "filing_commitment" // 互联网信息服务备案承诺书（省通信管理局格式）
  | "authenticity_notice" // ICP备案信息真实性责任告知书
  | "authenticity_commitment" // ICP备案信息真实性承诺书
  | "authenticity_guarantee" // 备案信息真实性保证书
  | "party_building_proof" // 党建证明（网信办）
  | "institution_site_form" // 事业单位网站开办审核申请表
  | "staffing_office_approval" // 机构编制部门（编办）前置审批文件
  | "finance_qualification" // 金融监管部门资质文件
  | "culture_licence" // 网络文化经营许可证
  | "domain_certificate" // 域名证书
  | "household_register" // 户口簿
  | "other" // 其他材料
;

/** Operations of the provider's filing system (spec filing.md). */
export type FilingType =
  | "first_filing" // 首次备案
  | "access_subject_elsewhere" // 接入备案（主体不在本平台）
  | "access_subject_here" // 接入备案（主体在本平台）
  | "new_website_subject_elsewhere" // 新增网站（原备案不在本平台）
  | "new_website_subject_here" // 新增网站（原备案在本平台）
  | "change_subject" // 变更主体
  | "change_website" // 变更网站
  | "change_access" // 变更接入
  | "cancel_subject" // 注销主体
  | "cancel_website" // 注销网站
  | "cancel_access" // 取消接入
  | "claim_wanwang" // 认领原万网备案
  | "import_legacy" // 导入备案
  | "wangpu" // 阿里巴巴旺铺/企业官网备案
  | "none" // 无需备案
;

/** Paths of the facts the classifier may ask for (`FilingPlan.needs`). */
export type FactPath =
  | "/intent"
  | "/hosting"
  | "/subject/kind"
  | "/subject/filed"
  | "/subject/at_this_provider"
  | "/subject/shell"
  | "/subject/same_entity"
  | "/subject/filing_number"
  | "/domain/filed"
  | "/domain/same_subject"
  | "/domain/accessed_here"
  | "/domain/shell"
  | "/domain/filing_number"
  | "/changes"
  | "/remove/target"
  | "/remove/website_domain_count"
  | "/remove/subject_website_count"
  | "/other_provider_accessed"
  | "/moving_to_other_provider"
  | "/wanwang_before_2010_06"
  | "/imported"
  | "/legacy_hichina"
  | "/product"
  | "/server/billing"
  | "/server/months_purchased"
  | "/server/public_ip"
  | "/server/service_numbers_used"
  | "/server/order_amount_cny"
  | "/commercial_site"
  | "/order_in_progress"
  | "/province"
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
