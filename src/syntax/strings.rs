//! Literal decoding: numbers, string and bytes escapes, and the implicit concatenation of
//! adjacent string literals into one constant (or one f-string).
//!
//! Inputs are raw token texts straight from the source; outputs are AST constants. Errors carry
//! byte offsets into the whole source so the caret lands where CPython puts it. Nothing here
//! panics on malformed input: the lexer's regexes already bound what reaches these functions,
//! but every step still checks.

use num_bigint::BigInt;

use super::ast::{Constant, ExprKind, FStringPart};
use super::fstring;
use super::lexer::LexicalError;

/// Decodes an integer literal (`12`, `0x_ff`, `0o17`, `0b1`), big values as decimal digits.
pub fn decode_int(text: &str) -> Result<Constant, String> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let (radix, body) = match digits.get(..2) {
        Some("0x" | "0X") => (16, &digits[2..]),
        Some("0o" | "0O") => (8, &digits[2..]),
        Some("0b" | "0B") => (2, &digits[2..]),
        _ => {
            if digits.len() > 1 && digits.starts_with('0') && digits.bytes().any(|b| b != b'0') {
                return Err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers".into());
            }
            // The int/str conversion limit (`sys.set_int_max_str_digits`) applies to literals.
            let limit = crate::objects::int::max_str_digits();
            if limit > 0 && digits.len() > limit {
                return Err(format!(
                    "Exceeds the limit ({} digits) for integer string conversion: value has {} \
                     digits; use sys.set_int_max_str_digits() to increase the limit - Consider \
                     hexadecimal for huge integer literals to avoid decimal conversion limits.",
                    limit,
                    digits.len()
                ));
            }
            (10, &digits[..])
        }
    };
    if let Ok(value) = i64::from_str_radix(body, radix) {
        return Ok(Constant::Int(value));
    }
    match BigInt::parse_bytes(body.as_bytes(), radix) {
        Some(value) => Ok(Constant::BigInt(value.to_str_radix(10))),
        None => Err("invalid decimal literal".into()),
    }
}

/// Decodes a float literal; Rust's parser accepts every shape Python's does once the
/// underscores are gone (`1.`, `.5`, `1e-3`).
pub fn decode_float(text: &str) -> f64 {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    digits.parse().unwrap_or(f64::NAN)
}

/// Decodes an imaginary literal (`3j`, `1.5e2J`) into its imaginary part.
pub fn decode_imaginary(text: &str) -> f64 {
    decode_float(&text[..text.len().saturating_sub(1)])
}

/// The prefix flags of a string literal and where its body lies inside the token text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StringShape {
    pub raw: bool,
    pub bytes: bool,
    pub formatted: bool,
    /// Byte range of the body (between the quotes) within the token text.
    pub body_start: usize,
    pub body_end: usize,
}

/// Splits a string token into prefix flags and body.
pub fn shape_of(token: &str) -> StringShape {
    let prefix_length = token.find(['\'', '"']).unwrap_or(0);
    let prefix = &token[..prefix_length];
    let quote = token.as_bytes().get(prefix_length).copied().unwrap_or(b'"');
    let bytes = token.as_bytes();
    let triple = bytes.len() >= prefix_length + 6
        && bytes[prefix_length + 1] == quote
        && bytes[prefix_length + 2] == quote;
    let quote_length = if triple { 3 } else { 1 };
    let has = |letter: char| prefix.chars().any(|c| c.eq_ignore_ascii_case(&letter));
    StringShape {
        raw: has('r'),
        bytes: has('b'),
        formatted: has('f'),
        body_start: prefix_length + quote_length,
        body_end: token
            .len()
            .saturating_sub(quote_length)
            .max(prefix_length + quote_length),
    }
}

/// An escape-decoding failure: CPython's message and the byte offset within the body.
#[derive(Debug, PartialEq)]
pub struct EscapeError {
    pub msg: String,
    pub offset: usize,
}

fn hex_value(body: &str, start: usize, count: usize) -> Option<u32> {
    let digits = body.get(start..start + count)?;
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Decodes the escapes of a (non-raw) body. `bytes` selects bytes semantics: `\u`, `\U` and
/// `\N` stay literal and values are bytes.
pub fn decode_escapes(body: &str, bytes: bool) -> Result<Vec<u32>, EscapeError> {
    let codec = if bytes { "bytes" } else { "unicodeescape" };
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((index, character)) = chars.next() {
        if character != '\\' {
            out.push(character as u32);
            continue;
        }
        let Some((_, escape)) = chars.next() else {
            // Only reachable for a body that ends in a lone backslash, which the lexer rejects.
            out.push('\\' as u32);
            break;
        };
        let truncated = |what: &str, width: usize| {
            EscapeError {
            msg: format!(
                "(unicode error) '{codec}' codec can't decode bytes in position {}-{}: truncated {what} escape",
                index,
                index + width
            ),
            offset: index,
        }
        };
        match escape {
            '\n' => {}
            '\r' => {
                if let Some((_, '\n')) = chars.peek() {
                    chars.next();
                }
            }
            '\\' => out.push('\\' as u32),
            '\'' => out.push('\'' as u32),
            '"' => out.push('"' as u32),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'n' => out.push(10),
            'r' => out.push(13),
            't' => out.push(9),
            'v' => out.push(11),
            '0'..='7' => {
                let mut value = escape as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, digit @ '0'..='7')) => {
                            value = value * 8 + (digit as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(if bytes { value & 0xff } else { value });
            }
            'x' => {
                let value = hex_value(body, index + 2, 2).ok_or_else(|| truncated("\\xXX", 1))?;
                chars.next();
                chars.next();
                out.push(value);
            }
            'u' | 'U' if !bytes => {
                let width = if escape == 'u' { 4 } else { 8 };
                let what = if escape == 'u' {
                    "\\uXXXX"
                } else {
                    "\\UXXXXXXXX"
                };
                let value =
                    hex_value(body, index + 2, width).ok_or_else(|| truncated(what, width - 1))?;
                if char::from_u32(value).is_none() && value > 0x10ffff {
                    return Err(EscapeError {
                        msg: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character", index, index + width + 1),
                        offset: index,
                    });
                }
                for _ in 0..width {
                    chars.next();
                }
                out.push(value);
            }
            'N' if !bytes => {
                return Err(EscapeError {
                    msg: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name", index, index + 1),
                    offset: index,
                });
            }
            other => {
                // Unknown escapes keep their backslash (CPython warns, then does the same).
                out.push('\\' as u32);
                out.push(other as u32);
            }
        }
    }
    Ok(out)
}

/// Code points to a `String`; lone surrogates (from `\ud800`) become U+FFFD, since Rust strings
/// cannot hold them.
pub fn code_points_to_string(points: &[u32]) -> String {
    points
        .iter()
        .map(|&point| char::from_u32(point).unwrap_or('\u{fffd}'))
        .collect()
}

/// A literal's body with `\r\n` and lone `\r` read as `\n`: CPython reads source with universal
/// newlines, so a triple-quoted string in a CR or CRLF file holds plain `\n`.
fn universal_newlines(body: &str) -> std::borrow::Cow<'_, str> {
    if body.contains('\r') {
        std::borrow::Cow::Owned(body.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(body)
    }
}

/// Decodes the body of a plain (non-f) string literal.
pub fn decode_str(body: &str, raw: bool) -> Result<String, EscapeError> {
    let body = &*universal_newlines(body);
    if raw || !body.contains('\\') {
        return Ok(body.to_string());
    }
    Ok(code_points_to_string(&decode_escapes(body, false)?))
}

/// Decodes the body of a bytes literal.
pub fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, EscapeError> {
    let body = &*universal_newlines(body);
    if let Some(index) = body.find(|c: char| !c.is_ascii()) {
        return Err(EscapeError {
            msg: "bytes can only contain ASCII literal characters".into(),
            offset: index,
        });
    }
    if raw {
        return Ok(body.as_bytes().to_vec());
    }
    Ok(decode_escapes(body, true)?
        .into_iter()
        .map(|value| value as u8)
        .collect())
}

/// Joins adjacent string literals (`'a' "b"`, `'a' f'{b}'`) into one constant or f-string.
/// `pieces` holds each token's start offset and raw text; `source` is the whole file.
pub fn concatenate(source: &str, pieces: &[(usize, &str)]) -> Result<ExprKind, LexicalError> {
    let shapes: Vec<StringShape> = pieces.iter().map(|(_, text)| shape_of(text)).collect();
    let any_bytes = shapes.iter().any(|shape| shape.bytes);
    if any_bytes && !shapes.iter().all(|shape| shape.bytes) {
        let (last_start, last_text) = pieces[pieces.len() - 1];
        let end = last_start + last_text.len();
        return Err(LexicalError::syntax(
            "cannot mix bytes and nonbytes literals",
            end,
            end,
        ));
    }
    let escape_error = |start: usize, shape: &StringShape, error: EscapeError| {
        let offset = start + shape.body_start + error.offset;
        LexicalError::syntax(error.msg, start, offset.max(start))
    };
    if any_bytes {
        let mut value = Vec::new();
        for ((start, text), shape) in pieces.iter().zip(&shapes) {
            let body = &text[shape.body_start..shape.body_end];
            value
                .extend(decode_bytes(body, shape.raw).map_err(|e| escape_error(*start, shape, e))?);
        }
        return Ok(ExprKind::Constant(Constant::Bytes(value)));
    }
    if !shapes.iter().any(|shape| shape.formatted) {
        if pieces.len() == 1 {
            let (start, text) = pieces[0];
            let shape = &shapes[0];
            let body = &text[shape.body_start..shape.body_end];
            let value = decode_str(body, shape.raw).map_err(|e| escape_error(start, shape, e))?;
            return Ok(ExprKind::Constant(Constant::Str(value)));
        }
        let mut value = String::new();
        for ((start, text), shape) in pieces.iter().zip(&shapes) {
            let body = &text[shape.body_start..shape.body_end];
            value.push_str(
                &decode_str(body, shape.raw).map_err(|e| escape_error(*start, shape, e))?,
            );
        }
        return Ok(ExprKind::Constant(Constant::Str(value)));
    }
    let mut parts: Vec<FStringPart> = Vec::new();
    for ((start, text), shape) in pieces.iter().zip(&shapes) {
        let body = &text[shape.body_start..shape.body_end];
        if shape.formatted {
            let body_start = start + shape.body_start;
            let body_end = start + shape.body_end;
            for part in fstring::parse_parts(source, body_start..body_end, shape.raw)? {
                push_part(&mut parts, part);
            }
        } else {
            let value = decode_str(body, shape.raw).map_err(|e| escape_error(*start, shape, e))?;
            push_part(&mut parts, FStringPart::Literal(value));
        }
    }
    Ok(ExprKind::FString(parts))
}

/// Appends a part, merging adjacent literals and dropping empty ones.
pub fn push_part(parts: &mut Vec<FStringPart>, part: FStringPart) {
    if let FStringPart::Literal(text) = &part {
        if text.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(previous)) = parts.last_mut() {
            previous.push_str(text);
            return;
        }
    }
    parts.push(part);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn constant(source: &str) -> String {
        match concatenate(source, &[(0, source)]) {
            Ok(ExprKind::Constant(Constant::Str(s))) => s,
            other => panic!("not a str: {other:?}"),
        }
    }

    #[test]
    fn integers() {
        assert!(matches!(decode_int("1_000"), Ok(Constant::Int(1000))));
        assert!(matches!(decode_int("0xff"), Ok(Constant::Int(255))));
        assert!(matches!(decode_int("0o17"), Ok(Constant::Int(15))));
        assert!(matches!(decode_int("0b101"), Ok(Constant::Int(5))));
        assert!(matches!(decode_int("000"), Ok(Constant::Int(0))));
        assert!(decode_int("0777").is_err());
        match decode_int("99999999999999999999") {
            Ok(Constant::BigInt(digits)) => assert_eq!(digits, "99999999999999999999"),
            other => panic!("{other:?}"),
        }
        match decode_int("0xffffffffffffffffff") {
            Ok(Constant::BigInt(digits)) => assert_eq!(digits, "4722366482869645213695"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn floats() {
        assert_eq!(decode_float("1."), 1.0);
        assert_eq!(decode_float(".5"), 0.5);
        assert_eq!(decode_float("1_0.2_5e1_0"), 10.25e10);
        assert_eq!(decode_imaginary("3j"), 3.0);
    }

    #[test]
    fn escapes() {
        assert_eq!(
            constant(r"'a\nb\t\\\'\x41\u4e2d\U0001F600\101\q'"),
            "a\nb\t\\'A中😀A\\q"
        );
        assert_eq!(constant("'a\\\nb'"), "ab");
        assert_eq!(constant(r"r'\n\''"), "\\n\\'");
        assert_eq!(constant("'''x\ny'''"), "x\ny");
        assert_eq!(constant("U'x'"), "x");
        assert!(decode_str(r"\x4", false).is_err());
    }

    #[test]
    fn bytes_and_concatenation() {
        let source = r"b'\x00\xff' rb'\n'";
        match concatenate(source, &[(0, &source[..11]), (12, &source[12..])]) {
            Ok(ExprKind::Constant(Constant::Bytes(bytes))) => {
                assert_eq!(bytes, vec![0, 255, b'\\', b'n'])
            }
            other => panic!("{other:?}"),
        }
        let mixed = "b'a' 'b'";
        let error = concatenate(mixed, &[(0, &mixed[..4]), (5, &mixed[5..])]).unwrap_err();
        assert_eq!(error.msg, "cannot mix bytes and nonbytes literals");
        assert!(decode_bytes("é", false).is_err());
    }
}
