"""Test support: prints CPython's AST of a source file as JSON shaped like gilt's `ast.rs`.

Used by the compiler's unit tests until the gilt parser lands: `python3 py_ast_json.py FILE`.
"""
import ast
import json
import sys


def pos(node):
    return [node.lineno, node.col_offset, node.end_lineno, node.end_col_offset]


def const(value):
    if value is None:
        return {"c": "None"}
    if value is True:
        return {"c": "True"}
    if value is False:
        return {"c": "False"}
    if value is Ellipsis:
        return {"c": "Ellipsis"}
    if isinstance(value, int):
        if -(2**63) <= value < 2**63:
            return {"c": "Int", "v": value}
        return {"c": "BigInt", "v": str(value)}
    if isinstance(value, float):
        return {"c": "Float", "v": repr(value)}
    if isinstance(value, complex):
        return {"c": "Imaginary", "v": repr(value.imag)}
    if isinstance(value, str):
        return {"c": "Str", "v": value}
    if isinstance(value, bytes):
        return {"c": "Bytes", "v": list(value)}
    raise ValueError(value)


def param(arg, default=None):
    return {"p": [arg.lineno, arg.col_offset, arg.end_lineno, arg.end_col_offset], "name": arg.arg,
            "default": expr(default) if default is not None else None}


def params(a):
    positional = a.posonlyargs + a.args
    defaults = [None] * (len(positional) - len(a.defaults)) + list(a.defaults)
    converted = [param(p, d) for p, d in zip(positional, defaults)]
    return {
        "posonly": converted[:len(a.posonlyargs)],
        "args": converted[len(a.posonlyargs):],
        "vararg": param(a.vararg) if a.vararg else None,
        "kwonly": [param(p, d) for p, d in zip(a.kwonlyargs, a.kw_defaults)],
        "kwarg": param(a.kwarg) if a.kwarg else None,
    }


def fparts(node):
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append({"lit": value.value})
        else:
            conversion = None if value.conversion == -1 else chr(value.conversion)
            spec = fparts(value.format_spec) if value.format_spec else None
            parts.append({"value": expr(value.value), "conversion": conversion, "spec": spec})
    return parts


def keyword(k):
    return {"p": pos(k), "arg": k.arg, "value": expr(k.value)}


def comp(g):
    return {"target": expr(g.target), "iter": expr(g.iter), "ifs": [expr(e) for e in g.ifs],
            "is_async": bool(g.is_async)}


def expr(e):
    if e is None:
        return None
    k = type(e).__name__
    d = {"k": k, "p": pos(e)}
    if k == "Constant":
        d["v"] = const(e.value)
    elif k == "JoinedStr":
        d["k"] = "FString"
        d["parts"] = fparts(e)
    elif k == "Name":
        d["id"] = e.id
    elif k == "BoolOp":
        d["op"] = type(e.op).__name__
        d["values"] = [expr(v) for v in e.values]
    elif k == "BinOp":
        d.update(left=expr(e.left), op=type(e.op).__name__, right=expr(e.right))
    elif k == "UnaryOp":
        d.update(op=type(e.op).__name__, operand=expr(e.operand))
    elif k == "Compare":
        d.update(left=expr(e.left), ops=[type(o).__name__ for o in e.ops],
                 comparators=[expr(c) for c in e.comparators])
    elif k == "Lambda":
        d.update(params=params(e.args), body=expr(e.body))
    elif k == "IfExp":
        d.update(test=expr(e.test), body=expr(e.body), orelse=expr(e.orelse))
    elif k == "NamedExpr":
        d.update(target=expr(e.target), value=expr(e.value))
    elif k == "Call":
        d.update(func=expr(e.func), args=[expr(a) for a in e.args],
                 keywords=[keyword(kw) for kw in e.keywords])
    elif k == "Attribute":
        d.update(value=expr(e.value), attr=e.attr)
    elif k == "Subscript":
        d.update(value=expr(e.value), index=expr(e.slice))
    elif k == "Slice":
        d.update(lower=expr(e.lower), upper=expr(e.upper), step=expr(e.step))
    elif k == "Starred":
        d.update(value=expr(e.value))
    elif k in ("List", "Tuple", "Set"):
        d.update(elts=[expr(x) for x in e.elts])
    elif k == "Dict":
        d.update(keys=[expr(x) for x in e.keys], values=[expr(x) for x in e.values])
    elif k in ("ListComp", "SetComp", "GeneratorExp"):
        d.update(elt=expr(e.elt), generators=[comp(g) for g in e.generators])
    elif k == "DictComp":
        d.update(key=expr(e.key), value=expr(e.value), generators=[comp(g) for g in e.generators])
    elif k in ("Yield", "YieldFrom", "Await"):
        d.update(value=expr(e.value))
    else:
        raise ValueError(k)
    return d


def body(stmts):
    return [stmt(s) for s in stmts]


def stmt(s):
    k = type(s).__name__
    d = {"k": k, "p": pos(s)}
    if k == "Expr":
        d["value"] = expr(s.value)
    elif k == "Assign":
        d.update(targets=[expr(t) for t in s.targets], value=expr(s.value))
    elif k == "AugAssign":
        d.update(target=expr(s.target), op=type(s.op).__name__, value=expr(s.value))
    elif k == "AnnAssign":
        d.update(target=expr(s.target), annotation=expr(s.annotation), value=expr(s.value))
    elif k in ("If", "While"):
        d.update(test=expr(s.test), body=body(s.body), orelse=body(s.orelse))
    elif k in ("For", "AsyncFor"):
        d.update(k="For", target=expr(s.target), iter=expr(s.iter), body=body(s.body),
                 orelse=body(s.orelse), is_async=k == "AsyncFor")
    elif k in ("FunctionDef", "AsyncFunctionDef"):
        d.update(k="FunctionDef", name=s.name, params=params(s.args), body=body(s.body),
                 decorators=[expr(x) for x in s.decorator_list], is_async=k != "FunctionDef")
    elif k == "ClassDef":
        d.update(name=s.name, bases=[expr(x) for x in s.bases],
                 keywords=[keyword(x) for x in s.keywords], body=body(s.body),
                 decorators=[expr(x) for x in s.decorator_list])
    elif k == "Return":
        d["value"] = expr(s.value)
    elif k in ("Global", "Nonlocal"):
        d["names"] = s.names
    elif k in ("Try", "TryStar"):
        d.update(body=body(s.body), orelse=body(s.orelse), finalbody=body(s.finalbody),
                 handlers=[{"p": pos(h), "type": expr(h.type), "name": h.name, "body": body(h.body)}
                           for h in s.handlers])
    elif k == "Raise":
        d.update(exc=expr(s.exc), cause=expr(s.cause))
    elif k in ("With", "AsyncWith"):
        d.update(k="With", items=[{"context": expr(i.context_expr), "target": expr(i.optional_vars)}
                                  for i in s.items], body=body(s.body), is_async=k == "AsyncWith")
    elif k == "Assert":
        d.update(test=expr(s.test), msg=expr(s.msg))
    elif k == "Delete":
        d["targets"] = [expr(t) for t in s.targets]
    elif k == "Import":
        d["names"] = [{"p": pos(a), "name": a.name, "asname": a.asname} for a in s.names]
    elif k == "ImportFrom":
        d.update(module=s.module, level=s.level,
                 names=[{"p": pos(a), "name": a.name, "asname": a.asname} for a in s.names])
    elif k == "Match":
        d.update(subject=expr(s.subject),
                 cases=[{"pattern": pattern(c.pattern), "guard": expr(c.guard), "body": body(c.body)}
                        for c in s.cases])
    elif k in ("Pass", "Break", "Continue"):
        pass
    else:
        raise ValueError(k)
    return d


def pattern(p):
    if p is None:
        return None
    k = type(p).__name__
    d = {"k": k, "p": pos(p)}
    if k == "MatchValue":
        d["value"] = expr(p.value)
    elif k == "MatchSingleton":
        d["v"] = const(p.value)
    elif k in ("MatchSequence", "MatchOr"):
        d["patterns"] = [pattern(x) for x in p.patterns]
    elif k == "MatchMapping":
        d.update(keys=[expr(x) for x in p.keys], patterns=[pattern(x) for x in p.patterns], rest=p.rest)
    elif k == "MatchClass":
        d.update(cls=expr(p.cls), patterns=[pattern(x) for x in p.patterns], kwd_attrs=p.kwd_attrs,
                 kwd_patterns=[pattern(x) for x in p.kwd_patterns])
    elif k == "MatchStar":
        d["name"] = p.name
    elif k == "MatchAs":
        d.update(pattern=pattern(p.pattern), name=p.name)
    else:
        raise ValueError(k)
    return d


source = open(sys.argv[1], encoding="utf-8").read()
print(json.dumps(body(ast.parse(source).body)))
