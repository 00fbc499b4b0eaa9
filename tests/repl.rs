//! `corgi repl` driven through piped stdin, and on a real terminal through tmux when tmux is
//! installed (always in `.ci/run`, which installs it).

use std::io::Write;
use std::process::{Command, Stdio};

fn repl(input: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_corgi"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("corgi runs");
    child.stdin.take().expect("stdin").write_all(input.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("corgi ends");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn values_of_each_kind_print() {
    let (out, err, code) = repl(
        "1 + 2\n\"hi\"\n3.5\ntrue\n[]int{1, 2}\nmap[string]int{\"a\": 1}\n'x'\nstruct{ A int }{7}\nnil\n\
         strconv.Atoi(\"12\")\nerrors.New(\"bad\")\ntime.Duration(1500) * time.Millisecond\n",
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "3\n\"hi\"\n3.5\ntrue\n[1 2]\nmap[a:1]\n120\n{7}\n<nil>\n12 <nil>\nbad\n1.5s\n");
}

#[test]
fn declarations_persist_and_redefinition_replaces() {
    let (out, err, code) = repl(
        "x := 1\nx++\nx\nfunc show() { fmt.Println(\"x is\", x) }\nshow()\nx = 5\nshow()\n\
         x := \"text\"\nx\nshow()\nconst k = 4\nk * 2\ntype P struct{ Name string }\np := P{\"Ann\"}\n\
         func (p P) Hi() string { return \"hi \" + p.Name }\np.Hi()\nvar a, b = 1, 2\na + b\n",
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "2\nx is 2\nx is 5\n\"text\"\nx is 5\n8\n\"hi Ann\"\n3\n");
}

#[test]
fn multi_line_entries_by_parse_state() {
    let (out, err, code) = repl(
        "func fact(n int) int {\n\tif n < 2 {\n\t\treturn 1\n\t}\n\treturn n * fact(n-1)\n}\nfact(10)\n\
         s := 1 +\n  2\ns\nr := `a\nb`\nlen(r)\nfor i := 0; i < 2; i++ {\n  fmt.Println(i)\n}\n",
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "3628800\n3\n3\n0\n1\n");
}

#[test]
fn packages_are_imported_on_first_use() {
    let (out, err, code) =
        repl("strings.ToUpper(\"go\")\nimport \"math\"\nmath.Sqrt(16)\nrand := 3\nrand\nfilepath.Base(\"/a/b.go\")\n");
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "\"GO\"\n4\n3\n\"b.go\"\n");
}

#[test]
fn errors_leave_the_session_as_it_was() {
    let (out, err, code) = repl("x := 1\ny + 1\nx := undefinedThing\nx\nz := 2; w\nz\nfunc f( {\nx\n");
    assert_eq!(code, 1, "a failed entry makes the exit status 1");
    // `func f( {` swallows the lines after it into one failed entry.
    assert_eq!(out, "1\n1\n");
    assert!(err.contains("repl:1:1: undefined: y"), "{err}");
    assert!(err.contains("repl:1:6: undefined: undefinedThing"), "{err}");
    assert!(err.contains("undefined: w"), "{err}");
    assert!(err.contains("syntax error"), "{err}");
    // z's entry failed as a whole: z was never declared.
    assert!(err.contains("undefined: z"), "{err}");
}

#[test]
fn unused_variables_and_imports_are_not_errors() {
    let (out, err, code) = repl("import \"os\"\nv := 3\nif true { u := 1 }\n\"ok\"\n");
    assert_eq!((out.as_str(), err.as_str(), code), ("\"ok\"\n", "", 0));
}

#[test]
fn panics_and_deadlocks_end_the_entry_not_the_session() {
    let (out, err, code) =
        repl("panic(\"boom\")\n1\nvar p *int\n*p\n2\nch := make(chan int)\n<-ch\n3\n[]int{}[5]\n4\n");
    assert_eq!(code, 1);
    assert_eq!(out, "1\n2\n3\n4\n");
    assert!(err.contains("panic: boom\n\ngoroutine 1 [running]:\nmain.main(...)\n\trepl:1\n"), "{err}");
    assert!(err.contains("invalid memory address or nil pointer dereference"), "{err}");
    assert!(err.contains("fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:"), "{err}");
    assert!(err.contains("index out of range [5] with length 0"), "{err}");
    assert!(!err.contains("exit status"), "{err}");
}

#[test]
fn goroutines_keep_running_between_entries() {
    let (out, err, code) = repl(
        "ch := make(chan int)\ndone := make(chan bool)\n\
         go func() { for v := range ch { fmt.Println(\"got\", v) }; done <- true }()\n\
         ch <- 1\nfmt.Println(\"between\")\nch <- 2\nclose(ch)\n<-done\n\
         var mu sync.Mutex\nn := 0\nvar wg sync.WaitGroup\n\
         for i := 0; i < 50; i++ { wg.Add(1); go func() { defer wg.Done(); mu.Lock(); n++; mu.Unlock() }() }\n\
         wg.Wait()\nn\n",
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "got 1\nbetween\ngot 2\ntrue\n50\n");
}

#[test]
fn a_goroutine_prints_after_its_entry_returned() {
    let (out, err, code) = repl(
        "go func() { time.Sleep(30 * time.Millisecond); fmt.Println(\"late\") }()\n\"first\"\ntime.Sleep(100 * time.Millisecond)\n",
    );
    assert_eq!(err, "");
    assert_eq!(code, 0);
    assert_eq!(out, "\"first\"\nlate\n");
}

#[test]
fn commands() {
    let dir = std::env::temp_dir().join(format!("corgi-repl-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("lib.go");
    std::fs::write(&file, "package main\n\nimport \"strings\"\n\n// Shout upper-cases.\nfunc Shout(s string) string { return strings.ToUpper(s) + \"!\" }\n").expect("write");
    let input = format!(
        ":help\n:type 1.5\n:type strings.Split\nx := []string{{}}\n:type x\n:load {}\nShout(\"hey\")\n:doc strings.Repeat\n:vars\n:nosuch\n:quit\n\"not reached\"\n",
        file.display()
    );
    let (out, err, code) = repl(&input);
    assert!(out.contains(":type EXPR"), "{out}");
    assert!(out.contains("untyped float\nfunc(string, string) []string\n[]string\n"), "{out}");
    assert!(out.contains("\"HEY!\"\n"), "{out}");
    assert!(out.contains("func Repeat(s string, count int) string"), "{out}");
    assert!(out.contains("var x []string"), "{out}");
    assert!(out.contains("func Shout(string) string"), "{out}");
    assert!(!out.contains("not reached"), "{out}");
    assert!(err.contains("unknown command :nosuch"), "{err}");
    assert_eq!(code, 1);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn doc_shows_declarations_with_their_comments() {
    let dir = std::env::temp_dir().join(format!("corgi-repl-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let file = dir.join("lib.go");
    std::fs::write(&file, "package main\n\n// Shout upper-cases s\n// and adds a bang.\nfunc Shout(s string) string { return s + \"!\" }\n")
        .expect("write");
    // No package was used before: :doc reads the library's own declarations.
    let input = format!(
        ":doc strings.ToUpper\n:doc fmt.Println\n:doc fmt.Sscan\n:doc strings.Builder.WriteString\n:load {}\n:doc Shout\n\
         import str \"strings\"\n:doc str.Repeat\n:doc strings.NoSuch\n:doc nosuchpkg.X\n:doc undeclared\n:doc\n",
        file.display()
    );
    let (out, err, code) = repl(&input);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with(
            "func ToUpper(s string) string\n    ToUpper returns s with every Unicode letter in upper case.\n"
        ),
        "{out}"
    );
    assert!(out.contains("func Println(a ...any) (n int, err error)\n    Println writes its operands"), "{out}");
    // fmt's scanning sits in the surface's lazy part.
    assert!(out.contains("func Sscan(str string, a ...any) (n int, err error)\n"), "{out}");
    assert!(out.contains("func (b *Builder) WriteString(s string) (int, error)\n"), "{out}");
    assert!(out.contains("func Shout(s string) string\n    Shout upper-cases s\n    and adds a bang.\n"), "{out}");
    assert!(out.contains("func Repeat(s string, count int) string\n    Repeat returns count copies"), "{out}");
    assert!(err.contains(":doc wants a name"), "{err}");
    for name in ["strings.NoSuch", "nosuchpkg.X", "undeclared"] {
        assert!(err.contains(&format!("no declaration of {name} is known\n")), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reset_starts_a_new_session_and_reading_goes_on() {
    let (out, err, code) =
        repl("x := 1\ngo func() { for { time.Sleep(time.Millisecond) } }()\nx\n:reset\nx\ny := 2\ny\n");
    assert_eq!(code, 1, "x is gone after :reset");
    assert_eq!(out, "1\n2\n");
    assert_eq!(err, "repl:1:1: undefined: x\n");
}

#[test]
fn os_exit_ends_the_session_with_its_status() {
    let (out, _, code) = repl("fmt.Println(\"bye\")\nos.Exit(3)\n\"not reached\"\n");
    assert_eq!((out.as_str(), code), ("bye\n", 3));
}

// On a terminal, through tmux.

/// Whether tmux can drive a terminal; says so when the terminal tests are skipped.
fn tmux_available() -> bool {
    let ok = Command::new("tmux").arg("-V").output().is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("tmux is not installed: terminal tests skipped");
    }
    ok
}

struct Tmux {
    name: String,
}

/// A fresh directory for a session's XDG_DATA_HOME (its history).
fn data_home() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("corgi-test-{}-{}", std::process::id(), rand_suffix()));
    let _ = std::fs::create_dir_all(&d);
    d
}

impl Tmux {
    fn start() -> Tmux {
        Tmux::start_in(&data_home())
    }

    /// `corgi repl` on a 120×40 terminal with its history under `home`; when it ends, the shell
    /// prints `corgi exited N`.
    fn start_in(home: &std::path::Path) -> Tmux {
        let name = format!("corgi-test-{}-{}", std::process::id(), rand_suffix());
        let cmd = format!(
            "XDG_DATA_HOME={} {} repl --color never; echo \"corgi exited $?\"; sleep 60",
            home.display(),
            env!("CARGO_BIN_EXE_corgi")
        );
        let ok = Command::new("tmux")
            .args(["new-session", "-d", "-s", &name, "-x", "120", "-y", "40", &cmd])
            .status()
            .is_ok_and(|s| s.success());
        assert!(ok, "tmux starts");
        let t = Tmux { name };
        t.wait_for("Ctrl-D to leave");
        t.wait_prompt();
        t
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend_from_slice(keys);
        assert!(Command::new("tmux").args(&args).status().is_ok_and(|s| s.success()));
    }

    /// Text typed as it is (no key names).
    fn type_text(&self, text: &str) {
        assert!(
            Command::new("tmux").args(["send-keys", "-l", "-t", &self.name, text]).status().is_ok_and(|s| s.success())
        );
    }

    fn screen(&self) -> String {
        let out = Command::new("tmux").args(["capture-pane", "-p", "-t", &self.name]).output().expect("capture");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// The cursor's column and row.
    fn cursor(&self) -> (usize, usize) {
        let out = Command::new("tmux")
            .args(["display-message", "-p", "-t", &self.name, "#{cursor_x} #{cursor_y}"])
            .output()
            .expect("display");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut it = text.split_whitespace().map(|n| n.parse().unwrap_or(usize::MAX));
        (it.next().unwrap_or(usize::MAX), it.next().unwrap_or(usize::MAX))
    }

    /// The line the cursor is on, without trailing blanks.
    fn cursor_line(&self) -> String {
        let (_, y) = self.cursor();
        self.screen().lines().nth(y).unwrap_or("").trim_end().to_string()
    }

    /// Polls until `ok` holds (15 s at most: the machine may be loaded).
    fn wait_until(&self, what: &str, ok: impl Fn(&Tmux) -> bool) {
        for _ in 0..600 {
            if ok(self) {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("{what} never happened; cursor {:?}; screen:\n{}", self.cursor(), self.screen());
    }

    fn wait_for(&self, text: &str) -> String {
        self.wait_until(&format!("{text:?} on the screen"), |t| t.screen().contains(text));
        self.screen()
    }

    /// Waits for an empty `> ` prompt with the cursor after it.
    fn wait_prompt(&self) {
        self.wait_until("an empty prompt", |t| t.cursor_line() == ">" && t.cursor().0 == 2);
    }

    /// Types `text` and Enter, then waits for the next empty prompt.
    fn enter(&self, text: &str) {
        self.type_text(text);
        self.keys(&["Enter"]);
        self.wait_prompt();
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.name]).status();
    }
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos() as u64).unwrap_or(0)
}

#[test]
fn terminal_multi_line_completion_and_interrupt() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start();
    // A multi-line entry: Enter inside the braces continues it.
    t.type_text("func add(a, b int) int {");
    t.keys(&["Enter"]);
    t.wait_until("a continuation prompt", |t| t.cursor_line() == "...");
    t.type_text("return a + b");
    t.keys(&["Enter"]);
    t.wait_until("a continuation prompt", |t| t.cursor_line() == "...");
    t.enter("}");
    t.enter("add(40, 2)");
    t.wait_for("\n42\n");
    // Completion of a package member (strings.ToUp → ToUpper) and of a struct field.
    t.type_text("strings.ToUp");
    t.keys(&["Tab"]);
    t.wait_for("> strings.ToUpper");
    t.enter("(\"go\")");
    t.wait_for("\"GO\"");
    t.enter("type P struct{ Name string; Age int }");
    t.enter("p := P{\"Ann\", 3}");
    t.type_text("p.Na");
    t.keys(&["Tab"]);
    t.wait_until("p.Na completed to p.Name", |t| t.cursor_line() == "> p.Name");
    t.keys(&["Enter"]);
    t.wait_for("\n\"Ann\"\n");
    t.wait_prompt();
    // After `pkg.Func(` the signature is hinted after the cursor.
    t.type_text("strings.Repeat(");
    t.wait_until("the hint", |t| {
        t.cursor_line() == "> strings.Repeat(s string, count int) string  // strings.Repeat" && t.cursor().0 == 17
    });
    t.enter("\"ab\", 2)");
    t.wait_for("\n\"abab\"\n");
    // Ctrl-C interrupts a running for {} and the session survives.
    t.type_text("for {}");
    t.keys(&["Enter"]);
    t.wait_until("the entry running", |t| t.cursor_line().is_empty());
    t.keys(&["C-c"]);
    t.wait_for("interrupted");
    t.wait_prompt();
    t.enter("add(1, 1)");
    t.wait_for("\n2\n");
    // Ctrl-C on a line being typed cancels it.
    t.type_text("undefinedName");
    t.keys(&["C-c"]);
    t.wait_prompt();
    t.enter("add(2, 2)");
    t.wait_for("\n4\n");
    assert!(!t.screen().contains("undefined: undefinedName"), "{}", t.screen());
    // Ctrl-D on an empty line leaves with status 0.
    t.keys(&["C-d"]);
    t.wait_for("corgi exited 0");
}

#[test]
fn terminal_goroutine_output_goes_above_the_line_being_edited() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start();
    t.enter("go func(){ for i:=0;i<3;i++ { time.Sleep(300*time.Millisecond); fmt.Println(\"tick\", i) } }()");
    // A partial line, no Enter: the ticks arrive while it is being edited.
    t.type_text("x := \"part");
    t.wait_for("tick 2");
    t.wait_until("the partial line redrawn", |t| t.cursor_line() == "> x := \"part");
    let screen = t.screen();
    let lines: Vec<&str> = screen.lines().map(str::trim_end).collect();
    let at = |l: &str| lines.iter().position(|x| *x == l).unwrap_or_else(|| panic!("no line {l:?} in:\n{screen}"));
    let (t0, t1, t2, edit) = (at("tick 0"), at("tick 1"), at("tick 2"), at("> x := \"part"));
    assert!(t0 < t1 && t1 < t2 && t2 < edit, "{screen}");
    assert_eq!(lines.iter().filter(|l| l.contains("part")).count(), 1, "{screen}");
    // The line goes on where it was.
    t.enter("ial\"");
    t.enter("x");
    t.wait_for("\n\"partial\"\n");
}

#[test]
fn terminal_continuation_lines_are_indented_by_nesting() {
    if !tmux_available() {
        return;
    }
    let t = Tmux::start();
    let line = |text: &str, col: usize| {
        t.type_text(text);
        t.keys(&["Enter"]);
        t.wait_until(&format!("a continuation prompt at column {col}"), |t| {
            t.cursor_line() == "..." && t.cursor().0 == col
        });
    };
    // `... ` and four spaces per open bracket.
    line("func sign(n int) int {", 8);
    line("if n < 0 {", 12);
    line("return -1", 12);
    line("}", 8);
    line("xs := []int{", 12);
    line("1,", 12);
    line("}", 8);
    line("_ = xs", 8);
    t.enter("return 1 }");
    t.enter("sign(-5)");
    t.wait_for("\n-1\n");
    let screen = t.screen();
    // `}` at the start of a line takes a level off it.
    assert!(screen.contains("\n...     if n < 0 {\n...         return -1\n...     }\n"), "{screen}");
    assert!(screen.contains("\n...         1,\n...     }\n"), "{screen}");
    // Ctrl-C on a continuation line drops the whole entry.
    line("func never() {", 8);
    t.keys(&["C-c"]);
    t.wait_prompt();
    t.enter("never");
    t.wait_for("undefined: never");
}

#[test]
fn terminal_history_persists_and_ctrl_r_finds_it() {
    if !tmux_available() {
        return;
    }
    let home = data_home();
    {
        let t = Tmux::start_in(&home);
        t.enter("fmt.Println(\"needle\" + \"-found\")");
        t.wait_for("\nneedle-found\n");
        // A multi-line entry is one history item.
        t.type_text("for i := 0; i < 2; i++ {");
        t.keys(&["Enter"]);
        t.wait_until("a continuation prompt", |t| t.cursor_line() == "...");
        t.enter("fmt.Print(i) }");
        t.wait_for("\n01\n>");
        t.enter("1 + 1");
        t.type_text(":quit");
        t.keys(&["Enter"]);
        t.wait_for("corgi exited 0");
    }
    let hist = std::fs::read_to_string(home.join("corgi/history")).expect("the history file");
    assert!(hist.contains("fmt.Println(\"needle\" + \"-found\")"), "{hist}");
    assert!(hist.contains("for i := 0; i < 2; i++ {\\n"), "{hist}");
    let t = Tmux::start_in(&home);
    t.keys(&["C-r"]);
    t.type_text("needle");
    t.wait_for("fmt.Println(\"needle\" + \"-found\")");
    t.keys(&["Enter"]);
    t.wait_for("\nneedle-found\n");
    t.wait_prompt();
    // Up recalls the last entry; the multi-line one comes back whole.
    t.keys(&["Up"]);
    t.wait_until("the last entry recalled", |t| t.cursor_line() == "> fmt.Println(\"needle\" + \"-found\")");
    t.keys(&["C-u"]);
    t.keys(&["C-r"]);
    t.type_text("i++");
    t.keys(&["Enter"]);
    // Output that ended mid-line is finished before the prompt.
    t.wait_for("\n01\n>");
    let _ = std::fs::remove_dir_all(&home);
}
