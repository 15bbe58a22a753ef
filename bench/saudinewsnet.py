#!/usr/bin/env python3
"""Throughput benchmark of `newsx extract` on the SaudiNewsNet corpus.

Unpacks ../shared/data/saudinewsnet/*.zip (JSON arrays of articles with
source, url, date_extracted, title, author, content) into bench/out/: one
.txt file per article (title, blank line, content) in a folder per day, and
one JSON Lines file (id, text, date = the day of date_extracted). Builds the
release binary, then times `newsx extract` on the folder and in `--jsonl-in`
mode with -j1 and -j2 (best of --repeat runs), measures peak RSS with
`/usr/bin/time -v` (or getrusage when it is missing), and writes the figures
to bench/results.md.

Usage: python3 bench/saudinewsnet.py [--repeat 3] [--jobs 1,2] [--no-build]
Python 3 standard library only.
"""

import argparse
import datetime
import glob
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The corpus: $SAUDINEWSNET, else ../shared/data/saudinewsnet from the crate
# root (or from one level up, for git worktrees).
DATA = os.environ.get("SAUDINEWSNET") or next(
    (d for d in (os.path.join(ROOT, *[".."] * k, "shared", "data", "saudinewsnet") for k in (1, 2))
     if os.path.isdir(d)),
    os.path.join(ROOT, "..", "shared", "data", "saudinewsnet"),
)
OUT = os.path.join(ROOT, "bench", "out")
BIN = os.path.join(ROOT, "target", "release", "newsx")


def unpack():
    """Writes the folder and the JSONL file; returns (articles, text bytes)."""
    folder = os.path.join(OUT, "txt")
    jsonl = os.path.join(OUT, "corpus.jsonl")
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(folder)
    n = 0
    size = 0
    with open(jsonl, "w", encoding="utf-8") as out:
        for z in sorted(glob.glob(os.path.join(DATA, "*.zip"))):
            with zipfile.ZipFile(z) as zf:
                for member in sorted(zf.namelist()):
                    if not member.endswith(".json"):
                        continue
                    day = os.path.splitext(os.path.basename(member))[0]
                    os.makedirs(os.path.join(folder, day), exist_ok=True)
                    for i, a in enumerate(json.loads(zf.read(member))):
                        text = (a.get("title") or "").strip() + "\n\n" + (a.get("content") or "")
                        data = text.encode("utf-8")
                        path = os.path.join(folder, day, "%05d.txt" % i)
                        with open(path, "wb") as f:
                            f.write(data)
                        date = (a.get("date_extracted") or "")[:10] or None
                        rec = {"id": "%s/%05d" % (day, i), "text": text, "date": date}
                        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        n += 1
                        size += len(data)
    return folder, jsonl, n, size


def run(args, stdin_path=None):
    """Runs a command with stdout to /dev/null; returns (seconds, peak RSS in KB, exit code)."""
    time_bin = shutil.which("time") or ("/usr/bin/time" if os.path.exists("/usr/bin/time") else None)
    cmd = ([time_bin, "-v"] if time_bin else []) + args
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    secs = time.perf_counter() - t0
    if stdin_path:
        stdin.close()
    err = p.stderr.decode("utf-8", "replace")
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    user = re.search(r"User time \(seconds\): ([\d.]+)", err)
    system = re.search(r"System time \(seconds\): ([\d.]+)", err)
    if m and user and system:
        rss = int(m.group(1))
        cpu = float(user.group(1)) + float(system.group(1))
    else:  # fallback: getrusage of the children (ru_maxrss: largest so far, KB on Linux)
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        rss = ru.ru_maxrss
        cpu = ru.ru_utime + ru.ru_stime - run.cpu_before
        run.cpu_before = ru.ru_utime + ru.ru_stime
    return secs, cpu, rss, p.returncode


run.cpu_before = 0.0


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--no-build", action="store_true")
    opts = ap.parse_args()
    if not glob.glob(os.path.join(DATA, "*.zip")):
        sys.exit("no SaudiNewsNet zips under %s" % DATA)
    if not opts.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    os.makedirs(OUT, exist_ok=True)
    folder, jsonl, n, size = unpack()
    load = os.getloadavg()[0]
    print("corpus: %d articles, %.1f MB of text" % (n, size / 1e6), file=sys.stderr)
    rows = []
    for j in [int(x) for x in opts.jobs.split(",")]:
        modes = [
            ("folder", [BIN, "extract", "-q", "-j", str(j), folder], None),
            ("--jsonl-in", [BIN, "extract", "--jsonl-in", "-q", "-j", str(j)], jsonl),
        ]
        for name, cmd, stdin in modes:
            secs, cpu, rss = float("inf"), float("inf"), 0
            for _ in range(opts.repeat):
                t, c, r, code = run(cmd, stdin)
                if code != 0:
                    print("warning: %s -j%d exited with %d" % (name, j, code), file=sys.stderr)
                secs, cpu, rss = min(secs, t), min(cpu, c), max(rss, r)
            rows.append((name, j, secs, size / 1e6 / secs, n / secs, cpu, size / 1e6 / cpu, rss / 1024))
            print("%-11s -j%d  %.2f s  %.1f MB/s  %.0f articles/s  %.2f CPU s  %.1f MB/CPU-s  %.1f MB RSS"
                  % rows[-1], file=sys.stderr)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    lines = [
        "# SaudiNewsNet throughput",
        "",
        "Produced by `python3 bench/saudinewsnet.py` (best of %d runs, output to /dev/null)." % opts.repeat,
        "",
        "- date: %s UTC, commit %s" % (datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"), commit),
        "- machine: %s, %d cores, %s" % (cpu_model(), os.cpu_count() or 0, platform.platform()),
        "- load average before / after the runs: %.1f / %.1f (a shared machine: figures vary with it)"
        % (load, os.getloadavg()[0]),
        "- corpus: %d articles (%d zips), %.1f MB of UTF-8 text (title, blank line, content)"
        % (n, len(glob.glob(os.path.join(DATA, "*.zip"))), size / 1e6),
        "- MB/s counts the article text bytes in both modes (the JSONL file is larger: JSON escaping).",
        "- CPU s = user + system time; MB per CPU-second is the per-core throughput, the figure",
        "  least disturbed by other load on the machine.",
        "",
        "| mode | threads | wall s | MB/s | articles/s | CPU s | MB per CPU-s | peak RSS (MB) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append("| `%s` | %d | %.2f | %.1f | %.0f | %.2f | %.1f | %.1f |" % row)
    by = {(r[0], r[1]): r[2] for r in rows}
    speedups = []
    for name in ("folder", "--jsonl-in"):
        if (name, 1) in by and (name, 2) in by:
            speedups.append("`%s` %.2f×" % (name, by[(name, 1)] / by[(name, 2)]))
    if speedups:
        lines += ["", "Speed-up of 2 threads over 1: " + ", ".join(speedups) + "."]
    lines += [
        "",
        "Commands timed (with `/usr/bin/time -v` for the peak RSS):",
        "",
        "```sh",
        "newsx extract -q -j N bench/out/txt > /dev/null",
        "newsx extract --jsonl-in -q -j N < bench/out/corpus.jsonl > /dev/null",
        "```",
        "",
    ]
    with open(os.path.join(ROOT, "bench", "results.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    print("wrote bench/results.md", file=sys.stderr)


if __name__ == "__main__":
    main()
