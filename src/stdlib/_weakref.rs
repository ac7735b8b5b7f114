//! `_weakref`: the native half of `weakref` (CPython's `Modules/_weakref.c`): the reference and
//! proxy types (`objects::weakref`) and the counts of references to an object. The rest of
//! `weakref` (WeakValueDictionary, finalize, ...) is gilt source (`weakref.py`) over this.

use crate::objects::weakref::{new_weakref, outer, WeakKind};
use crate::objects::{Args, PyResult, Value};
use crate::vm::{dict_set_str, Vm};

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_weakref");
    vm.add_function(&d, "_weakref", "getweakrefcount", getweakrefcount);
    vm.add_function(&d, "_weakref", "getweakrefs", getweakrefs);
    vm.add_function(&d, "_weakref", "proxy", proxy);
    let t = vm.types();
    let (reference, proxy_type, callable) = (
        t.weakref.clone(),
        t.weakproxy.clone(),
        t.weakcallableproxy.clone(),
    );
    dict_set_str(&d, vm.intern("ref"), Value::Obj(reference.clone()));
    dict_set_str(&d, vm.intern("ReferenceType"), Value::Obj(reference));
    dict_set_str(&d, vm.intern("ProxyType"), Value::Obj(proxy_type));
    dict_set_str(&d, vm.intern("CallableProxyType"), Value::Obj(callable));
    Ok(m)
}

/// The live weak references and proxies to `args[0]`, oldest first, as scripts see them.
fn refs_of(args: &Args) -> Vec<Value> {
    match args.args.first() {
        Some(Value::Obj(o)) => crate::runtime::gc::weakrefs_to(o)
            .iter()
            .map(outer)
            .collect(),
        _ => Vec::new(),
    }
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getweakrefcount", 1, 1)?;
    Ok(Value::from(refs_of(&args).len()))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getweakrefs", 1, 1)?;
    Ok(Value::list(refs_of(&args)))
}

fn proxy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "proxy")?;
    args.check_count(vm, "proxy", 1, 2)?;
    let target = args.args[0].clone();
    let kind = if crate::stdlib::builtins::is_callable(vm, &target) {
        WeakKind::CallableProxy
    } else {
        WeakKind::Proxy
    };
    new_weakref(vm, &target, args.args.get(1).cloned(), kind, true)
}
