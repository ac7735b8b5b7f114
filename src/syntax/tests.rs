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
        item.as_ref()
            .map_or("-".to_string(), |item| self.expr(item))
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

    fn patterns(&self, patterns: &[Pattern]) -> String {
        patterns
            .iter()
            .map(|pattern| self.pattern(pattern))
            .collect::<Vec<_>>()
            .join(" ")
    }

    fn pattern(&self, pattern: &Pattern) -> String {
        let body = match &pattern.kind {
            PatternKind::Value(value) => format!("(Value {})", self.expr(value)),
            PatternKind::Singleton(constant) => format!("(Singleton {constant:?})"),
            PatternKind::Sequence(items) => format!("(Sequence {})", self.patterns(items)),
            PatternKind::Mapping {
                keys,
                patterns,
                rest,
            } => format!(
                "(Mapping [{}] [{}] {})",
                self.exprs(keys),
                self.patterns(patterns),
                rest.as_deref().unwrap_or("-")
            ),
            PatternKind::Class {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => format!(
                "(Class {} [{}] [{}] [{}])",
                self.expr(cls),
                self.patterns(patterns),
                kwd_attrs.join(" "),
                self.patterns(kwd_patterns)
            ),
            PatternKind::Star(name) => format!("(Star {})", name.as_deref().unwrap_or("-")),
            PatternKind::As { pattern, name } => format!(
                "(As {} {})",
                pattern
                    .as_ref()
                    .map_or("-".to_string(), |pattern| self.pattern(pattern)),
                name.as_deref().unwrap_or("-")
            ),
            PatternKind::Or(alternatives) => format!("(Or {})", self.patterns(alternatives)),
        };
        format!("{body}{}", self.at(pattern.pos, pattern.end))
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
                format!(
                    "(AugAssign {} {:?} {})",
                    self.expr(target),
                    op,
                    self.expr(value)
                )
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
                is_star,
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
                    "({} {} [{}] {} {})",
                    if *is_star { "TryStar" } else { "Try" },
                    self.block(body),
                    handlers.join(" "),
                    self.block(orelse),
                    self.block(finalbody)
                )
            }
            StmtKind::Match { subject, cases } => {
                let cases: Vec<String> = cases
                    .iter()
                    .map(|case| {
                        format!(
                            "(case {} {} {})",
                            self.pattern(&case.pattern),
                            self.opt(&case.guard),
                            self.block(&case.body)
                        )
                    })
                    .collect();
                format!("(Match {} [{}])", self.expr(subject), cases.join(" "))
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
                    .map(|item| {
                        format!("{} as {}", self.expr(&item.context), self.opt(&item.target))
                    })
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
                format!(
                    "(ListComp {}{})",
                    self.expr(elt),
                    self.comprehensions(generators)
                )
            }
            ExprKind::SetComp { elt, generators } => {
                format!(
                    "(SetComp {}{})",
                    self.expr(elt),
                    self.comprehensions(generators)
                )
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
                format!(
                    "(GenExp {}{})",
                    self.expr(elt),
                    self.comprehensions(generators)
                )
            }
            ExprKind::Yield(value) => format!(
                "(Yield {})",
                value
                    .as_ref()
                    .map_or("-".to_string(), |value| self.expr(value))
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

#[test]
fn simple_statements() {
    assert_eq!(shape("x"), "(Expr x)");
    assert_eq!(shape("a = b = 1"), "(Assign [a b] 1)");
    assert_eq!(shape("a, *b = c"), "(Assign [(Tuple a *b)] c)");
    assert_eq!(shape("[a, b] = (c, d)"), "(Assign [[a b]] (Tuple c d))");
    assert_eq!(shape("x.y[0] = 1"), "(Assign [x.y[0]] 1)");
    assert_eq!(shape("x = 1, 2,"), "(Assign [x] (Tuple 1 2))");
    for (op, name) in [
        ("+=", "Add"),
        ("-=", "Sub"),
        ("*=", "Mult"),
        ("@=", "MatMult"),
        ("/=", "Div"),
        ("//=", "FloorDiv"),
        ("%=", "Mod"),
        ("**=", "Pow"),
        ("<<=", "LShift"),
        (">>=", "RShift"),
        ("&=", "BitAnd"),
        ("|=", "BitOr"),
        ("^=", "BitXor"),
    ] {
        assert_eq!(
            shape(&format!("x {op} 1")),
            format!("(AugAssign x {name} 1)")
        );
    }
    assert_eq!(shape("x: int = 3"), "(AnnAssign x int 3)");
    assert_eq!(shape("x.y: int"), "(AnnAssign x.y int -)");
    assert_eq!(shape("pass; break; continue"), "Pass\nBreak\nContinue");
    assert_eq!(shape("return"), "(Return -)");
    assert_eq!(shape("return 1, *a"), "(Return (Tuple 1 *a))");
    assert_eq!(shape("raise"), "(Raise - -)");
    assert_eq!(shape("raise X from Y"), "(Raise X Y)");
    assert_eq!(shape("global a, b"), "(Global a b)");
    assert_eq!(shape("nonlocal a"), "(Nonlocal a)");
    assert_eq!(shape("del a, b[0], c.d"), "(Del a b[0] c.d)");
    assert_eq!(shape("assert x, 'm'"), "(Assert x \"m\")");
    assert_eq!(shape("x = 1 + \\\n  2"), "(Assign [x] (Add 1 2))");
    assert_eq!(shape("x = 1  # note\n# alone\n"), "(Assign [x] 1)");
}

#[test]
fn imports() {
    assert_eq!(shape("import a.b as c, d"), "(Import a.b as c, d)");
    assert_eq!(shape("from a import b as c"), "(From a b as c)");
    assert_eq!(shape("from a import (b, c,)"), "(From a b, c)");
    assert_eq!(shape("from . import x"), "(From . x)");
    assert_eq!(shape("from ...a import x"), "(From ...a x)");
    assert_eq!(shape("from a import *"), "(From a *)");
}

#[test]
fn compound_statements() {
    assert_eq!(
        shape("if a:\n  b\nelif c:\n  d\nelse:\n  e"),
        "(If a [(Expr b)] [(If c [(Expr d)] [(Expr e)])])"
    );
    assert_eq!(
        shape("while a: b\nelse: c"),
        "(While a [(Expr b)] [(Expr c)])"
    );
    assert_eq!(
        shape("for a, b in c:\n  break\nelse:\n  pass"),
        "(For (Tuple a b) c [Break] [Pass])"
    );
    assert_eq!(
        shape("try:\n  a\nexcept (E, F) as e:\n  b\nexcept G:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f"),
        "(Try [(Expr a)] [(except (Tuple E F) e [(Expr b)]) (except G - [(Expr c)]) (except - - [(Expr d)])] [(Expr e)] [(Expr f)])"
    );
    assert_eq!(
        shape("try: a\nfinally: b"),
        "(Try [(Expr a)] [] [] [(Expr b)])"
    );
    assert_eq!(
        shape("with A as a, B as b: pass"),
        "(With [A as a, B as b] [Pass])"
    );
    assert_eq!(
        shape("with (A as a, B): pass"),
        "(With [A as a, B as -] [Pass])"
    );
    assert_eq!(shape("with (A, B): pass"), "(With [A as -, B as -] [Pass])");
    assert_eq!(
        shape("with (A, B) as c: pass"),
        "(With [(Tuple A B) as c] [Pass])"
    );
    assert_eq!(shape("with (A): pass"), "(With [A as -] [Pass])");
}

#[test]
fn definitions() {
    assert_eq!(
        shape("def f(a, b=1, *args, c, d=2, **kwargs): pass"),
        "(Def f(a, b=1, *args, c, d=2, **kwargs) - [Pass])"
    );
    assert_eq!(
        shape("def f(a, /, b, *, c): pass"),
        "(Def f(a, /, b, *, c) - [Pass])"
    );
    assert_eq!(
        shape("def f(a: int = 1, *b: str) -> bool: pass"),
        "(Def f(a:int=1, *b:str) bool [Pass])"
    );
    assert_eq!(
        shape("@d1\n@d2.x(1)\ndef f(): pass"),
        "(Def f() - [Pass] @[d1 (Call d2.x [1])])"
    );
    assert_eq!(
        shape("@dec\nclass A(B, C, metaclass=M):\n  x = 1"),
        "(Class A [B C metaclass=M] [(Assign [x] 1)] @[dec])"
    );
    assert_eq!(shape("class A: pass"), "(Class A [] [Pass])");
    assert_eq!(
        shape("lambda a, b=1, *c, d, **e: a"),
        "(Expr (Lambda (a, b=1, *c, d, **e) a))"
    );
    assert_eq!(shape("lambda: 0"), "(Expr (Lambda () 0))");
    assert_eq!(shape("lambda *, k: k"), "(Expr (Lambda (*, k) k))");
}

#[test]
fn generators_and_async() {
    assert_eq!(shape("def g():\n  x = yield\n  y = (yield v)\n  yield from z\n  yield"),
        "(Def g() - [(Assign [x] (Yield -)); (Assign [y] (Yield v)); (Expr (YieldFrom z)); (Expr (Yield -))])");
    assert_eq!(
        shape("async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass"),
        "(AsyncDef f() - [(Expr (Await x)); (AsyncFor a b [Pass] []); (AsyncWith [c as d] [Pass])])"
    );
    assert_eq!(
        shape("[x async for x in y]"),
        "(Expr (ListComp x async for x in y))"
    );
}

#[test]
fn operator_precedence() {
    assert_eq!(shape("-2**2"), "(Expr (Neg (Pow 2 2)))");
    assert_eq!(shape("2**-1"), "(Expr (Pow 2 (Neg 1)))");
    assert_eq!(shape("a**b**c"), "(Expr (Pow a (Pow b c)))");
    assert_eq!(shape("a + b * c"), "(Expr (Add a (Mult b c)))");
    assert_eq!(shape("a - b - c"), "(Expr (Sub (Sub a b) c))");
    assert_eq!(
        shape("a // b % c @ d / e"),
        "(Expr (Div (MatMult (Mod (FloorDiv a b) c) d) e))"
    );
    assert_eq!(
        shape("a | b ^ c & d << e >> f"),
        "(Expr (BitOr a (BitXor b (BitAnd c (RShift (LShift d e) f)))))"
    );
    assert_eq!(
        shape("a < b <= c == d != e > f >= g"),
        "(Expr (Compare a Lt b LtE c Eq d NotEq e Gt f GtE g))"
    );
    assert_eq!(
        shape("a in b not in c is d is not e"),
        "(Expr (Compare a In b NotIn c Is d IsNot e))"
    );
    assert_eq!(
        shape("not a and b or c and not d"),
        "(Expr (Or (And (Not a) b) (And c (Not d))))"
    );
    assert_eq!(shape("~a + +b"), "(Expr (Add (Invert a) (Pos b)))");
    assert_eq!(
        shape("a if b else c if d else e"),
        "(Expr (IfExp b a (IfExp d c e)))"
    );
    assert_eq!(shape("(x := 5)"), "(Expr (:= x 5))");
    assert_eq!(
        shape("if (n := len(a)) > 1: pass"),
        "(If (Compare (:= n (Call len [a])) Gt 1) [Pass] [])"
    );
}

#[test]
fn calls_and_subscripts() {
    assert_eq!(
        shape("f(a, *b, c=1, **d)"),
        "(Expr (Call f [a *b c=1 **d]))"
    );
    assert_eq!(
        shape("f(x for x in y)"),
        "(Expr (Call f [(GenExp x for x in y)]))"
    );
    assert_eq!(shape("f(a,)"), "(Expr (Call f [a]))");
    assert_eq!(shape("a.b.c(1)[2]"), "(Expr (Call a.b.c [1])[2])");
    assert_eq!(shape("a[1:2:3]"), "(Expr a[(Slice 1:2:3)])");
    assert_eq!(shape("a[:]"), "(Expr a[(Slice ::)])");
    assert_eq!(shape("a[::2]"), "(Expr a[(Slice ::2)])");
    assert_eq!(shape("a[:, 1]"), "(Expr a[(Tuple (Slice ::) 1)])");
    assert_eq!(shape("a[1, 2]"), "(Expr a[(Tuple 1 2)])");
}

#[test]
fn displays_and_comprehensions() {
    assert_eq!(shape("[1, *a, 2,]"), "(Expr [1 *a 2])");
    assert_eq!(shape("()"), "(Expr (Tuple ))");
    assert_eq!(shape("(1,)"), "(Expr (Tuple 1))");
    assert_eq!(shape("(1)"), "(Expr 1)");
    assert_eq!(shape("{}"), "(Expr {})");
    assert_eq!(shape("{1: 2, **d}"), "(Expr {1: 2, **d})");
    assert_eq!(shape("{1, *s}"), "(Expr (Set 1 *s))");
    assert_eq!(
        shape("[x for x in y if x if z for w in x]"),
        "(Expr (ListComp x for x in y if x if z for w in x))"
    );
    assert_eq!(shape("{x for x in y}"), "(Expr (SetComp x for x in y))");
    assert_eq!(
        shape("{k: v for k, v in y}"),
        "(Expr (DictComp k: v for (Tuple k v) in y))"
    );
    assert_eq!(shape("(x for x in y)"), "(Expr (GenExp x for x in y))");
    assert_eq!(shape("a = *b, c"), "(Assign [a] (Tuple *b c))");
}

#[test]
fn literals() {
    assert_eq!(
        shape("1, 0x_ff, 0o17, 0b1, 1_000, 99999999999999999999"),
        "(Expr (Tuple 1 255 15 1 1000 big99999999999999999999))"
    );
    assert_eq!(
        shape("1.5, 1., .5, 1e3, 1_0.5, 3j"),
        "(Expr (Tuple 1.5 1.0 0.5 1000.0 10.5 3.0j))"
    );
    assert_eq!(
        shape("True, False, None, ..."),
        "(Expr (Tuple True False None ...))"
    );
    assert_eq!(shape("'a' \"b\" '''c'''"), "(Expr \"abc\")");
    assert_eq!(shape("b'a' rb'\\n'"), "(Expr b\"a\\\\n\")");
    assert_eq!(shape("R'\\n' U'x'"), "(Expr \"\\\\nx\")");
    assert_eq!(shape("Br'\\y'"), "(Expr b\"\\\\y\")");
    assert_eq!(shape("'中文'"), "(Expr \"中文\")");
}

#[test]
fn fstrings() {
    assert_eq!(shape("f'a{x}b'"), "(Expr f[\"a\" {x} \"b\"])");
    assert_eq!(shape("f'{{}}{x!r}'"), "(Expr f[\"{}\" {x!r}])");
    assert_eq!(shape("f'{x!s}{y!a}'"), "(Expr f[{x!s} {y!a}])");
    assert_eq!(shape("f'{x:>{w}.2f}'"), "(Expr f[{x:\">\" {w} \".2f\"}])");
    assert_eq!(shape("f'{x=}'"), "(Expr f[{\"x=\"=x!r}])");
    assert_eq!(shape("f'{x = :5}'"), "(Expr f[{\"x = \"=x:\"5\"}])");
    assert_eq!(shape("f'{d[\"k\"]}'"), "(Expr f[{d[\"k\"]}])");
    assert_eq!(shape("f'{a[1:2]}'"), "(Expr f[{a[(Slice 1:2:)]}])");
    assert_eq!(shape("f'{x != y}'"), "(Expr f[{(Compare x NotEq y)}])");
    assert_eq!(
        shape("f'{(lambda: 1)()}'"),
        "(Expr f[{(Call (Lambda () 1) [])}])"
    );
    assert_eq!(shape("'a' f'{b}' 'c'"), "(Expr f[\"a\" {b} \"c\"])");
    assert_eq!(shape("rf'\\n{x}'"), "(Expr f[\"\\\\n\" {x}])");
    assert_eq!(shape("f'{a, b}'"), "(Expr f[{(Tuple a b)}])");
    // The field's expression keeps its real position in the file.
    assert_eq!(
        positions("x = f'ab{yy}'"),
        "(Assign [x@1:0-1:1] f[\"ab\" {yy@1:9-1:11}]@1:4-1:13)@1:0-1:13"
    );
}

#[test]
fn node_positions() {
    assert_eq!(
        positions("if a:\n    b = (1 + 2)\n"),
        "(If a@1:3-1:4 [(Assign [b@2:4-2:5] (Add 1@2:9-2:10 2@2:13-2:14)@2:9-2:14)@2:4-2:15] [])@1:0-2:15"
    );
    assert_eq!(
        positions("'中' + x"),
        "(Expr (Add \"中\"@1:0-1:3 x@1:6-1:7)@1:0-1:7)@1:0-1:7"
    );
    assert_eq!(
        positions("(a, b)"),
        "(Expr (Tuple a@1:1-1:2 b@1:4-1:5)@1:0-1:6)@1:0-1:6"
    );
}

#[test]
fn errors_match_cpython() {
    let cases: &[(&str, &str, u32, u32, u32)] = &[
        ("if x\n", "expected ':'", 1, 5, 5),
        ("if x y:\n", "invalid syntax", 1, 6, 7),
        ("def f()\n", "expected ':'", 1, 8, 8),
        ("x = 1 +\n", "invalid syntax", 1, 8, 8),
        ("x = (1,]\n", "closing parenthesis ']' does not match opening parenthesis '('", 1, 8, 8),
        ("x = 1)\n", "unmatched ')'", 1, 6, 6),
        ("x = (1,\n", "'(' was never closed", 1, 5, 6),
        ("x = [1, 2\ny = 3\n", "'[' was never closed", 1, 5, 6),
        ("x = 'abc\n", "unterminated string literal (detected at line 1)", 1, 5, 5),
        ("x = \"\"\"abc\n", "unterminated triple-quoted string literal (detected at line 1)", 1, 5, 5),
        ("1abc\n", "invalid decimal literal", 1, 1, 1),
        ("x = 1_\n", "invalid decimal literal", 1, 6, 6),
        ("x = 0x\n", "invalid hexadecimal literal", 1, 6, 6),
        ("a ¿ b\n", "invalid character '¿' (U+00BF)", 1, 3, 3),
        ("a $ b\n", "invalid syntax", 1, 3, 4),
        ("f() = 1\n", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 4),
        ("1 = x\n", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 2),
        ("a + 1 = 2\n", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 6),
        ("a = b = f() = 3\n", "cannot assign to function call", 1, 9, 12),
        ("del f()\n", "cannot delete function call", 1, 5, 8),
        ("(a, b) += 1\n", "'tuple' is an illegal expression for augmented assignment", 1, 1, 7),
        ("b'a' 'b'\n", "cannot mix bytes and nonbytes literals", 1, 9, 9),
        ("x = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 5, 5),
        ("x = yield = 3\n", "assignment to yield expression not possible", 1, 5, 10),
        ("def f(a=1, b): pass\n", "non-default argument follows default argument", 1, 12, 13),
        ("def f(*): pass\n", "named arguments must follow bare *", 1, 7, 8),
        ("def f(/, a): pass\n", "at least one argument must precede /", 1, 7, 8),
        ("f(x for x in y, 1)\n", "Generator expression must be parenthesized", 1, 3, 15),
        ("for f() in x: pass\n", "cannot assign to function call", 1, 5, 8),
        ("a, b: int = 1\n", "only single target (not tuple) can be annotated", 1, 1, 2),
        ("print(1 2)\n", "invalid syntax. Perhaps you forgot a comma?", 1, 7, 10),
        ("else:\n    pass\n", "invalid syntax", 1, 1, 5),
        ("import\n", "invalid syntax", 1, 7, 7),
        ("if x:\npass\n", "expected an indented block after 'if' statement on line 1", 2, 1, 5),
        ("@d\ndef f():\ny\n", "expected an indented block after function definition on line 2", 3, 1, 2),
        ("async def f():\n  async for x in y:\n  z\n", "expected an indented block after 'for' statement on line 2", 3, 3, 4),
        ("try:\n  pass\nexcept:\ny\n", "expected an indented block after 'except' statement on line 3", 4, 1, 2),
        ("class A:\ny\n", "expected an indented block after class definition on line 1", 2, 1, 2),
        ("x = 1\n  y = 2\n", "unexpected indent", 2, 2, 2),
        ("for x in y:\n    a\n   b\n", "unindent does not match any outer indentation level", 3, 5, 5),
    ];
    for &(source, message, line, col, end_col) in cases {
        assert_eq!(
            error(source),
            (message.to_string(), line, col, end_col),
            "{source:?}"
        );
    }
}

#[test]
fn error_kinds_and_incomplete_input() {
    let kind = |source: &str| parse(source, "<test>").unwrap_err().kind;
    assert_eq!(kind("  x = 1"), SyntaxErrorKind::IndentationError);
    assert_eq!(kind("if x:\npass"), SyntaxErrorKind::IndentationError);
    assert_eq!(kind("if x:\n\ta\n        b"), SyntaxErrorKind::TabError);
    let incomplete = |source: &str| parse(source, "<test>").unwrap_err().incomplete;
    assert!(incomplete("foo(1,\n"));
    assert!(incomplete("x = '''abc\n"));
    assert!(incomplete("if x:\n"));
    assert!(incomplete("def f():\n"));
    assert!(incomplete("x = 1 + \\\n"));
    assert!(!incomplete("x = 1 +\n"));
    assert!(!incomplete("x = 'abc\n"));
    assert!(!incomplete("x = 1)\n"));
    let error = parse("x = (1,]\n", "f.py").unwrap_err();
    assert_eq!(error.text, "x = (1,]");
    assert_eq!(error.filename, "f.py");
    assert_eq!(
        error_message("f'{}'"),
        "f-string: empty expression not allowed"
    );
    assert_eq!(error_message("f'}'"), "f-string: single '}' is not allowed");
    assert_eq!(error_message("f'{x'"), "f-string: expecting '}'");
}

#[test]
fn large_file_parses() {
    let mut source = String::new();
    for index in 0..1000 {
        source.push_str(&format!(
            "def function_{index}(a, b=1, *args, **kwargs):\n    x = [i * 2 for i in range(a) if i % 3]\n    if x and b:\n        return {{'k': x, \"v\": f'{{a}}-{{b!r}}'}}\n    return None\n"
        ));
    }
    // Only correctness here: timings stay out of `cargo test` (the machine is shared and noisy);
    // parse speed is measured by the start-up and benchmark figures in the README.
    let module = parse(&source, "big.py").expect("parses");
    assert_eq!(module.body.len(), 1000);
}

#[test]
fn no_panic_on_any_prefix() {
    let source = "import os.path as p\nfrom . import (x,)\n@dec\nclass A(B, metaclass=M):\n    def f(self, a, /, b=1, *c, d, **e) -> int:\n        return f'{a!r:>{b}} {c=} {{' rb'\\x00' '中文' 0x_f 1.5e3j\nwith (a as b, c): pass\ntry:\n\tx = [y async for y in z if y] ; del x[1:2:3]\nexcept (E, F) as e:\n    raise X from Y\nlambda *a, k=1, **kw: (yield)\nx = \\\n  1 if a else {**d, 1: 2} | {*s}\n";
    for (end, _) in source.char_indices() {
        let _ = parse(&source[..end], "<prefix>");
        let _ = parse(&source[end..], "<suffix>");
    }
}

#[test]
fn empty_and_comment_only_files() {
    assert_eq!(shape(""), "");
    assert_eq!(shape("# only a comment"), "");
    assert_eq!(shape("\n\n   \n# c\n"), "");
}

#[test]
fn match_statements() {
    assert_eq!(
        shape("match x:\n    case 1 | -2:\n        pass\n    case [a, *_]:\n        pass\n"),
        "(Match x [(case (Or (Value 1) (Value (Neg 2))) - [Pass]) (case (Sequence (As - a) (Star -)) - [Pass])])"
    );
    assert_eq!(
        shape("match x:\n    case {'k': v, **r} if v:\n        pass\n"),
        "(Match x [(case (Mapping [\"k\"] [(As - v)] r) v [Pass])])"
    );
    assert_eq!(
        shape("match x:\n    case P(1, y=_) as p:\n        pass\n    case None:\n        pass\n"),
        "(Match x [(case (As (Class P [(Value 1)] [y] [(As - -)]) p) - [Pass]) (case (Singleton None) - [Pass])])"
    );
    assert_eq!(shape("match = 1"), "(Assign [match] 1)");
    assert_eq!(shape("match(x)"), "(Expr (Call match [x]))");
}

#[test]
fn except_star_statements() {
    assert_eq!(
        shape("try:\n    pass\nexcept* E as e:\n    pass\n"),
        "(TryStar [Pass] [(except E e [Pass])] [] [])"
    );
}
