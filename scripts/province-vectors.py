#!/usr/bin/env python3
"""Writes tests/vectors/province.jsonl: the PR cases of research/province-rules.md §5 (reference
date 2025-06-01), a clean personal and enterprise application for every province, and vectors
for the rules and codes the PR cases leave out (PVxx). Each starts from a base of
application-bases.json (scripts/province-bases.py) and changes the facts the case names.

usage: python3 scripts/province-vectors.py
"""
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests/vectors/province.jsonl"
BASES = json.loads((ROOT / "tests/vectors/application-bases.json").read_text(encoding="utf-8"))
TODAY = {"today": "2025-06-01"}
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid(region6: str, born: str = "19900101", seq: str = "123") -> str:
    body = region6 + born.replace("-", "") + seq
    s = sum(int(c) * w for c, w in zip(body, ID_WEIGHTS))
    return body + "10X98765432"[s % 11]


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(body17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return body17 + USCC_ALPHABET[(31 - s % 31) % 31]


def personal_id(number: str, domain: str = "zhangsan-notes.cn") -> dict:
    """The set-edits that give a personal application this ID everywhere it appears."""
    return {
        "/subject/document/number": number,
        "/subject/leader/document/number": number,
        f"/websites/0/domain_facts/{domain}/owner_document_number": number,
    }


def base(kind: str, code: str) -> str:
    return f"{kind}-{code}"


def materials(code: str, *extra: str) -> list:
    return BASES[base("personal", code)]["subject"]["materials"] + list(extra)


V = []


def vec(id_, kind, code, note, verdict, codes=(), set_=None, repeat=None, remove=None, **checks):
    v = {"id": id_, "base": base(kind, code)}
    if repeat:
        v["repeat"] = repeat
    if set_:
        v["set"] = set_
    if remove:
        v["remove"] = remove
    v["options"] = dict(TODAY)
    v["verdict"] = verdict
    v["codes"] = list(codes)
    v.update(checks)
    v["note"] = note
    V.append(v)


def subject_leader(kind: str, code: str) -> dict:
    return BASES[base(kind, code)]["subject"]["leader"]


# --- research/province-rules.md §5 -------------------------------------------------------
vec("PR01", "personal", "42", "local ID, one website with one domain", "accept", absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PR02", "enterprise", "42", "two websites in one order", "reject", ["P42.ONE_SITE_ONE_DOMAIN"], repeat={"/websites": 2}, set_={"/websites/1/name": "示例网络科技商城"})
vec("PR03", "enterprise", "42", "one website with two domains", "reject", ["BASE.ONE_DOMAIN_PER_SITE"], set_={"/websites/0/domains": ["example-tech.cn", "example-tech.com.cn"]})
vec("PR05", "personal", "42", "Guangdong ID with a Hubei residence permit", "accept", set_={**personal_id(rid("440305")), "/subject/materials": ["residence_permit"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PR06", "personal", "42", "Guangdong ID with a student card (accepted per the 2019 list)", "accept", set_={**personal_id(rid("440305")), "/subject/materials": ["student_card"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PR07", "enterprise", "42", "subject leader not the legal rep; a letter does not help", "reject", ["P42.LEADER_LEGAL_REP"], set_={"/subject/leader/is_legal_representative": False, "/subject/materials": ["authorisation_letter"]}, paths=["/subject/leader/is_legal_representative"])
vec("PR09", "personal", "42", "born 2008-01-01: 17 on the reference date", "reject", ["P42.AGE"], set_=personal_id(rid("420102", "20080101")))
vec("PR10", "personal", "41", "Jiangsu ID in Henan", "reject", ["P41.PERSONAL_NONLOCAL"], set_=personal_id(rid("320102")))
vec("PR11", "enterprise", "41", "two websites in one order", "reject", ["P41.ONE_SITE_PER_SUBMISSION"], repeat={"/websites": 2}, set_={"/websites/1/name": "示例网络科技商城"})
vec("PR13", "personal", "43", "mobile number from Guangdong", "reject", ["P43.PHONE_LOCAL"], set_={"/subject/leader/mobile_province": "44"}, paths=["/subject/leader/mobile"])
vec("PR14", "enterprise", "43", "two filed websites, a new one without a site plan", "reject", ["P43.SITE_PLAN_EXISTING"], set_={"/subject/filed_website_count": 2, "/subject/materials": materials("43")})
vec("PR15", "enterprise", "43", "two websites in one order", "reject", ["P43.ONE_SITE_PER_SUBMISSION"], repeat={"/websites": 2}, set_={"/websites/1/name": "示例网络科技商城"})
leader32 = dict(subject_leader("enterprise", "32"), is_legal_representative=False)
vec("PR17", "enterprise", "32", "subject leader not the legal rep, letter given, also the website leader", "accept", set_={"/subject/leader": leader32, "/websites/0/leader": leader32, "/subject/materials": materials("32", "authorisation_letter")}, absent=["LEADERS_MUST_BE_SAME_PERSON", "LEADER_AUTH_LETTER_REQUIRED", "SITE_LEADER_AUTH_LETTER_REQUIRED"])
vec("PR18", "personal", "32", "16 years old with employment proof", "accept", set_={**personal_id(rid("320102", "20090501")), "/subject/materials": materials("32", "employment_proof")}, absent=["LEADER_UNDERAGE", "LEADER_MINOR_NEEDS_PROOF"])
vec("PR19", "personal", "32", "16 years old without proof", "reject", ["P32.AGE_BAND", "LEADER_MINOR_NEEDS_PROOF"], set_=personal_id(rid("320102", "20090501")))
vec("PR21", "personal", "32", "mobile number from Zhejiang", "reject", ["P32.PHONE_LOCAL"], set_={"/subject/leader/mobile_province": "浙江"})
vec("PR22", "enterprise", "32", "authenticity notice and commitment missing", "reject", ["P32.AUTHENTICITY_DOCS"], set_={"/subject/materials": []}, paths=["/subject/materials"])
vec("PR23", "personal", "31", "Zhejiang ID without a Shanghai residence permit", "reject", ["P31.PERSONAL_NONLOCAL", "CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"], set_=personal_id(rid("330106")))
vec("PR25", "personal", "31", "Shanghai ID 310104…", "accept", set_=personal_id(rid("310104")), absent=["MATERIAL_REQUIRED", "CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PR26", "enterprise", "31", "website leader not the legal rep, no letter", "reject", ["P31.SITE_LEADER_AUTH"], set_={"/websites/0/materials": []}, paths=["/websites/0/materials"])
vec("PR27", "enterprise", "31", "subject leader not the legal rep", "reject", ["P31.LEADER_LEGAL_REP"], set_={"/subject/leader/is_legal_representative": False})
vec("PR29", "enterprise", "12", "website leader = subject leader = legal rep", "reject", ["P12.SITE_LEADER_DIFFERS"], set_={"/websites/0/leader": subject_leader("enterprise", "12")})
vec("PR30", "enterprise", "12", "emergency phone = the subject leader's mobile", "reject", ["P12.EMERGENCY_THIRD_PERSON"], set_={"/websites/0/leader/emergency_phone": "13912345678"})
vec("PR31", "enterprise", "12", "legal rep born 2008-03-01 (17) without proof", "reject", ["P12.AGE_ENTITY", "LEADER_MINOR_NEEDS_PROOF"], set_={"/subject/leader/document/number": rid("120102", "20080301", "002")})
vec("PR33", "personal", "12", "mobile number from Beijing", "reject", ["P12.PHONE_LOCAL"], set_={"/subject/leader/mobile_province": "北京市"})
vec("PR34", "personal", "11", "domain example.io", "reject", ["P11.TLD_ALLOWLIST"], set_={"/websites/0/domains": ["example.io"]})
vec("PR35", "personal", "11", "domain example.com", "accept", set_={"/websites/0/domains": ["example.com"], "/websites/0/domain_facts": {"example.com": {"owner_name": "张三", "owner_document_number": BASES["personal-11"]["subject"]["document"]["number"], "realname_verified": True, "expires": "2028-03-01", "status": ["ok"]}}}, absent=["DOMAIN_SUFFIX_NOT_ACCEPTED_IN_PROVINCE"])
vec("PR37", "personal", "11", "domain example.hk", "reject", ["P11.TLD_ALLOWLIST"], set_={"/websites/0/domains": ["example.hk"]})
vec("PR38", "enterprise", "11", "non-state enterprise, label contains 中国", "reject", ["P11.DOMAIN_NATIONAL_PREFIX"], set_={"/websites/0/domains": ["zhongguo-中国.cn"]})
vec("PR39", "personal", "44", "mobile = emergency phone", "reject", ["P44.EMERGENCY_DISTINCT"], set_={"/subject/leader/emergency_phone": "13812345678"})
vec("PR41", "personal", "44", "Hunan ID without proof", "reject", ["P44.PERSONAL_NONLOCAL"], set_=personal_id(rid("430102")))
vec("PR42", "personal", "44", "born 2010-01-01: 15", "reject", ["P44.AGE_BAND", "LEADER_UNDERAGE"], set_=personal_id(rid("440102", "20100101")))
vec("PR43", "enterprise", "44", "commitment letter missing", "reject", ["P44.COMMITMENT"], set_={"/subject/materials": []})
vec("PR45", "personal", "50", "Sichuan ID in Chongqing", "reject", ["P50.PERSONAL_NONLOCAL"], set_=personal_id(rid("510104")))
vec("PR46", "enterprise", "50", "website leader already leads another subject", "reject", ["P50.SITE_LEADER_UNIQUE", "LEADER_ID_DUPLICATE"], set_={"/websites/0/leader/leads_other_subject": True})
vec("PR47", "personal", "51", "Chongqing ID with an employment contract", "accept", set_={**personal_id(rid("500103")), "/subject/materials": ["employment_proof"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PR49", "enterprise", "51", "subject leader not the legal rep, no letter", "reject", ["P51.LEADER_AUTH", "LEADER_AUTH_LETTER_REQUIRED"], set_={"/subject/leader/is_legal_representative": False})
vec("PR50", "enterprise", "23", "website named 某某旅游攻略, not the entity's name", "reject", ["P23.ENTITY_SITE_NAME", "SITE_NAME_NOT_ENTITY_NAME"], set_={"/websites/0/name": "某某旅游攻略"})
vec("PR51", "personal", "23", "Liaoning ID in Heilongjiang", "reject", ["P23.PERSONAL_NONLOCAL"], set_=personal_id(rid("210102")))
vec("PR53", "enterprise", "61", "two websites both named 某某官网", "reject", ["P61.UNIQUE_SITE_NAMES", "SITE_NAME_DUPLICATE"], repeat={"/websites": 2}, set_={"/subject/name": "西安某某网络科技有限公司", "/websites/0/name": "某某官网", "/websites/1/name": "某某官网"})
vec("PR54", "personal", "61", "five filed websites and a sixth", "reject", ["P61.MAX_SITES_PERSONAL"], set_={"/subject/filed_website_count": 5})
vec("PR55", "enterprise", "61", "29 filed websites and one more", "accept", set_={"/subject/filed_website_count": 29}, absent=["WEBSITES_TOO_MANY"])
vec("PR57", "personal", "62", "Shaanxi ID in Gansu", "reject", ["P62.PERSONAL_NONLOCAL"], set_=personal_id(rid("610113")))
vec("PR58", "enterprise", "62", "emergency phone = the website leader's mobile", "reject", ["P62.EMERGENCY_THIRD", "EMERGENCY_PHONE_IS_LEADER"], set_={"/subject/leader/emergency_phone": "13712345678"})
vec("PR59", "enterprise", "65", "first filing without the party-building certificate", "reject", ["P65.PARTY_PROOF"], set_={"/subject/materials": []})
vec("PR61", "enterprise", "64", "domain registered to the legal rep", "reject", ["P64.DOMAIN_OWNER_ENTITY"], set_={"/websites/0/domain_facts/example-tech.cn/owner_name": "李四", "/websites/0/domain_facts/example-tech.cn/owner_document_number": subject_leader("enterprise", "64")["document"]["number"]})
vec("PR62", "personal", "63", "Gansu ID in Qinghai", "reject", ["P63.PERSONAL_NONLOCAL"], set_=personal_id(rid("620102")))
vec("PR63", "personal", "54", "Sichuan ID in Tibet", "reject", ["P54.PERSONAL_NONLOCAL"], set_=personal_id(rid("510104")))
vec("PR65", "enterprise", "36", "the leaders' mobiles as each other's emergency numbers", "reject", ["P36.PHONES_NOT_SWAPPED", "PHONE_DUPLICATE_BETWEEN_LEADERS"], set_={"/subject/leader/emergency_phone": "13712345678", "/websites/0/leader/emergency_phone": "13912345678"})
vec("PR66", "enterprise", "36", "public institution without the staffing office's approval", "reject", ["P36.GOV_PREAPPROVAL"], set_={"/subject/kind": "institution"})
vec("PR67", "enterprise", "35", "website leader not the legal rep, no letter", "reject", ["P35.SITE_LEADER_AUTH"], set_={"/websites/0/materials": []})
vec("PR69", "enterprise", "14", "new-site order with four domains", "reject", ["P14.MAX_NEW_DOMAINS", "SUBMISSION_DOMAINS_TOO_MANY"], set_={"/websites/0/domains": ["example-tech.cn", "example-tech.com.cn", "example-tech.net", "example-tech.com"]}, paths=["/websites/0/domains/3"])
vec("PR70", "enterprise", "13", "certificate in 石家庄, mailing address in 保定", "reject", ["P13.ADDRESS_SAME_CITY", "ADDRESS_CITY_MISMATCH"], set_={"/subject/address": "河北省保定市竞秀区中山路90号5楼"})
vec("PR71", "personal", "13", "a foreign passport holder", "reject", ["P13.FOREIGNER_REJECT", "CERT_TYPE_NOT_ACCEPTED_IN_PROVINCE"], set_={"/subject/document/type": "passport", "/subject/document/number": "E12345678", "/subject/leader/document/type": "passport", "/subject/leader/document/number": "E12345678"})
vec("PR73", "personal", "15", "temporary ID card", "reject", ["P15.TEMP_ID"], set_={"/subject/document/type": "temporary_resident_id", "/subject/leader/document/type": "temporary_resident_id"})
vec("PR74", "personal", "15", "Beijing ID with a residence permit: Huawei refuses, JD accepts (conflict: a warning)", "warn", ["CROSS_PROVINCE_PERSONAL_NOT_ACCEPTED"], set_={**personal_id(rid("110105")), "/subject/materials": ["residence_permit"]}, rules=["P15.PERSONAL_NONLOCAL"])
vec("PR75", "personal", "37", "Beijing ID with a Shandong student card", "accept", set_={**personal_id(rid("110105")), "/subject/materials": ["student_card"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
leader34 = dict(subject_leader("enterprise", "34"), is_legal_representative=False)
vec("PR77", "enterprise", "34", "subject leader not the legal rep (letter), another person leads the website", "reject", ["P34.LEADER_AUTH_SAME_PERSON", "LEADERS_MUST_BE_SAME_PERSON"], set_={"/subject/leader": leader34, "/subject/materials": ["authorisation_letter"]})
vec("PR78", "enterprise", "33", "public institution with a .com domain", "reject", ["BASE.PUBLIC_INST_TLD"], set_={"/subject/kind": "institution", "/websites/0/domains": ["example-tech.com"]})
vec("PR79", "enterprise", "33", "leader ID expires 2025-07-15", "reject", ["BASE.ID_VALIDITY_3M"], set_={"/subject/leader/document/valid_until": "2025-07-15"})

# --- every province: a clean personal and enterprise application --------------------------
for code in sorted({k.split("-")[1] for k in BASES if "-" in k}):
    vec(f"PC{code}", "personal", code, "a complete personal application in this province passes its rules", "accept", receipt=True)
    vec(f"EC{code}", "enterprise", code, "a complete enterprise application in this province passes its rules", "accept", receipt=True)

# --- rules and codes the PR cases leave out ------------------------------------------------
vec("PV01", "personal", "11", "no Beijing rule on non-local individuals: the national baseline warns", "warn", ["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"], set_=personal_id(rid("440305")), rules=["BASE.PERSONAL_CROSS_PROVINCE_BY_BUREAU"])
vec("PV02", "personal", "11", "no Beijing age row: the national minimum age applies", "reject", ["BASE.LEADER_MIN_AGE", "LEADER_UNDERAGE"], set_=personal_id(rid("110102", "20100101")))
vec("PV03", "personal", "11", "a Hong Kong resident on a Home Return Permit (Beijing wants the passport; low confidence)", "warn", ["CERT_TYPE_NOT_ACCEPTED_IN_PROVINCE"], set_={"/subject/document/type": "hk_mo_permit", "/subject/document/number": "H12345678", "/subject/leader/document/type": "hk_mo_permit", "/subject/leader/document/number": "H12345678", "/websites/0/domain_facts/zhangsan-notes.cn/owner_document_number": "H12345678", "/subject/materials": ["residence_permit"]}, rules=["P11.HK_PASSPORT"])
vec("PV04", "personal", "11", "a personal site name with a place name (low confidence)", "warn", ["SITE_NAME_PERSONAL_FORBIDDEN"], set_={"/websites/0/name": "海淀前端学习笔记"}, rules=["P11.PERSONAL_SITE_NAME"])
vec("PV05", "personal", "12", "a personal filing without the remark naming the emergency contact", "reject", ["P12.EMERGENCY_FAMILY", "REMARK_REQUIRED"], remove=["/subject/remark"], paths=["/subject/remark"])
vec("PV06", "enterprise", "12", "an address in 华苑 without its district", "warn", ["ADDRESS_DISTRICT_UNCLEAR"], set_={"/subject/address": "天津市华苑产业区海泰发展六道6号", "/subject/document_address": "天津市华苑产业区海泰发展六道6号"}, rules=["P12.HUAYUAN_DISTRICT"])
vec("PV07", "personal", "12", "a personal website without the personal-site remark (low confidence)", "warn", ["REMARK_REQUIRED"], remove=["/websites/0/remark"], rules=["P12.PERSONAL_REMARK"], paths=["/websites/0/remark"])
vec("PV08", "enterprise", "13", "subject leader not the legal rep", "reject", ["P13.LEADER_LEGAL_REP", "LEADER_NOT_LEGAL_REP"], set_={"/subject/leader/is_legal_representative": False})
vec("PV09", "personal", "14", "Henan ID in Shanxi", "reject", ["P14.PERSONAL_NONLOCAL", "CROSS_PROVINCE_PERSONAL_NOT_ACCEPTED"], set_=personal_id(rid("410102")))
vec("PV10", "enterprise", "15", "a public institution without the website review form", "reject", ["P15.PUBLIC_INST_FORM", "MATERIAL_REQUIRED"], set_={"/subject/kind": "institution"})
vec("PV11", "enterprise", "21", "emergency phone = mobile", "reject", ["P21.EMERGENCY_DISTINCT", "EMERGENCY_PHONE_SAME"], set_={"/subject/leader/emergency_phone": "13912345678"})
vec("PV12", "enterprise", "21", "a finance-sounding name with a website leader who is not the legal rep (low confidence)", "warn", ["LEADER_NOT_LEGAL_REP"], set_={"/subject/name": "沈阳示例投资管理有限公司", "/websites/0/domain_facts/example-tech.cn/owner_name": "沈阳示例投资管理有限公司", "/websites/0/name": "示例投资管理官网"}, rules=["P21.FINANCE_NAME_LEADERS"])
vec("PV13", "personal", "22", "Liaoning ID with a Jilin student card", "accept", set_={**personal_id(rid("210102")), "/subject/materials": ["student_card"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PV14", "personal", "22", "Liaoning ID without proof", "reject", ["P22.PERSONAL_NONLOCAL"], set_=personal_id(rid("210102")))
vec("PV15", "enterprise", "22", "subject leader not the legal rep, with a letter", "accept", set_={"/subject/leader/is_legal_representative": False, "/subject/materials": ["authorisation_letter"]}, absent=["LEADER_AUTH_LETTER_REQUIRED", "LEADER_NOT_LEGAL_REP"])
vec("PV16", "enterprise", "23", "website leader also leads another subject (2017: a warning)", "warn", ["LEADER_ID_DUPLICATE"], set_={"/websites/0/leader/leads_other_subject": True}, rules=["P23.SITE_LEADER_UNIQUE"])
vec("PV17", "personal", "31", "a Shanghai ID not starting with 310 without permit or hukou booklet", "warn", ["MATERIAL_REQUIRED"], set_=personal_id(rid("312101")), rules=["P31.ID_NOT_310"])
vec("PV18", "enterprise", "31", "30 websites in all without a site plan", "reject", ["P31.SITE_PLAN_30"], set_={"/subject/filed_website_count": 29})
vec("PV19", "enterprise", "31", "30 websites in all with a site plan", "accept", set_={"/subject/filed_website_count": 29, "/subject/materials": ["filing_commitment", "site_plan"]}, absent=["MATERIAL_REQUIRED"])
vec("PV20", "personal", "33", "Jiangsu ID without a Zhejiang residence permit", "reject", ["P33.PERSONAL_NONLOCAL"], set_=personal_id(rid("320102")))
vec("PV21", "enterprise", "33", "a sole proprietor's credit code: the 个体工商户 advisory", "accept", ["PROVINCE_ADVISORY"], set_={"/subject/document/number": uscc("92330100MA27XY1KX"), "/websites/0/domain_facts/example-tech.cn/owner_document_number": uscc("92330100MA27XY1KX")}, rules=["P33.SOLE_PROPRIETOR_SEAL"])
vec("PV22", "personal", "34", "Jiangsu ID without a residence permit (2019 list, low confidence)", "warn", ["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"], set_=personal_id(rid("320102")), rules=["P34.PERSONAL_NONLOCAL"])
vec("PV23", "personal", "35", "Jiangxi ID with a Fujian temporary residence permit", "accept", set_={**personal_id(rid("360102")), "/subject/materials": ["temporary_residence_permit"]}, absent=["CROSS_PROVINCE_NEEDS_RESIDENCE_PERMIT"])
vec("PV24", "enterprise", "36", "a website leader with a Beijing ID and no Jiangxi residence permit", "reject", ["P36.ENTITY_LEADERS_LOCAL", "MATERIAL_REQUIRED"], set_={"/websites/0/leader/document/number": rid("110105", "19800101", "001")}, paths=["/websites/0/leader/document/number"])
vec("PV25", "enterprise", "36", "an address with symbols", "warn", ["ADDRESS_HAS_SYMBOLS"], set_={"/subject/address": "江西省南昌市东湖区中山路90号#5楼", "/subject/document_address": "江西省南昌市东湖区中山路90号#5楼"}, rules=["P36.ADDRESS_NO_SYMBOLS"])
vec("PV26", "personal", "36", "eight filed websites: one domain per order, here two", "reject", ["P36.ONE_DOMAIN_WHEN_MANY"], repeat={"/websites": 2}, set_={"/subject/filed_website_count": 8, "/subject/document/number": rid("360102"), "/subject/leader/document/number": rid("360102"), "/websites/1/name": "后端学习笔记", "/websites/1/domains": ["zhangsan-notes.com"], "/websites/1/domain_facts": {"zhangsan-notes.com": {"owner_name": "张三", "owner_document_number": rid("360102"), "realname_verified": True, "expires": "2028-03-01", "status": ["ok"]}}, "/websites/0/domain_facts/zhangsan-notes.cn/owner_document_number": rid("360102")})
vec("PV27", "enterprise", "36", "a leader who already leads another subject", "warn", ["LEADER_ID_DUPLICATE"], set_={"/subject/leader/leads_other_subject": True}, rules=["P36.LEADER_UNIQUE"])
vec("PV28", "personal", "37", "a website with two domains needs the same-site remark (2017, info)", "reject", ["BASE.ONE_DOMAIN_PER_SITE", "REMARK_REQUIRED"], set_={"/websites/0/domains": ["zhangsan-notes.cn", "zhangsan-notes.com.cn"]}, rules=["P37.MULTI_DOMAIN_REMARK"], remove=["/websites/0/remark"])
vec("PV29", "enterprise", "41", "six domains in one enterprise order", "reject", ["P41.ENTITY_MAX_5_DOMAINS"], set_={"/websites/0/domains": ["a-example.cn", "b-example.cn", "c-example.cn", "d-example.cn", "e-example.cn", "f-example.cn"]})
vec("PV30", "enterprise", "41", "mailing address in another city", "reject", ["P41.ADDRESS_SAME_CITY"], set_={"/subject/address": "河南省洛阳市西工区中山路90号5楼"})
vec("PV31", "enterprise", "44", "32 websites in all without plan and guarantee", "reject", ["P44.PREFIX_31"], set_={"/subject/filed_website_count": 31})
vec("PV32", "enterprise", "44", "32 websites in all with plan and guarantee", "accept", set_={"/subject/filed_website_count": 31, "/subject/materials": ["filing_commitment", "site_plan", "authenticity_guarantee"]}, absent=["MATERIAL_REQUIRED"])
vec("PV33", "enterprise", "44", "a game website without the culture licence (a warning)", "warn", ["MATERIAL_REQUIRED"], set_={"/websites/0/content": ["games"], "/websites/0/preapprovals": [{"category": "games", "number": "粤网文〔2024〕1234-056号", "valid_until": "2027-12-31"}]}, rules=["P44.GAME_CULTURE"], paths=["/websites/0/materials"])
vec("PV34", "personal", "45", "Guangdong ID in Guangxi", "reject", ["P45.PERSONAL_NONLOCAL"], set_=personal_id(rid("440305")))
vec("PV35", "personal", "45", "a personal mobile from Guangdong", "reject", ["P45.PHONE_LOCAL", "PHONE_NOT_LOCAL"], set_={"/subject/leader/mobile_province": "Guangdong"})
vec("PV36", "personal", "46", "an individual's first filing with two websites' domains", "reject", ["P46.PERSONAL_FIRST_ONE_DOMAIN"], repeat={"/websites": 2}, set_={"/websites/1/name": "后端学习笔记", "/websites/1/domains": ["zhangsan-notes.com"], "/websites/1/domain_facts": {"zhangsan-notes.com": {"owner_name": "张三", "owner_document_number": BASES["personal-46"]["subject"]["document"]["number"], "realname_verified": True, "expires": "2028-03-01", "status": ["ok"]}}})
vec("PV37", "personal", "46", "temporary ID card", "reject", ["P46.TEMP_ID"], set_={"/subject/document/type": "temporary_resident_id", "/subject/leader/document/type": "temporary_resident_id"})
vec("PV38", "personal", "31", "temporary ID card in Shanghai (2017, a warning)", "warn", ["CERT_TYPE_NOT_ACCEPTED_IN_PROVINCE"], set_={"/subject/document/type": "temporary_resident_id", "/subject/leader/document/type": "temporary_resident_id"}, rules=["P31.TEMP_ID"])
vec("PV39", "enterprise", "50", "website leader not the legal rep, no letter", "reject", ["P50.SITE_LEADER_AUTH"], set_={"/websites/0/materials": []})
vec("PV40", "personal", "50", "a .org domain for an individual: not on the approved list, and Chongqing's 2017 row (a warning) names it too", "reject", ["DOMAIN_TLD_NOT_APPROVED"], set_={"/websites/0/domains": ["zhangsan-notes.org"], "/websites/0/domain_facts": {"zhangsan-notes.org": {"owner_name": "张三", "owner_document_number": BASES["personal-50"]["subject"]["document"]["number"], "realname_verified": True, "expires": "2028-03-01", "status": ["ok"]}}}, rules=["P50.PERSONAL_NO_ORG"])
vec("PV41", "enterprise", "52", "mailing address in another city", "reject", ["P52.ADDRESS_SAME_CITY"], set_={"/subject/address": "贵州省遵义市红花岗区中山路90号5楼"})
vec("PV42", "personal", "53", "17 years old without employment proof", "reject", ["P53.MINOR_PROOF", "LEADER_MINOR_NEEDS_PROOF"], set_=personal_id(rid("530102", "20080101")))
vec("PV43", "enterprise", "53", "a 17-year-old legal representative: Yunnan's band excepts the legal rep", "accept", set_={"/subject/leader/document/number": rid("530102", "20080301", "002")}, absent=["LEADER_UNDERAGE", "LEADER_MINOR_NEEDS_PROOF"])
vec("PV44", "enterprise", "54", "subject leader not the legal rep", "reject", ["P54.LEADER_LEGAL_REP"], set_={"/subject/leader/is_legal_representative": False})
vec("PV45", "enterprise", "61", "30 filed websites and one more", "reject", ["P61.MAX_SITES_ENTITY", "WEBSITES_TOO_MANY"], set_={"/subject/filed_website_count": 30})
vec("PV46", "personal", "62", "a personal filing without the website remark", "warn", ["REMARK_REQUIRED"], remove=["/websites/0/remark"], rules=["P62.PERSONAL_REMARK"])
vec("PV47", "personal", "63", "a 15-year-old: the national 18 holds (Qinghai's 14 is low confidence)", "reject", ["BASE.LEADER_MIN_AGE"], set_=personal_id(rid("630102", "20100101")))
vec("PV48", "enterprise", "64", "subject leader not the legal rep", "reject", ["P64.LEADER_LEGAL_REP"], set_={"/subject/leader/is_legal_representative": False})
vec("PV49", "enterprise", "65", "one website with two domains", "reject", ["P65.ONE_DOMAIN_PER_SITE"], set_={"/websites/0/domains": ["example-tech.cn", "example-tech.com.cn"]})
vec("PV50", "enterprise", "42", "the province's advisories come with the report, naming their rules", "accept", ["PROVINCE_ADVISORY"], rules=["P42.SITE_CLOSED", "BASE.SMS_VERIFY"])
vec("PV51", "enterprise", "33", "a subject leader on a passport: the foreign legal representative advisory", "accept", ["PROVINCE_ADVISORY"], set_={"/subject/leader/document/type": "passport", "/subject/leader/document/number": "E12345678"}, rules=["BASE.FOREIGN_LEGAL_REP_AUTH"])
vec("PV52", "enterprise", "43", "website leader not the legal rep: the Hunan letter is in the website's materials", "accept", absent=["SITE_LEADER_AUTH_LETTER_REQUIRED"])
vec("PV53", "enterprise", "32", "subject leader not the legal rep and no letter", "reject", ["P32.LEADER_NOT_LEGAL_SAME_PERSON", "LEADER_AUTH_LETTER_REQUIRED"], set_={"/subject/leader": leader32, "/websites/0/leader": leader32})
vec("PV54", "enterprise", "62", "subject leader not the legal rep, with a letter", "accept", set_={"/subject/leader/is_legal_representative": False, "/subject/materials": ["authorisation_letter"]}, absent=["LEADER_AUTH_LETTER_REQUIRED"])
vec("PV55", "enterprise", "44", "an internet-finance site without qualification or commitment", "reject", ["P44.FINANCE"], set_={"/websites/0/content": ["finance"]})

OUT.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in V), encoding="utf-8")
print(f"wrote {len(V)} vectors to {OUT.relative_to(ROOT)}")
