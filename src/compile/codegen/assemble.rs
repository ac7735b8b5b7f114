//! Finishing a unit: label ids in jump operands become instruction indices, and `max_stack` is
//! computed by following every path through the code (fall-through, jumps, and exception
//! handlers, which start with the depth recorded by their `SetupExcept` plus the exception).
//!
//! The invariant checked here is the one the eval loop relies on: every instruction is reached
//! with one stack depth whatever the path, and no path pops below zero. A violation is a compiler
//! bug; it is reported as a `SyntaxError` naming the instruction rather than a panic.

use std::rc::Rc;

use super::Unit;
use crate::compile::bytecode::{Code, Instr};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// The jump target operand of an instruction, if it has one.
pub fn jump_target(instr: &Instr) -> Option<u32> {
    match *instr {
        Instr::ForIter(target)
        | Instr::Jump(target)
        | Instr::PopJumpIfFalse(target)
        | Instr::PopJumpIfTrue(target)
        | Instr::JumpIfFalseOrPop(target)
        | Instr::JumpIfTrueOrPop(target)
        | Instr::PopJumpIfNone(target)
        | Instr::SetupExcept(target) => Some(target),
        _ => None,
    }
}

fn jump_target_mut(instr: &mut Instr) -> Option<&mut u32> {
    match instr {
        Instr::ForIter(target)
        | Instr::Jump(target)
        | Instr::PopJumpIfFalse(target)
        | Instr::PopJumpIfTrue(target)
        | Instr::JumpIfFalseOrPop(target)
        | Instr::JumpIfTrueOrPop(target)
        | Instr::PopJumpIfNone(target)
        | Instr::SetupExcept(target) => Some(target),
        _ => None,
    }
}

/// The change in stack depth when the instruction falls through (`jump` false) or jumps (`jump`
/// true; for `SetupExcept`, the depth at its handler relative to the depth at the instruction).
pub fn stack_effect(instr: &Instr, jump: bool) -> i32 {
    let n = |count: &u32| *count as i32;
    match instr {
        // Quickened forms (made at load time, never by the compiler): both instructions' effect.
        Instr::LoadFastLoadFast(..) | Instr::LoadFastLoadConst(..) | Instr::LoadFastMethod(..) => 2,
        Instr::LoadFastAttr(..) => 1,
        Instr::CompareJumpIfFalse(..) | Instr::CompareJumpIfTrue(..) => -2,
        Instr::Nop | Instr::Swap(_) => 0,
        Instr::PopTop => -1,
        Instr::Copy(_) => 1,
        Instr::LoadConst(_)
        | Instr::LoadFast(_)
        | Instr::LoadDeref(_)
        | Instr::LoadClosure(_)
        | Instr::LoadClassDeref(_)
        | Instr::LoadGlobal(_)
        | Instr::LoadName(_) => 1,
        Instr::StoreFast(_)
        | Instr::StoreDeref(_)
        | Instr::StoreGlobal(_)
        | Instr::StoreName(_) => -1,
        Instr::DeleteFast(_)
        | Instr::DeleteDeref(_)
        | Instr::DeleteGlobal(_)
        | Instr::DeleteName(_) => 0,
        Instr::LoadAttr(_) => 0,
        Instr::StoreAttr(_) => -2,
        Instr::DeleteAttr(_) => -1,
        Instr::LoadMethod(_) => 1,
        Instr::CallMethod(count) => -n(count) - 1,
        Instr::BinarySubscr => -1,
        Instr::StoreSubscr => -3,
        Instr::DeleteSubscr => -2,
        Instr::BinaryOp(_) | Instr::InplaceOp(_) | Instr::CompareOp(_) => -1,
        Instr::UnaryOp(_) => 0,
        Instr::BuildTuple(count)
        | Instr::BuildList(count)
        | Instr::BuildSet(count)
        | Instr::BuildSlice(count)
        | Instr::BuildString(count) => 1 - n(count),
        Instr::BuildMap(count) => 1 - 2 * n(count),
        Instr::BuildConstKeyMap(count) => -n(count),
        Instr::ListAppend(_)
        | Instr::SetAdd(_)
        | Instr::ListExtend(_)
        | Instr::SetUpdate(_)
        | Instr::DictUpdate(_)
        | Instr::DictMerge(_) => -1,
        Instr::MapAdd(_) => -2,
        Instr::ListToTuple => 0,
        Instr::UnpackSequence(count) => n(count) - 1,
        Instr::UnpackEx(before, after) => *before as i32 + *after as i32,
        Instr::FormatValue { has_spec, .. } => {
            if *has_spec {
                -1
            } else {
                0
            }
        }
        Instr::GetIter => 0,
        Instr::ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Instr::Jump(_) => 0,
        Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_) | Instr::PopJumpIfNone(_) => -1,
        Instr::JumpIfFalseOrPop(_) | Instr::JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        Instr::Call(count) => -n(count),
        Instr::CallKw(count) => -n(count) - 1,
        Instr::CallEx { has_kwargs } => {
            if *has_kwargs {
                -2
            } else {
                -1
            }
        }
        Instr::MakeFunction(flags) => -(flags.count_ones() as i32),
        Instr::LoadBuildClass => 1,
        Instr::SetupAnnotations => 0,
        Instr::StoreAnnotation(_) => -1,
        Instr::ReturnValue => -1,
        Instr::YieldValue => 0,
        Instr::GetYieldFromIter => 0,
        Instr::YieldFrom => -1,
        Instr::GetAwaitable(_) => 0,
        Instr::GetAiter => 0,
        Instr::GetAnext => 1,
        Instr::EndAsyncFor => -2,
        Instr::BeforeAsyncWith => 1,
        Instr::ImportName(_) => -1,
        Instr::ImportFrom(_) => 1,
        Instr::ImportStar => -1,
        Instr::SetupExcept(_) => {
            if jump {
                1
            } else {
                0
            }
        }
        Instr::PopBlock => 0,
        Instr::PushExcInfo => 1,
        Instr::PopExcept => -1,
        Instr::CheckExcMatch => 0,
        Instr::Reraise => -1,
        Instr::CheckEgMatch => 0,
        Instr::PrepReraiseStar => -1,
        Instr::RaiseVarargs(count) => -n(count),
        Instr::LoadAssertionError => 1,
        Instr::BeforeWith => 1,
        Instr::WithExitNormal => -1,
        Instr::WithExceptStart => 1,
        Instr::PrintExpr => -1,
        Instr::MatchSequence | Instr::MatchMapping | Instr::GetLen | Instr::MatchKeys => 1,
        Instr::MatchClass(_) => -2,
    }
}

/// True when control never falls through to the next instruction.
pub fn is_terminator(instr: &Instr) -> bool {
    matches!(
        instr,
        Instr::Jump(_) | Instr::ReturnValue | Instr::Reraise | Instr::RaiseVarargs(_)
    )
}

fn internal_error(code_name: &str, filename: &str, line: u32, what: String) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: format!("internal compiler error in {code_name}: {what}"),
        filename: filename.to_string(),
        line,
        col: 1,
        end_col: 1,
        text: String::new(),
        incomplete: false,
    }
}

/// The deepest stack any path reaches, checking that every instruction has one depth.
pub fn max_stack_depth(instructions: &[Instr]) -> Result<u32, String> {
    let mut depths: Vec<Option<i32>> = vec![None; instructions.len()];
    let mut work = vec![(0usize, 0i32)];
    let mut max = 0;
    while let Some((start, depth)) = work.pop() {
        let mut index = start;
        let mut depth = depth;
        loop {
            let Some(instr) = instructions.get(index) else {
                return Err(format!("control falls off the end at {index}"));
            };
            match depths[index] {
                Some(known) if known == depth => break,
                Some(known) => {
                    return Err(format!(
                        "stack depth {depth} at {index} ({instr:?}), expected {known}"
                    ))
                }
                None => depths[index] = Some(depth),
            }
            if let Some(target) = jump_target(instr) {
                let jumped = depth + stack_effect(instr, true);
                if jumped < 0 {
                    return Err(format!("stack underflow jumping from {index}"));
                }
                max = max.max(jumped);
                work.push((target as usize, jumped));
            }
            if is_terminator(instr) {
                if depth + stack_effect(instr, false) < 0 {
                    return Err(format!("stack underflow at {index} ({instr:?})"));
                }
                break;
            }
            depth += stack_effect(instr, false);
            if depth < 0 {
                return Err(format!("stack underflow at {index} ({instr:?})"));
            }
            max = max.max(depth);
            index += 1;
        }
    }
    Ok(max as u32)
}

pub(super) fn assemble(mut unit: Unit<'_>, filename: Rc<str>) -> Result<Code, SyntaxError> {
    let error = |what: String| internal_error(&unit.name, &filename, unit.first_line, what);
    for instr in unit.instructions.iter_mut() {
        if let Some(target) = jump_target_mut(instr) {
            match unit.labels.get(*target as usize).copied().flatten() {
                Some(bound) => *target = bound,
                None => return Err(error(format!("unbound label {target}"))),
            }
        }
    }
    let max_stack = max_stack_depth(&unit.instructions).map_err(error)?;
    Ok(Code {
        name: unit.name,
        qualname: unit.qualname,
        filename,
        first_line: unit.first_line,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        flags: unit.flags,
        instructions: unit.instructions,
        spans: unit.spans,
        consts: unit.consts,
        names: unit.names,
        varnames: unit.varnames,
        cellvars: unit.cellvars,
        freevars: unit.freevars,
        cell_params: unit.cell_params,
        max_stack,
    })
}
