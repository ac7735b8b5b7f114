//! Tokens and the indentation layer.
//!
//! `Tok` is a logos token enum over raw source text: whitespace, comments and backslash
//! continuations are skipped, every physical newline is a `Newline`. String literals are scanned
//! by a callback so that triple quotes and escaped quotes need no backtracking; the token keeps
//! its raw text (prefix and quotes included) and `strings` decodes it later.
//!
//! `Indenter` turns that stream into the one the grammar reads, the way CPython's tokenizer does:
//! `Newline` only at the end of a logical line (never inside brackets, never for blank or
//! comment-only lines), `Indent`/`Dedent` from comparing each logical line's indentation with a
//! stack of open levels, a final `Newline` and the closing `Dedent`s at end of input. Every token
//! carries absolute byte offsets into the whole source, even when the lexer runs over a slice of
//! it (f-string replacement fields), so positions never need remapping.

use std::collections::VecDeque;

use logos::Logos;

use super::SyntaxErrorKind;

/// Why the raw lexer stopped; turned into a positioned `LexicalError` by the `Indenter`.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexFailure {
    /// A character that starts no token.
    #[default]
    BadCharacter,
    UnterminatedString,
    UnterminatedTripleString,
    /// A malformed number: CPython's message and the offset (in the lexed text) of the caret.
    BadNumber(&'static str, usize),
}

/// A positioned error from the lexer, the indenter or a grammar action.
#[derive(Clone, Debug, PartialEq)]
pub struct LexicalError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// Byte offsets into the source; the caret goes from `start` to `end`.
    pub start: usize,
    pub end: usize,
    /// Character-based caret override (line, 1-based column, 1-based end column), for errors
    /// whose caret CPython does not put at a token.
    pub caret: Option<(u32, u32, u32)>,
    /// The input ended where more could follow (open bracket, open triple quote, ...).
    pub incomplete: bool,
}

impl LexicalError {
    pub fn syntax(msg: impl Into<String>, start: usize, end: usize) -> LexicalError {
        LexicalError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            start,
            end,
            caret: None,
            incomplete: false,
        }
    }
}

fn number<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<&'s str, LexFailure> {
    check_number_end(lex, "invalid decimal literal")
}

fn based_number<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<&'s str, LexFailure> {
    let message = match lex.slice().as_bytes().get(1) {
        Some(b'x' | b'X') => "invalid hexadecimal literal",
        Some(b'o' | b'O') => "invalid octal literal",
        _ => "invalid binary literal",
    };
    check_number_end(lex, message)
}

fn imaginary<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<&'s str, LexFailure> {
    check_number_end(lex, "invalid imaginary literal")
}

/// CPython's `verify_end_of_number`: a number may not run straight into a name, except into the
/// few keywords that can legally follow one (`1if x else y`).
fn check_number_end<'s>(
    lex: &mut logos::Lexer<'s, Tok<'s>>,
    message: &'static str,
) -> Result<&'s str, LexFailure> {
    // logos does not backtrack out of a half-read number (`0x`, `1e`, `1_`): reject it here.
    let text = lex.slice().trim_end_matches(['j', 'J']);
    let (complete, message) = match text.as_bytes().get(1) {
        Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B') if text.starts_with('0') => (
            text.len() > 2 && text.ends_with(|c: char| c.is_ascii_hexdigit()),
            match text.as_bytes()[1] {
                b'x' | b'X' => "invalid hexadecimal literal",
                b'o' | b'O' => "invalid octal literal",
                _ => "invalid binary literal",
            },
        ),
        _ => (
            text.ends_with(|c: char| c.is_ascii_digit() || c == '.'),
            message,
        ),
    };
    let span = lex.span();
    if !complete {
        return Err(LexFailure::BadNumber(message, span.end - 1));
    }
    let rest = lex.remainder();
    let Some(next) = rest.chars().next() else {
        return Ok(lex.slice());
    };
    if !(next == '_' || next.is_alphanumeric()) {
        return Ok(lex.slice());
    }
    for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] {
        if let Some(after) = rest.strip_prefix(keyword) {
            if !after.starts_with(|c: char| c == '_' || c.is_alphanumeric()) {
                return Ok(lex.slice());
            }
        }
    }
    if lex.slice() == "0" {
        match next {
            'x' | 'X' => {
                return Err(LexFailure::BadNumber(
                    "invalid hexadecimal literal",
                    span.end,
                ))
            }
            'o' | 'O' => return Err(LexFailure::BadNumber("invalid octal literal", span.end)),
            'b' | 'B' => return Err(LexFailure::BadNumber("invalid binary literal", span.end)),
            _ => {}
        }
    }
    // A dangling `_` is blamed on itself; a name glued to a number on the number.
    let caret = if next == '_' { span.end } else { span.start };
    Err(LexFailure::BadNumber(message, caret))
}

/// Scans a string body after its prefix and opening quote; escaped quotes and newlines are
/// skipped, so raw strings end where CPython ends them too.
fn string<'s>(lex: &mut logos::Lexer<'s, Tok<'s>>) -> Result<&'s str, LexFailure> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut index = if triple { 2 } else { 0 };
    loop {
        match rest.get(index) {
            None => {
                lex.bump(rest.len());
                return Err(if triple {
                    LexFailure::UnterminatedTripleString
                } else {
                    LexFailure::UnterminatedString
                });
            }
            Some(b'\\') => {
                index += 2;
                if rest.get(index - 1) == Some(&b'\r') && rest.get(index) == Some(&b'\n') {
                    index += 1;
                }
                if index > rest.len() {
                    index = rest.len();
                }
            }
            Some(b'\n' | b'\r') if !triple => {
                lex.bump(index);
                return Err(LexFailure::UnterminatedString);
            }
            Some(&byte) if byte == quote => {
                if !triple {
                    index += 1;
                    break;
                }
                if rest.get(index + 1) == Some(&quote) && rest.get(index + 2) == Some(&quote) {
                    index += 3;
                    break;
                }
                index += 1;
            }
            Some(_) => index += 1,
        }
    }
    lex.bump(index);
    Ok(lex.slice())
}

/// A token. The first few variants are never produced by logos: the `Indenter` makes them.
#[derive(Logos, Clone, Copy, Debug, PartialEq)]
#[logos(error = LexFailure)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\r|\n)")]
pub enum Tok<'s> {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    Indent,
    Dedent,
    /// First token of a whole-file parse.
    StartModule,
    /// First token of an f-string replacement-field parse.
    StartExpression,
    /// The soft keyword `match` opening a match statement (`soft_keywords` decides; elsewhere
    /// `match` is a `Name`).
    Match,
    /// The soft keyword `case` opening a case block inside a match statement.
    Case,

    #[regex(r"[\p{XID_Start}_]\p{XID_Continue}*", |lex| lex.slice())]
    Name(&'s str),
    #[regex(r"[0-9](_?[0-9])*", number)]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", based_number)]
    #[regex(r"0[oO](_?[0-7])+", based_number)]
    #[regex(r"0[bB](_?[01])+", based_number)]
    Int(&'s str),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        number
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", number)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", number)]
    Float(&'s str),
    #[regex(
        r"([0-9](_?[0-9])*|[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?|\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?|[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*)[jJ]",
        imaginary
    )]
    Imaginary(&'s str),
    /// Raw text of one string literal, prefix and quotes included.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, string)]
    Str(&'s str),

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LeftParen,
    #[token(")")]
    RightParen,
    #[token("[")]
    LeftBracket,
    #[token("]")]
    RightBracket,
    #[token("{")]
    LeftBrace,
    #[token("}")]
    RightBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semicolon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("@")]
    At,
    #[token("=")]
    Equal,
    #[token("->")]
    Arrow,
    #[token(":=")]
    ColonEqual,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("**")]
    DoubleStar,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("&")]
    Ampersand,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqualEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("@=")]
    AtEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("&=")]
    AmpersandEqual,
    #[token("|=")]
    PipeEqual,
    #[token("^=")]
    CaretEqual,
}

/// A token with its absolute byte span, as LALRPOP wants it.
pub type Spanned<'s> = (usize, Tok<'s>, usize);

/// What the token stream is for: a whole file, or one f-string replacement field (read as if
/// inside brackets, so newlines and indentation mean nothing).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Module,
    Expression,
}

/// One open indentation level: the column with tabs to multiples of 8, and with tabs as 1.
/// CPython requires both comparisons to agree, otherwise the file mixes tabs and spaces in a
/// way whose meaning depends on the tab size (`TabError`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Level {
    column: u32,
    alternate_column: u32,
}

/// The indentation layer over the logos lexer (see the module comment).
pub struct Indenter<'s> {
    source: &'s str,
    lexer: logos::Lexer<'s, Tok<'s>>,
    /// Offset of the lexed slice in `source`.
    base: usize,
    mode: Mode,
    levels: Vec<Level>,
    /// Open brackets: the opening byte and its offset.
    brackets: Vec<(u8, usize)>,
    at_line_start: bool,
    /// The last token of the current logical line was `:`; only then may an indent follow.
    after_colon: bool,
    pending: VecDeque<Spanned<'s>>,
    finished: bool,
}

impl<'s> Indenter<'s> {
    /// Tokens of `source[range]`, with offsets into all of `source`.
    pub fn new(source: &'s str, range: std::ops::Range<usize>, mode: Mode) -> Indenter<'s> {
        let base = range.start;
        let mut pending = VecDeque::new();
        let start = match mode {
            Mode::Module => Tok::StartModule,
            Mode::Expression => Tok::StartExpression,
        };
        pending.push_back((base, start, base));
        Indenter {
            source,
            lexer: Tok::lexer(&source[range]),
            base,
            mode,
            levels: vec![Level {
                column: 0,
                alternate_column: 0,
            }],
            brackets: Vec::new(),
            at_line_start: true,
            after_colon: false,
            pending,
            finished: false,
        }
    }

    fn end_of_input(&mut self) -> Result<(), LexicalError> {
        self.finished = true;
        let end = self.base + self.lexer.source().len();
        if self.mode == Mode::Expression {
            return Ok(());
        }
        if let Some(&(open, offset)) = self.brackets.last() {
            let mut error = LexicalError::syntax(
                format!("'{}' was never closed", open as char),
                offset,
                offset + 1,
            );
            error.incomplete = true;
            return Err(error);
        }
        let text = self.lexer.source();
        if text.ends_with("\\\n") || text.ends_with("\\\r\n") || text.ends_with("\\\r") {
            // A continuation line that never came: the REPL asks for it.
            let mut error = LexicalError::syntax("unexpected EOF while parsing", end, end);
            error.incomplete = true;
            return Err(error);
        }
        if !self.at_line_start {
            self.pending.push_back((end, Tok::Newline, end));
        }
        for _ in 1..self.levels.len() {
            self.pending.push_back((end, Tok::Dedent, end));
        }
        self.levels.truncate(1);
        Ok(())
    }

    fn lexing_error(&self, failure: LexFailure, start: usize, end: usize) -> LexicalError {
        match failure {
            LexFailure::BadCharacter => {
                let character = self.source[start..].chars().next().unwrap_or(' ');
                if character == '\\' {
                    let rest = &self.source[start + 1..];
                    if rest.trim_start_matches([' ', '\t', '\x0c']).is_empty() {
                        let mut error =
                            LexicalError::syntax("unexpected EOF while parsing", start + 1, end);
                        error.incomplete = true;
                        return error;
                    }
                    return LexicalError::syntax(
                        "unexpected character after line continuation character",
                        start + 1,
                        start + 1,
                    );
                }
                if character.is_ascii() {
                    return LexicalError::syntax("invalid syntax", start, start + 1);
                }
                LexicalError::syntax(
                    format!(
                        "invalid character '{}' (U+{:04X})",
                        character, character as u32
                    ),
                    start,
                    start,
                )
            }
            LexFailure::UnterminatedString => {
                let line = line_number(self.source, start);
                LexicalError::syntax(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start,
                )
            }
            LexFailure::UnterminatedTripleString => {
                let last = self.source.trim_end_matches(['\n', '\r']).len();
                let line = line_number(self.source, last);
                let mut error = LexicalError::syntax(
                    format!("unterminated triple-quoted string literal (detected at line {line})"),
                    start,
                    start,
                );
                error.incomplete = true;
                error
            }
            LexFailure::BadNumber(message, caret) => {
                let _ = end;
                LexicalError::syntax(message, caret + self.base, caret + self.base)
            }
        }
    }

    /// Compares the indentation of the line holding `offset` with the open levels, queueing
    /// `Indent`/`Dedent` tokens (placed at `offset`, zero width).
    fn indent_line(&mut self, offset: usize) -> Result<(), LexicalError> {
        let line_start = self.source[..offset]
            .rfind(['\n', '\r'])
            .map_or(0, |index| index + 1);
        let (mut column, mut alternate_column) = (0u32, 0u32);
        let mut characters = 0u32;
        for character in self.source[line_start..offset].chars() {
            match character {
                ' ' => {
                    column += 1;
                    alternate_column += 1;
                }
                '\t' => {
                    column = (column / 8 + 1) * 8;
                    alternate_column += 1;
                }
                '\x0c' => {
                    column = 0;
                    alternate_column = 0;
                }
                // A continuation line: CPython measures only the first physical line.
                _ => break,
            }
            characters += 1;
        }
        // Counting lines is a scan from the start of the source: only an error needs it.
        let line = || line_number(self.source, offset);
        let tab_error = || LexicalError {
            kind: SyntaxErrorKind::TabError,
            msg: "inconsistent use of tabs and spaces in indentation".into(),
            start: offset,
            end: offset,
            caret: Some((line(), 1, 1)),
            incomplete: false,
        };
        let top = *self.levels.last().unwrap_or(&Level {
            column: 0,
            alternate_column: 0,
        });
        if column == top.column {
            if alternate_column != top.alternate_column {
                return Err(tab_error());
            }
        } else if column > top.column {
            if alternate_column <= top.alternate_column {
                return Err(tab_error());
            }
            if !self.after_colon {
                return Err(LexicalError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unexpected indent".into(),
                    start: offset,
                    end: offset,
                    caret: Some((line(), characters, characters)),
                    incomplete: false,
                });
            }
            self.levels.push(Level {
                column,
                alternate_column,
            });
            self.pending.push_back((offset, Tok::Indent, offset));
        } else {
            while self.levels.len() > 1 && column < self.levels[self.levels.len() - 1].column {
                self.levels.pop();
                self.pending.push_back((offset, Tok::Dedent, offset));
            }
            let top = self.levels[self.levels.len() - 1];
            if column != top.column {
                let line_length = self.source[line_start..]
                    .split(['\n', '\r'])
                    .next()
                    .unwrap_or("")
                    .chars()
                    .count() as u32;
                return Err(LexicalError {
                    kind: SyntaxErrorKind::IndentationError,
                    msg: "unindent does not match any outer indentation level".into(),
                    start: offset,
                    end: offset,
                    caret: Some((line(), line_length + 1, line_length + 1)),
                    incomplete: false,
                });
            }
            if alternate_column != top.alternate_column {
                return Err(tab_error());
            }
        }
        Ok(())
    }

    fn check_bracket(&mut self, token: Tok<'s>, start: usize) -> Result<(), LexicalError> {
        let open = match token {
            Tok::LeftParen => b'(',
            Tok::LeftBracket => b'[',
            Tok::LeftBrace => b'{',
            Tok::RightParen | Tok::RightBracket | Tok::RightBrace => {
                let close = self.source.as_bytes()[start];
                let expected = match close {
                    b')' => b'(',
                    b']' => b'[',
                    _ => b'{',
                };
                match self.brackets.pop() {
                    None if self.mode == Mode::Expression => {}
                    None => {
                        return Err(LexicalError::syntax(
                            format!("unmatched '{}'", close as char),
                            start,
                            start,
                        ))
                    }
                    Some((open, offset)) if open != expected => {
                        let open_line = line_number(self.source, offset);
                        let close_line = line_number(self.source, start);
                        let mut message = format!(
                            "closing parenthesis '{}' does not match opening parenthesis '{}'",
                            close as char, open as char
                        );
                        if open_line != close_line {
                            message.push_str(&format!(" on line {open_line}"));
                        }
                        return Err(LexicalError::syntax(message, start, start));
                    }
                    Some(_) => {}
                }
                return Ok(());
            }
            _ => return Ok(()),
        };
        self.brackets.push((open, start));
        Ok(())
    }

    fn advance(&mut self) -> Option<Result<Spanned<'s>, LexicalError>> {
        loop {
            if let Some(token) = self.pending.pop_front() {
                return Some(Ok(token));
            }
            if self.finished {
                return None;
            }
            let Some(result) = self.lexer.next() else {
                if let Err(error) = self.end_of_input() {
                    return Some(Err(error));
                }
                continue;
            };
            let span = self.lexer.span();
            let (start, end) = (span.start + self.base, span.end + self.base);
            let token = match result {
                Ok(token) => token,
                Err(failure) => {
                    self.finished = true;
                    return Some(Err(self.lexing_error(failure, start, end)));
                }
            };
            if token == Tok::Newline {
                if self.at_line_start || !self.brackets.is_empty() || self.mode == Mode::Expression
                {
                    continue;
                }
                self.at_line_start = true;
                return Some(Ok((start, Tok::Newline, end)));
            }
            if self.at_line_start && self.mode == Mode::Module {
                self.at_line_start = false;
                if let Err(error) = self.indent_line(start) {
                    self.finished = true;
                    return Some(Err(error));
                }
            }
            self.at_line_start = false;
            self.after_colon = token == Tok::Colon;
            if let Err(error) = self.check_bracket(token, start) {
                self.finished = true;
                return Some(Err(error));
            }
            self.pending.push_back((start, token, end));
        }
    }
}

impl<'s> Iterator for Indenter<'s> {
    type Item = Result<Spanned<'s>, LexicalError>;

    fn next(&mut self) -> Option<Self::Item> {
        self.advance()
    }
}

/// 1-based line of a byte offset (`\n`, `\r\n` and lone `\r` all end a line).
pub fn line_number(source: &str, offset: usize) -> u32 {
    let bytes = &source.as_bytes()[..offset.min(source.len())];
    let mut line = 1u32;
    let mut index = 0;
    while index < bytes.len() {
        match bytes[index] {
            b'\n' => line += 1,
            b'\r' if bytes.get(index + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        index += 1;
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Compact rendering of the token stream: names for layout tokens, source text otherwise.
    fn render(source: &str) -> Result<String, String> {
        let mut out = Vec::new();
        for item in Indenter::new(source, 0..source.len(), Mode::Module) {
            let (start, token, end) = item.map_err(|error| error.msg)?;
            out.push(match token {
                Tok::StartModule => continue,
                Tok::Newline => "NL".to_string(),
                Tok::Indent => "IN".to_string(),
                Tok::Dedent => "DE".to_string(),
                _ => source[start..end].to_string(),
            });
        }
        Ok(out.join(" "))
    }

    fn error_of(source: &str) -> LexicalError {
        Indenter::new(source, 0..source.len(), Mode::Module)
            .find_map(Result::err)
            .expect("an error")
    }

    #[test]
    fn blocks_and_final_dedents() {
        assert_eq!(
            render("if x:\n    y = 1\n    if z:\n        w\n").unwrap(),
            "if x : NL IN y = 1 NL if z : NL IN w NL DE DE"
        );
    }

    #[test]
    fn missing_final_newline_is_added() {
        assert_eq!(render("x = 1").unwrap(), "x = 1 NL");
        assert_eq!(render("if a:\n  b").unwrap(), "if a : NL IN b NL DE");
    }

    #[test]
    fn blank_and_comment_lines_are_ignored() {
        let source = "# head\n\nif a:\n\n    # note\n      # deeper comment\n    b\n\n  \nc\n";
        assert_eq!(render(source).unwrap(), "if a : NL IN b NL DE c NL");
    }

    #[test]
    fn no_newline_inside_brackets() {
        assert_eq!(
            render("x = (1,\n  2,\n[3,\n 4])\ny").unwrap(),
            "x = ( 1 , 2 , [ 3 , 4 ] ) NL y NL"
        );
    }

    #[test]
    fn backslash_continuation() {
        assert_eq!(render("x = 1 + \\\n    2\ny").unwrap(), "x = 1 + 2 NL y NL");
    }

    #[test]
    fn crlf_and_cr_line_ends() {
        assert_eq!(
            render("if a:\r\n  b\r\nc").unwrap(),
            "if a : NL IN b NL DE c NL"
        );
    }

    #[test]
    fn tabs_consistent_with_tabs() {
        assert_eq!(
            render("if a:\n\tb\n\tc\n").unwrap(),
            "if a : NL IN b NL c NL DE"
        );
    }

    #[test]
    fn tab_space_mix_is_tab_error() {
        let error = error_of("if a:\n\tb\n        c\n");
        assert_eq!(error.kind, SyntaxErrorKind::TabError);
        assert_eq!(
            error.msg,
            "inconsistent use of tabs and spaces in indentation"
        );
    }

    #[test]
    fn unindent_mismatch() {
        let error = error_of("if a:\n    b\n  c\n");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(
            error.msg,
            "unindent does not match any outer indentation level"
        );
        assert_eq!(error.caret, Some((3, 4, 4)));
    }

    #[test]
    fn unexpected_indent() {
        let error = error_of("a\n  b\n");
        assert_eq!(error.kind, SyntaxErrorKind::IndentationError);
        assert_eq!(error.msg, "unexpected indent");
        assert_eq!(error_of("  x = 1").caret, Some((1, 2, 2)));
    }

    #[test]
    fn brackets_are_checked() {
        assert_eq!(error_of("x = (1,").msg, "'(' was never closed");
        assert!(error_of("x = (1,").incomplete);
        assert_eq!(error_of("x = 1)").msg, "unmatched ')'");
        assert_eq!(
            error_of("x = (1,]").msg,
            "closing parenthesis ']' does not match opening parenthesis '('"
        );
    }

    #[test]
    fn literals_and_errors() {
        assert_eq!(
            render("0x_ff 1_000 1. .5 1e-3 3j rb'\\'' '''a\n'b'''").unwrap(),
            "0x_ff 1_000 1. .5 1e-3 3j rb'\\'' '''a\n'b''' NL"
        );
        assert_eq!(error_of("1abc").msg, "invalid decimal literal");
        assert_eq!(error_of("0x").msg, "invalid hexadecimal literal");
        assert!(render("1if x else 2").is_ok());
        assert_eq!(
            error_of("x = 'abc").msg,
            "unterminated string literal (detected at line 1)"
        );
        let triple = error_of("x = '''abc\n\nfoo\n");
        assert_eq!(
            triple.msg,
            "unterminated triple-quoted string literal (detected at line 3)"
        );
        assert!(triple.incomplete);
        assert_eq!(error_of("a ¿ b").msg, "invalid character '¿' (U+00BF)");
        assert!(error_of("x = \\").incomplete);
    }

    #[test]
    fn unicode_names() {
        assert_eq!(render("变量 = '中文'").unwrap(), "变量 = '中文' NL");
    }
}
