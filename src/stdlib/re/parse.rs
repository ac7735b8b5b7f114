//! The parser of Python's regular-expression syntax: a pattern string becomes a `Node` tree,
//! or the `re.error` CPython 3.11 raises for it, with the same message and position.
//!
//! It follows CPython's `re/_parser.py` step by step (the tokenizer, `_parse_sub`, `_parse`,
//! `_escape`, `_class_escape`, `_parse_flags`), because what a script sees of a bad pattern is
//! exactly those messages and positions. Positions count code points, as in CPython.
//! Invariants of the tree it returns: capturing groups are numbered in the order of their
//! opening parenthesis, from 1; every back reference names a group that is closed where it is
//! used; global flags (`(?i)` at the start) are folded into `Parsed::flags`.

use std::collections::HashMap;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;

const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

/// `_sre.MAXREPEAT`: a repeat count must stay below it.
pub const MAXREPEAT: u64 = 4_294_967_295;
/// `_sre.MAXGROUPS` on a 64-bit CPython.
const MAXGROUPS: usize = 1_073_741_823;
/// `_sre.MAXCODE`: the longest look-behind.
const MAXCODE: u64 = (1 << 32) - 1;
/// `SubPattern.getwidth` caps widths here.
const MAXWIDTH: u64 = 1 << 63;

/// `\d`, `\s`, `\w` and their negations.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
}

/// Zero-width positions: `^`, `$`, `\A`, `\Z`, `\b`, `\B`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    Beginning,
    End,
    BeginningString,
    EndString,
    Boundary,
    NonBoundary,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClassItem {
    Char(char),
    Range(char, char),
    Category(Category),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum RepeatKind {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Clone, Debug)]
pub enum Node {
    Literal(char),
    Any,
    Class {
        negate: bool,
        items: Vec<ClassItem>,
    },
    Category(Category),
    At(At),
    /// A capturing group (`index`), or a group that changes flags, or both.
    Group {
        index: Option<usize>,
        add_flags: u32,
        del_flags: u32,
        body: Box<Node>,
    },
    Atomic(Box<Node>),
    Look {
        behind: bool,
        negate: bool,
        body: Box<Node>,
    },
    Backref(usize),
    /// `(?(group)yes|no)`
    Conditional {
        group: usize,
        yes: Box<Node>,
        no: Option<Box<Node>>,
    },
    Repeat {
        min: u64,
        max: Option<u64>,
        kind: RepeatKind,
        body: Box<Node>,
    },
    Concat(Vec<Node>),
    Alt(Vec<Node>),
}

/// Why a pattern was refused.
#[derive(Debug)]
pub enum Failure {
    /// `re.error(msg, pattern, pos)`; `pos` is `None` for the compiler's errors, which CPython
    /// raises without a position.
    Syntax(String, Option<usize>),
    Overflow(String),
    /// A `ValueError`: flags that contradict each other.
    Value(String),
}

/// A parsed pattern.
pub struct Parsed {
    pub root: Node,
    /// The flags argument with the global inline flags added.
    pub flags: u32,
    /// Capturing groups, group 0 not counted.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// For each group (index 1..), the capturing group that encloses it (0: none).
    pub parents: Vec<usize>,
}

type PResult<T> = Result<T, Failure>;

/// The token stream: a character, or a backslash and the character after it (CPython's
/// `Tokenizer`).
struct Tokenizer {
    /// A bytes pattern, read as Latin-1 text (as CPython reads it).
    is_bytes: bool,
    chars: Vec<char>,
    index: usize,
    next: Option<Tok>,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Tok {
    Char(char),
    Escape(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Char(_) => 1,
            Tok::Escape(_) => 2,
        }
    }

    fn text(self) -> String {
        match self {
            Tok::Char(c) => c.to_string(),
            Tok::Escape(c) => format!("\\{}", c),
        }
    }
}

fn err<T>(msg: impl Into<String>, pos: usize) -> PResult<T> {
    Err(Failure::Syntax(msg.into(), Some(pos)))
}

impl Tokenizer {
    fn new(pattern: &str, is_bytes: bool) -> PResult<Tokenizer> {
        let mut t = Tokenizer {
            is_bytes,
            chars: pattern.chars().collect(),
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            match self.chars.get(self.index + 1) {
                Some(&e) => {
                    self.next = Some(Tok::Escape(e));
                    self.index += 2;
                }
                None => return err("bad escape (end of pattern)", self.chars.len() - 1),
            }
        } else {
            self.next = Some(Tok::Char(c));
            self.index += 1;
        }
        Ok(())
    }

    fn is_next(&self, c: char) -> bool {
        self.next == Some(Tok::Char(c))
    }

    fn next_char_in(&self, set: fn(char) -> bool) -> bool {
        matches!(self.next, Some(Tok::Char(c)) if set(c))
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.is_next(c) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Up to `n` plain characters from `set`.
    fn get_while(&mut self, n: usize, set: fn(char) -> bool) -> PResult<String> {
        let mut result = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Char(c)) if set(c) => {
                    result.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(result)
    }

    /// Characters up to `terminator`, for a name (`getuntil`).
    fn get_until(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return err(format!("missing {}", name), self.tell());
                    }
                    return err(
                        format!("missing {}, unterminated name", terminator),
                        self.tell() - result.chars().count(),
                    );
                }
                Some(Tok::Char(t)) if t == terminator => {
                    if result.is_empty() {
                        return err(format!("missing {}", name), self.tell() - 1);
                    }
                    break;
                }
                Some(tok) => result.push_str(&tok.text()),
            }
        }
        Ok(result)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// `re.error(msg)` at `offset` characters before the current position.
    fn error<T>(&self, msg: impl Into<String>, offset: usize) -> PResult<T> {
        let msg: String = msg.into();
        if self.is_bytes {
            // CPython: msg.encode('ascii', 'backslashreplace') for a bytes pattern.
            let ascii = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else {
                        format!("\\x{:02x}", c as u32)
                    }
                })
                .collect::<String>();
            return err(ascii, self.tell().saturating_sub(offset));
        }
        err(msg, self.tell().saturating_sub(offset))
    }

    fn check_group_name(&self, name: &str, offset: usize) -> PResult<()> {
        if !is_identifier(name) {
            return self.error(
                format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            );
        }
        Ok(())
    }
}

/// `str.isidentifier()`, close enough for group names: a letter or `_`, then letters, digits
/// and `_`.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// `repr()` of a short string, for messages.
pub fn py_repr(s: &str) -> String {
    crate::objects::str::repr(s)
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit()
}

fn is_octdigit(c: char) -> bool {
    ('0'..='7').contains(&c)
}

fn is_hexdigit(c: char) -> bool {
    c.is_ascii_hexdigit()
}

fn is_whitespace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c')
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

/// Parser state (CPython's `State`).
struct State {
    flags: u32,
    names: HashMap<String, usize>,
    name_order: Vec<(String, usize)>,
    /// Width of each group once closed; `None` while open. Index 0 is the whole match.
    group_widths: Vec<Option<(u64, u64)>>,
    parents: Vec<usize>,
    /// Open capturing groups, innermost last.
    open: Vec<usize>,
    lookbehind_groups: Option<usize>,
    /// Groups named by conditionals (`(?(3)...)`) and where, checked once all groups are known.
    groupref_pos: Vec<(usize, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.group_widths.len()
    }

    fn open_group(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.group_widths.push(None);
        self.parents.push(self.open.last().copied().unwrap_or(0));
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(&old) = self.names.get(name) {
                return Err(format!(
                    "redefinition of group name {} as group {}; was group {}",
                    py_repr(name),
                    gid,
                    old
                ));
            }
            self.names.insert(name.to_string(), gid);
            self.name_order.push((name.to_string(), gid));
        }
        self.open.push(gid);
        Ok(gid)
    }

    fn close_group(&mut self, gid: usize, body: &Node) {
        let width = self.width(body);
        self.group_widths[gid] = Some(width);
        self.open.pop();
    }

    fn check_group(&self, gid: usize) -> bool {
        gid < self.groups() && self.group_widths[gid].is_some()
    }

    fn check_lookbehind_group(&self, gid: usize, source: &Tokenizer) -> PResult<()> {
        if let Some(first) = self.lookbehind_groups {
            if !self.check_group(gid) {
                return source.error("cannot refer to an open group", 0);
            }
            if gid >= first {
                return source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                );
            }
        }
        Ok(())
    }

    /// The smallest and largest number of characters `node` can match (`getwidth`).
    fn width(&self, node: &Node) -> (u64, u64) {
        let add = |a: u64, b: u64| a.saturating_add(b).min(MAXWIDTH);
        match node {
            Node::Literal(_) | Node::Any | Node::Class { .. } | Node::Category(_) => (1, 1),
            Node::At(_) | Node::Look { .. } => (0, 0),
            Node::Group { body, .. } | Node::Atomic(body) => self.width(body),
            Node::Backref(g) => self
                .group_widths
                .get(*g)
                .copied()
                .flatten()
                .unwrap_or((0, 0)),
            Node::Conditional { yes, no, .. } => {
                let (i, j) = self.width(yes);
                match no {
                    Some(no) => {
                        let (l, h) = self.width(no);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::Repeat { min, max, body, .. } => {
                let (i, j) = self.width(body);
                let hi = match max {
                    Some(m) => j.saturating_mul(*m).min(MAXWIDTH),
                    None if j == 0 => 0,
                    None => MAXWIDTH,
                };
                (i.saturating_mul(*min).min(MAXWIDTH), hi)
            }
            Node::Concat(items) => items.iter().fold((0, 0), |(lo, hi), item| {
                let (i, j) = self.width(item);
                (add(lo, i), add(hi, j))
            }),
            Node::Alt(items) => {
                let mut lo = MAXWIDTH;
                let mut hi = 0;
                for item in items {
                    let (i, j) = self.width(item);
                    lo = lo.min(i);
                    hi = hi.max(j);
                }
                (lo, hi)
            }
        }
    }
}

/// Parse `pattern` under `flags` (the `flags` argument of `re.compile`). A bytes pattern
/// comes decoded as Latin-1, with `is_bytes`.
pub fn parse(pattern: &str, flags: u32, is_bytes: bool) -> PResult<Parsed> {
    let mut source = Tokenizer::new(pattern, is_bytes)?;
    let mut state = State {
        flags,
        names: HashMap::new(),
        name_order: Vec::new(),
        group_widths: vec![None],
        parents: vec![0],
        open: Vec::new(),
        lookbehind_groups: None,
        groupref_pos: Vec::new(),
    };
    let verbose = flags & FLAG_VERBOSE != 0;
    let root = parse_sub(&mut source, &mut state, verbose, 0)?;
    state.flags = fix_flags(state.flags, is_bytes)?;
    if source.next.is_some() {
        return source.error("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &state.groupref_pos {
        if g >= state.groups() {
            return err(format!("invalid group reference {}", g), pos);
        }
    }
    check_lookbehinds(&state, &root)?;
    Ok(Parsed {
        root,
        flags: state.flags,
        groups: state.groups() - 1,
        names: state.name_order,
        parents: state.parents,
    })
}

/// CPython's compiler refuses a look-behind whose width is not fixed; it reports the first one
/// it meets, outermost first, with no position.
fn check_lookbehinds(state: &State, node: &Node) -> PResult<()> {
    let children: Vec<&Node> = match node {
        Node::Look { behind, body, .. } => {
            if *behind {
                let (lo, hi) = state.width(body);
                if lo > MAXCODE {
                    return Err(Failure::Syntax("looks too much behind".into(), None));
                }
                if lo != hi {
                    return Err(Failure::Syntax(
                        "look-behind requires fixed-width pattern".into(),
                        None,
                    ));
                }
            }
            vec![body]
        }
        Node::Group { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => vec![body],
        Node::Conditional { yes, no, .. } => {
            let mut v: Vec<&Node> = vec![yes];
            v.extend(no.as_deref());
            v
        }
        Node::Concat(items) | Node::Alt(items) => items.iter().collect(),
        _ => Vec::new(),
    };
    children
        .into_iter()
        .try_for_each(|child| check_lookbehinds(state, child))
}

/// `fix_flags`: the flags a str or bytes pattern may have; UNICODE is implied for str.
fn fix_flags(flags: u32, is_bytes: bool) -> PResult<u32> {
    if is_bytes {
        if flags & FLAG_UNICODE != 0 {
            return Err(Failure::Value(
                "cannot use UNICODE flag with a bytes pattern".into(),
            ));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(Failure::Value(
                "ASCII and LOCALE flags are incompatible".into(),
            ));
        }
        return Ok(flags);
    }
    if flags & FLAG_LOCALE != 0 {
        return Err(Failure::Value(
            "cannot use LOCALE flag with a str pattern".into(),
        ));
    }
    if flags & FLAG_ASCII == 0 {
        Ok(flags | FLAG_UNICODE)
    } else if flags & FLAG_UNICODE != 0 {
        Err(Failure::Value(
            "ASCII and UNICODE flags are incompatible".into(),
        ))
    } else {
        Ok(flags)
    }
}

/// An alternation: `a|b|c`.
fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> PResult<Node> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, &mut verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & FLAG_VERBOSE != 0;
        }
    }
    Ok(if items.len() == 1 {
        items.pop().unwrap_or(Node::Concat(Vec::new()))
    } else {
        Node::Alt(items)
    })
}

/// One branch: a sequence of items up to `|`, `)` or the end (CPython's `_parse`). `verbose`
/// is updated when a global `(?x)` turns it on.
fn parse_seq(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
) -> PResult<Node> {
    let mut items: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if this == Tok::Char('|') || this == Tok::Char(')') {
            break;
        }
        source.advance()?;
        if *verbose {
            if let Tok::Char(c) = this {
                if is_whitespace(c) {
                    continue;
                }
                if c == '#' {
                    loop {
                        match source.get()? {
                            None | Some(Tok::Char('\n')) => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
        }
        let c = match this {
            Tok::Escape(e) => {
                items.push(escape(source, e, state)?);
                continue;
            }
            Tok::Char(c) => c,
        };
        match c {
            '[' => items.push(parse_class(source)?),
            '*' | '+' | '?' | '{' => {
                if !parse_repeat(source, c, &mut items)? {
                    items.push(Node::Literal('{'));
                }
            }
            '.' => items.push(Node::Any),
            '(' => {
                if let Some(node) = parse_group(source, state, verbose, nested, first, &items)? {
                    items.push(node);
                }
            }
            '^' => items.push(Node::At(At::Beginning)),
            '$' => items.push(Node::At(At::End)),
            c => items.push(Node::Literal(c)),
        }
    }
    Ok(if items.len() == 1 {
        items.pop().unwrap_or(Node::Concat(Vec::new()))
    } else {
        Node::Concat(items)
    })
}

/// A repeat operator after `items`' last item; false when a `{` turns out to be a literal.
fn parse_repeat(source: &mut Tokenizer, this: char, items: &mut Vec<Node>) -> PResult<bool> {
    let here = source.tell();
    let (min, max) = match this {
        '?' => (0, Some(1)),
        '*' => (0, None),
        '+' => (1, None),
        _ => {
            if source.is_next('}') {
                return Ok(false);
            }
            let lo = source.get_while(usize::MAX, is_digit)?;
            let hi = if source.matches(',')? {
                Some(source.get_while(usize::MAX, is_digit)?)
            } else {
                None
            };
            if !source.matches('}')? {
                source.seek(here)?;
                return Ok(false);
            }
            let number = |digits: &str| -> PResult<u64> {
                match digits.parse::<u64>() {
                    Ok(n) if n < MAXREPEAT => Ok(n),
                    _ => Err(Failure::Overflow(
                        "the repetition number is too large".into(),
                    )),
                }
            };
            let min = if lo.is_empty() { 0 } else { number(&lo)? };
            let max = match hi {
                None => Some(min),
                Some(h) if h.is_empty() => None,
                Some(h) => {
                    let max = number(&h)?;
                    if max < min {
                        return source
                            .error("min repeat greater than max repeat", source.tell() - here);
                    }
                    Some(max)
                }
            };
            (min, max)
        }
    };
    let span = source.tell() - here + 1;
    let body = match items.pop() {
        None | Some(Node::At(_)) => return source.error("nothing to repeat", span),
        Some(Node::Repeat { .. }) => return source.error("multiple repeat", span),
        Some(Node::Group {
            index: None,
            add_flags: 0,
            del_flags: 0,
            body,
        }) => *body,
        Some(item) => item,
    };
    let kind = if source.matches('?')? {
        RepeatKind::Lazy
    } else if source.matches('+')? {
        RepeatKind::Possessive
    } else {
        RepeatKind::Greedy
    };
    items.push(Node::Repeat {
        min,
        max,
        kind,
        body: Box::new(body),
    });
    Ok(true)
}

/// Everything after a `(`: groups, extensions and inline flags. `None` for what adds no node
/// (a comment, global flags).
fn parse_group(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    first: bool,
    items: &[Node],
) -> PResult<Option<Node>> {
    let start = source.tell() - 1;
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let mut add_flags = 0;
    let mut del_flags = 0;
    if source.matches('?')? {
        let Some(tok) = source.get()? else {
            return source.error("unexpected end of pattern", 0);
        };
        let unknown = |source: &Tokenizer, prefix: &str, tok: Tok| {
            source.error(
                format!("unknown extension {}{}", prefix, tok.text()),
                tok.len() + prefix.chars().count(),
            )
        };
        let Tok::Char(char) = tok else {
            return unknown(source, "?", tok);
        };
        match char {
            'P' => {
                if source.matches('<')? {
                    let n = source.get_until('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.get_until(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(&gid) = state.names.get(&n) else {
                        return source.error(format!("unknown group name {}", py_repr(&n)), len);
                    };
                    if !state.check_group(gid) {
                        return source.error("cannot refer to an open group", len);
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(Some(Node::Backref(gid)));
                } else {
                    let Some(tok) = source.get()? else {
                        return source.error("unexpected end of pattern", 0);
                    };
                    return unknown(source, "?P", tok);
                }
            }
            ':' => capture = false,
            '#' => loop {
                if source.next.is_none() {
                    return source.error("missing ), unterminated comment", source.tell() - start);
                }
                if source.get()? == Some(Tok::Char(')')) {
                    return Ok(None);
                }
            },
            '=' | '!' | '<' => {
                let mut behind = false;
                let mut kind = char;
                if char == '<' {
                    let Some(tok) = source.get()? else {
                        return source.error("unexpected end of pattern", 0);
                    };
                    match tok {
                        Tok::Char(c @ ('=' | '!')) => kind = c,
                        _ => return unknown(source, "?<", tok),
                    }
                    behind = true;
                }
                let outer = state.lookbehind_groups;
                if behind && outer.is_none() {
                    state.lookbehind_groups = Some(state.groups());
                }
                let body = parse_sub(source, state, *verbose, nested + 1)?;
                if behind && outer.is_none() {
                    state.lookbehind_groups = None;
                }
                if !source.matches(')')? {
                    return source
                        .error("missing ), unterminated subpattern", source.tell() - start);
                }
                return Ok(Some(Node::Look {
                    behind,
                    negate: kind == '!',
                    body: Box::new(body),
                }));
            }
            '(' => return parse_conditional(source, state, verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            c if flag_of(c).is_some() || c == '-' => match parse_flags(source, state, c)? {
                None => {
                    if !first || !items.is_empty() {
                        return source.error(
                            "global flags not at the start of the expression",
                            source.tell() - start,
                        );
                    }
                    *verbose = state.flags & FLAG_VERBOSE != 0;
                    return Ok(None);
                }
                Some((add, del)) => {
                    add_flags = add;
                    del_flags = del;
                    capture = false;
                }
            },
            _ => return unknown(source, "?", tok),
        }
    }
    let group = if capture {
        match state.open_group(name.as_deref()) {
            Ok(g) => Some(g),
            Err(msg) => {
                let len = name.as_deref().map_or(0, |n| n.chars().count()) + 1;
                return source.error(msg, len);
            }
        }
    } else {
        None
    };
    let sub_verbose = (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return source.error("missing ), unterminated subpattern", source.tell() - start);
    }
    if let Some(g) = group {
        state.close_group(g, &body);
    }
    Ok(Some(if atomic {
        Node::Atomic(Box::new(body))
    } else {
        Node::Group {
            index: group,
            add_flags,
            del_flags,
            body: Box::new(body),
        }
    }))
}

/// `(?(group)yes|no)`, after `(?(`.
fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: &mut bool,
    nested: usize,
    start: usize,
) -> PResult<Node> {
    let name = source.get_until(')', "group name")?;
    let len = name.chars().count() + 1;
    let group = if is_identifier(&name) {
        match state.names.get(&name) {
            Some(&g) => g,
            None => return source.error(format!("unknown group name {}", py_repr(&name)), len),
        }
    } else {
        let bad = || format!("bad character in group name {}", py_repr(&name));
        if !name.chars().all(|c| c.is_ascii_digit()) {
            return source.error(bad(), len);
        }
        let group = match name.parse::<usize>() {
            Ok(g) if g < MAXGROUPS => g,
            Ok(_) | Err(_) => {
                return source.error(format!("invalid group reference {}", name), len);
            }
        };
        if group == 0 {
            return source.error("bad group number", len);
        }
        if !state.groupref_pos.iter().any(|&(g, _)| g == group) {
            state.groupref_pos.push((group, source.tell() - len));
        }
        group
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.matches('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.is_next('|') {
            return source.error("conditional backref with more than two branches", 0);
        }
        Some(Box::new(no))
    } else {
        None
    };
    if !source.matches(')')? {
        return source.error("missing ), unterminated subpattern", source.tell() - start);
    }
    Ok(Node::Conditional {
        group,
        yes: Box::new(yes),
        no,
    })
}

/// Inline flags after `(?`: `None` for global flags `(?i)`, else the scoped `(?i-m:` pair.
fn parse_flags(
    source: &mut Tokenizer,
    state: &mut State,
    first: char,
) -> PResult<Option<(u32, u32)>> {
    let mut add = 0;
    let mut del = 0;
    let mut char = Some(Tok::Char(first));
    if first != '-' {
        while let Some(Tok::Char(c)) = char {
            let flag = flag_of(c).unwrap_or(0);
            if c == 'L' && !source.is_bytes {
                return source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                );
            }
            if c == 'u' && source.is_bytes {
                return source.error(
                    "bad inline flags: cannot use 'u' flag with a bytes pattern",
                    0,
                );
            }
            add |= flag;
            if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                return source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                );
            }
            char = source.get()?;
            match char {
                None => return source.error("missing -, : or )", 0),
                Some(Tok::Char(')' | '-' | ':')) => break,
                Some(tok) => {
                    if let Tok::Char(c) = tok {
                        if flag_of(c).is_some() {
                            continue;
                        }
                    }
                    let msg = if is_alpha(tok) {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return source.error(msg, tok.len());
                }
            }
        }
    }
    if char == Some(Tok::Char(')')) {
        state.flags |= add;
        return Ok(None);
    }
    if add & GLOBAL_FLAGS != 0 {
        return source.error("bad inline flags: cannot turn on global flag", 1);
    }
    if char == Some(Tok::Char('-')) {
        char = source.get()?;
        match char {
            None => return source.error("missing flag", 0),
            Some(Tok::Char(c)) if flag_of(c).is_some() => {}
            Some(tok) => {
                let msg = if is_alpha(tok) {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return source.error(msg, tok.len());
            }
        }
        while let Some(Tok::Char(c)) = char {
            let flag = flag_of(c).unwrap_or(0);
            if flag & TYPE_FLAGS != 0 {
                return source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                );
            }
            del |= flag;
            char = source.get()?;
            match char {
                None => return source.error("missing :", 0),
                Some(Tok::Char(':')) => break,
                Some(Tok::Char(c)) if flag_of(c).is_some() => {}
                Some(tok) => {
                    let msg = if is_alpha(tok) {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return source.error(msg, tok.len());
                }
            }
        }
    }
    if del & GLOBAL_FLAGS != 0 {
        return source.error("bad inline flags: cannot turn off global flag", 1);
    }
    if add & del != 0 {
        return source.error("bad inline flags: flag turned on and off", 1);
    }
    Ok(Some((add, del)))
}

/// `char.isalpha()` on a token (an escape is two characters, never alphabetic).
fn is_alpha(tok: Tok) -> bool {
    matches!(tok, Tok::Char(c) if c.is_alphabetic())
}

/// A character class, after its `[`.
fn parse_class(source: &mut Tokenizer) -> PResult<Node> {
    let here = source.tell() - 1;
    let negate = source.matches('^')?;
    let mut items: Vec<ClassItem> = Vec::new();
    loop {
        let Some(this) = source.get()? else {
            return source.error("unterminated character set", source.tell() - here);
        };
        if this == Tok::Char(']') && !items.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Escape(e) => class_escape(source, e)?,
            Tok::Char(c) => ClassItem::Char(c),
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return source.error("unterminated character set", source.tell() - here);
            };
            if that == Tok::Char(']') {
                items.push(code1);
                items.push(ClassItem::Char('-'));
                break;
            }
            let code2 = match that {
                Tok::Escape(e) => class_escape(source, e)?,
                Tok::Char(c) => ClassItem::Char(c),
            };
            let bad = || format!("bad character range {}-{}", this.text(), that.text());
            let span = this.len() + 1 + that.len();
            match (code1, code2) {
                (ClassItem::Char(lo), ClassItem::Char(hi)) if lo <= hi => {
                    items.push(ClassItem::Range(lo, hi))
                }
                _ => return source.error(bad(), span),
            }
        } else {
            items.push(code1);
        }
    }
    Ok(match (negate, items.as_slice()) {
        (false, [ClassItem::Char(c)]) => Node::Literal(*c),
        _ => Node::Class { negate, items },
    })
}

/// The escapes shared by classes and the rest: `\x`, `\u`, `\U`, `\N`; `None` if `e` is none.
fn char_escape(source: &mut Tokenizer, e: char) -> PResult<Option<char>> {
    let digits = match e {
        'x' => 2,
        'u' if !source.is_bytes => 4,
        'U' if !source.is_bytes => 8,
        'N' if !source.is_bytes => {
            if !source.matches('{')? {
                return source.error("missing {", 0);
            }
            let name = source.get_until('}', "character name")?;
            // gilt has no Unicode name table (see the README): every name is unknown.
            return source.error(
                format!("undefined character name {}", py_repr(&name)),
                name.chars().count() + 4,
            );
        }
        _ => return Ok(None),
    };
    let hex = source.get_while(digits, is_hexdigit)?;
    let escape = format!("\\{}{}", e, hex);
    if hex.chars().count() != digits {
        return source.error(
            format!("incomplete escape {}", escape),
            escape.chars().count(),
        );
    }
    match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
        Some(c) => Ok(Some(c)),
        // Surrogates cannot be in a gilt str, so nothing could match them; CPython accepts
        // them. Above U+10FFFF, CPython's message is this one.
        None => source.error(format!("bad escape {}", escape), escape.chars().count()),
    }
}

fn simple_escape(e: char) -> Option<char> {
    Some(match e {
        'a' => '\x07',
        'f' => '\x0c',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\x0b',
        '\\' => '\\',
        _ => return None,
    })
}

fn category(e: char) -> Option<Category> {
    Some(match e {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// An escape inside a class (`_class_escape`).
fn class_escape(source: &mut Tokenizer, e: char) -> PResult<ClassItem> {
    if e == 'b' {
        return Ok(ClassItem::Char('\x08'));
    }
    if let Some(c) = simple_escape(e) {
        return Ok(ClassItem::Char(c));
    }
    if let Some(cat) = category(e) {
        return Ok(ClassItem::Category(cat));
    }
    Ok(ClassItem::Char(other_escape(source, e, true)?))
}

/// An escape outside a class (`_escape`).
fn escape(source: &mut Tokenizer, e: char, state: &State) -> PResult<Node> {
    let at = match e {
        'A' => Some(At::BeginningString),
        'b' => Some(At::Boundary),
        'B' => Some(At::NonBoundary),
        'Z' => Some(At::EndString),
        _ => None,
    };
    if let Some(at) = at {
        return Ok(Node::At(at));
    }
    if let Some(cat) = category(e) {
        return Ok(Node::Category(cat));
    }
    if let Some(c) = simple_escape(e) {
        return Ok(Node::Literal(c));
    }
    if e.is_ascii_digit() && e != '0' {
        return group_or_octal(source, e, state);
    }
    Ok(Node::Literal(other_escape(source, e, false)?))
}

/// `\1`..`\99` (a group) or three octal digits (a character), outside a class.
fn group_or_octal(source: &mut Tokenizer, e: char, state: &State) -> PResult<Node> {
    let mut escape = format!("\\{}", e);
    if let Some(Tok::Char(d)) = source.next {
        if d.is_ascii_digit() {
            source.advance()?;
            escape.push(d);
            if is_octdigit(e) && is_octdigit(d) && source.next_char_in(is_octdigit) {
                if let Some(Tok::Char(d3)) = source.get()? {
                    escape.push(d3);
                }
                let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if value > 0o377 {
                    return source.error(
                        format!("octal escape value {} outside of range 0-0o377", escape),
                        escape.len(),
                    );
                }
                return Ok(Node::Literal(char::from_u32(value).unwrap_or('\0')));
            }
        }
    }
    let group: usize = escape[1..].parse().unwrap_or(0);
    if group < state.groups() {
        if !state.check_group(group) {
            return source.error("cannot refer to an open group", escape.len());
        }
        state.check_lookbehind_group(group, source)?;
        return Ok(Node::Backref(group));
    }
    source.error(
        format!("invalid group reference {}", group),
        escape.len() - 1,
    )
}

/// The escapes left after the common ones: hex, octal, `\N`, escaped punctuation.
fn other_escape(source: &mut Tokenizer, e: char, in_class: bool) -> PResult<char> {
    if let Some(c) = char_escape(source, e)? {
        return Ok(c);
    }
    let octal_start = if in_class { is_octdigit(e) } else { e == '0' };
    if octal_start {
        let more = source.get_while(2, is_octdigit)?;
        let escape = format!("\\{}{}", e, more);
        let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        if value > 0o377 {
            return source.error(
                format!("octal escape value {} outside of range 0-0o377", escape),
                escape.len(),
            );
        }
        return Ok(char::from_u32(value).unwrap_or('\0'));
    }
    if e.is_ascii_alphanumeric() {
        return source.error(format!("bad escape \\{}", e), 2);
    }
    Ok(e)
}
