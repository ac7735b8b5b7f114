//! The symbol table: a first pass over the AST that gives every module, class body, function,
//! lambda and comprehension its own scope and decides, for every name used in it, where the name
//! lives: a fast local, a cell (a local captured by an inner function), a free variable (a cell of
//! an enclosing function), an explicit or implicit global, or a name looked up by `LoadName`.
//!
//! It follows CPython 3.11's `symtable.c` in two phases: `Builder` walks the tree and records what
//! each scope does with each name (binds it, uses it, declares it global or nonlocal); `analyze`
//! then resolves the names top-down, passing the names bound in enclosing functions to nested
//! scopes (class scopes are skipped: their names are not visible in methods), and bottom-up turns
//! locals that inner scopes capture into cells. Scopes are found again by the codegen through the
//! address of their AST node (`node_key`), which is stable because the tree is borrowed, not moved,
//! for the whole compilation.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::{
    Comprehension, ExceptHandler, Expr, ExprKind, Parameters, Pattern, PatternKind, Pos, Stmt,
    StmtKind,
};
use crate::syntax::{SyntaxError, SyntaxErrorKind};

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    /// Functions, lambdas and comprehensions.
    Function,
}

/// Where a name lives, as decided by the analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
}

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
/// A name bound in a class body that is also free in one of its methods: the class body reads it
/// by name, but must still pass the enclosing cell through to the method.
pub const DEF_FREE_CLASS: u32 = 32;
pub const DEF_IMPORT: u32 = 64;
pub const DEF_ANNOT: u32 = 128;
pub const DEF_COMP_ITER: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Symbols in the order they were first seen.
    pub symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameter names in slot order: positional (with positional-only), keyword-only, `*args`,
    /// `**kwargs`; `.0` for comprehensions.
    pub params: Vec<String>,
    pub children: Vec<ScopeId>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// `Some("list comprehension")` etc. for comprehension and generator-expression scopes.
    pub comprehension: Option<&'static str>,
    /// A class body whose methods use `super` or `__class__`: it owns a `__class__` cell.
    pub needs_class_closure: bool,
    /// The statement of the first `global`/`nonlocal` naming each name, for error positions.
    directives: HashMap<String, (Pos, Pos)>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            comprehension: None,
            needs_class_closure: false,
            directives: HashMap::new(),
        }
    }

    pub fn lookup(&self, name: &str) -> Option<Symbol> {
        self.index.get(name).map(|&i| self.symbols[i].1)
    }

    fn flags(&self, name: &str) -> u32 {
        self.lookup(name).map_or(0, |symbol| symbol.flags)
    }

    fn add_flags(&mut self, name: &str, flags: u32) {
        match self.index.get(name) {
            Some(&i) => self.symbols[i].1.flags |= flags,
            None => {
                self.index.insert(name.to_string(), self.symbols.len());
                self.symbols.push((
                    name.to_string(),
                    Symbol {
                        flags,
                        scope: NameScope::GlobalImplicit,
                    },
                ));
            }
        }
    }

    fn set_scope(&mut self, name: &str, scope: NameScope) {
        if let Some(&i) = self.index.get(name) {
            self.symbols[i].1.scope = scope;
        }
    }

    /// Names with the given scope, sorted: CPython orders `co_cellvars`/`co_freevars` this way.
    pub fn names_with(&self, wanted: impl Fn(&Symbol) -> bool) -> Vec<String> {
        let mut names: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, symbol)| wanted(symbol))
            .map(|(name, _)| name.clone())
            .collect();
        names.sort();
        names
    }
}

#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

/// The key under which the scope of a function, class, lambda or comprehension is stored.
pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

impl SymbolTable {
    pub fn scope_of<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&node_key(node)).copied()
    }
}

/// CPython's private name mangling: `__spam` inside `class Ham` becomes `_Ham__spam`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class_name) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

pub fn build(body: &[Stmt], filename: &str) -> Result<SymbolTable, SyntaxError> {
    let mut builder = Builder {
        table: SymbolTable {
            scopes: vec![Scope::new(ScopeKind::Module, "top")],
            by_node: HashMap::new(),
        },
        stack: vec![0],
        private: Vec::new(),
        filename,
    };
    builder.visit_body(body)?;
    let mut table = builder.table;
    let mut free = HashSet::new();
    analyze_block(
        &mut table,
        0,
        None,
        &mut free,
        &mut HashSet::new(),
        filename,
    )?;
    Ok(table)
}

pub(crate) fn error_at(filename: &str, msg: String, pos: Pos, end: Pos) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        line: pos.line,
        col: pos.col + 1,
        // As CPython's `end_offset`, even when the range ends on a later line.
        end_col: end.col + 1,
        text: String::new(),
        incomplete: false,
    }
}

struct Builder<'f> {
    table: SymbolTable,
    stack: Vec<ScopeId>,
    /// The enclosing class names, for mangling.
    private: Vec<Option<String>>,
    filename: &'f str,
}

type Visit = Result<(), SyntaxError>;

impl Builder<'_> {
    fn current(&mut self) -> &mut Scope {
        let id = *self.stack.last().unwrap_or(&0);
        &mut self.table.scopes[id]
    }

    fn mangled(&self, name: &str) -> String {
        mangle(self.private.last().and_then(|p| p.as_deref()), name)
    }

    fn error(&self, msg: String, pos: Pos, end: Pos) -> SyntaxError {
        error_at(self.filename, msg, pos, end)
    }

    fn add_def(&mut self, name: &str, flags: u32, pos: Pos, end: Pos) -> Visit {
        let name = self.mangled(name);
        if flags & DEF_PARAM != 0 && self.current().flags(&name) & DEF_PARAM != 0 {
            return Err(self.error(
                format!("duplicate argument '{name}' in function definition"),
                pos,
                end,
            ));
        }
        let scope = self.current();
        scope.add_flags(&name, flags);
        if flags & DEF_PARAM != 0 {
            scope.params.push(name);
        }
        Ok(())
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize) -> ScopeId {
        let id = self.table.scopes.len();
        self.table.scopes.push(Scope::new(kind, name));
        let parent = *self.stack.last().unwrap_or(&0);
        self.table.scopes[parent].children.push(id);
        self.table.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Visit {
        body.iter().try_for_each(|stmt| self.visit_stmt(stmt))
    }

    fn visit_params_defaults(&mut self, params: &Parameters) -> Visit {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly);
        for param in all {
            if let Some(default) = &param.default {
                self.visit_expr(default)?;
            }
        }
        Ok(())
    }

    fn visit_params_annotations(&mut self, params: &Parameters) -> Visit {
        let all = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.vararg)
            .chain(&params.kwonly)
            .chain(&params.kwarg);
        for param in all {
            if let Some(annotation) = &param.annotation {
                self.visit_expr(annotation)?;
            }
        }
        Ok(())
    }

    fn define_params(&mut self, params: &Parameters) -> Visit {
        let ordered = params
            .posonly
            .iter()
            .chain(&params.args)
            .chain(&params.kwonly)
            .chain(&params.vararg)
            .chain(&params.kwarg);
        for param in ordered {
            let end = Pos {
                line: param.pos.line,
                col: param.pos.col + param.name.chars().count() as u32,
            };
            self.add_def(&param.name, DEF_PARAM, param.pos, end)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, stmt: &Stmt) -> Visit {
        match &stmt.kind {
            StmtKind::FunctionDef(def) => {
                self.add_def(&def.name, DEF_LOCAL, stmt.pos, stmt.end)?;
                self.visit_params_defaults(&def.params)?;
                self.visit_params_annotations(&def.params)?;
                if let Some(returns) = &def.returns {
                    self.visit_expr(returns)?;
                }
                for decorator in &def.decorators {
                    self.visit_expr(decorator)?;
                }
                let id = self.enter(ScopeKind::Function, &def.name, node_key(&**def));
                self.table.scopes[id].is_coroutine = def.is_async;
                self.define_params(&def.params)?;
                self.visit_body(&def.body)?;
                self.exit();
            }
            StmtKind::ClassDef(class) => {
                self.add_def(&class.name, DEF_LOCAL, stmt.pos, stmt.end)?;
                for base in &class.bases {
                    self.visit_expr(base)?;
                }
                for keyword in &class.keywords {
                    self.visit_expr(&keyword.value)?;
                }
                for decorator in &class.decorators {
                    self.visit_expr(decorator)?;
                }
                self.enter(ScopeKind::Class, &class.name, node_key(&**class));
                self.private.push(Some(class.name.clone()));
                self.visit_body(&class.body)?;
                self.private.pop();
                self.exit();
            }
            StmtKind::Return(value) => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
            }
            StmtKind::Delete(targets) => {
                for target in targets {
                    self.visit_target(target)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                for target in targets {
                    self.visit_target(target)?;
                }
                self.visit_expr(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_target(target)?;
                self.visit_expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let ExprKind::Name(name) = &target.kind {
                    let mangled = self.mangled(name);
                    let current = self.current().flags(&mangled);
                    let is_module = *self.stack.last().unwrap_or(&0) == 0;
                    if current & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && !is_module {
                        let which = if current & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(self.error(
                            format!("annotated name '{name}' can't be {which}"),
                            stmt.pos,
                            stmt.end,
                        ));
                    }
                    self.add_def(name, DEF_ANNOT | DEF_LOCAL, target.pos, target.end)?;
                } else {
                    self.visit_target(target)?;
                }
                self.visit_expr(annotation)?;
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_target(target)?;
                self.visit_expr(iter)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_body(body)?;
                self.visit_body(orelse)?;
            }
            StmtKind::Raise { exc, cause } => {
                for expr in exc.iter().chain(cause) {
                    self.visit_expr(expr)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
                ..
            } => {
                self.visit_body(body)?;
                for handler in handlers {
                    self.visit_handler(handler)?;
                }
                self.visit_body(orelse)?;
                self.visit_body(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test)?;
                if let Some(msg) = msg {
                    self.visit_expr(msg)?;
                }
            }
            StmtKind::Import(aliases) => {
                for alias in aliases {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        None => alias.name.split('.').next().unwrap_or(""),
                    };
                    self.add_def(bound, DEF_IMPORT, alias.pos, alias.pos)?;
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    if alias.name == "*" {
                        if *self.stack.last().unwrap_or(&0) != 0 {
                            let end = Pos {
                                line: alias.pos.line,
                                col: alias.pos.col + 1,
                            };
                            return Err(self.error(
                                "import * only allowed at module level".to_string(),
                                alias.pos,
                                end,
                            ));
                        }
                        continue;
                    }
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                    self.add_def(bound, DEF_IMPORT, alias.pos, alias.pos)?;
                }
            }
            StmtKind::Global(names) => self.visit_directive(stmt, names, true)?,
            StmtKind::Nonlocal(names) => self.visit_directive(stmt, names, false)?,
            StmtKind::Expr(value) => self.visit_expr(value)?,
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context)?;
                    if let Some(target) = &item.target {
                        self.visit_target(target)?;
                    }
                }
                self.visit_body(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject)?;
                for case in cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(guard) = &case.guard {
                        self.visit_expr(guard)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// A pattern binds its capture names and reads its values and class names.
    fn visit_pattern(&mut self, pattern: &Pattern) -> Visit {
        let bind = |builder: &mut Self, name: &Option<String>| match name {
            Some(name) => builder.add_def(name, DEF_LOCAL, pattern.pos, pattern.end),
            None => Ok(()),
        };
        match &pattern.kind {
            PatternKind::Value(value) => self.visit_expr(value),
            PatternKind::Singleton(_) => Ok(()),
            PatternKind::Sequence(items) | PatternKind::Or(items) => {
                items.iter().try_for_each(|item| self.visit_pattern(item))
            }
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => {
                keys.iter().try_for_each(|key| self.visit_expr(key))?;
                patterns
                    .iter()
                    .try_for_each(|item| self.visit_pattern(item))?;
                bind(self, rest)
            }
            PatternKind::Class {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls)?;
                patterns
                    .iter()
                    .try_for_each(|item| self.visit_pattern(item))?;
                kwd_patterns
                    .iter()
                    .try_for_each(|item| self.visit_pattern(item))
            }
            PatternKind::Star(name) => bind(self, name),
            PatternKind::As {
                pattern: inner,
                name,
            } => {
                if let Some(inner) = inner {
                    self.visit_pattern(inner)?;
                }
                bind(self, name)
            }
        }
    }

    fn visit_directive(&mut self, stmt: &Stmt, names: &[String], global: bool) -> Visit {
        let which = if global { "global" } else { "nonlocal" };
        for name in names {
            let mangled = self.mangled(name);
            let current = self.current().flags(&mangled);
            if current & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if current & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {which}")
                } else if current & USE != 0 {
                    format!("name '{name}' is used prior to {which} declaration")
                } else if current & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {which}")
                } else {
                    format!("name '{name}' is assigned to before {which} declaration")
                };
                return Err(self.error(msg, stmt.pos, stmt.end));
            }
            let flag = if global { DEF_GLOBAL } else { DEF_NONLOCAL };
            let scope = self.current();
            scope.add_flags(&mangled, flag);
            scope
                .directives
                .entry(mangled)
                .or_insert((stmt.pos, stmt.end));
        }
        Ok(())
    }

    fn visit_handler(&mut self, handler: &ExceptHandler) -> Visit {
        if let Some(type_) = &handler.type_ {
            self.visit_expr(type_)?;
        }
        if let Some(name) = &handler.name {
            self.add_def(name, DEF_LOCAL, handler.pos, handler.pos)?;
        }
        self.visit_body(&handler.body)
    }

    /// A store or delete target: names are bound; everything else inside is read.
    fn visit_target(&mut self, target: &Expr) -> Visit {
        match &target.kind {
            ExprKind::Name(name) => self.add_def(name, DEF_LOCAL, target.pos, target.end),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|elt| self.visit_target(elt))
            }
            ExprKind::Starred(value) => self.visit_target(value),
            _ => self.visit_expr(target),
        }
    }

    fn visit_comp_target(&mut self, target: &Expr) -> Visit {
        match &target.kind {
            ExprKind::Name(name) => {
                self.add_def(name, DEF_LOCAL | DEF_COMP_ITER, target.pos, target.end)
            }
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                elts.iter().try_for_each(|elt| self.visit_comp_target(elt))
            }
            ExprKind::Starred(value) => self.visit_comp_target(value),
            _ => self.visit_expr(target),
        }
    }

    fn visit_expr(&mut self, expr: &Expr) -> Visit {
        match &expr.kind {
            ExprKind::Constant(_) => {}
            ExprKind::FString(parts) => self.visit_fstring(parts)?,
            ExprKind::Name(name) => {
                self.add_def(name, USE, expr.pos, expr.end)?;
                let id = *self.stack.last().unwrap_or(&0);
                if name == "super" && self.table.scopes[id].kind == ScopeKind::Function {
                    self.add_def("__class__", USE, expr.pos, expr.end)?;
                }
            }
            ExprKind::BoolOp { values, .. } => {
                values.iter().try_for_each(|value| self.visit_expr(value))?
            }
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left)?;
                self.visit_expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand)?,
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left)?;
                comparators.iter().try_for_each(|c| self.visit_expr(c))?;
            }
            ExprKind::Lambda { params, body } => {
                self.visit_params_defaults(params)?;
                self.enter(ScopeKind::Function, "lambda", node_key(expr));
                self.define_params(params)?;
                self.visit_expr(body)?;
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test)?;
                self.visit_expr(body)?;
                self.visit_expr(orelse)?;
            }
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.visit_named_target(target)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func)?;
                args.iter().try_for_each(|arg| self.visit_expr(arg))?;
                for keyword in keywords {
                    self.visit_expr(&keyword.value)?;
                }
            }
            ExprKind::Attribute { value, .. } => self.visit_expr(value)?,
            ExprKind::Subscript { value, index } => {
                self.visit_expr(value)?;
                self.visit_expr(index)?;
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
            ExprKind::Starred(value) => self.visit_expr(value)?,
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
                elts.iter().try_for_each(|elt| self.visit_expr(elt))?
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    if let Some(key) = key {
                        self.visit_expr(key)?;
                    }
                    self.visit_expr(value)?;
                }
            }
            ExprKind::ListComp { elt, generators } => self.visit_comprehension(
                expr,
                "listcomp",
                "list comprehension",
                generators,
                elt,
                None,
            )?,
            ExprKind::SetComp { elt, generators } => self.visit_comprehension(
                expr,
                "setcomp",
                "set comprehension",
                generators,
                elt,
                None,
            )?,
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(
                expr,
                "dictcomp",
                "dict comprehension",
                generators,
                key,
                Some(value),
            )?,
            ExprKind::GeneratorExp { elt, generators } => self.visit_comprehension(
                expr,
                "genexpr",
                "generator expression",
                generators,
                elt,
                None,
            )?,
            ExprKind::Yield(value) => {
                if let Some(value) = value {
                    self.visit_expr(value)?;
                }
                self.mark_yield(expr)?;
            }
            ExprKind::YieldFrom(value) => {
                self.visit_expr(value)?;
                self.mark_yield(expr)?;
            }
            ExprKind::Await(value) => {
                self.visit_expr(value)?;
                let scope = self.current();
                if scope.comprehension.is_some() {
                    scope.is_coroutine = true;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring(&mut self, parts: &[crate::syntax::ast::FStringPart]) -> Visit {
        use crate::syntax::ast::FStringPart;
        for part in parts {
            if let FStringPart::Field { value, spec, .. } = part {
                self.visit_expr(value)?;
                if let Some(spec) = spec {
                    self.visit_fstring(spec)?;
                }
            }
        }
        Ok(())
    }

    fn mark_yield(&mut self, expr: &Expr) -> Visit {
        let scope = self.current();
        if let Some(what) = scope.comprehension {
            let msg = format!("'yield' inside {what}");
            return Err(self.error(msg, expr.pos, expr.end));
        }
        if scope.kind == ScopeKind::Function {
            scope.is_generator = true;
        }
        Ok(())
    }

    fn visit_named_target(&mut self, target: &Expr) -> Visit {
        let ExprKind::Name(name) = &target.kind else {
            return self.visit_target(target);
        };
        let current = *self.stack.last().unwrap_or(&0);
        if self.table.scopes[current].comprehension.is_none() {
            return self.add_def(name, DEF_LOCAL, target.pos, target.end);
        }
        let mangled = self.mangled(name);
        for &id in self.stack.iter().rev() {
            let scope = &self.table.scopes[id];
            if scope.comprehension.is_some() {
                if scope.flags(&mangled) & DEF_COMP_ITER != 0 {
                    return Err(self.error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        target.pos,
                        target.end,
                    ));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let flag = if scope.flags(&mangled) & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    let comp = &mut self.table.scopes[current];
                    comp.add_flags(&mangled, flag);
                    comp.directives
                        .entry(mangled.clone())
                        .or_insert((target.pos, target.end));
                    self.table.scopes[id].add_flags(&mangled, DEF_LOCAL);
                    return Ok(());
                }
                ScopeKind::Module => {
                    let comp = &mut self.table.scopes[current];
                    comp.add_flags(&mangled, DEF_GLOBAL);
                    comp.directives
                        .entry(mangled.clone())
                        .or_insert((target.pos, target.end));
                    self.table.scopes[id].add_flags(&mangled, DEF_GLOBAL);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(self.error(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_string(),
                        target.pos,
                        target.end,
                    ));
                }
            }
        }
        Ok(())
    }

    fn visit_comprehension(
        &mut self,
        expr: &Expr,
        name: &str,
        description: &'static str,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Visit {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.visit_expr(&outermost.iter)?;
        let id = self.enter(ScopeKind::Function, name, node_key(expr));
        self.table.scopes[id].comprehension = Some(description);
        self.table.scopes[id].is_generator = name == "genexpr";
        self.table.scopes[id].add_flags(".0", DEF_PARAM);
        self.table.scopes[id].params.push(".0".to_string());
        self.visit_comp_target(&outermost.target)?;
        outermost.ifs.iter().try_for_each(|c| self.visit_expr(c))?;
        for generator in &generators[1..] {
            self.visit_comp_target(&generator.target)?;
            self.visit_expr(&generator.iter)?;
            generator.ifs.iter().try_for_each(|c| self.visit_expr(c))?;
        }
        if let Some(value) = value {
            self.visit_expr(value)?;
        }
        self.visit_expr(elt)?;
        if generators.iter().any(|g| g.is_async) {
            self.table.scopes[id].is_coroutine = true;
        }
        self.exit();
        // An enclosing comprehension awaits an asynchronous one, so it is asynchronous too.
        if self.table.scopes[id].is_coroutine && name != "genexpr" {
            let parent = self.current();
            if parent.comprehension.is_some() {
                parent.is_coroutine = true;
            }
        }
        Ok(())
    }
}

/// Resolves the names of scope `id` given the names bound in enclosing functions (`bound`, None
/// at module level) and the names declared global above (`global`); adds to `free` the free
/// variables of this scope and its children that it does not itself provide.
fn analyze_block(
    table: &mut SymbolTable,
    id: ScopeId,
    bound: Option<&HashSet<String>>,
    free: &mut HashSet<String>,
    global: &mut HashSet<String>,
    filename: &str,
) -> Result<(), SyntaxError> {
    let mut local = HashSet::new();
    let mut bound_here: Option<HashSet<String>> = bound.cloned();
    let kind = table.scopes[id].kind;
    let mut new_global = HashSet::new();
    let mut new_bound = HashSet::new();
    if kind == ScopeKind::Class {
        new_global.extend(global.iter().cloned());
        if let Some(bound) = bound {
            new_bound.extend(bound.iter().cloned());
        }
    }
    let symbols: Vec<(String, u32)> = table.scopes[id]
        .symbols
        .iter()
        .map(|(name, symbol)| (name.clone(), symbol.flags))
        .collect();
    for (name, flags) in &symbols {
        let scope = &mut table.scopes[id];
        let directive = scope.directives.get(name).copied().unwrap_or_default();
        let resolved = if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return Err(error_at(
                    filename,
                    format!("name '{name}' is nonlocal and global"),
                    directive.0,
                    directive.1,
                ));
            }
            global.insert(name.clone());
            if let Some(bound) = bound_here.as_mut() {
                bound.remove(name);
            }
            NameScope::GlobalExplicit
        } else if flags & DEF_NONLOCAL != 0 {
            let Some(bound) = bound_here.as_ref() else {
                return Err(error_at(
                    filename,
                    "nonlocal declaration not allowed at module level".to_string(),
                    directive.0,
                    directive.1,
                ));
            };
            if !bound.contains(name) {
                return Err(error_at(
                    filename,
                    format!("no binding for nonlocal '{name}' found"),
                    directive.0,
                    directive.1,
                ));
            }
            free.insert(name.clone());
            NameScope::Free
        } else if flags & DEF_BOUND != 0 {
            local.insert(name.clone());
            global.remove(name);
            NameScope::Local
        } else if bound_here.as_ref().is_some_and(|b| b.contains(name)) {
            free.insert(name.clone());
            NameScope::Free
        } else {
            NameScope::GlobalImplicit
        };
        scope.set_scope(name, resolved);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            new_bound.extend(local.iter().cloned());
        }
        if let Some(bound) = bound_here.as_ref() {
            new_bound.extend(bound.iter().cloned());
        }
        new_global.extend(global.iter().cloned());
    } else {
        new_bound.insert("__class__".to_string());
    }

    let mut new_free = HashSet::new();
    let children = table.scopes[id].children.clone();
    for child in children {
        let child_bound = new_bound.clone();
        let mut child_free = HashSet::new();
        let mut child_global = new_global.clone();
        analyze_block(
            table,
            child,
            Some(&child_bound),
            &mut child_free,
            &mut child_global,
            filename,
        )?;
        new_free.extend(child_free);
    }

    let scope = &mut table.scopes[id];
    match kind {
        ScopeKind::Function => {
            for (name, symbol) in scope.symbols.iter_mut() {
                if symbol.scope == NameScope::Local && new_free.remove(name.as_str()) {
                    symbol.scope = NameScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if new_free.remove("__class__") {
                scope.needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }
    // Free names of children that this scope does not provide pass through it.
    let mut passed: Vec<&String> = new_free.iter().collect();
    passed.sort();
    for name in passed {
        if let Some(symbol) = scope.lookup(name) {
            if kind == ScopeKind::Class && symbol.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                scope.add_flags(name, DEF_FREE_CLASS);
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name.as_str())) || bound.is_none() {
            continue;
        }
        scope.add_flags(name, 0);
        scope.set_scope(name, NameScope::Free);
    }
    free.extend(new_free);
    Ok(())
}
