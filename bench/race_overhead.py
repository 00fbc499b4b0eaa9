#!/usr/bin/env python3
"""The race detector's cost: each benchmark run plain and with -race by the same binary, side by side.

usage: bench/race_overhead.py [-n RUNS] [--bin PATH] [NAME...]   (default: spectralnorm binarytrees
workerpool mutex from ../shared/bench)

With --spawn-first each program is first rewritten to start a goroutine at the top of main, so the
detector records every access (it records nothing until a second goroutine exists: accesses before
the first go statement cannot race), which measures the instrumented loop itself.

Prints the median wall time and the peak RSS (from /usr/bin/time's %M, median too) of both modes and
their ratios. A report, not a gate: it always exits 0.
"""
import argparse, os, statistics, subprocess, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, "..", "shared", "bench")


def run(cmd):
    t0 = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - t0
    return wall, int(r.stderr.strip().splitlines()[-1]), r.returncode


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=5)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "corgi"))
    ap.add_argument("--spawn-first", action="store_true")
    ap.add_argument("names", nargs="*", default=["spectralnorm", "binarytrees", "workerpool", "mutex"])
    a = ap.parse_args()
    print(f"{'bench':<14}{'plain s':>9}{'race s':>9}{'time x':>8}{'plain MB':>10}{'race MB':>9}{'mem x':>7}")
    for name in a.names:
        prog = os.path.join(BENCH, name + ".go")
        if a.spawn_first:
            src = open(prog).read().replace("func main() {", "func main() {\n\tgo func() {}()", 1)
            prog = os.path.join(tempfile.mkdtemp(), name + ".go")
            open(prog, "w").write(src)
        res = {"plain": [], "race": []}
        for _ in range(a.n):
            for mode, extra in (("plain", []), ("race", ["-race"])):
                res[mode].append(run([a.bin, "run"] + extra + [prog]))
        med = {m: (statistics.median(x[0] for x in v), statistics.median(x[1] for x in v)) for m, v in res.items()}
        bad = [m for m, v in res.items() if any(x[2] not in (0,) for x in v)]
        (pt, pm), (rt, rm) = med["plain"], med["race"]
        note = f"  exit status != 0 in {', '.join(bad)}" if bad else ""
        print(f"{name:<14}{pt:9.3f}{rt:9.3f}{rt / pt:8.2f}{pm / 1024:10.1f}{rm / 1024:9.1f}{rm / pm:7.2f}{note}")


if __name__ == "__main__":
    main()
