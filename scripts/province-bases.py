#!/usr/bin/env python3
"""Writes the per-province bases of tests/vectors/application-bases.json: for each of the 31
provinces a complete personal ("personal-NN") and enterprise ("enterprise-NN") application that a
careful applicant in that province would submit — local ID numbers and credit code (with valid
check characters), an address in the provincial capital, local mobiles, the remarks and the
materials the province's bureau asks of everyone. Province vectors (province.jsonl) start from
them and change one fact each.

usage: python3 scripts/province-bases.py   (rewrites the file in place; idempotent)
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
BASES = ROOT / "tests/vectors/application-bases.json"

# Provincial capitals as an address starts (GB/T 2260 names).
CAPITALS = {
    "11": "北京市东城区", "12": "天津市和平区", "13": "河北省石家庄市长安区", "14": "山西省太原市小店区",
    "15": "内蒙古自治区呼和浩特市新城区", "21": "辽宁省沈阳市和平区", "22": "吉林省长春市朝阳区",
    "23": "黑龙江省哈尔滨市南岗区", "31": "上海市黄浦区", "32": "江苏省南京市玄武区", "33": "浙江省杭州市西湖区",
    "34": "安徽省合肥市蜀山区", "35": "福建省福州市鼓楼区", "36": "江西省南昌市东湖区", "37": "山东省济南市历下区",
    "41": "河南省郑州市金水区", "42": "湖北省武汉市江汉区", "43": "湖南省长沙市芙蓉区", "44": "广东省广州市天河区",
    "45": "广西壮族自治区南宁市青秀区", "46": "海南省海口市龙华区", "50": "重庆市渝中区", "51": "四川省成都市锦江区",
    "52": "贵州省贵阳市南明区", "53": "云南省昆明市五华区", "54": "西藏自治区拉萨市城关区", "61": "陕西省西安市碑林区",
    "62": "甘肃省兰州市城关区", "63": "青海省西宁市城东区", "64": "宁夏回族自治区银川市兴庆区",
    "65": "新疆维吾尔自治区乌鲁木齐市天山区",
}

# The capitals' long-distance area codes: an office phone in the filing province (the contact
# numbers of several bureaux must be local; province-provider.json, landline_local rows).
AREA_CODES = {
    "11": "010", "12": "022", "13": "0311", "14": "0351", "15": "0471", "21": "024", "22": "0431",
    "23": "0451", "31": "021", "32": "025", "33": "0571", "34": "0551", "35": "0591", "36": "0791",
    "37": "0531", "41": "0371", "42": "027", "43": "0731", "44": "020", "45": "0771", "46": "0898",
    "50": "023", "51": "028", "52": "0851", "53": "0871", "54": "0891", "61": "029", "62": "0931",
    "63": "0971", "64": "0951", "65": "0991",
}

# Where individuals give an office phone too (province-provider.json: office_phone_required).
PERSONAL_OFFICE_PHONE = {"12", "21", "50"}

# What a province's bureau asks of every application (province-rules.json: doc_required rows).
EVERYONE = {
    "31": ["filing_commitment"],
    "32": ["authenticity_notice", "authenticity_commitment"],
    "43": ["domain_certificate"],
    "44": ["filing_commitment"],
    "65": ["party_building_proof"],
}

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def resident_id(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, ID_WEIGHTS))
    return body17 + "10X98765432"[s % 11]


def uscc(body17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return body17 + USCC_ALPHABET[(31 - s % 31) % 31]


def city_of(capital: str) -> str:
    for marker in ("市",):
        i = capital.find(marker)
        if i >= 0:
            return capital[: i + 1]
    return capital


def office_phone(code: str) -> str:
    """A landline of the capital, as long as its area's local numbers (area-codes.json)."""
    area = AREA_CODES[code]
    rows = json.loads((ROOT / "data/area-codes.json").read_text(encoding="utf-8"))["rows"]
    lengths = next(r["lengths"] for r in rows if r["code"] == area)
    return f"{area}-" + "88886666"[: max(lengths)]


def personal(code: str, base: dict) -> dict:
    app = copy.deepcopy(base)
    app["province"] = code
    number = resident_id(f"{code}0102199001011234"[:17])
    s = app["subject"]
    s["document"]["number"] = number
    s["leader"]["document"]["number"] = number
    s["leader"]["mobile_province"] = code
    s["address"] = CAPITALS[code] + "中山路90号"
    s["document_address"] = CAPITALS[code] + "解放路1号"
    s["remark"] = "应急联系人张大山为本人父亲；本网站为个人网站，不含企业或单位信息"
    s["materials"] = list(EVERYONE.get(code, []))
    s["filed_website_count"] = 0
    if code in PERSONAL_OFFICE_PHONE:
        s["office_phone"] = office_phone(code)
    w = app["websites"][0]
    w["remark"] = "个人网站承诺：不含企业或单位信息；开站后发布个人前端学习笔记"
    domain = w["domains"][0]
    w["domain_facts"][domain]["owner_document_number"] = number
    return app


def enterprise(code: str, base: dict) -> dict:
    app = copy.deepcopy(base)
    app["province"] = code
    city = city_of(CAPITALS[code])
    short = city.split("省")[-1].split("自治区")[-1].removesuffix("市")
    name = f"{short}示例网络科技有限公司"
    credit = uscc(f"91{code}0100MA27XY1KX")
    s = app["subject"]
    s["name"] = name
    s["document"]["number"] = credit
    s["address"] = CAPITALS[code] + "中山路90号5楼"
    s["document_address"] = CAPITALS[code] + "中山路90号5楼"
    s["remark"] = "应急联系人：赵六，行政主管"
    s["office_phone"] = office_phone(code)
    s["materials"] = list(EVERYONE.get(code, []))
    s["leader"]["document"]["number"] = resident_id(f"{code}010219850615002")
    s["leader"]["mobile_province"] = code
    w = app["websites"][0]
    w["name"] = "示例网络科技官网"
    w["leader"]["document"]["number"] = resident_id(f"{code}010319800101001")
    w["leader"]["mobile_province"] = code
    w["materials"] = ["authorisation_letter"]
    domain = w["domains"][0]
    w["domain_facts"][domain]["owner_name"] = name
    w["domain_facts"][domain]["owner_document_number"] = credit
    return app


def main() -> None:
    bases = json.loads(BASES.read_text(encoding="utf-8"))
    kept = {k: v for k, v in bases.items() if "-" not in k}
    for code in CAPITALS:
        kept[f"personal-{code}"] = personal(code, bases["personal"])
        kept[f"enterprise-{code}"] = enterprise(code, bases["enterprise"])
    BASES.write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
