//! `from __future__ import ...`: the features a module turns on, found before code generation
//! as CPython's `future.c` does. Future imports must lead the module (after its docstring);
//! the compiler refuses a later one, and an unknown feature is a SyntaxError here.

use super::symtable::error_at;
use crate::syntax::ast::{Constant, ExprKind, Stmt, StmtKind};
use crate::syntax::SyntaxError;

/// The features Python 3.11 knows; all but `annotations` are always on (or, for
/// `barry_as_FLUFL`, a joke gilt does not implement), so only that one changes compilation.
const KNOWN: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

#[derive(Default)]
pub struct Features {
    /// PEP 563: annotations are kept as strings.
    pub annotations: bool,
    /// The line of the last leading future import (0 when there is none): a `from __future__`
    /// import after it is misplaced.
    pub last_line: u32,
}

pub fn scan(body: &[Stmt], filename: &str) -> Result<Features, SyntaxError> {
    let mut features = Features::default();
    for (i, stmt) in body.iter().enumerate() {
        match &stmt.kind {
            StmtKind::Expr(e)
                if i == 0 && matches!(e.kind, ExprKind::Constant(Constant::Str(_))) => {}
            StmtKind::ImportFrom {
                module: Some(module),
                names,
                level: 0,
            } if module == "__future__" => {
                for alias in names {
                    match alias.name.as_str() {
                        "annotations" => features.annotations = true,
                        "braces" => {
                            return Err(error_at(
                                filename,
                                "not a chance".into(),
                                alias.pos,
                                alias.pos,
                            ))
                        }
                        name if KNOWN.contains(&name) => {}
                        name => {
                            let msg = format!("future feature {name} is not defined");
                            return Err(error_at(filename, msg, stmt.pos, stmt.end));
                        }
                    }
                }
                features.last_line = stmt.pos.line;
            }
            _ => break,
        }
    }
    Ok(features)
}
