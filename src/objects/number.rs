//! The special methods `int`, `bool`, `float` and `complex` share, as attributes of their classes:
//! `__add__` and `__radd__` and the other operators, the comparisons, `__neg__`, `__abs__`,
//! `__bool__`. The VM never calls these on built-in values (its protocols in `vm/arith.rs` and
//! `vm/ops.rs` come first); they exist for `int.__add__(1, 2)`, `super().__add__(x)` and Python
//! subclasses, whose instances arrive here already replaced by their built-in base value.
//!
//! Each method is one monomorphization of a generic function over (type, operator, reflected),
//! so one body serves the sixty-odd entries. As in CPython, a method returns `NotImplemented`
//! for an operand its type does not handle (`int.__add__(1, 2.0)`), so that the other operand's
//! reflected method can answer.

use super::class::NativeFn;
use super::complex;
use super::{Args, ObjRef, Payload, PyResult, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::{arith, Vm};

const INT: u8 = 0;
const BOOL: u8 = 1;
const FLOAT: u8 = 2;
const COMPLEX: u8 = 3;

fn type_name(kind: u8) -> &'static str {
    match kind {
        INT => "int",
        BOOL => "bool",
        FLOAT => "float",
        _ => "complex",
    }
}

/// The binary operators by number (const generic parameters cannot be enums), `DIVMOD` last.
const OPERATORS: [(BinOp, &str, &str); 12] = [
    (BinOp::Add, "__add__", "__radd__"),
    (BinOp::Sub, "__sub__", "__rsub__"),
    (BinOp::Mult, "__mul__", "__rmul__"),
    (BinOp::Div, "__truediv__", "__rtruediv__"),
    (BinOp::FloorDiv, "__floordiv__", "__rfloordiv__"),
    (BinOp::Mod, "__mod__", "__rmod__"),
    (BinOp::Pow, "__pow__", "__rpow__"),
    (BinOp::LShift, "__lshift__", "__rlshift__"),
    (BinOp::RShift, "__rshift__", "__rrshift__"),
    (BinOp::BitAnd, "__and__", "__rand__"),
    (BinOp::BitOr, "__or__", "__ror__"),
    (BinOp::BitXor, "__xor__", "__rxor__"),
];
const POW: u8 = 6;
const DIVMOD: u8 = 12;

const COMPARISONS: [(CmpOp, &str); 6] = [
    (CmpOp::Lt, "__lt__"),
    (CmpOp::LtE, "__le__"),
    (CmpOp::Gt, "__gt__"),
    (CmpOp::GtE, "__ge__"),
    (CmpOp::Eq, "__eq__"),
    (CmpOp::NotEq, "__ne__"),
];

const NEG: u8 = 0;
const POS: u8 = 1;
const ABS: u8 = 2;
const TRUTH: u8 = 3;
const INVERT: u8 = 4;
const UNARY_NAMES: [&str; 5] = ["__neg__", "__pos__", "__abs__", "__bool__", "__invert__"];

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::BigInt(_)))
}

/// `self` of a `kind` method: the value itself if it is one (a bool counts as an int).
fn accepts_self(kind: u8, v: &Value) -> bool {
    match kind {
        INT => is_int(v),
        BOOL => matches!(v, Value::Bool(_)),
        FLOAT => matches!(v, Value::Float(_)),
        _ => matches!(v.payload(), Some(Payload::Complex(_))),
    }
}

/// The other operand as a `kind` method takes it, or `None` for NotImplemented. Subclass
/// instances stand for their base value; `int`'s methods see bools as plain ints.
fn operand(kind: u8, v: &Value) -> Option<Value> {
    let v = v.builtin_base().unwrap_or(v);
    let ok = match kind {
        INT | BOOL => is_int(v),
        FLOAT => is_int(v) || matches!(v, Value::Float(_)),
        _ => {
            is_int(v)
                || matches!(v, Value::Float(_))
                || matches!(v.payload(), Some(Payload::Complex(_)))
        }
    };
    if !ok {
        return None;
    }
    Some(match v {
        Value::Bool(b) if kind != BOOL => Value::Int(b.get() as i64),
        other => other.clone(),
    })
}

/// `self` and the argument count of a slot method, with CPython's messages.
fn self_and_args(
    vm: &mut Vm,
    kind: u8,
    name: &str,
    args: &Args,
    min: usize,
    max: usize,
) -> PyResult<Value> {
    let Some(this) = args.args.first() else {
        let msg = format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            type_name(kind)
        );
        return Err(vm.type_error(msg));
    };
    if !accepts_self(kind, this) {
        let msg = format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            type_name(kind),
            vm.type_name(this)
        );
        return Err(vm.type_error(msg));
    }
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let given = args.len() - 1;
    if given < min || given > max {
        let msg = if min == max {
            format!(
                "expected {} argument{}, got {}",
                min,
                super::plural(min),
                given
            )
        } else {
            format!(
                "{} expected at most {} argument{}, got {}",
                name,
                max,
                super::plural(max),
                given
            )
        };
        return Err(vm.type_error(msg));
    }
    let this = match this {
        Value::Bool(b) if kind != BOOL => Value::Int(b.get() as i64),
        other => other.clone(),
    };
    Ok(this)
}

/// `x.__op__(y)` / `x.__rop__(y)`
fn binary<const KIND: u8, const OP: u8, const REFLECTED: bool>(
    vm: &mut Vm,
    args: Args,
) -> PyResult<Value> {
    let name = if OP == DIVMOD {
        if REFLECTED {
            "__rdivmod__"
        } else {
            "__divmod__"
        }
    } else {
        let (_, name, rname) = OPERATORS[OP as usize];
        if REFLECTED {
            rname
        } else {
            name
        }
    };
    let max = if OP == POW { 2 } else { 1 };
    let this = self_and_args(vm, KIND, name, &args, 1, max)?;
    let Some(other) = operand(KIND, &args.args[1]) else {
        return Ok(vm.not_implemented());
    };
    let (a, b) = if REFLECTED {
        (other, this)
    } else {
        (this, other)
    };
    if OP == DIVMOD {
        return arith::divmod(vm, &a, &b).unwrap_or_else(|| Ok(vm.not_implemented()));
    }
    if OP == POW {
        if let Some(modulus) = args.args.get(2).filter(|m| !m.is_none()) {
            return match KIND {
                INT | BOOL => match operand(INT, modulus) {
                    Some(m) => super::int::power_modulo(vm, &a, &b, &m),
                    None => Ok(vm.not_implemented()),
                },
                FLOAT => Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                )),
                _ => Err(vm.value_error("complex modulo")),
            };
        }
    }
    let op = OPERATORS[OP as usize].0;
    arith::binary(vm, op, &a, &b).unwrap_or_else(|| Ok(vm.not_implemented()))
}

/// `x.__lt__(y)` and the other comparisons: an int compares with ints only (a float's method
/// answers the mixed case), a complex only for equality.
fn compare<const KIND: u8, const OP: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (op, name) = COMPARISONS[OP as usize];
    let this = self_and_args(vm, KIND, name, &args, 1, 1)?;
    let other_kind = if KIND == BOOL { INT } else { KIND };
    let Some(other) = operand(other_kind, &args.args[1]) else {
        return Ok(vm.not_implemented());
    };
    if KIND == COMPLEX && !matches!(op, CmpOp::Eq | CmpOp::NotEq) {
        return Ok(vm.not_implemented());
    }
    vm.compare(&this, &other, op)
}

/// `-x`, `+x`, `abs(x)`, `bool(x)`, `~x`
fn unary<const KIND: u8, const OP: u8>(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_and_args(vm, KIND, UNARY_NAMES[OP as usize], &args, 0, 0)?;
    let result = match OP {
        NEG => arith::negate(&this),
        POS => Some(this.clone()),
        ABS => match complex::of(&this) {
            Some(c) => return complex::abs(vm, c),
            None => arith::abs(&this),
        },
        TRUTH => return vm.truthy(&this).map(Value::bool),
        _ => arith::invert(&this),
    };
    Ok(result.unwrap_or_else(|| vm.not_implemented()))
}

fn add(vm: &Vm, cls: &ObjRef, owner: &'static str, name: &'static str, f: NativeFn) {
    vm.add_method(cls, owner, name, f);
}

/// The operators every numeric type has, and the comparisons.
macro_rules! arithmetic {
    ($vm:expr, $cls:expr, $owner:expr, $kind:expr) => {{
        const K: u8 = $kind;
        let entries: [(&'static str, NativeFn); 24] = [
            ("__add__", binary::<K, 0, false>),
            ("__radd__", binary::<K, 0, true>),
            ("__sub__", binary::<K, 1, false>),
            ("__rsub__", binary::<K, 1, true>),
            ("__mul__", binary::<K, 2, false>),
            ("__rmul__", binary::<K, 2, true>),
            ("__truediv__", binary::<K, 3, false>),
            ("__rtruediv__", binary::<K, 3, true>),
            ("__pow__", binary::<K, 6, false>),
            ("__rpow__", binary::<K, 6, true>),
            ("__neg__", unary::<K, NEG>),
            ("__pos__", unary::<K, POS>),
            ("__abs__", unary::<K, ABS>),
            ("__bool__", unary::<K, TRUTH>),
            ("__eq__", compare::<K, 4>),
            ("__ne__", compare::<K, 5>),
            ("__lt__", compare::<K, 0>),
            ("__le__", compare::<K, 1>),
            ("__gt__", compare::<K, 2>),
            ("__ge__", compare::<K, 3>),
            ("__floordiv__", binary::<K, 4, false>),
            ("__rfloordiv__", binary::<K, 4, true>),
            ("__mod__", binary::<K, 5, false>),
            ("__rmod__", binary::<K, 5, true>),
        ];
        // complex has neither floor division nor modulo.
        let count = if K == COMPLEX { 20 } else { 24 };
        for (name, f) in entries.iter().take(count) {
            add($vm, $cls, $owner, name, *f);
        }
        if K != COMPLEX {
            add($vm, $cls, $owner, "__divmod__", binary::<K, DIVMOD, false>);
            add($vm, $cls, $owner, "__rdivmod__", binary::<K, DIVMOD, true>);
        }
    }};
}

pub fn register_int(vm: &mut Vm, int: &ObjRef, bool_cls: &ObjRef) {
    arithmetic!(vm, int, "int", INT);
    let bitwise: [(&'static str, NativeFn); 11] = [
        ("__lshift__", binary::<INT, 7, false>),
        ("__rlshift__", binary::<INT, 7, true>),
        ("__rshift__", binary::<INT, 8, false>),
        ("__rrshift__", binary::<INT, 8, true>),
        ("__and__", binary::<INT, 9, false>),
        ("__rand__", binary::<INT, 9, true>),
        ("__or__", binary::<INT, 10, false>),
        ("__ror__", binary::<INT, 10, true>),
        ("__xor__", binary::<INT, 11, false>),
        ("__rxor__", binary::<INT, 11, true>),
        ("__invert__", unary::<INT, INVERT>),
    ];
    for (name, f) in bitwise {
        add(vm, int, "int", name, f);
    }
    // bool's own &, |, ^ keep the type when both operands are bools.
    let logical: [(&'static str, NativeFn); 6] = [
        ("__and__", binary::<BOOL, 9, false>),
        ("__rand__", binary::<BOOL, 9, true>),
        ("__or__", binary::<BOOL, 10, false>),
        ("__ror__", binary::<BOOL, 10, true>),
        ("__xor__", binary::<BOOL, 11, false>),
        ("__rxor__", binary::<BOOL, 11, true>),
    ];
    for (name, f) in logical {
        add(vm, bool_cls, "bool", name, f);
    }
}

pub fn register_float(vm: &mut Vm, cls: &ObjRef) {
    arithmetic!(vm, cls, "float", FLOAT);
}

pub fn register_complex(vm: &mut Vm, cls: &ObjRef) {
    arithmetic!(vm, cls, "complex", COMPLEX);
}
