//! Unicode character classes and case mappings for `str`, as CPython 3.11 sees them (Unicode 14).
//!
//! Class membership comes from the generated `tables` where Rust has no equivalent
//! (`isdecimal`, `isnumeric`, `isidentifier`, ...). Case mapping uses Rust's `char` tables, which
//! follow a newer Unicode: characters added since Unicode 14 are treated as uncased and unmapped,
//! the few whose case changed since are listed, and CPython's title-case and case-folding
//! differences from upper/lower come from `tables`. Capital sigma lowers to final `ς` at the end
//! of a word, as in CPython.

use super::tables;

/// CPython's `Py_UNICODE_ISSPACE`: Rust's `White_Space` plus the ASCII separators 0x1c..0x1f.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// The line boundaries of `splitlines` (`\r\n` is handled by the caller).
pub fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\u{b}'
            | '\u{c}'
            | '\u{1c}'
            | '\u{1d}'
            | '\u{1e}'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// Is `c` assigned in Unicode 14, the version CPython 3.11 uses? Rust's `char` case tables follow
/// a newer Unicode; characters added since must stay uncased and unmapped, as in CPython. Every
/// cased character is printable, so the printable table doubles as the "assigned" test here.
fn known_to_cpython(c: char) -> bool {
    c.is_ascii() || tables::contains(tables::PRINTABLE, c)
}

/// Characters of Unicode 14 that gained a case mapping in a later Unicode version.
fn mapping_added_since_14(c: char) -> bool {
    matches!(c as u32, 0x19b | 0x264 | 0xa7d3 | 0xa7d5)
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase() && known_to_cpython(c)
}

/// `Lowercase` as of Unicode 14: later versions added and removed a few characters.
pub fn is_lower(c: char) -> bool {
    match c as u32 {
        0x295 => true,
        0x10fc | 0xa7f2..=0xa7f4 | 0xab69 => false,
        _ => c.is_lowercase() && known_to_cpython(c),
    }
}

fn push_upper(out: &mut String, c: char) {
    if known_to_cpython(c) && !mapping_added_since_14(c) {
        out.extend(c.to_uppercase());
    } else {
        out.push(c);
    }
}

fn push_lower_char(out: &mut String, c: char) {
    if known_to_cpython(c) && !mapping_added_since_14(c) {
        out.extend(c.to_lowercase());
    } else {
        out.push(c);
    }
}

pub fn is_titlecase_letter(c: char) -> bool {
    matches!(c as u32, 0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf | 0x1fbc | 0x1fcc | 0x1ffc)
}

pub fn is_cased(c: char) -> bool {
    is_lower(c) || is_upper(c) || is_titlecase_letter(c)
}

/// Characters skipped when deciding whether a capital sigma ends a word (an approximation of
/// Unicode's `Case_Ignorable`: apostrophes, periods, colons and combining marks).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}' | '\u{ad}'
    ) || ('\u{300}'..='\u{36f}').contains(&c)
}

fn mapping_lookup(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Lower-case `chars[i]` into `out`, turning a word-final capital sigma into `ς` as CPython does.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == 'Σ' {
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c));
        let final_sigma =
            before.is_some_and(|c| is_cased(*c)) && !after.is_some_and(|c| is_cased(*c));
        out.push(if final_sigma { 'ς' } else { 'σ' });
    } else {
        push_lower_char(out, c);
    }
}

fn push_title(out: &mut String, c: char) {
    match mapping_lookup(tables::TITLE_EXCEPTIONS, c) {
        Some(mapped) => out.push_str(mapped),
        None => push_upper(out, c),
    }
}

pub fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(tables::DECIMAL, c))
}

pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(tables::DIGIT, c))
}

pub fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && tables::contains(tables::NUMERIC, c))
}

pub fn is_alpha(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && tables::contains(tables::ALPHA, c))
}

pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isidentifier` for a whole text.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) if tables::contains(tables::ID_START, first) => {
            chars.all(|c| tables::contains(tables::ID_CONTINUE, c))
        }
        _ => false,
    }
}

pub fn lower_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

pub fn upper_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

pub fn title_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if previous_is_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

pub fn capitalize_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

pub fn swapcase_text(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

pub fn casefold_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match mapping_lookup(tables::CASEFOLD_EXCEPTIONS, c) {
            Some(mapped) => out.push_str(mapped),
            None => push_lower_char(&mut out, c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_follow_cpython() {
        assert_eq!(title_text("they're ß"), "They'Re Ss");
        assert_eq!(lower_text("ΣΑΣ ΣΑΣ."), "σας σας.");
        assert_eq!(capitalize_text("ǆa"), "ǅa");
        assert_eq!(casefold_text("Straße"), "strasse");
        assert_eq!(swapcase_text("aΣ"), "Aς");
    }

    #[test]
    fn character_classes() {
        assert!(is_numeric('一') && !is_digit('一') && is_digit('²') && !is_decimal('²'));
        assert!(is_identifier("中文_1") && !is_identifier("1a") && !is_identifier(""));
        assert!(is_space('\u{1f}') && !is_space('\u{200b}'));
    }
}
