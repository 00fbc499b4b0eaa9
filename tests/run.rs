//! `corgi run` on every program in tests/run/: stdout must equal NAME.out; the exit status must be
//! NAME.exit (default 0); every line of NAME.stderr must appear in stderr. NAME.stdin, when present,
//! is the program's standard input; NAME.args holds its command-line arguments, one a line. Expected outputs were
//! recorded from real Go (`go run NAME.go > NAME.out`), so `cargo test` needs no Go toolchain.
//! Programs named `par_*` exercise the parallel runtime: each runs three times at each of
//! GOMAXPROCS=1, 2 and 8, and must behave the same every time.

use std::path::Path;
use std::process::Command;

#[test]
fn programs_behave_as_go() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/run");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/run")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for path in &names {
        let stem = path.with_extension("");
        let Ok(want_out) = std::fs::read_to_string(stem.with_extension("out")) else { continue };
        let want_exit: i32 =
            std::fs::read_to_string(stem.with_extension("exit")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0);
        let want_err = std::fs::read_to_string(stem.with_extension("stderr")).unwrap_or_default();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        let settings: &[&str] =
            if file.starts_with("par_") { &["1", "2", "8", "1", "2", "8", "1", "2", "8"] } else { &[""] };
        for procs in settings {
            let mut cmd = Command::new(env!("CARGO_BIN_EXE_corgi"));
            cmd.arg("run").arg(&file).current_dir(&dir);
            if let Ok(args) = std::fs::read_to_string(stem.with_extension("args")) {
                cmd.args(args.lines());
            }
            match std::fs::File::open(stem.with_extension("stdin")) {
                Ok(f) => cmd.stdin(f),
                Err(_) => cmd.stdin(std::process::Stdio::null()),
            };
            if !procs.is_empty() {
                cmd.env("GOMAXPROCS", procs);
            }
            let out = cmd.output().expect("run corgi");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let code = out.status.code().unwrap_or(-1);
            let name = if procs.is_empty() { file.clone() } else { format!("{file} (GOMAXPROCS={procs})") };
            if stdout != want_out {
                failures
                    .push(format!("{name}: stdout differs\n--- want\n{want_out}--- got\n{stdout}--- stderr\n{stderr}"));
            } else if code != want_exit {
                failures.push(format!("{name}: exit {code}, want {want_exit}\n{stderr}"));
            } else if let Some(l) = want_err.lines().find(|l| !stderr.contains(l)) {
                failures.push(format!("{name}: stderr lacks {l:?}\n{stderr}"));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), names.len(), failures.join("\n"));
}

#[test]
fn ctrl_c_flushes_stdout_and_exits_130() {
    let dir = std::env::temp_dir().join(format!("corgi-ctrlc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("forever.go");
    std::fs::write(
        &prog,
        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"start\")\n\tn := 0\n\tfor {\n\t\tn++\n\t\tif n < 0 {\n\t\t\tfmt.Println(n)\n\t\t}\n\t}\n}\n",
    )
    .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_corgi"))
        .arg("run")
        .arg(&prog)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run corgi");
    std::thread::sleep(std::time::Duration::from_millis(700));
    // SAFETY: sending SIGINT to our own child process.
    unsafe {
        libc::kill(child.id() as i32, libc::SIGINT);
    }
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(130));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "start\n");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Runs `src` with `corgi run`, sends it `sigs` (a pause before each), and returns its stdout and
/// exit status.
fn run_signalled(name: &str, src: &str, sigs: &[i32]) -> (String, std::process::ExitStatus) {
    let dir = std::env::temp_dir().join(format!("corgi-sig-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("main.go");
    std::fs::write(&prog, src).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_corgi"))
        .arg("run")
        .arg(&prog)
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run corgi");
    for &sig in sigs {
        std::thread::sleep(std::time::Duration::from_millis(700));
        // SAFETY: sending a signal to our own child process.
        unsafe {
            libc::kill(child.id() as i32, sig);
        }
    }
    let out = child.wait_with_output().expect("wait");
    let _ = std::fs::remove_dir_all(&dir);
    (String::from_utf8_lossy(&out.stdout).into_owned(), out.status)
}

const NOTIFY_THEN_STOP: &str = r#"package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	fmt.Println("waiting")
	fmt.Println("got", <-c)
	fmt.Println("got", <-c)
	signal.Stop(c)
	fmt.Println("stopped")
	n := 0
	for {
		n++
		if n < 0 {
			fmt.Println(n)
		}
	}
}
"#;

#[test]
fn notified_signals_reach_the_channel_and_stop_restores_ctrl_c() {
    let (out, status) = run_signalled("notify", NOTIFY_THEN_STOP, &[libc::SIGINT, libc::SIGTERM, libc::SIGINT]);
    assert_eq!(out, "waiting\ngot interrupt\ngot terminated\nstopped\n");
    assert_eq!(status.code(), Some(130));
}

#[test]
fn sigterm_and_sighup_not_notified_kill_the_program() {
    use std::os::unix::process::ExitStatusExt;
    let src = "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tfmt.Println(\"start\")\n\ttime.Sleep(time.Hour)\n}\n";
    for sig in [libc::SIGTERM, libc::SIGHUP] {
        let (out, status) = run_signalled("term", src, &[sig]);
        assert_eq!(out, "start\n", "stdout is flushed first");
        assert_eq!(status.signal(), Some(sig));
    }
}

#[test]
fn notify_context_is_cancelled_by_sigint() {
    let src = r#"package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	fmt.Println("waiting")
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))
}
"#;
    let (out, status) = run_signalled("ctx", src, &[libc::SIGINT]);
    assert_eq!(out, "waiting\ncontext canceled interrupt signal received\n");
    assert_eq!(status.code(), Some(0));
}
