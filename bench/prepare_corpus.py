#!/usr/bin/env python3
"""Unpack the SaudiNewsNet corpus into one text file for the benchmarks.

Reads ../shared/data/saudinewsnet/*.zip (JSON arrays of articles) and writes
bench/out/saudinewsnet.txt: every article as its title, a blank line and its
content, articles separated by a line holding only \\f (form feed).
"""
import glob
import json
import os
import sys
import zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "data", "saudinewsnet")
out_dir = os.path.join(root, "bench", "out")
os.makedirs(out_dir, exist_ok=True)
zips = sorted(glob.glob(os.path.join(src, "*.zip")))
if not zips:
    sys.exit(f"no SaudiNewsNet zips in {src}")
n = 0
with open(os.path.join(out_dir, "saudinewsnet.txt"), "w", encoding="utf-8") as out:
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for name in zf.namelist():
                if not name.endswith(".json"):
                    continue
                for a in json.loads(zf.read(name).decode("utf-8")):
                    out.write((a.get("title") or "").strip() + "\n\n" + (a.get("content") or "").strip() + "\n\f\n")
                    n += 1
print(f"{n} articles -> bench/out/saudinewsnet.txt")
