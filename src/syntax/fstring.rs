//! f-string bodies: literal text, `{{`/`}}` escapes and replacement fields
//! `{expression[=][!conversion][:spec]}`, where the spec may hold nested fields.
//!
//! Works on byte ranges of the whole source, so each replacement field's expression is parsed
//! by running the ordinary expression grammar over its own slice of the file (see
//! `super::parse_expression_range`): every node gets its true position with no remapping.
//! Follows CPython 3.11's rules: no backslash or `#` inside an expression, `!=` is not a
//! conversion, `:` only ends the expression outside brackets.

use std::ops::Range;

use super::ast::FStringPart;
use super::lexer::LexicalError;
use super::strings::{decode_str, push_part};

/// Replacement fields may nest this deep (the spec of a field may hold fields, no deeper).
const MAXIMUM_NESTING: u32 = 2;

/// Parses the body of one f-string literal (between its quotes).
pub fn parse_parts(
    source: &str,
    range: Range<usize>,
    raw: bool,
) -> Result<Vec<FStringPart>, LexicalError> {
    let mut parser = BodyParser { source, raw };
    let (parts, _) = parser.parts(range.start, range.end, 0)?;
    Ok(parts)
}

struct BodyParser<'s> {
    source: &'s str,
    raw: bool,
}

fn error(msg: &str, at: usize) -> LexicalError {
    LexicalError::syntax(format!("f-string: {msg}"), at, at)
}

impl<'s> BodyParser<'s> {
    /// Reads literal text and fields from `start`; at `depth > 0` (a format spec) a lone `}`
    /// ends the run. Returns the parts and the offset where reading stopped.
    fn parts(
        &mut self,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Result<(Vec<FStringPart>, usize), LexicalError> {
        let bytes = self.source.as_bytes();
        let mut parts = Vec::new();
        let mut literal_start = start;
        let mut index = start;
        while index < end {
            match bytes[index] {
                b'\\' if !self.raw => {
                    // `\N{...}` keeps its braces; any other escape is two characters.
                    if bytes.get(index + 1) == Some(&b'N') && bytes.get(index + 2) == Some(&b'{') {
                        index = self.source[index..end]
                            .find('}')
                            .map_or(end, |offset| index + offset + 1);
                    } else {
                        index += 2;
                    }
                }
                b'{' if depth == 0 && bytes.get(index + 1) == Some(&b'{') => {
                    self.flush(&mut parts, literal_start, index + 1)?;
                    index += 2;
                    literal_start = index;
                }
                b'}' if depth == 0 && bytes.get(index + 1) == Some(&b'}') => {
                    self.flush(&mut parts, literal_start, index + 1)?;
                    index += 2;
                    literal_start = index;
                }
                b'}' if depth > 0 => {
                    self.flush(&mut parts, literal_start, index)?;
                    return Ok((parts, index));
                }
                b'}' => return Err(error("single '}' is not allowed", index)),
                b'{' => {
                    self.flush(&mut parts, literal_start, index)?;
                    let (field, after) = self.field(index + 1, end, depth)?;
                    parts.push(field);
                    index = after;
                    literal_start = index;
                }
                _ => index += 1,
            }
        }
        let index = index.min(end);
        self.flush(&mut parts, literal_start, index)?;
        if depth > 0 {
            return Err(error("expecting '}'", index));
        }
        Ok((parts, index))
    }

    fn flush(
        &self,
        parts: &mut Vec<FStringPart>,
        start: usize,
        end: usize,
    ) -> Result<(), LexicalError> {
        if start >= end {
            return Ok(());
        }
        let text = decode_str(&self.source[start..end], self.raw)
            .map_err(|escape| LexicalError::syntax(escape.msg, start, start + escape.offset))?;
        push_part(parts, FStringPart::Literal(text));
        Ok(())
    }

    /// Reads one replacement field whose expression starts at `start` (just after `{`);
    /// returns the field and the offset after its closing `}`.
    fn field(
        &mut self,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Result<(FStringPart, usize), LexicalError> {
        if depth >= MAXIMUM_NESTING {
            return Err(error("expressions nested too deeply", start));
        }
        let bytes = self.source.as_bytes();
        let mut nesting = 0u32;
        let mut quote: Option<(u8, bool)> = None;
        let mut index = start;
        let mut self_documenting_end = None;
        let expression_end = loop {
            let Some(&byte) = bytes.get(index).filter(|_| index < end) else {
                return Err(error("expecting '}'", index));
            };
            if let Some((quote_byte, triple)) = quote {
                if byte == quote_byte {
                    if !triple {
                        quote = None;
                    } else if bytes.get(index + 1) == Some(&quote_byte)
                        && bytes.get(index + 2) == Some(&quote_byte)
                    {
                        quote = None;
                        index += 2;
                    }
                }
                index += 1;
                continue;
            }
            match byte {
                b'\'' | b'"' => {
                    let triple =
                        bytes.get(index + 1) == Some(&byte) && bytes.get(index + 2) == Some(&byte);
                    quote = Some((byte, triple));
                    if triple {
                        index += 2;
                    }
                }
                b'(' | b'[' | b'{' => nesting += 1,
                b')' | b']' | b'}' if nesting > 0 => nesting -= 1,
                b'}' => break index,
                b')' | b']' => return Err(error(&format!("unmatched '{}'", byte as char), index)),
                b'#' => return Err(error("expression part cannot include '#'", index)),
                b'\\' => return Err(error("expression part cannot include a backslash", index)),
                b'!' if nesting == 0 && bytes.get(index + 1) != Some(&b'=') => break index,
                b':' if nesting == 0 => break index,
                b'=' if nesting == 0
                    && bytes.get(index + 1) != Some(&b'=')
                    && !matches!(
                        bytes.get(index.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    ) =>
                {
                    let mut after = index + 1;
                    while matches!(bytes.get(after), Some(b' ' | b'\t' | b'\n' | b'\r'))
                        && after < end
                    {
                        after += 1;
                    }
                    self_documenting_end = Some(after);
                    break index;
                }
                _ => {}
            }
            index += 1;
        };
        let expression_text = &self.source[start..expression_end];
        if expression_text.trim().is_empty() {
            return Err(error("empty expression not allowed", expression_end));
        }
        let value = super::parse_expression_range(self.source, start..expression_end)?;
        let mut self_documenting = None;
        let mut index = expression_end;
        if let Some(after) = self_documenting_end {
            self_documenting = Some(self.source[start..after].to_string());
            index = after;
        }
        let mut conversion = None;
        if bytes.get(index) == Some(&b'!') {
            let character = self.source[index + 1..end].chars().next();
            match character {
                Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
                Some(character) if character != '}' && character != ':' => {
                    return Err(error(
                        "invalid conversion character: expected 's', 'r', or 'a'",
                        index + 1,
                    ))
                }
                _ => {
                    return Err(error(
                        "missing conversion character: expected 's', 'r', or 'a'",
                        index + 1,
                    ))
                }
            }
            index += 2;
        }
        let mut spec = None;
        if bytes.get(index) == Some(&b':') && index < end {
            let (spec_parts, after) = self.parts(index + 1, end, depth + 1)?;
            spec = Some(spec_parts);
            index = after;
        }
        if bytes.get(index) != Some(&b'}') || index >= end {
            return Err(error("expecting '}'", index));
        }
        if self_documenting.is_some() && conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
        Ok((
            FStringPart::Field {
                value: Box::new(value),
                conversion,
                spec,
                self_documenting,
            },
            index + 1,
        ))
    }
}
