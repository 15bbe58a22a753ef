#!/usr/bin/env python3
"""Process-start cost of the places lexicons: CPU time (user+sys) of
`newsx extract` on a one-line article (loads and builds every lexicon)
minus `newsx normalize` on the same file (loads none), minimum over N runs
each (the minimum is the least disturbed by other processes).

Usage: python3 bench/places_startup.py [path/to/newsx] [runs]
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

exe = sys.argv[1] if len(sys.argv) > 1 else "target/release/newsx"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 40

with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    # عمان is ambiguous and shared by two places: the demonym table is built too.
    f.write("وصل الوفد الروسي إلى موسكو ثم إلى عمان.\n")
    path = f.name


def measure(args):
    best_cpu, best_wall = float("inf"), float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run([exe, *args, path], stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best_cpu, best_wall = min(best_cpu, cpu), min(best_wall, wall)
    return best_cpu * 1e3, best_wall * 1e3


n_cpu, n_wall = measure(["normalize"])
e_cpu, e_wall = measure(["extract"])
os.unlink(path)
print(f"normalize: cpu {n_cpu:.1f} ms, wall {n_wall:.1f} ms (min of {runs})")
print(f"extract:   cpu {e_cpu:.1f} ms, wall {e_wall:.1f} ms (min of {runs})")
print(f"lexicon load + extraction of one line: cpu {e_cpu - n_cpu:+.1f} ms, wall {e_wall - n_wall:+.1f} ms")
