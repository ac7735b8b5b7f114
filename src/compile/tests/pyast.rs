//! Test support: builds gilt ASTs from CPython's parser, through `py_ast_json.py` (JSON shaped
//! like `ast.rs`) and a minimal JSON reader, so compiler tests can start from source text before
//! gilt's own parser is merged. Test-only; panics on malformed input are test failures.

use std::collections::HashMap;
use std::io::Write;

use crate::syntax::ast::*;

#[derive(Debug, Clone)]
enum Json {
    Null,
    Bool(bool),
    Number(f64, String),
    Str(String),
    List(Vec<Json>),
    Object(HashMap<String, Json>),
}

struct Reader<'s> {
    chars: std::iter::Peekable<std::str::Chars<'s>>,
}

impl Reader<'_> {
    fn skip_ws(&mut self) {
        while self.chars.peek().is_some_and(|c| c.is_whitespace()) {
            self.chars.next();
        }
    }

    fn value(&mut self) -> Json {
        self.skip_ws();
        match self.chars.peek().copied() {
            Some('{') => {
                self.chars.next();
                let mut map = HashMap::new();
                loop {
                    self.skip_ws();
                    if self.chars.peek() == Some(&'}') {
                        self.chars.next();
                        break;
                    }
                    let Json::Str(key) = self.value() else {
                        panic!("key")
                    };
                    self.skip_ws();
                    assert_eq!(self.chars.next(), Some(':'));
                    let value = self.value();
                    map.insert(key, value);
                    self.skip_ws();
                    if self.chars.peek() == Some(&',') {
                        self.chars.next();
                    }
                }
                Json::Object(map)
            }
            Some('[') => {
                self.chars.next();
                let mut list = Vec::new();
                loop {
                    self.skip_ws();
                    if self.chars.peek() == Some(&']') {
                        self.chars.next();
                        break;
                    }
                    list.push(self.value());
                    self.skip_ws();
                    if self.chars.peek() == Some(&',') {
                        self.chars.next();
                    }
                }
                Json::List(list)
            }
            Some('"') => {
                self.chars.next();
                let mut text = String::new();
                let mut pending_high: Option<u32> = None;
                while let Some(c) = self.chars.next() {
                    match c {
                        '"' => break,
                        '\\' => match self.chars.next() {
                            Some('n') => text.push('\n'),
                            Some('t') => text.push('\t'),
                            Some('r') => text.push('\r'),
                            Some('b') => text.push('\u{8}'),
                            Some('f') => text.push('\u{c}'),
                            Some('u') => {
                                let hex: String =
                                    (0..4).filter_map(|_| self.chars.next()).collect();
                                let unit = u32::from_str_radix(&hex, 16).unwrap_or(0xfffd);
                                if (0xd800..0xdc00).contains(&unit) {
                                    pending_high = Some(unit);
                                } else if let (Some(high), true) =
                                    (pending_high.take(), (0xdc00..0xe000).contains(&unit))
                                {
                                    let code = 0x10000 + ((high - 0xd800) << 10) + (unit - 0xdc00);
                                    text.push(char::from_u32(code).unwrap_or('\u{fffd}'));
                                } else {
                                    text.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                                }
                            }
                            Some(other) => text.push(other),
                            None => break,
                        },
                        c => text.push(c),
                    }
                }
                Json::Str(text)
            }
            Some('n') => {
                (0..4).for_each(|_| {
                    self.chars.next();
                });
                Json::Null
            }
            Some('t') => {
                (0..4).for_each(|_| {
                    self.chars.next();
                });
                Json::Bool(true)
            }
            Some('f') => {
                (0..5).for_each(|_| {
                    self.chars.next();
                });
                Json::Bool(false)
            }
            _ => {
                let mut text = String::new();
                while self
                    .chars
                    .peek()
                    .is_some_and(|c| c.is_ascii_digit() || "-+.eE".contains(*c))
                {
                    text.push(self.chars.next().unwrap_or('0'));
                }
                Json::Number(text.parse().unwrap_or(0.0), text)
            }
        }
    }
}

impl Json {
    fn get(&self, key: &str) -> &Json {
        match self {
            Json::Object(map) => map.get(key).unwrap_or(&Json::Null),
            _ => &Json::Null,
        }
    }
    fn str(&self) -> String {
        match self {
            Json::Str(s) => s.clone(),
            other => panic!("not a string: {other:?}"),
        }
    }
    fn opt_str(&self) -> Option<String> {
        match self {
            Json::Null => None,
            other => Some(other.str()),
        }
    }
    fn list(&self) -> &[Json] {
        match self {
            Json::List(items) => items,
            _ => &[],
        }
    }
    fn int(&self) -> i64 {
        match self {
            Json::Number(_, text) => text.parse().unwrap_or(0),
            _ => 0,
        }
    }
    fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
    fn bool(&self) -> bool {
        matches!(self, Json::Bool(true))
    }
}

fn positions(node: &Json) -> (Pos, Pos) {
    let p = node.get("p").list();
    let at = |i: usize| p.get(i).map_or(0, |v| v.int()) as u32;
    (
        Pos {
            line: at(0),
            col: at(1),
        },
        Pos {
            line: at(2),
            col: at(3),
        },
    )
}

fn param(node: &Json) -> Param {
    Param {
        pos: positions(node).0,
        name: node.get("name").str(),
        annotation: None,
        default: opt_expr(node.get("default")),
    }
}

fn params(node: &Json) -> Parameters {
    let opt = |n: &Json| if n.is_null() { None } else { Some(param(n)) };
    Parameters {
        posonly: node.get("posonly").list().iter().map(param).collect(),
        args: node.get("args").list().iter().map(param).collect(),
        vararg: opt(node.get("vararg")),
        kwonly: node.get("kwonly").list().iter().map(param).collect(),
        kwarg: opt(node.get("kwarg")),
    }
}

fn opt_expr(node: &Json) -> Option<Expr> {
    if node.is_null() {
        None
    } else {
        Some(expr(node))
    }
}

fn boxed(node: &Json) -> Box<Expr> {
    Box::new(expr(node))
}

fn exprs(node: &Json) -> Vec<Expr> {
    node.list().iter().map(expr).collect()
}

fn binop(name: &str) -> BinOp {
    match name {
        "Add" => BinOp::Add,
        "Sub" => BinOp::Sub,
        "Mult" => BinOp::Mult,
        "MatMult" => BinOp::MatMult,
        "Div" => BinOp::Div,
        "FloorDiv" => BinOp::FloorDiv,
        "Mod" => BinOp::Mod,
        "Pow" => BinOp::Pow,
        "LShift" => BinOp::LShift,
        "RShift" => BinOp::RShift,
        "BitOr" => BinOp::BitOr,
        "BitXor" => BinOp::BitXor,
        _ => BinOp::BitAnd,
    }
}

fn cmpop(name: &str) -> CmpOp {
    match name {
        "Eq" => CmpOp::Eq,
        "NotEq" => CmpOp::NotEq,
        "Lt" => CmpOp::Lt,
        "LtE" => CmpOp::LtE,
        "Gt" => CmpOp::Gt,
        "GtE" => CmpOp::GtE,
        "Is" => CmpOp::Is,
        "IsNot" => CmpOp::IsNot,
        "In" => CmpOp::In,
        _ => CmpOp::NotIn,
    }
}

fn keyword(node: &Json) -> Keyword {
    Keyword {
        pos: positions(node).0,
        arg: node.get("arg").opt_str(),
        value: expr(node.get("value")),
    }
}

fn comprehension(node: &Json) -> Comprehension {
    Comprehension {
        target: expr(node.get("target")),
        iter: expr(node.get("iter")),
        ifs: exprs(node.get("ifs")),
        is_async: node.get("is_async").bool(),
    }
}

fn fparts(node: &Json) -> Vec<FStringPart> {
    node.list()
        .iter()
        .map(|part| {
            if !part.get("lit").is_null() {
                FStringPart::Literal(part.get("lit").str())
            } else {
                FStringPart::Field {
                    value: boxed(part.get("value")),
                    conversion: part
                        .get("conversion")
                        .opt_str()
                        .and_then(|s| s.chars().next()),
                    spec: if part.get("spec").is_null() {
                        None
                    } else {
                        Some(fparts(part.get("spec")))
                    },
                    self_documenting: None,
                }
            }
        })
        .collect()
}

fn constant(node: &Json) -> Constant {
    let value = node.get("v");
    match node.get("c").str().as_str() {
        "None" => Constant::None,
        "True" => Constant::True,
        "False" => Constant::False,
        "Ellipsis" => Constant::Ellipsis,
        "Int" => Constant::Int(value.int()),
        "BigInt" => Constant::BigInt(value.str()),
        "Float" => Constant::Float(value.str().parse().unwrap_or(f64::NAN)),
        "Imaginary" => Constant::Imaginary(value.str().parse().unwrap_or(0.0)),
        "Str" => Constant::Str(value.str()),
        _ => Constant::Bytes(value.list().iter().map(|b| b.int() as u8).collect()),
    }
}

fn expr(node: &Json) -> Expr {
    let (pos, end) = positions(node);
    let kind = match node.get("k").str().as_str() {
        "Constant" => ExprKind::Constant(constant(node.get("v"))),
        "FString" => ExprKind::FString(fparts(node.get("parts"))),
        "Name" => ExprKind::Name(node.get("id").str()),
        "BoolOp" => ExprKind::BoolOp {
            op: if node.get("op").str() == "And" {
                BoolOp::And
            } else {
                BoolOp::Or
            },
            values: exprs(node.get("values")),
        },
        "BinOp" => ExprKind::BinOp {
            left: boxed(node.get("left")),
            op: binop(&node.get("op").str()),
            right: boxed(node.get("right")),
        },
        "UnaryOp" => ExprKind::UnaryOp {
            op: match node.get("op").str().as_str() {
                "Not" => UnaryOp::Not,
                "USub" => UnaryOp::Neg,
                "UAdd" => UnaryOp::Pos,
                _ => UnaryOp::Invert,
            },
            operand: boxed(node.get("operand")),
        },
        "Compare" => ExprKind::Compare {
            left: boxed(node.get("left")),
            ops: node
                .get("ops")
                .list()
                .iter()
                .map(|o| cmpop(&o.str()))
                .collect(),
            comparators: exprs(node.get("comparators")),
        },
        "Lambda" => ExprKind::Lambda {
            params: Box::new(params(node.get("params"))),
            body: boxed(node.get("body")),
        },
        "IfExp" => ExprKind::IfExp {
            test: boxed(node.get("test")),
            body: boxed(node.get("body")),
            orelse: boxed(node.get("orelse")),
        },
        "NamedExpr" => ExprKind::NamedExpr {
            target: boxed(node.get("target")),
            value: boxed(node.get("value")),
        },
        "Call" => ExprKind::Call {
            func: boxed(node.get("func")),
            args: exprs(node.get("args")),
            keywords: node.get("keywords").list().iter().map(keyword).collect(),
        },
        "Attribute" => ExprKind::Attribute {
            value: boxed(node.get("value")),
            attr: node.get("attr").str(),
        },
        "Subscript" => ExprKind::Subscript {
            value: boxed(node.get("value")),
            index: boxed(node.get("index")),
        },
        "Slice" => ExprKind::Slice {
            lower: opt_expr(node.get("lower")).map(Box::new),
            upper: opt_expr(node.get("upper")).map(Box::new),
            step: opt_expr(node.get("step")).map(Box::new),
        },
        "Starred" => ExprKind::Starred(boxed(node.get("value"))),
        "List" => ExprKind::List(exprs(node.get("elts"))),
        "Tuple" => ExprKind::Tuple(exprs(node.get("elts"))),
        "Set" => ExprKind::Set(exprs(node.get("elts"))),
        "Dict" => ExprKind::Dict {
            keys: node.get("keys").list().iter().map(opt_expr).collect(),
            values: exprs(node.get("values")),
        },
        "ListComp" => ExprKind::ListComp {
            elt: boxed(node.get("elt")),
            generators: node
                .get("generators")
                .list()
                .iter()
                .map(comprehension)
                .collect(),
        },
        "SetComp" => ExprKind::SetComp {
            elt: boxed(node.get("elt")),
            generators: node
                .get("generators")
                .list()
                .iter()
                .map(comprehension)
                .collect(),
        },
        "GeneratorExp" => ExprKind::GeneratorExp {
            elt: boxed(node.get("elt")),
            generators: node
                .get("generators")
                .list()
                .iter()
                .map(comprehension)
                .collect(),
        },
        "DictComp" => ExprKind::DictComp {
            key: boxed(node.get("key")),
            value: boxed(node.get("value")),
            generators: node
                .get("generators")
                .list()
                .iter()
                .map(comprehension)
                .collect(),
        },
        "Yield" => ExprKind::Yield(opt_expr(node.get("value")).map(Box::new)),
        "YieldFrom" => ExprKind::YieldFrom(boxed(node.get("value"))),
        "Await" => ExprKind::Await(boxed(node.get("value"))),
        other => panic!("unknown expression {other}"),
    };
    Expr { pos, end, kind }
}

fn alias(node: &Json) -> Alias {
    Alias {
        pos: positions(node).0,
        name: node.get("name").str(),
        asname: node.get("asname").opt_str(),
    }
}

fn stmts(node: &Json) -> Vec<Stmt> {
    node.list().iter().map(stmt).collect()
}

fn stmt(node: &Json) -> Stmt {
    let (pos, end) = positions(node);
    let node_kind = node.get("k").str();
    let kind = match node_kind.as_str() {
        "Expr" => StmtKind::Expr(expr(node.get("value"))),
        "Assign" => StmtKind::Assign {
            targets: exprs(node.get("targets")),
            value: expr(node.get("value")),
        },
        "AugAssign" => StmtKind::AugAssign {
            target: expr(node.get("target")),
            op: binop(&node.get("op").str()),
            value: expr(node.get("value")),
        },
        "AnnAssign" => StmtKind::AnnAssign {
            target: expr(node.get("target")),
            annotation: expr(node.get("annotation")),
            value: opt_expr(node.get("value")),
        },
        "If" => StmtKind::If {
            test: expr(node.get("test")),
            body: stmts(node.get("body")),
            orelse: stmts(node.get("orelse")),
        },
        "While" => StmtKind::While {
            test: expr(node.get("test")),
            body: stmts(node.get("body")),
            orelse: stmts(node.get("orelse")),
        },
        "For" => StmtKind::For {
            target: expr(node.get("target")),
            iter: expr(node.get("iter")),
            body: stmts(node.get("body")),
            orelse: stmts(node.get("orelse")),
            is_async: node.get("is_async").bool(),
        },
        "Break" => StmtKind::Break,
        "Continue" => StmtKind::Continue,
        "Pass" => StmtKind::Pass,
        "FunctionDef" => StmtKind::FunctionDef(Box::new(FunctionDef {
            name: node.get("name").str(),
            params: params(node.get("params")),
            body: stmts(node.get("body")),
            decorators: exprs(node.get("decorators")),
            returns: None,
            is_async: node.get("is_async").bool(),
        })),
        "ClassDef" => StmtKind::ClassDef(Box::new(ClassDef {
            name: node.get("name").str(),
            bases: exprs(node.get("bases")),
            keywords: node.get("keywords").list().iter().map(keyword).collect(),
            body: stmts(node.get("body")),
            decorators: exprs(node.get("decorators")),
        })),
        "Return" => StmtKind::Return(opt_expr(node.get("value"))),
        "Global" => StmtKind::Global(node.get("names").list().iter().map(Json::str).collect()),
        "Nonlocal" => StmtKind::Nonlocal(node.get("names").list().iter().map(Json::str).collect()),
        "Try" | "TryStar" => StmtKind::Try {
            body: stmts(node.get("body")),
            handlers: node
                .get("handlers")
                .list()
                .iter()
                .map(|h| ExceptHandler {
                    pos: positions(h).0,
                    type_: opt_expr(h.get("type")),
                    name: h.get("name").opt_str(),
                    body: stmts(h.get("body")),
                })
                .collect(),
            orelse: stmts(node.get("orelse")),
            finalbody: stmts(node.get("finalbody")),
            is_star: node_kind == "TryStar",
        },
        "Raise" => StmtKind::Raise {
            exc: opt_expr(node.get("exc")),
            cause: opt_expr(node.get("cause")),
        },
        "With" => StmtKind::With {
            items: node
                .get("items")
                .list()
                .iter()
                .map(|i| WithItem {
                    context: expr(i.get("context")),
                    target: opt_expr(i.get("target")),
                })
                .collect(),
            body: stmts(node.get("body")),
            is_async: node.get("is_async").bool(),
        },
        "Assert" => StmtKind::Assert {
            test: expr(node.get("test")),
            msg: opt_expr(node.get("msg")),
        },
        "Delete" => StmtKind::Delete(exprs(node.get("targets"))),
        "Import" => StmtKind::Import(node.get("names").list().iter().map(alias).collect()),
        "ImportFrom" => StmtKind::ImportFrom {
            module: node.get("module").opt_str(),
            names: node.get("names").list().iter().map(alias).collect(),
            level: node.get("level").int() as u32,
        },
        "Match" => StmtKind::Match {
            subject: expr(node.get("subject")),
            cases: node
                .get("cases")
                .list()
                .iter()
                .map(|case| MatchCase {
                    pattern: pattern(case.get("pattern")),
                    guard: opt_expr(case.get("guard")),
                    body: stmts(case.get("body")),
                })
                .collect(),
        },
        other => panic!("unknown statement {other}"),
    };
    Stmt { pos, end, kind }
}

fn patterns(node: &Json) -> Vec<Pattern> {
    node.list().iter().map(pattern).collect()
}

fn pattern(node: &Json) -> Pattern {
    let (pos, end) = positions(node);
    let kind = match node.get("k").str().as_str() {
        "MatchValue" => PatternKind::Value(expr(node.get("value"))),
        "MatchSingleton" => PatternKind::Singleton(constant(node.get("v"))),
        "MatchSequence" => PatternKind::Sequence(patterns(node.get("patterns"))),
        "MatchOr" => PatternKind::Or(patterns(node.get("patterns"))),
        "MatchMapping" => PatternKind::Mapping {
            keys: exprs(node.get("keys")),
            patterns: patterns(node.get("patterns")),
            rest: node.get("rest").opt_str(),
        },
        "MatchClass" => PatternKind::Class {
            cls: expr(node.get("cls")),
            patterns: patterns(node.get("patterns")),
            kwd_attrs: node.get("kwd_attrs").list().iter().map(Json::str).collect(),
            kwd_patterns: patterns(node.get("kwd_patterns")),
        },
        "MatchStar" => PatternKind::Star(node.get("name").opt_str()),
        "MatchAs" => PatternKind::As {
            pattern: if node.get("pattern").is_null() {
                None
            } else {
                Some(Box::new(pattern(node.get("pattern"))))
            },
            name: node.get("name").opt_str(),
        },
        other => panic!("unknown pattern {other}"),
    };
    Pattern { pos, end, kind }
}

/// Parses `source` with CPython and converts the tree.
pub fn parse(source: &str) -> Module {
    match try_parse(source) {
        Ok(module) => module,
        Err(error) => panic!("python3 failed: {error}"),
    }
}

/// As `parse`, but a source CPython rejects (or that uses what gilt's AST lacks) is an error.
pub fn try_parse(source: &str) -> Result<Module, String> {
    let dir = std::env::temp_dir();
    let unique = format!(
        "gilt-compile-test-{}-{:?}.py",
        std::process::id(),
        std::thread::current().id()
    )
    .replace(['(', ')'], "");
    let path = dir.join(unique);
    std::fs::File::create(&path)
        .and_then(|mut f| f.write_all(source.as_bytes()))
        .expect("write temp source");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src/compile/tests/py_ast_json.py"
    );
    let output = std::process::Command::new("python3")
        .arg(script)
        .arg(&path)
        .output()
        .expect("run python3");
    let _ = std::fs::remove_file(&path);
    if !output.status.success() {
        return Err(String::from_utf8_lossy(&output.stderr).into_owned());
    }
    let text = String::from_utf8(output.stdout).expect("utf-8");
    let json = Reader {
        chars: text.chars().peekable(),
    }
    .value();
    Ok(Module { body: stmts(&json) })
}
