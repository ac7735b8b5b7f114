//! Parse tests: every construct of the supported subset, rendered in a compact s-expression
//! form (`render_module`), plus error messages and carets checked against CPython 3.11.
//!
//! Debugging aid: `GILT_DUMP_AST=path/to/file.py cargo test dump_ast -- --nocapture` prints the
//! AST of any file with positions.

use super::ast::*;
use super::{parse, SyntaxErrorKind};

/// Renders a module compactly; `with_positions` adds `@line:col-line:col` to statements and
/// expressions.
pub fn render_module(module: &Module, with_positions: bool) -> String {
    let renderer = Renderer { with_positions };
    module
        .body
        .iter()
        .map(|stmt| renderer.stmt(stmt))
        .collect::<Vec<_>>()
        .join("\n")
}

struct Renderer {
    with_positions: bool,
}

impl Renderer {
    fn at(&self, pos: Pos, end: Pos) -> String {
        if self.with_positions {
            format!("@{}:{}-{}:{}", pos.line, pos.col, end.line, end.col)
        } else {
            String::new()
        }
    }

    fn block(&self, body: &[Stmt]) -> String {
        let inner: Vec<String> = body.iter().map(|stmt| self.stmt(stmt)).collect();
        format!("[{}]", inner.join("; "))
    }

    fn exprs(&self, items: &[Expr]) -> String {
        items
            .iter()
            .map(|item| self.expr(item))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn opt(&self, item: &Option<Expr>) -> String {
        item.as_ref().map_or("-".to_string(), |item| self.expr(item))
    }

    fn params(&self, params: &Parameters) -> String {
        let one = |param: &Param| {
            let mut text = param.name.clone();
            if let Some(annotation) = &param.annotation {
                text.push_str(&format!(":{}", self.expr(annotation)));
            }
            if let Some(default) = &param.default {
                text.push_str(&format!("={}", self.expr(default)));
            }
            text
        };
        let mut parts = Vec::new();
        parts.extend(params.posonly.iter().map(one));
        if !params.posonly.is_empty() {
            parts.push("/".into());
        }
        parts.extend(params.args.iter().map(one));
        if let Some(vararg) = &params.vararg {
            parts.push(format!("*{}", one(vararg)));
        } else if !params.kwonly.is_empty() {
            parts.push("*".into());
        }
        parts.extend(params.kwonly.iter().map(one));
        if let Some(kwarg) = &params.kwarg {
            parts.push(format!("**{}", one(kwarg)));
        }
        format!("({})", parts.join(", "))
    }

    fn keywords(&self, keywords: &[Keyword]) -> String {
        keywords
            .iter()
            .map(|keyword| match &keyword.arg {
                Some(name) => format!(" {}={}", name, self.expr(&keyword.value)),
                None => format!(" **{}", self.expr(&keyword.value)),
            })
            .collect()
    }

    fn stmt(&self, stmt: &Stmt) -> String {
        let at = self.at(stmt.pos, stmt.end);
        let body = match &stmt.kind {
            StmtKind::Expr(value) => format!("(Expr {})", self.expr(value)),
            StmtKind::Assign { targets, value } => {
                format!("(Assign [{}] {})", self.exprs(targets), self.expr(value))
            }
            StmtKind::AugAssign { target, op, value } => {
                format!("(AugAssign {} {:?} {})", self.expr(target), op, self.expr(value))
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => format!(
                "(AnnAssign {} {} {})",
                self.expr(target),
                self.expr(annotation),
                self.opt(value)
            ),
            StmtKind::If { test, body, orelse } => format!(
                "(If {} {} {})",
                self.expr(test),
                self.block(body),
                self.block(orelse)
            ),
            StmtKind::While { test, body, orelse } => format!(
                "(While {} {} {})",
                self.expr(test),
                self.block(body),
                self.block(orelse)
            ),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => format!(
                "({}For {} {} {} {})",
                if *is_async { "Async" } else { "" },
                self.expr(target),
                self.expr(iter),
                self.block(body),
                self.block(orelse)
            ),
            StmtKind::Break => "Break".into(),
            StmtKind::Continue => "Continue".into(),
            StmtKind::Pass => "Pass".into(),
            StmtKind::FunctionDef(function) => format!(
                "({}Def {}{} {} {}{})",
                if function.is_async { "Async" } else { "" },
                function.name,
                self.params(&function.params),
                self.opt(&function.returns),
                self.block(&function.body),
                if function.decorators.is_empty() {
                    String::new()
                } else {
                    format!(" @[{}]", self.exprs(&function.decorators))
                }
            ),
            StmtKind::ClassDef(class) => format!(
                "(Class {} [{}{}] {}{})",
                class.name,
                self.exprs(&class.bases),
                self.keywords(&class.keywords),
                self.block(&class.body),
                if class.decorators.is_empty() {
                    String::new()
                } else {
                    format!(" @[{}]", self.exprs(&class.decorators))
                }
            ),
            StmtKind::Return(value) => format!("(Return {})", self.opt(value)),
            StmtKind::Global(names) => format!("(Global {})", names.join(" ")),
            StmtKind::Nonlocal(names) => format!("(Nonlocal {})", names.join(" ")),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                let handlers: Vec<String> = handlers
                    .iter()
                    .map(|handler| {
                        format!(
                            "(except {} {} {})",
                            self.opt(&handler.type_),
                            handler.name.as_deref().unwrap_or("-"),
                            self.block(&handler.body)
                        )
                    })
                    .collect();
                format!(
                    "(Try {} [{}] {} {})",
                    self.block(body),
                    handlers.join(" "),
                    self.block(orelse),
                    self.block(finalbody)
                )
            }
            StmtKind::Raise { exc, cause } => {
                format!("(Raise {} {})", self.opt(exc), self.opt(cause))
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                let items: Vec<String> = items
                    .iter()
                    .map(|item| format!("{} as {}", self.expr(&item.context), self.opt(&item.target)))
                    .collect();
                format!(
                    "({}With [{}] {})",
                    if *is_async { "Async" } else { "" },
                    items.join(", "),
                    self.block(body)
                )
            }
            StmtKind::Assert { test, msg } => {
                format!("(Assert {} {})", self.expr(test), self.opt(msg))
            }
            StmtKind::Delete(targets) => format!("(Del {})", self.exprs(targets)),
            StmtKind::Import(names) => format!("(Import {})", aliases(names)),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => format!(
                "(From {}{} {})",
                ".".repeat(*level as usize),
                module.as_deref().unwrap_or(""),
                aliases(names)
            ),
        };
        format!("{body}{at}")
    }

    fn comprehensions(&self, generators: &[Comprehension]) -> String {
        generators
            .iter()
            .map(|generator| {
                let ifs: String = generator
                    .ifs
                    .iter()
                    .map(|test| format!(" if {}", self.expr(test)))
                    .collect();
                format!(
                    " {}for {} in {}{}",
                    if generator.is_async { "async " } else { "" },
                    self.expr(&generator.target),
                    self.expr(&generator.iter),
                    ifs
                )
            })
            .collect()
    }

    fn fstring(&self, parts: &[FStringPart]) -> String {
        parts
            .iter()
            .map(|part| match part {
                FStringPart::Literal(text) => format!("{text:?}"),
                FStringPart::Field {
                    value,
                    conversion,
                    spec,
                    self_documenting,
                } => format!(
                    "{{{}{}{}{}}}",
                    self_documenting
                        .as_ref()
                        .map_or(String::new(), |text| format!("{text:?}=")),
                    self.expr(value),
                    conversion.map_or(String::new(), |c| format!("!{c}")),
                    spec.as_ref()
                        .map_or(String::new(), |spec| format!(":{}", self.fstring(spec)))
                ),
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn expr(&self, expr: &Expr) -> String {
        let at = self.at(expr.pos, expr.end);
        let body = match &expr.kind {
            ExprKind::Constant(constant) => match constant {
                Constant::None => "None".into(),
                Constant::True => "True".into(),
                Constant::False => "False".into(),
                Constant::Ellipsis => "...".into(),
                Constant::Int(value) => value.to_string(),
                Constant::BigInt(digits) => format!("big{digits}"),
                Constant::Float(value) => format!("{value:?}"),
                Constant::Imaginary(value) => format!("{value:?}j"),
                Constant::Str(text) => format!("{text:?}"),
                Constant::Bytes(bytes) => format!("b{:?}", String::from_utf8_lossy(bytes)),
            },
            ExprKind::FString(parts) => format!("f[{}]", self.fstring(parts)),
            ExprKind::Name(name) => name.clone(),
            ExprKind::BoolOp { op, values } => format!("({:?} {})", op, self.exprs(values)),
            ExprKind::BinOp { left, op, right } => {
                format!("({:?} {} {})", op, self.expr(left), self.expr(right))
            }
            ExprKind::UnaryOp { op, operand } => format!("({:?} {})", op, self.expr(operand)),
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                let mut text = format!("(Compare {}", self.expr(left));
                for (op, comparator) in ops.iter().zip(comparators) {
                    text.push_str(&format!(" {:?} {}", op, self.expr(comparator)));
                }
                text + ")"
            }
            ExprKind::Lambda { params, body } => {
                format!("(Lambda {} {})", self.params(params), self.expr(body))
            }
            ExprKind::IfExp { test, body, orelse } => format!(
                "(IfExp {} {} {})",
                self.expr(test),
                self.expr(body),
                self.expr(orelse)
            ),
            ExprKind::NamedExpr { target, value } => {
                format!("(:= {} {})", self.expr(target), self.expr(value))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => format!(
                "(Call {} [{}{}])",
                self.expr(func),
                self.exprs(args),
                self.keywords(keywords)
            ),
            ExprKind::Attribute { value, attr } => format!("{}.{}", self.expr(value), attr),
            ExprKind::Subscript { value, index } => {
                format!("{}[{}]", self.expr(value), self.expr(index))
            }
            ExprKind::Slice { lower, upper, step } => {
                let part = |item: &Option<Box<Expr>>| {
                    item.as_ref().map_or(String::new(), |item| self.expr(item))
                };
                format!("(Slice {}:{}:{})", part(lower), part(upper), part(step))
            }
            ExprKind::Starred(value) => format!("*{}", self.expr(value)),
            ExprKind::List(items) => format!("[{}]", self.exprs(items)),
            ExprKind::Tuple(items) => format!("(Tuple {})", self.exprs(items)),
            ExprKind::Set(items) => format!("(Set {})", self.exprs(items)),
            ExprKind::Dict { keys, values } => {
                let entries: Vec<String> = keys
                    .iter()
                    .zip(values)
                    .map(|(key, value)| match key {
                        Some(key) => format!("{}: {}", self.expr(key), self.expr(value)),
                        None => format!("**{}", self.expr(value)),
                    })
                    .collect();
                format!("{{{}}}", entries.join(", "))
            }
            ExprKind::ListComp { elt, generators } => {
                format!("(ListComp {}{})", self.expr(elt), self.comprehensions(generators))
            }
            ExprKind::SetComp { elt, generators } => {
                format!("(SetComp {}{})", self.expr(elt), self.comprehensions(generators))
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => format!(
                "(DictComp {}: {}{})",
                self.expr(key),
                self.expr(value),
                self.comprehensions(generators)
            ),
            ExprKind::GeneratorExp { elt, generators } => {
                format!("(GenExp {}{})", self.expr(elt), self.comprehensions(generators))
            }
            ExprKind::Yield(value) => format!(
                "(Yield {})",
                value.as_ref().map_or("-".to_string(), |value| self.expr(value))
            ),
            ExprKind::YieldFrom(value) => format!("(YieldFrom {})", self.expr(value)),
            ExprKind::Await(value) => format!("(Await {})", self.expr(value)),
        };
        format!("{body}{at}")
    }
}

fn aliases(names: &[Alias]) -> String {
    names
        .iter()
        .map(|alias| match &alias.asname {
            Some(asname) => format!("{} as {}", alias.name, asname),
            None => alias.name.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses and renders without positions; panics with CPython-style text on a syntax error.
fn shape(source: &str) -> String {
    match parse(source, "<test>") {
        Ok(module) => render_module(&module, false),
        Err(error) => panic!(
            "{source:?}: {:?} {} at {}:{}",
            error.kind, error.msg, error.line, error.col
        ),
    }
}

fn positions(source: &str) -> String {
    render_module(&parse(source, "<test>").expect("parses"), true)
}

/// (message, line, col, end_col) of the error, as python3 reports them.
fn error(source: &str) -> (String, u32, u32, u32) {
    match parse(source, "<test>") {
        Ok(module) => panic!("{source:?} parsed: {}", render_module(&module, false)),
        Err(error) => (error.msg, error.line, error.col, error.end_col),
    }
}

fn error_message(source: &str) -> String {
    error(source).0
}

#[test]
fn dump_ast() {
    if let Ok(path) = std::env::var("GILT_DUMP_AST") {
        let source = std::fs::read_to_string(&path).expect("readable file");
        match parse(&source, &path) {
            Ok(module) => println!("{}", render_module(&module, true)),
            Err(error) => println!("{error:?}"),
        }
    }
}

#[test]
fn compare_errors_from_file() {
    if let Ok(path) = std::env::var("GILT_ERROR_CASES") {
        let text = std::fs::read_to_string(&path).expect("readable file");
        for case in text.split("\n====\n") {
            match parse(case, "f.py") {
                Ok(_) => println!("{case:?} -> OK"),
                Err(error) => println!(
                    "{case:?} -> {:?} {:?} {} {} {} incomplete={}",
                    error.kind, error.msg, error.line, error.col, error.end_col, error.incomplete
                ),
            }
        }
    }
}
