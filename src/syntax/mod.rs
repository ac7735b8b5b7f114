//! Source text to AST: the logos lexer with its indentation layer (`lexer`), the LALRPOP grammar
//! (`grammar/python.lalrpop`, generated into `OUT_DIR`), and string-literal decoding.
//!
//! `parse` is the one entry point. Errors come back as `SyntaxError` values carrying what CPython
//! prints: the file name, the line, the offending source line, the caret column and the message.
//! Internally every token and error carries byte offsets into the source; `Locator` turns them
//! into CPython's (line, character column) pairs only where a node or an error needs one.

mod actions;
pub mod ast;
mod fstring;
pub mod lexer;
mod soft_keywords;
pub mod strings;
#[cfg(test)]
mod tests;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    python,
    "/python.rs"
);

use std::ops::Range;

use lalrpop_util::ParseError;

use actions::Top;
use ast::Pos;
use lexer::{Indenter, LexicalError, Mode, Tok};
use soft_keywords::SoftKeywords;

/// Which of CPython's syntax error classes to raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // the names are CPython's exception classes
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

/// A syntax error as CPython reports it.
#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// CPython's message, e.g. "invalid syntax", "expected ':'", "unexpected indent".
    pub msg: String,
    pub filename: String,
    /// 1-based line of the error.
    pub line: u32,
    /// 1-based column of the caret (CPython's `offset`), in characters.
    pub col: u32,
    /// 1-based end column of the caret range (CPython's `end_offset`); equal to `col` for one caret,
    /// 0 when CPython gives none (-1: an error at the end of the input).
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: String,
    /// True when the input ended in the middle of a statement: the REPL reads another line
    /// instead of reporting the error.
    pub incomplete: bool,
}

/// Byte offsets to positions: a table of line starts, built once per parse.
pub struct Locator<'s> {
    source: &'s str,
    line_starts: Vec<usize>,
}

impl<'s> Locator<'s> {
    pub fn new(source: &'s str) -> Locator<'s> {
        let bytes = source.as_bytes();
        let mut line_starts = Vec::with_capacity(bytes.len() / 32 + 1);
        line_starts.push(0);
        for (index, &byte) in bytes.iter().enumerate() {
            let ends_line =
                byte == b'\n' || (byte == b'\r' && bytes.get(index + 1) != Some(&b'\n'));
            if ends_line {
                line_starts.push(index + 1);
            }
        }
        Locator {
            source,
            line_starts,
        }
    }

    pub fn source(&self) -> &'s str {
        self.source
    }

    /// 0-based index of the line holding `offset`.
    fn line_index(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1)
    }

    /// CPython's position of a byte offset: 1-based line, 0-based column in characters.
    pub fn pos(&self, offset: usize) -> Pos {
        let offset = offset.min(self.source.len());
        let index = self.line_index(offset);
        let start = self.line_starts[index];
        let prefix = self.source.get(start..offset).unwrap_or("");
        let col = if prefix.is_ascii() {
            prefix.len()
        } else {
            prefix.chars().count()
        };
        Pos {
            line: index as u32 + 1,
            col: col as u32,
        }
    }

    /// The text of a 1-based line, without its line end.
    pub fn line_text(&self, line: u32) -> &'s str {
        let index = (line as usize).saturating_sub(1);
        let Some(&start) = self.line_starts.get(index) else {
            return "";
        };
        let end = self
            .line_starts
            .get(index + 1)
            .copied()
            .unwrap_or(self.source.len());
        self.source[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The character at a position, if any.
    pub fn char_at(&self, pos: Pos) -> Option<char> {
        self.line_text(pos.line).chars().nth(pos.col as usize)
    }
}

/// Parses a whole file.
pub fn parse(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let locator = Locator::new(source);
    let mut tokens = HeadTracker::new(SoftKeywords::new(Indenter::new(
        source,
        0..source.len(),
        Mode::Module,
    )));
    let result = python::TopParser::new().parse(&locator, &mut tokens);
    match result {
        Ok(Top::Module(body)) => Ok(ast::Module { body }),
        Ok(Top::Expression(_)) => Ok(ast::Module { body: Vec::new() }),
        Err(error) => {
            let error = explain(error, &tokens, &locator);
            Err(to_syntax_error(error, &locator, filename))
        }
    }
}

/// Parses one f-string replacement field, `source[range]`, as a parenthesized expression.
pub(crate) fn parse_expression_range(
    source: &str,
    range: Range<usize>,
) -> Result<ast::Expr, LexicalError> {
    let locator = Locator::new(source);
    let tokens = Indenter::new(source, range.clone(), Mode::Expression);
    match python::TopParser::new().parse(&locator, tokens) {
        Ok(Top::Expression(expr)) => Ok(expr),
        Ok(Top::Module(_)) => Err(LexicalError::syntax(
            "f-string: invalid syntax",
            range.start,
            range.start,
        )),
        Err(ParseError::User { error }) => Err(error),
        Err(ParseError::UnrecognizedToken {
            token: (start, _, end),
            ..
        })
        | Err(ParseError::ExtraToken {
            token: (start, _, end),
        }) => Err(LexicalError::syntax("f-string: invalid syntax", start, end)),
        Err(_) => Err(LexicalError::syntax(
            "f-string: invalid syntax",
            range.end,
            range.end,
        )),
    }
}

/// Remembers the first token of the last two logical lines, to name the statement whose block
/// is missing in "expected an indented block after 'if' statement on line N".
struct HeadTracker<'s> {
    inner: SoftKeywords<'s>,
    heads: [Option<(Tok<'s>, usize)>; 2],
    at_line_start: bool,
    /// The last two tokens handed to the parser (older first), for "forgot a comma?".
    recent: [Option<lexer::Spanned<'s>>; 2],
}

impl<'s> HeadTracker<'s> {
    fn new(inner: SoftKeywords<'s>) -> HeadTracker<'s> {
        HeadTracker {
            inner,
            heads: [None, None],
            at_line_start: true,
            recent: [None, None],
        }
    }

    /// The head of the line before the one starting at `offset` (or of the current line).
    fn header_before(&self, offset: usize) -> Option<(Tok<'s>, usize)> {
        match self.heads[1] {
            Some((_, start)) if start == offset => self.heads[0],
            other => other,
        }
    }
}

impl<'s> Iterator for HeadTracker<'s> {
    type Item = Result<lexer::Spanned<'s>, LexicalError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.inner.next()?;
        if let Ok(spanned) = &item {
            self.recent = [self.recent[1], Some(*spanned)];
            let (start, token) = (&spanned.0, &spanned.1);
            match token {
                Tok::Newline | Tok::Indent | Tok::Dedent | Tok::StartModule => {
                    self.at_line_start = true
                }
                // `async def` / `async for`: the statement is named by the second token.
                Tok::Async if self.at_line_start => {}
                _ if self.at_line_start => {
                    self.heads = [self.heads[1], Some((*token, *start))];
                    self.at_line_start = false;
                }
                _ => {}
            }
        }
        Some(item)
    }
}

fn block_owner(token: Tok) -> Option<&'static str> {
    Some(match token {
        Tok::If => "'if' statement",
        Tok::Elif => "'elif' statement",
        Tok::Else => "'else' statement",
        Tok::While => "'while' statement",
        Tok::For => "'for' statement",
        Tok::Try => "'try' statement",
        Tok::Except => "'except' statement",
        Tok::Finally => "'finally' statement",
        Tok::With => "'with' statement",
        Tok::Def => "function definition",
        Tok::Class => "class definition",
        Tok::Match => "'match' statement",
        Tok::Case => "'case' statement",
        _ => return None,
    })
}

fn expects(expected: &[String], terminal: &str) -> bool {
    expected.iter().any(|name| name == terminal)
}

/// Turns a LALRPOP failure into CPython's message for the common cases.
fn explain(
    error: ParseError<usize, Tok, LexicalError>,
    tokens: &HeadTracker,
    locator: &Locator,
) -> LexicalError {
    let source = locator.source();
    let missing_block = |offset: usize, end: usize| {
        let mut message = String::from("expected an indented block");
        if let Some((token, start)) = tokens.header_before(offset) {
            if let Some(owner) = block_owner(token) {
                let line = locator.pos(start).line;
                message = format!("expected an indented block after {owner} on line {line}");
            }
        }
        LexicalError {
            kind: SyntaxErrorKind::IndentationError,
            ..LexicalError::syntax(message, offset, end)
        }
    };
    match error {
        ParseError::User { error } => error,
        ParseError::UnrecognizedEof { location, expected } => {
            let offset = before_final_newline(source, location);
            let mut explained = if expects(&expected, "INDENT") {
                missing_block(usize::MAX, usize::MAX)
            } else {
                LexicalError::syntax("unexpected EOF while parsing", offset, offset)
            };
            explained.start = offset;
            explained.end = offset;
            explained.caret = Some(caret_without_end(locator, offset));
            explained.incomplete = true;
            explained
        }
        ParseError::UnrecognizedToken {
            token: (start, token, end),
            expected,
        } => {
            if token == Tok::Indent {
                return LexicalError {
                    kind: SyntaxErrorKind::IndentationError,
                    ..LexicalError::syntax("unexpected indent", start, end)
                };
            }
            if expects(&expected, "INDENT") {
                if token == Tok::Dedent && start >= source.len() {
                    // The closing dedents at the end of the input: CPython blames the end of
                    // the last line, as for a block missing at end of file.
                    let offset = before_final_newline(source, start);
                    let mut explained = missing_block(usize::MAX, usize::MAX);
                    explained.start = offset;
                    explained.end = offset;
                    explained.caret = Some(caret_without_end(locator, offset));
                    explained.incomplete = true;
                    return explained;
                }
                return missing_block(start, end);
            }
            if let Some(unclosed) = never_closed(tokens, locator, start) {
                return unclosed;
            }
            if let Some([Some((previous_start, previous, _)), _]) = Some(tokens.recent) {
                if tokens.inner.bracket_depth() > 0
                    && ends_operand(previous)
                    && starts_operand(token)
                {
                    return LexicalError::syntax(
                        "invalid syntax. Perhaps you forgot a comma?",
                        previous_start,
                        end,
                    );
                }
            }
            if token == Tok::Newline && expects(&expected, "\":\"") {
                return LexicalError::syntax("expected ':'", start, start);
            }
            if matches!(token, Tok::Newline | Tok::Dedent) {
                return LexicalError::syntax("invalid syntax", start, start);
            }
            LexicalError::syntax("invalid syntax", start, end)
        }
        ParseError::ExtraToken {
            token: (start, _, end),
        } => LexicalError::syntax("invalid syntax", start, end),
        ParseError::InvalidToken { location } => {
            LexicalError::syntax("invalid syntax", location, location)
        }
    }
}

/// The caret of an error at the end of the input: CPython gives it no end (`end_offset` -1),
/// which `SyntaxError::end_col` 0 stands for.
fn caret_without_end(locator: &Locator, offset: usize) -> (u32, u32, u32) {
    let pos = locator.pos(offset);
    (pos.line, pos.col + 1, 0)
}

/// `offset` moved back over one line end just before it (`\n`, `\r\n` or `\r`).
fn before_final_newline(source: &str, offset: usize) -> usize {
    let mut offset = offset.min(source.len());
    if offset > 0 && matches!(source.as_bytes()[offset - 1], b'\n' | b'\r') {
        offset -= 1;
        if offset > 0
            && source.as_bytes()[offset] == b'\n'
            && source.as_bytes()[offset - 1] == b'\r'
        {
            offset -= 1;
        }
    }
    offset
}

/// CPython blames an unclosed bracket from an earlier line rather than the token after it.
fn never_closed(
    tokens: &HeadTracker,
    locator: &Locator,
    error_offset: usize,
) -> Option<LexicalError> {
    let (open, offset) = tokens.inner.innermost_bracket()?;
    if locator.pos(offset).line >= locator.pos(error_offset).line {
        return None;
    }
    Some(LexicalError::syntax(
        format!("'{}' was never closed", open as char),
        offset,
        offset + 1,
    ))
}

fn ends_operand(token: Tok) -> bool {
    matches!(
        token,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::RightParen
            | Tok::RightBracket
            | Tok::RightBrace
    )
}

fn starts_operand(token: Tok) -> bool {
    matches!(
        token,
        Tok::Name(_)
            | Tok::Int(_)
            | Tok::Float(_)
            | Tok::Imaginary(_)
            | Tok::Str(_)
            | Tok::True
            | Tok::False
            | Tok::None
            | Tok::LeftParen
            | Tok::LeftBracket
            | Tok::LeftBrace
    )
}

fn to_syntax_error(error: LexicalError, locator: &Locator, filename: &str) -> SyntaxError {
    let (line, col, end_col) = match error.caret {
        Some(caret) => caret,
        None => {
            let start = locator.pos(error.start);
            let end = locator.pos(error.end.max(error.start));
            let end_col = if end.line == start.line {
                end.col + 1
            } else {
                start.col + 1
            };
            (start.line, start.col + 1, end_col)
        }
    };
    SyntaxError {
        kind: error.kind,
        msg: error.msg,
        filename: filename.to_string(),
        line,
        col,
        end_col,
        text: locator.line_text(line).to_string(),
        incomplete: error.incomplete,
    }
}

/// Where CPython 3.11 puts the `^` markers inside a traceback's underlined segment: for a binary
/// operation, under the operator; for a subscript, under the brackets. Returns the half-open
/// character range of the `^` part, or `None` when the segment is not one of those expressions
/// (it is then underlined with `^` throughout). Mirrors `traceback._extract_caret_anchors_from_line_segment`.
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let module = parse(segment, "<segment>").ok()?;
    if module.body.len() != 1 {
        return None;
    }
    let ast::StmtKind::Expr(expr) = &module.body[0].kind else {
        return None;
    };
    let chars: Vec<char> = segment.chars().collect();
    match &expr.kind {
        ast::ExprKind::BinOp { left, right, .. } => {
            if left.end.line != 1 || right.pos.line != 1 {
                return None;
            }
            let start = left.end.col as usize;
            let end = (right.pos.col as usize).min(chars.len());
            let operator: Vec<char> = chars.get(start..end)?.to_vec();
            let offset = operator.iter().take_while(|c| c.is_whitespace()).count();
            let left_anchor = start + offset;
            let mut right_anchor = left_anchor + 1;
            if offset + 1 < operator.len() && !operator[offset + 1].is_whitespace() {
                right_anchor += 1;
            }
            Some((left_anchor, right_anchor))
        }
        ast::ExprKind::Subscript { value, index } => {
            if value.end.line != 1 || index.end.line != 1 {
                return None;
            }
            Some((value.end.col as usize, index.end.col as usize + 1))
        }
        _ => None,
    }
}
