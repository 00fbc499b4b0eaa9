#!/usr/bin/env python3
"""How fast the REPL answers an entry late in a session.

Pipes N and 2N entries of `x := 1` (varying) into `corgi repl` and reports the mean time of the
entries after the Nth: (t(2N) - t(N)) / N, so start-up and the first N entries cancel out.
Usage: bench/repl_entry.py [CORGI] [N]  (default target/release/corgi, 1000)."""
import subprocess, sys, time

corgi = sys.argv[1] if len(sys.argv) > 1 else "target/release/corgi"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000


def run(k):
    text = "".join(f"x := {i}\n" for i in range(k))
    best = None
    for _ in range(3):
        t = time.perf_counter()
        p = subprocess.run([corgi, "repl"], input=text, capture_output=True, text=True)
        dt = time.perf_counter() - t
        if p.returncode != 0:
            sys.exit(f"corgi repl failed: {p.stderr[:500]}")
        best = dt if best is None else min(best, dt)
    return best


t1, t2 = run(n), run(2 * n)
print(f"{n} entries: {t1*1000:.0f} ms; {2*n} entries: {t2*1000:.0f} ms")
print(f"mean time of an entry after the {n}th: {(t2 - t1) / n * 1000:.3f} ms")
