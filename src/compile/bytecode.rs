//! The instruction set: the contract between the compiler and the eval loop.
//!
//! Read this enum as the machine's manual. Each variant's `///` line gives its stack effect
//! `(before -- after)`, top of stack on the right. Jump targets are absolute instruction indices.
//! Operands index the code object's tables: `names` (attributes, globals, imported names),
//! `varnames` (fast locals, parameters first), `cells` (`cellvars` then `freevars`), `consts`.
//!
//! Exceptions use a block stack per frame, one kind of block: `SetupExcept(handler)` records the
//! handler and the current stack depth; when an exception is raised while that block is the
//! innermost one, the eval loop pops the block, truncates the value stack to the recorded depth,
//! pushes the exception object and jumps to `handler`. `PopBlock` drops the innermost block on
//! normal exit. `finally` bodies are inlined by the compiler on every normal exit path (fall
//! through, `return`, `break`, `continue`), as CPython 3.9+ does.
//!
//! The "exception being handled" (`sys.exc_info()`, implicit `__context__`, bare `raise`) lives in
//! the thread state: `PushExcInfo` installs the caught exception and saves the previous one on the
//! stack; `PopExcept` restores it. The compiler guards every handler body with a cleanup block that
//! runs `PopExcept` before re-raising, so the saved state is restored on every path out.

use std::rc::Rc;

pub use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};

/// A source span for one instruction, as CPython's `co_positions()` gives it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Instr {
    /// ( -- )
    Nop,
    /// (a -- )
    PopTop,
    /// (a(n) ... a(1) -- a(n) ... a(1) a(n)): push a copy of the n-th item (1 = top).
    Copy(u32),
    /// (a(n) ... a(1) -- a(1) ... a(n)): swap the top with the n-th item (n >= 2).
    Swap(u32),

    /// ( -- consts[i])
    LoadConst(u32),
    /// ( -- local): `UnboundLocalError` if the slot is empty.
    LoadFast(u32),
    /// (value -- )
    StoreFast(u32),
    /// ( -- ): `UnboundLocalError` if the slot is empty.
    DeleteFast(u32),
    /// ( -- value): the content of cell i (`NameError`/`UnboundLocalError` when empty).
    LoadDeref(u32),
    /// (value -- )
    StoreDeref(u32),
    /// ( -- )
    DeleteDeref(u32),
    /// ( -- cell): the cell object itself, to build a closure.
    LoadClosure(u32),
    /// ( -- value): in a class body, look in the class namespace first, then in cell i.
    LoadClassDeref(u32),
    /// ( -- value): globals, then builtins (`NameError`).
    LoadGlobal(u32),
    /// (value -- )
    StoreGlobal(u32),
    /// ( -- )
    DeleteGlobal(u32),
    /// ( -- value): the frame's locals mapping, then globals, then builtins (module and class
    /// bodies).
    LoadName(u32),
    /// (value -- )
    StoreName(u32),
    /// ( -- )
    DeleteName(u32),

    /// (obj -- obj.name)
    LoadAttr(u32),
    /// (value obj -- ): obj.name = value
    StoreAttr(u32),
    /// (obj -- )
    DeleteAttr(u32),
    /// (obj -- method self) when `name` is a plain function found on the type, else
    /// (obj -- attr NULL); `CallMethod` tells the two apart. Saves allocating a bound method.
    LoadMethod(u32),
    /// (method self arg1 ... argN -- result), or (attr NULL arg1 ... argN -- result).
    CallMethod(u32),

    /// (container index -- container[index])
    BinarySubscr,
    /// (value container index -- ): container[index] = value
    StoreSubscr,
    /// (container index -- )
    DeleteSubscr,

    /// (left right -- left op right)
    BinaryOp(BinOp),
    /// (left right -- left op= right): tries `__iadd__` and friends first.
    InplaceOp(BinOp),
    /// (operand -- op operand)
    UnaryOp(UnaryOp),
    /// (left right -- result): rich comparison, identity, or membership.
    CompareOp(CmpOp),

    /// (a1 ... an -- (a1, ..., an))
    BuildTuple(u32),
    /// (a1 ... an -- [a1, ..., an])
    BuildList(u32),
    /// (a1 ... an -- {a1, ..., an})
    BuildSet(u32),
    /// (k1 v1 ... kn vn -- {k1: v1, ...})
    BuildMap(u32),
    /// (keys_tuple v1 ... vn -- {keys[0]: v1, ...})
    BuildConstKeyMap(u32),
    /// (lower upper -- slice) for n = 2, (lower upper step -- slice) for n = 3.
    BuildSlice(u32),
    /// (s1 ... sn -- s1 + ... + sn): joins the pieces of an f-string.
    BuildString(u32),
    /// (list a(depth-1) ... a(1) value -- list ...): list.append(value), list `depth` below the top
    /// after popping value (comprehensions: depth counts the iterators above the list).
    ListAppend(u32),
    /// (set ... value -- set ...): as `ListAppend`, for set comprehensions.
    SetAdd(u32),
    /// (dict ... key value -- dict ...): as `ListAppend`, for dict comprehensions.
    MapAdd(u32),
    /// (list ... iterable -- list ...): list.extend(iterable), for `[*a, *b]`.
    ListExtend(u32),
    /// (set ... iterable -- set ...): set.update(iterable), for `{*a, *b}`.
    SetUpdate(u32),
    /// (dict ... mapping -- dict ...): dict.update(mapping), for `{**a, **b}`.
    DictUpdate(u32),
    /// (dict ... mapping -- dict ...): as `DictUpdate`, but a repeated key is a `TypeError`
    /// ("got multiple values for keyword argument"), for `f(**a, **b)`. The function being called
    /// sits just below the dict, for the message.
    DictMerge(u32),
    /// (list -- tuple)
    ListToTuple,

    /// (seq -- item_n ... item_1): exactly n items, pushed so stores run left to right.
    UnpackSequence(u32),
    /// (seq -- after_items... list before_items...): `a, *b, c = seq` with (before, after) counts;
    /// as with `UnpackSequence`, the first target's value ends on top.
    UnpackEx(u16, u16),

    /// (value -- str) or (value spec -- str) when `has_spec`; `conversion` is 0, b'r', b's' or b'a'.
    FormatValue { conversion: u8, has_spec: bool },

    /// (iterable -- iterator)
    GetIter,
    /// (iterator -- iterator next), or on exhaustion (iterator -- ) and jump to target.
    ForIter(u32),

    /// ( -- ): the target may be before this instruction (a loop); the eval loop runs its
    /// periodic check on backward jumps.
    Jump(u32),
    /// (cond -- )
    PopJumpIfFalse(u32),
    /// (cond -- )
    PopJumpIfTrue(u32),
    /// (value -- ): jump when value is None (a failed `MatchClass` or `MatchKeys`).
    PopJumpIfNone(u32),
    /// (cond -- cond) and jump if false, else (cond -- ): for `and`.
    JumpIfFalseOrPop(u32),
    /// (cond -- cond) and jump if true, else (cond -- ): for `or`.
    JumpIfTrueOrPop(u32),

    /// (callable arg1 ... argN -- result)
    Call(u32),
    /// (callable arg1 ... argN kwnames -- result): N counts positional and keyword values; the
    /// last `len(kwnames)` of them are keyword values, in the order of the `kwnames` tuple.
    CallKw(u32),
    /// (callable args_tuple -- result), or (callable args_tuple kwargs_dict -- result) when
    /// `has_kwargs`.
    CallEx { has_kwargs: bool },

    /// (defaults? kwdefaults? annotations? closure? code -- function): the flags say which of the
    /// optional items are present (see `MAKE_FUNCTION_*`).
    MakeFunction(u32),
    /// ( -- __build_class__): then the class body function, its name and the bases are pushed and
    /// called (`Call`/`CallKw`/`CallEx`).
    LoadBuildClass,
    /// ( -- ): make `__annotations__` a new dict in the module or class namespace unless it is
    /// already bound there (a body that annotates names starts with this).
    SetupAnnotations,
    /// (annotation -- ): `__annotations__[names[i]] = annotation` in the module or class
    /// namespace, for `name: annotation` at module or class level.
    StoreAnnotation(u32),

    /// (value -- ): return from the frame.
    ReturnValue,
    /// (value -- sent): suspend a generator frame, handing `value` out; resumes with the value sent
    /// in (None for `next()`).
    YieldValue,
    /// (iterable -- iterator): `iter()` for `yield from`, but a coroutine stays as it is.
    GetYieldFromIter,
    /// (iterator value -- result): send `value` into the sub-iterator. If it yields, this frame
    /// yields the same value and, when resumed, runs this instruction again with the newly sent
    /// value replacing `value`; when the sub-iterator returns, both are popped and its return
    /// value pushed.
    YieldFrom,
    /// (awaitable -- iterator): `__await__` for `await`; follow with `LoadConst None; YieldFrom`.
    /// The operand names the awaited object in the error for a non-awaitable: 0 for `await`,
    /// 1 for what `__aenter__` returned, 2 for what `__aexit__` returned.
    GetAwaitable(u32),
    /// (iterable -- async_iterator): `__aiter__()` for `async for`.
    GetAiter,
    /// (async_iterator -- async_iterator awaitable): `__anext__()`, as an iterator to await
    /// (`LoadConst None; YieldFrom` follows).
    GetAnext,
    /// (async_iterator exc -- ): the exception block of an `async for` ends here: a
    /// `StopAsyncIteration` ends the loop, any other exception is raised again.
    EndAsyncFor,
    /// (manager -- aexit aenter_awaitable): look up `__aenter__` and `__aexit__` on the type, call
    /// `__aenter__`, keep the bound `__aexit__`; `GetAwaitable(1)` follows.
    BeforeAsyncWith,

    /// (level fromlist -- module): `import name`, `from name import ...`
    ImportName(u32),
    /// (module -- module value): `from module import name` (`ImportError` if missing).
    ImportFrom(u32),
    /// (module -- ): `from module import *` into the frame's namespace.
    ImportStar,

    /// ( -- handler-block): push an exception block; see the module comment.
    SetupExcept(u32),
    /// ( -- ): pop the innermost block (normal exit from a protected range).
    PopBlock,
    /// (exc -- previous exc): make exc the exception being handled, saving the previous one
    /// (None if there was none).
    PushExcInfo,
    /// (previous -- ): restore the exception being handled.
    PopExcept,
    /// (exc type -- exc matched): isinstance-style match of an `except` clause; a type that is not
    /// an exception class (or tuple of them) raises `TypeError`.
    CheckExcMatch,
    /// (exc -- ): raise exc again, keeping its traceback.
    Reraise,
    /// (exc type -- rest match): one `except* type` clause: split exc (an exception group, or a
    /// lone exception wrapped in one when it matches) by type. When nothing matched, match is
    /// None and rest is exc; otherwise rest is what is left (None if nothing) and match becomes
    /// the exception being handled. A type that is not an exception class, or is an exception
    /// group class, raises `TypeError`.
    CheckEgMatch,
    /// (orig raised -- exc): the end of an `except*` statement: from the exception caught
    /// (orig) and the list of what its handlers raised plus the unmatched rest, the exception
    /// to raise, or None when there is none.
    PrepReraiseStar,
    /// (exc? cause? -- ): `raise` (n = 0, re-raise the exception being handled), `raise exc`
    /// (n = 1), `raise exc from cause` (n = 2).
    RaiseVarargs(u32),
    /// ( -- AssertionError): not subject to shadowing by a global named `AssertionError`.
    LoadAssertionError,

    /// (manager -- exit enter_result): look up `__exit__` and `__enter__` on the type (a missing one
    /// is a `TypeError` as in CPython 3.11), call `__enter__`, keep the bound `__exit__`.
    BeforeWith,
    /// (exit -- ): normal exit from a `with` body: call exit(None, None, None), drop the result.
    WithExitNormal,
    /// (exit previous exc -- exit previous exc suppress): call exit(type(exc), exc, traceback) and
    /// push its result; the compiler pops and tests it.
    WithExceptStart,

    /// (subject -- subject is_sequence): a sequence pattern's type check: list, tuple, range and
    /// their subclasses (never str, bytes or bytearray).
    MatchSequence,
    /// (subject -- subject is_mapping): a mapping pattern's type check: dict and its subclasses.
    MatchMapping,
    /// (obj -- obj len(obj)): the length check of a sequence or mapping pattern.
    GetLen,
    /// (subject keys -- subject keys values): the tuple of the subject's values for the keys
    /// (looked up with `get`), or None when one is missing.
    MatchKeys,
    /// (subject class names -- attributes): a class pattern with `count` positional
    /// sub-patterns and the keyword names of the `names` tuple: the tuple of the subject's
    /// attributes they match (by `__match_args__`, or the subject itself for `int(x)` and the
    /// other built-in types), or None when the subject is no instance of the class or lacks one.
    MatchClass(u32),

    /// (value -- ): the REPL echoes an expression statement's value (repr; None is not echoed) and
    /// binds it to `builtins._`.
    PrintExpr,

    // ----- Quickened forms -----------------------------------------------------------------
    // The compiler never emits these. `vm::frame::quicken` writes one over the first of two
    // instructions when a run is common; the second stays in place, so jumps into it and
    // source positions are unchanged. A quickened instruction does the work of both and skips
    // the second, or, when its fast case does not apply, does exactly what the first would
    // have done and lets the second run as usual.
    /// `LoadFast(a); LoadFast(b)`
    LoadFastLoadFast(u16, u16),
    /// `LoadFast(a); LoadConst(c)`
    LoadFastLoadConst(u16, u16),
    /// `LoadFast(a); LoadAttr(n)`, through the instance attribute cache.
    LoadFastAttr(u16, u16),
    /// `LoadFast(a); LoadMethod(n)`, through the instance attribute cache.
    LoadFastMethod(u16, u16),
    /// `CompareOp(op); PopJumpIfFalse(target)` for two small ints.
    CompareJumpIfFalse(CmpOp, u32),
    /// `CompareOp(op); PopJumpIfTrue(target)` for two small ints.
    CompareJumpIfTrue(CmpOp, u32),
}

// Every instruction fits in 8 bytes, so the eval loop fetches one with a single load.
const _: () = assert!(std::mem::size_of::<Instr>() == 8);

/// `MakeFunction` flag: a tuple of positional defaults is on the stack.
pub const MAKE_FUNCTION_DEFAULTS: u32 = 0x01;
/// `MakeFunction` flag: a dict of keyword-only defaults is on the stack.
pub const MAKE_FUNCTION_KWDEFAULTS: u32 = 0x02;
/// `MakeFunction` flag: an annotations dict is on the stack.
pub const MAKE_FUNCTION_ANNOTATIONS: u32 = 0x04;
/// `MakeFunction` flag: a tuple of cells (the closure) is on the stack.
pub const MAKE_FUNCTION_CLOSURE: u32 = 0x08;

/// `Code::flags`: the function takes `*args`.
pub const CO_VARARGS: u32 = 0x04;
/// `Code::flags`: the function takes `**kwargs`.
pub const CO_VARKEYWORDS: u32 = 0x08;
/// `Code::flags`: calling the function makes a generator.
pub const CO_GENERATOR: u32 = 0x20;
/// `Code::flags`: `async def`: calling makes a coroutine.
pub const CO_COROUTINE: u32 = 0x80;
/// `Code::flags`: an `async def` containing `yield`.
pub const CO_ASYNC_GENERATOR: u32 = 0x200;
/// `Code::flags`: a module body (names live in the globals dict).
pub const CO_MODULE: u32 = 0x1000;
/// `Code::flags`: a class body (names live in the class namespace, `LoadName`/`StoreName`).
pub const CO_CLASS_BODY: u32 = 0x2000;

/// A compile-time constant; the VM turns these into values once per code object.
#[derive(Clone, Debug)]
pub enum Const {
    None,
    True,
    False,
    Ellipsis,
    Int(i64),
    /// An integer too large for i64, as decimal digits (with a leading `-` if negative).
    BigInt(String),
    Float(f64),
    /// A complex constant (an imaginary literal, or its negation), as its real and imaginary
    /// parts.
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
    /// A tuple of constants (keyword names for `CallKw`, constant defaults, `fromlist`).
    Tuple(Vec<Const>),
    /// The code of a nested function, class body, lambda or comprehension.
    Code(Rc<Code>),
}

/// A compiled function body, module or class body: what CPython calls a code object.
#[derive(Debug)]
pub struct Code {
    /// The function's name (`<module>`, `<lambda>`, `<listcomp>`, `<genexpr>`, class name).
    pub name: String,
    /// The dotted path used in reprs: `Outer.method.<locals>.inner`.
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    /// Positional parameters, including the positional-only ones.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: u32,
    pub instructions: Vec<Instr>,
    /// One span per instruction, for tracebacks.
    pub spans: Vec<Span>,
    pub consts: Vec<Const>,
    /// Attribute, global and imported names.
    pub names: Vec<String>,
    /// Fast locals: parameters first (positional, keyword-only, then `*args`, then `**kwargs`).
    pub varnames: Vec<String>,
    /// Locals captured by inner functions; `cells[i]` for i < cellvars.len().
    pub cellvars: Vec<String>,
    /// Variables of enclosing functions this code reads; `cells[cellvars.len() + i]`.
    pub freevars: Vec<String>,
    /// For each cellvar that is also a parameter, (cell index, parameter slot): the eval loop
    /// moves the argument into the cell when the frame starts.
    pub cell_params: Vec<(u32, u32)>,
    /// The deepest the value stack can get, so a frame can reserve it at once.
    pub max_stack: u32,
}

impl Code {
    pub fn is_generator(&self) -> bool {
        self.flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
    }
}
