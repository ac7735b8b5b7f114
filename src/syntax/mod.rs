//! Source text to AST: the logos lexer with its indentation layer (`lexer`), the LALRPOP grammar
//! (`grammar/python.lalrpop`, generated into `OUT_DIR`), and string-literal decoding.
//!
//! `parse` is the one entry point. Errors come back as `SyntaxError` values carrying what CPython
//! prints: the file name, the line, the offending source line, the caret column and the message.

pub mod ast;

/// Which of CPython's syntax error classes to raise.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
    /// 1-based end column of the caret range (CPython's `end_offset`); equal to `col` for one caret.
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: String,
    /// True when the input ended in the middle of a statement: the REPL reads another line
    /// instead of reporting the error.
    pub incomplete: bool,
}
