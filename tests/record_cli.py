#!/usr/bin/env python3
"""Record the command-line cases of tests/cli.rs with CPython.

For every case below this runs CPython's real executable (`sys.executable` of the python3
running this script, which must be 3.11) in a fresh folder holding FIXTURE, with only
PATH, HOME (the folder), LANG=C.UTF-8, PYTHONHASHSEED=0 and the case's variables in the
environment, feeding the case's standard input; then it rewrites the part of tests/cli.rs
after the line `// ----- command lines compared with python3` with one `Case` per run: the
arguments, environment, stdin, and the exit status, stdout and stderr CPython produced, the
folder written `{dir}` and the interpreter's path `{exe}`.

Keep to command lines where gilt means to behave as CPython does: the differences (CPython's
program name in usage messages, its import trace under -v, its stdlib entries in sys.path, runpy's
frames in tracebacks, pdb) are tested separately in tests/cli.rs, above the generated part.

Usage: python3 tests/record_cli.py && cargo fmt
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile

CLI_RS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cli.rs")
MARKER = "\n// ----- command lines compared with python3"

FIXTURE = {
    "mod1.py": 'import sys\nprint("name", __name__, "package", repr(__package__))\nprint("argv", sys.argv)\nprint("path0", sys.path[0])\nprint("spec", __spec__.name, __spec__.parent)\nprint("in modules", sys.modules["__main__"].__name__, "mod1" in sys.modules)\n',
    "pkg/__init__.py": 'print("pkg init", __name__)\n',
    "pkg/__main__.py": 'import sys\nprint("pkg main", __name__, __package__, sys.argv)\nfrom . import helper\nprint(helper.X)\n',
    "pkg/helper.py": 'X = "helper"\n',
    "pkg/sub/__init__.py": 'print("sub init", __name__)\n',
    "pkg/sub/leaf.py": 'import sys\nprint("leaf", __name__, __package__, sys.argv)\nfrom .. import helper\nprint(helper.X)\n',
    "nomain/__init__.py": '',
    "badpkg/__init__.py": 'raise ImportError("broken pkg")\n',
    "script.py": 'import sys\nx = 5\nprint("script", sys.argv, sys.flags.inspect)\n',
    "boom.py": 'print("before")\nraise ValueError("bad")\n',
    "skip.py": 'garbage line !!\nprint("second")\n1/0\n',
    "startup.py": 'print("startup ran")\nfrom_startup = 7\n',
    "bp.py": 'x = 1\nbreakpoint()\nprint("after")\n',
    "lib/libmod.py": 'VALUE = "from PYTHONPATH"\n',
    "-c": 'import sys\nprint("a script named -c", sys.argv)\n',
}

# (group, [(title, args, env, stdin)]): one #[test] per group.
GROUPS = [
    ('options', [
        ('clustered -u and -c, the code in the next word', ['-uc', 'import sys; print(sys.argv, sys.stdout.write_through)', 'a'], {}, ''),
        ('-c takes the rest of its cluster', ["-Bcprint(sys.flags.dont_write_bytecode) if (sys := __import__('sys')) else 0"], {}, ''),
        ('-- ends the options: the next word is the script even if it looks like one', ['--', '-c', 'x'], {}, ''),
        ('- is standard input, its arguments after it', ['-', 'a', '-b'], {}, 'import sys\nprint(sys.argv, sys.path[0], __name__)\n'),
        ('every flag counted or set, as sys.flags shows them', ['-OO', '-bb', '-ddd', '-qq', '-B', '-s', '-S', '-c', 'import sys; print(sys.flags)'], {}, ''),
        ('-I implies -E, -s and -P', ['-I', '-c', "import sys; f = sys.flags; print(f.isolated, f.ignore_environment, f.no_user_site, f.safe_path, '' in sys.path)"], {}, ''),
        ('-i sets inspect and interactive', ['-i', '-c', 'import sys; print(sys.flags.inspect, sys.flags.interactive)'], {}, ''),
        ("-W options in order, -b's after them, PYTHONWARNINGS before", ['-W', 'error', '-Wignore::DeprecationWarning', '-b', '-c', 'import sys; print(sys.warnoptions)'], {'PYTHONWARNINGS': 'always,,once'}, ''),
        ('-X dev adds the default filter first; -X values as given', ['-X', 'dev', '-Xfoo=bar=baz', '-X', 'utf8', '-W', 'error', '-c', 'import sys; print(sys._xoptions, sys.warnoptions, sys.flags.dev_mode, sys.flags.utf8_mode)'], {}, ''),
        ('a later -X name replaces an earlier one', ['-X', 'a=1', '-X', 'b', '-X', 'a', '-c', 'import sys; print(sys._xoptions)'], {}, ''),
        ('options the warnings machinery would ignore are reported', ['-W', 'bogus', '-W', 'a:b:c:d:e:f', '-W', '::NoSuchWarning', '-W', '::int', '-W', ':::m:x', '-W', ':::m:-1', '-W', '::nosuchmodule.Warning', '-c', "print('ran')"], {}, ''),
        ('-X int_max_str_digits is checked', ['-X', 'int_max_str_digits=5', '-c', 'pass'], {}, ''),
        ('-X int_max_str_digits in sys.flags', ['-X', 'int_max_str_digits=5000', '-c', 'import sys; print(sys.flags.int_max_str_digits)'], {}, ''),
        ('-X utf8 takes 0 or 1', ['-X', 'utf8=2', '-c', 'pass'], {}, ''),
        ('-X frozen_modules takes on or off', ['-X', 'frozen_modules=maybe', '-c', 'pass'], {}, ''),
        ('--check-hash-based-pycs takes its argument in the next word', ['--check-hash-based-pycs', 'never', '-c', "print('ok')"], {}, ''),
        ('-O removes asserts and makes __debug__ False', ['-O', '-c', "assert False, 'never'\nprint(__debug__)"], {}, ''),
        ('-OO removes docstrings too', ['-OO', '-c', "'module doc'\ndef f():\n    'function doc'\nclass C:\n    'class doc'\nprint(__doc__, f.__doc__, C.__doc__)"], {}, ''),
        ('-S goes without exit and quit', ['-S', '-c', 'exit()'], {}, ''),
        ('-x skips the first line and keeps line numbers', ['-x', 'skip.py'], {}, ''),
        ('-X no_debug_ranges drops the carets', ['-X', 'no_debug_ranges', '-c', 'def f():\n    return 1/0\nf()'], {}, ''),
        ('-u writes through: output written before os._exit is not lost', ['-u', '-c', "import os, sys\nprint('kept')\nsys.stdout.write('also')\nos._exit(0)"], {}, ''),
        ('-u makes stdout and stderr FileIO, stdin stays buffered', ['-u', '-c', 'import sys; print(sys.stdout.buffer, sys.stderr.buffer, sys.stdin.buffer, sys.stdout.line_buffering)'], {}, ''),
    ]),
    ('env', [
        ('PYTHONPATH entries follow sys.path[0], made absolute', ['-c', 'import sys, libmod; print(sys.path[:4], libmod.VALUE)'], {'PYTHONPATH': 'lib:/abs/dir/:'}, ''),
        ('-E ignores PYTHONPATH and the other PYTHON* variables', ['-E', '-c', 'import sys; print(sys.path[:1], sys.flags.optimize, sys.warnoptions, sys.stdout.write_through)'], {'PYTHONPATH': 'lib', 'PYTHONOPTIMIZE': '1', 'PYTHONWARNINGS': 'error', 'PYTHONUNBUFFERED': '1'}, ''),
        ('flag variables: numbers raise the level, other values count as one', ['-c', 'import sys; print(sys.flags)'], {'PYTHONOPTIMIZE': '2', 'PYTHONDEBUG': 'x', 'PYTHONVERBOSE': '', 'PYTHONDONTWRITEBYTECODE': '1', 'PYTHONNOUSERSITE': '1', 'PYTHONDEVMODE': '1', 'PYTHONSAFEPATH': '1', 'PYTHONWARNDEFAULTENCODING': '1'}, ''),
        ('PYTHONUNBUFFERED writes through', ['-c', 'import sys; print(sys.stdout.write_through, sys.stdout.buffer)'], {'PYTHONUNBUFFERED': '1'}, ''),
        ('PYTHONINSPECT sets inspect only', ['-c', 'import sys; print(sys.flags.inspect, sys.flags.interactive)'], {'PYTHONINSPECT': '1'}, ''),
        ('PYTHONUTF8 is checked', ['-c', 'pass'], {'PYTHONUTF8': '2'}, ''),
        ('PYTHONINTMAXSTRDIGITS is checked', ['-c', 'pass'], {'PYTHONINTMAXSTRDIGITS': '12'}, ''),
        ('PYTHONHASHSEED is checked', ['-c', 'pass'], {'PYTHONHASHSEED': 'x'}, ''),
        ("PYTHONIOENCODING sets the streams' encoding and error handler", ['-c', "import sys; print(sys.stdin.encoding, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors); print('café')"], {'PYTHONIOENCODING': 'ascii:backslashreplace'}, ''),
        ('PYTHONIOENCODING without a handler makes stdin and stdout strict', ['-c', 'import sys; print(sys.stdout.encoding, sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)'], {'PYTHONIOENCODING': 'latin-1'}, ''),
        ('PYTHONSTARTUP runs before the first prompt of a session', ['-i', '-q'], {'PYTHONSTARTUP': 'startup.py'}, 'print(from_startup)\n'),
        ('PYTHONSTARTUP does not run for a script', ['-i', '-c', "print('code')"], {'PYTHONSTARTUP': 'startup.py'}, "print('prompt')\n"),
        ('breakpoint() without pdb: PYTHONBREAKPOINT=0 disables it', ['bp.py'], {'PYTHONBREAKPOINT': '0'}, ''),
        ('PYTHONBREAKPOINT names the callable', ['-c', "print(breakpoint(1, 2, sep='-'))"], {'PYTHONBREAKPOINT': 'builtins.print'}, ''),
        ('a PYTHONBREAKPOINT that cannot be imported is ignored with a warning', ['bp.py'], {'PYTHONBREAKPOINT': 'nosuch.hook'}, ''),
        ('sys.breakpointhook can be replaced', ['-c', "import sys\nsys.breakpointhook = lambda *a, **k: print('hook', a, k)\nbreakpoint(1, x=2)"], {}, ''),
    ]),
    ('modules', [
        ('-m runs a module as __main__ with its path in argv[0] and the folder in sys.path[0]', ['-m', 'mod1', 'a', 'b'], {}, ''),
        ('-m of a package runs its __main__, relative imports work', ['-m', 'pkg', 'x'], {}, ''),
        ('-m of a module in a nested package', ['-m', 'pkg.sub.leaf', 'y'], {}, ''),
        ('-m of a missing module', ['-m', 'nosuch'], {}, ''),
        ('-m of a module in a missing package', ['-m', 'nosuch.sub'], {}, ''),
        ('-m of a missing module in a package', ['-m', 'pkg.nothing'], {}, ''),
        ('-m of a package without __main__', ['-m', 'nomain'], {}, ''),
        ('-m of a name ending in .py', ['-m', 'mod1.py'], {}, ''),
        ('-m of a built-in module', ['-m', 'sys'], {}, ''),
        ('-m of a relative name', ['-m', '.pkg'], {}, ''),
        ('-m of an empty name', ['-m', ''], {}, ''),
        ('-m of a name ending in a dot', ['-m', 'pkg.'], {}, ''),
        ('-m of a name with an empty part', ['-m', 'pkg..x'], {}, ''),
        ('-m __main__', ['-m', '__main__'], {}, ''),
        ("-m of a package's __main__ by its name", ['-m', 'pkg.__main__'], {}, ''),
    ]),
    ('programs', [
        ('piped standard input without -i is a script: the first error ends it', [], {}, "import sys\nprint(sys.argv, sys.path[0])\n1/0\nprint('not reached')\n"),
        ('piped standard input: a syntax error anywhere means nothing runs', [], {}, "print('first')\nx = (\n"),
        ('-i after a script: the session runs in its namespace', ['-i', 'script.py'], {}, 'print(x + 1)\n'),
        ('-i after -c code that failed: the traceback, then the session', ['-i', '-c', 'y = 1\n1/0'], {}, 'print(y)\n'),
        ('-i after SystemExit: reported as an exception, the session goes on', ['-i', '-c', 'import sys; sys.exit(4)'], {}, "print('still here')\n"),
        ('-i: SystemExit in the session ends it with its status', ['-i', '-c', 'x = 2'], {}, 'import sys; sys.exit(x + 1)\n'),
        ('-i without a program shows the banner', ['-i', '-q'], {}, "import sys\nprint(sys.ps1, sys.ps2, sys.flags.interactive)\nsys.ps1 = 'P1 '\n1\n"),
        ('an uncaught exception goes through sys.excepthook', ['-c', "import sys\ndef hook(t, v, tb):\n    print('hook', t.__name__, v, type(tb).__name__)\nsys.excepthook = hook\n1/0"], {}, ''),
        ('a failing sys.excepthook: both tracebacks', ['-c', "import sys\ndef hook(t, v, tb):\n    raise KeyError('in hook')\nsys.excepthook = hook\n1/0"], {}, ''),
        ('no sys.excepthook', ['-c', "import sys\ndel sys.excepthook\nraise ValueError('x')"], {}, ''),
        ('the last uncaught exception stays in sys.last_value', ['-i', '-q', '-c', '1/0'], {}, 'import sys\nprint(sys.last_type.__name__, sys.last_value, type(sys.last_traceback).__name__)\n'),
        ('PYTHONSTARTUP that cannot be read', ['-i', '-q'], {'PYTHONSTARTUP': 'nosuch.py'}, 'print(1)\n'),
    ]),
]

TITLES = {
    "options": "Options: clusters, arguments, flags, `-W`, `-X`, `-O`, `-S`, `-x`, `-u`.",
    "env": "The `PYTHON*` variables, and `breakpoint()`.",
    "modules": "`-m`, as runpy runs a module.",
    "programs": "Standard input as a script, `-i` after a program, `sys.excepthook`, `sys.last_value`.",
}

HEADER = """
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
"""

CHECK = """
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
        let got = (outcome.code(), outcome.stdout.clone(), outcome.stderr.clone());
        let expected = (case.status, expand(case.stdout), expand(case.stderr));
        if got != expected {
            failures.push(format!(
                "gilt {:?} (env {:?}, stdin {:?})\\n  expected: {:?}\\n  got:      {:?}",
                case.args, case.env, case.stdin, expected, got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\\n"));
}
"""


def rust(text):
    """A Rust string literal (JSON's escapes are Rust's for what these texts hold)."""
    return json.dumps(text, ensure_ascii=False)


def setup(folder):
    for rel, text in FIXTURE.items():
        path = os.path.join(folder, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)


def run(args, env, stdin):
    folder = os.path.realpath(tempfile.mkdtemp(prefix="gilt-record-cli-"))
    try:
        setup(folder)
        full_env = {"PATH": os.environ.get("PATH", ""), "HOME": folder, "LANG": "C.UTF-8",
                    "PYTHONHASHSEED": "0"}
        full_env.update(env)
        done = subprocess.run([sys.executable] + args, input=stdin.encode(), capture_output=True,
                              env=full_env, cwd=folder, timeout=30)
        exe = os.path.realpath(sys.executable)

        def normalize(data):
            return data.decode().replace(exe, "{exe}").replace(sys.executable, "{exe}").replace(folder, "{dir}")

        return done.returncode, normalize(done.stdout), normalize(done.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("record_cli.py needs CPython 3.11, not %s" % sys.version.split()[0])
    out = [HEADER, "/// Modules, packages and scripts the cases run.", "const FIXTURE: &[(&str, &str)] = &["]
    for path, text in FIXTURE.items():
        out.append("    (%s, %s)," % (rust(path), rust(text)))
    out.append("];")
    out.append(CHECK)
    for group, cases in GROUPS:
        out.append("/// %s" % TITLES[group])
        out.append("#[test]")
        out.append("fn %s_as_python3() {" % group)
        out.append('    check_cases("%s_as_python3", %s_CASES);' % (group, group.upper()))
        out.append("}")
        out.append("")
        out.append("const %s_CASES: &[Case] = &[" % group.upper())
        for title, args, env, stdin in cases:
            status, stdout, stderr = run(args, env, stdin)
            out.append("    // %s" % title)
            out.append("    Case {")
            out.append("        args: &[%s]," % ", ".join(rust(a) for a in args))
            out.append("        env: &[%s]," % ", ".join("(%s, %s)" % (rust(k), rust(v)) for k, v in env.items()))
            out.append("        stdin: %s," % rust(stdin))
            out.append("        status: %d," % status)
            out.append("        stdout: %s," % rust(stdout))
            out.append("        stderr: %s," % rust(stderr))
            out.append("    },")
        out.append("];")
        out.append("")
    with open(CLI_RS) as f:
        text = f.read()
    head = text[: text.index(MARKER)] if MARKER in text else text.rstrip("\n") + "\n"
    with open(CLI_RS, "w") as f:
        f.write(head + "\n".join(out))
    print("rewrote", CLI_RS, "with", sum(len(c) for _, c in GROUPS), "cases")


if __name__ == "__main__":
    main()
