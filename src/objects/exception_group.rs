//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654), and what `except*` needs of them.
//!
//! A group is an exception instance whose `ExcState::group` holds its message and the tuple of
//! its exceptions, fixed at construction (`args` can be reassigned, the parts cannot). The one
//! rule every operation here keeps: a group made from another one (`split`, `subgroup`, the
//! projection `except*` re-raises) is built by the original's `derive`, which a subclass may
//! override, and then gets the original's traceback, `__cause__`, `__context__` and a copy of its
//! `__notes__`: CPython's `exceptiongroup_subset`. Setting the cause marks the context as
//! suppressed, as `PyException_SetCause` does, so a traceback does not show the original's
//! context again under every part.
//!
//! `except*` relies on that copy: `PrepReraiseStar` tells the exceptions its handlers re-raised
//! (bare `raise`, or the unmatched rest: same traceback, cause, context and notes as the
//! original) from new ones, keeps the re-raised leaves in the original's nesting, and wraps new
//! ones with it in a fresh `ExceptionGroup("", [...])`.

use std::collections::HashSet;
use std::rc::Rc;

use super::class::{class_data, is_subclass};
use super::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::Vm;

/// The fixed parts of an exception group.
#[derive(Clone)]
pub struct GroupParts {
    pub message: Value,
    /// A tuple.
    pub exceptions: Value,
}

/// How `split` and `subgroup` choose the exceptions they keep.
enum Matcher {
    /// An exception type or a tuple of them: `isinstance`.
    Type(Value),
    /// A callable returning true for the exceptions (and groups) to keep.
    Predicate(Value),
    /// The leaves whose addresses are in the set (what `except*` re-raised).
    Leaves(HashSet<usize>),
}

fn group_class(vm: &Vm) -> ObjRef {
    vm.types().exception("BaseExceptionGroup")
}

/// Is `v` an exception group (of any class deriving from `BaseExceptionGroup`)?
pub fn is_group(vm: &Vm, v: &Value) -> bool {
    vm.isinstance(v, &group_class(vm)) && parts(v).is_some()
}

/// The message and the exceptions of a group.
pub fn parts(v: &Value) -> Option<GroupParts> {
    match v.payload()? {
        Payload::Instance(instance) => instance.exc.as_ref()?.borrow().group.clone(),
        _ => None,
    }
}

/// The exceptions of a group, as a vector.
pub fn exceptions(v: &Value) -> Vec<Value> {
    match parts(v).map(|p| p.exceptions) {
        Some(Value::Obj(o)) => match &o.payload {
            Payload::Tuple(items) => items.clone(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_exception_instance(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Instance(i)) if i.exc.is_some())
}

/// `BaseExceptionGroup.__new__(cls, message, exceptions)`: the checks and the class CPython
/// picks (a `BaseExceptionGroup` of `Exception`s only is an `ExceptionGroup`).
pub fn new_group(vm: &mut Vm, cls: &ObjRef, args: &Args) -> PyResult<Value> {
    if args.args.len() != 2 {
        let msg = format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.args.len()
        );
        return Err(vm.type_error(msg));
    }
    let (message, sequence) = (&args.args[0], &args.args[1]);
    if !matches!(message.payload(), Some(Payload::Str(_))) {
        let msg = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        );
        return Err(vm.type_error(msg));
    }
    // CPython's `PySequence_Check`: indexable, and no dict.
    let is_sequence = match sequence.payload() {
        Some(
            Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Range(_)
            | Payload::Str(_)
            | Payload::Bytes(_),
        ) => true,
        Some(Payload::Instance(_)) => {
            let getitem = vm.names().__getitem__.clone();
            let dict = vm.types().dict.clone();
            vm.lookup_special(sequence, &getitem).is_some() && !vm.isinstance(sequence, &dict)
        }
        _ => false,
    };
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(sequence)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.types().exception("Exception");
    let mut nested_base_exceptions = false;
    for (index, item) in items.iter().enumerate() {
        if !is_exception_instance(item) {
            let msg = format!("Item {index} of second argument (exceptions) is not an exception");
            return Err(vm.value_error(msg));
        }
        if !vm.isinstance(item, &exception) {
            nested_base_exceptions = true;
        }
    }
    let base_group = group_class(vm);
    let exception_group = vm.types().exception("ExceptionGroup");
    let mut cls = cls.clone();
    if ObjRef::ptr_eq(&cls, &exception_group) {
        if nested_base_exceptions {
            return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
        }
    } else if ObjRef::ptr_eq(&cls, &base_group) {
        if !nested_base_exceptions {
            cls = exception_group;
        }
    } else if nested_base_exceptions && is_subclass(&cls, &exception) {
        let msg = format!("Cannot nest BaseExceptions in '{}'", class_data(&cls).name);
        return Err(vm.type_error(msg));
    }
    if !args.kwargs.is_empty() {
        let msg = format!("{}() takes no keyword arguments", class_data(&cls).name);
        return Err(vm.type_error(msg));
    }
    let instance = crate::vm::make_exception(cls, args.args.clone());
    if let Payload::Instance(i) = &instance.payload {
        if let Some(state) = &i.exc {
            state.borrow_mut().group = Some(GroupParts {
                message: message.clone(),
                exceptions: Value::tuple(items),
            });
        }
    }
    Ok(Value::Obj(instance))
}

/// `BaseExceptionGroup("", exceptions)`, for what CPython makes itself (`exceptions` a list
/// or a tuple, which its `args` keep).
fn create_group(vm: &mut Vm, exceptions: Value) -> PyResult<Value> {
    let cls = Value::Obj(group_class(vm));
    vm.call(&cls, vec![Value::str(""), exceptions])
}

fn self_group(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) if is_group(vm, v) => Ok(v.clone()),
        _ => {
            let msg = format!("descriptor '{method}' requires a 'BaseExceptionGroup' object");
            Err(vm.type_error(msg))
        }
    }
}

// ----- methods and attributes ---------------------------------------------------------------

fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.args.first().cloned() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    if !matches!(cls.payload, Payload::Class(_)) || !is_subclass(&cls, &group_class(vm)) {
        return Err(vm.type_error(
            "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup",
        ));
    }
    let rest = Args {
        args: args.args[1..].to_vec(),
        kwargs: Vec::new(),
    };
    new_group(vm, &cls, &rest)
}

fn group_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_group(vm, &args, "__init__")?;
    if !args.kwargs.is_empty() {
        let msg = format!("{}() takes no keyword arguments", vm.type_name(&this));
        return Err(vm.type_error(msg));
    }
    if let Some(Payload::Instance(i)) = this.payload() {
        if let Some(state) = &i.exc {
            state.borrow_mut().args = args.args[1..].to_vec();
        }
    }
    Ok(Value::None)
}

/// `str()` of a group, "message (N sub-exceptions)"; None for any other exception.
pub fn str_of(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some(parts) = parts(v) else {
        return Ok(None);
    };
    let count = exceptions(v).len();
    let message = vm.str(&parts.message)?;
    Ok(Some(format!(
        "{} ({} sub-exception{})",
        message,
        count,
        if count > 1 { "s" } else { "" }
    )))
}

fn group_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_group(vm, &args, "__str__")?;
    Ok(Value::str(str_of(vm, &this)?.unwrap_or_default()))
}

fn get_message(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v).map(|p| p.message).unwrap_or(Value::None))
}

fn get_exceptions(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(v)
        .map(|p| p.exceptions)
        .unwrap_or_else(|| Value::tuple(Vec::new())))
}

fn read_only(vm: &mut Vm, _v: &Value, _value: Value) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

/// `derive(excs)`: a plain group with this one's message; subclasses override it.
fn derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_group(vm, &args, "derive")?;
    args.check_count(vm, "derive", 2, 2)?;
    let message = parts(&this).map(|p| p.message).unwrap_or(Value::None);
    let cls = Value::Obj(group_class(vm));
    vm.call(&cls, vec![message, args.args[1].clone()])
}

fn matcher_of(vm: &mut Vm, condition: &Value) -> PyResult<Matcher> {
    let is_class = matches!(condition.payload(), Some(Payload::Class(_)));
    if !is_class && crate::stdlib::builtins::is_callable(vm, condition) {
        return Ok(Matcher::Predicate(condition.clone()));
    }
    if vm.is_exception_type(condition) {
        return Ok(Matcher::Type(condition.clone()));
    }
    if let Some(Payload::Tuple(items)) = condition.payload() {
        if items.iter().all(|item| vm.is_exception_type(item)) {
            return Ok(Matcher::Type(condition.clone()));
        }
    }
    Err(vm.type_error("expected a function, exception type or tuple of exception types"))
}

fn matches(vm: &mut Vm, exc: &Value, matcher: &Matcher) -> PyResult<bool> {
    match matcher {
        Matcher::Type(typ) => vm.exception_matches(exc, typ),
        Matcher::Predicate(function) => {
            let result = vm.call(function, vec![exc.clone()])?;
            vm.truthy(&result)
        }
        Matcher::Leaves(ids) => Ok(match exc {
            Value::Obj(o) => ids.contains(&(ObjRef::as_ptr(o) as usize)),
            _ => false,
        }),
    }
}

/// A group of `items` made by `orig.derive`, with `orig`'s traceback, cause, context and notes
/// (None when there are no items).
fn subset(vm: &mut Vm, orig: &Value, items: Vec<Value>) -> PyResult<Value> {
    if items.is_empty() {
        return Ok(Value::None);
    }
    let derive_name = vm.intern("derive");
    let derive = vm.getattr(orig, &derive_name)?;
    let group = vm.call(&derive, vec![Value::list(items)])?;
    if !is_group(vm, &group) {
        return Err(vm.type_error("derive must return an instance of BaseExceptionGroup"));
    }
    copy_metadata(vm, orig, &group)?;
    Ok(group)
}

fn copy_metadata(vm: &mut Vm, orig: &Value, group: &Value) -> PyResult<()> {
    let (Some(from), Some(to)) = (orig.as_obj(), group.as_obj()) else {
        return Ok(());
    };
    let copied = vm
        .exc_state(from)
        .map(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone()));
    if let (Some((traceback, cause, context)), Some(mut state)) = (copied, vm.exc_state(to)) {
        state.traceback = traceback;
        state.cause = cause;
        state.context = context;
        state.suppress_context = true;
    }
    let notes_name = vm.intern("__notes__");
    if let Some(notes) = vm.getattr_opt(orig, &notes_name)? {
        if matches!(notes.payload(), Some(Payload::List(_) | Payload::Tuple(_))) {
            let copy = Value::list(vm.collect(&notes)?);
            vm.setattr(group, &notes_name, copy)?;
        }
    }
    Ok(())
}

/// CPython's `exceptiongroup_split_recursive`: (match, rest), either None.
fn split_recursive(
    vm: &mut Vm,
    exc: &Value,
    matcher: &Matcher,
    construct_rest: bool,
    depth: usize,
) -> PyResult<(Value, Value)> {
    if depth > vm.interp.recursion_limit.get() {
        return Err(vm.new_exception(
            "RecursionError",
            "maximum recursion depth exceeded in exceptiongroup_split_recursive",
        ));
    }
    if matches(vm, exc, matcher)? {
        return Ok((exc.clone(), Value::None));
    }
    if !is_group(vm, exc) {
        let rest = if construct_rest {
            exc.clone()
        } else {
            Value::None
        };
        return Ok((Value::None, rest));
    }
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for item in exceptions(exc) {
        let (m, r) = split_recursive(vm, &item, matcher, construct_rest, depth + 1)?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    let matched = subset(vm, exc, matched)?;
    let rest = if construct_rest {
        subset(vm, exc, rest)?
    } else {
        Value::None
    };
    Ok((matched, rest))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_group(vm, &args, "split")?;
    args.check_count(vm, "split", 2, 2)?;
    let matcher = matcher_of(vm, &args.args[1])?;
    let (matched, rest) = split_recursive(vm, &this, &matcher, true, 0)?;
    Ok(Value::tuple(vec![matched, rest]))
}

fn subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_group(vm, &args, "subgroup")?;
    args.check_count(vm, "subgroup", 2, 2)?;
    let matcher = matcher_of(vm, &args.args[1])?;
    Ok(split_recursive(vm, &this, &matcher, false, 0)?.0)
}

/// `BaseException.add_note(note)` (PEP 678): notes live in the `__notes__` list.
fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "add_note", 2, 2)?;
    let (this, note) = (&args.args[0], &args.args[1]);
    if !matches!(note.payload(), Some(Payload::Str(_))) {
        let msg = format!("note must be a str, not '{}'", vm.type_name(note));
        return Err(vm.type_error(msg));
    }
    let name = vm.intern("__notes__");
    let notes = match vm.getattr_opt(this, &name)? {
        Some(notes) => notes,
        None => {
            let notes = Value::list(Vec::new());
            vm.setattr(this, &name, notes.clone())?;
            notes
        }
    };
    match notes.payload() {
        Some(Payload::List(list)) => list.borrow_mut().push(note.clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

pub fn register(vm: &mut Vm) {
    let base = vm.types().base_exception.clone();
    vm.add_method(&base, "BaseException", "add_note", add_note);
    let group = group_class(vm);
    vm.add_method(&group, "BaseExceptionGroup", "__init__", group_init);
    vm.add_method(&group, "BaseExceptionGroup", "__str__", group_str);
    vm.add_method(&group, "BaseExceptionGroup", "derive", derive);
    vm.add_method(&group, "BaseExceptionGroup", "split", split);
    vm.add_method(&group, "BaseExceptionGroup", "subgroup", subgroup);
    vm.add_method(&group, "BaseExceptionGroup", "__new__", group_new);
    // `__new__` is a static method: `super().__new__(cls, ...)` passes the class explicitly.
    let new_name = vm.intern("__new__");
    let new = crate::vm::types::class_dict(&group)
        .borrow()
        .get_str(&new_name)
        .cloned();
    if let Some(new) = new {
        crate::vm::types::class_dict(&group)
            .borrow_mut()
            .set_str(new_name, Value::obj(Payload::StaticMethod(new)));
    }
    super::class::add_getset_rw(vm, &group, "message", get_message, read_only);
    super::class::add_getset_rw(vm, &group, "exceptions", get_exceptions, read_only);
}

// ----- except* ------------------------------------------------------------------------------

/// The type of an `except*` clause: exception classes only, and no exception group class.
fn check_except_star_type(vm: &mut Vm, typ: &Value) -> PyResult<()> {
    let items = match typ.payload() {
        Some(Payload::Tuple(items)) => items.clone(),
        _ => vec![typ.clone()],
    };
    let base_group = group_class(vm);
    for item in &items {
        if !vm.is_exception_type(item) {
            return Err(vm.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
    }
    for item in &items {
        if let Value::Obj(cls) = item {
            if is_subclass(cls, &base_group) || ObjRef::ptr_eq(cls, &base_group) {
                return Err(vm.type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    }
    Ok(())
}

/// `CheckEgMatch`: (rest, match) for one `except* typ` clause on `exc` (see the opcode).
pub fn check_eg_match(vm: &mut Vm, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
    check_except_star_type(vm, typ)?;
    if exc.is_none() {
        return Ok((Value::None, Value::None));
    }
    if vm.exception_matches(exc, typ)? {
        if is_group(vm, exc) {
            return Ok((Value::None, exc.clone()));
        }
        // A lone exception is caught as a group of one, with its traceback.
        let wrapped = create_group(vm, Value::tuple(vec![exc.clone()]))?;
        let (Some(from), Some(to)) = (exc.as_obj(), wrapped.as_obj()) else {
            return Ok((Value::None, wrapped));
        };
        let traceback = vm.exc_state(from).map(|s| s.traceback.clone());
        if let (Some(traceback), Some(mut state)) = (traceback, vm.exc_state(to)) {
            state.traceback = traceback;
        }
        return Ok((Value::None, wrapped));
    }
    if is_group(vm, exc) {
        let split_name = vm.intern("split");
        let split = vm.getattr(exc, &split_name)?;
        let pair = vm.call(&split, vec![typ.clone()])?;
        let type_name = vm.type_name(exc);
        let items = match pair.payload() {
            Some(Payload::Tuple(items)) => items.clone(),
            _ => {
                let msg = format!(
                    "{}.split must return a tuple, not {}",
                    type_name,
                    vm.type_name(&pair)
                );
                return Err(vm.type_error(msg));
            }
        };
        if items.len() != 2 {
            let msg = format!(
                "{}.split must return a 2-tuple, got tuple of size {}",
                type_name,
                items.len()
            );
            return Err(vm.type_error(msg));
        }
        if items[0].is_none() {
            return Ok((exc.clone(), Value::None));
        }
        return Ok((items[1].clone(), items[0].clone()));
    }
    Ok((exc.clone(), Value::None))
}

/// Did `exc` come from `orig` unchanged (a re-raise, or a part `split` made)? CPython compares
/// the objects; gilt's tracebacks are values, so their entries are compared.
fn same_metadata(vm: &mut Vm, exc: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (exc.as_obj(), orig.as_obj()) else {
        return false;
    };
    let view = |vm: &Vm, o: &ObjRef| {
        vm.exc_state(o)
            .map(|s| (s.traceback.clone(), s.cause.clone(), s.context.clone()))
    };
    let (Some((tb_a, cause_a, context_a)), Some((tb_b, cause_b, context_b))) =
        (view(vm, a), view(vm, b))
    else {
        return false;
    };
    let same_value = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    let same_traceback = tb_a.len() == tb_b.len()
        && tb_a
            .iter()
            .zip(&tb_b)
            .all(|(x, y)| Rc::ptr_eq(&x.code, &y.code) && x.ip == y.ip);
    let notes = vm.intern("__notes__");
    let own_notes = |v: &Value| crate::vm::attr::own_attr(v, &notes);
    same_traceback
        && same_value(&cause_a, &cause_b)
        && same_value(&context_a, &context_b)
        && same_value(&own_notes(exc), &own_notes(orig))
}

fn collect_leaves(vm: &Vm, exc: &Value, into: &mut HashSet<usize>, depth: usize) {
    if depth > 10_000 {
        return;
    }
    if is_group(vm, exc) {
        for item in exceptions(exc) {
            collect_leaves(vm, &item, into, depth + 1);
        }
    } else if let Value::Obj(o) = exc {
        into.insert(ObjRef::as_ptr(o) as usize);
    }
}

/// `PrepReraiseStar`: what an `except*` statement raises, from the exception it caught and the
/// list of what its handlers raised plus the unmatched rest (None entries for nothing).
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, raised: &Value) -> PyResult<Value> {
    let excs: Vec<Value> = match raised.payload() {
        Some(Payload::List(list)) => list.borrow().clone(),
        _ => Vec::new(),
    };
    let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is_none()).collect();
    if excs.is_empty() {
        return Ok(Value::None);
    }
    if !is_group(vm, orig) {
        // A lone exception was caught wrapped: only one clause ran, raising at most one.
        return Ok(excs[0].clone());
    }
    let mut new = Vec::new();
    let mut reraised = Vec::new();
    for exc in excs {
        if same_metadata(vm, &exc, orig) {
            reraised.push(exc);
        } else {
            new.push(exc);
        }
    }
    let mut leaves = HashSet::new();
    for exc in &reraised {
        collect_leaves(vm, exc, &mut leaves, 0);
    }
    let projection = if leaves.is_empty() {
        Value::None
    } else {
        split_recursive(vm, orig, &Matcher::Leaves(leaves), false, 0)?.0
    };
    if new.is_empty() {
        return Ok(projection);
    }
    if !projection.is_none() {
        new.push(projection);
    }
    if new.len() == 1 {
        return Ok(new.remove(0));
    }
    create_group(vm, Value::list(new))
}
