#!/usr/bin/env python3
"""Time from process start to JSON: `newsx extract ARTICLE` run N times
(every run builds all lexicons, once per process), against `newsx normalize`
on the same file (which builds none). Prints the minimum and the median of
the wall-clock and CPU (user + sys) times. The minimum is the figure least
disturbed by other processes on a shared machine; the median says what a
user sees on it.

Usage: python3 bench/startup.py [path/to/newsx] [article] [runs]
       (defaults: target/release/newsx, fixtures/syria-ceasefire.txt, 60)
"""
import resource
import statistics
import subprocess
import sys
import time

exe = sys.argv[1] if len(sys.argv) > 1 else "target/release/newsx"
article = sys.argv[2] if len(sys.argv) > 2 else "fixtures/syria-ceasefire.txt"
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 60


def run_once(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([exe, command, article], stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall * 1e3, cpu * 1e3


def main():
    times = {"normalize": [], "extract": []}
    # Interleaved, so that a burst of load hits both commands alike.
    for _ in range(runs):
        for command, samples in times.items():
            samples.append(run_once(command))
    print(f"{exe} on {article}, {runs} runs each (ms):")
    for command, samples in times.items():
        wall = [w for w, _ in samples]
        cpu = [c for _, c in samples]
        print(
            f"  {command:9}  wall min {min(wall):5.1f}  median {statistics.median(wall):5.1f}"
            f"   cpu min {min(cpu):5.1f}  median {statistics.median(cpu):5.1f}"
        )


if __name__ == "__main__":
    main()
