//! The REPL, driven through the real `gilt` binary two ways.
//!
//! Piped: `gilt -i -q < input` reads statements line by line as the interactive prompt does
//! (expression values echoed with `repr`, compound statements ended by a blank line), writing
//! each prompt to stderr because it cannot edit lines. The expected texts below, both streams,
//! are what `python3 -i -q < input` printed. (Without `-i`, piped input is a script: see
//! `tests/cli.rs`.)
//!
//! On a terminal: `tests/pty_drive.py` (python3's `pty` module) runs gilt on a pseudo-terminal,
//! types keys and waits for output, so the `>>> ` / `... ` prompts, Ctrl-C, Ctrl-D, tab
//! completion and the history file are seen as a user sees them. Without python3 those tests are
//! skipped with a printed reason. `HOME` is a scratch folder, so `~/.gilt_history` is the test's.

mod common;

use common::{gilt, run_in, scratch, Outcome, GILT};
use std::path::Path;

fn piped(test: &str, input: &str) -> Outcome {
    gilt(test, &["-i", "-q"], input)
}

#[test]
fn piped_expressions_echo_their_repr_and_no_prompts() {
    let outcome = piped(
        "echo",
        "1 + 1\n'a' * 2\nNone\n[1, 'b', None]\nx = 5\nx\n_\n\n\nprint(x)\n",
    );
    assert_eq!(outcome.stdout, "2\n'aa'\n[1, 'b', None]\n5\n5\n5\n");
    assert_eq!(
        outcome.stderr,
        ">>> >>> >>> >>> >>> >>> >>> >>> >>> >>> >>> \n"
    );
    assert_eq!(outcome.code(), 0);
}

#[test]
fn piped_blocks_end_at_a_blank_line() {
    let input = "\
def double(x):
    return x * 2

for i in range(3):
    print(double(i))

if double(1) == 3:
    print('no')
else:
    print('yes')

while False: pass

class Point:
    def __repr__(self):
        return 'Point()'

Point()
";
    let outcome = piped("blocks", input);
    assert_eq!(outcome.stdout, "0\n2\n4\nyes\nPoint()\n");
    assert_eq!(
        outcome.stderr,
        ">>> ... ... >>> ... ... >>> ... ... ... ... >>> ... >>> ... ... ... >>> >>> \n"
    );
    assert_eq!(outcome.code(), 0);
}

#[test]
fn piped_brackets_and_strings_span_blank_lines() {
    let outcome = piped("brackets", "x = (1,\n\n2)\nx\ns = '''a\n\nb'''\ns\n");
    assert_eq!(outcome.stdout, "(1, 2)\n'a\\n\\nb'\n");
    assert_eq!(outcome.stderr, ">>> ... ... >>> >>> ... ... >>> >>> \n");
}

#[test]
fn piped_block_at_end_of_input_runs() {
    let outcome = piped("block_at_end", "for i in range(2):\n    print(i)");
    assert_eq!(outcome.stdout, "0\n1\n");
    assert_eq!(outcome.stderr, ">>> ... ... \n>>> \n");
    assert_eq!(outcome.code(), 0);
}

#[test]
fn piped_error_prints_traceback_and_session_goes_on() {
    // CPython 3.11 prints no source lines for `<stdin>`.
    let input = "1/0\nprint('after')\ndef f():\n    return undefined\n\nf()\nprint('still here')\n";
    let outcome = piped("error", input);
    assert_eq!(outcome.stdout, "after\nstill here\n");
    assert_eq!(
        outcome.stderr,
        ">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n\
         >>> >>> ... ... >>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\n  File \"<stdin>\", line 2, in f\n\
         NameError: name 'undefined' is not defined\n>>> >>> \n"
    );
    assert_eq!(outcome.code(), 0);
}

#[test]
fn piped_syntax_errors_show_stdin_and_the_caret_block() {
    let outcome = piped("syntax", "def f(:\nprint('next')\n");
    assert_eq!(outcome.stdout, "next\n");
    assert_eq!(
        outcome.stderr,
        ">>>   File \"<stdin>\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n>>> >>> \n"
    );
}

#[test]
fn piped_compiler_errors_show_no_source_line() {
    // Found by the compiler, not the parser: CPython's REPL has no text for `<stdin>` then.
    let outcome = piped("compiler_error", "return 1\nbreak\n");
    assert_eq!(
        outcome.stderr,
        ">>>   File \"<stdin>\", line 1\nSyntaxError: 'return' outside function\n>>>   File \"<stdin>\", line 1\nSyntaxError: 'break' outside loop\n>>> \n"
    );
}

#[test]
fn piped_statement_after_a_block_needs_a_blank_line() {
    // CPython compiles one statement per input: a dedented line straight after a block is an
    // error, and the block does not run.
    let outcome = piped("dedent", "if 1:\n    print(1)\nprint(2)\nprint(3)\n");
    assert_eq!(outcome.stdout, "3\n");
    assert_eq!(
        outcome.stderr,
        ">>> ... ...   File \"<stdin>\", line 3\n    print(2)\n    ^^^^^\nSyntaxError: invalid syntax\n>>> >>> \n"
    );
}

#[test]
fn piped_missing_block_is_reported_at_the_blank_line() {
    let outcome = piped("missing_block", "if 1:\n\nprint('next')\n");
    assert_eq!(outcome.stdout, "next\n");
    assert_eq!(
        outcome.stderr,
        ">>> ...   File \"<stdin>\", line 2\n    \n    ^\nIndentationError: expected an indented block after 'if' statement on line 1\n>>> >>> \n"
    );
}

#[test]
fn piped_exit_ends_the_session_with_its_status() {
    let cases: [(&str, i32, &str); 4] = [
        ("print(1)\nexit()\nprint(2)\n", 0, ">>> >>> "),
        (
            "print(1)\nimport sys\nsys.exit(3)\nprint(2)\n",
            3,
            ">>> >>> >>> ",
        ),
        ("print(1)\nquit(4)\nprint(2)\n", 4, ">>> >>> "),
        ("print(1)\nexit('bye')\nprint(2)\n", 1, ">>> >>> bye\n"),
    ];
    for (input, status, stderr) in cases {
        let outcome = piped("exit", input);
        assert_eq!(outcome.stdout, "1\n", "{input:?}");
        assert_eq!(outcome.stderr, stderr, "{input:?}");
        assert_eq!(outcome.code(), status, "{input:?}");
    }
}

#[test]
fn piped_argv_is_one_empty_string() {
    let outcome = piped("argv", "import sys\nsys.argv\n");
    assert_eq!(outcome.stdout, "['']\n");
    assert_eq!(outcome.stderr, ">>> >>> >>> \n");
}

// ----- on a pseudo-terminal ---------------------------------------------------------------------

/// The pty helper's transcript (terminal escapes included), or `None` with a printed reason when
/// python3 or its `pty` module is missing. `steps` are `pty_drive.py` lines.
fn on_terminal(folder: &Path, steps: &[&str]) -> Option<String> {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import pty, select"])
        .output();
    if !matches!(&probe, Ok(o) if o.status.success()) {
        println!("skipped: python3 with the pty module is needed to run gilt on a terminal");
        return None;
    }
    let steps_file = folder.join("steps.txt");
    std::fs::write(&steps_file, steps.join("\n") + "\n").expect("write the steps");
    let helper = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pty_drive.py");
    let steps_path = steps_file.to_string_lossy().into_owned();
    let helper_path = helper.to_string_lossy().into_owned();
    // TERM is set so that rustyline edits the line (it falls back to plain reads on "dumb").
    let outcome = run_in(
        folder,
        "env",
        &["TERM=xterm", "python3", &helper_path, &steps_path, GILT],
        b"",
    );
    assert_eq!(
        outcome.code(),
        0,
        "pty helper failed:\n{}\n{}",
        outcome.stdout,
        outcome.stderr
    );
    Some(outcome.stdout)
}

#[test]
fn terminal_prompts_echo_ctrl_c_and_ctrl_d() {
    let folder = scratch("terminal");
    let steps = [
        "expect '>>> '",
        "send '1 + 1\\r'",
        "expect '2\\r\\n'",
        "expect '>>> '",
        "send 'for i in range(2):\\r'",
        "expect '... '",
        "send '    print(i * 10)\\r'",
        "expect '... '",
        "send '\\r'",
        "expect '10\\r\\n'",
        "expect '>>> '",
        // Ctrl-C cancels the line being typed: it never runs.
        "send 'print(\"typed\")\\x03'",
        "expect 'KeyboardInterrupt'",
        "expect '>>> '",
        "send 'pri\\t'",
        "send '(7)\\r'",
        "expect '7\\r\\n'",
        "expect '>>> '",
        "send '\\x04'",
    ];
    let Some(transcript) = on_terminal(&folder, &steps) else {
        return;
    };
    assert!(
        transcript.starts_with("gilt "),
        "banner missing:\n{transcript}"
    );
    assert!(
        transcript.contains("\r\nKeyboardInterrupt\r\n"),
        "{transcript}"
    );
    assert!(
        !transcript.contains("typed\r\n"),
        "a cancelled line ran:\n{transcript}"
    );
    assert!(transcript.ends_with("exit: 0\n"), "{transcript}");
    // Tab completed `pri` to `print`, so `print(7)` ran and is in the history.
    let history =
        std::fs::read_to_string(folder.join(".gilt_history")).expect("history file written");
    assert!(history.contains("1 + 1\n"), "{history}");
    assert!(history.contains("print(7)\n"), "{history}");
}

#[test]
fn terminal_interrupt_while_running_and_exit_status() {
    let folder = scratch("terminal_running");
    let steps = [
        "expect '>>> '",
        "send 'for i in range(1):\\r'",
        "expect '... '",
        "send '    print(\"running\")\\r'",
        "expect '... '",
        "send '    while True: pass\\r'",
        "expect '... '",
        "send '\\r'",
        // Once `running` shows, the terminal is back in cooked mode, where Ctrl-C is SIGINT; it
        // becomes a KeyboardInterrupt in the loop.
        "expect 'running\\r\\n'",
        "send '\\x03'",
        "expect 'KeyboardInterrupt\\r\\n'",
        "expect '>>> '",
        "send 'import sys; sys.exit(3)\\r'",
    ];
    let Some(transcript) = on_terminal(&folder, &steps) else {
        return;
    };
    assert!(
        transcript.contains("Traceback (most recent call last):\r\n"),
        "{transcript}"
    );
    assert!(transcript.ends_with("exit: 3\n"), "{transcript}");
}
