//! Writes a parsed Python pattern (`parse::Node`) in fancy-regex's syntax, keeping Python's
//! meaning where the two syntaxes differ.
//!
//! Invariants of the output: it holds one capturing group for each of Python's, in the same
//! order, and no other (so group numbers agree, and names stay on the Python side); every
//! literal that is not an ASCII letter or digit is written `\u{HEX}`, so no Python character
//! can be read as fancy-regex syntax; flags are resolved here rather than handed to the engine
//! where Python and the engine disagree:
//! - `$` without MULTILINE matches at the end or before a final newline: `(?=\n?\z)`
//!   (the engine's `$` is the absolute end, its `\Z` allows several newlines);
//! - `^` without MULTILINE and `\A` are `\A`; `\Z` is the engine's `\z`;
//! - DOTALL, MULTILINE and ASCII are applied per node as Python scopes them; only IGNORECASE
//!   is left to the engine, as `(?i:...)` groups placed where Python's flags change;
//! - `\s` adds U+001C..U+001F, which `str.isspace()` counts as space and Unicode does not;
//! - under ASCII, `\d \s \w \b` and their negations are spelled as ASCII classes.

use super::parse::{
    At, Category, ClassItem, Node, RepeatKind, FLAG_ASCII, FLAG_DOTALL, FLAG_IGNORECASE,
    FLAG_MULTILINE,
};

const ASCII_WORD: &str = "0-9A-Za-z_";
const ASCII_SPACE: &str = "\\u{9}\\u{A}\\u{B}\\u{C}\\u{D}\\u{20}";

/// The whole pattern under its global `flags`, as one group (so that a suffix such as `\z`
/// applies to all of it).
///
/// A bytes pattern (`is_bytes`) is matched by the engine in its ASCII bytes mode: its
/// categories are ASCII ones, and characters U+0080..U+00FF stand for single bytes.
pub fn emit(root: &Node, flags: u32, is_bytes: bool) -> String {
    let flags = if is_bytes { flags | FLAG_ASCII } else { flags };
    let mut out = String::new();
    out.push_str(if flags & FLAG_IGNORECASE != 0 {
        "(?i:"
    } else {
        "(?:"
    });
    emit_body(root, flags, &mut out);
    out.push(')');
    out
}

/// A node in a place where a bare alternation is fine (a group's body).
fn emit_body(node: &Node, flags: u32, out: &mut String) {
    match node {
        Node::Alt(items) => emit_alternatives(items, flags, out),
        _ => emit_node(node, flags, out),
    }
}

fn emit_alternatives(items: &[Node], flags: u32, out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push('|');
        }
        emit_node(item, flags, out);
    }
}

fn emit_node(node: &Node, flags: u32, out: &mut String) {
    let ascii = flags & FLAG_ASCII != 0;
    match node {
        Node::Literal(c) => push_char(*c, out),
        Node::Any => out.push_str(if flags & FLAG_DOTALL != 0 {
            "(?s:.)"
        } else {
            "."
        }),
        Node::Class { negate, items } => {
            out.push('[');
            if *negate {
                out.push('^');
            }
            for item in items {
                match item {
                    ClassItem::Char(c) => push_char(*c, out),
                    ClassItem::Range(lo, hi) => {
                        push_char(*lo, out);
                        out.push('-');
                        push_char(*hi, out);
                    }
                    ClassItem::Category(cat) => out.push_str(&category(*cat, ascii)),
                }
            }
            out.push(']');
        }
        // Case does not change a category; the engine would fold its ASCII classes with
        // Unicode's rules (the Kelvin sign into `[A-Z]`).
        Node::Category(cat) if ascii && flags & FLAG_IGNORECASE != 0 => {
            out.push_str("(?-i:");
            out.push_str(&category(*cat, ascii));
            out.push(')');
        }
        Node::Category(cat) => out.push_str(&category(*cat, ascii)),
        Node::At(at) => out.push_str(&anchor(*at, flags)),
        Node::Group {
            index,
            add_flags,
            del_flags,
            body,
        } => {
            let inner = (flags | add_flags) & !del_flags;
            let case_change = (inner ^ flags) & FLAG_IGNORECASE != 0;
            if index.is_none() && !case_change {
                // As CPython's parser does, drop the group: nesting is what the engine limits.
                emit_node(body, inner, out);
                return;
            }
            if index.is_some() {
                out.push('(');
            }
            if case_change {
                out.push_str(if inner & FLAG_IGNORECASE != 0 {
                    "(?i:"
                } else {
                    "(?-i:"
                });
            }
            emit_body(body, inner, out);
            if case_change {
                out.push(')');
            }
            if index.is_some() {
                out.push(')');
            }
        }
        Node::Atomic(body) => {
            out.push_str("(?>");
            emit_body(body, flags, out);
            out.push(')');
        }
        Node::Look {
            behind,
            negate,
            body,
        } => {
            out.push_str(match (behind, negate) {
                (false, false) => "(?=",
                (false, true) => "(?!",
                (true, false) => "(?<=",
                (true, true) => "(?<!",
            });
            emit_body(body, flags, out);
            out.push(')');
        }
        Node::Backref(g) => out.push_str(&format!("\\k<{}>", g)),
        Node::Conditional { group, yes, no } => {
            let yes_empty = is_empty(yes);
            let no_empty = no.as_deref().is_none_or(is_empty);
            if yes_empty && no_empty {
                // The engine reads `(?(1))` as "group 1 matched"; Python's always succeeds.
                out.push_str("(?:)");
                return;
            }
            out.push_str(&format!("(?({})", group));
            emit_node(yes, flags, out);
            if let Some(no) = no {
                out.push('|');
                emit_node(no, flags, out);
            }
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            kind,
            body,
        } if is_zero_width(body) => {
            // The engine refuses to repeat what cannot advance; repeating it changes nothing
            // but whether it may be skipped: once if required, else optional (tried first
            // unless lazy).
            out.push_str("(?:");
            match (min, kind) {
                (0, RepeatKind::Lazy) => {
                    out.push('|');
                    emit_body(body, flags, out);
                }
                (0, _) => {
                    emit_body(body, flags, out);
                    out.push('|');
                }
                _ => emit_body(body, flags, out),
            }
            out.push(')');
        }
        Node::Repeat {
            min,
            max,
            kind,
            body,
        } => {
            if *kind == RepeatKind::Possessive {
                out.push_str("(?>");
            }
            if is_atom(body) {
                emit_node(body, flags, out);
            } else {
                out.push_str("(?:");
                emit_body(body, flags, out);
                out.push(')');
            }
            match (min, max) {
                (0, None) => out.push('*'),
                (1, None) => out.push('+'),
                (0, Some(1)) => out.push('?'),
                (m, None) => out.push_str(&format!("{{{},}}", m)),
                (m, Some(n)) if m == n => out.push_str(&format!("{{{}}}", m)),
                (m, Some(n)) => out.push_str(&format!("{{{},{}}}", m, n)),
            }
            match kind {
                RepeatKind::Greedy => {}
                RepeatKind::Lazy => out.push('?'),
                RepeatKind::Possessive => out.push(')'),
            }
        }
        Node::Concat(items) => {
            for item in items {
                emit_node(item, flags, out);
            }
        }
        Node::Alt(items) => {
            out.push_str("(?:");
            emit_alternatives(items, flags, out);
            out.push(')');
        }
    }
}

/// Does the node emit as one unit a quantifier can follow?
fn is_atom(node: &Node) -> bool {
    matches!(
        node,
        Node::Literal(_)
            | Node::Any
            | Node::Class { .. }
            | Node::Category(_)
            | Node::Group { index: Some(_), .. }
            | Node::Atomic(_)
            | Node::Backref(_)
    )
}

/// Can the node only ever match the empty string?
fn is_zero_width(node: &Node) -> bool {
    match node {
        Node::At(_) | Node::Look { .. } => true,
        Node::Group { body, .. } | Node::Atomic(body) | Node::Repeat { body, .. } => {
            is_zero_width(body)
        }
        Node::Concat(items) | Node::Alt(items) => items.iter().all(is_zero_width),
        Node::Conditional { yes, no, .. } => {
            is_zero_width(yes) && no.as_deref().is_none_or(is_zero_width)
        }
        _ => false,
    }
}

fn is_empty(node: &Node) -> bool {
    matches!(node, Node::Concat(items) if items.is_empty())
}

fn push_char(c: char, out: &mut String) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else if ('\u{80}'..='\u{FF}').contains(&c) {
        // In a str pattern the engine reads `\xE9` as U+00E9; in a bytes one, as the byte.
        out.push_str(&format!("\\x{:02X}", c as u32));
    } else if !c.is_ascii() && !c.is_whitespace() {
        out.push(c);
    } else {
        out.push_str(&format!("\\u{{{:X}}}", c as u32));
    }
}

/// A category as a class (or a class escape), valid inside and outside `[...]`.
fn category(cat: Category, ascii: bool) -> String {
    match (cat, ascii) {
        (Category::Digit, false) => "\\d".into(),
        (Category::NotDigit, false) => "\\D".into(),
        (Category::Word, false) => "\\w".into(),
        (Category::NotWord, false) => "\\W".into(),
        (Category::Space, false) => "[\\s\\u{1C}-\\u{1F}]".into(),
        (Category::NotSpace, false) => "[^\\s\\u{1C}-\\u{1F}]".into(),
        (Category::Digit, true) => "[0-9]".into(),
        (Category::NotDigit, true) => "[^0-9]".into(),
        (Category::Word, true) => format!("[{}]", ASCII_WORD),
        (Category::NotWord, true) => format!("[^{}]", ASCII_WORD),
        (Category::Space, true) => format!("[{}]", ASCII_SPACE),
        (Category::NotSpace, true) => format!("[^{}]", ASCII_SPACE),
    }
}

fn anchor(at: At, flags: u32) -> String {
    let multiline = flags & FLAG_MULTILINE != 0;
    let ascii = flags & FLAG_ASCII != 0;
    match at {
        At::Beginning if multiline => "(?m:^)".into(),
        At::Beginning | At::BeginningString => "\\A".into(),
        At::End if multiline => "(?m:$)".into(),
        At::End => "(?=\\u{A}?\\z)".into(),
        At::EndString => "\\z".into(),
        At::Boundary if ascii => format!(
            "(?-i:(?<=[{w}])(?![{w}])|(?<![{w}])(?=[{w}]))",
            w = ASCII_WORD
        ),
        At::NonBoundary if ascii => format!(
            "(?!\\A\\z)(?-i:(?<=[{w}])(?=[{w}])|(?<![{w}])(?![{w}]))",
            w = ASCII_WORD
        ),
        At::Boundary => "\\b".into(),
        // CPython's `\B` never matches in an empty text; the engine's does.
        At::NonBoundary => "(?!\\A\\z)\\B".into(),
    }
}
