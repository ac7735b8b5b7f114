//! Helpers the grammar actions call: the checks CPython makes after parsing a shape (valid
//! assignment targets, argument order, parameter order) and the small intermediate types the
//! grammar builds before it knows what a list of items means.
//!
//! Keeping this out of `python.lalrpop` keeps the grammar a readable list of productions. Every
//! check returns a positioned `LexicalError` with CPython's message rather than panicking.

use lalrpop_util::ParseError;

use super::ast::{
    BinOp, BoolOp, ClassDef, Constant, ExceptHandler, Expr, ExprKind, FunctionDef, Keyword, Param,
    Parameters, Pattern, PatternKind, Pos, Stmt, StmtKind, WithItem,
};
use super::lexer::{LexicalError, Tok};
use super::Locator;

/// What the single public grammar rule produced, selected by the first (synthetic) token.
pub enum Top {
    Module(Vec<Stmt>),
    Expression(Expr),
}

/// An error whose caret covers an already-built expression.
pub fn error_at(expr: &Expr, msg: impl Into<String>) -> LexicalError {
    error_between(expr.pos, expr.end, msg)
}

pub fn error_between(pos: Pos, end: Pos, msg: impl Into<String>) -> LexicalError {
    let end_col = if end.line == pos.line {
        end.col + 1
    } else {
        pos.col + 1
    };
    LexicalError {
        caret: Some((pos.line, pos.col + 1, end_col)),
        ..LexicalError::syntax(msg, 0, 0)
    }
}

/// How CPython names an expression in "cannot assign to ..." messages.
pub fn expression_name(expr: &Expr) -> &'static str {
    expr.describe()
}

/// Where a target appears, which decides what is allowed and how errors read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum TargetContext {
    Assign,
    Delete,
}

/// Finds the first sub-expression that cannot be a target (`Ok` when all are fine).
pub fn check_target(expr: &Expr, context: TargetContext) -> Result<(), &Expr> {
    match &expr.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
        ExprKind::Starred(inner) if context == TargetContext::Assign => {
            check_target(inner, context)
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => items
            .iter()
            .try_for_each(|item| check_target(item, context)),
        _ => Err(expr),
    }
}

/// "cannot assign to X" for a `for`, `with ... as`, or comprehension target.
pub fn assignment_target(expr: Expr) -> Result<Expr, LexicalError> {
    if let Err(bad) = check_target(&expr, TargetContext::Assign) {
        return Err(error_at(
            bad,
            format!("cannot assign to {}", expression_name(bad)),
        ));
    }
    Ok(expr)
}

/// Builds `a = b = value` or an expression statement from `first (= rest)*`.
pub fn assignment(pos: Pos, end: Pos, mut parts: Vec<Expr>) -> Result<Stmt, LexicalError> {
    let Some(value) = parts.pop() else {
        return Err(error_between(pos, end, "invalid syntax"));
    };
    if parts.is_empty() {
        return Ok(Stmt::new(pos, end, StmtKind::Expr(value)));
    }
    let single = parts.len() == 1;
    for target in &parts {
        if matches!(target.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
            return Err(error_at(
                target,
                "assignment to yield expression not possible",
            ));
        }
        if let Err(bad) = check_target(target, TargetContext::Assign) {
            let name = expression_name(bad);
            let message = if single && !is_keyword_constant(bad) {
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?")
            } else {
                format!("cannot assign to {name}")
            };
            return Err(error_at(bad, message));
        }
    }
    Ok(Stmt::new(
        pos,
        end,
        StmtKind::Assign {
            targets: parts,
            value,
        },
    ))
}

fn is_keyword_constant(expr: &Expr) -> bool {
    use super::ast::Constant;
    matches!(
        expr.kind,
        ExprKind::Constant(Constant::None | Constant::True | Constant::False)
    )
}

pub fn augmented_target(target: Expr) -> Result<Expr, LexicalError> {
    match target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(target),
        _ => Err(error_at(
            &target,
            format!(
                "'{}' is an illegal expression for augmented assignment",
                expression_name(&target)
            ),
        )),
    }
}

pub fn annotated_target(target: Expr) -> Result<Expr, LexicalError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(target),
        // CPython's caret covers the first element only.
        ExprKind::Tuple(items) => Err(error_at(
            items.first().unwrap_or(&target),
            "only single target (not tuple) can be annotated",
        )),
        ExprKind::List(items) => Err(error_at(
            items.first().unwrap_or(&target),
            "only single target (not list) can be annotated",
        )),
        _ => Err(error_at(&target, "illegal target for annotation")),
    }
}

pub fn delete_targets(targets: Vec<Expr>) -> Result<Vec<Expr>, LexicalError> {
    for target in &targets {
        if let Err(bad) = check_target(target, TargetContext::Delete) {
            return Err(error_at(
                bad,
                format!("cannot delete {}", expression_name(bad)),
            ));
        }
    }
    Ok(targets)
}

/// `with (a, b):` is two context managers in CPython 3.9+, not one tuple.
pub fn split_parenthesized_with(
    items: Vec<WithItem>,
    source_at: impl Fn(Pos) -> bool,
) -> Vec<WithItem> {
    if items.len() == 1 && items[0].target.is_none() {
        if let ExprKind::Tuple(elements) = &items[0].context.kind {
            if !elements.is_empty() && source_at(items[0].context.pos) {
                if let Some(WithItem {
                    context:
                        Expr {
                            kind: ExprKind::Tuple(elements),
                            ..
                        },
                    ..
                }) = items.into_iter().next()
                {
                    return elements
                        .into_iter()
                        .map(|context| WithItem {
                            context,
                            target: None,
                        })
                        .collect();
                }
                return Vec::new();
            }
        }
    }
    items
}

/// One argument of a call or class header, before order checks.
pub enum Argument {
    Positional(Expr),
    /// A generator expression written without its own parentheses: `f(x for x in y)`.
    BareGenerator(Expr),
    /// `name=value`, or `**mapping` when the name is `None`.
    Keyword(Keyword),
}

/// Splits a call's arguments into positional ones and keywords, with CPython's order checks.
/// `close` is the position of the closing parenthesis, where CPython puts the caret of a
/// positional argument that comes too late.
pub fn call_arguments(
    arguments: Vec<Argument>,
    close: Pos,
) -> Result<(Vec<Expr>, Vec<Keyword>), LexicalError> {
    let count = arguments.len();
    let mut positional = Vec::new();
    let mut keywords: Vec<Keyword> = Vec::new();
    let at_close = |message| {
        error_between(
            close,
            Pos {
                col: close.col + 1,
                ..close
            },
            message,
        )
    };
    for argument in arguments {
        match argument {
            Argument::BareGenerator(expr) if count > 1 => {
                return Err(error_at(
                    &expr,
                    "Generator expression must be parenthesized",
                ))
            }
            Argument::Positional(expr) | Argument::BareGenerator(expr) => {
                let starred = matches!(expr.kind, ExprKind::Starred(_));
                if keywords.iter().any(|keyword| keyword.arg.is_none()) {
                    if starred {
                        // The caret is under the `*` alone.
                        let star_end = Pos {
                            col: expr.pos.col + 1,
                            ..expr.pos
                        };
                        return Err(error_between(
                            expr.pos,
                            star_end,
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    return Err(at_close(
                        "positional argument follows keyword argument unpacking",
                    ));
                }
                if !starred && !keywords.is_empty() {
                    return Err(at_close("positional argument follows keyword argument"));
                }
                positional.push(expr);
            }
            Argument::Keyword(keyword) => keywords.push(keyword),
        }
    }
    Ok((positional, keywords))
}

/// One item of a parameter list, before order checks.
pub enum ParamItem {
    Plain(Param),
    /// `/`
    Slash(Pos, Pos),
    /// `*` or `*args`
    Star(Pos, Pos, Option<Param>),
    /// `**kwargs`, with the position of the `**`.
    DoubleStar(Pos, Pos, Param),
    /// `(a, b)`, which Python 2 allowed.
    Parenthesized(Pos, Pos),
}

fn param_end(param: &Param) -> Pos {
    Pos {
        line: param.pos.line,
        col: param.pos.col + param.name.chars().count() as u32,
    }
}

/// Where the token after a parameter starts, near enough: the end of its annotation or name.
fn after_param(param: &Param) -> (Pos, Pos) {
    let end = param
        .annotation
        .as_ref()
        .map_or_else(|| param_end(param), |annotation| annotation.end);
    (
        end,
        Pos {
            col: end.col + 1,
            ..end
        },
    )
}

/// Assembles `Parameters` from the items in order, with CPython's checks. A lambda gives the
/// position of its `:`, where CPython blames a bare `*` with nothing after it.
pub fn parameters(
    items: Vec<ParamItem>,
    lambda_colon: Option<(Pos, Pos)>,
) -> Result<Parameters, LexicalError> {
    let mut parameters = Parameters::default();
    let mut seen_star: Option<(Pos, Pos)> = None;
    let mut double_star: Option<(Pos, Pos)> = None;
    // Index of the first parameter with a default and of the `/`, among positional items.
    let mut first_default: Option<usize> = None;
    let mut slash_index: Option<usize> = None;
    for (index, item) in items.into_iter().enumerate() {
        if double_star.is_some() {
            let (pos, end) = match &item {
                ParamItem::Plain(param) => (param.pos, param_end(param)),
                ParamItem::Slash(pos, end)
                | ParamItem::Star(pos, end, _)
                | ParamItem::DoubleStar(pos, end, _)
                | ParamItem::Parenthesized(pos, end) => (*pos, *end),
            };
            return Err(error_between(
                pos,
                end,
                "arguments cannot follow var-keyword argument",
            ));
        }
        match item {
            ParamItem::Parenthesized(pos, end) => {
                let message = if lambda_colon.is_some() {
                    "Lambda expression parameters cannot be parenthesized"
                } else {
                    "Function parameters cannot be parenthesized"
                };
                return Err(error_between(pos, end, message));
            }
            ParamItem::Plain(param) => {
                if seen_star.is_some() {
                    parameters.kwonly.push(param);
                    continue;
                }
                if param.default.is_some() {
                    first_default.get_or_insert(index);
                } else if let Some(first) = first_default {
                    // CPython's grammar names the mistake only for `a=1, b` and `a=1, /, b`;
                    // other orders are plain syntax errors after the parameter.
                    let named = match slash_index {
                        None => true,
                        Some(slash) => slash > first && index == slash + 1,
                    };
                    if !named {
                        let (pos, end) = after_param(&param);
                        return Err(error_between(pos, end, "invalid syntax"));
                    }
                    return Err(error_between(
                        param.pos,
                        param_end(&param),
                        "non-default argument follows default argument",
                    ));
                }
                parameters.args.push(param);
            }
            ParamItem::Slash(pos, end) => {
                if slash_index.is_some() {
                    return Err(error_between(pos, end, "/ may appear only once"));
                }
                if seen_star.is_some() {
                    return Err(error_between(pos, end, "/ must be ahead of *"));
                }
                if parameters.args.is_empty() {
                    return Err(error_between(
                        pos,
                        end,
                        "at least one argument must precede /",
                    ));
                }
                slash_index = Some(index);
                parameters.posonly = std::mem::take(&mut parameters.args);
            }
            ParamItem::Star(pos, end, vararg) => {
                if seen_star.is_some() {
                    return Err(error_between(pos, end, "* argument may appear only once"));
                }
                seen_star = Some((pos, end));
                parameters.vararg = vararg;
            }
            ParamItem::DoubleStar(pos, end, param) => {
                double_star = Some((pos, end));
                parameters.kwarg = Some(param);
            }
        }
    }
    if let Some(star) = seen_star {
        if parameters.vararg.is_none() && parameters.kwonly.is_empty() {
            // `def` blames the `*`; a lambda the token after it (`**` or the `:`).
            let (pos, end) = match lambda_colon {
                Some(colon) => double_star.unwrap_or(colon),
                None => star,
            };
            return Err(error_between(
                pos,
                end,
                "named arguments must follow bare *",
            ));
        }
    }
    Ok(parameters)
}

/// The end of a block: where its last statement ends.
pub fn end_of_block(body: &[Stmt], fallback: Pos) -> Pos {
    body.last().map_or(fallback, |stmt| stmt.end)
}

/// Wraps an action error for LALRPOP.
pub fn user<'s>(error: LexicalError) -> ParseError<usize, Tok<'s>, LexicalError> {
    ParseError::User { error }
}

pub fn binary(
    locator: &Locator,
    start: usize,
    end: usize,
    left: Expr,
    op: BinOp,
    right: Expr,
) -> Expr {
    Expr::new(
        locator.pos(start),
        locator.pos(end),
        ExprKind::BinOp {
            left: Box::new(left),
            op,
            right: Box::new(right),
        },
    )
}

pub fn bool_op(pos: Pos, end: Pos, op: BoolOp, first: Expr, rest: Vec<Expr>) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    Expr::new(pos, end, ExprKind::BoolOp { op, values })
}

/// `first` alone, or a tuple when there were commas.
pub fn maybe_tuple(pos: Pos, end: Pos, first: Expr, rest: Vec<Expr>, trailing_comma: bool) -> Expr {
    if rest.is_empty() && !trailing_comma {
        return first;
    }
    let mut items = Vec::with_capacity(rest.len() + 1);
    items.push(first);
    items.extend(rest);
    Expr::new(pos, end, ExprKind::Tuple(items))
}

/// `( ... )`: the empty tuple, a group (the inner expression, with its own position, as in
/// CPython), or a tuple spanning the parentheses.
pub fn parenthesized(
    pos: Pos,
    end: Pos,
    elements: Option<(Vec<Expr>, bool)>,
) -> Result<Expr, LexicalError> {
    match elements {
        None => Ok(Expr::new(pos, end, ExprKind::Tuple(Vec::new()))),
        Some((mut items, false)) => {
            let item = items
                .pop()
                .unwrap_or_else(|| Expr::new(pos, end, ExprKind::Tuple(Vec::new())));
            if let ExprKind::Starred(_) = item.kind {
                return Err(error_at(&item, "cannot use starred expression here"));
            }
            Ok(item)
        }
        Some((items, true)) => Ok(Expr::new(pos, end, ExprKind::Tuple(items))),
    }
}

/// `with (a, b as c, d):` once the parser has seen the first `as`.
pub fn parenthesized_with(
    contexts: Vec<Expr>,
    target: Expr,
    more: Vec<WithItem>,
) -> Result<Vec<WithItem>, LexicalError> {
    let count = contexts.len();
    let mut items = Vec::with_capacity(count + more.len());
    for (index, context) in contexts.into_iter().enumerate() {
        if let ExprKind::Starred(_) = context.kind {
            return Err(error_at(&context, "cannot use starred expression here"));
        }
        let target = if index + 1 == count {
            Some(target.clone())
        } else {
            None
        };
        items.push(WithItem { context, target });
    }
    items.extend(more);
    Ok(items)
}

pub fn decorate(mut definition: Stmt, decorators: Vec<Expr>) -> Stmt {
    match &mut definition.kind {
        StmtKind::FunctionDef(function) => function.decorators = decorators,
        StmtKind::ClassDef(class) => class.decorators = decorators,
        _ => {}
    }
    definition
}

pub fn for_statement(
    pos: Pos,
    is_async: bool,
    (target, iter, body, orelse): (Expr, Expr, Vec<Stmt>, Vec<Stmt>),
) -> Result<Stmt, LexicalError> {
    let end = end_of_block(&orelse, end_of_block(&body, pos));
    Ok(Stmt::new(
        pos,
        end,
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        },
    ))
}

pub fn function(
    pos: Pos,
    is_async: bool,
    (name, items, returns, body): (String, Vec<ParamItem>, Option<Expr>, Vec<Stmt>),
) -> Result<Stmt, LexicalError> {
    let params = parameters(items, None)?;
    let end = end_of_block(&body, pos);
    Ok(Stmt::new(
        pos,
        end,
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            params,
            body,
            decorators: Vec::new(),
            returns,
            is_async,
        })),
    ))
}

pub fn class(
    pos: Pos,
    name: String,
    (arguments, close): (Vec<Argument>, Pos),
    body: Vec<Stmt>,
) -> Result<Stmt, LexicalError> {
    let (bases, keywords) = call_arguments(arguments, close)?;
    let end = end_of_block(&body, pos);
    Ok(Stmt::new(
        pos,
        end,
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators: Vec::new(),
        })),
    ))
}

// ----- except* --------------------------------------------------------------------------------

/// The handlers of one `try`, each with whether it was `except*` and where its keyword ends;
/// returns them with the statement's kind. A `try` cannot mix the two kinds.
pub fn except_clauses(
    clauses: Vec<(ExceptHandler, bool, Pos)>,
) -> Result<(Vec<ExceptHandler>, bool), LexicalError> {
    let is_star = clauses.first().is_some_and(|clause| clause.1);
    if let Some((handler, _, keyword_end)) = clauses.iter().find(|clause| clause.1 != is_star) {
        return Err(error_between(
            handler.pos,
            *keyword_end,
            "cannot have both 'except' and 'except*' on the same 'try'",
        ));
    }
    Ok((
        clauses.into_iter().map(|clause| clause.0).collect(),
        is_star,
    ))
}

// ----- match statements ---------------------------------------------------------------------

/// The subject of `match`: a lone starred expression is not one (`match *x:`).
pub fn match_subject(
    (subject, plural): (Expr, bool),
    colon: Pos,
    colon_end: Pos,
) -> Result<Expr, LexicalError> {
    if !plural && matches!(subject.kind, ExprKind::Starred(_)) {
        return Err(error_between(colon, colon_end, "invalid syntax"));
    }
    Ok(subject)
}

/// One `key: pattern` of a mapping pattern.
pub struct MappingPatternItem {
    pub key: Expr,
    pub pattern: Pattern,
}

/// One argument of a class pattern, before the order check.
pub enum ClassPatternArgument {
    Positional(Pattern),
    Keyword(String, Pattern),
}

fn check_pattern_literal(expr: &Expr) -> Result<(), LexicalError> {
    if matches!(expr.kind, ExprKind::FString(_)) {
        return Err(error_at(
            expr,
            "patterns may only match literals and attribute lookups",
        ));
    }
    Ok(())
}

/// A literal: `None`, `True` and `False` match by identity, everything else by equality.
pub fn literal_pattern(pos: Pos, end: Pos, value: Expr) -> Result<Pattern, LexicalError> {
    check_pattern_literal(&value)?;
    let kind = match &value.kind {
        ExprKind::Constant(constant @ (Constant::None | Constant::True | Constant::False)) => {
            PatternKind::Singleton(constant.clone())
        }
        _ => PatternKind::Value(value),
    };
    Ok(Pattern { pos, end, kind })
}

/// A bare name captures (`_` is the wildcard); a dotted name is a value looked up and compared.
pub fn name_pattern(pos: Pos, end: Pos, name: Expr) -> Pattern {
    let kind = match name.kind {
        ExprKind::Name(name) => PatternKind::As {
            pattern: None,
            name: if name == "_" { None } else { Some(name) },
        },
        _ => PatternKind::Value(name),
    };
    Pattern { pos, end, kind }
}

/// `pattern as name`
pub fn as_pattern(
    pos: Pos,
    name_pos: Pos,
    end: Pos,
    pattern: Pattern,
    name: String,
) -> Result<Pattern, LexicalError> {
    if name == "_" {
        return Err(error_between(name_pos, end, "cannot use '_' as a target"));
    }
    Ok(Pattern {
        pos,
        end,
        kind: PatternKind::As {
            pattern: Some(Box::new(pattern)),
            name: Some(name),
        },
    })
}

/// The name after `**` in a mapping pattern (never `_`).
pub fn capture_target(pos: Pos, end: Pos, name: String) -> Result<String, LexicalError> {
    if name == "_" {
        return Err(error_between(pos, end, "invalid syntax"));
    }
    Ok(name)
}

pub fn mapping_pattern(
    pos: Pos,
    end: Pos,
    items: Vec<MappingPatternItem>,
    rest: Option<String>,
) -> Result<Pattern, LexicalError> {
    let mut keys = Vec::with_capacity(items.len());
    let mut patterns = Vec::with_capacity(items.len());
    for item in items {
        check_pattern_literal(&item.key)?;
        keys.push(item.key);
        patterns.push(item.pattern);
    }
    Ok(Pattern {
        pos,
        end,
        kind: PatternKind::Mapping {
            keys,
            patterns,
            rest,
        },
    })
}

pub fn class_pattern(
    pos: Pos,
    end: Pos,
    cls: Expr,
    arguments: Vec<ClassPatternArgument>,
) -> Result<Pattern, LexicalError> {
    let mut patterns = Vec::new();
    let mut kwd_attrs = Vec::new();
    let mut kwd_patterns = Vec::new();
    for argument in arguments {
        match argument {
            ClassPatternArgument::Positional(pattern) => {
                if !kwd_attrs.is_empty() {
                    return Err(error_between(
                        pattern.pos,
                        pattern.end,
                        "positional patterns follow keyword patterns",
                    ));
                }
                patterns.push(pattern);
            }
            ClassPatternArgument::Keyword(name, pattern) => {
                kwd_attrs.push(name);
                kwd_patterns.push(pattern);
            }
        }
    }
    Ok(Pattern {
        pos,
        end,
        kind: PatternKind::Class {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        },
    })
}

/// `real + imaginary` or `real - imaginary` in a pattern: the only arithmetic patterns allow.
pub fn complex_literal(
    pos: Pos,
    end: Pos,
    real: Expr,
    op: BinOp,
    imaginary: Expr,
) -> Result<Expr, LexicalError> {
    let is_imaginary = |expr: &Expr| match &expr.kind {
        ExprKind::Constant(Constant::Imaginary(_)) => true,
        ExprKind::UnaryOp { operand, .. } => {
            matches!(operand.kind, ExprKind::Constant(Constant::Imaginary(_)))
        }
        _ => false,
    };
    if is_imaginary(&real) {
        return Err(error_at(&real, "real number required in complex literal"));
    }
    if !is_imaginary(&imaginary) {
        return Err(error_at(
            &imaginary,
            "imaginary number required in complex literal",
        ));
    }
    Ok(Expr::new(
        pos,
        end,
        ExprKind::BinOp {
            left: Box::new(real),
            op,
            right: Box::new(imaginary),
        },
    ))
}

// ----- star expressions ---------------------------------------------------------------------

/// The index of a subscript: `t[*a]` is the tuple `(*a,)` (Python 3.11).
pub fn subscript_index(
    pos: Pos,
    end: Pos,
    first: Expr,
    rest: Vec<Expr>,
    trailing_comma: bool,
) -> Expr {
    if rest.is_empty() && !trailing_comma && matches!(first.kind, ExprKind::Starred(_)) {
        return Expr::new(pos, end, ExprKind::Tuple(vec![first]));
    }
    maybe_tuple(pos, end, first, rest, trailing_comma)
}

/// A comprehension's element cannot be `*x` (nor a dict comprehension's `**m`).
pub fn comprehension_element(element: Expr) -> Result<Expr, LexicalError> {
    if matches!(element.kind, ExprKind::Starred(_)) {
        return Err(error_at(
            &element,
            "iterable unpacking cannot be used in comprehension",
        ));
    }
    Ok(element)
}
