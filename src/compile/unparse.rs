//! Expression source text from the AST, as CPython's `Python/ast_unparse.c` writes it: the string
//! an annotation becomes under `from __future__ import annotations`. The text is rebuilt from the
//! tree, not cut from the source, so spacing and quotes are normalised exactly as CPython's
//! (`Dict[str,  int]` becomes `'Dict[str, int]'`, `"x"` becomes `"'x'"`).
//!
//! Parentheses follow operator precedence: each node is written at a level, and a node whose own
//! precedence is lower than the level it is written at is parenthesised.

use crate::syntax::ast::{
    BinOp, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprKind, FStringPart, Parameters, UnaryOp,
};

// Precedence levels, lowest first, as CPython's `PR_*`.
const TUPLE: u8 = 0;
const TEST: u8 = 1; // if-else, lambda
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

pub fn unparse(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, TEST);
    out
}

fn open_if(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close_if(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn write_expr(out: &mut String, expr: &Expr, level: u8) {
    match &expr.kind {
        ExprKind::Constant(c) => write_constant(out, c),
        ExprKind::FString(parts) => write_fstring(out, parts),
        ExprKind::Name(name) => out.push_str(name),
        ExprKind::BoolOp { op, values } => {
            let (text, own) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            open_if(out, level > own);
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                write_expr(out, value, own + 1);
            }
            close_if(out, level > own);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, own) = binop(*op);
            // `**` binds to the right: its left operand needs the higher level.
            let right_assoc = *op == BinOp::Pow;
            open_if(out, level > own);
            write_expr(out, left, if right_assoc { own + 1 } else { own });
            out.push_str(text);
            write_expr(out, right, if right_assoc { own } else { own + 1 });
            close_if(out, level > own);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, own) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Neg => ("-", FACTOR),
                UnaryOp::Pos => ("+", FACTOR),
                UnaryOp::Invert => ("~", FACTOR),
            };
            open_if(out, level > own);
            out.push_str(text);
            write_expr(out, operand, own);
            close_if(out, level > own);
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open_if(out, level > CMP);
            write_expr(out, left, CMP + 1);
            for (op, right) in ops.iter().zip(comparators) {
                out.push_str(cmpop(*op));
                write_expr(out, right, CMP + 1);
            }
            close_if(out, level > CMP);
        }
        ExprKind::Lambda { params, body } => {
            open_if(out, level > TEST);
            out.push_str("lambda");
            let mut params_text = String::new();
            write_params(&mut params_text, params);
            if !params_text.is_empty() {
                out.push(' ');
                out.push_str(&params_text);
            }
            out.push_str(": ");
            write_expr(out, body, TEST);
            close_if(out, level > TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open_if(out, level > TEST);
            write_expr(out, body, TEST + 1);
            out.push_str(" if ");
            write_expr(out, test, TEST + 1);
            out.push_str(" else ");
            write_expr(out, orelse, TEST);
            close_if(out, level > TEST);
        }
        ExprKind::NamedExpr { target, value } => {
            open_if(out, level > TUPLE);
            write_expr(out, target, ATOM);
            out.push_str(" := ");
            write_expr(out, value, ATOM);
            close_if(out, level > TUPLE);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write_expr(out, func, ATOM);
            // A lone generator expression argument keeps only its own parentheses.
            if let ([only], true) = (args.as_slice(), keywords.is_empty()) {
                if let ExprKind::GeneratorExp { elt, generators } = &only.kind {
                    out.push('(');
                    write_expr(out, elt, TEST);
                    write_comprehensions(out, generators);
                    out.push(')');
                    return;
                }
            }
            out.push('(');
            let mut first = true;
            for arg in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write_expr(out, arg, TEST);
            }
            for keyword in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &keyword.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write_expr(out, &keyword.value, TEST);
            }
            out.push(')');
        }
        ExprKind::Attribute { value, attr } => {
            write_expr(out, value, ATOM);
            // `1.real` would read as a float: CPython writes `1 .real`.
            if let ExprKind::Constant(Constant::Int(_) | Constant::BigInt(_)) = value.kind {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            write_expr(out, value, ATOM);
            out.push('[');
            match &index.kind {
                // `x[a, b]`: the index tuple without its parentheses.
                ExprKind::Tuple(items) if !items.is_empty() => write_items(out, items, true),
                _ => write_expr(out, index, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(lower) = lower {
                write_expr(out, lower, TEST);
            }
            out.push(':');
            if let Some(upper) = upper {
                write_expr(out, upper, TEST);
            }
            if let Some(step) = step {
                out.push(':');
                write_expr(out, step, TEST);
            }
        }
        ExprKind::Starred(value) => {
            out.push('*');
            write_expr(out, value, BOR);
        }
        ExprKind::List(items) => {
            out.push('[');
            write_items(out, items, false);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            if items.is_empty() {
                out.push_str("()");
                return;
            }
            open_if(out, level > TUPLE);
            write_items(out, items, true);
            close_if(out, level > TUPLE);
        }
        ExprKind::Set(items) => {
            if items.is_empty() {
                // Only reachable from a hand-built tree; CPython writes the same.
                out.push_str("{*()}");
                return;
            }
            out.push('{');
            write_items(out, items, false);
            out.push('}');
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (key, value)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match key {
                    Some(key) => {
                        write_expr(out, key, TEST);
                        out.push_str(": ");
                        write_expr(out, value, TEST);
                    }
                    None => {
                        out.push_str("**");
                        write_expr(out, value, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            write_expr(out, elt, TEST);
            write_comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            write_expr(out, elt, TEST);
            write_comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            write_expr(out, key, TEST);
            out.push_str(": ");
            write_expr(out, value, TEST);
            write_comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            write_expr(out, elt, TEST);
            write_comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Yield(value) => match value {
            None => out.push_str("(yield)"),
            Some(value) => {
                out.push_str("(yield ");
                write_expr(out, value, TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom(value) => {
            out.push_str("(yield from ");
            write_expr(out, value, TEST);
            out.push(')');
        }
        ExprKind::Await(value) => {
            open_if(out, level > AWAIT);
            out.push_str("await ");
            write_expr(out, value, ATOM);
            close_if(out, level > AWAIT);
        }
    }
}

/// Comma-separated items; a one-item tuple keeps its trailing comma.
fn write_items(out: &mut String, items: &[Expr], tuple: bool) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_expr(out, item, TEST);
    }
    if tuple && items.len() == 1 {
        out.push(',');
    }
}

fn write_comprehensions(out: &mut String, generators: &[Comprehension]) {
    for generator in generators {
        out.push_str(if generator.is_async {
            " async for "
        } else {
            " for "
        });
        write_expr(out, &generator.target, TUPLE);
        out.push_str(" in ");
        write_expr(out, &generator.iter, TEST + 1);
        for condition in &generator.ifs {
            out.push_str(" if ");
            write_expr(out, condition, TEST + 1);
        }
    }
}

fn write_params(out: &mut String, params: &Parameters) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional = params.posonly.iter().chain(&params.args);
    for (i, param) in positional.enumerate() {
        sep(out);
        out.push_str(&param.name);
        if let Some(default) = &param.default {
            out.push('=');
            write_expr(out, default, TEST);
        }
        if i + 1 == params.posonly.len() {
            out.push_str(", /");
        }
    }
    if let Some(vararg) = &params.vararg {
        sep(out);
        out.push('*');
        out.push_str(&vararg.name);
    } else if !params.kwonly.is_empty() {
        sep(out);
        out.push('*');
    }
    for param in &params.kwonly {
        sep(out);
        out.push_str(&param.name);
        if let Some(default) = &param.default {
            out.push('=');
            write_expr(out, default, TEST);
        }
    }
    if let Some(kwarg) = &params.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&kwarg.name);
    }
}

fn write_constant(out: &mut String, constant: &Constant) {
    match constant {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::BigInt(digits) => out.push_str(digits),
        // Infinity has no literal: CPython writes one that overflows to it.
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&crate::objects::float::repr(*f)),
        Constant::Imaginary(f) if f.is_infinite() => out.push_str("1e309j"),
        Constant::Imaginary(f) => out.push_str(&crate::objects::complex::repr(
            crate::objects::complex::Complex { re: 0.0, im: *f },
        )),
        Constant::Str(s) => out.push_str(&crate::objects::str::repr(s)),
        Constant::Bytes(b) => out.push_str(&crate::objects::bytes::repr(b)),
    }
}

/// An f-string: its body rebuilt (`{value!r:spec}` fields), then written as a string literal
/// with an `f` prefix.
fn write_fstring(out: &mut String, parts: &[FStringPart]) {
    let mut body = String::new();
    write_fstring_body(&mut body, parts);
    out.push('f');
    out.push_str(&crate::objects::str::repr(&body));
}

fn write_fstring_body(body: &mut String, parts: &[FStringPart]) {
    for part in parts {
        match part {
            FStringPart::Literal(text) => {
                body.push_str(&text.replace('{', "{{").replace('}', "}}"));
            }
            FStringPart::Field {
                value,
                conversion,
                spec,
                self_documenting,
            } => {
                body.push('{');
                if let Some(text) = self_documenting {
                    body.push_str(text);
                } else {
                    let mut inner = String::new();
                    write_expr(&mut inner, value, TEST + 1);
                    // A field starting with `{` would read as an escaped brace.
                    if inner.starts_with('{') {
                        body.push(' ');
                    }
                    body.push_str(&inner);
                }
                if let Some(c) = conversion {
                    body.push('!');
                    body.push(*c);
                }
                if let Some(spec) = spec {
                    body.push(':');
                    write_fstring_body(body, spec);
                }
                body.push('}');
            }
        }
    }
}

fn binop(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => (" + ", ARITH),
        BinOp::Sub => (" - ", ARITH),
        BinOp::Mult => (" * ", TERM),
        BinOp::MatMult => (" @ ", TERM),
        BinOp::Div => (" / ", TERM),
        BinOp::FloorDiv => (" // ", TERM),
        BinOp::Mod => (" % ", TERM),
        BinOp::Pow => (" ** ", POWER),
        BinOp::LShift => (" << ", SHIFT),
        BinOp::RShift => (" >> ", SHIFT),
        BinOp::BitOr => (" | ", BOR),
        BinOp::BitXor => (" ^ ", BXOR),
        BinOp::BitAnd => (" & ", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}
