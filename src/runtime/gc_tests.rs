//! The collector on hand-built graphs: cycles, objects reachable from outside, resurrection,
//! weak references into garbage, generations, long chains. No VM: finalizers and weak
//! reference callbacks are closures that record what they were called with.

use std::cell::RefCell;

use super::{check_lists, collect, generation_of, Collected};
use crate::objects::class::{class_data, new_class, Instance, TypeKind};
use crate::objects::weakref::{WeakKind, WeakRef};
use crate::objects::{Dict, ObjRef, Payload, Value};

fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}

fn push(l: &Value, v: Value) {
    if let Some(Payload::List(items)) = l.payload() {
        items.borrow_mut().push(v);
    }
}

fn len(l: &Value) -> usize {
    match l.payload() {
        Some(Payload::List(items)) => items.borrow().len(),
        _ => usize::MAX,
    }
}

/// A claim that tells, after the fact, whether the object was freed.
fn watch(v: &Value) -> crate::objects::handle::WeakObj {
    ObjRef::downgrade(v.as_obj().expect("an object"))
}

fn full_collection() -> Collected {
    super::begin_collection();
    let found = collect(2, &mut |_| {}, &mut |_, _| {});
    super::end_collection();
    found
}

#[test]
fn a_list_holding_itself_is_garbage() {
    let l = list(vec![]);
    push(&l, l.clone());
    let claim = watch(&l);
    drop(l);
    assert!(claim.is_alive(), "a cycle outlives its last outside handle");
    assert_eq!(full_collection().unreachable, 1);
    assert!(!claim.is_alive());
    check_lists();
}

#[test]
fn a_cycle_held_from_outside_survives_intact() {
    let a = list(vec![Value::Int(1)]);
    let b = list(vec![a.clone()]);
    push(&a, b.clone());
    let outside = a.clone();
    drop((a, b));
    assert_eq!(full_collection().unreachable, 0);
    assert_eq!(len(&outside), 2);
    // The member reached only through the held one is intact too.
    let Some(Payload::List(items)) = outside.payload() else {
        panic!("not a list")
    };
    let b = items.borrow()[1].clone();
    assert_eq!(len(&b), 1);
    drop(b);
    check_lists();
    drop(outside);
    assert_eq!(full_collection().unreachable, 2);
}

#[test]
fn a_dict_and_tuples_in_a_ring() {
    // dict -> tuple -> list -> dict: the immutable tuple is freed once the others are cleared.
    let d = Value::dict(Dict::new());
    let l = list(vec![d.clone()]);
    let t = Value::tuple(vec![l.clone(), Value::Int(3)]);
    if let Some(Payload::Dict(table)) = d.payload() {
        table.borrow_mut().set_str(Value::str("t"), t.clone());
    }
    let claims = [watch(&d), watch(&l), watch(&t)];
    drop((d, l, t));
    assert_eq!(full_collection().unreachable, 3);
    assert!(claims.iter().all(|c| !c.is_alive()));
}

#[test]
fn tuples_of_atoms_are_not_tracked() {
    let atoms = Value::tuple(vec![Value::Int(1), Value::str("x"), Value::None]);
    let holder = Value::tuple(vec![atoms.clone()]);
    let with_list = Value::tuple(vec![list(vec![])]);
    assert_eq!(generation_of(atoms.as_obj().unwrap()), None);
    assert_eq!(generation_of(holder.as_obj().unwrap()), None);
    assert_eq!(generation_of(with_list.as_obj().unwrap()), Some(0));
}

#[test]
fn survivors_move_up_a_generation() {
    let kept = list(vec![]);
    assert_eq!(generation_of(kept.as_obj().unwrap()), Some(0));
    super::begin_collection();
    collect(0, &mut |_| {}, &mut |_, _| {});
    assert_eq!(generation_of(kept.as_obj().unwrap()), Some(1));
    collect(1, &mut |_| {}, &mut |_, _| {});
    assert_eq!(generation_of(kept.as_obj().unwrap()), Some(2));
    collect(2, &mut |_| {}, &mut |_, _| {});
    super::end_collection();
    assert_eq!(generation_of(kept.as_obj().unwrap()), Some(2));
    check_lists();
}

#[test]
fn untracking_on_free_keeps_every_position_right() {
    let objects: Vec<Value> = (0..200).map(|i| list(vec![Value::Int(i)])).collect();
    // Free every third one, from the middle out: swap-removes in every position.
    let mut kept = Vec::new();
    for (i, o) in objects.into_iter().enumerate() {
        if i % 3 != 0 {
            kept.push(o);
        }
    }
    check_lists();
    kept.truncate(50);
    check_lists();
}

/// Two instances of a class with `__del__`, each `other` pointing at its partner; the class is
/// returned too, for the test to hold (it is not part of the garbage).
fn finalizable_pair() -> (ObjRef, Value, Value) {
    instance_pair(true, false)
}

/// Two instances pointing at each other through attribute `other`, in the split form or (with
/// `combined`) each with its own dict (`objects::instance`).
fn instance_pair(finalizable: bool, combined: bool) -> (ObjRef, Value, Value) {
    let object = new_class("object", vec![], vec![], Dict::new(), TypeKind::Builtin);
    let cls = new_class(
        "Finalizable",
        vec![object.clone()],
        vec![object],
        Dict::new(),
        TypeKind::Plain,
    );
    class_data(&cls).has_finalizer.set(finalizable);
    let a = Value::obj(Payload::Instance(Instance::new(cls.clone(), None)));
    let b = Value::obj(Payload::Instance(Instance::new(cls.clone(), None)));
    for (x, y) in [(&a, &b), (&b, &a)] {
        if let Some(Payload::Instance(inst)) = x.payload() {
            if combined {
                inst.dict()
                    .borrow_mut()
                    .set_str(Value::str("other"), y.clone());
            } else {
                inst.set_attr(Value::str("other"), y.clone());
            }
        }
    }
    (cls, a, b)
}

#[test]
fn instances_in_a_cycle_are_garbage_in_either_attribute_form() {
    for combined in [false, true] {
        let (_class, a, b) = instance_pair(false, combined);
        if let Some(Payload::Instance(inst)) = a.payload() {
            assert_eq!(inst.dict_object_if_combined().is_some(), combined);
        }
        let claims = (watch(&a), watch(&b));
        drop((a, b));
        super::begin_collection();
        let found = collect(2, &mut |_| {}, &mut |_, _| {});
        super::end_collection();
        // CPython 3.11 counts the instances only: their values are inline, as here.
        assert_eq!(found.unreachable, 2, "combined: {combined}");
        assert!(!claims.0.is_alive() && !claims.1.is_alive());
    }
}

#[test]
fn a_finalizer_that_resurrects_keeps_the_cycle_intact_and_runs_once() {
    let (_class, a, b) = finalizable_pair();
    let claim = watch(&a);
    drop((a, b));
    let saved: RefCell<Vec<ObjRef>> = RefCell::new(Vec::new());
    let calls = RefCell::new(0);
    super::begin_collection();
    let found = collect(
        2,
        &mut |obj| {
            *calls.borrow_mut() += 1;
            if saved.borrow().is_empty() {
                saved.borrow_mut().push(obj.clone());
            }
        },
        &mut |_, _| {},
    );
    super::end_collection();
    assert_eq!(found.unreachable, 2, "both were found unreachable");
    assert_eq!(*calls.borrow(), 2, "each __del__ ran once");
    assert!(claim.is_alive(), "resurrected");
    // Intact: the saved one still points at its partner, which points back.
    let kept = Value::Obj(saved.borrow()[0].clone());
    let Some(Payload::Instance(inst)) = kept.payload() else {
        panic!("not an instance")
    };
    let partner = inst.get_attr(&Value::str("other"));
    assert!(partner.is_some_and(|p| matches!(p.payload(), Some(Payload::Instance(_)))));
    drop(kept);
    saved.borrow_mut().clear();
    // Dropped again: collected now, without a second call of __del__.
    super::begin_collection();
    let found = collect(2, &mut |_| *calls.borrow_mut() += 1, &mut |_, _| {});
    super::end_collection();
    assert_eq!(found.unreachable, 2);
    assert_eq!(*calls.borrow(), 2);
    assert!(!claim.is_alive());
}

#[test]
fn weak_references_into_garbage_die_and_call_back_unless_garbage_themselves() {
    let target = list(vec![]);
    push(&target, target.clone());
    let callback = list(vec![]); // any object stands for the callback here
    let outside_ref = WeakRef::make(
        target.as_obj().unwrap(),
        Some(callback.clone()),
        WeakKind::Ref,
    );
    // A second reference that the cycle itself holds: garbage too, so no callback.
    let inside_ref = WeakRef::make(
        target.as_obj().unwrap(),
        Some(callback.clone()),
        WeakKind::Ref,
    );
    push(&target, inside_ref);
    drop(target);
    let called: RefCell<Vec<Value>> = RefCell::new(Vec::new());
    super::begin_collection();
    let found = collect(2, &mut |_| {}, &mut |cb, r| {
        assert!(cb.is(&callback));
        called.borrow_mut().push(r);
    });
    super::end_collection();
    assert_eq!(found.unreachable, 2, "the list and the reference it held");
    assert_eq!(called.borrow().len(), 1);
    assert!(called.borrow()[0].is(&outside_ref));
    let Some(Payload::WeakRef(w)) = outside_ref.payload() else {
        panic!("not a weak reference")
    };
    assert!(w.referent().is_none(), "dead after the collection");
    assert!(w.callback().is_none(), "a callback runs once");
}

#[test]
fn a_cycle_a_hundred_thousand_long() {
    let first = list(vec![]);
    let mut last = first.clone();
    for _ in 0..100_000 {
        let next = list(vec![]);
        push(&last, next.clone());
        last = next;
    }
    push(&last, first.clone());
    drop((first, last));
    assert_eq!(full_collection().unreachable, 100_001);
    check_lists();
}
