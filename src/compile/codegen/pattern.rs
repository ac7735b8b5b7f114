//! `match` statements (PEP 634), laid out as CPython 3.11 lays them out.
//!
//! The subject is evaluated once; every case but the last matches against a copy of it. A
//! pattern consumes the value on top of the stack and either falls through (matched) or jumps to
//! a failure label. Names a pattern captures are not stored as it goes: their values are moved
//! down the stack, below everything the pattern still works on, and stored only once the whole
//! pattern has matched (then the guard runs). The stack during a pattern, bottom to top:
//!
//! ```text
//! [subject copy] [captured values: newest deepest, the first name's value nearest the top]
//! [`on_top` working items: a sequence being checked, unpacked items not matched yet, ...]
//! [the value being matched]
//! ```
//!
//! A test that fails jumps to `fail_pop[n]`, where n counts the captured values and working
//! items on the stack at that point; the failure labels are emitted after the case body, each
//! popping one item and falling into the next, so every path reaches `fail_pop[0]` with only the
//! subject left, and the next case starts there.
//!
//! The compile-time errors (unreachable patterns, names bound twice, alternatives binding
//! different names) point where CPython's do: at the last pattern whose compilation started
//! (`PatternContext::location`), which is not always the one at fault.

use super::{const_of, CompileResult, Compiler, Label, NameContext};
use crate::compile::bytecode::{Const, Instr};
use crate::syntax::ast::{CmpOp, Expr, MatchCase, Pattern, PatternKind, Pos};

/// CPython's limit for the items before a starred sub-pattern (`UNPACK_EX`'s low byte).
const MAX_BEFORE_STAR: usize = 256;

/// The state of one pattern being compiled; see the module comment.
struct PatternContext {
    /// The names captured so far, in capture order.
    stores: Vec<String>,
    /// An irrefutable pattern is allowed here: the last case or a guarded one, the last
    /// alternative of an allowed or-pattern, or any sub-pattern.
    allow_irrefutable: bool,
    /// `fail_pop[n]` pops n items, then fails.
    fail_pop: Vec<Label>,
    /// Working items above the captured values.
    on_top: usize,
    /// The pattern compiled last, where errors point.
    location: (Pos, Pos),
}

impl PatternContext {
    fn new(allow_irrefutable: bool, location: (Pos, Pos)) -> PatternContext {
        PatternContext {
            stores: Vec::new(),
            allow_irrefutable,
            fail_pop: Vec::new(),
            on_top: 0,
            location,
        }
    }
}

/// Two constant mapping keys that Python would treat as the same dict key.
fn same_key(a: &Const, b: &Const) -> bool {
    let number = |c: &Const| match c {
        Const::True => Some(1.0),
        Const::False => Some(0.0),
        Const::Int(value) => Some(*value as f64),
        Const::Float(value) => Some(*value),
        _ => None,
    };
    match (a, b) {
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::None, Const::None) => true,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        _ => match (number(a), number(b)) {
            (Some(x), Some(y)) => x == y,
            _ => false,
        },
    }
}

impl<'a> Compiler<'a> {
    pub(super) fn compile_match(
        &mut self,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CompileResult {
        self.compile_expr(subject)?;
        let end = self.new_label();
        let count = cases.len();
        let has_default = count > 1 && cases[count - 1].pattern.is_wildcard();
        let looped = count - usize::from(has_default);
        for (index, case) in cases[..looped].iter().enumerate() {
            let pattern = &case.pattern;
            let previous = self.set_span(pattern.pos, pattern.end);
            // The last case tested here consumes the subject; the others test a copy.
            let keeps_subject = index + 1 != looped;
            if keeps_subject {
                self.emit(Instr::Copy(1));
            }
            let mut context = PatternContext::new(
                case.guard.is_some() || index + 1 == count,
                (pattern.pos, pattern.end),
            );
            self.compile_pattern(pattern, &mut context)?;
            for name in &context.stores {
                self.name_op(name, NameContext::Store);
            }
            if let Some(guard) = &case.guard {
                self.ensure_fail_pop(&mut context, 0);
                let fail = context.fail_pop[0];
                self.jump_if(guard, false, fail)?;
            }
            if keeps_subject {
                self.emit(Instr::PopTop);
            }
            self.restore_span(previous);
            self.compile_stmts(&case.body)?;
            self.emit(Instr::Jump(end.0));
            let previous = self.set_span(pattern.pos, pattern.end);
            self.emit_fail_pop(&mut context);
            self.restore_span(previous);
        }
        if has_default {
            // A trailing `case _:` needs no copy and no test: every other case has failed.
            let case = &cases[count - 1];
            let previous = self.set_span(case.pattern.pos, case.pattern.end);
            self.emit(Instr::Nop);
            if let Some(guard) = &case.guard {
                self.jump_if(guard, false, end)?;
            }
            self.restore_span(previous);
            self.compile_stmts(&case.body)?;
        }
        self.bind(end);
        Ok(())
    }

    fn pattern_error(&self, context: &PatternContext, msg: &str) -> crate::syntax::SyntaxError {
        self.error(msg, context.location.0, context.location.1)
    }

    fn ensure_fail_pop(&mut self, context: &mut PatternContext, count: usize) {
        while context.fail_pop.len() <= count {
            let label = self.new_label();
            context.fail_pop.push(label);
        }
    }

    /// Emits `jump` (a conditional or plain jump) to the failure label that pops everything
    /// the pattern has on the stack now.
    fn jump_to_fail_pop(&mut self, context: &mut PatternContext, jump: fn(u32) -> Instr) {
        let pops = context.on_top + context.stores.len();
        self.ensure_fail_pop(context, pops);
        self.emit(jump(context.fail_pop[pops].0));
    }

    /// The failure labels, highest first, each popping one item into the next.
    fn emit_fail_pop(&mut self, context: &mut PatternContext) {
        let labels = std::mem::take(&mut context.fail_pop);
        let Some((first, rest)) = labels.split_first() else {
            return;
        };
        for label in rest.iter().rev() {
            self.bind(*label);
            self.emit(Instr::PopTop);
        }
        self.bind(*first);
    }

    /// Moves the top of the stack down to be the `count`-th item (1 is the top).
    fn rotate(&mut self, count: usize) {
        for position in (2..=count).rev() {
            self.emit(Instr::Swap(position as u32));
        }
    }

    /// Captures the value on top for `name` (drops it for the wildcard).
    fn store_capture(&mut self, name: Option<&str>, context: &mut PatternContext) -> CompileResult {
        let Some(name) = name else {
            self.emit(Instr::PopTop);
            return Ok(());
        };
        if name == "__debug__" {
            return Err(self.pattern_error(context, "cannot assign to __debug__"));
        }
        if context.stores.iter().any(|stored| stored == name) {
            let msg = format!("multiple assignments to name '{name}' in pattern");
            return Err(self.pattern_error(context, &msg));
        }
        self.rotate(context.on_top + context.stores.len() + 1);
        context.stores.push(name.to_string());
        Ok(())
    }

    fn compile_pattern(
        &mut self,
        pattern: &'a Pattern,
        context: &mut PatternContext,
    ) -> CompileResult {
        context.location = (pattern.pos, pattern.end);
        self.set_span(pattern.pos, pattern.end);
        match &pattern.kind {
            PatternKind::Value(value) => {
                self.compile_expr(value)?;
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
            }
            PatternKind::Singleton(constant) => {
                let constant = match constant {
                    crate::syntax::ast::Constant::True => Const::True,
                    crate::syntax::ast::Constant::False => Const::False,
                    _ => Const::None,
                };
                self.load_const(constant);
                self.emit(Instr::CompareOp(CmpOp::Is));
                self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
            }
            PatternKind::Star(name) => self.store_capture(name.as_deref(), context)?,
            PatternKind::As {
                pattern: None,
                name,
            } => {
                if !context.allow_irrefutable {
                    let msg = match name {
                        Some(name) => {
                            format!("name capture '{name}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.pattern_error(context, &msg));
                }
                self.store_capture(name.as_deref(), context)?;
            }
            PatternKind::As {
                pattern: Some(inner),
                name,
            } => {
                // Keep a copy to capture once the inner pattern matched.
                context.on_top += 1;
                self.emit(Instr::Copy(1));
                self.compile_pattern(inner, context)?;
                context.on_top -= 1;
                self.store_capture(name.as_deref(), context)?;
            }
            PatternKind::Sequence(items) => self.compile_sequence_pattern(items, context)?,
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => self.compile_mapping_pattern(keys, patterns, rest.as_deref(), context)?,
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.compile_class_pattern(cls, patterns, kwd_attrs, kwd_patterns, context)?,
            PatternKind::Or(alternatives) => self.compile_or_pattern(alternatives, context)?,
        }
        Ok(())
    }

    /// A sub-pattern may be irrefutable whatever its enclosing pattern is.
    fn compile_subpattern(
        &mut self,
        pattern: &'a Pattern,
        context: &mut PatternContext,
    ) -> CompileResult {
        let allowed = std::mem::replace(&mut context.allow_irrefutable, true);
        let result = self.compile_pattern(pattern, context);
        context.allow_irrefutable = allowed;
        result
    }

    fn compile_sequence_pattern(
        &mut self,
        items: &'a [Pattern],
        context: &mut PatternContext,
    ) -> CompileResult {
        let size = items.len();
        let mut star = None;
        let mut only_wildcards = true;
        let mut star_wildcard = false;
        for (index, item) in items.iter().enumerate() {
            if let PatternKind::Star(name) = &item.kind {
                if star.is_some() {
                    return Err(
                        self.pattern_error(context, "multiple starred names in sequence pattern")
                    );
                }
                star_wildcard = name.is_none();
                star = Some(index);
            }
            only_wildcards &= item.is_wildcard() || matches!(item.kind, PatternKind::Star(None));
        }
        // The subject stays on top through the type and length checks.
        context.on_top += 1;
        self.emit(Instr::MatchSequence);
        self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
        match star {
            None => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64));
                self.emit(Instr::CompareOp(CmpOp::Eq));
                self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
            }
            // `len(subject) >= size - 1`, which always holds for `[*rest]`.
            Some(_) if size > 1 => {
                self.emit(Instr::GetLen);
                self.load_const(Const::Int(size as i64 - 1));
                self.emit(Instr::CompareOp(CmpOp::GtE));
                self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
            }
            Some(_) => {}
        }
        context.on_top -= 1;
        if only_wildcards {
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if let (Some(star), true) = (star, star_wildcard) {
            // `[a, *_, b]`: index the items instead of unpacking them all.
            context.on_top += 1;
            for (index, item) in items.iter().enumerate() {
                if item.is_wildcard() || index == star {
                    continue;
                }
                self.emit(Instr::Copy(1));
                if index < star {
                    self.load_const(Const::Int(index as i64));
                } else {
                    // The subject may not support negative indexes: count from its length.
                    self.emit(Instr::GetLen);
                    self.load_const(Const::Int((size - index) as i64));
                    self.emit(Instr::BinaryOp(crate::syntax::ast::BinOp::Sub));
                }
                self.emit(Instr::BinarySubscr);
                self.compile_subpattern(item, context)?;
            }
            context.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        match star {
            None => self.emit(Instr::UnpackSequence(size as u32)),
            Some(star) => {
                let after = size - star - 1;
                if star >= MAX_BEFORE_STAR || after >= (1 << 16) {
                    return Err(self.pattern_error(
                        context,
                        "too many expressions in star-unpacking sequence pattern",
                    ));
                }
                self.emit(Instr::UnpackEx(star as u16, after as u16));
            }
        }
        context.on_top += size;
        for item in items {
            context.on_top -= 1;
            self.compile_subpattern(item, context)?;
        }
        Ok(())
    }

    fn compile_mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        context: &mut PatternContext,
    ) -> CompileResult {
        let size = keys.len();
        context.on_top += 1;
        self.emit(Instr::MatchMapping);
        self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
        if size == 0 && rest.is_none() {
            // `{}` matches any mapping.
            context.on_top -= 1;
            self.emit(Instr::PopTop);
            return Ok(());
        }
        if size > 0 {
            self.emit(Instr::GetLen);
            self.load_const(Const::Int(size as i64));
            self.emit(Instr::CompareOp(CmpOp::GtE));
            self.jump_to_fail_pop(context, Instr::PopJumpIfFalse);
        }
        let mut seen: Vec<Const> = Vec::new();
        for key in keys {
            if let Some(constant) = const_of(key) {
                if seen.iter().any(|other| same_key(other, &constant)) {
                    let msg = format!(
                        "mapping pattern checks duplicate key ({})",
                        crate::compile::disasm::const_repr(&constant)
                    );
                    return Err(self.pattern_error(context, &msg));
                }
                seen.push(constant);
            }
            self.compile_expr(key)?;
        }
        self.emit(Instr::BuildTuple(size as u32));
        self.emit(Instr::MatchKeys);
        // The subject, the keys and the values are on top now.
        context.on_top += 2;
        self.emit(Instr::Copy(1));
        self.jump_to_fail_pop(context, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(size as u32));
        context.on_top += size;
        context.on_top -= 1;
        for pattern in patterns {
            context.on_top -= 1;
            self.compile_subpattern(pattern, context)?;
        }
        // [subject keys]
        context.on_top -= 2;
        match rest {
            Some(name) => {
                // rest = dict(subject) without the keys
                self.emit(Instr::BuildMap(0));
                self.emit(Instr::Swap(3));
                self.emit(Instr::DictUpdate(2));
                self.emit(Instr::UnpackSequence(size as u32));
                for remaining in (1..=size).rev() {
                    self.emit(Instr::Copy(remaining as u32 + 1));
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::DeleteSubscr);
                }
                self.store_capture(Some(name), context)?;
            }
            None => {
                self.emit(Instr::PopTop);
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    fn compile_class_pattern(
        &mut self,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        context: &mut PatternContext,
    ) -> CompileResult {
        for (index, attr) in kwd_attrs.iter().enumerate() {
            let pattern = &kwd_patterns[index];
            if attr == "__debug__" {
                return Err(self.error("cannot assign to __debug__", pattern.pos, pattern.end));
            }
            if kwd_attrs[..index].contains(attr) {
                let msg = format!("attribute name repeated in class pattern: {attr}");
                return Err(self.error(&msg, pattern.pos, pattern.end));
            }
        }
        let positional = patterns.len();
        let total = positional + kwd_patterns.len();
        self.compile_expr(cls)?;
        self.load_const(Const::Tuple(
            kwd_attrs.iter().map(|a| Const::Str(a.clone())).collect(),
        ));
        self.emit(Instr::MatchClass(positional as u32));
        self.emit(Instr::Copy(1));
        // The tuple of attributes (or None) is on top.
        context.on_top += 1;
        self.jump_to_fail_pop(context, Instr::PopJumpIfNone);
        self.emit(Instr::UnpackSequence(total as u32));
        context.on_top += total;
        context.on_top -= 1;
        for pattern in patterns.iter().chain(kwd_patterns) {
            context.on_top -= 1;
            if pattern.is_wildcard() {
                self.emit(Instr::PopTop);
                continue;
            }
            self.compile_subpattern(pattern, context)?;
        }
        Ok(())
    }

    fn compile_or_pattern(
        &mut self,
        alternatives: &'a [Pattern],
        context: &mut PatternContext,
    ) -> CompileResult {
        let end = self.new_label();
        let mut control: Option<Vec<String>> = None;
        let last = alternatives.len().saturating_sub(1);
        for (index, alternative) in alternatives.iter().enumerate() {
            // Each alternative matches a copy of the subject, with captures of its own.
            let mut inner =
                PatternContext::new(index == last && context.allow_irrefutable, context.location);
            self.emit(Instr::Copy(1));
            self.compile_pattern(alternative, &mut inner)?;
            context.location = inner.location;
            match &control {
                None => control = Some(inner.stores.clone()),
                Some(names) => {
                    let mut current = inner.stores.clone();
                    if names.len() != current.len()
                        || names.iter().any(|name| !current.contains(name))
                    {
                        return Err(self
                            .pattern_error(context, "alternative patterns bind different names"));
                    }
                    // Put the captured values in the first alternative's order (position 0
                    // is the top of the stack).
                    for (position, wanted) in names.iter().enumerate() {
                        let Some(found) = current.iter().position(|name| name == wanted) else {
                            continue;
                        };
                        if found == position {
                            continue;
                        }
                        let (p, q) = (position as u32 + 1, found as u32 + 1);
                        if p == 1 {
                            self.emit(Instr::Swap(q));
                        } else {
                            self.emit(Instr::Swap(p));
                            self.emit(Instr::Swap(q));
                            self.emit(Instr::Swap(p));
                        }
                        current.swap(position, found);
                    }
                }
            }
            self.emit(Instr::Jump(end.0));
            self.emit_fail_pop(&mut inner);
        }
        // No alternative matched: drop the subject and fail.
        self.emit(Instr::PopTop);
        self.jump_to_fail_pop(context, Instr::Jump);
        self.bind(end);
        // Matched: [captures, working items, subject, this pattern's captures]. Move each of
        // the new captures below everything else, as `store_capture` would have.
        let names = control.unwrap_or_default();
        let rotations = names.len() + 1 + context.on_top + context.stores.len();
        for name in names {
            self.rotate(rotations);
            if context.stores.contains(&name) {
                let msg = format!("multiple assignments to name '{name}' in pattern");
                return Err(self.pattern_error(context, &msg));
            }
            context.stores.push(name);
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}
