#!/usr/bin/env python3
"""Robustness check on a whole corpus: every record valid, every span exact.

Feeds every SaudiNewsNet article (../shared/data/saudinewsnet/*.zip) through
`newsx extract --jsonl-in --include-text` and checks that there is exactly one
record per article, in order, with the same id, no error records, and that
every `text` with `start`/`end` in the record equals text[start:end] of the
decoded article. Exits non-zero on the first kind of failure it finds.

Usage: python3 tools/check_corpus.py [path/to/newsx] [-j N]
"""
import glob
import json
import os
import subprocess
import sys
import zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
binary = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else os.path.join(root, "target", "release", "newsx")
jobs = sys.argv[sys.argv.index("-j") + 1] if "-j" in sys.argv else "2"
data = os.environ.get("SAUDINEWSNET", os.path.join(root, "..", "shared", "data", "saudinewsnet"))

records = []
for z in sorted(glob.glob(os.path.join(data, "*.zip"))):
    with zipfile.ZipFile(z) as zf:
        for name in zf.namelist():
            if name.endswith(".json"):
                for i, a in enumerate(json.loads(zf.read(name))):
                    text = (a.get("title") or "").strip() + "\n\n" + (a.get("content") or "").strip()
                    records.append({"id": f"{name}:{i}", "text": text, "date": (a.get("date_extracted") or "")[:10]})
if not records:
    sys.exit(f"no corpus in {data}")
stdin = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
proc = subprocess.run([binary, "extract", "--jsonl-in", "--include-text", "-q", "-j", jobs],
                      input=stdin.encode(), capture_output=True)
lines = proc.stdout.decode().splitlines()
problems = []
if len(lines) != len(records):
    problems.append(f"{len(lines)} records for {len(records)} inputs")


def walk(node, text, where):
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int) and isinstance(node.get("text"), str) and where != "":
            if text[node["start"]:node["end"]] != node["text"]:
                problems.append(f"{where}: {node['text']!r} != text[{node['start']}:{node['end']}]")
        for k, v in node.items():
            if k != "text":
                walk(v, text, f"{where}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            walk(v, text, f"{where}[{i}]")


counts = {"people": 0, "places": 0, "organizations": 0, "dates": 0, "quotes": 0}
for rec, line in zip(records, lines):
    out = json.loads(line)
    if out.get("id") != rec["id"]:
        problems.append(f"order: {out.get('id')} for {rec['id']}")
        break
    if "error" in out:
        problems.append(f"{rec['id']}: error {out['error']}")
        continue
    if out["text"] != rec["text"]:
        problems.append(f"{rec['id']}: text differs")
    for k in counts:
        counts[k] += len(out[k])
        walk(out[k], rec["text"], f"{rec['id']}.{k}")
    if out.get("title"):
        walk({"x": out["title"]}, rec["text"], rec["id"])
print(f"{len(records)} articles, exit code {proc.returncode}, entities: {counts}")
for p in problems[:20]:
    print("PROBLEM", p)
if proc.stderr.strip():
    print("stderr:", proc.stderr.decode()[:500])
sys.exit(1 if problems or proc.returncode != 0 else 0)
