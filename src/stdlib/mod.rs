//! The standard library: one file per module, named as Python imports it. Modules written in Rust
//! are listed in `builtin_module`; modules written in gilt itself are embedded source files under
//! `src/stdlib/py/`, listed in `embedded_source`.

pub mod _collections;
pub mod _hashlib;
pub mod _multiprocessing;
pub mod _serial;
pub mod _thread;
pub mod _weakref;
pub mod binascii;
pub mod builtins;
pub mod gc;
pub mod import;
pub mod io;
pub mod math;
pub mod os;
pub mod random;
pub mod re;
pub mod sys;
pub mod time;

use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// A module implemented in Rust: a function that builds it.
pub type ModuleInit = fn(&mut Vm) -> PyResult<Value>;

pub fn builtin_module(name: &str) -> Option<ModuleInit> {
    Some(match name {
        "sys" => sys::make,
        "builtins" => builtins::make,
        "_thread" => _thread::make,
        "_weakref" => _weakref::make,
        "gc" => gc::make,
        "_multiprocessing" => _multiprocessing::make,
        "_serial" => _serial::make,
        "os" => os::make,
        "os.path" => os::make_path,
        "posixpath" => os::make_posixpath,
        "math" => math::make,
        "random" => random::make,
        "time" => time::make,
        "_sre" => re::make,
        "_io" => io::make,
        "_collections" => _collections::make,
        "binascii" => binascii::make,
        "_hashlib" => _hashlib::make,
        "_blake2" => _hashlib::make_blake2,
        _ => return None,
    })
}

/// Modules written in gilt, compiled from source embedded in the binary: the layers CPython
/// also writes in Python over a native core (`threading` over `_thread`, `queue`, ...).
pub fn embedded_source(name: &str) -> Option<&'static str> {
    Some(match name {
        "threading" => include_str!("threading.py"),
        "queue" => include_str!("queue.py"),
        "atexit" => include_str!("atexit.py"),
        "_generic_alias" => include_str!("_generic_alias.py"),
        "weakref" => include_str!("weakref.py"),
        "multiprocessing" => include_str!("multiprocessing/__init__.py"),
        "multiprocessing.process" => include_str!("multiprocessing/process.py"),
        "multiprocessing.util" => include_str!("multiprocessing/util.py"),
        "multiprocessing.synchronize" => include_str!("multiprocessing/synchronize.py"),
        "multiprocessing.connection" => include_str!("multiprocessing/connection.py"),
        "multiprocessing.queues" => include_str!("multiprocessing/queues.py"),
        "multiprocessing.sharedctypes" => include_str!("multiprocessing/sharedctypes.py"),
        "re" => include_str!("re/re.py"),
        "io" => include_str!("io/io.py"),
        "multiprocessing.pool" => include_str!("multiprocessing/pool.py"),
        "multiprocessing.managers" => include_str!("multiprocessing/managers.py"),
        // CPython's package is empty; this one imports its submodule at once because the importer
        // finds embedded submodules for `from concurrent import futures` only when already loaded.
        "concurrent" => "",
        "collections" => include_str!("collections/__init__.py"),
        "copy" => include_str!("copy.py"),
        "copyreg" => include_str!("copyreg.py"),
        "fnmatch" => include_str!("fnmatch.py"),
        "glob" => include_str!("glob.py"),
        "keyword" => include_str!("keyword.py"),
        "reprlib" => include_str!("reprlib.py"),
        "shutil" => include_str!("shutil.py"),
        "tempfile" => include_str!("tempfile.py"),
        "concurrent.futures" => include_str!("concurrent/futures.py"),
        "concurrent.futures.process" => include_str!("concurrent/process.py"),
        "errno" => include_str!("errno.py"),
        "getopt" => include_str!("getopt.py"),
        "linecache" => include_str!("linecache.py"),
        "warnings" => include_str!("warnings.py"),
        "traceback" => include_str!("traceback.py"),
        "logging" => include_str!("logging/__init__.py"),
        "logging.handlers" => include_str!("logging/handlers.py"),
        "argparse" => include_str!("argparse.py"),
        "abc" => include_str!("abc.py"),
        "_collections_abc" => include_str!("_collections_abc.py"),
        "collections.abc" => include_str!("collections/abc.py"),
        "types" => include_str!("types.py"),
        "numbers" => include_str!("numbers.py"),
        "pprint" => include_str!("pprint.py"),
        "statistics" => include_str!("statistics.py"),
        "base64" => include_str!("base64.py"),
        "hashlib" => include_str!("hashlib.py"),
        "hmac" => include_str!("hmac.py"),
        "__future__" => include_str!("__future__.py"),
        _ => return None,
    })
}
