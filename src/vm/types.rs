//! The built-in classes: `object`, `type`, the value types, and the exception hierarchy of
//! CPython 3.11. They are created once per interpreter, before any code runs; each type file in
//! `objects/` then fills its class's namespace with its methods (`init_type_methods`).

use std::collections::HashMap;

use crate::objects::class::{new_class, TypeKind};
use crate::objects::{Dict, Interner, Obj, ObjRef, Payload};

pub struct Types {
    pub object: ObjRef,
    pub type_: ObjRef,
    pub int: ObjRef,
    pub bool: ObjRef,
    pub float: ObjRef,
    pub complex: ObjRef,
    pub str: ObjRef,
    pub bytes: ObjRef,
    pub bytearray: ObjRef,
    pub memoryview: ObjRef,
    pub list: ObjRef,
    pub tuple: ObjRef,
    pub dict: ObjRef,
    pub set: ObjRef,
    pub frozenset: ObjRef,
    pub range: ObjRef,
    pub slice: ObjRef,
    pub none_type: ObjRef,
    pub function: ObjRef,
    pub builtin_function: ObjRef,
    pub method: ObjRef,
    pub module: ObjRef,
    pub generator: ObjRef,
    pub coroutine: ObjRef,
    pub cell: ObjRef,
    pub code: ObjRef,
    pub property: ObjRef,
    pub staticmethod: ObjRef,
    pub classmethod: ObjRef,
    pub super_: ObjRef,
    pub not_implemented_type: ObjRef,
    pub ellipsis_type: ObjRef,
    pub dict_keys: ObjRef,
    pub dict_values: ObjRef,
    pub dict_items: ObjRef,
    /// `_io.TextIOWrapper`; the binary file classes follow.
    pub file: ObjRef,
    pub file_io: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    /// `io.UnsupportedOperation(OSError, ValueError)`.
    pub unsupported_operation: ObjRef,
    pub getset: ObjRef,
    pub lock: ObjRef,
    pub rlock: ObjRef,
    pub event: ObjRef,
    pub semlock: ObjRef,
    pub shared_array: ObjRef,
    pub regex: ObjRef,
    pub traceback: ObjRef,
    pub frame: ObjRef,
    pub member: ObjRef,
    pub weakref: ObjRef,
    pub weakproxy: ObjRef,
    pub weakcallableproxy: ObjRef,
    /// One class per built-in iterator type name (`list_iterator`, `zip`, ...).
    pub iterators: HashMap<&'static str, ObjRef>,
    pub exceptions: HashMap<&'static str, ObjRef>,
    pub base_exception: ObjRef,
    /// The singletons.
    pub not_implemented: ObjRef,
    /// The "no self" marker `LoadMethod` pushes for a plain attribute; never visible to scripts.
    pub null: ObjRef,
    pub ellipsis: ObjRef,
}

/// CPython 3.11's built-in exceptions, each with its base.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
    ("ResourceWarning", "Warning"),
];

const ITERATOR_NAMES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "bytes_iterator",
    "bytearray_iterator",
    "memory_iterator",
    "range_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "reversed",
    "list_reverseiterator",
    "callable_iterator",
    "iterator",
];

fn builtin(name: &str, object: &ObjRef, kind: TypeKind) -> ObjRef {
    new_class(
        name,
        vec![object.clone()],
        vec![object.clone()],
        Dict::new(),
        kind,
    )
}

impl Types {
    pub fn new(_interner: &Interner) -> Types {
        let object = new_class("object", vec![], vec![], Dict::new(), TypeKind::Builtin);
        let b = |name: &str| builtin(name, &object, TypeKind::Builtin);
        let int = b("int");
        let bool_ = new_class(
            "bool",
            vec![int.clone()],
            vec![int.clone(), object.clone()],
            Dict::new(),
            TypeKind::Builtin,
        );
        let mut exceptions: HashMap<&'static str, ObjRef> = HashMap::new();
        for (name, base) in EXCEPTIONS {
            let (bases, mro) = if base.is_empty() {
                (vec![object.clone()], vec![object.clone()])
            } else {
                let base = exceptions[base].clone();
                let mut mro = crate::objects::class::full_mro(&base);
                mro.retain(|_| true);
                (vec![base], mro)
            };
            let cls = new_class(name, bases, mro, Dict::new(), TypeKind::Exception);
            exceptions.insert(name, cls);
        }
        // Outside the exception table, which builtins exports: it lives in `io`.
        let unsupported_operation = {
            let os_error = exceptions["OSError"].clone();
            let value_error = exceptions["ValueError"].clone();
            let mro = vec![
                os_error.clone(),
                value_error.clone(),
                exceptions["Exception"].clone(),
                exceptions["BaseException"].clone(),
                object.clone(),
            ];
            new_class(
                "UnsupportedOperation",
                vec![os_error, value_error],
                mro,
                Dict::new(),
                TypeKind::Exception,
            )
        };
        // The exception groups: `ExceptionGroup` has two bases, which the table cannot say.
        let base_group_bases = vec![exceptions["BaseException"].clone()];
        let base_group_mro = crate::objects::class::full_mro(&base_group_bases[0]);
        let base_group = new_class(
            "BaseExceptionGroup",
            base_group_bases,
            base_group_mro,
            Dict::new(),
            TypeKind::Exception,
        );
        let group_bases = vec![base_group.clone(), exceptions["Exception"].clone()];
        let group_mro = crate::objects::class::c3_mro(&group_bases).unwrap_or_default();
        let group = new_class(
            "ExceptionGroup",
            group_bases,
            group_mro,
            Dict::new(),
            TypeKind::Exception,
        );
        exceptions.insert("BaseExceptionGroup", base_group);
        exceptions.insert("ExceptionGroup", group);
        let iterators = ITERATOR_NAMES.iter().map(|n| (*n, b(n))).collect();
        let not_implemented_type = b("NotImplementedType");
        let ellipsis_type = b("ellipsis");
        let types = Types {
            type_: b("type"),
            float: b("float"),
            complex: b("complex"),
            str: b("str"),
            bytes: b("bytes"),
            bytearray: b("bytearray"),
            memoryview: b("memoryview"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            range: b("range"),
            slice: b("slice"),
            none_type: b("NoneType"),
            function: b("function"),
            builtin_function: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            generator: b("generator"),
            coroutine: b("coroutine"),
            cell: b("cell"),
            code: b("code"),
            property: b("property"),
            staticmethod: b("staticmethod"),
            classmethod: b("classmethod"),
            super_: b("super"),
            dict_keys: b("dict_keys"),
            dict_values: b("dict_values"),
            dict_items: b("dict_items"),
            file: b("TextIOWrapper"),
            file_io: b("FileIO"),
            buffered_reader: b("BufferedReader"),
            buffered_writer: b("BufferedWriter"),
            buffered_random: b("BufferedRandom"),
            unsupported_operation,
            getset: b("getset_descriptor"),
            lock: b("lock"),
            rlock: b("RLock"),
            event: b("_Event"),
            semlock: b("SemLock"),
            shared_array: b("SharedArray"),
            regex: b("SRE_Pattern"),
            traceback: b("traceback"),
            frame: b("frame"),
            member: b("member_descriptor"),
            weakref: b("ReferenceType"),
            weakproxy: b("ProxyType"),
            weakcallableproxy: b("CallableProxyType"),
            not_implemented: ObjRef::new(Obj {
                payload: Payload::NotImplemented,
            }),
            ellipsis: ObjRef::new(Obj {
                payload: Payload::Ellipsis,
            }),
            null: ObjRef::new(Obj {
                payload: Payload::NotImplemented,
            }),
            not_implemented_type,
            ellipsis_type,
            iterators,
            base_exception: exceptions["BaseException"].clone(),
            exceptions,
            int,
            bool: bool_,
            object,
        };
        // The built-in types CPython does not let Python classes derive from.
        for final_type in [&types.memoryview, &types.bool, &types.slice, &types.range] {
            crate::objects::class::class_data(final_type)
                .is_final
                .set(true);
        }
        types
    }

    /// The built-in exception class `name` (an interpreter bug if it does not exist).
    pub fn exception(&self, name: &str) -> ObjRef {
        match self.exceptions.get(name) {
            Some(c) => c.clone(),
            None => self.exceptions["SystemError"].clone(),
        }
    }

    pub fn type_of_payload(&self, o: &Obj) -> ObjRef {
        self.type_of_payload_ref(o).clone()
    }

    pub fn type_of_payload_ref<'a>(&'a self, o: &'a Obj) -> &'a ObjRef {
        match &o.payload {
            Payload::Str(_) => &self.str,
            Payload::BigInt(_) => &self.int,
            Payload::Complex(_) => &self.complex,
            Payload::Bytes(_) => &self.bytes,
            Payload::ByteArray(_) => &self.bytearray,
            Payload::MemoryView(_) => &self.memoryview,
            Payload::Tuple(_) => &self.tuple,
            Payload::List(_) => &self.list,
            Payload::Dict(_) => &self.dict,
            Payload::Set(_) => &self.set,
            Payload::FrozenSet(_) => &self.frozenset,
            Payload::Range(_) => &self.range,
            Payload::Slice(..) => &self.slice,
            Payload::Function(_) => &self.function,
            Payload::BuiltinFunction(_) => &self.builtin_function,
            Payload::Method(..) => &self.method,
            Payload::Class(cd) => cd.metaclass.get().unwrap_or(&self.type_),
            Payload::Instance(i) => &i.class,
            Payload::Module(_) => &self.module,
            Payload::Code(_) => &self.code,
            Payload::Cell(_) => &self.cell,
            Payload::Generator(g) => match g.borrow().kind {
                crate::objects::function::GeneratorKind::Generator => &self.generator,
                crate::objects::function::GeneratorKind::Coroutine => &self.coroutine,
            },
            Payload::Iterator(it) => {
                let name = it.borrow().type_name();
                self.iterators.get(name).unwrap_or(&self.object)
            }
            Payload::DictView(_, kind) => match kind {
                crate::objects::iter::DictViewKind::Keys => &self.dict_keys,
                crate::objects::iter::DictViewKind::Values => &self.dict_values,
                crate::objects::iter::DictViewKind::Items => &self.dict_items,
            },
            Payload::Property(_) => &self.property,
            Payload::StaticMethod(_) => &self.staticmethod,
            Payload::ClassMethod(_) => &self.classmethod,
            Payload::Super(..) => &self.super_,
            Payload::File(f) => &f.class,
            Payload::GetSet(_) => &self.getset,
            Payload::Member(_) => &self.member,
            Payload::Lock(_) => &self.lock,
            Payload::RLock(_) => &self.rlock,
            Payload::Event(_) => &self.event,
            Payload::SemLock(_) => &self.semlock,
            Payload::SharedArray(_) => &self.shared_array,
            Payload::Regex(_) => &self.regex,
            Payload::Traceback(..) => &self.traceback,
            Payload::Frame(_) => &self.frame,
            Payload::Native(class, _) => class,
            Payload::WeakRef(w) => match w.kind {
                crate::objects::weakref::WeakKind::Ref => &self.weakref,
                crate::objects::weakref::WeakKind::Proxy => &self.weakproxy,
                crate::objects::weakref::WeakKind::CallableProxy => &self.weakcallableproxy,
            },
            Payload::NotImplemented => &self.not_implemented_type,
            Payload::Ellipsis => &self.ellipsis_type,
        }
    }
}

/// Give each built-in class its methods (each type file registers its own).
pub fn init_type_methods(vm: &mut super::Vm) {
    crate::objects::register_all(vm);
}

/// The namespace dict of a class, for registration code.
pub fn class_dict(cls: &ObjRef) -> &std::cell::RefCell<Dict> {
    match &cls.payload {
        Payload::Class(cd) => &cd.dict,
        _ => unreachable_dict(),
    }
}

#[cold]
fn unreachable_dict() -> &'static std::cell::RefCell<Dict> {
    panic!("class_dict on a non-class")
}
