#!/usr/bin/env python3
"""mutants.py [BIN] [DIR...]: broken variants of every .go file through `BIN check`; counts crashes.

MODE=run runs each variant with `BIN run` instead (stdin closed, 5 s limit). Then a crash is death by
a signal or `panicked at` in stderr; any exit code is Go behaviour (os.Exit(n), panics), and a variant
still running at the limit is counted apart, as a loop the mutation made endless is not a crash.

The variants mirror tests/cli.rs (mutants_never_panic): the file truncated at 40 evenly spread points,
each of a list of tokens spliced in at 4 deterministic places, each of the first 40 lines dropped and
about 10 lines duplicated. A crash is an exit code above 2 (or death by a signal), `panicked at` in
stderr, or a run over the time limit. Defaults: target/release/corgi over /work/shared/conformance.
Prints the number of variants and of crashes, and the first few crashing variants (saved under
/tmp/corgi-mutants/ for reproduction)."""
import concurrent.futures
import os
import subprocess
import sys
import tempfile

INSERTS = ["{", "}", "(", ")", "[", "]", ";", ",", ".", ":=", "=", "\"", "`", "'", "/*", "//", "\n", "func", "go",
           "chan", "<-", "...", "type T", "interface{", "struct{", "[]", "map[", "0x", "1e", "x", "_", "package p",
           "import \"fmt\"", "return", "case", "default:", "*", "&", "~", "[T any]", "range", "else", "\ufeff", "é",
           "\\"]
MODE = os.environ.get("MODE", "check")
TIMEOUT = 20 if MODE == "check" else 5


def variants(src):
    n = len(src)
    out = []
    steps = min(40, n + 1)
    for k in range(steps):
        out.append(src[: k * n // max(steps, 1)])
    for t, tok in enumerate(INSERTS):
        for k in range(4):
            at = (k * 7919 + t * 104729) % (n + 1)
            out.append(src[:at] + tok + src[at:])
    lines = src.split("\n")
    for i in range(min(40, len(lines))):
        out.append("\n".join(lines[:i] + lines[i + 1:]))
    for i in range(0, len(lines), max(len(lines) // 10, 1)):
        out.append("\n".join(lines[:i] + [lines[i]] + lines[i:]))
    return out


def run_one(args):
    binary, path = args
    try:
        p = subprocess.run([binary, MODE, path], capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                           cwd=os.path.dirname(path))
    except subprocess.TimeoutExpired:
        return path, "timeout"
    err = p.stderr.decode("utf-8", "replace")
    bad_exit = p.returncode < 0 if MODE == "run" else (p.returncode > 2 or p.returncode < 0)
    if bad_exit or "panicked at" in err:
        return path, f"exit {p.returncode}: {err[-400:]}"
    return path, None


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/corgi")
    dirs = sys.argv[2:] or ["/work/shared/conformance"]
    files = sorted(os.path.join(r, f) for d in dirs for r, _, fs in os.walk(d) for f in fs
                   if f.endswith(".go") and "/modules/" not in os.path.join(r, f))
    tmp = tempfile.mkdtemp(prefix="corgi-mutants-")
    jobs = []
    for fi, path in enumerate(files):
        with open(path, encoding="utf-8", errors="replace") as f:
            src = f.read()
        for vi, v in enumerate(variants(src)):
            p = os.path.join(tmp, f"{fi:03d}_{vi:03d}_{os.path.basename(path)}")
            with open(p, "w", encoding="utf-8") as f:
                f.write(v)
            jobs.append((binary, p))
    crashes = []
    timeouts = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for path, why in pool.map(run_one, jobs):
            if why is None:
                os.remove(path)
            elif why == "timeout" and MODE == "run":
                timeouts += 1
                os.remove(path)
            else:
                crashes.append((path, why))
    print(f"files: {len(files)}  variants: {len(jobs)}  crashes: {len(crashes)}  still running at the limit: {timeouts}")
    for path, why in crashes[:10]:
        print(f"CRASH {path}: {why}")
    if not crashes:
        os.rmdir(tmp)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
