#!/usr/bin/env python3
"""Draw a reproducible sample of SaudiNewsNet articles as `--jsonl-in` records.

    python3 bench/sample_jsonl.py OUT N SEED DAY...

DAY is MM-DD of a 2015 SaudiNewsNet day (../shared/data/saudinewsnet/2015-MM-DD.zip).
The articles of the days are shuffled with SEED and the first N written to OUT, one
{"id", "text", "date"} record a line (text: title, blank line, content). The 3,000
articles the instruction counts of README.md and CHANGELOG.md are measured on:

    python3 bench/sample_jsonl.py /tmp/c3k.jsonl 3000 1 08-02 08-03 08-06 08-07
"""
import json
import os
import random
import sys
import zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = os.environ.get("SAUDINEWSNET_DIR", os.path.join(root, "..", "shared", "data", "saudinewsnet"))
if len(sys.argv) < 5:
    sys.exit(__doc__)
out, n, seed, days = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
articles = []
for day in days:
    name = f"2015-{day}"
    with zipfile.ZipFile(os.path.join(src, name + ".zip")) as zf:
        for i, a in enumerate(json.loads(zf.read(name + ".json").decode("utf-8"))):
            articles.append((f"{name}-{i}", a))
random.Random(seed).shuffle(articles)
with open(out, "w", encoding="utf-8") as f:
    for id_, a in articles[:n]:
        text = (a.get("title") or "").strip() + "\n\n" + (a.get("content") or "").strip()
        date = (a.get("date_extracted") or "")[:10]
        f.write(json.dumps({"id": id_, "text": text, "date": date}, ensure_ascii=False) + "\n")
print(f"{min(n, len(articles))} articles -> {out}")
