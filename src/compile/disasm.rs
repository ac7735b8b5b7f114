//! A `dis`-like listing of a code object and, after it, of every code object in its constants,
//! for golden tests and debugging.
//!
//! Each code object opens with a header (name, qualname, counts, flags, the variable tables and
//! `max_stack`); each instruction line shows the source line when it changes, `>>` on jump
//! targets, the instruction index, the instruction and its operand resolved against the tables.
//! Nothing here can panic on a malformed code object: an out-of-range operand prints as `?`.

use std::fmt::Write;

use super::bytecode::{
    Code, Const, Instr, CO_ASYNC_GENERATOR, CO_CLASS_BODY, CO_COROUTINE, CO_GENERATOR, CO_MODULE,
    CO_VARARGS, CO_VARKEYWORDS,
};
use super::codegen::jump_target;

pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {}> (qualname {}, line {}):",
        code.name, code.qualname, code.first_line
    );
    let _ = writeln!(
        out,
        "  argcount {}, posonly {}, kwonly {}, flags {}, max_stack {}",
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        flag_names(code.flags),
        code.max_stack
    );
    for (label, list) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !list.is_empty() {
            let _ = writeln!(out, "  {label}: {}", list.join(", "));
        }
    }
    if !code.cell_params.is_empty() {
        let _ = writeln!(out, "  cell_params: {:?}", code.cell_params);
    }
    let targets: Vec<u32> = code.instructions.iter().filter_map(jump_target).collect();
    let mut last_line = 0;
    for (index, instr) in code.instructions.iter().enumerate() {
        let line = code.spans.get(index).map_or(0, |span| span.line);
        let line_text = if line != last_line {
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let marker = if targets.contains(&(index as u32)) {
            ">>"
        } else {
            ""
        };
        let (name, operand) = describe(code, instr);
        let text = if operand.is_empty() {
            name
        } else {
            format!("{name:<20} {operand}")
        };
        let _ = writeln!(out, "{line_text:>4} {marker:>2} {index:>4} {text}");
    }
    for constant in &code.consts {
        if let Const::Code(inner) = constant {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn flag_names(flags: u32) -> String {
    let names: Vec<&str> = [
        (CO_VARARGS, "VARARGS"),
        (CO_VARKEYWORDS, "VARKEYWORDS"),
        (CO_GENERATOR, "GENERATOR"),
        (CO_COROUTINE, "COROUTINE"),
        (CO_ASYNC_GENERATOR, "ASYNC_GENERATOR"),
        (CO_MODULE, "MODULE"),
        (CO_CLASS_BODY, "CLASS_BODY"),
    ]
    .iter()
    .filter(|(bit, _)| flags & bit != 0)
    .map(|(_, name)| *name)
    .collect();
    if names.is_empty() {
        "0".to_string()
    } else {
        names.join("|")
    }
}

/// A constant as Python's `repr` shows it (close enough for listings).
pub fn const_repr(constant: &Const) -> String {
    match constant {
        Const::None => "None".to_string(),
        Const::True => "True".to_string(),
        Const::False => "False".to_string(),
        Const::Ellipsis => "Ellipsis".to_string(),
        Const::Int(value) => value.to_string(),
        Const::BigInt(digits) => digits.clone(),
        Const::Float(value) => {
            if value.is_finite() && value.fract() == 0.0 && value.abs() < 1e16 {
                format!("{value:.1}")
            } else {
                format!("{value:?}")
            }
        }
        Const::Complex(re, im) => {
            crate::objects::complex::repr(crate::objects::complex::Complex::new(*re, *im))
        }
        Const::Str(text) => string_repr(text),
        Const::Bytes(bytes) => {
            let mut out = String::from("b'");
            for &byte in bytes {
                match byte {
                    b'\'' => out.push_str("\\'"),
                    b'\\' => out.push_str("\\\\"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    0x20..=0x7e => out.push(byte as char),
                    _ => {
                        let _ = write!(out, "\\x{byte:02x}");
                    }
                }
            }
            out.push('\'');
            out
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code object {}>", code.name),
    }
}

fn string_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn lookup(list: &[String], index: u32) -> String {
    list.get(index as usize)
        .cloned()
        .unwrap_or_else(|| "?".to_string())
}

fn cell_name(code: &Code, index: u32) -> String {
    let index = index as usize;
    code.cellvars
        .get(index)
        .or_else(|| code.freevars.get(index.wrapping_sub(code.cellvars.len())))
        .cloned()
        .unwrap_or_else(|| "?".to_string())
}

/// The instruction's name and its resolved operand.
fn describe(code: &Code, instr: &Instr) -> (String, String) {
    let debug = format!("{instr:?}");
    let name = debug.split(['(', ' ']).next().unwrap_or("").to_string();
    let with_index = |index: &u32, text: String| format!("{index} ({text})");
    let operand = match instr {
        Instr::LoadConst(i) => with_index(
            i,
            code.consts
                .get(*i as usize)
                .map_or("?".to_string(), const_repr),
        ),
        Instr::LoadFast(i) | Instr::StoreFast(i) | Instr::DeleteFast(i) => {
            with_index(i, lookup(&code.varnames, *i))
        }
        Instr::LoadDeref(i)
        | Instr::StoreDeref(i)
        | Instr::DeleteDeref(i)
        | Instr::LoadClosure(i)
        | Instr::LoadClassDeref(i) => with_index(i, cell_name(code, *i)),
        Instr::LoadGlobal(i)
        | Instr::StoreGlobal(i)
        | Instr::DeleteGlobal(i)
        | Instr::LoadName(i)
        | Instr::StoreName(i)
        | Instr::DeleteName(i)
        | Instr::LoadAttr(i)
        | Instr::StoreAttr(i)
        | Instr::DeleteAttr(i)
        | Instr::LoadMethod(i)
        | Instr::ImportName(i)
        | Instr::ImportFrom(i)
        | Instr::StoreAnnotation(i) => with_index(i, lookup(&code.names, *i)),
        Instr::BinaryOp(op) | Instr::InplaceOp(op) => format!("{op:?}"),
        Instr::UnaryOp(op) => format!("{op:?}"),
        Instr::CompareOp(op) => format!("{op:?}"),
        Instr::FormatValue {
            conversion,
            has_spec,
        } => {
            let conversion = match conversion {
                0 => String::new(),
                c => format!("!{}", *c as char),
            };
            let spec = if *has_spec { " with spec" } else { "" };
            format!("{conversion}{spec}").trim().to_string()
        }
        Instr::CallEx { has_kwargs } => {
            if *has_kwargs {
                "with kwargs".to_string()
            } else {
                String::new()
            }
        }
        Instr::UnpackEx(before, after) => format!("{before}, {after}"),
        _ => match jump_target(instr) {
            Some(target) => format!("to {target}"),
            None => debug
                .find('(')
                .map(|start| debug[start + 1..debug.len() - 1].to_string())
                .unwrap_or_default(),
        },
    };
    (name, operand)
}
