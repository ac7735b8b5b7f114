//! The interactive prompt: rustyline for editing and history (kept in `~/.gilt_history`),
//! `>>> ` and `... ` prompts, blocks continued until a blank line, expression values echoed with
//! `repr`, tab completion of names and attributes. Ctrl-C cancels the line, Ctrl-D leaves, an
//! error prints its traceback and the session goes on.
//!
//! When standard input is not a terminal (piped input), lines are read plainly and no prompts are
//! shown, as CPython does.

use std::io::{BufRead, IsTerminal};

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
    " (a Python 3.11 subset with a real GIL)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information."
);

pub fn run(vm: &mut Vm) -> i32 {
    vm.interp.interactive.set(true);
    let (module, globals) = vm.new_module("__main__");
    crate::vm::dict_set_str(&vm.interp.modules, vm.intern("__main__"), module);
    if !std::io::stdin().is_terminal() {
        return run_piped(vm, &globals);
    }
    eprintln!("{}", BANNER);
    let mut editor: Editor<NameCompleter, rustyline::history::DefaultHistory> = match Editor::new()
    {
        Ok(e) => e,
        Err(_) => return run_piped(vm, &globals),
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
            refresh_names(vm, &globals, h);
        }
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if buffer.is_empty() && line.trim().is_empty() {
                    continue;
                }
                buffer.push_str(&line);
                buffer.push('\n');
                match submit(vm, &globals, &buffer, line.trim().is_empty()) {
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
                eprintln!("\nKeyboardInterrupt");
                buffer.clear();
            }
            Err(ReadlineError::Eof) => break,
            Err(_) => break,
        }
    }
    let _ = editor.save_history(&history);
    0
}

fn run_piped(vm: &mut Vm, globals: &crate::objects::ObjRef) -> i32 {
    let stdin = std::io::stdin();
    let mut buffer = String::new();
    let mut lines = stdin.lock().lines();
    loop {
        let line = match lines.next() {
            Some(Ok(l)) => l,
            _ => break,
        };
        if buffer.is_empty() && line.trim().is_empty() {
            continue;
        }
        buffer.push_str(&line);
        buffer.push('\n');
        match submit(vm, globals, &buffer, line.trim().is_empty()) {
            Submit::NeedMore => continue,
            Submit::Done => buffer.clear(),
            Submit::Exit(status) => return status,
        }
    }
    if !buffer.is_empty() {
        if let Submit::Exit(status) = submit(vm, globals, &buffer, true) {
            return status;
        }
    }
    0
}

enum Submit {
    NeedMore,
    Done,
    Exit(i32),
}

/// Compile and run one REPL input; ask for more while the statement is unfinished.
fn submit(vm: &mut Vm, globals: &crate::objects::ObjRef, source: &str, blank_line: bool) -> Submit {
    let parsed = crate::syntax::parse(source, "<stdin>");
    let module = match parsed {
        Ok(m) => {
            // A compound statement continues until a blank line, as in CPython's REPL.
            let first = source.lines().next().unwrap_or("").trim_end();
            if first.ends_with(':') && !blank_line {
                return Submit::NeedMore;
            }
            m
        }
        Err(e) if e.incomplete && !blank_line => return Submit::NeedMore,
        Err(e) => {
            let err = vm.syntax_error(&e);
            crate::report_uncaught(vm, &err);
            return Submit::Done;
        }
    };
    let code = match crate::compile::compile(&module, "<stdin>", Mode::Interactive) {
        Ok(c) => c,
        Err(e) => {
            let err = vm.syntax_error(&e);
            crate::report_uncaught(vm, &err);
            return Submit::Done;
        }
    };
    vm.interp
        .sources
        .borrow_mut()
        .insert("<stdin>".into(), std::rc::Rc::from(source));
    let code = crate::vm::frame::CodeObj::load(vm, code);
    let frame = Frame::new(code, globals.clone(), Some(globals.clone()));
    match vm.run_frame(frame) {
        Ok(_) => {
            crate::stdlib::io::flush_std_streams();
            Submit::Done
        }
        Err(e) => {
            if vm.err_matches(&e, "SystemExit") {
                let v = Value::Obj(e.0.clone());
                return Submit::Exit(crate::stdlib::sys::exit_status(vm, &v));
            }
            crate::report_uncaught(vm, &e);
            Submit::Done
        }
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
