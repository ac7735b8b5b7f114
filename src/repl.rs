//! The interactive prompt: rustyline for editing and history (kept in `~/.gilt_history`),
//! `>>> ` and `... ` prompts, blocks continued until a blank line, expression values echoed with
//! `repr`, tab completion of names and attributes. Ctrl-C cancels the line, Ctrl-D leaves, an
//! error prints its traceback and the session goes on.
//!
//! When standard input is not a terminal (piped input), lines are read plainly and no prompts are
//! shown, as CPython does.

use std::io::IsTerminal;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use crate::compile::Mode;
use crate::objects::{Payload, Value};
use crate::vm::{Frame, Vm};

/// Names known at the prompt, refreshed before each line, for completion.
struct NameCompleter {
    names: Vec<String>,
    /// Attribute names per object expression typed so far (`obj.` completes from these).
    attributes: std::collections::HashMap<String, Vec<String>>,
}

impl Completer for NameCompleter {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let word = &before[start..];
        let (base, prefix, offset) = match word.rfind('.') {
            Some(dot) => (Some(&word[..dot]), &word[dot + 1..], start + dot + 1),
            None => (None, word, start),
        };
        let pool: &[String] = match base {
            Some(b) => self.attributes.get(b).map(|v| v.as_slice()).unwrap_or(&[]),
            None => &self.names,
        };
        let mut out: Vec<Pair> = pool
            .iter()
            .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
            .map(|n| Pair {
                display: n.clone(),
                replacement: n.clone(),
            })
            .collect();
        out.sort_by(|a, b| a.display.cmp(&b.display));
        out.dedup_by(|a, b| a.display == b.display);
        Ok((offset, out))
    }
}

impl Hinter for NameCompleter {
    type Hint = String;
}
impl Highlighter for NameCompleter {}
impl Validator for NameCompleter {}
impl Helper for NameCompleter {}

const BANNER: &str = concat!(
    "gilt ",
    env!("CARGO_PKG_VERSION"),
    " (a Python 3.11 subset with a real GIL)"
);
const BANNER_HELP: &str =
    "Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.";

/// Run an interactive session in `globals` (the `__main__` namespace) until end of input or
/// `sys.exit`; return the exit status. `at_start` is true when the session is the program (no
/// script ran before it): only then is the banner shown, as CPython's `pymain_header`.
pub fn run(vm: &mut Vm, globals: &crate::objects::ObjRef, at_start: bool) -> i32 {
    vm.interp.interactive.set(true);
    set_default_prompts(vm);
    let config = crate::cli::config();
    if at_start && config.flags.quiet == 0 {
        let mut banner = format!("{}\n", BANNER);
        if config.flags.no_site == 0 {
            banner.push_str(BANNER_HELP);
            banner.push('\n');
        }
        crate::stdlib::io::write_stderr(&banner);
    }
    if !std::io::stdin().is_terminal() {
        return run_piped(vm, globals);
    }
    let mut editor: Editor<NameCompleter, rustyline::history::DefaultHistory> = match Editor::new()
    {
        Ok(e) => e,
        Err(_) => return run_piped(vm, globals),
    };
    editor.set_helper(Some(NameCompleter {
        names: Vec::new(),
        attributes: Default::default(),
    }));
    let history = std::env::var("HOME")
        .map(|h| format!("{}/.gilt_history", h))
        .unwrap_or_else(|_| ".gilt_history".into());
    let _ = editor.load_history(&history);
    let mut buffer = String::new();
    loop {
        if let Some(h) = editor.helper_mut() {
            refresh_names(vm, globals, h);
        }
        let prompt = prompt(vm, buffer.is_empty());
        // Other threads run while the prompt waits, as under CPython's readline.
        let read = vm.allow_threads(crate::runtime::gil::BlockReason::Io, || {
            editor.readline(&prompt)
        });
        match read {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                let ending = if line.trim().is_empty() {
                    Ending::BlankLine
                } else {
                    Ending::Line
                };
                match submit(vm, globals, &buffer, ending) {
                    Submit::NeedMore => continue,
                    Submit::Done => {}
                    Submit::Exit(status) => {
                        let _ = editor.save_history(&history);
                        return status;
                    }
                }
                let _ = editor.add_history_entry(buffer.trim_end());
                buffer.clear();
            }
            Err(ReadlineError::Interrupted) => {
                // rustyline has already ended the line: CPython prints the name alone.
                eprintln!("KeyboardInterrupt");
                buffer.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(_) => break,
        }
    }
    let _ = editor.save_history(&history);
    0
}

/// `sys.ps1` and `sys.ps2` exist in an interactive session only; a script may have set its own.
fn set_default_prompts(vm: &mut Vm) {
    let Some(sys) = vm.sys_module.clone() else {
        return;
    };
    let Some(dict) = vm.module_dict(&sys) else {
        return;
    };
    for (name, text) in [("ps1", ">>> "), ("ps2", "... ")] {
        let key = vm.intern(name);
        if crate::vm::dict_get_str(&dict, &key).is_none() {
            crate::vm::dict_set_str(&dict, key, Value::str(text));
        }
    }
}

/// The prompt to show: `str(sys.ps1)` for a new statement, `str(sys.ps2)` for a continuation.
fn prompt(vm: &mut Vm, new_statement: bool) -> String {
    let (name, fallback) = if new_statement {
        ("ps1", ">>> ")
    } else {
        ("ps2", "... ")
    };
    match vm.sys_attr(name) {
        Some(v) => vm.str(&v).unwrap_or_default(),
        None => fallback.to_string(),
    }
}

/// Standard input is not a terminal (`gilt -i < file`): lines are read plainly and each prompt
/// goes to stderr, as CPython writes it there when it cannot edit lines.
fn run_piped(vm: &mut Vm, globals: &crate::objects::ObjRef) -> i32 {
    let mut buffer = String::new();
    loop {
        let prompt = prompt(vm, buffer.is_empty());
        crate::stdlib::io::write_stderr(&prompt);
        // Read without holding stdin's lock, so `input()` in the code typed works; a read error
        // ends the session as end of input does.
        let Ok(Some(mut line)) = crate::stdlib::io::read_stdin_line(vm) else {
            break;
        };
        if line.ends_with('\n') {
            line.pop();
        } else {
            // The input ends inside this line: as CPython's tokenizer, ask for the rest (one
            // more prompt, which meets the end) before running it.
            buffer.push_str(&line);
            buffer.push('\n');
            continue;
        }
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        let ending = if line.trim().is_empty() {
            Ending::BlankLine
        } else {
            Ending::Line
        };
        match submit(vm, globals, &buffer, ending) {
            Submit::NeedMore => continue,
            Submit::Done => buffer.clear(),
            Submit::Exit(status) => return status,
        }
    }
    crate::stdlib::io::write_stderr("\n");
    if !buffer.is_empty() {
        if let Submit::Exit(status) = submit(vm, globals, &buffer, Ending::EndOfInput) {
            return status;
        }
        // What was pending ran at the end of input; CPython prompts once more and meets it.
        let prompt = prompt(vm, true);
        crate::stdlib::io::write_stderr(&format!("{}\n", prompt));
    }
    0
}

enum Submit {
    NeedMore,
    Done,
    Exit(i32),
}

/// How the last line of a REPL input ended, which decides whether an unfinished statement is
/// waited on or reported.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    Line,
    /// An empty (or all-blank) line: it ends a compound statement, as in CPython's REPL.
    BlankLine,
    /// No more input: whatever is buffered runs, or its error is reported.
    EndOfInput,
}

/// Compile and run one REPL input; ask for more while the statement is unfinished.
///
/// CPython's REPL compiles one statement at a time (`single` input): a simple statement runs as
/// soon as its line is complete; a compound one (`if`, `def`, even `for x in y: pass` on one
/// line) runs at the first blank line; a dedented line after a compound statement without a
/// blank line between is a `SyntaxError`. Blank lines inside brackets and triple-quoted strings
/// do not end anything.
fn submit(vm: &mut Vm, globals: &crate::objects::ObjRef, source: &str, ending: Ending) -> Submit {
    let module = match crate::syntax::parse(source, "<stdin>") {
        Ok(module) => module,
        Err(e) if is_incomplete(&e, source) && ending == Ending::Line => return Submit::NeedMore,
        Err(e)
            if is_incomplete(&e, source)
                && ending == Ending::BlankLine
                && continues_past_blank_line(&e) =>
        {
            return Submit::NeedMore;
        }
        Err(mut e) => {
            if ending == Ending::BlankLine && e.msg.starts_with("expected an indented block") {
                // CPython reports the blank line itself, where the body was expected, with the
                // owner's indentation as its text: a caret only when the owner is unindented.
                let owner = source
                    .lines()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .unwrap_or("");
                e.line = source.lines().count() as u32;
                e.col = 1;
                e.end_col = 1;
                e.text = owner[..owner.len() - owner.trim_start().len()].to_string();
            }
            report_syntax_error(vm, &e);
            return Submit::Done;
        }
    };
    if module.body.first().is_some_and(is_compound) {
        if let Some(second) = module.body.get(1) {
            let text = source
                .lines()
                .nth(second.pos.line as usize - 1)
                .unwrap_or("")
                .to_string();
            let col = second.pos.col + 1;
            let token = first_token_length(&text, second.pos.col as usize) as u32;
            let e = crate::syntax::SyntaxError {
                kind: crate::syntax::SyntaxErrorKind::SyntaxError,
                msg: "invalid syntax".into(),
                filename: "<stdin>".into(),
                line: second.pos.line,
                col,
                end_col: col + token,
                text,
                incomplete: false,
            };
            report_syntax_error(vm, &e);
            return Submit::Done;
        }
        if ending == Ending::Line {
            return Submit::NeedMore;
        }
    }
    let optimize = crate::cli::config().flags.optimize;
    let code =
        match crate::compile::compile_optimized(&module, "<stdin>", Mode::Interactive, optimize) {
            Ok(c) => c,
            Err(e) => {
                // CPython's compiler looks the line up in a file, and `<stdin>` is none: its REPL
                // prints the `File` line and the message, no source and no caret.
                let err = vm.syntax_error(&e);
                crate::vm::set_exc_attr(&err, "text", Value::None);
                crate::report_uncaught(vm, &err);
                crate::stdlib::io::flush_std_streams();
                return Submit::Done;
            }
        };
    // No source text is kept for `<stdin>`: CPython 3.11 prints no source lines for it.
    let code = crate::vm::frame::CodeObj::load(vm, code);
    let frame = Frame::new(code, globals.clone(), Some(globals.clone()));
    let result = vm.run_frame(frame);
    crate::stdlib::io::flush_std_streams();
    match result {
        Ok(_) => Submit::Done,
        Err(e) => {
            if vm.err_matches(&e, "SystemExit") {
                let v = Value::Obj(e.0.clone());
                return Submit::Exit(crate::stdlib::sys::exit_status(vm, &v));
            }
            crate::report_uncaught(vm, &e);
            crate::stdlib::io::flush_std_streams();
            Submit::Done
        }
    }
}

fn report_syntax_error(vm: &mut Vm, e: &crate::syntax::SyntaxError) {
    let err = vm.syntax_error(e);
    crate::report_uncaught(vm, &err);
    crate::stdlib::io::flush_std_streams();
}

/// Whether the input stopped in the middle of a statement. The parser flags this itself, except
/// for a nested block whose body never came (`class A:` / `  def f():`), which it reports as a
/// missing block past the last line.
fn is_incomplete(e: &crate::syntax::SyntaxError, source: &str) -> bool {
    e.incomplete
        || (e.msg.starts_with("expected an indented block")
            && e.line as usize > source.lines().count())
}

/// An open bracket or triple-quoted string: a blank line is part of it, not the end of input.
fn continues_past_blank_line(e: &crate::syntax::SyntaxError) -> bool {
    e.msg.ends_with("was never closed") || e.msg.starts_with("unterminated triple-quoted string")
}

/// A statement with a body (`if`, `for`, `def`, ...), which the REPL runs only after a blank line.
fn is_compound(statement: &crate::syntax::ast::Stmt) -> bool {
    use crate::syntax::ast::StmtKind;
    matches!(
        statement.kind,
        StmtKind::If { .. }
            | StmtKind::While { .. }
            | StmtKind::For { .. }
            | StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::Try { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
    )
}

/// The length in characters of the token starting at character `col` of `line`, for the carets
/// under an "invalid syntax": a name or number, a string literal, or else one character.
fn first_token_length(line: &str, col: usize) -> usize {
    let rest: Vec<char> = line.chars().skip(col).collect();
    let Some(&first) = rest.first() else { return 1 };
    // A number runs through its dot and exponent letters; a name stops at a dot.
    let word = rest
        .iter()
        .take_while(|c| c.is_alphanumeric() || **c == '_' || (first.is_ascii_digit() && **c == '.'))
        .count();
    let prefix = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    if let Some(&quote) = rest.get(prefix).filter(|c| **c == '\'' || **c == '"') {
        if prefix <= 2 {
            let mut index = prefix + 1;
            while index < rest.len() {
                match rest[index] {
                    '\\' => index += 2,
                    c if c == quote => return index + 1,
                    _ => index += 1,
                }
            }
            return rest.len();
        }
    }
    if first.is_alphanumeric() || first == '_' {
        word
    } else {
        1
    }
}

fn refresh_names(vm: &mut Vm, globals: &crate::objects::ObjRef, h: &mut NameCompleter) {
    let mut names: Vec<String> = Vec::new();
    for d in [globals, &vm.interp.builtins.clone()] {
        if let Payload::Dict(d) = &d.payload {
            names.extend(
                d.borrow()
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from)),
            );
        }
    }
    names.extend(
        [
            "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def",
            "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
            "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    h.names = names;
    h.attributes.clear();
    let entries: Vec<(String, Value)> = match &globals.payload {
        Payload::Dict(d) => d
            .borrow()
            .items()
            .into_iter()
            .filter_map(|(k, v)| k.as_str().map(|s| (s.to_string(), v)))
            .collect(),
        _ => Vec::new(),
    };
    for (name, value) in entries {
        let dir = crate::stdlib::builtins::builtins_get(vm, "dir");
        if let Some(dir) = dir {
            if let Ok(list) = vm.call(&dir, vec![value]) {
                if let Ok(items) = vm.collect(&list) {
                    h.attributes.insert(
                        name,
                        items
                            .iter()
                            .filter_map(|v| v.as_str().map(String::from))
                            .collect(),
                    );
                }
            }
        }
    }
}
