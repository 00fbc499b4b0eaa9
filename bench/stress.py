#!/usr/bin/env python3
"""Repeats concurrent programs to catch flakes, hangs and crashes of the parallel runtime.

usage: stress.py suite BIN DIR RUNS GOMAXPROCS...   run DIR's conformance suite RUNS times per
                                                    setting (via ../shared/conformance/run); any
                                                    failure is reported
       stress.py crash BIN DIR RUNS GOMAXPROCS [FLAG…]
                                                    run every DIR/*.go RUNS times with `BIN run
                                                    FLAG…` (e.g. -race); reports Rust panics,
                                                    signals and hangs (the programs' own output
                                                    is not judged)
"""
import os, subprocess, sys, time

HANG_SECONDS = 30


def suite(bin_, d, runs, procs):
    runner = os.path.join(os.path.dirname(os.path.abspath(d)), "run")
    bad = 0
    for p in procs:
        for i in range(runs):
            env = {**os.environ, "GOMAXPROCS": str(p)}
            r = subprocess.run([runner, bin_, d], capture_output=True, text=True, env=env)
            last = (r.stdout.strip().splitlines() or ["?"])[-1]
            ok = r.returncode == 0 and " 0 failed" in last
            print(f"GOMAXPROCS={p} run {i + 1}: {last}", flush=True)
            if not ok:
                bad += 1
                print(r.stdout[-3000:], flush=True)
    return bad


def crash(bin_, d, runs, procs, flags):
    progs = sorted(f for f in os.listdir(d) if f.endswith(".go"))
    bad = 0
    env = {**os.environ, "GOMAXPROCS": str(procs)}
    t0 = time.time()
    for prog in progs:
        for i in range(runs):
            try:
                r = subprocess.run([bin_, "run", *flags, os.path.join(d, prog)], capture_output=True, env=env,
                                   timeout=HANG_SECONDS)
            except subprocess.TimeoutExpired:
                print(f"HANG {prog} (run {i + 1})", flush=True)
                bad += 1
                continue
            err = r.stderr.decode(errors="replace")
            if r.returncode < 0 or "panicked at" in err or r.returncode == 101:
                print(f"CRASH {prog} (run {i + 1}): exit {r.returncode}\n{err[-2000:]}", flush=True)
                bad += 1
    print(f"{len(progs)} programs x {runs} runs at GOMAXPROCS={procs} {' '.join(flags)}: {bad} crashes or hangs "
          f"({time.time() - t0:.0f} s)")
    return bad


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    mode, bin_, d, runs = sys.argv[1], os.path.abspath(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    if mode == "suite":
        bad = suite(bin_, d, runs, [int(p) for p in sys.argv[5:]])
    else:
        bad = crash(bin_, d, runs, int(sys.argv[5]), sys.argv[6:])
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
