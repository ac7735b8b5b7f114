//! Expressions, assignment targets, calls, displays and comprehensions.
//!
//! Each `compile_expr` call leaves exactly one value on the stack and emits its instructions with
//! the expression's own span, restoring the caller's span afterwards, so an operator's instruction
//! carries the operator expression's span and its operands carry theirs.

use super::stmt::AssignKind;
use super::{const_of, CompileResult, Compiler, Label, NameContext};
use crate::compile::bytecode::{Const, Instr};
use crate::compile::symtable::ScopeKind;
use crate::syntax::ast::{
    BinOp, BoolOp, Comprehension, Expr, ExprKind, FStringPart, Keyword, UnaryOp,
};

/// CPython keeps at most this many items on the stack when building a collection or a call.
const STACK_USE_GUIDELINE: usize = 30;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Collection {
    List,
    Tuple,
    Set,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ComprehensionKind {
    List,
    Set,
    Dict,
    Generator,
}

/// CPython's name for an expression that cannot be assigned to or deleted.
fn describe(expr: &Expr) -> &'static str {
    expr.describe()
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_expr(&mut self, expr: &'a Expr) -> CompileResult {
        let previous = self.set_span(expr.pos, expr.end);
        let result = self.compile_expr_kind(expr);
        self.restore_span(previous);
        result
    }

    fn compile_expr_kind(&mut self, expr: &'a Expr) -> CompileResult {
        if let Some(constant) = const_of(expr) {
            self.load_const(constant);
            return Ok(());
        }
        match &expr.kind {
            ExprKind::Constant(_) => {
                // `const_of` folds every literal; nothing is left to compile here.
                return Err(self.error("constant not folded", expr.pos, expr.end));
            }
            ExprKind::FString(parts) => self.compile_fstring(parts)?,
            // Under -O, `__debug__` is the constant False, as CPython compiles it.
            ExprKind::Name(name) if name == "__debug__" && self.optimize >= 1 => {
                self.load_const(Const::False);
            }
            ExprKind::Name(name) => self.name_op(name, NameContext::Load),
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                if let Some((last, rest)) = values.split_last() {
                    for value in rest {
                        self.compile_expr(value)?;
                        self.emit(match op {
                            BoolOp::And => Instr::JumpIfFalseOrPop(end.0),
                            BoolOp::Or => Instr::JumpIfTrueOrPop(end.0),
                        });
                    }
                    self.compile_expr(last)?;
                }
                self.bind(end);
            }
            ExprKind::BinOp { left, op, right } => {
                self.compile_expr(left)?;
                self.compile_expr(right)?;
                self.emit(Instr::BinaryOp(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.compile_expr(operand)?;
                self.emit(Instr::UnaryOp(*op));
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.compile_expr(left)?;
                let count = ops.len().min(comparators.len());
                if count == 0 {
                    return Ok(());
                }
                let cleanup = self.new_label();
                for i in 0..count - 1 {
                    self.compile_expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(Instr::CompareOp(ops[i]));
                    self.emit(Instr::JumpIfFalseOrPop(cleanup.0));
                }
                self.compile_expr(&comparators[count - 1])?;
                self.emit(Instr::CompareOp(ops[count - 1]));
                if count > 1 {
                    let end = self.new_label();
                    self.emit(Instr::Jump(end.0));
                    self.bind(cleanup);
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::PopTop);
                    self.bind(end);
                }
            }
            ExprKind::Lambda { params, body } => self.compile_lambda(expr, params, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let otherwise = self.new_label();
                let end = self.new_label();
                self.jump_if(test, false, otherwise)?;
                self.compile_expr(body)?;
                self.emit(Instr::Jump(end.0));
                self.bind(otherwise);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.emit(Instr::Copy(1));
                self.compile_store(target)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.compile_call(func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let index = self.mangled_name_index(attr);
                self.emit(Instr::LoadAttr(index));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                for bound in [lower, upper] {
                    match bound {
                        Some(bound) => self.compile_expr(bound)?,
                        None => self.load_const(Const::None),
                    }
                }
                match step {
                    Some(step) => {
                        self.compile_expr(step)?;
                        self.emit(Instr::BuildSlice(3));
                    }
                    None => self.emit(Instr::BuildSlice(2)),
                }
            }
            ExprKind::Starred(_) => {
                return Err(self.error("can't use starred expression here", expr.pos, expr.end))
            }
            ExprKind::List(elts) => self.compile_collection(elts, 0, Collection::List)?,
            ExprKind::Tuple(elts) => self.compile_collection(elts, 0, Collection::Tuple)?,
            ExprKind::Set(elts) => self.compile_collection(elts, 0, Collection::Set)?,
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::ListComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::List, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.compile_comprehension(expr, ComprehensionKind::Set, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.compile_comprehension(
                expr,
                ComprehensionKind::Dict,
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.compile_comprehension(
                expr,
                ComprehensionKind::Generator,
                generators,
                elt,
                None,
            )?,
            ExprKind::Yield(value) => {
                self.check_in_function(expr, "'yield' outside function")?;
                match value {
                    Some(value) => self.compile_expr(value)?,
                    None => self.load_const(Const::None),
                }
                self.emit(Instr::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_in_function(expr, "'yield' outside function")?;
                if self.table.scopes[self.unit_ref().scope].is_coroutine {
                    return Err(self.error(
                        "'yield from' inside async function",
                        expr.pos,
                        expr.end,
                    ));
                }
                self.compile_expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.emit(Instr::YieldFrom);
            }
            ExprKind::Await(value) => {
                self.check_in_function(expr, "'await' outside function")?;
                let scope = &self.table.scopes[self.unit_ref().scope];
                // In a comprehension, `await` makes the comprehension asynchronous; whether
                // that is allowed is checked where the comprehension is made.
                if !scope.is_coroutine {
                    return Err(self.error("'await' outside async function", expr.pos, expr.end));
                }
                self.compile_expr(value)?;
                self.emit_await(0);
            }
        }
        Ok(())
    }

    fn check_in_function(&self, expr: &Expr, msg: &str) -> CompileResult {
        if self.unit_ref().kind != ScopeKind::Function {
            return Err(self.error(msg, expr.pos, expr.end));
        }
        Ok(())
    }

    /// Jumps to `target` when `expr` is truthy (`when` true) or falsy, without leaving a value.
    pub(super) fn jump_if(&mut self, expr: &'a Expr, when: bool, target: Label) -> CompileResult {
        let previous = self.set_span(expr.pos, expr.end);
        let result = self.jump_if_kind(expr, when, target);
        self.restore_span(previous);
        result
    }

    fn jump_if_kind(&mut self, expr: &'a Expr, when: bool, target: Label) -> CompileResult {
        match &expr.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !when, target),
            ExprKind::BoolOp { op, values } => {
                let Some((last, rest)) = values.split_last() else {
                    return Ok(());
                };
                let is_or = *op == BoolOp::Or;
                let skip = if is_or != when {
                    self.new_label()
                } else {
                    target
                };
                for value in rest {
                    self.jump_if(value, is_or, skip)?;
                }
                self.jump_if(last, when, target)?;
                if skip != target {
                    self.bind(skip);
                }
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && ops.len() == comparators.len() => {
                let count = ops.len();
                let cleanup = self.new_label();
                self.compile_expr(left)?;
                for i in 0..count - 1 {
                    self.compile_expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.emit(Instr::CompareOp(ops[i]));
                    self.emit(Instr::PopJumpIfFalse(cleanup.0));
                }
                self.compile_expr(&comparators[count - 1])?;
                self.emit(Instr::CompareOp(ops[count - 1]));
                self.emit(if when {
                    Instr::PopJumpIfTrue(target.0)
                } else {
                    Instr::PopJumpIfFalse(target.0)
                });
                let end = self.new_label();
                self.emit(Instr::Jump(end.0));
                self.bind(cleanup);
                self.emit(Instr::PopTop);
                if !when {
                    self.emit(Instr::Jump(target.0));
                }
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(expr)?;
        self.emit(if when {
            Instr::PopJumpIfTrue(target.0)
        } else {
            Instr::PopJumpIfFalse(target.0)
        });
        Ok(())
    }

    /// Rejects what cannot be assigned to, with CPython's messages (the parser may already have).
    pub(super) fn check_assign_target(&self, target: &Expr, kind: AssignKind) -> CompileResult {
        match &target.kind {
            ExprKind::Name(name) if name == "__debug__" => {
                Err(self.error("cannot assign to __debug__", target.pos, target.end))
            }
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Starred(value) => self.check_assign_target(value, kind),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => elts
                .iter()
                .try_for_each(|elt| self.check_assign_target(elt, kind)),
            _ => {
                let what = describe(target);
                let msg = match (&target.kind, kind) {
                    (ExprKind::Constant(_), _) if what != "literal" => {
                        format!("cannot assign to {what}")
                    }
                    (ExprKind::IfExp { .. }, _) | (_, AssignKind::Other) => {
                        format!("cannot assign to {what}")
                    }
                    (_, AssignKind::Assign) => format!(
                        "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                    ),
                };
                Err(self.error(&msg, target.pos, target.end))
            }
        }
    }

    /// Stores the value on top of the stack into `target`.
    pub(super) fn compile_store(&mut self, target: &'a Expr) -> CompileResult {
        let previous = self.set_span(target.pos, target.end);
        let result = self.compile_store_kind(target);
        self.restore_span(previous);
        result
    }

    fn compile_store_kind(&mut self, target: &'a Expr) -> CompileResult {
        match &target.kind {
            ExprKind::Name(name) => self.name_op(name, NameContext::Store),
            ExprKind::Attribute { value, attr } => {
                self.compile_expr(value)?;
                let index = self.mangled_name_index(attr);
                self.emit(Instr::StoreAttr(index));
            }
            ExprKind::Subscript { value, index } => {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let starred: Vec<usize> = elts
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| matches!(e.kind, ExprKind::Starred(_)))
                    .map(|(i, _)| i)
                    .collect();
                match starred.as_slice() {
                    [] => self.emit(Instr::UnpackSequence(elts.len() as u32)),
                    [star] => {
                        let before = *star;
                        let after = elts.len() - star - 1;
                        // CPython allows 2**24 targets after the star; gilt's instruction has room
                        // for 2**16, far beyond any real assignment.
                        if before >= 256 || after >= (1 << 16) {
                            return Err(self.error(
                                "too many expressions in star-unpacking assignment",
                                target.pos,
                                target.end,
                            ));
                        }
                        self.emit(Instr::UnpackEx(before as u16, after as u16));
                    }
                    _ => {
                        return Err(self.error(
                            "multiple starred expressions in assignment",
                            target.pos,
                            target.end,
                        ))
                    }
                }
                for elt in elts {
                    match &elt.kind {
                        ExprKind::Starred(value) => self.compile_store(value)?,
                        _ => self.compile_store(elt)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    target.pos,
                    target.end,
                ))
            }
            _ => {
                let msg = format!("cannot assign to {}", describe(target));
                return Err(self.error(&msg, target.pos, target.end));
            }
        }
        Ok(())
    }

    pub(super) fn compile_delete(&mut self, target: &'a Expr) -> CompileResult {
        let previous = self.set_span(target.pos, target.end);
        let result = match &target.kind {
            ExprKind::Name(name) => {
                self.name_op(name, NameContext::Delete);
                Ok(())
            }
            ExprKind::Attribute { value, attr } => self.compile_expr(value).map(|()| {
                let index = self.mangled_name_index(attr);
                self.emit(Instr::DeleteAttr(index));
            }),
            ExprKind::Subscript { value, index } => (|| {
                self.compile_expr(value)?;
                self.compile_expr(index)?;
                self.emit(Instr::DeleteSubscr);
                Ok(())
            })(),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|elt| self.compile_delete(elt))
            }
            _ => {
                let msg = format!("cannot delete {}", describe(target));
                Err(self.error(&msg, target.pos, target.end))
            }
        };
        self.restore_span(previous);
        result
    }

    pub(super) fn compile_aug_assign(
        &mut self,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> CompileResult {
        match &target.kind {
            ExprKind::Name(name) => {
                let previous = self.set_span(target.pos, target.end);
                self.name_op(name, NameContext::Load);
                self.restore_span(previous);
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                let previous = self.set_span(target.pos, target.end);
                self.name_op(name, NameContext::Store);
                self.restore_span(previous);
            }
            ExprKind::Attribute {
                value: object,
                attr,
            } => {
                let index = self.mangled_name_index(attr);
                self.compile_expr(object)?;
                let previous = self.set_span(target.pos, target.end);
                self.emit(Instr::Copy(1));
                self.emit(Instr::LoadAttr(index));
                self.restore_span(previous);
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                let previous = self.set_span(target.pos, target.end);
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreAttr(index));
                self.restore_span(previous);
            }
            ExprKind::Subscript {
                value: container,
                index,
            } => {
                self.compile_expr(container)?;
                self.compile_expr(index)?;
                let previous = self.set_span(target.pos, target.end);
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
                self.restore_span(previous);
                self.compile_expr(value)?;
                self.emit(Instr::InplaceOp(op));
                let previous = self.set_span(target.pos, target.end);
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
                self.restore_span(previous);
            }
            _ => {
                let msg = format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(target)
                );
                return Err(self.error(&msg, target.pos, target.end));
            }
        }
        Ok(())
    }

    /// Lists, tuples and sets, with `*iterable` items; `pushed` items are already on the stack
    /// (the leading arguments of a class-building call).
    fn compile_collection(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        collection: Collection,
    ) -> CompileResult {
        let (build, add, extend) = match collection {
            Collection::List | Collection::Tuple => (
                Instr::BuildList as fn(u32) -> Instr,
                Instr::ListAppend as fn(u32) -> Instr,
                Instr::ListExtend as fn(u32) -> Instr,
            ),
            Collection::Set => (
                Instr::BuildSet as fn(u32) -> Instr,
                Instr::SetAdd as fn(u32) -> Instr,
                Instr::SetUpdate as fn(u32) -> Instr,
            ),
        };
        let tuple = collection == Collection::Tuple;
        let constants: Option<Vec<Const>> = elts.iter().map(const_of).collect();
        if let Some(constants) = constants {
            if collection != Collection::Set && elts.len() > 2 || tuple && pushed == 0 {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(constants));
                } else {
                    self.emit(build(pushed));
                    self.load_const(Const::Tuple(constants));
                    self.emit(extend(1));
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = elts.len() + pushed as usize > STACK_USE_GUIDELINE;
        let has_star = elts.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !has_star && !big {
            for elt in elts {
                self.compile_expr(elt)?;
            }
            let count = elts.len() as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(count)
            } else {
                build(count)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let ExprKind::Starred(value) = &elt.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.compile_expr(value)?;
                self.emit(extend(1));
            } else {
                self.compile_expr(elt)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// `keys[begin..end]` and their values, none of them `**`, as one dict.
    fn compile_subdict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CompileResult {
        let count = values.len();
        let big = count * 2 > STACK_USE_GUIDELINE;
        let constant_keys: Option<Vec<Const>> =
            keys.iter().map(|k| k.as_ref().and_then(const_of)).collect();
        if let (Some(constant_keys), true) = (constant_keys, count > 1 && !big) {
            for value in values {
                self.compile_expr(value)?;
            }
            self.load_const(Const::Tuple(constant_keys));
            self.emit(Instr::BuildConstKeyMap(count as u32));
            return Ok(());
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for (key, value) in keys.iter().zip(values) {
            if let Some(key) = key {
                self.compile_expr(key)?;
            }
            self.compile_expr(value)?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(count as u32));
        }
        Ok(())
    }

    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CompileResult {
        let count = keys.len().min(values.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..count {
            if keys[i].is_none() {
                if elements > 0 {
                    self.compile_subdict(&keys[i - elements..i], &values[i - elements..i])?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&keys[i - elements..=i], &values[i - elements..=i])?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(
                &keys[count - elements..count],
                &values[count - elements..count],
            )?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn compile_fstring(&mut self, parts: &'a [FStringPart]) -> CompileResult {
        let mut count = 0;
        let mut literal = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(text) => literal.push_str(text),
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    self_documenting,
                } => {
                    if let Some(text) = self_documenting {
                        literal.push_str(text);
                    }
                    if !literal.is_empty() {
                        self.load_const(Const::Str(std::mem::take(&mut literal)));
                        count += 1;
                    }
                    self.compile_expr(value)?;
                    let conversion = match conversion {
                        Some(c) => *c as u8,
                        None if self_documenting.is_some() && spec.is_none() => b'r',
                        None => 0,
                    };
                    if let Some(spec) = spec {
                        self.compile_fstring(spec)?;
                    }
                    self.emit(Instr::FormatValue {
                        conversion,
                        has_spec: spec.is_some(),
                    });
                    count += 1;
                }
            }
        }
        if !literal.is_empty() || count == 0 {
            self.load_const(Const::Str(literal));
            count += 1;
        }
        if count > 1 {
            self.emit(Instr::BuildString(count));
        }
        Ok(())
    }

    fn compile_call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult {
        self.check_keywords(keywords)?;
        let simple_args = keywords.is_empty()
            && args.len() < STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        if let (ExprKind::Attribute { value, attr }, true) = (&func.kind, simple_args) {
            self.compile_expr(value)?;
            let previous = self.set_span(func.pos, func.end);
            let index = self.mangled_name_index(attr);
            self.emit(Instr::LoadMethod(index));
            self.restore_span(previous);
            for arg in args {
                self.compile_expr(arg)?;
            }
            self.emit(Instr::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.compile_expr(func)?;
        self.compile_call_helper(0, args, keywords)
    }

    fn check_keywords(&self, keywords: &[Keyword]) -> CompileResult {
        for (i, keyword) in keywords.iter().enumerate() {
            let Some(name) = &keyword.arg else { continue };
            if keywords[..i].iter().any(|k| k.arg.as_ref() == Some(name)) {
                let msg = format!("keyword argument repeated: {name}");
                return Err(self.error(&msg, keyword.pos, keyword.value.end));
            }
        }
        Ok(())
    }

    /// The arguments of a call whose callable (and `pushed` leading arguments) are on the stack.
    pub(super) fn compile_call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CompileResult {
        self.check_keywords(keywords)?;
        let has_star = args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let has_double_star = keywords.iter().any(|k| k.arg.is_none());
        let big = args.len() + keywords.len() + pushed as usize > STACK_USE_GUIDELINE;
        if !has_star && !has_double_star && !big {
            for arg in args {
                self.compile_expr(arg)?;
            }
            let count = pushed + args.len() as u32 + keywords.len() as u32;
            if keywords.is_empty() {
                self.emit(Instr::Call(count));
            } else {
                let names = keywords
                    .iter()
                    .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
                    .collect();
                for keyword in keywords {
                    self.compile_expr(&keyword.value)?;
                }
                self.load_const(Const::Tuple(names));
                self.emit(Instr::CallKw(count));
            }
            return Ok(());
        }
        // The general form: an argument tuple and a keyword dict; a lone `*iterable` is passed
        // as it is (`CallEx` makes the tuple, naming the function if it is no iterable).
        match args {
            [crate::syntax::ast::Expr {
                kind: ExprKind::Starred(value),
                ..
            }] if pushed == 0 => self.compile_expr(value)?,
            _ => self.compile_collection(args, pushed, Collection::Tuple)?,
        }
        if keywords.is_empty() {
            self.emit(Instr::CallEx { has_kwargs: false });
            return Ok(());
        }
        let mut have_dict = false;
        let mut seen = 0;
        for (i, keyword) in keywords.iter().enumerate() {
            if keyword.arg.is_none() {
                if seen > 0 {
                    self.compile_subkwargs(&keywords[i - seen..i])?;
                    if have_dict {
                        self.emit(Instr::DictMerge(1));
                    }
                    have_dict = true;
                    seen = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&keyword.value)?;
                self.emit(Instr::DictMerge(1));
            } else {
                seen += 1;
            }
        }
        if seen > 0 {
            self.compile_subkwargs(&keywords[keywords.len() - seen..])?;
            if have_dict {
                self.emit(Instr::DictMerge(1));
            }
        }
        self.emit(Instr::CallEx { has_kwargs: true });
        Ok(())
    }

    fn compile_subkwargs(&mut self, keywords: &'a [Keyword]) -> CompileResult {
        if keywords.len() > 1 {
            for keyword in keywords {
                self.compile_expr(&keyword.value)?;
            }
            let names = keywords
                .iter()
                .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Const::Tuple(names));
            self.emit(Instr::BuildConstKeyMap(keywords.len() as u32));
        } else {
            for keyword in keywords {
                self.load_const(Const::Str(keyword.arg.clone().unwrap_or_default()));
                self.compile_expr(&keyword.value)?;
            }
            self.emit(Instr::BuildMap(keywords.len() as u32));
        }
        Ok(())
    }

    fn compile_lambda(
        &mut self,
        expr: &'a Expr,
        params: &'a crate::syntax::ast::Parameters,
        body: &'a Expr,
    ) -> CompileResult {
        self.check_params(params)?;
        let flags = self.compile_defaults(params)?;
        let Some(scope) = self.table.scope_of(expr) else {
            return Err(self.error("internal compiler error: no scope", expr.pos, expr.end));
        };
        let qualname = self.qualname_for("<lambda>");
        let private = self.unit_ref().private.clone();
        self.enter_unit(
            scope,
            "<lambda>".to_string(),
            qualname,
            expr.pos.line,
            private,
        );
        self.set_signature(params);
        // None first, so a lambda never has a docstring.
        self.add_const(Const::None);
        let compiled = self.compile_expr(body);
        if let Err(error) = compiled {
            self.units.pop();
            return Err(error);
        }
        if self.table.scopes[scope].is_generator {
            self.emit(Instr::PopTop);
            self.return_none();
        } else {
            self.emit(Instr::ReturnValue);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, flags);
        Ok(())
    }

    fn compile_comprehension(
        &mut self,
        expr: &'a Expr,
        kind: ComprehensionKind,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult {
        let Some(outermost) = generators.first() else {
            return Err(self.error("invalid syntax", expr.pos, expr.end));
        };
        let Some(scope) = self.table.scope_of(expr) else {
            return Err(self.error("internal compiler error: no scope", expr.pos, expr.end));
        };
        // An asynchronous comprehension (`async for`, or `await` inside) runs as a coroutine
        // that the enclosing code awaits: only an `async def` or another comprehension can.
        let is_async = self.table.scopes[scope].is_coroutine;
        if is_async {
            if kind == ComprehensionKind::Generator {
                return Err(self.error(
                    "asynchronous generator expressions are not supported yet",
                    expr.pos,
                    expr.end,
                ));
            }
            let enclosing = &self.table.scopes[self.unit_ref().scope];
            let allowed = enclosing.kind == ScopeKind::Function
                && (enclosing.comprehension.is_some() || enclosing.is_coroutine);
            if !allowed {
                return Err(self.error(
                    "asynchronous comprehension outside of an asynchronous function",
                    expr.pos,
                    expr.end,
                ));
            }
        }
        let name = match kind {
            ComprehensionKind::List => "<listcomp>",
            ComprehensionKind::Set => "<setcomp>",
            ComprehensionKind::Dict => "<dictcomp>",
            ComprehensionKind::Generator => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, name.to_string(), qualname, expr.pos.line, private);
        self.unit().argcount = 1;
        if kind == ComprehensionKind::Generator {
            self.unit().flags = crate::compile::bytecode::CO_GENERATOR;
        } else if is_async {
            self.unit().flags = crate::compile::bytecode::CO_COROUTINE;
        }
        let previous = self.set_span(expr.pos, expr.end);
        let compiled = (|| {
            match kind {
                ComprehensionKind::List => self.emit(Instr::BuildList(0)),
                ComprehensionKind::Set => self.emit(Instr::BuildSet(0)),
                ComprehensionKind::Dict => self.emit(Instr::BuildMap(0)),
                ComprehensionKind::Generator => {}
            }
            self.compile_comprehension_generator(generators, 0, kind, elt, value)?;
            if kind == ComprehensionKind::Generator {
                self.return_none();
            } else {
                self.emit(Instr::ReturnValue);
            }
            Ok(())
        })();
        self.restore_span(previous);
        if let Err(error) = compiled {
            self.units.pop();
            return Err(error);
        }
        let code = self.exit_unit()?;
        self.make_closure(code, 0);
        self.compile_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(1));
        if is_async {
            self.emit_await(0);
        }
        Ok(())
    }

    fn compile_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        depth: usize,
        kind: ComprehensionKind,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CompileResult {
        let generator = &generators[depth];
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        if depth == 0 {
            let index = self.varname_index(".0");
            self.emit(Instr::LoadFast(index));
        } else {
            self.compile_expr(&generator.iter)?;
            self.emit(if generator.is_async {
                Instr::GetAiter
            } else {
                Instr::GetIter
            });
        }
        self.bind(start);
        if generator.is_async {
            // As `async for`: the `StopAsyncIteration` of the await ends this loop.
            self.emit(Instr::SetupExcept(anchor.0));
            self.emit(Instr::GetAnext);
            self.emit_await(0);
            self.emit(Instr::PopBlock);
        } else {
            self.emit(Instr::ForIter(anchor.0));
        }
        self.check_assign_target(&generator.target, AssignKind::Other)?;
        self.compile_store(&generator.target)?;
        for condition in &generator.ifs {
            self.jump_if(condition, false, if_cleanup)?;
        }
        if depth + 1 < generators.len() {
            self.compile_comprehension_generator(generators, depth + 1, kind, elt, value)?;
        } else {
            let below = generators.len() as u32 + 1;
            match kind {
                ComprehensionKind::Generator => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::YieldValue);
                    self.emit(Instr::PopTop);
                }
                ComprehensionKind::List => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::ListAppend(below));
                }
                ComprehensionKind::Set => {
                    self.compile_expr(elt)?;
                    self.emit(Instr::SetAdd(below));
                }
                ComprehensionKind::Dict => {
                    self.compile_expr(elt)?;
                    if let Some(value) = value {
                        self.compile_expr(value)?;
                    }
                    self.emit(Instr::MapAdd(below));
                }
            }
        }
        self.bind(if_cleanup);
        self.emit(Instr::Jump(start.0));
        self.bind(anchor);
        if generator.is_async {
            self.emit(Instr::EndAsyncFor);
        }
        Ok(())
    }
}
