//! Printing exceptions the way CPython 3.11 does: the chain (`__cause__` / `__context__`), one
//! `File "...", line N, in name` entry per frame with its source line and, when the failing
//! expression covers only part of the line, the `~~~^^^` markers under it.

use crate::objects::class::class_data;
use crate::objects::exception::TracebackEntry;
use crate::objects::{ObjRef, Payload, Value};
use crate::syntax::SyntaxError;

use super::Vm;

/// CPython 3.11's limits for printing exception groups (`PyErr_MAX_GROUP_WIDTH`/`DEPTH`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;
/// Chains longer than this are cut short rather than recursing further.
const MAX_PRINT_RECURSION: usize = 500;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// The state of one report, as CPython's `exception_print_context`: how deep inside exception
/// groups the printer is (each level indents by two and draws a `| ` margin), whether the
/// innermost group still owes its closing line, and the exceptions already shown.
struct PrintContext {
    out: String,
    group_depth: usize,
    need_close: bool,
    seen: std::collections::HashSet<usize>,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    /// The indentation and margin that start each line at the current depth.
    fn prefix(&self) -> String {
        if self.group_depth == 0 {
            String::new()
        } else {
            format!("{}| ", self.indent())
        }
    }
}

impl Vm {
    /// The full report for an uncaught exception, chain included, as CPython writes it to stderr
    /// (exception groups drawn in boxes, as 3.11's `print_exception_group`).
    pub fn format_exception(&mut self, exc: &ObjRef) -> String {
        let mut context = PrintContext {
            out: String::new(),
            group_depth: 0,
            need_close: false,
            seen: std::collections::HashSet::new(),
        };
        self.print_recursive(&mut context, exc, 0);
        context.out
    }

    fn print_recursive(&mut self, context: &mut PrintContext, exc: &ObjRef, level: usize) {
        if level > MAX_PRINT_RECURSION {
            return;
        }
        self.print_cause_and_context(context, exc, level);
        let value = Value::Obj(exc.clone());
        if crate::objects::exception_group::is_group(self, &value) {
            self.print_group(context, exc, level);
        } else {
            let prefix = context.prefix();
            self.format_single(exc, &mut context.out, &prefix, &prefix, false);
        }
    }

    fn print_cause_and_context(&mut self, context: &mut PrintContext, exc: &ObjRef, level: usize) {
        context
            .seen
            .insert(crate::objects::ObjRef::as_ptr(exc) as usize);
        let (cause, chained, suppress) = match self.exc_state(exc) {
            Some(st) => (st.cause.clone(), st.context.clone(), st.suppress_context),
            None => (None, None, false),
        };
        let unseen = |v: &ObjRef, context: &PrintContext| {
            !context
                .seen
                .contains(&(crate::objects::ObjRef::as_ptr(v) as usize))
        };
        if let Some(cause) = cause {
            if let Value::Obj(o) = &cause {
                if unseen(o, context) {
                    self.print_chained(context, o, CAUSE_MESSAGE, level);
                }
            }
            return;
        }
        if suppress {
            return;
        }
        if let Some(Value::Obj(o)) = &chained {
            if unseen(o, context) {
                self.print_chained(context, o, CONTEXT_MESSAGE, level);
            }
        }
    }

    fn print_chained(
        &mut self,
        context: &mut PrintContext,
        exc: &ObjRef,
        message: &str,
        level: usize,
    ) {
        let need_close = context.need_close;
        self.print_recursive(context, exc, level + 1);
        context.need_close = need_close;
        let prefix = context.prefix();
        context
            .out
            .push_str(&format!("{prefix}\n{prefix}{message}{prefix}\n"));
    }

    /// An exception group: its own report, then each exception in a numbered box.
    fn print_group(&mut self, context: &mut PrintContext, exc: &ObjRef, level: usize) {
        if context.group_depth > MAX_GROUP_DEPTH {
            let prefix = context.prefix();
            context.out.push_str(&format!(
                "{prefix}... (max_group_depth is {MAX_GROUP_DEPTH})\n"
            ));
            return;
        }
        let top = context.group_depth == 0;
        if top {
            context.group_depth += 1;
        }
        let prefix = context.prefix();
        // The outermost group's traceback header hangs on a `+` rather than the margin.
        let header_prefix = if context.group_depth == 1 {
            format!("{}+ ", context.indent())
        } else {
            prefix.clone()
        };
        self.format_single(exc, &mut context.out, &prefix, &header_prefix, true);
        let items = crate::objects::exception_group::exceptions(&Value::Obj(exc.clone()));
        let shown = if items.len() <= MAX_GROUP_WIDTH {
            items.len()
        } else {
            MAX_GROUP_WIDTH + 1
        };
        context.need_close = false;
        for (index, item) in items.iter().take(shown).enumerate() {
            let last = index + 1 == shown;
            if last {
                // The closing line may be drawn by a nested group instead.
                context.need_close = true;
            }
            let corner = if index == 0 { "+-" } else { "  " };
            let label = if index < MAX_GROUP_WIDTH {
                (index + 1).to_string()
            } else {
                "...".to_string()
            };
            context.out.push_str(&format!(
                "{}{corner}+---------------- {label} ----------------\n",
                context.indent()
            ));
            context.group_depth += 1;
            if index < MAX_GROUP_WIDTH {
                if let Value::Obj(o) = item {
                    self.print_recursive(context, o, level + 1);
                }
            } else {
                let remaining = items.len() - MAX_GROUP_WIDTH;
                context.out.push_str(&format!(
                    "{}and {remaining} more exception{}\n",
                    context.prefix(),
                    if remaining > 1 { "s" } else { "" }
                ));
            }
            if last && context.need_close {
                context.out.push_str(&format!(
                    "{}+------------------------------------\n",
                    context.indent()
                ));
                context.need_close = false;
            }
            context.group_depth -= 1;
        }
        if context.group_depth == 1 {
            context.group_depth -= 1;
        }
    }

    /// One exception's traceback (headed `header_prefix` + the header), message and notes,
    /// every line started with `prefix`.
    fn format_single(
        &mut self,
        exc: &ObjRef,
        out: &mut String,
        prefix: &str,
        header_prefix: &str,
        is_group: bool,
    ) {
        let entries: Vec<TracebackEntry> = self
            .exc_state(exc)
            .map(|s| s.traceback.clone())
            .unwrap_or_default();
        if !entries.is_empty() {
            let header = if is_group {
                "Exception Group Traceback (most recent call last):"
            } else {
                "Traceback (most recent call last):"
            };
            out.push_str(&format!("{header_prefix}{header}\n"));
            let mut last: Option<(String, u32, String)> = None;
            let mut repeats = 0;
            for e in &entries {
                let code = &e.code.code;
                let span = code.spans.get(e.ip).copied().unwrap_or_default();
                let key = (e.code.filename.to_string(), span.line, code.name.clone());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    flush_repeats(out, prefix, repeats);
                    repeats = 0;
                }
                out.push_str(&format!(
                    "{prefix}  File \"{}\", line {}, in {}\n",
                    e.code.filename, span.line, code.name
                ));
                if let Some(line) = self.source_line(&e.code.filename, span.line) {
                    let stripped = line.trim_start();
                    let indent = line.chars().count() - stripped.chars().count();
                    let stripped = stripped.trim_end();
                    out.push_str(&format!("{prefix}    {}\n", stripped));
                    let markers = caret_line(stripped, indent, span)
                        .filter(|_| !crate::cli::config().no_debug_ranges);
                    if let Some(markers) = markers {
                        out.push_str(&format!("{prefix}    {}\n", markers));
                    }
                }
                last = Some(key);
            }
            flush_repeats(out, prefix, repeats);
        }
        let cls = match &exc.payload {
            Payload::Instance(i) => i.class.clone(),
            _ => self.types().base_exception.clone(),
        };
        if let Some(text) = self.syntax_error_detail(exc) {
            for line in text.lines() {
                out.push_str(&format!("{prefix}{line}\n"));
            }
        }
        let name = {
            let module = super::repr::class_module(self, &cls);
            let qual = class_data(&cls).qualname.borrow().clone();
            if module == "builtins" || module == "__main__" {
                qual
            } else {
                format!("{}.{}", module, qual)
            }
        };
        let v = Value::Obj(exc.clone());
        let syntax = self.types().exception("SyntaxError");
        let msg_attr = self.intern("msg");
        let syntax_msg = if self.isinstance(&v, &syntax) {
            super::attr::own_attr(&v, &msg_attr).and_then(|m| m.as_str().map(String::from))
        } else {
            None
        };
        let msg = match syntax_msg.map(Ok).unwrap_or_else(|| self.str(&v)) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let msg = match self.suggestion(exc) {
            Some(s) => format!("{}. Did you mean: '{}'?", msg, s),
            None => msg,
        };
        if msg.is_empty() {
            out.push_str(&format!("{prefix}{}\n", name));
        } else {
            out.push_str(&format!("{prefix}{}: {}\n", name, msg));
        }
        self.format_notes(&v, out, prefix);
    }

    /// The `__notes__` of an exception (PEP 678), each line of each note on a line of its own.
    fn format_notes(&mut self, exc: &Value, out: &mut String, prefix: &str) {
        let name = self.intern("__notes__");
        let Ok(Some(notes)) = self.getattr_opt(exc, &name) else {
            return;
        };
        let items = match notes.payload() {
            Some(Payload::List(list)) => list.borrow().clone(),
            Some(Payload::Tuple(items)) => items.clone(),
            _ => {
                let text = self
                    .repr(&notes)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string());
                out.push_str(&format!("{prefix}{text}"));
                return;
            }
        };
        for note in items {
            match self.str(&note) {
                Ok(text) => {
                    for line in text.split_inclusive('\n') {
                        out.push_str(prefix);
                        out.push_str(line);
                    }
                }
                Err(_) => out.push_str("<note str() failed>"),
            }
            out.push('\n');
        }
    }

    /// CPython 3.11's "Did you mean" for a NameError (names in scope where it was raised) or an
    /// AttributeError (the object's attributes).
    fn suggestion(&mut self, exc: &ObjRef) -> Option<String> {
        let v = Value::Obj(exc.clone());
        let name_key = self.intern("name");
        let name = super::attr::own_attr(&v, &name_key)?;
        let name = name.as_str()?.to_string();
        let name_error = self.types().exception("NameError");
        let attribute_error = self.types().exception("AttributeError");
        if self.isinstance(&v, &name_error) {
            let scopes = self
                .exc_state(exc)
                .map(|s| s.suggestion_scopes.clone())
                .unwrap_or_default();
            return scopes
                .iter()
                .find_map(|names| best_suggestion(&name, names));
        }
        if self.isinstance(&v, &attribute_error) {
            let obj_key = self.intern("obj");
            let obj = super::attr::own_attr(&v, &obj_key)?;
            let dir = crate::stdlib::builtins::builtins_get(self, "dir")?;
            let names = self.call(&dir, vec![obj]).ok()?;
            let names: Vec<String> = self
                .collect(&names)
                .ok()?
                .iter()
                .filter_map(|n| n.as_str().map(String::from))
                .collect();
            return best_suggestion(&name, &names);
        }
        None
    }

    /// The source text of `line` in `filename`: from the sources gilt compiled, else the file.
    pub fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        // CPython shows no source for code compiled from a string (`<string>`, `<stdin>`).
        if line == 0 || filename.starts_with('<') {
            return None;
        }
        let sources = self.interp.sources.borrow();
        let text = match sources.get(filename) {
            Some(t) => t.clone(),
            None => {
                drop(sources);
                if filename.starts_with('<') {
                    return None;
                }
                std::fs::read_to_string(filename).ok()?.into()
            }
        };
        text.lines().nth(line as usize - 1).map(|s| s.to_string())
    }

    /// For a SyntaxError instance: the `File` line, source and caret block.
    fn syntax_error_detail(&mut self, exc: &ObjRef) -> Option<String> {
        let cls = self.types().exception("SyntaxError");
        let v = Value::Obj(exc.clone());
        if !self.isinstance(&v, &cls) {
            return None;
        }
        let get = |vm: &mut Vm, n: &str| {
            let name = vm.intern(n);
            super::attr::own_attr(&v, &name)
        };
        let filename = get(self, "filename")?;
        let lineno = get(self, "lineno").unwrap_or(Value::None);
        let text = get(self, "text").unwrap_or(Value::None);
        let offset = get(self, "offset").unwrap_or(Value::None);
        let end_offset = get(self, "end_offset").unwrap_or(Value::None);
        let mut out = format!(
            "  File \"{}\", line {}\n",
            filename.as_str().unwrap_or("<unknown>"),
            match lineno {
                Value::Int(i) => i,
                _ => 0,
            }
        );
        if let Some(text) = text.as_str() {
            // CPython marks an IndentationError with a single caret.
            let indentation = self.types().exception("IndentationError");
            let end_offset = if self.isinstance(&v, &indentation) {
                None
            } else {
                as_int(&end_offset)
            };
            let (line, caret) = syntax_caret(text, as_int(&offset), end_offset);
            out.push_str(&format!("    {}\n", line));
            if let Some(c) = caret {
                out.push_str(&format!("    {}\n", c));
            }
        }
        Some(out)
    }

    /// Turn a parser/compiler error into a SyntaxError instance with CPython's attributes.
    pub fn syntax_error(&mut self, e: &SyntaxError) -> crate::objects::PyErr {
        let kind = match e.kind {
            crate::syntax::SyntaxErrorKind::SyntaxError => "SyntaxError",
            crate::syntax::SyntaxErrorKind::IndentationError => "IndentationError",
            crate::syntax::SyntaxErrorKind::TabError => "TabError",
        };
        let end_offset = if e.end_col == 0 { -1 } else { e.end_col as i64 };
        let details = Value::tuple(vec![
            Value::str(e.filename.clone()),
            Value::Int(e.line as i64),
            Value::Int(e.col as i64),
            Value::str(e.text.clone()),
            Value::Int(e.line as i64),
            Value::Int(end_offset),
        ]);
        let err = self.new_exception_args(kind, vec![Value::str(e.msg.clone()), details]);
        super::set_exc_attr(&err, "msg", Value::str(e.msg.clone()));
        super::set_exc_attr(&err, "filename", Value::str(e.filename.clone()));
        super::set_exc_attr(&err, "lineno", Value::Int(e.line as i64));
        super::set_exc_attr(&err, "offset", Value::Int(e.col as i64));
        super::set_exc_attr(&err, "end_lineno", Value::Int(e.line as i64));
        super::set_exc_attr(&err, "end_offset", Value::Int(end_offset));
        super::set_exc_attr(&err, "text", Value::str(format!("{}\n", e.text)));
        err
    }
}

fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        _ => None,
    }
}

fn flush_repeats(out: &mut String, prefix: &str, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        out.push_str(&format!(
            "{prefix}  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The source line and caret of a SyntaxError, as `traceback.format_exception_only` lays them out:
/// leading whitespace stripped and the caret moved with it.
fn syntax_caret(
    text: &str,
    offset: Option<i64>,
    end_offset: Option<i64>,
) -> (String, Option<String>) {
    let line = text.trim_end_matches(['\n', '\r']);
    let stripped = line.trim_start();
    let removed = line.chars().count() - stripped.chars().count();
    let stripped = stripped.trim_end().to_string();
    let Some(offset) = offset else {
        return (stripped, None);
    };
    if offset - 1 - (removed as i64) < 0 {
        // The caret would point into the stripped indentation: CPython prints none.
        return (stripped, None);
    }
    let start = (offset - 1 - removed as i64) as usize;
    let end = match end_offset {
        Some(e) if e > offset => (e - 1 - removed as i64).max(start as i64 + 1) as usize,
        _ => start + 1,
    };
    let width = stripped.chars().count();
    let start = start.min(width);
    let end = end.min(width.max(start + 1)).max(start + 1);
    (
        stripped,
        Some(format!("{}{}", " ".repeat(start), "^".repeat(end - start))),
    )
}

/// The `~~^~~` line under a traceback entry, or `None` when the span covers the whole line.
fn caret_line(
    stripped: &str,
    indent: usize,
    span: crate::compile::bytecode::Span,
) -> Option<String> {
    if span.line == 0 || span.end_line < span.line {
        return None;
    }
    let chars: Vec<char> = stripped.chars().collect();
    let start = (span.col as usize).checked_sub(indent)?;
    let end = if span.end_line > span.line {
        chars.len()
    } else {
        (span.end_col as usize)
            .saturating_sub(indent)
            .min(chars.len())
    };
    if start >= end {
        return None;
    }
    let segment: String = chars[start..end].iter().collect();
    let anchors = if span.end_line == span.line {
        crate::syntax::caret_anchors(&segment)
    } else {
        None
    };
    // CPython elides the markers when they would underline the whole line with plain carets.
    if start == 0 && end >= chars.len() && anchors.is_none() {
        return None;
    }
    let mut line = " ".repeat(start);
    match anchors {
        Some((a, b)) if span.end_line == span.line => {
            for i in 0..(end - start) {
                line.push(if i >= a && i < b { '^' } else { '~' });
            }
        }
        _ => line.push_str(&"^".repeat(end - start)),
    }
    Some(line)
}

const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;
const MAX_STRING_SIZE: usize = 40;
const MAX_CANDIDATES: usize = 750;

/// The candidate closest to `name` as CPython's `calculate_suggestions` picks it: a weighted
/// Levenshtein distance (case changes cost less), at most a third of the characters changed.
pub fn best_suggestion(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let distance = levenshtein(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(s, _)| s.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let mut a = a;
    let mut b = b;
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

#[cfg(test)]
mod tests {
    use super::best_suggestion;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn suggests_like_cpython() {
        assert_eq!(
            best_suggestion("d2", &names(&["d", "l", "x"])),
            Some("d".into())
        );
        assert_eq!(
            best_suggestion("prnt", &names(&["print", "int"])),
            Some("print".into())
        );
        assert_eq!(best_suggestion("zzzzzz", &names(&["abc"])), None);
    }
}
