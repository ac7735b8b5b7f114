//! `os` and `os.path`: process information, the environment, files and directories.

use crate::objects::{PyErr, Value};
use crate::vm::Vm;
use crate::objects::PyResult;

/// An `OSError` subclass chosen by errno, with CPython's `[Errno N] message: 'file'` text.
/// The OSError subclass CPython picks for an errno.
pub fn errno_class(errno: i32) -> &'static str {
    match errno {
        libc::ENOENT => "FileNotFoundError",
        libc::EEXIST => "FileExistsError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::EPIPE => "BrokenPipeError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ETIMEDOUT => "TimeoutError",
        libc::EINTR => "InterruptedError",
        libc::EAGAIN => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::ESRCH => "ProcessLookupError",
        _ => "OSError",
    }
}

pub fn os_error(vm: &mut Vm, e: std::io::Error, filename: Option<&str>) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let class = errno_class(errno);
    let strerror = strerror(errno, &e);
    let mut args = vec![Value::Int(errno as i64), Value::str(strerror.clone())];
    if let Some(f) = filename {
        args.push(Value::str(f));
    }
    let err = vm.new_exception_args(class, args);
    crate::vm::set_exc_attr(&err, "errno", Value::Int(errno as i64));
    crate::vm::set_exc_attr(&err, "strerror", Value::str(strerror));
    crate::vm::set_exc_attr(&err, "filename", filename.map(Value::str).unwrap_or(Value::None));
    err
}

fn strerror(errno: i32, e: &std::io::Error) -> String {
    if errno == 0 {
        return e.to_string();
    }
    // std's message is "text (os error N)": keep the text, as C's strerror gives it.
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, _d) = vm.new_module("os");
    Ok(m)
}

pub fn make_path(vm: &mut Vm) -> PyResult<Value> {
    let (m, _d) = vm.new_module("os.path");
    Ok(m)
}
