//! `str`: immutable Unicode text, stored as UTF-8.
//!
//! Length and indexing count code points, as in CPython. The code-point length is computed once at
//! creation; when it equals the byte length the text is ASCII and indexing is direct, otherwise an
//! index walks the characters. The hash is computed on first use and cached.
//!
//! The folder splits the type by role: this file holds the representation, `repr`/`ascii` and the
//! constructor; `methods` the Python-visible methods; `format` the format-spec mini-language
//! (`format()`, f-strings); `percent` printf-style `%`; `fields` the `str.format` field parser;
//! `unicode` character classes and case mapping; `tables` the generated Unicode property tables.

pub mod fields;
pub mod format;
pub mod methods;
pub mod percent;
pub mod tables;
pub mod unicode;

use std::cell::Cell;

pub struct PyStr {
    /// Kept as built, with any spare capacity up to a bound: trimming every new string would
    /// cost a reallocation each (a join, a format, a concatenation all overshoot a little).
    s: String,
    char_len: usize,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(mut s: String) -> PyStr {
        if s.capacity() > s.len() * 2 + 64 {
            s.shrink_to_fit();
        }
        let char_len = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            char_len,
            hash: Cell::new(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn is_ascii(&self) -> bool {
        self.char_len == self.s.len()
    }

    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = hash_str(&self.s);
        self.hash.set(Some(h));
        h
    }

    /// The code point at `index` (already bounds-checked and non-negative).
    pub fn char_at(&self, index: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(index).map(|b| *b as char)
        } else {
            self.s.chars().nth(index)
        }
    }

    /// Code points `start..end` (already clamped).
    pub fn substring(&self, start: usize, end: usize) -> String {
        if end <= start {
            return String::new();
        }
        if self.is_ascii() {
            self.s[start..end].to_string()
        } else {
            self.s.chars().skip(start).take(end - start).collect()
        }
    }

    /// Byte offset of code point `index` (for `find` results and slicing).
    pub fn byte_offset(&self, index: usize) -> usize {
        if self.is_ascii() {
            index.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(index)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Code-point index of byte offset `byte`.
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            self.s[..byte].chars().count()
        }
    }
}

/// FNV-1a over the UTF-8 bytes, folded away from -1 (CPython reserves -1 for errors). CPython
/// randomizes string hashes per process, so no script can depend on the exact values.
pub fn hash_str(s: &str) -> i64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    // FNV-1a mixes the low bits poorly, and the dict indexes by the low bits: finish with
    // splitmix64's mixer.
    h ^= h >> 30;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 27;
    h = h.wrapping_mul(0x94d0_49bb_1331_11eb);
    h ^= h >> 31;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `repr()` of a string, quoting as CPython does: single quotes unless the text contains a single
/// quote and no double quote.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if !is_printable(c) => {
                let n = c as u32;
                if n <= 0xff {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n <= 0xffff {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// CPython's `str.isprintable` for one character (and `repr`'s test for what to escape): not a
/// control, format, surrogate, private-use, unassigned or separator character, except the space.
pub fn is_printable(c: char) -> bool {
    tables::contains(tables::PRINTABLE, c)
}

/// `ascii()`: the repr with every non-ASCII character escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

// ----- the `str` type ------------------------------------------------------------------------

use super::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

/// `str(x)`, `str(bytes, encoding)`
fn construct(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    args.no_kwargs(vm, "str()")?;
    args.check_count(vm, "str", 0, 3)?;
    let Some(x) = args.args.first().cloned() else {
        return Ok(Value::str(""));
    };
    if encoding.is_some() || args.args.len() > 1 {
        let mut dargs = vec![
            x,
            encoding
                .or_else(|| args.args.get(1).cloned())
                .unwrap_or_else(|| Value::str("utf-8")),
        ];
        if let Some(e) = errors.or_else(|| args.args.get(2).cloned()) {
            dargs.push(e);
        }
        match crate::objects::buffer::bytes_like(vm, &dargs[0])? {
            Some(b) => dargs[0] = Value::obj(Payload::Bytes(b.into_owned())),
            None => {
                let msg = format!(
                    "decoding to str: need a bytes-like object, {} found",
                    vm.type_name(&dargs[0])
                );
                return Err(vm.type_error(msg));
            }
        }
        return vm.call_method(&dargs[0].clone(), "decode", dargs[1..].to_vec());
    }
    if x.as_str().is_some() {
        return Ok(x);
    }
    Ok(Value::str(vm.str(&x)?))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().str.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct));
    }
    methods::register(vm, &cls);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let s = PyStr::new("多道技术abc".to_string());
        assert_eq!(s.char_len(), 7);
        assert_eq!(s.char_at(1), Some('道'));
        assert_eq!(s.substring(2, 5), "技术a");
        assert_eq!(s.byte_offset(4), 12);
        assert_eq!(s.char_index(12), 4);
    }

    #[test]
    fn repr_quotes_like_cpython() {
        assert_eq!(repr("a'b"), "\"a'b\"");
        assert_eq!(repr("a'b\""), "'a\\'b\"'");
        assert_eq!(repr("x\n\t\u{1}"), "'x\\n\\t\\x01'");
        assert_eq!(repr("中文"), "'中文'");
    }
}
