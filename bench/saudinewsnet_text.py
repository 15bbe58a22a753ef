#!/usr/bin/env python3
"""Flatten SaudiNewsNet (../shared/data/saudinewsnet/*.zip, JSON arrays with a
`content` field) into one file for the date benchmark: records separated by
U+001E, each `YYYY-MM-DD` U+001F content (the date is the zip's day, used as
the reference date). Python 3 stdlib only.

Usage: python3 bench/saudinewsnet_text.py [DATA_DIR] [OUT]
       (defaults: ../shared/data/saudinewsnet, /tmp/saudinewsnet.txt)
"""
import glob, json, os, sys, zipfile

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(__file__), '..', '..', 'shared', 'data', 'saudinewsnet')
out = sys.argv[2] if len(sys.argv) > 2 else '/tmp/saudinewsnet.txt'
n = size = 0
with open(out, 'w', encoding='utf-8') as f:
    for path in sorted(glob.glob(os.path.join(src, '*.zip'))):
        day = os.path.basename(path)[:10]
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                for article in json.loads(z.read(name)):
                    text = (article.get('content') or '').replace('\x1e', ' ').replace('\x1f', ' ')
                    f.write(f'{day}\x1f{text}\x1e')
                    n += 1
                    size += len(text.encode('utf-8'))
print(f'{n} articles, {size} bytes of content -> {out}')
