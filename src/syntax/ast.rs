//! The abstract syntax tree the grammar builds and the compiler consumes.
//!
//! Every statement and expression carries the position where it starts (`Pos`: 1-based line,
//! 0-based column in characters), which is what tracebacks and `SyntaxError` carets need.
//! The shapes follow CPython's `Python.asdl` closely, so that a reader who knows `ast.dump`
//! recognises them; names are spelled out (`FunctionDef`, not `FuncDef`).

/// A source position: line counts from 1, column (in characters) from 0, as CPython reports them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

#[derive(Clone, Debug)]
pub struct Module {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    /// Where the statement ends (exclusive), for error carets.
    pub end: Pos,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// An expression evaluated for its effect (in the REPL, its value is echoed).
    Expr(Expr),
    /// `a = b = value`: every target gets the value, left to right.
    Assign {
        targets: Vec<Expr>,
        value: Expr,
    },
    /// `target op= value`
    AugAssign {
        target: Expr,
        op: BinOp,
        value: Expr,
    },
    /// `target: annotation [= value]`; the annotation is evaluated only at module/class level.
    AnnAssign {
        target: Expr,
        annotation: Expr,
        value: Option<Expr>,
    },
    If {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    While {
        test: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    For {
        target: Expr,
        iter: Expr,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        is_async: bool,
    },
    Break,
    Continue,
    Pass,
    FunctionDef(Box<FunctionDef>),
    ClassDef(Box<ClassDef>),
    Return(Option<Expr>),
    Global(Vec<String>),
    Nonlocal(Vec<String>),
    /// `try` with `except` handlers, or with `except*` handlers when `is_star` (CPython's
    /// `TryStar`).
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
        is_star: bool,
    },
    /// `match subject:` with its `case` blocks, in order.
    Match {
        subject: Expr,
        cases: Vec<MatchCase>,
    },
    /// `raise [exc [from cause]]`
    Raise {
        exc: Option<Expr>,
        cause: Option<Expr>,
    },
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        is_async: bool,
    },
    Assert {
        test: Expr,
        msg: Option<Expr>,
    },
    Delete(Vec<Expr>),
    /// `import a.b.c as d, e`
    Import(Vec<Alias>),
    /// `from [.]module import names` (`level` counts the leading dots; `names` is `[*]` for a
    /// star import, with the alias name `"*"`).
    ImportFrom {
        module: Option<String>,
        names: Vec<Alias>,
        level: u32,
    },
}

#[derive(Clone, Debug)]
pub struct FunctionDef {
    pub name: String,
    pub params: Parameters,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
    pub returns: Option<Expr>,
    pub is_async: bool,
}

#[derive(Clone, Debug)]
pub struct ClassDef {
    pub name: String,
    /// Positional bases, possibly starred.
    pub bases: Vec<Expr>,
    /// `metaclass=...` and other class keywords.
    pub keywords: Vec<Keyword>,
    pub body: Vec<Stmt>,
    pub decorators: Vec<Expr>,
}

/// A parameter list: `def f(a, b=1, /, c=2, *args, d, e=3, **kwargs)`.
#[derive(Clone, Debug, Default)]
pub struct Parameters {
    pub posonly: Vec<Param>,
    /// Ordinary positional-or-keyword parameters.
    pub args: Vec<Param>,
    pub vararg: Option<Param>,
    pub kwonly: Vec<Param>,
    pub kwarg: Option<Param>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub pos: Pos,
    pub name: String,
    pub annotation: Option<Expr>,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct ExceptHandler {
    pub pos: Pos,
    /// `None` for a bare `except:`.
    pub type_: Option<Expr>,
    pub name: Option<String>,
    pub body: Vec<Stmt>,
}

/// `case pattern [if guard]: body`
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
}

/// A pattern of a `case` clause (PEP 634), shaped as CPython's `pattern` nodes.
#[derive(Clone, Debug)]
pub struct Pattern {
    pub pos: Pos,
    pub end: Pos,
    pub kind: PatternKind,
}

#[derive(Clone, Debug)]
pub enum PatternKind {
    /// A literal or a dotted name, compared with `==`: `1`, `-2.5`, `"s"`, `Color.RED`.
    Value(Expr),
    /// `None`, `True`, `False`, compared with `is`.
    Singleton(Constant),
    /// `[p, q, *rest]`, `(p, q)`, `p, q`.
    Sequence(Vec<Pattern>),
    /// `{key: p, **rest}`: keys are literals or dotted names.
    Mapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<String>,
    },
    /// `Class(p, q, attr=r)`.
    Class {
        cls: Expr,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<String>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `*name` (or `*_`, with no name) inside a sequence pattern.
    Star(Option<String>),
    /// `p as name`; a bare capture `name` has no pattern; the wildcard `_` has neither.
    As {
        pattern: Option<Box<Pattern>>,
        name: Option<String>,
    },
    /// `p | q | r`
    Or(Vec<Pattern>),
}

impl Pattern {
    /// The wildcard `_` (irrefutable, binds nothing).
    pub fn is_wildcard(&self) -> bool {
        matches!(
            self.kind,
            PatternKind::As {
                pattern: None,
                name: None
            }
        )
    }
}

#[derive(Clone, Debug)]
pub struct WithItem {
    pub context: Expr,
    pub target: Option<Expr>,
}

/// `name as asname` in imports; `name` may be dotted (`a.b.c`).
#[derive(Clone, Debug)]
pub struct Alias {
    pub pos: Pos,
    pub name: String,
    pub asname: Option<String>,
}

#[derive(Clone, Debug)]
pub struct Keyword {
    pub pos: Pos,
    /// `None` for `**mapping`.
    pub arg: Option<String>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub pos: Pos,
    /// Where the expression ends (exclusive): CPython 3.11 underlines `pos..end` in tracebacks.
    pub end: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mult,
    MatMult,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitOr,
    BitXor,
    BitAnd,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
    Pos,
    Invert,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BoolOp {
    And,
    Or,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Eq,
    NotEq,
    Lt,
    LtE,
    Gt,
    GtE,
    Is,
    IsNot,
    In,
    NotIn,
}

#[derive(Clone, Debug)]
pub enum Constant {
    None,
    True,
    False,
    Ellipsis,
    /// An integer literal that fits in i64.
    Int(i64),
    /// An integer literal too large for i64, kept as its decimal digits.
    BigInt(String),
    Float(f64),
    /// An imaginary literal (`3j`): its imaginary part.
    #[allow(dead_code)]
    Imaginary(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct Comprehension {
    pub target: Expr,
    pub iter: Expr,
    pub ifs: Vec<Expr>,
    pub is_async: bool,
}

/// One piece of an f-string: literal text, or a replacement field `{value!conversion:spec}`.
#[derive(Clone, Debug)]
pub enum FStringPart {
    Literal(String),
    Field {
        value: Box<Expr>,
        /// `'r'`, `'s'` or `'a'`.
        conversion: Option<char>,
        /// The format spec, itself an f-string (it may contain nested fields).
        spec: Option<Vec<FStringPart>>,
        /// `f"{x=}"`: the source text `x=` printed before the value.
        self_documenting: Option<String>,
    },
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Constant(Constant),
    /// An f-string (possibly concatenated with plain string literals).
    FString(Vec<FStringPart>),
    Name(String),
    /// `a and b and c`, `a or b`
    BoolOp {
        op: BoolOp,
        values: Vec<Expr>,
    },
    BinOp {
        left: Box<Expr>,
        op: BinOp,
        right: Box<Expr>,
    },
    UnaryOp {
        op: UnaryOp,
        operand: Box<Expr>,
    },
    /// `a < b <= c`: `ops` and `comparators` are as long as each other.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    Lambda {
        params: Box<Parameters>,
        body: Box<Expr>,
    },
    /// `body if test else orelse`
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `(x := value)`
    NamedExpr {
        target: Box<Expr>,
        value: Box<Expr>,
    },
    Call {
        func: Box<Expr>,
        /// Positional arguments; `Starred` entries are `*iterable`.
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    Attribute {
        value: Box<Expr>,
        attr: String,
    },
    Subscript {
        value: Box<Expr>,
        index: Box<Expr>,
    },
    /// `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
    /// `*value`, in calls, displays and assignment targets.
    Starred(Box<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Set(Vec<Expr>),
    /// `{k: v, **m}`: a `None` key marks `**m`.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    Yield(Option<Box<Expr>>),
    YieldFrom(Box<Expr>),
    Await(Box<Expr>),
}

impl Expr {
    pub fn new(pos: Pos, end: Pos, kind: ExprKind) -> Expr {
        Expr { pos, end, kind }
    }

    /// How CPython names an expression in "cannot assign to ..." and "cannot delete ..."
    /// messages (the parser's and the compiler's).
    pub fn describe(&self) -> &'static str {
        match &self.kind {
            ExprKind::Constant(Constant::None) => "None",
            ExprKind::Constant(Constant::True) => "True",
            ExprKind::Constant(Constant::False) => "False",
            ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
            ExprKind::Constant(_) => "literal",
            ExprKind::FString(_) => "f-string expression",
            ExprKind::Name(_) => "name",
            ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => {
                "expression"
            }
            ExprKind::Compare { .. } => "comparison",
            ExprKind::Lambda { .. } => "lambda",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::NamedExpr { .. } => "named expression",
            ExprKind::Call { .. } => "function call",
            ExprKind::Attribute { .. } => "attribute",
            ExprKind::Subscript { .. } => "subscript",
            ExprKind::Slice { .. } => "slice",
            ExprKind::Starred(_) => "starred",
            ExprKind::List(_) => "list",
            ExprKind::Tuple(_) => "tuple",
            ExprKind::Set(_) => "set display",
            ExprKind::Dict { .. } => "dict literal",
            ExprKind::ListComp { .. } => "list comprehension",
            ExprKind::SetComp { .. } => "set comprehension",
            ExprKind::DictComp { .. } => "dict comprehension",
            ExprKind::GeneratorExp { .. } => "generator expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Await(_) => "await expression",
        }
    }
}

impl Stmt {
    pub fn new(pos: Pos, end: Pos, kind: StmtKind) -> Stmt {
        Stmt { pos, end, kind }
    }
}
