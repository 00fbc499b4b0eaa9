//! The `corgi` command.

use clap::{Parser, Subcommand, ValueEnum};
use corgi::diag::render::Style;
use corgi::driver::{self, Output};
use std::io::IsTerminal;

#[derive(Parser)]
#[command(name = "corgi", version, about = "An interpreter for Go", propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Type-check Go files (one package) or a package directory; print Go's errors.
    Check {
        /// How to print errors: `short` is Go's lines alone; `human` adds a source snippet on a terminal.
        #[arg(long, value_enum, default_value_t = ErrorFormat::Human)]
        error_format: ErrorFormat,
        /// When to color snippets.
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
        /// .go files of one package, or a directory.
        #[arg(required = true)]
        paths: Vec<String>,
    },
    /// Compile and run a Go program: `corgi run main.go [-- args…]`.
    Run {
        #[arg(long, value_enum, default_value_t = ErrorFormat::Human)]
        error_format: ErrorFormat,
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
        /// Run with the race detector (`-race` works too, as with go run).
        #[arg(long)]
        race: bool,
        /// .go files of package main (or a directory), then `--` and the program's arguments.
        #[arg(required = true)]
        paths: Vec<String>,
        #[arg(last = true)]
        args: Vec<String>,
    },
    /// An interactive Go prompt (entries from stdin when it is not a terminal).
    Repl {
        #[arg(long, value_enum, default_value_t = Color::Auto)]
        color: Color,
    },
    /// Run the tests of packages, as go test: `corgi test [-v] [-run RE] … [./...]`.
    Test {
        /// go test's flags (`-v`, `-run RE`, `-count N`, …), then package patterns.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// One package's test binary (run by `corgi test`).
    #[command(hide = true)]
    TestBinary {
        dir: String,
        #[arg(long)]
        race: bool,
        #[arg(last = true)]
        flags: Vec<String>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum ErrorFormat {
    Short,
    Human,
}

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() {
    let cli = Cli::parse_from(go_style_flags(std::env::args()));
    let code = match cli.command {
        Command::Check { error_format, color, paths } => {
            let style = style(error_format, color);
            driver::check_command(&paths, Output { style })
        }
        Command::Run { error_format, color, race, paths, args } => {
            let style = style(error_format, color);
            driver::run_command(&paths, args, race, Output { style })
        }
        Command::Repl { color } => corgi::repl::repl_command(style(ErrorFormat::Human, color)),
        Command::Test { args } => driver::test_command(&args, Output { style: style(ErrorFormat::Human, Color::Auto) }),
        Command::TestBinary { dir, race, flags } => {
            driver::test_binary(&dir, race, flags, Output { style: style(ErrorFormat::Human, Color::Auto) })
        }
    };
    std::process::exit(code);
}

/// go run spells its flags with one dash (`go run -race x.go`); clap's long flags take two. As with go
/// run, the program's own arguments follow its .go files (or its one directory): `corgi run x.go -n 3`
/// passes `-n 3` to the program, as does `corgi run x.go -- -n 3` (corgi's `--` is not passed on).
fn go_style_flags(args: impl Iterator<Item = String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_run = false;
    let mut rest = false;
    // In run: a flag's value comes next; some paths were seen (the last one a .go file).
    let mut value_next = false;
    let mut paths = 0;
    let mut last_go = false;
    for a in args {
        if out.len() == 1 {
            in_run = a == "run";
        } else if in_run && !rest {
            if a == "--" {
                rest = true;
            } else if value_next {
                value_next = false;
            } else if paths == 0 && a.starts_with('-') {
                if a == "-race" {
                    out.push("--race".into());
                    continue;
                }
                value_next = matches!(a.as_str(), "--error-format" | "--color");
            } else if paths == 0 || (last_go && a.ends_with(".go")) {
                paths += 1;
                last_go = a.ends_with(".go");
            } else {
                out.push("--".into());
                rest = true;
            }
        }
        out.push(a);
    }
    out
}

/// Snippets go to terminals (or when forced); pipes get Go's lines alone, as the Go toolchain prints.
fn style(format: ErrorFormat, color: Color) -> Style {
    let tty = std::io::stderr().is_terminal();
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    match (format, color) {
        (ErrorFormat::Short, _) => Style::Short,
        (ErrorFormat::Human, Color::Always) => Style::Snippet { color: true },
        (ErrorFormat::Human, Color::Never) => {
            if tty {
                Style::Snippet { color: false }
            } else {
                Style::Short
            }
        }
        (ErrorFormat::Human, Color::Auto) => {
            if tty {
                Style::Snippet { color: !no_color }
            } else {
                Style::Short
            }
        }
    }
}
