//! The command line, driven through the real `gilt` binary as a user would: `gilt FILE args`,
//! `gilt -c CODE args`, `gilt - args`, `--version`, `--help`, bad usage, and what each way out
//! of a program (normal end, uncaught exception, `sys.exit`, `SyntaxError`) does to the exit
//! status and the two output streams. The expected texts are CPython 3.11's, with `python3`
//! replaced by `gilt` where CPython names itself.
//!
//! Every run has a deadline (`common::DEADLINE`) after which the child is killed and the test
//! fails; no test depends on timing tighter than the 50 ms start-up budget.

mod common;

use common::{gilt, run_clean, run_in, scratch, GILT};

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
fn help_lists_every_option_python3_has_and_gilts_own() {
    // `python3 -h` (3.11) lists these; gilt's list says what each does in gilt.
    let outcome = gilt("help_options", &["-h"], "");
    let options = [
        "-b ",
        "-B ",
        "-c cmd",
        "-d ",
        "-E ",
        "-h ",
        "-i ",
        "-I ",
        "-m mod",
        "-O ",
        "-OO ",
        "-P ",
        "-q ",
        "-s ",
        "-S ",
        "-u ",
        "-v ",
        "-V ",
        "-W arg",
        "-x ",
        "-X opt",
        "--check-hash-based-pycs",
        "--help-env",
        "--help-xoptions",
        "--help-all",
        "--trace FILE",
        "--trace-summary",
        "--switch-interval SECS",
        "file ",
        "-  ",
        "arg ...",
    ];
    for option in options {
        assert!(
            outcome.stdout.lines().any(|l| l.starts_with(option)),
            "{option:?} missing from:\n{}",
            outcome.stdout
        );
    }
    for (flag, first_line) in [
        ("--help-env", "Environment variables that change behavior:"),
        (
            "--help-xoptions",
            "The following implementation-specific options are available",
        ),
        ("--help-all", "usage: gilt [option] ..."),
        ("-?", "usage: gilt [option] ..."),
    ] {
        let outcome = gilt("help_more", &[flag], "");
        assert!(
            outcome.stdout.starts_with(first_line),
            "{flag}: {}",
            outcome.stdout
        );
        assert_eq!(outcome.code(), 0);
    }
}

#[test]
fn version_twice_says_more_and_ends_parsing_last() {
    for args in [
        &["-VV"][..],
        &["-V", "-V"],
        &["--version", "-V"],
        &["-V", "-c", "pass"],
    ] {
        let outcome = gilt("version_twice", args, "");
        assert!(
            outcome.stdout.starts_with("gilt "),
            "{args:?}: {}",
            outcome.stdout
        );
        assert_eq!(outcome.code(), 0);
    }
    let once = gilt("version_once", &["-V"], "").stdout;
    let twice = gilt("version_twice", &["-VV"], "").stdout;
    assert_ne!(once, twice);
    // As CPython: -V is acted on after the whole command line is read, so a bad option after
    // it is still a usage error (while -h stops at once).
    let outcome = gilt("version_then_bad", &["-V", "-Z"], "");
    assert_eq!(outcome.code(), 2);
    assert!(
        outcome.stderr.starts_with("Unknown option: -Z\n"),
        "{}",
        outcome.stderr
    );
    assert_eq!(gilt("help_then_bad", &["-h", "-Z"], "").code(), 0);
}

#[test]
fn flags_gilt_reports_its_own_way() {
    // CPython prints an import trace for -v; gilt only sets the flag. Hashes are never
    // randomized in gilt, so hash_randomization is 0 whatever PYTHONHASHSEED says.
    let folder = scratch("own_flags");
    let code = "import sys; print(sys.flags.verbose, sys.flags.hash_randomization)";
    let outcome = run_clean(
        &folder,
        GILT,
        &["-vv", "-c", code],
        &[("PYTHONHASHSEED", "random")],
        b"",
    );
    assert_eq!(outcome.stdout, "2 0\n");
    assert_eq!(outcome.stderr, "");
    let code = "import sys; print(sys.implementation.name, sys.implementation.cache_tag)";
    let outcome = run_clean(&folder, GILT, &["-c", code], &[], b"");
    assert_eq!(outcome.stdout, "gilt None\n");
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

#[test]
fn dash_m_parent_package_errors_propagate_without_runpy_frames() {
    // CPython's traceback starts with two `<frozen runpy>` frames (its runpy is Python code);
    // gilt's -m is native, so the traceback starts at the package.
    let folder = scratch("badpkg");
    std::fs::create_dir_all(folder.join("badpkg")).expect("create the package");
    std::fs::write(
        folder.join("badpkg/__init__.py"),
        "raise ImportError('broken pkg')\n",
    )
    .expect("write the package");
    let outcome = run_clean(&folder, GILT, &["-m", "badpkg.x"], &[], b"");
    let init = folder
        .canonicalize()
        .expect("scratch")
        .join("badpkg/__init__.py");
    assert_eq!(
        outcome.stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 1, in <module>\n    raise ImportError('broken pkg')\nImportError: broken pkg\n",
            init.display()
        )
    );
    assert_eq!(outcome.code(), 1);
}

// ----- command lines compared with python3 ------------------------------------------------------
// Generated by `python3 tests/record_cli.py` (which also holds the cases): do not edit by hand.

/// One command line and what python3 3.11 did with it, run in a folder holding `FIXTURE` (also
/// `HOME`) with `LANG=C.UTF-8`, `PYTHONHASHSEED=0`, no other `PYTHON*` variable and `env`. In the
/// expected texts `{dir}` stands for the folder and `{exe}` for the interpreter's path
/// (`sys.executable`); they are compared byte for byte.
struct Case {
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    stdin: &'static str,
    status: i32,
    stdout: &'static str,
    stderr: &'static str,
}

/// Modules, packages and scripts the cases run.
const FIXTURE: &[(&str, &str)] = &[
    ("mod1.py", "import sys\nprint(\"name\", __name__, \"package\", repr(__package__))\nprint(\"argv\", sys.argv)\nprint(\"path0\", sys.path[0])\nprint(\"spec\", __spec__.name, __spec__.parent)\nprint(\"in modules\", sys.modules[\"__main__\"].__name__, \"mod1\" in sys.modules)\n"),
    ("pkg/__init__.py", "print(\"pkg init\", __name__)\n"),
    ("pkg/__main__.py", "import sys\nprint(\"pkg main\", __name__, __package__, sys.argv)\nfrom . import helper\nprint(helper.X)\n"),
    ("pkg/helper.py", "X = \"helper\"\n"),
    ("pkg/sub/__init__.py", "print(\"sub init\", __name__)\n"),
    ("pkg/sub/leaf.py", "import sys\nprint(\"leaf\", __name__, __package__, sys.argv)\nfrom .. import helper\nprint(helper.X)\n"),
    ("nomain/__init__.py", ""),
    ("badpkg/__init__.py", "raise ImportError(\"broken pkg\")\n"),
    ("script.py", "import sys\nx = 5\nprint(\"script\", sys.argv, sys.flags.inspect)\n"),
    ("boom.py", "print(\"before\")\nraise ValueError(\"bad\")\n"),
    ("skip.py", "garbage line !!\nprint(\"second\")\n1/0\n"),
    ("startup.py", "print(\"startup ran\")\nfrom_startup = 7\n"),
    ("bp.py", "x = 1\nbreakpoint()\nprint(\"after\")\n"),
    ("lib/libmod.py", "VALUE = \"from PYTHONPATH\"\n"),
    ("-c", "import sys\nprint(\"a script named -c\", sys.argv)\n"),
];

fn check_cases(test: &str, cases: &[Case]) {
    let folder = scratch(test);
    for (path, text) in FIXTURE {
        let path = folder.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("create a fixture folder");
        }
        std::fs::write(path, text).expect("write a fixture file");
    }
    let dir = folder.canonicalize().expect("scratch folder");
    let dir = dir.display().to_string();
    let exe = std::fs::canonicalize(GILT).expect("the gilt binary");
    let exe = exe.display().to_string();
    let expand = |text: &str| text.replace("{dir}", &dir).replace("{exe}", &exe);
    let mut failures = Vec::new();
    for case in cases {
        let outcome = run_clean(&folder, GILT, case.args, case.env, case.stdin.as_bytes());
        let got = (
            outcome.code(),
            outcome.stdout.clone(),
            outcome.stderr.clone(),
        );
        let expected = (case.status, expand(case.stdout), expand(case.stderr));
        if got != expected {
            failures.push(format!(
                "gilt {:?} (env {:?}, stdin {:?})\n  expected: {:?}\n  got:      {:?}",
                case.args, case.env, case.stdin, expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Options: clusters, arguments, flags, `-W`, `-X`, `-O`, `-S`, `-x`, `-u`.
#[test]
fn options_as_python3() {
    check_cases("options_as_python3", OPTIONS_CASES);
}

const OPTIONS_CASES: &[Case] = &[
    // clustered -u and -c, the code in the next word
    Case {
        args: &["-uc", "import sys; print(sys.argv, sys.stdout.write_through)", "a"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "['-c', 'a'] True\n",
        stderr: "",
    },
    // -c takes the rest of its cluster
    Case {
        args: &["-Bcprint(sys.flags.dont_write_bytecode) if (sys := __import__('sys')) else 0"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "1\n",
        stderr: "",
    },
    // -- ends the options: the next word is the script even if it looks like one
    Case {
        args: &["--", "-c", "x"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "a script named -c ['-c', 'x']\n",
        stderr: "",
    },
    // - is standard input, its arguments after it
    Case {
        args: &["-", "a", "-b"],
        env: &[],
        stdin: "import sys\nprint(sys.argv, sys.path[0], __name__)\n",
        status: 0,
        stdout: "['-', 'a', '-b']  __main__\n",
        stderr: "",
    },
    // every flag counted or set, as sys.flags shows them
    Case {
        args: &["-OO", "-bb", "-ddd", "-qq", "-B", "-s", "-S", "-c", "import sys; print(sys.flags)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "sys.flags(debug=3, inspect=0, interactive=0, optimize=2, dont_write_bytecode=1, no_user_site=1, no_site=1, ignore_environment=0, verbose=0, bytes_warning=2, quiet=2, hash_randomization=0, isolated=0, dev_mode=False, utf8_mode=0, warn_default_encoding=0, safe_path=False, int_max_str_digits=-1)\n",
        stderr: "",
    },
    // -I implies -E, -s and -P
    Case {
        args: &["-I", "-c", "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, '' in sys.path)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "1 1 1 True False\n",
        stderr: "",
    },
    // -i sets inspect and interactive
    Case {
        args: &["-i", "-c", "import sys; print(sys.flags.inspect, sys.flags.interactive)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "1 1\n",
        stderr: ">>> \n",
    },
    // -W options in order, -b's after them, PYTHONWARNINGS before
    Case {
        args: &["-W", "error", "-Wignore::DeprecationWarning", "-b", "-c", "import sys; print(sys.warnoptions)"],
        env: &[("PYTHONWARNINGS", "always,,once")],
        stdin: "",
        status: 0,
        stdout: "['always', 'once', 'error', 'ignore::DeprecationWarning', 'default::BytesWarning']\n",
        stderr: "",
    },
    // -X dev adds the default filter first; -X values as given
    Case {
        args: &["-X", "dev", "-Xfoo=bar=baz", "-X", "utf8", "-W", "error", "-c", "import sys; print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode, sys.flags.utf8_mode)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "{'dev': True, 'foo': 'bar=baz', 'utf8': True} ['default', 'error'] True 1\n",
        stderr: "",
    },
    // a later -X name replaces an earlier one
    Case {
        args: &["-X", "a=1", "-X", "b", "-X", "a", "-c", "import sys; print(sys._xoptions)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "{'a': True, 'b': True}\n",
        stderr: "",
    },
    // options the warnings machinery would ignore are reported
    Case {
        args: &["-W", "bogus", "-W", "a:b:c:d:e:f", "-W", "::NoSuchWarning", "-W", "::int", "-W", ":::m:x", "-W", ":::m:-1", "-W", "::nosuchmodule.Warning", "-c", "print('ran')"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "ran\n",
        stderr: "Invalid -W option ignored: invalid action: 'bogus'\nInvalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\nInvalid -W option ignored: unknown warning category: 'NoSuchWarning'\nInvalid -W option ignored: invalid warning category: 'int'\nInvalid -W option ignored: invalid lineno 'x'\nInvalid -W option ignored: invalid lineno -1\nInvalid -W option ignored: invalid module name: 'nosuchmodule'\n",
    },
    // -X int_max_str_digits is checked
    Case {
        args: &["-X", "int_max_str_digits=5", "-c", "pass"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: config_init_int_max_str_digits: -X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
    },
    // -X int_max_str_digits in sys.flags
    Case {
        args: &["-X", "int_max_str_digits=5000", "-c", "import sys; print(sys.flags.int_max_str_digits)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "5000\n",
        stderr: "",
    },
    // -X utf8 takes 0 or 1
    Case {
        args: &["-X", "utf8=2", "-c", "pass"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: preconfig_init_utf8_mode: invalid -X utf8 option value\nPython runtime state: preinitializing\n\n",
    },
    // -X frozen_modules takes on or off
    Case {
        args: &["-X", "frozen_modules=maybe", "-c", "pass"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: bad value for option -X frozen_modules (expected \"on\" or \"off\")\nPython runtime state: preinitialized\n\n",
    },
    // --check-hash-based-pycs takes its argument in the next word
    Case {
        args: &["--check-hash-based-pycs", "never", "-c", "print('ok')"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "ok\n",
        stderr: "",
    },
    // -O removes asserts and makes __debug__ False
    Case {
        args: &["-O", "-c", "assert False, 'never'\nprint(__debug__)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "False\n",
        stderr: "",
    },
    // -OO removes docstrings too
    Case {
        args: &["-OO", "-c", "'module doc'\ndef f():\n    'function doc'\nclass C:\n    'class doc'\nprint(__doc__, f.__doc__, C.__doc__)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "None None None\n",
        stderr: "",
    },
    // -S goes without exit and quit
    Case {
        args: &["-S", "-c", "exit()"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nNameError: name 'exit' is not defined\n",
    },
    // -x skips the first line and keeps line numbers
    Case {
        args: &["-x", "skip.py"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "second\n",
        stderr: "Traceback (most recent call last):\n  File \"{dir}/skip.py\", line 3, in <module>\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n",
    },
    // -X no_debug_ranges drops the carets
    Case {
        args: &["-X", "no_debug_ranges", "-c", "def f():\n    return 1/0\nf()"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\n  File \"<string>\", line 2, in f\nZeroDivisionError: division by zero\n",
    },
    // -u writes through: output written before os._exit is not lost
    Case {
        args: &["-u", "-c", "import os, sys\nprint('kept')\nsys.stdout.write('also')\nos._exit(0)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "kept\nalso",
        stderr: "",
    },
    // -u makes stdout and stderr FileIO, stdin stays buffered
    Case {
        args: &["-u", "-c", "import sys; print(sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer, sys.stdout.line_buffering)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "<_io.FileIO name='<stdout>' mode='wb' closefd=False> <_io.FileIO name='<stderr>' mode='wb' closefd=False> <_io.BufferedReader name='<stdin>'> False\n",
        stderr: "",
    },
];

/// The `PYTHON*` variables, and `breakpoint()`.
#[test]
fn env_as_python3() {
    check_cases("env_as_python3", ENV_CASES);
}

const ENV_CASES: &[Case] = &[
    // PYTHONPATH entries follow sys.path[0], made absolute
    Case {
        args: &["-c", "import sys, libmod; print(sys.path[:4], libmod.VALUE)"],
        env: &[("PYTHONPATH", "lib:/abs/dir/:")],
        stdin: "",
        status: 0,
        stdout: "['', '{dir}/lib', '/abs/dir', '{dir}'] from PYTHONPATH\n",
        stderr: "",
    },
    // -E ignores PYTHONPATH and the other PYTHON* variables
    Case {
        args: &["-E", "-c", "import sys; print(sys.path[:1], sys.flags.optimize, sys.warnoptions, sys.stdout.write_through)"],
        env: &[("PYTHONPATH", "lib"), ("PYTHONOPTIMIZE", "1"), ("PYTHONWARNINGS", "error"), ("PYTHONUNBUFFERED", "1")],
        stdin: "",
        status: 0,
        stdout: "[''] 0 [] False\n",
        stderr: "",
    },
    // flag variables: numbers raise the level, other values count as one
    Case {
        args: &["-c", "import sys; print(sys.flags)"],
        env: &[("PYTHONOPTIMIZE", "2"), ("PYTHONDEBUG", "x"), ("PYTHONVERBOSE", ""), ("PYTHONDONTWRITEBYTECODE", "1"), ("PYTHONNOUSERSITE", "1"), ("PYTHONDEVMODE", "1"), ("PYTHONSAFEPATH", "1"), ("PYTHONWARNDEFAULTENCODING", "1")],
        stdin: "",
        status: 0,
        stdout: "sys.flags(debug=1, inspect=0, interactive=0, optimize=2, dont_write_bytecode=1, no_user_site=1, no_site=0, ignore_environment=0, verbose=0, bytes_warning=0, quiet=0, hash_randomization=0, isolated=0, dev_mode=True, utf8_mode=0, warn_default_encoding=1, safe_path=True, int_max_str_digits=-1)\n",
        stderr: "",
    },
    // PYTHONUNBUFFERED writes through
    Case {
        args: &["-c", "import sys; print(sys.stdout.write_through, sys.stdout.buffer)"],
        env: &[("PYTHONUNBUFFERED", "1")],
        stdin: "",
        status: 0,
        stdout: "True <_io.FileIO name='<stdout>' mode='wb' closefd=False>\n",
        stderr: "",
    },
    // PYTHONINSPECT sets inspect only
    Case {
        args: &["-c", "import sys; print(sys.flags.inspect, sys.flags.interactive)"],
        env: &[("PYTHONINSPECT", "1")],
        stdin: "",
        status: 0,
        stdout: "1 0\n",
        stderr: "",
    },
    // PYTHONUTF8 is checked
    Case {
        args: &["-c", "pass"],
        env: &[("PYTHONUTF8", "2")],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: preconfig_init_utf8_mode: invalid PYTHONUTF8 environment variable value\nPython runtime state: preinitializing\n\n",
    },
    // PYTHONINTMAXSTRDIGITS is checked
    Case {
        args: &["-c", "pass"],
        env: &[("PYTHONINTMAXSTRDIGITS", "12")],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: config_init_int_max_str_digits: PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.\nPython runtime state: preinitialized\n\n",
    },
    // PYTHONHASHSEED is checked
    Case {
        args: &["-c", "pass"],
        env: &[("PYTHONHASHSEED", "x")],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Fatal Python error: config_init_hash_seed: PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]\nPython runtime state: preinitialized\n\n",
    },
    // PYTHONIOENCODING sets the streams' encoding and error handler
    Case {
        args: &["-c", "import sys; print(sys.stdin.encoding, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors); print('café')"],
        env: &[("PYTHONIOENCODING", "ascii:backslashreplace")],
        stdin: "",
        status: 0,
        stdout: "ascii backslashreplace backslashreplace backslashreplace\ncaf\\xe9\n",
        stderr: "",
    },
    // PYTHONIOENCODING without a handler makes stdin and stdout strict
    Case {
        args: &["-c", "import sys; print(sys.stdout.encoding, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)"],
        env: &[("PYTHONIOENCODING", "latin-1")],
        stdin: "",
        status: 0,
        stdout: "iso8859-1 strict strict backslashreplace\n",
        stderr: "",
    },
    // PYTHONSTARTUP runs before the first prompt of a session
    Case {
        args: &["-i", "-q"],
        env: &[("PYTHONSTARTUP", "startup.py")],
        stdin: "print(from_startup)\n",
        status: 0,
        stdout: "startup ran\n7\n",
        stderr: ">>> >>> \n",
    },
    // PYTHONSTARTUP does not run for a script
    Case {
        args: &["-i", "-c", "print('code')"],
        env: &[("PYTHONSTARTUP", "startup.py")],
        stdin: "print('prompt')\n",
        status: 0,
        stdout: "code\nprompt\n",
        stderr: ">>> >>> \n",
    },
    // breakpoint() without pdb: PYTHONBREAKPOINT=0 disables it
    Case {
        args: &["bp.py"],
        env: &[("PYTHONBREAKPOINT", "0")],
        stdin: "",
        status: 0,
        stdout: "after\n",
        stderr: "",
    },
    // PYTHONBREAKPOINT names the callable
    Case {
        args: &["-c", "print(breakpoint(1, 2, sep='-'))"],
        env: &[("PYTHONBREAKPOINT", "builtins.print")],
        stdin: "",
        status: 0,
        stdout: "1-2\nNone\n",
        stderr: "",
    },
    // a PYTHONBREAKPOINT that cannot be imported is ignored with a warning
    Case {
        args: &["bp.py"],
        env: &[("PYTHONBREAKPOINT", "nosuch.hook")],
        stdin: "",
        status: 0,
        stdout: "after\n",
        stderr: "{dir}/bp.py:2: RuntimeWarning: Ignoring unimportable $PYTHONBREAKPOINT: \"nosuch.hook\"\n  breakpoint()\n",
    },
    // sys.breakpointhook can be replaced
    Case {
        args: &["-c", "import sys\nsys.breakpointhook = lambda *a, **k: print('hook', a, k)\nbreakpoint(1, x=2)"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "hook (1,) {'x': 2}\n",
        stderr: "",
    },
];

/// `-m`, as runpy runs a module.
#[test]
fn modules_as_python3() {
    check_cases("modules_as_python3", MODULES_CASES);
}

const MODULES_CASES: &[Case] = &[
    // -m runs a module as __main__ with its path in argv[0] and the folder in sys.path[0]
    Case {
        args: &["-m", "mod1", "a", "b"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "name __main__ package ''\nargv ['{dir}/mod1.py', 'a', 'b']\npath0 {dir}\nspec mod1 \nin modules __main__ False\n",
        stderr: "",
    },
    // -m of a package runs its __main__, relative imports work
    Case {
        args: &["-m", "pkg", "x"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "pkg init pkg\npkg main __main__ pkg ['{dir}/pkg/__main__.py', 'x']\nhelper\n",
        stderr: "",
    },
    // -m of a module in a nested package
    Case {
        args: &["-m", "pkg.sub.leaf", "y"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "pkg init pkg\nsub init pkg.sub\nleaf __main__ pkg.sub ['{dir}/pkg/sub/leaf.py', 'y']\nhelper\n",
        stderr: "",
    },
    // -m of a missing module
    Case {
        args: &["-m", "nosuch"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: No module named nosuch\n",
    },
    // -m of a module in a missing package
    Case {
        args: &["-m", "nosuch.sub"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: Error while finding module specification for 'nosuch.sub' (ModuleNotFoundError: No module named 'nosuch')\n",
    },
    // -m of a missing module in a package
    Case {
        args: &["-m", "pkg.nothing"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "pkg init pkg\n",
        stderr: "{exe}: No module named pkg.nothing\n",
    },
    // -m of a package without __main__
    Case {
        args: &["-m", "nomain"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed\n",
    },
    // -m of a name ending in .py
    Case {
        args: &["-m", "mod1.py"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "name mod1 package ''\nargv ['-m']\npath0 {dir}\nspec mod1 \nin modules __main__ True\n",
        stderr: "{exe}: Error while finding module specification for 'mod1.py' (ModuleNotFoundError: __path__ attribute not found on 'mod1' while trying to find 'mod1.py'). Try using 'mod1' instead of 'mod1.py' as the module name.\n",
    },
    // -m of a built-in module
    Case {
        args: &["-m", "sys"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: No code object available for sys\n",
    },
    // -m of a relative name
    Case {
        args: &["-m", ".pkg"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: Relative module names not supported\n",
    },
    // -m of an empty name
    Case {
        args: &["-m", ""],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: No module named \n",
    },
    // -m of a name ending in a dot
    Case {
        args: &["-m", "pkg."],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "pkg init pkg\n",
        stderr: "{exe}: No module named pkg.\n",
    },
    // -m of a name with an empty part
    Case {
        args: &["-m", "pkg..x"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "pkg init pkg\n",
        stderr: "{exe}: Error while finding module specification for 'pkg..x' (ModuleNotFoundError: No module named 'pkg.')\n",
    },
    // -m __main__
    Case {
        args: &["-m", "__main__"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "{exe}: Error while finding module specification for '__main__' (ValueError: __main__.__spec__ is None)\n",
    },
    // -m of a package's __main__ by its name
    Case {
        args: &["-m", "pkg.__main__"],
        env: &[],
        stdin: "",
        status: 0,
        stdout: "pkg init pkg\npkg main __main__ pkg ['{dir}/pkg/__main__.py']\nhelper\n",
        stderr: "",
    },
];

/// Standard input as a script, `-i` after a program, `sys.excepthook`, `sys.last_value`.
#[test]
fn programs_as_python3() {
    check_cases("programs_as_python3", PROGRAMS_CASES);
}

const PROGRAMS_CASES: &[Case] = &[
    // piped standard input without -i is a script: the first error ends it
    Case {
        args: &[],
        env: &[],
        stdin: "import sys\nprint(sys.argv, sys.path[0])\n1/0\nprint('not reached')\n",
        status: 1,
        stdout: "[''] \n",
        stderr: "Traceback (most recent call last):\n  File \"<stdin>\", line 3, in <module>\nZeroDivisionError: division by zero\n",
    },
    // piped standard input: a syntax error anywhere means nothing runs
    Case {
        args: &[],
        env: &[],
        stdin: "print('first')\nx = (\n",
        status: 1,
        stdout: "",
        stderr: "  File \"<stdin>\", line 2\n    x = (\n        ^\nSyntaxError: '(' was never closed\n",
    },
    // -i after a script: the session runs in its namespace
    Case {
        args: &["-i", "script.py"],
        env: &[],
        stdin: "print(x + 1)\n",
        status: 0,
        stdout: "script ['script.py'] 1\n6\n",
        stderr: ">>> >>> \n",
    },
    // -i after -c code that failed: the traceback, then the session
    Case {
        args: &["-i", "-c", "y = 1\n1/0"],
        env: &[],
        stdin: "print(y)\n",
        status: 0,
        stdout: "1\n",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nZeroDivisionError: division by zero\n>>> >>> \n",
    },
    // -i after SystemExit: reported as an exception, the session goes on
    Case {
        args: &["-i", "-c", "import sys; sys.exit(4)"],
        env: &[],
        stdin: "print('still here')\n",
        status: 0,
        stdout: "still here\n",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nSystemExit: 4\n>>> >>> \n",
    },
    // -i: SystemExit in the session ends it with its status
    Case {
        args: &["-i", "-c", "x = 2"],
        env: &[],
        stdin: "import sys; sys.exit(x + 1)\n",
        status: 3,
        stdout: "",
        stderr: ">>> ",
    },
    // -i without a program shows the banner
    Case {
        args: &["-i", "-q"],
        env: &[],
        stdin: "import sys\nprint(sys.ps1, sys.ps2, sys.flags.interactive)\nsys.ps1 = 'P1 '\n1\n",
        status: 0,
        stdout: ">>>  ...  1\n1\n",
        stderr: ">>> >>> >>> P1 P1 \n",
    },
    // an uncaught exception goes through sys.excepthook
    Case {
        args: &["-c", "import sys\ndef hook(t, v, tb):\n    print('hook', t.__name__, v, type(tb).__name__)\nsys.excepthook = hook\n1/0"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "hook ZeroDivisionError division by zero traceback\n",
        stderr: "",
    },
    // a failing sys.excepthook: both tracebacks
    Case {
        args: &["-c", "import sys\ndef hook(t, v, tb):\n    raise KeyError('in hook')\nsys.excepthook = hook\n1/0"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "Error in sys.excepthook:\nTraceback (most recent call last):\n  File \"<string>\", line 3, in hook\nKeyError: 'in hook'\n\nOriginal exception was:\nTraceback (most recent call last):\n  File \"<string>\", line 5, in <module>\nZeroDivisionError: division by zero\n",
    },
    // no sys.excepthook
    Case {
        args: &["-c", "import sys\ndel sys.excepthook\nraise ValueError('x')"],
        env: &[],
        stdin: "",
        status: 1,
        stdout: "",
        stderr: "sys.excepthook is missing\nTraceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nValueError: x\n",
    },
    // the last uncaught exception stays in sys.last_value
    Case {
        args: &["-i", "-q", "-c", "1/0"],
        env: &[],
        stdin: "import sys\nprint(sys.last_type.__name__, sys.last_value, type(sys.last_traceback).__name__)\n",
        status: 0,
        stdout: "ZeroDivisionError division by zero traceback\n",
        stderr: "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>> >>> >>> \n",
    },
    // PYTHONSTARTUP that cannot be read
    Case {
        args: &["-i", "-q"],
        env: &[("PYTHONSTARTUP", "nosuch.py")],
        stdin: "print(1)\n",
        status: 0,
        stdout: "1\n",
        stderr: "Could not open PYTHONSTARTUP\nFileNotFoundError: [Errno 2] No such file or directory: 'nosuch.py'\n>>> >>> \n",
    },
];
