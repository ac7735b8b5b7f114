//! The soft keywords `match` and `case` (PEP 634): names everywhere except where they open a
//! match statement or one of its case blocks, where this layer hands the grammar `Tok::Match` or
//! `Tok::Case` instead of `Tok::Name`.
//!
//! An LR(1) grammar cannot tell `match (x):` from `match (x)` before it is too late, so the
//! decision is made here, over the indentation layer's stream, as CPython's grammar makes it by
//! backtracking:
//! - `match` is the keyword when it starts a logical line, the next token can start an
//!   expression, and the line ends with `:` at bracket depth 0 (the indentation layer emits no
//!   `Newline` inside brackets, so the last token before the line's `Newline` is what counts). A
//!   line that ends with `:` is a compound statement's header: no assignment, call or expression
//!   statement can end that way, so `match = 1`, `match(x)`, `match.y: int = 3` stay names.
//! - `case` is the keyword when it starts a line directly inside an open match block (the block
//!   opened by the `Indent` after a match header, until the `Dedent` that closes it): only case
//!   blocks can stand there.
//!
//! The invariant: tokens come out in the order the indentation layer made them, errors included;
//! only a `Name("match")` or `Name("case")` may be replaced, by a keyword token with the same span.

use std::collections::VecDeque;

use super::lexer::{Indenter, LexicalError, Spanned, Tok};

type Item<'s> = Result<Spanned<'s>, LexicalError>;

pub struct SoftKeywords<'s> {
    inner: Indenter<'s>,
    /// The rest of a logical line read ahead to decide about a `match`.
    buffer: VecDeque<Item<'s>>,
    /// The next token handed out starts a logical line.
    at_line_start: bool,
    /// Open indentation levels above the module's.
    depth: usize,
    /// The depth of the case lines of each open match block, innermost last.
    match_blocks: Vec<usize>,
    /// The line being handed out is a match header.
    in_header: bool,
    /// A match header's line ended: its block opens with the next `Indent`.
    header_ended: bool,
    /// The brackets open at the last token handed out (the indentation layer's own are ahead
    /// of it while a line is buffered), for the parser's error messages.
    brackets: Vec<(u8, usize)>,
}

impl<'s> SoftKeywords<'s> {
    pub fn new(inner: Indenter<'s>) -> SoftKeywords<'s> {
        SoftKeywords {
            inner,
            buffer: VecDeque::new(),
            at_line_start: true,
            depth: 0,
            match_blocks: Vec::new(),
            in_header: false,
            header_ended: false,
            brackets: Vec::new(),
        }
    }

    /// How many brackets are open at the last token handed out.
    pub fn bracket_depth(&self) -> usize {
        self.brackets.len()
    }

    /// The innermost bracket open at the last token handed out, and its offset.
    pub fn innermost_bracket(&self) -> Option<(u8, usize)> {
        self.brackets.last().copied()
    }

    /// Reads the rest of the line after a leading `match` into the buffer and says whether it
    /// is a match statement's header.
    fn match_header_follows(&mut self) -> bool {
        for item in self.inner.by_ref() {
            let end_of_line = matches!(item, Ok((_, Tok::Newline, _)) | Err(_));
            self.buffer.push_back(item);
            if end_of_line {
                break;
            }
        }
        let starts_subject = match self.buffer.front() {
            Some(Ok((_, token, _))) => can_start_subject(token),
            _ => false,
        };
        let mut tokens = self.buffer.iter().rev();
        let ends_with_colon = matches!(tokens.next(), Some(Ok((_, Tok::Newline, _))))
            && matches!(tokens.next(), Some(Ok((_, Tok::Colon, _))));
        starts_subject && ends_with_colon
    }

    /// Keeps the line and block bookkeeping for the token being handed out.
    fn note(&mut self, token: &Tok<'s>) {
        match token {
            Tok::Newline => {
                self.at_line_start = true;
                if self.in_header {
                    self.in_header = false;
                    self.header_ended = true;
                }
            }
            Tok::Indent => {
                self.depth += 1;
                if self.header_ended {
                    self.match_blocks.push(self.depth);
                }
                self.header_ended = false;
                self.at_line_start = true;
            }
            Tok::Dedent => {
                self.depth = self.depth.saturating_sub(1);
                while self.match_blocks.last().is_some_and(|&d| d > self.depth) {
                    self.match_blocks.pop();
                }
                self.header_ended = false;
                self.at_line_start = true;
            }
            Tok::StartModule | Tok::StartExpression => self.at_line_start = true,
            _ => {
                self.header_ended = false;
                self.at_line_start = false;
            }
        }
    }
}

/// Tokens that can begin the subject of a match statement (a star expression list or a named
/// expression); `match` followed by anything else is a name (`match = 1`, `match.x`, `match[0]`
/// is a subject, as in CPython: `match [0]:` opens a match statement).
fn can_start_subject(token: &Tok) -> bool {
    matches!(
        token,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::LeftParen
            | Tok::LeftBracket
            | Tok::LeftBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Star
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::Ellipsis
    )
}

impl<'s> Iterator for SoftKeywords<'s> {
    type Item = Item<'s>;

    fn next(&mut self) -> Option<Item<'s>> {
        let mut item = match self.buffer.pop_front() {
            Some(item) => item,
            None => {
                let item = self.inner.next()?;
                match item {
                    Ok((start, Tok::Name("match"), end))
                        if self.at_line_start && self.match_header_follows() =>
                    {
                        self.in_header = true;
                        Ok((start, Tok::Match, end))
                    }
                    other => other,
                }
            }
        };
        if let Ok((start, Tok::Name("case"), end)) = item {
            if self.at_line_start && self.match_blocks.last() == Some(&self.depth) {
                item = Ok((start, Tok::Case, end));
            }
        }
        if let Ok((start, token, _)) = &item {
            match token {
                Tok::LeftParen => self.brackets.push((b'(', *start)),
                Tok::LeftBracket => self.brackets.push((b'[', *start)),
                Tok::LeftBrace => self.brackets.push((b'{', *start)),
                Tok::RightParen | Tok::RightBracket | Tok::RightBrace => {
                    self.brackets.pop();
                }
                _ => {}
            }
            self.note(token);
        }
        Some(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lexer::Mode;

    fn render(source: &str) -> String {
        let tokens = SoftKeywords::new(Indenter::new(source, 0..source.len(), Mode::Module));
        let mut out = Vec::new();
        for item in tokens {
            let Ok((start, token, end)) = item else {
                out.push("ERR".to_string());
                break;
            };
            out.push(match token {
                Tok::StartModule => continue,
                Tok::Newline => "NL".to_string(),
                Tok::Indent => "IN".to_string(),
                Tok::Dedent => "DE".to_string(),
                Tok::Match => "MATCH".to_string(),
                Tok::Case => "CASE".to_string(),
                _ => source[start..end].to_string(),
            });
        }
        out.join(" ")
    }

    #[test]
    fn match_statement_keywords() {
        assert_eq!(
            render("match x:\n    case 1:\n        pass\n    case _: y\n"),
            "MATCH x : NL IN CASE 1 : NL IN pass NL DE CASE _ : y NL DE"
        );
    }

    #[test]
    fn names_stay_names() {
        assert_eq!(
            render("match = 1\nmatch(x)\nmatch.y = case\ncase = 2\n"),
            "match = 1 NL match ( x ) NL match . y = case NL case = 2 NL"
        );
        assert_eq!(
            render("if x:\n    match[0] = 1\n"),
            "if x : NL IN match [ 0 ] = 1 NL DE"
        );
    }

    #[test]
    fn bracketed_and_nested_subjects() {
        assert_eq!(
            render("match (a,\n  b):\n  case [1]:\n    match c:\n      case d: pass\n  case e: pass\n"),
            "MATCH ( a , b ) : NL IN CASE [ 1 ] : NL IN MATCH c : NL IN CASE d : pass NL DE DE CASE e : pass NL DE"
        );
    }

    #[test]
    fn case_outside_a_match_block_is_a_name() {
        assert_eq!(
            render("match x:\n    case 1:\n        case = 2\n"),
            "MATCH x : NL IN CASE 1 : NL IN case = 2 NL DE DE"
        );
        assert_eq!(render("case x:\n    pass\n"), "case x : NL IN pass NL DE");
    }
}
