//! The command line, driven through the real `gilt` binary as a user would: `gilt FILE args`,
//! `gilt -c CODE args`, `gilt - args`, `--version`, `--help`, bad usage, and what each way out
//! of a program (normal end, uncaught exception, `sys.exit`, `SyntaxError`) does to the exit
//! status and the two output streams. The expected texts are CPython 3.11's, with `python3`
//! replaced by `gilt` where CPython names itself.
//!
//! Every run has a deadline (`common::DEADLINE`) after which the child is killed and the test
//! fails; no test depends on timing tighter than the 50 ms start-up budget.

mod common;

use common::{gilt, run_in, scratch, GILT};

const TRY_HELP: &str = "Try `gilt -h' for more information.\n";

#[test]
fn script_gets_its_arguments_in_sys_argv() {
    let folder = scratch("script_argv");
    std::fs::write(folder.join("show.py"), "import sys\nprint(sys.argv)\n")
        .expect("write the script");
    let outcome = run_in(&folder, GILT, &["show.py", "one", "-c", "--two"], b"");
    assert_eq!(outcome.stdout, "['show.py', 'one', '-c', '--two']\n");
    assert_eq!(outcome.stderr, "");
    assert_eq!(outcome.code(), 0);
}

#[test]
fn dash_c_names_argv0_dash_c() {
    let outcome = gilt(
        "dash_c_argv",
        &["-c", "import sys; print(sys.argv)", "a", "-b"],
        "",
    );
    assert_eq!(outcome.stdout, "['-c', 'a', '-b']\n");
    assert_eq!(outcome.code(), 0);
}

#[test]
fn dash_runs_standard_input_as_a_script() {
    let outcome = gilt(
        "dash_stdin",
        &["-", "x"],
        "import sys\nprint(sys.argv)\nif 1:\n    print('body')\nprint('end')\n",
    );
    assert_eq!(outcome.stdout, "['-', 'x']\nbody\nend\n");
    assert_eq!(outcome.code(), 0);
}

#[test]
fn version_prints_and_exits_zero() {
    let outcome = gilt("version", &["--version"], "");
    assert!(
        outcome
            .stdout
            .starts_with(&format!("gilt {}", env!("CARGO_PKG_VERSION"))),
        "{}",
        outcome.stdout
    );
    assert_eq!(outcome.code(), 0);
}

#[test]
fn help_prints_usage_and_exits_zero() {
    for flag in ["--help", "-h"] {
        let outcome = gilt("help", &[flag], "");
        assert!(
            outcome.stdout.starts_with("usage: gilt [option] ..."),
            "{}",
            outcome.stdout
        );
        assert!(outcome.stdout.contains("-c cmd"), "{}", outcome.stdout);
        assert_eq!(outcome.stderr, "");
        assert_eq!(outcome.code(), 0);
    }
}

#[test]
fn unknown_option_is_a_usage_error() {
    // As `python3 -Z`: the complaint, the usage line and the hint, all on stderr, status 2.
    let outcome = gilt("unknown_option", &["-Z"], "");
    assert_eq!(outcome.stdout, "");
    assert!(
        outcome
            .stderr
            .starts_with("Unknown option: -Z\nusage: gilt [option] ..."),
        "{}",
        outcome.stderr
    );
    assert!(outcome.stderr.ends_with(TRY_HELP), "{}", outcome.stderr);
    assert_eq!(outcome.code(), 2);
}

#[test]
fn dash_c_without_code_is_a_usage_error() {
    let outcome = gilt("missing_c", &["-c"], "");
    assert_eq!(outcome.stdout, "");
    assert!(
        outcome
            .stderr
            .starts_with("Argument expected for the -c option\nusage: gilt "),
        "{}",
        outcome.stderr
    );
    assert!(outcome.stderr.ends_with(TRY_HELP), "{}", outcome.stderr);
    assert_eq!(outcome.code(), 2);
}

#[test]
fn missing_script_names_its_absolute_path() {
    let folder = scratch("missing_script");
    let outcome = run_in(&folder, GILT, &["nowhere.py"], b"");
    let absolute = folder
        .canonicalize()
        .expect("scratch folder")
        .join("nowhere.py");
    assert_eq!(
        outcome.stderr,
        format!(
            "gilt: can't open file '{}': [Errno 2] No such file or directory\n",
            absolute.display()
        )
    );
    assert_eq!(outcome.stdout, "");
    assert_eq!(outcome.code(), 2);
}

#[test]
fn uncaught_exception_prints_the_traceback_and_exits_one() {
    let folder = scratch("uncaught");
    std::fs::write(
        folder.join("boom.py"),
        "print('before')\nraise ValueError('bad')\n",
    )
    .expect("write the script");
    let outcome = run_in(&folder, GILT, &["boom.py"], b"");
    let absolute = folder
        .canonicalize()
        .expect("scratch folder")
        .join("boom.py");
    assert_eq!(outcome.stdout, "before\n");
    assert_eq!(
        outcome.stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 2, in <module>\n    raise ValueError('bad')\nValueError: bad\n",
            absolute.display()
        )
    );
    assert_eq!(outcome.code(), 1);
}

#[test]
fn uncaught_exception_in_dash_c_shows_no_source_line() {
    // CPython 3.11 has no source text for `<string>`.
    let outcome = gilt("uncaught_c", &["-c", "print('x')\n1/0"], "");
    assert_eq!(outcome.stdout, "x\n");
    assert_eq!(
        outcome.stderr,
        "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n"
    );
    assert_eq!(outcome.code(), 1);
}

#[test]
fn sys_exit_sets_the_status() {
    let cases: [(&str, i32, &str); 7] = [
        ("import sys; sys.exit(5)", 5, ""),
        ("import sys; sys.exit('msg')", 1, "msg\n"),
        ("import sys; sys.exit()", 0, ""),
        ("import sys; sys.exit(None)", 0, ""),
        ("raise SystemExit(7)", 7, ""),
        // The OS keeps the low byte of the status, as for CPython.
        ("import sys; sys.exit(256 + 3)", 3, ""),
        ("import sys; sys.exit(-1)", 255, ""),
    ];
    for (code, status, stderr) in cases {
        let outcome = gilt("sys_exit", &["-c", code], "");
        assert_eq!(outcome.stderr, stderr, "{code}");
        assert_eq!(outcome.code(), status, "{code}");
    }
}

#[test]
fn syntax_error_exits_one_with_the_caret_block() {
    let outcome = gilt("syntax_error", &["-c", "print('never')\nx = (1,"], "");
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr,
        "  File \"<string>\", line 2\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"
    );
    assert_eq!(outcome.code(), 1);
}

#[test]
fn output_reaches_a_pipe_whatever_the_way_out() {
    // stdout is a pipe here, so block-buffered: everything must still be flushed at exit.
    let ends = [
        "",
        "\nimport sys; sys.exit(4)",
        "\n1/0",
        "\nimport os; os._exit(0)",
    ];
    for end in ends {
        let code = format!("for i in range(3000): print(i)\nprint('last', end=''){end}");
        let outcome = gilt("flush", &["-c", &code], "");
        let expected: String = (0..3000).map(|i| format!("{i}\n")).collect::<String>() + "last";
        if end.contains("_exit") {
            // os._exit skips the flush in CPython too: only check nothing is duplicated.
            assert!(expected.starts_with(&outcome.stdout), "{end}");
            continue;
        }
        assert_eq!(outcome.stdout.len(), expected.len(), "{end}");
        assert_eq!(outcome.stdout, expected, "{end}");
    }
}

#[test]
fn input_reads_piped_lines_then_raises_eof_error() {
    let code = "name = input('name: ')\nprint('hello, ' + name)\nprint(input())\ninput('more? ')";
    let outcome = gilt("input", &["-c", code], "bob\nsecond line\n");
    assert_eq!(outcome.stdout, "name: hello, bob\nsecond line\nmore? ");
    assert!(
        outcome
            .stderr
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        outcome.stderr
    );
    assert!(
        outcome
            .stderr
            .ends_with("\nEOFError: EOF when reading a line\n"),
        "{}",
        outcome.stderr
    );
    assert_eq!(outcome.code(), 1);
}

#[test]
fn input_reads_a_last_line_without_newline() {
    let outcome = gilt("input_last", &["-c", "print(repr(input()))"], "no newline");
    assert_eq!(outcome.stdout, "'no newline'\n");
    assert_eq!(outcome.code(), 0);
}

#[test]
fn dash_c_pass_runs() {
    // Start-up time is measured by scripts/bench/run.py, not asserted here (shared machine).
    let folder = scratch("startup");
    let outcome = run_in(&folder, GILT, &["-c", "pass"], b"");
    assert_eq!(outcome.code(), 0);
}
