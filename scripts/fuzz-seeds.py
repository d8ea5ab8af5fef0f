"""Writes the fuzz targets' seed corpora from the vector files (fuzz/corpus/TARGET/, not in git).

usage: python3 scripts/fuzz-seeds.py
Each seed is named by the hash of its bytes, so a second run adds nothing twice.
"""
import hashlib
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VECTORS = os.path.join(ROOT, "tests", "vectors")
# The order of FieldKind::ALL: the field target picks the kind by its first byte.
FIELDS = ["resident_id", "hmt_residence_permit", "passport", "hk_mo_permit", "tw_permit",
          "foreign_permanent_id", "uscc", "org_code", "mobile", "office_phone", "email", "address",
          "site_name"]


def records(name):
    with open(os.path.join(VECTORS, name), encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def put(target, data):
    d = os.path.join(ROOT, "fuzz", "corpus", target)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)


def set_pointer(doc, pointer, value):
    parts = [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]
    node = doc
    for p in parts[:-1]:
        node = node[int(p)] if isinstance(node, list) else node.setdefault(p, {})
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value


def main():
    for name in ("domain.jsonl", "domain-research.jsonl"):
        for v in records(name):
            for d in [v.get("input")] + list(v.get("inputs") or []):
                if isinstance(d, str):
                    put("domain", d)
    for v in records("fields.jsonl"):
        if v.get("field") in FIELDS and isinstance(v.get("input"), str):
            put("field", bytes([FIELDS.index(v["field"])]) + v["input"].encode("utf-8"))
    with open(os.path.join(VECTORS, "application-bases.json"), encoding="utf-8") as f:
        bases = {k: v for k, v in json.load(f).items() if isinstance(v, dict)}
    apps = list(bases.values())
    for name in ("application.jsonl", "province.jsonl"):
        for v in records(name):
            base = bases.get(v.get("base"))
            if base is None:
                continue
            app = json.loads(json.dumps(base))
            try:
                for pointer, value in (v.get("set") or {}).items():
                    set_pointer(app, pointer, value)
            except (KeyError, IndexError, ValueError, TypeError):
                continue
            apps.append(app)
    for app in apps:
        put("validate_json", json.dumps(app, ensure_ascii=False))
        put("value_tree", json.dumps(app, ensure_ascii=False))
        # As the package sends a call's arguments: the list of them, as JSON.stringify writes it.
        put("args_json", json.dumps([app, {"today": "2026-11-22"}], ensure_ascii=False, separators=(",", ":")))
    for v in records("filing.jsonl"):
        if isinstance(v.get("facts"), dict):
            put("classify_json", json.dumps(v["facts"], ensure_ascii=False))
            put("value_tree", json.dumps(v["facts"], ensure_ascii=False))


if __name__ == "__main__":
    main()
