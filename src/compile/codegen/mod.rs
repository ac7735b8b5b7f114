//! Code generation: walks the AST once the symbol table is built and emits one `Code` per module,
//! class body, function, lambda and comprehension.
//!
//! A `Unit` is the code object being built; units nest as the walk enters inner scopes. Jumps are
//! emitted with label ids as operands and patched into instruction indices when the unit is
//! finished (`assemble`), which also computes `max_stack`. Every instruction records the span of
//! the AST node being compiled when it was emitted (`Unit::span`, saved and restored around each
//! expression).
//!
//! The frame-block stack (`FBlock`) mirrors the runtime block stack and the values a statement
//! keeps on the stack (a `for` iterator, a `with` exit, a saved exception): `return`, `break` and
//! `continue` unwind it, popping blocks and values, calling `__exit__` and inlining `finally`
//! bodies, as CPython 3.11's `compiler_unwind_fblock` does. Layouts of the exception-handling
//! statements are described in `stmt.rs`.

pub(super) mod assemble;
mod expr;
mod pattern;
mod stmt;

use std::rc::Rc;

use super::bytecode::{Code, Const, Instr, Span, CO_MODULE};
use super::symtable::{self, mangle, NameScope, ScopeId, ScopeKind, SymbolTable};
use super::Mode;
use crate::syntax::ast::{self, Constant, Expr, ExprKind, Pos, Stmt, StmtKind};
use crate::syntax::SyntaxError;
pub(super) use assemble::jump_target;

pub type CompileResult<T = ()> = Result<T, SyntaxError>;

/// Compiles a parsed module into its code object.
pub fn compile(module: &ast::Module, filename: &str, mode: Mode) -> Result<Rc<Code>, SyntaxError> {
    compile_optimized(module, filename, mode, 0)
}

/// `compile` at an optimization level, as `-O` (1: no `assert`s, `__debug__` is False) and
/// `-OO` (2: no docstrings either) ask.
pub fn compile_optimized(
    module: &ast::Module,
    filename: &str,
    mode: Mode,
    optimize: u32,
) -> Result<Rc<Code>, SyntaxError> {
    let features = super::future::scan(&module.body, filename)?;
    let table = symtable::build(&module.body, filename)?;
    let mut compiler = Compiler {
        table,
        filename: Rc::from(filename),
        units: Vec::new(),
        interactive: mode == Mode::Interactive,
        optimize,
        future_annotations: features.annotations,
        future_last_line: features.last_line,
    };
    compiler.enter_unit(0, "<module>".to_string(), "<module>".to_string(), 1, None);
    compiler.unit().flags = CO_MODULE;
    match mode {
        Mode::Eval => {
            let expr = match module.body.as_slice() {
                [Stmt {
                    kind: StmtKind::Expr(expr),
                    ..
                }] => expr,
                _ => {
                    let (pos, end) = module
                        .body
                        .get(1)
                        .or(module.body.first())
                        .map_or((Pos { line: 1, col: 0 }, Pos { line: 1, col: 1 }), |s| {
                            (s.pos, s.end)
                        });
                    return Err(compiler.error("invalid syntax", pos, end));
                }
            };
            compiler.compile_expr(expr)?;
            compiler.emit(Instr::ReturnValue);
        }
        Mode::Exec | Mode::Interactive => {
            compiler.compile_body_with_docstring(&module.body, mode == Mode::Exec)?;
            compiler.return_none();
        }
    }
    let code = compiler.exit_unit()?;
    Ok(Rc::new(code))
}

/// Whether a module or class body holds an annotated assignment outside nested functions and
/// classes: such a body gets an `__annotations__` dict, as CPython's `find_ann`.
fn body_annotates(body: &[Stmt]) -> bool {
    body.iter().any(|stmt| match &stmt.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::If { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::For { body, orelse, .. } => body_annotates(body) || body_annotates(orelse),
        StmtKind::With { body, .. } => body_annotates(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
            ..
        } => {
            body_annotates(body)
                || handlers.iter().any(|h| body_annotates(&h.body))
                || body_annotates(orelse)
                || body_annotates(finalbody)
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| body_annotates(&c.body)),
        _ => false,
    })
}

/// A jump target, bound to an instruction index by `bind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// What an enclosing statement left on the block and value stacks; see the module comment.
#[derive(Clone, Debug)]
enum FBlock<'a> {
    WhileLoop {
        start: Label,
        exit: Label,
    },
    /// The iterator is on the stack.
    ForLoop {
        start: Label,
        exit: Label,
    },
    /// The body of a `try` with handlers: one exception block.
    TryExcept,
    /// The body of a `try` with a `finally`: one exception block, and the finally body to inline.
    FinallyTry {
        finalbody: &'a [Stmt],
    },
    /// The finally body on the exceptional path: cleanup block; previous and current exception
    /// on the stack.
    FinallyEnd,
    /// The body of a `with`: one exception block; the `__exit__` on the stack.
    With,
    /// The body of an `async with`: as `With`, but the `__aexit__` result is awaited.
    AsyncWith,
    /// An `except*` handler body: nothing may jump out of it (`break`, `continue`, `return`).
    ExceptStarHandler,
    /// An except handler body: the cleanup block (and a name-clearing block when the exception is
    /// bound to a name); the previous exception on the stack.
    HandlerCleanup {
        name: Option<String>,
    },
    /// A return value kept on the stack while a finally body runs.
    PopValue,
}

struct Unit<'a> {
    scope: ScopeId,
    kind: ScopeKind,
    name: String,
    qualname: String,
    first_line: u32,
    argcount: u32,
    posonlyargcount: u32,
    kwonlyargcount: u32,
    flags: u32,
    instructions: Vec<Instr>,
    spans: Vec<Span>,
    consts: Vec<Const>,
    names: Vec<String>,
    varnames: Vec<String>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    cell_params: Vec<(u32, u32)>,
    /// Label id -> instruction index, once bound.
    labels: Vec<Option<u32>>,
    fblocks: Vec<FBlock<'a>>,
    /// The class whose name mangles `__private` names here.
    private: Option<String>,
    span: Span,
}

struct Compiler<'a> {
    table: SymbolTable,
    filename: Rc<str>,
    units: Vec<Unit<'a>>,
    interactive: bool,
    /// 0, 1 (`-O`) or 2 (`-OO`).
    optimize: u32,
    /// `from __future__ import annotations`: annotations compile to their source text.
    future_annotations: bool,
    /// The line of the module's last leading future import (see `future::Features`).
    future_last_line: u32,
}

/// How a name is used at one place in the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameContext {
    Load,
    Store,
    Delete,
}

pub fn span_of(pos: Pos, end: Pos) -> Span {
    Span {
        line: pos.line,
        col: pos.col,
        end_line: end.line,
        end_col: end.col,
    }
}

/// Two constants are the same table entry when they have the same type and value (floats by bit
/// pattern, so `0.0` and `-0.0` stay apart); code objects are never shared.
fn same_const(a: &Const, b: &Const) -> bool {
    match (a, b) {
        (Const::None, Const::None)
        | (Const::True, Const::True)
        | (Const::False, Const::False)
        | (Const::Ellipsis, Const::Ellipsis) => true,
        (Const::Int(x), Const::Int(y)) => x == y,
        (Const::BigInt(x), Const::BigInt(y)) => x == y,
        (Const::Float(x), Const::Float(y)) => x.to_bits() == y.to_bits(),
        (Const::Complex(a, b), Const::Complex(c, d)) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Const::Str(x), Const::Str(y)) => x == y,
        (Const::Bytes(x), Const::Bytes(y)) => x == y,
        (Const::Tuple(x), Const::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_const(p, q))
        }
        _ => false,
    }
}

/// The constant an expression folds to, if any: literals, negated numbers, tuples of constants.
pub(super) fn const_of(expr: &Expr) -> Option<Const> {
    match &expr.kind {
        ExprKind::Constant(constant) => Some(match constant {
            Constant::None => Const::None,
            Constant::True => Const::True,
            Constant::False => Const::False,
            Constant::Ellipsis => Const::Ellipsis,
            Constant::Int(value) => Const::Int(*value),
            Constant::BigInt(digits) => Const::BigInt(digits.clone()),
            Constant::Float(value) => Const::Float(*value),
            Constant::Imaginary(value) => Const::Complex(0.0, *value),
            Constant::Str(text) => Const::Str(text.clone()),
            Constant::Bytes(bytes) => Const::Bytes(bytes.clone()),
        }),
        ExprKind::UnaryOp {
            op: ast::UnaryOp::Neg,
            operand,
        } => match const_of(operand)? {
            Const::Int(value) => Some(match value.checked_neg() {
                Some(negated) => Const::Int(negated),
                None => Const::BigInt(format!("{}", -(value as i128))),
            }),
            Const::BigInt(digits) => Some(match digits.strip_prefix('-') {
                Some(positive) => Const::BigInt(positive.to_string()),
                None => Const::BigInt(format!("-{digits}")),
            }),
            Const::Float(value) => Some(Const::Float(-value)),
            Const::Complex(re, im) => Some(Const::Complex(-re, -im)),
            _ => None,
        },
        ExprKind::Tuple(elts) => elts
            .iter()
            .map(const_of)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        _ => None,
    }
}

fn is_docstring(stmt: &Stmt) -> Option<&str> {
    match &stmt.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(text)),
            ..
        }) => Some(text),
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        // `units` is never empty between `enter_unit` of the module and its `exit_unit`.
        self.units.last_mut().expect("compiler unit")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("compiler unit")
    }

    fn error(&self, msg: &str, pos: Pos, end: Pos) -> SyntaxError {
        symtable::error_at(&self.filename, msg.to_string(), pos, end)
    }

    fn enter_unit(
        &mut self,
        scope: ScopeId,
        name: String,
        qualname: String,
        first_line: u32,
        private: Option<String>,
    ) {
        let info = &self.table.scopes[scope];
        let kind = info.kind;
        let varnames: Vec<String> = if kind == ScopeKind::Function {
            info.params.clone()
        } else {
            Vec::new()
        };
        let (cellvars, freevars) = match kind {
            ScopeKind::Module => (Vec::new(), Vec::new()),
            ScopeKind::Class => {
                let cells = if info.needs_class_closure {
                    vec!["__class__".to_string()]
                } else {
                    Vec::new()
                };
                let free = info.names_with(|s| {
                    s.scope == NameScope::Free || s.flags & symtable::DEF_FREE_CLASS != 0
                });
                (cells, free)
            }
            ScopeKind::Function => (
                info.names_with(|s| s.scope == NameScope::Cell),
                info.names_with(|s| s.scope == NameScope::Free),
            ),
        };
        let cell_params = cellvars
            .iter()
            .enumerate()
            .filter_map(|(cell, name)| {
                let slot = info.params.iter().position(|p| p == name)?;
                Some((cell as u32, slot as u32))
            })
            .collect();
        self.units.push(Unit {
            scope,
            kind,
            name,
            qualname,
            first_line,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: 0,
            instructions: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            cell_params,
            labels: Vec::new(),
            fblocks: Vec::new(),
            private,
            span: Span {
                line: first_line,
                col: 0,
                end_line: first_line,
                end_col: 0,
            },
        });
    }

    fn exit_unit(&mut self) -> CompileResult<Code> {
        let unit = self.units.pop().expect("compiler unit");
        let filename = self.filename.clone();
        assemble::assemble(unit, filename)
    }

    fn emit(&mut self, instr: Instr) {
        let unit = self.unit();
        let span = unit.span;
        unit.instructions.push(instr);
        unit.spans.push(span);
    }

    fn new_label(&mut self) -> Label {
        let unit = self.unit();
        unit.labels.push(None);
        Label(unit.labels.len() as u32 - 1)
    }

    fn bind(&mut self, label: Label) {
        let unit = self.unit();
        let here = unit.instructions.len() as u32;
        unit.labels[label.0 as usize] = Some(here);
    }

    /// Sets the span for the instructions emitted next, returning the previous one.
    fn set_span(&mut self, pos: Pos, end: Pos) -> Span {
        std::mem::replace(&mut self.unit().span, span_of(pos, end))
    }

    fn restore_span(&mut self, span: Span) {
        self.unit().span = span;
    }

    fn add_const(&mut self, constant: Const) -> u32 {
        let unit = self.unit();
        if !matches!(constant, Const::Code(_)) {
            if let Some(i) = unit.consts.iter().position(|c| same_const(c, &constant)) {
                return i as u32;
            }
        }
        unit.consts.push(constant);
        unit.consts.len() as u32 - 1
    }

    fn load_const(&mut self, constant: Const) {
        let index = self.add_const(constant);
        self.emit(Instr::LoadConst(index));
    }

    fn return_none(&mut self) {
        self.load_const(Const::None);
        self.emit(Instr::ReturnValue);
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.names.iter().position(|n| n == name) {
            return i as u32;
        }
        unit.names.push(name.to_string());
        unit.names.len() as u32 - 1
    }

    /// The index of an attribute or imported name, mangled as the class body requires.
    fn mangled_name_index(&mut self, name: &str) -> u32 {
        let mangled = mangle(self.unit_ref().private.as_deref(), name);
        self.name_index(&mangled)
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let unit = self.unit();
        if let Some(i) = unit.varnames.iter().position(|n| n == name) {
            return i as u32;
        }
        unit.varnames.push(name.to_string());
        unit.varnames.len() as u32 - 1
    }

    /// The cell index (cellvars then freevars) of a captured name in the current unit.
    fn cell_index(&self, name: &str) -> Option<u32> {
        let unit = self.unit_ref();
        if let Some(i) = unit.cellvars.iter().position(|n| n == name) {
            return Some(i as u32);
        }
        let i = unit.freevars.iter().position(|n| n == name)?;
        Some((unit.cellvars.len() + i) as u32)
    }

    fn name_op(&mut self, name: &str, context: NameContext) {
        let unit = self.unit_ref();
        let mangled = mangle(unit.private.as_deref(), name);
        let kind = unit.kind;
        let scope = self.table.scopes[unit.scope]
            .lookup(&mangled)
            .map(|symbol| symbol.scope);
        let deref = matches!(scope, Some(NameScope::Free) | Some(NameScope::Cell));
        if deref {
            if let Some(index) = self.cell_index(&mangled) {
                self.emit(match context {
                    NameContext::Load if kind == ScopeKind::Class => Instr::LoadClassDeref(index),
                    NameContext::Load => Instr::LoadDeref(index),
                    NameContext::Store => Instr::StoreDeref(index),
                    NameContext::Delete => Instr::DeleteDeref(index),
                });
                return;
            }
        }
        let function = kind == ScopeKind::Function;
        match scope {
            Some(NameScope::Local) if function => {
                let index = self.varname_index(&mangled);
                self.emit(match context {
                    NameContext::Load => Instr::LoadFast(index),
                    NameContext::Store => Instr::StoreFast(index),
                    NameContext::Delete => Instr::DeleteFast(index),
                });
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if function || scope == Some(NameScope::GlobalExplicit) =>
            {
                let index = self.name_index(&mangled);
                self.emit(match context {
                    NameContext::Load => Instr::LoadGlobal(index),
                    NameContext::Store => Instr::StoreGlobal(index),
                    NameContext::Delete => Instr::DeleteGlobal(index),
                });
            }
            // A function scope never meets a name the symbol table has not seen, but fall back to
            // a global lookup rather than panicking.
            None if function => {
                let index = self.name_index(&mangled);
                self.emit(match context {
                    NameContext::Load => Instr::LoadGlobal(index),
                    NameContext::Store => Instr::StoreGlobal(index),
                    NameContext::Delete => Instr::DeleteGlobal(index),
                });
            }
            _ => {
                let index = self.name_index(&mangled);
                self.emit(match context {
                    NameContext::Load => Instr::LoadName(index),
                    NameContext::Store => Instr::StoreName(index),
                    NameContext::Delete => Instr::DeleteName(index),
                });
            }
        }
    }

    /// The qualified name of a function or class named `name` defined in the current unit.
    fn qualname_for(&self, name: &str) -> String {
        let unit = self.unit_ref();
        match unit.kind {
            ScopeKind::Module => name.to_string(),
            _ => {
                let mangled = mangle(unit.private.as_deref(), name);
                let scope = self.table.scopes[unit.scope].lookup(&mangled);
                if scope.is_some_and(|s| s.scope == NameScope::GlobalExplicit) {
                    return name.to_string();
                }
                if unit.kind == ScopeKind::Class {
                    format!("{}.{}", unit.qualname, name)
                } else {
                    format!("{}.<locals>.{}", unit.qualname, name)
                }
            }
        }
    }

    /// Pushes the closure tuple for `code` (if it has free variables) and the code itself, then
    /// `MakeFunction`; `flags` says what the caller already pushed (defaults, kw-defaults).
    fn make_closure(&mut self, code: Code, mut flags: u32) {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // The symbol table guarantees every free name of a child is a cell or free
                // variable here; a miss would be a compiler bug, so load cell 0 rather than panic.
                let index = self.cell_index(name).unwrap_or(0);
                self.emit(Instr::LoadClosure(index));
            }
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
            flags |= super::bytecode::MAKE_FUNCTION_CLOSURE;
        }
        self.load_const(Const::Code(Rc::new(code)));
        self.emit(Instr::MakeFunction(flags));
    }

    /// The body of a module or class: a leading string literal is stored as `__doc__`.
    fn compile_body_with_docstring(&mut self, body: &'a [Stmt], docstrings: bool) -> CompileResult {
        let mut rest = body;
        if docstrings && self.optimize >= 2 {
            if let Some((first, tail)) = body.split_first() {
                if is_docstring(first).is_some() {
                    rest = tail;
                }
            }
        } else if docstrings {
            if let Some((first, tail)) = body.split_first() {
                if let Some(doc) = is_docstring(first) {
                    let previous = self.set_span(first.pos, first.end);
                    self.load_const(Const::Str(doc.to_string()));
                    self.name_op("__doc__", NameContext::Store);
                    self.restore_span(previous);
                    rest = tail;
                }
            }
        }
        if body_annotates(rest) {
            self.emit(Instr::SetupAnnotations);
        }
        self.compile_stmts(rest)
    }

    fn compile_stmts(&mut self, body: &'a [Stmt]) -> CompileResult {
        body.iter().try_for_each(|stmt| self.compile_stmt(stmt))
    }

    fn push_fblock(&mut self, block: FBlock<'a>) {
        self.unit().fblocks.push(block);
    }

    fn pop_fblock(&mut self) {
        self.unit().fblocks.pop();
    }

    /// Emits what leaving one frame block requires; `preserve_top` keeps the value on top of the
    /// stack (a return value) above whatever is popped.
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_top: bool) {
        match block {
            FBlock::WhileLoop { .. } => {}
            FBlock::ForLoop { .. } | FBlock::PopValue => {
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlock::TryExcept | FBlock::FinallyTry { .. } => self.emit(Instr::PopBlock),
            FBlock::FinallyEnd => {
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlock::With => {
                self.emit(Instr::PopBlock);
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::WithExitNormal);
            }
            FBlock::AsyncWith => {
                self.emit(Instr::PopBlock);
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones(true);
            }
            // Never unwound: `unwind_fblock_stack` stops there with an error.
            FBlock::ExceptStarHandler => {}
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.emit(Instr::PopBlock);
                }
                if preserve_top {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
    }

    /// `name = None; del name`, as CPython does at the end of `except ... as name`.
    fn clear_name(&mut self, name: &str) {
        self.load_const(Const::None);
        self.name_op(name, NameContext::Store);
        self.name_op(name, NameContext::Delete);
    }

    /// `exit(None, None, None)` for the `__exit__` (or `__aexit__`, awaited) on top, dropping
    /// its result.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Instr::Call(3));
        if is_async {
            self.emit_await(2);
        }
        self.emit(Instr::PopTop);
    }

    /// Awaits the value on top: `GetAwaitable(which); LoadConst None; YieldFrom`.
    fn emit_await(&mut self, which: u32) {
        self.emit(Instr::GetAwaitable(which));
        self.load_const(Const::None);
        self.emit(Instr::YieldFrom);
    }

    /// Unwinds the frame blocks from the innermost out, inlining finally bodies; with
    /// `stop_at_loop`, stops at (and returns) the innermost loop without unwinding it. The blocks
    /// are restored afterwards: the code after the jump is still inside them. An `except*`
    /// handler cannot be left this way: the error points at `(pos, end)`.
    fn unwind_fblock_stack(
        &mut self,
        preserve_top: bool,
        stop_at_loop: bool,
        (pos, end): (Pos, Pos),
    ) -> CompileResult<Option<FBlock<'a>>> {
        let mut popped = Vec::new();
        let mut result = Ok(None);
        while let Some(block) = self.unit().fblocks.pop() {
            if matches!(block, FBlock::ExceptStarHandler) {
                result = Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    pos,
                    end,
                ));
                popped.push(block);
                break;
            }
            if stop_at_loop && matches!(block, FBlock::WhileLoop { .. } | FBlock::ForLoop { .. }) {
                result = Ok(Some(block.clone()));
                popped.push(block);
                break;
            }
            self.unwind_fblock(&block, preserve_top);
            if let FBlock::FinallyTry { finalbody } = block {
                if preserve_top {
                    self.push_fblock(FBlock::PopValue);
                }
                let compiled = self.compile_stmts(finalbody);
                if preserve_top {
                    self.pop_fblock();
                }
                if let Err(error) = compiled {
                    result = Err(error);
                    popped.push(block);
                    break;
                }
            }
            popped.push(block);
        }
        while let Some(block) = popped.pop() {
            self.push_fblock(block);
        }
        result
    }
}
