//! Statements. The exception-handling layouts, with the stack on the right (`d` is the depth
//! before the statement):
//!
//! ```text
//! try/except:     SetupExcept H; body; PopBlock; orelse; Jump END
//!   H:            [exc] SetupExcept CLEANUP (records d+1); PushExcInfo  [prev exc]
//!                 per handler: <type>; CheckExcMatch; PopJumpIfFalse NEXT
//!                   store name (or PopTop)  [prev]; SetupExcept NAMECLEANUP if named
//!                   body; PopBlock (named); PopBlock; PopExcept; name = None; del name; Jump END
//!                   NAMECLEANUP: [prev exc2] name = None; del name; Reraise
//!                 no match: Reraise
//!   CLEANUP:      [prev exc2] Swap 2; PopExcept; Reraise
//! try/finally:    SetupExcept H; body; PopBlock; finalbody; Jump END
//!   H:            [exc] SetupExcept CLEANUP; PushExcInfo; finalbody; Reraise; CLEANUP as above
//! try/except*:    SetupExcept H; body; PopBlock; orelse; Jump END
//!   H:            [exc] SetupExcept CLEANUP; PushExcInfo; Copy 1; BuildList 0; Swap 2
//!                 [prev orig raised rest]
//!                 per clause: <type>; CheckEgMatch [.. rest' match]; Copy 1; PopJumpIfNone NO
//!                   store name (or PopTop); SetupExcept RAISED; body; PopBlock; clear name;
//!                   Jump NEXT
//!                   RAISED: [.. rest exc2] clear name; ListAppend 2 (into raised); Jump NEXT
//!                   NO: PopTop (the None)
//!                 ListAppend 1 (rest into raised); PrepReraiseStar [prev exc-or-None];
//!                 Copy 1; PopJumpIfNone NONE; Reraise (CLEANUP restores prev)
//!   NONE:         PopTop; PopBlock; PopExcept; Jump END
//! with:           <ctx>; BeforeWith [exit res]; store target [exit]; SetupExcept H; body;
//!                 PopBlock; WithExitNormal; Jump END
//!   H:            [exit exc] SetupExcept CLEANUP; PushExcInfo [exit prev exc];
//!                 WithExceptStart; PopJumpIfTrue SUPPRESS; Reraise
//!   SUPPRESS:     PopTop; PopBlock; PopExcept; PopTop; Jump END
//! async with:     as `with`, with BeforeAsyncWith and an await (`GetAwaitable n; LoadConst None;
//!                 YieldFrom`) after `__aenter__`, and `__aexit__` called as exit(None, None,
//!                 None) (normal exit) or by WithExceptStart, its result awaited too
//! async for:      <iter>; GetAiter; START: SetupExcept STOP; GetAnext; await; PopBlock;
//!                 store target; body; Jump START
//!   STOP:         [aiter exc] EndAsyncFor (StopAsyncIteration ends the loop); orelse
//! ```
//!
//! Because `SetupExcept` records the depth at which it runs, the cleanup block is set up *before*
//! `PushExcInfo`, so an exception inside a handler body finds `prev` where the caught exception
//! was. The `with` exception block starts after the target is bound (the `__enter__` result must
//! be off the stack first): unlike CPython, a failure while binding the target does not call
//! `__exit__`.

use super::{CompileResult, Compiler, FBlock, NameContext};
use crate::compile::bytecode::{
    Const, Instr, CO_ASYNC_GENERATOR, CO_CLASS_BODY, CO_COROUTINE, CO_GENERATOR, CO_VARARGS,
    CO_VARKEYWORDS, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_DEFAULTS, MAKE_FUNCTION_KWDEFAULTS,
};
use crate::compile::symtable::ScopeKind;
use crate::syntax::ast::{
    Alias, ClassDef, ExceptHandler, Expr, ExprKind, FunctionDef, Parameters, Pos, Stmt, StmtKind,
    WithItem,
};

impl<'a> Compiler<'a> {
    pub(super) fn compile_stmt(&mut self, stmt: &'a Stmt) -> CompileResult {
        let previous = self.set_span(stmt.pos, stmt.end);
        let result = self.compile_stmt_kind(stmt);
        self.restore_span(previous);
        result
    }

    fn compile_stmt_kind(&mut self, stmt: &'a Stmt) -> CompileResult {
        match &stmt.kind {
            StmtKind::Expr(value) => {
                let top_level = self.units.len() == 1;
                if self.interactive && top_level {
                    self.compile_expr(value)?;
                    self.emit(Instr::PrintExpr);
                } else if super::const_of(value).is_some() {
                    // A constant statement has no effect; CPython emits nothing for it.
                    self.emit(Instr::Nop);
                } else {
                    self.compile_expr(value)?;
                    self.emit(Instr::PopTop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.compile_expr(value)?;
                for (i, target) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.check_assign_target(target, AssignKind::Assign)?;
                    self.compile_store(target)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.compile_aug_assign(target, *op, value)?
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(value) = value {
                    self.compile_expr(value)?;
                    self.check_assign_target(target, AssignKind::Assign)?;
                    self.compile_store(target)?;
                } else {
                    self.check_assign_target(target, AssignKind::Assign)?;
                    // `a.b: int` and `a[i]: int` still evaluate the target's parts.
                    match &target.kind {
                        ExprKind::Attribute { value, .. } => {
                            self.compile_expr(value)?;
                            self.emit(Instr::PopTop);
                        }
                        ExprKind::Subscript { value, index } => {
                            self.compile_expr(value)?;
                            self.emit(Instr::PopTop);
                            self.compile_expr(index)?;
                            self.emit(Instr::PopTop);
                        }
                        _ => {}
                    }
                }
                // Annotations are evaluated last, and only at module and class level; a plain
                // name's is recorded in `__annotations__` (under its mangled name), the others'
                // are evaluated for their errors and dropped.
                if self.unit_ref().kind != ScopeKind::Function {
                    self.compile_annotation(annotation)?;
                    match &target.kind {
                        ExprKind::Name(name) => {
                            let mangled = crate::compile::symtable::mangle(
                                self.unit_ref().private.as_deref(),
                                name,
                            );
                            let index = self.name_index(&mangled);
                            self.emit(Instr::StoreAnnotation(index));
                        }
                        _ => self.emit(Instr::PopTop),
                    }
                }
            }
            StmtKind::If { test, body, orelse } => {
                let next = self.new_label();
                self.jump_if(test, false, next)?;
                self.compile_stmts(body)?;
                if orelse.is_empty() {
                    self.bind(next);
                } else {
                    let end = self.new_label();
                    self.emit(Instr::Jump(end.0));
                    self.bind(next);
                    self.compile_stmts(orelse)?;
                    self.bind(end);
                }
            }
            StmtKind::While { test, body, orelse } => self.compile_while(test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.check_async(stmt, "async for")?;
                    self.compile_async_for(target, iter, body, orelse)?;
                } else {
                    self.compile_for(target, iter, body, orelse)?;
                }
            }
            StmtKind::Break => {
                let Some(loop_block) =
                    self.unwind_fblock_stack(false, true, (stmt.pos, stmt.end))?
                else {
                    return Err(self.error("'break' outside loop", stmt.pos, stmt.end));
                };
                self.unwind_fblock(&loop_block, false);
                if let FBlock::WhileLoop { exit, .. } | FBlock::ForLoop { exit, .. } = loop_block {
                    self.emit(Instr::Jump(exit.0));
                }
            }
            StmtKind::Continue => {
                let Some(loop_block) =
                    self.unwind_fblock_stack(false, true, (stmt.pos, stmt.end))?
                else {
                    return Err(self.error("'continue' not properly in loop", stmt.pos, stmt.end));
                };
                if let FBlock::WhileLoop { start, .. } | FBlock::ForLoop { start, .. } = loop_block
                {
                    self.emit(Instr::Jump(start.0));
                }
            }
            StmtKind::Pass => self.emit(Instr::Nop),
            StmtKind::FunctionDef(def) => self.compile_function_def(stmt, def)?,
            StmtKind::ClassDef(class) => self.compile_class_def(stmt, class)?,
            StmtKind::Return(value) => self.compile_return(stmt, value.as_ref())?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Match { subject, cases } => self.compile_match(subject, cases)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                is_star,
            } => {
                if finalbody.is_empty() && *is_star {
                    self.compile_try_star_except(body, handlers, orelse)?;
                } else if finalbody.is_empty() {
                    self.compile_try_except(body, handlers, orelse)?;
                } else {
                    self.compile_try_finally(body, handlers, orelse, finalbody, *is_star)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut count = 0;
                if let Some(exc) = exc {
                    self.compile_expr(exc)?;
                    count += 1;
                    if let Some(cause) = cause {
                        self.compile_expr(cause)?;
                        count += 1;
                    }
                }
                self.emit(Instr::RaiseVarargs(count));
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async {
                    self.check_async(stmt, "async with")?;
                }
                self.compile_with(items, body, *is_async)?;
            }
            StmtKind::Assert { .. } if self.optimize >= 1 => {}
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                self.jump_if(test, true, end)?;
                self.emit(Instr::LoadAssertionError);
                if let Some(msg) = msg {
                    self.compile_expr(msg)?;
                    self.emit(Instr::Call(1));
                }
                self.emit(Instr::RaiseVarargs(1));
                self.bind(end);
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.compile_delete(target)?;
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    self.compile_import(alias);
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if module.as_deref() == Some("__future__")
                    && *level == 0
                    && stmt.pos.line > self.future_last_line
                {
                    return Err(self.error(
                        "from __future__ imports must occur at the beginning of the file",
                        stmt.pos,
                        stmt.end,
                    ));
                }
                self.compile_import_from(module.as_deref().unwrap_or(""), names, *level)
            }
        }
        Ok(())
    }

    /// `async for` and `async with` belong in an `async def`.
    fn check_async(&self, stmt: &Stmt, what: &str) -> CompileResult {
        let scope = &self.table.scopes[self.unit_ref().scope];
        if scope.kind == ScopeKind::Function && scope.is_coroutine && scope.comprehension.is_none()
        {
            return Ok(());
        }
        let msg = format!("'{what}' outside async function");
        Err(self.error(&msg, stmt.pos, stmt.end))
    }

    fn compile_while(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let start = self.new_label();
        let anchor = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        let always_true = matches!(super::const_of(test), Some(Const::True))
            || matches!(super::const_of(test), Some(Const::Int(value)) if value != 0);
        if !always_true {
            self.jump_if(test, false, anchor)?;
        }
        self.push_fblock(FBlock::WhileLoop { start, exit });
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.bind(anchor);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let exit = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetIter);
        self.bind(start);
        self.emit(Instr::ForIter(cleanup.0));
        self.push_fblock(FBlock::ForLoop { start, exit });
        self.check_assign_target(target, AssignKind::Other)?;
        self.compile_store(target)?;
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.bind(cleanup);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    /// `async for`: each step awaits `__anext__()`; the `StopAsyncIteration` it raises at the
    /// end is caught by the block around the await and ends the loop (`EndAsyncFor`).
    fn compile_async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let start = self.new_label();
        let stop = self.new_label();
        let exit = self.new_label();
        self.compile_expr(iter)?;
        self.emit(Instr::GetAiter);
        self.bind(start);
        self.emit(Instr::SetupExcept(stop.0));
        self.emit(Instr::GetAnext);
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
        self.emit(Instr::PopBlock);
        self.push_fblock(FBlock::ForLoop { start, exit });
        self.check_assign_target(target, AssignKind::Other)?;
        self.compile_store(target)?;
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::Jump(start.0));
        self.bind(stop);
        let previous = self.set_span(iter.pos, iter.end);
        self.emit(Instr::EndAsyncFor);
        self.restore_span(previous);
        self.compile_stmts(orelse)?;
        self.bind(exit);
        Ok(())
    }

    fn compile_return(&mut self, stmt: &Stmt, value: Option<&'a Expr>) -> CompileResult {
        let unit = self.unit_ref();
        let scope = &self.table.scopes[unit.scope];
        if unit.kind != ScopeKind::Function {
            return Err(self.error("'return' outside function", stmt.pos, stmt.end));
        }
        if value.is_some() && scope.is_generator && scope.is_coroutine {
            return Err(self.error("'return' with value in async generator", stmt.pos, stmt.end));
        }
        let constant = value.and_then(super::const_of);
        let preserve = value.is_some() && constant.is_none();
        if let (Some(value), true) = (value, preserve) {
            self.compile_expr(value)?;
        }
        // CPython points a misplaced `return` at its value, compiled (or marked) first.
        let location = value.map_or((stmt.pos, stmt.end), |value| (value.pos, value.end));
        self.unwind_fblock_stack(preserve, false, location)?;
        if !preserve {
            self.load_const(constant.unwrap_or(Const::None));
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    /// `except` handlers guarded as the module comment shows.
    fn compile_try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler_label.0));
        self.push_fblock(FBlock::TryExcept);
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(orelse)?;
        self.emit(Instr::Jump(end.0));

        self.bind(handler_label);
        self.emit(Instr::SetupExcept(cleanup.0));
        self.emit(Instr::PushExcInfo);
        for (i, handler) in handlers.iter().enumerate() {
            let handler_end = handler.body.last().map_or(handler.pos, |s| s.end);
            let previous = self.set_span(handler.pos, handler_end);
            if handler.type_.is_none() && i + 1 < handlers.len() {
                return Err(self.error("default 'except:' must be last", handler.pos, handler_end));
            }
            let next = self.new_label();
            if let Some(type_) = &handler.type_ {
                self.compile_expr(type_)?;
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(next.0));
            }
            match &handler.name {
                Some(name) => {
                    let name_cleanup = self.new_label();
                    self.name_op(name, NameContext::Store);
                    self.emit(Instr::SetupExcept(name_cleanup.0));
                    self.push_fblock(FBlock::HandlerCleanup {
                        name: Some(name.clone()),
                    });
                    self.compile_stmts(&handler.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.clear_name(name);
                    self.emit(Instr::Jump(end.0));
                    self.bind(name_cleanup);
                    self.clear_name(name);
                    self.emit(Instr::Reraise);
                }
                None => {
                    self.emit(Instr::PopTop);
                    self.push_fblock(FBlock::HandlerCleanup { name: None });
                    self.compile_stmts(&handler.body)?;
                    self.pop_fblock();
                    self.emit(Instr::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end.0));
                }
            }
            self.bind(next);
            self.restore_span(previous);
        }
        if handlers.last().is_some_and(|h| h.type_.is_some()) || handlers.is_empty() {
            self.emit(Instr::Reraise);
        }
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// `except*` handlers (PEP 654), as the module comment shows: each clause splits what is
    /// left of the exception group; what the handlers raise and what no clause matched are
    /// gathered in a list, and `PrepReraiseStar` makes of them the exception to raise, if any.
    fn compile_try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CompileResult {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let nothing_raised = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler_label.0));
        self.push_fblock(FBlock::TryExcept);
        self.compile_stmts(body)?;
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(orelse)?;
        self.emit(Instr::Jump(end.0));

        self.bind(handler_label);
        self.emit(Instr::SetupExcept(cleanup.0));
        self.emit(Instr::PushExcInfo);
        // [prev orig] -> [prev orig raised rest], rest being what no clause has matched yet.
        self.emit(Instr::Copy(1));
        self.emit(Instr::BuildList(0));
        self.emit(Instr::Swap(2));
        for handler in handlers {
            let handler_end = handler.body.last().map_or(handler.pos, |s| s.end);
            let previous = self.set_span(handler.pos, handler_end);
            let no_match = self.new_label();
            let raised = self.new_label();
            let next = self.new_label();
            match &handler.type_ {
                Some(type_) => self.compile_expr(type_)?,
                // The parser requires a type; a None one fails in `CheckEgMatch`.
                None => self.load_const(Const::None),
            }
            self.emit(Instr::CheckEgMatch);
            self.emit(Instr::Copy(1));
            self.emit(Instr::PopJumpIfNone(no_match.0));
            match &handler.name {
                Some(name) => self.name_op(name, NameContext::Store),
                None => self.emit(Instr::PopTop),
            }
            // [prev orig raised rest]: what the body raises is added to `raised`.
            self.emit(Instr::SetupExcept(raised.0));
            self.push_fblock(FBlock::ExceptStarHandler);
            self.compile_stmts(&handler.body)?;
            self.pop_fblock();
            self.emit(Instr::PopBlock);
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            self.emit(Instr::Jump(next.0));
            self.bind(raised);
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            self.emit(Instr::ListAppend(2));
            self.emit(Instr::Jump(next.0));
            self.bind(no_match);
            self.emit(Instr::PopTop);
            self.bind(next);
            self.restore_span(previous);
        }
        // [prev orig raised rest] -> [prev orig raised+[rest]] -> [prev exc-or-None]
        self.emit(Instr::ListAppend(1));
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNone(nothing_raised.0));
        self.emit(Instr::Reraise);
        self.bind(nothing_raised);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end.0));
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    /// The cleanup block's code: [prev exc] -> restore prev, re-raise exc.
    fn emit_cleanup_reraise(&mut self) {
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise);
    }

    fn compile_try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        is_star: bool,
    ) -> CompileResult {
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.emit(Instr::SetupExcept(handler_label.0));
        self.push_fblock(FBlock::FinallyTry { finalbody });
        if handlers.is_empty() {
            self.compile_stmts(body)?;
        } else if is_star {
            self.compile_try_star_except(body, handlers, orelse)?;
        } else {
            self.compile_try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.emit(Instr::PopBlock);
        self.compile_stmts(finalbody)?;
        self.emit(Instr::Jump(end.0));

        self.bind(handler_label);
        self.emit(Instr::SetupExcept(cleanup.0));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlock::FinallyEnd);
        self.compile_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise);
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        Ok(())
    }

    fn compile_with(
        &mut self,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
    ) -> CompileResult {
        let Some((item, rest)) = items.split_first() else {
            return self.compile_stmts(body);
        };
        let handler_label = self.new_label();
        let cleanup = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        let previous = self.set_span(item.context.pos, item.context.end);
        self.compile_expr(&item.context)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit_await(1);
        } else {
            self.emit(Instr::BeforeWith);
        }
        match &item.target {
            Some(target) => {
                self.check_assign_target(target, AssignKind::Other)?;
                self.compile_store(target)?;
            }
            None => self.emit(Instr::PopTop),
        }
        self.emit(Instr::SetupExcept(handler_label.0));
        self.restore_span(previous);
        self.push_fblock(if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        });
        self.compile_with(rest, body, is_async)?;
        self.pop_fblock();
        let previous = self.set_span(item.context.pos, item.context.end);
        self.emit(Instr::PopBlock);
        if is_async {
            self.call_exit_with_nones(true);
        } else {
            self.emit(Instr::WithExitNormal);
        }
        self.emit(Instr::Jump(end.0));

        self.bind(handler_label);
        self.emit(Instr::SetupExcept(cleanup.0));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit_await(2);
        }
        self.emit(Instr::PopJumpIfTrue(suppress.0));
        self.emit(Instr::Reraise);
        self.bind(suppress);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(end.0));
        self.bind(cleanup);
        self.emit_cleanup_reraise();
        self.bind(end);
        self.restore_span(previous);
        Ok(())
    }

    fn compile_import(&mut self, alias: &Alias) {
        self.load_const(Const::Int(0));
        self.load_const(Const::None);
        let index = self.name_index(&alias.name);
        self.emit(Instr::ImportName(index));
        match &alias.asname {
            Some(asname) => {
                let mut components = alias.name.split('.').skip(1).peekable();
                if components.peek().is_none() {
                    self.name_op(asname, NameContext::Store);
                    return;
                }
                while let Some(component) = components.next() {
                    let index = self.name_index(component);
                    self.emit(Instr::ImportFrom(index));
                    if components.peek().is_some() {
                        self.emit(Instr::Swap(2));
                        self.emit(Instr::PopTop);
                    }
                }
                self.name_op(asname, NameContext::Store);
                self.emit(Instr::PopTop);
            }
            None => {
                let first = alias.name.split('.').next().unwrap_or("");
                self.name_op(first, NameContext::Store);
            }
        }
    }

    fn compile_import_from(&mut self, module: &str, names: &[Alias], level: u32) {
        self.load_const(Const::Int(level as i64));
        let fromlist = names
            .iter()
            .map(|alias| Const::Str(alias.name.clone()))
            .collect();
        self.load_const(Const::Tuple(fromlist));
        let index = self.name_index(module);
        self.emit(Instr::ImportName(index));
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Instr::ImportStar);
            return;
        }
        for alias in names {
            let index = self.name_index(&alias.name);
            self.emit(Instr::ImportFrom(index));
            let bound = alias.asname.as_deref().unwrap_or(&alias.name);
            self.name_op(bound, NameContext::Store);
        }
        self.emit(Instr::PopTop);
    }

    /// Pushes the defaults tuple and the keyword-only defaults dict; returns the `MakeFunction`
    /// flags for what was pushed.
    pub(super) fn compile_defaults(&mut self, params: &'a Parameters) -> CompileResult<u32> {
        let mut flags = 0;
        let positional: Vec<&Expr> = params
            .posonly
            .iter()
            .chain(&params.args)
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !positional.is_empty() {
            let constants: Option<Vec<Const>> =
                positional.iter().map(|e| super::const_of(e)).collect();
            match constants {
                Some(constants) => self.load_const(Const::Tuple(constants)),
                None => {
                    for default in &positional {
                        self.compile_expr(default)?;
                    }
                    self.emit(Instr::BuildTuple(positional.len() as u32));
                }
            }
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        let mut kw_count = 0;
        for param in &params.kwonly {
            if let Some(default) = &param.default {
                let name = crate::compile::symtable::mangle(
                    self.unit_ref().private.as_deref(),
                    &param.name,
                );
                self.load_const(Const::Str(name));
                self.compile_expr(default)?;
                kw_count += 1;
            }
        }
        if kw_count > 0 {
            self.emit(Instr::BuildMap(kw_count));
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes a function's annotations dict, if it annotates anything, and returns the
    /// `MakeFunction` flag for it. CPython's order: positional-or-keyword, positional-only, `*args`,
    /// keyword-only, `**kwargs`, then `return`.
    fn compile_function_annotations(
        &mut self,
        params: &'a Parameters,
        returns: Option<&'a Expr>,
    ) -> CompileResult<u32> {
        let annotated = params
            .args
            .iter()
            .chain(&params.posonly)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg)
            .filter_map(|p| p.annotation.as_ref().map(|a| (p.name.as_str(), a)))
            .chain(returns.map(|r| ("return", r)));
        let mut count = 0;
        for (name, annotation) in annotated {
            let name = crate::compile::symtable::mangle(self.unit_ref().private.as_deref(), name);
            self.load_const(Const::Str(name));
            self.compile_annotation(annotation)?;
            count += 1;
        }
        if count == 0 {
            return Ok(0);
        }
        self.emit(Instr::BuildMap(count));
        Ok(MAKE_FUNCTION_ANNOTATIONS)
    }

    /// An annotation's value: the expression, or under `from __future__ import annotations` its
    /// source text as CPython's unparser writes it.
    pub(super) fn compile_annotation(&mut self, annotation: &'a Expr) -> CompileResult {
        if self.future_annotations {
            let text = crate::compile::unparse::unparse(annotation);
            self.load_const(Const::Str(text));
            return Ok(());
        }
        self.compile_expr(annotation)
    }

    /// "non-default argument follows default argument", in case the parser let it through.
    pub(super) fn check_params(&self, params: &Parameters) -> CompileResult {
        let mut seen_default = false;
        for param in params.posonly.iter().chain(&params.args) {
            if param.default.is_some() {
                seen_default = true;
            } else if seen_default {
                let end = Pos {
                    line: param.pos.line,
                    col: param.pos.col + param.name.chars().count() as u32,
                };
                return Err(self.error(
                    "non-default argument follows default argument",
                    param.pos,
                    end,
                ));
            }
        }
        Ok(())
    }

    /// Sets the argument counts and flags of a new function unit from its parameters.
    pub(super) fn set_signature(&mut self, params: &Parameters) {
        let scope = &self.table.scopes[self.unit_ref().scope];
        let mut flags = 0;
        if params.vararg.is_some() {
            flags |= CO_VARARGS;
        }
        if params.kwarg.is_some() {
            flags |= CO_VARKEYWORDS;
        }
        flags |= match (scope.is_generator, scope.is_coroutine) {
            (true, true) => CO_ASYNC_GENERATOR,
            (true, false) => CO_GENERATOR,
            (false, true) => CO_COROUTINE,
            (false, false) => 0,
        };
        let unit = self.unit();
        unit.argcount = (params.posonly.len() + params.args.len()) as u32;
        unit.posonlyargcount = params.posonly.len() as u32;
        unit.kwonlyargcount = params.kwonly.len() as u32;
        unit.flags = flags;
    }

    fn compile_function_def(&mut self, stmt: &'a Stmt, def: &'a FunctionDef) -> CompileResult {
        self.check_params(&def.params)?;
        for decorator in &def.decorators {
            self.compile_expr(decorator)?;
        }
        let mut flags = self.compile_defaults(&def.params)?;
        flags |= self.compile_function_annotations(&def.params, def.returns.as_ref())?;
        let Some(scope) = self.table.scope_of(def) else {
            return Err(self.error("internal compiler error: no scope", stmt.pos, stmt.end));
        };
        let qualname = self.qualname_for(&def.name);
        let private = self.unit_ref().private.clone();
        self.enter_unit(scope, def.name.clone(), qualname, stmt.pos.line, private);
        self.set_signature(&def.params);
        // The first constant is the docstring, or None: the function's `__doc__`.
        let body = match def.body.split_first() {
            Some((first, rest)) if super::is_docstring(first).is_some() => {
                if self.optimize >= 2 {
                    self.add_const(Const::None);
                } else {
                    let doc = super::is_docstring(first).unwrap_or_default().to_string();
                    self.add_const(Const::Str(doc));
                }
                rest
            }
            _ => {
                self.add_const(Const::None);
                &def.body[..]
            }
        };
        let compiled = self.compile_stmts(body);
        if compiled.is_ok() && self.needs_implicit_return() {
            // Falling off the end returns at the last statement's line, as CPython's (a
            // tracer's `line` events, a `return` event's `f_lineno`).
            let previous = match body.last() {
                Some(last) => self.set_span(last.pos, last.pos),
                None => self.unit().span,
            };
            self.return_none();
            self.restore_span(previous);
        }
        let code = match compiled {
            Ok(()) => self.exit_unit()?,
            Err(error) => {
                self.units.pop();
                return Err(error);
            }
        };
        self.make_closure(code, flags);
        for _ in &def.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&def.name, NameContext::Store);
        Ok(())
    }

    /// False when the unit's last instruction cannot fall through and no jump targets its end.
    pub(super) fn needs_implicit_return(&mut self) -> bool {
        let unit = self.unit_ref();
        let end = unit.instructions.len() as u32;
        match unit.instructions.last() {
            Some(last) if super::assemble::is_terminator(last) => unit.labels.contains(&Some(end)),
            _ => true,
        }
    }

    fn compile_class_def(&mut self, stmt: &'a Stmt, class: &'a ClassDef) -> CompileResult {
        for decorator in &class.decorators {
            self.compile_expr(decorator)?;
        }
        self.emit(Instr::LoadBuildClass);
        let Some(scope) = self.table.scope_of(class) else {
            return Err(self.error("internal compiler error: no scope", stmt.pos, stmt.end));
        };
        let qualname = self.qualname_for(&class.name);
        self.enter_unit(
            scope,
            class.name.clone(),
            qualname.clone(),
            stmt.pos.line,
            Some(class.name.clone()),
        );
        self.unit().flags = CO_CLASS_BODY;
        let compiled = (|| {
            self.name_op("__name__", NameContext::Load);
            self.name_op("__module__", NameContext::Store);
            self.load_const(Const::Str(qualname));
            self.name_op("__qualname__", NameContext::Store);
            self.compile_body_with_docstring(&class.body, true)?;
            if self.table.scopes[scope].needs_class_closure {
                self.emit(Instr::LoadClosure(0));
                self.name_op("__classcell__", NameContext::Store);
            }
            self.return_none();
            Ok(())
        })();
        let code = match compiled {
            Ok(()) => self.exit_unit()?,
            Err(error) => {
                self.units.pop();
                return Err(error);
            }
        };
        self.make_closure(code, 0);
        self.load_const(Const::Str(class.name.clone()));
        self.compile_call_helper(2, &class.bases, &class.keywords)?;
        for _ in &class.decorators {
            self.emit(Instr::Call(1));
        }
        self.name_op(&class.name, NameContext::Store);
        Ok(())
    }
}

/// Which statement a target belongs to: plain `=` adds CPython's hint to its messages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AssignKind {
    Assign,
    Other,
}
