//! `_sre`: the native core under `re` (whose Python layer is `re.py` beside this file, embedded
//! as the `re` module, as CPython writes `re` in Python over its C `_sre`).
//!
//! A Python pattern is parsed here with CPython's own error messages (`parse`), written out in
//! fancy-regex's syntax with Python's meaning (`emit`), and compiled by fancy-regex, a
//! backtracking engine over the `regex` crate: leftmost matches, first alternative first,
//! backreferences, look-around, atomic groups and possessive repeats, as Python has them.
//!
//! Invariants: the engine works on UTF-8 byte offsets, Python on code points; every position
//! crosses this file's boundary as a code point (`Positions`). `endpos` cuts the text (so `$`
//! and look-ahead stop there, as in CPython) while `pos` does not (look-behind and `\b` still
//! see the text before it, and `^` does not match there unless a line starts there).
//! Successive matches (`scan`) follow CPython's rule for empty matches: after an empty match at
//! `p`, the next match may start at `p` only if it is not empty.

pub mod emit;
pub mod parse;

use std::cell::OnceCell;
use std::rc::Rc;

use fancy_regex::{BytesMode, Regex, RegexBuilder, RegexInput};

use crate::objects::{Args, Dict, Payload, PyResult, Value};
use crate::vm::Vm;

/// Past this many backtracking steps in one search the engine gives up (a `RuntimeError`),
/// where CPython would keep going, possibly for ever.
const BACKTRACK_LIMIT: usize = 50_000_000;

/// A compiled pattern: what `re.Pattern` holds in its `_code` attribute.
pub struct CompiledPattern {
    /// Compiled from a bytes pattern: it matches bytes, and only bytes.
    is_bytes: bool,
    /// The pattern in the engine's syntax, one group `(?:...)` long.
    translated: String,
    groups: usize,
    /// For each group, the group enclosing it (0 for none): decides `lastindex` between groups
    /// that end at the same place.
    parents: Vec<usize>,
    search: Regex,
    /// `translated` followed by `\z`, for `fullmatch`; built on first use.
    full: OnceCell<Result<Regex, String>>,
    /// `translated` refusing empty matches: after an empty match, the next one at the same
    /// place must not be empty. `None` when the pattern can only match empty.
    not_empty: OnceCell<Result<Option<Regex>, String>>,
}

/// The byte span of group 0 and of every group (None: it did not take part).
type Spans = Vec<Option<(usize, usize)>>;

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Search,
    Match,
    FullMatch,
}

fn build(pattern: &str, is_bytes: bool, not_empty: bool) -> Result<Regex, fancy_regex::Error> {
    let mut builder = RegexBuilder::new(pattern);
    builder.backtrack_limit(BACKTRACK_LIMIT);
    if is_bytes {
        builder.bytes_mode(BytesMode::Ascii);
    }
    if not_empty {
        builder.find_not_empty(true);
    }
    builder.build()
}

impl CompiledPattern {
    fn full(&self) -> Result<&Regex, String> {
        self.full
            .get_or_init(|| {
                build(&format!("{}\\z", self.translated), self.is_bytes, false)
                    .map_err(|e| e.to_string())
            })
            .as_ref()
            .map_err(Clone::clone)
    }

    fn not_empty(&self) -> Result<Option<&Regex>, String> {
        self.not_empty
            .get_or_init(|| match build(&self.translated, self.is_bytes, true) {
                Ok(r) => Ok(Some(r)),
                Err(fancy_regex::Error::CompileError(e))
                    if matches!(*e, fancy_regex::CompileError::PatternCanNeverMatch) =>
                {
                    Ok(None)
                }
                Err(e) => Err(e.to_string()),
            })
            .as_ref()
            .map(Option::as_ref)
            .map_err(Clone::clone)
    }

    /// One match in `text` (already cut at `endpos`) from byte `start`: the byte spans of
    /// group 0 and every group.
    fn find(&self, text: &[u8], start: usize, mode: Mode) -> Result<Option<Spans>, String> {
        let regex = match mode {
            Mode::FullMatch => self.full()?,
            _ => &self.search,
        };
        let input = RegexInput::new(text)
            .from_pos(start)
            .anchored(mode != Mode::Search);
        self.captures(regex, input)
    }

    /// The first non-empty match starting exactly at `start`.
    fn find_not_empty_at(&self, text: &[u8], start: usize) -> Result<Option<Spans>, String> {
        let Some(regex) = self.not_empty()? else {
            return Ok(None);
        };
        let input = RegexInput::new(text).from_pos(start).anchored(true);
        self.captures(regex, input)
    }

    fn captures(
        &self,
        regex: &Regex,
        input: RegexInput<'_, [u8]>,
    ) -> Result<Option<Spans>, String> {
        let found = regex.captures_input(input).map_err(|e| e.to_string())?;
        Ok(found.map(|caps| {
            (0..=self.groups)
                .map(|g| caps.get(g).map(|m| (m.start(), m.end())))
                .collect()
        }))
    }

    /// The group that closed last (`Match.lastindex`): the one ending last; of groups ending
    /// at the same place, an enclosing group closes after the groups inside it, and otherwise
    /// the later group closes later.
    fn last_index(&self, spans: &[Option<(usize, usize)>]) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (g, span) in spans.iter().enumerate().skip(1) {
            let Some((_, end)) = span else { continue };
            best = match best {
                Some((b, b_end)) if b_end > *end || (b_end == *end && self.encloses(b, g)) => {
                    Some((b, b_end))
                }
                _ => Some((g, *end)),
            };
        }
        best.map(|(g, _)| g)
    }

    fn encloses(&self, outer: usize, mut inner: usize) -> bool {
        while inner != 0 {
            inner = self.parents.get(inner).copied().unwrap_or(0);
            if inner == outer {
                return true;
            }
        }
        false
    }
}

/// Converts between code-point indexes (Python's) and byte offsets (the engine's) in one text,
/// walking from the last position converted, so a left-to-right scan costs one pass.
struct Positions<'a> {
    text: &'a str,
    ascii: bool,
    /// A known (byte offset, code point index) pair.
    anchor: (usize, usize),
}

impl<'a> Positions<'a> {
    fn new(text: &'a str, ascii: bool) -> Positions<'a> {
        Positions {
            text,
            ascii,
            anchor: (0, 0),
        }
    }

    /// The byte offset of code point `index` (at most the length).
    fn byte_of(&mut self, index: usize) -> usize {
        if self.ascii {
            return index;
        }
        let (mut byte, at) = self.anchor;
        if index >= at {
            let mut chars = self.text[byte..].chars();
            for _ in at..index {
                byte += chars.next().map_or(0, char::len_utf8);
            }
        } else {
            let mut chars = self.text[..byte].chars();
            for _ in index..at {
                byte -= chars.next_back().map_or(0, char::len_utf8);
            }
        }
        self.anchor = (byte, index);
        byte
    }

    /// The code point index of byte offset `byte` (a character boundary).
    fn index_of(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let (from, base) = self.anchor;
        let index = if byte >= from {
            base + self.text[from..byte].chars().count()
        } else {
            base - self.text[byte..from].chars().count()
        };
        self.anchor = (byte, index);
        index
    }

    /// The byte offset of the character after the one at `byte`.
    fn next_char(&self, byte: usize) -> usize {
        if self.ascii {
            return byte + 1;
        }
        byte + self.text[byte..].chars().next().map_or(1, char::len_utf8)
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_sre");
    vm.add_function(&d, "_sre", "compile", compile);
    vm.add_function(&d, "_sre", "search", search);
    vm.add_function(&d, "_sre", "scan", scan);
    crate::vm::dict_set_str(
        &d,
        vm.intern("MAXREPEAT"),
        Value::Int(parse::MAXREPEAT as i64),
    );
    Ok(m)
}

fn code_of<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a Rc<CompiledPattern>> {
    match v.payload() {
        Some(Payload::Regex(code)) => Ok(code),
        _ => Err(vm.type_error("expected a compiled pattern")),
    }
}

/// `compile(pattern, flags)`: `(code, flags, groups, groupindex)`, or `(None, message,
/// position)` for what `re` raises as `re.error` (position `None` when CPython gives none).
fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "compile")?;
    args.check_count(vm, "compile", 2, 2)?;
    let (pattern, is_bytes) = match args.args[0].payload() {
        Some(Payload::Str(s)) => (s.as_str().to_string(), false),
        // CPython reads a bytes pattern as Latin-1 text.
        Some(Payload::Bytes(b)) => (b.iter().map(|&b| b as char).collect(), true),
        _ => return Err(vm.type_error("first argument must be string or compiled pattern")),
    };
    let flags = vm.to_index(&args.args[1])? as u32;
    let parsed = match parse::parse(&pattern, flags, is_bytes) {
        Ok(p) => p,
        Err(parse::Failure::Overflow(msg)) => return Err(vm.overflow_error(msg)),
        Err(parse::Failure::Value(msg)) => return Err(vm.value_error(msg)),
        Err(parse::Failure::Syntax(msg, pos)) => {
            let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(Value::tuple(vec![Value::None, Value::str(msg), pos]));
        }
    };
    let translated = emit::emit(&parsed.root, parsed.flags, is_bytes);
    let search = match build(&translated, is_bytes, false) {
        Ok(r) => r,
        Err(e) => {
            // A pattern Python accepts but the engine cannot hold (nesting deeper than it
            // allows, a repeat too large to compile): reported as re.error, without position.
            let msg = format!("pattern not supported by gilt's regex engine: {}", e);
            return Ok(Value::tuple(vec![
                Value::None,
                Value::str(msg),
                Value::None,
            ]));
        }
    };
    let mut groupindex = Dict::new();
    for (name, index) in &parsed.names {
        groupindex.set_str(Value::str(name.as_str()), Value::Int(*index as i64));
    }
    let code = Value::obj(Payload::Regex(Rc::new(CompiledPattern {
        is_bytes,
        translated,
        groups: parsed.groups,
        parents: parsed.parents,
        search,
        full: OnceCell::new(),
        not_empty: OnceCell::new(),
    })));
    Ok(Value::tuple(vec![
        code,
        Value::Int(parsed.flags as i64),
        Value::Int(parsed.groups as i64),
        Value::dict(groupindex),
    ]))
}

/// The text a pattern searches: a str's UTF-8 (positions converted) or a bytes object.
struct Subject<'a> {
    is_bytes: bool,
    bytes: &'a [u8],
    /// The str ("" for bytes).
    text: &'a str,
    ascii: bool,
    len: usize,
}

impl<'a> Subject<'a> {
    fn positions(&self) -> Positions<'a> {
        Positions::new(self.text, self.ascii)
    }

    /// The text between two byte offsets, as the subject's type.
    fn piece(&self, start: usize, end: usize) -> Value {
        if self.is_bytes {
            Value::obj(Payload::Bytes(self.bytes[start..end].to_vec()))
        } else {
            Value::str(&self.text[start..end])
        }
    }
}

/// The subject argument (checked against the pattern's kind), and `pos`/`endpos` clamped into
/// it as CPython does.
fn subject_args<'a>(
    vm: &mut Vm,
    code: &CompiledPattern,
    args: &'a Args,
) -> PyResult<(Subject<'a>, usize, usize)> {
    let subject = match (args.args[1].payload(), code.is_bytes) {
        (Some(Payload::Str(s)), false) => Subject {
            is_bytes: false,
            bytes: s.as_str().as_bytes(),
            text: s.as_str(),
            ascii: s.is_ascii(),
            len: s.char_len(),
        },
        (Some(Payload::Bytes(b)), true) => Subject {
            is_bytes: true,
            bytes: b,
            text: "",
            ascii: true,
            len: b.len(),
        },
        (Some(Payload::Bytes(_)), false) => {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"))
        }
        (Some(Payload::Str(_)), true) => {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"))
        }
        _ => {
            let msg = format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(&args.args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    let len = subject.len as i64;
    let pos = vm.to_index(&args.args[2])?.clamp(0, len) as usize;
    let endpos = vm.to_index(&args.args[3])?.clamp(0, len) as usize;
    Ok((subject, pos, endpos))
}

/// A match as Python's layer takes it, for `n` groups counting group 0:
/// `(lastindex, start0, end0, ..., start[n-1], end[n-1], text0, ..., text[n-1][, gap])`:
/// spans in code points (-1 for a group that did not take part), then each group's text (None
/// for those), then, when `gap` is given, the text from the previous match to this one.
/// The texts are cut here because slicing a non-ASCII str by code points walks it from its
/// start: cutting in Python made a scan over a long text quadratic.
fn match_value(
    code: &CompiledPattern,
    subject: &Subject,
    spans: &[Option<(usize, usize)>],
    positions: &mut Positions,
    gap: Option<(usize, usize)>,
) -> Value {
    let mut items = Vec::with_capacity(2 + 3 * spans.len());
    items.push(
        code.last_index(spans)
            .map_or(Value::None, |g| Value::Int(g as i64)),
    );
    for span in spans {
        match span {
            Some((s, e)) => {
                items.push(Value::Int(positions.index_of(*s) as i64));
                items.push(Value::Int(positions.index_of(*e) as i64));
            }
            None => {
                items.push(Value::Int(-1));
                items.push(Value::Int(-1));
            }
        }
    }
    for span in spans {
        items.push(span.map_or(Value::None, |(s, e)| subject.piece(s, e)));
    }
    if let Some((s, e)) = gap {
        items.push(subject.piece(s, e));
    }
    Value::tuple(items)
}

fn engine_error(vm: &mut Vm, msg: String) -> crate::objects::PyErr {
    vm.runtime_error(format!("regular expression engine: {}", msg))
}

/// `search(code, string, pos, endpos, mode)`: mode 0 searches, 1 matches at `pos`, 2 matches
/// all of `string[pos:endpos]`. A match tuple (see `match_value`) or None.
fn search(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "search", 5, 5)?;
    let code = code_of(vm, &args.args[0])?.clone();
    let (subject, pos, endpos) = subject_args(vm, &code, &args)?;
    let mode = match vm.to_index(&args.args[4])? {
        0 => Mode::Search,
        1 => Mode::Match,
        _ => Mode::FullMatch,
    };
    if pos > endpos {
        return Ok(Value::None);
    }
    let mut positions = subject.positions();
    let start = positions.byte_of(pos);
    let end = positions.byte_of(endpos);
    let found = code
        .find(&subject.bytes[..end], start, mode)
        .map_err(|e| engine_error(vm, e))?;
    Ok(match found {
        Some(spans) => match_value(&code, &subject, &spans, &mut positions, None),
        None => Value::None,
    })
}

/// `scan(code, string, pos, endpos, limit, pieces)`: the successive matches of `findall`,
/// `finditer`, `sub` and `split` (at most `limit` of them when it is above 0), as a list of
/// match tuples. With `pieces` true (for `sub` and `split`), each tuple ends with the text
/// since the previous match, and the list ends with the text after the last match.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "scan", 6, 6)?;
    let code = code_of(vm, &args.args[0])?.clone();
    let (subject, pos, endpos) = subject_args(vm, &code, &args)?;
    let limit = vm.to_index(&args.args[4])?.max(0) as usize;
    let pieces = vm.truthy(&args.args[5])?;
    let mut found = Vec::new();
    let mut positions = subject.positions();
    let mut at = positions.byte_of(pos);
    let end = positions.byte_of(endpos.max(pos));
    let hay = &subject.bytes[..end];
    let mut last = at;
    let mut after_empty = false;
    while pos <= endpos && at <= end {
        let next = if after_empty {
            match code.find_not_empty_at(hay, at) {
                Ok(Some(spans)) => Ok(Some(spans)),
                Ok(None) if at < end => code.find(hay, positions.next_char(at), Mode::Search),
                other => other,
            }
        } else {
            code.find(hay, at, Mode::Search)
        };
        let Some(spans) = next.map_err(|e| engine_error(vm, e))? else {
            break;
        };
        let (start, stop) = spans[0].unwrap_or((at, at));
        let gap = pieces.then_some((last, start));
        found.push(match_value(&code, &subject, &spans, &mut positions, gap));
        last = stop;
        if limit > 0 && found.len() >= limit {
            break;
        }
        after_empty = start == stop;
        at = stop;
    }
    if pieces {
        found.push(subject.piece(last, subject.bytes.len()));
    }
    Ok(Value::list(found))
}
