//! `os` and `os.path`: process information, the environment, files and directories.
//!
//! Paths are `str` (an object with `__fspath__` is accepted; bytes paths are read as UTF-8 and
//! answered as str). This file holds errors, argument conversion, processes and the
//! environment; `fs.rs` the calls on files and directories; `path.rs` (with `path.py`)
//! `os.path`, which is CPython's `posixpath`; `os.py` what CPython writes in Python too
//! (`makedirs`, `walk`, `scandir`, ...). `environ` is a dict snapshot of the environment taken
//! at import; `getenv` reads that dict, `putenv` and `unsetenv` change the process environment
//! only, as in CPython. Every failing system call raises through `os_error`, which picks the
//! `OSError` subclass from errno.

mod fs;
mod path;

pub use path::{make_path, make_posixpath};

use crate::objects::{Args, Dict, Payload, PyErr, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

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
    // As OSError(errno, strerror, filename): args keeps two values; the file is an attribute.
    let args = vec![Value::Int(errno as i64), Value::str(strerror.clone())];
    let err = vm.new_exception_args(class, args);
    crate::vm::set_exc_attr(&err, "errno", Value::Int(errno as i64));
    crate::vm::set_exc_attr(&err, "strerror", Value::str(strerror));
    crate::vm::set_exc_attr(
        &err,
        "filename",
        filename.map(Value::str).unwrap_or(Value::None),
    );
    crate::vm::set_exc_attr(&err, "filename2", Value::None);
    err
}

/// An `OSError` for a call on two paths (`rename`): CPython's `OSError(errno, strerror, src,
/// None, dst)`, whose text is `[Errno N] message: 'src' -> 'dst'`.
pub fn os_error2(vm: &mut Vm, e: std::io::Error, source: &str, destination: &str) -> PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    let single = os_error(vm, e, Some(source));
    let class = vm.type_of(&Value::Obj(single.0.clone()));
    let class_name = crate::objects::class::class_data(&class).name.clone();
    let strerror = match &single.0.payload {
        Payload::Instance(inst) => inst
            .get_attr(&Value::str("strerror"))
            .unwrap_or(Value::None),
        _ => Value::None,
    };
    let args = vec![Value::Int(errno as i64), strerror.clone()];
    let err = vm.new_exception_args(&class_name, args);
    crate::vm::set_exc_attr(&err, "errno", Value::Int(errno as i64));
    crate::vm::set_exc_attr(&err, "strerror", strerror);
    crate::vm::set_exc_attr(&err, "filename", Value::str(source));
    crate::vm::set_exc_attr(&err, "filename2", Value::str(destination));
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

// ----- arguments --------------------------------------------------------------------------------

/// Which wording CPython's path converter uses in its TypeError.
#[derive(Clone, Copy)]
pub(super) enum PathKind {
    /// `mkdir: path should be string, bytes or os.PathLike, not int`
    Plain,
    /// `stat: path should be string, bytes, os.PathLike or integer, not NoneType`
    OrInteger,
    /// `os.path` helpers: `expected str, bytes or os.PathLike object, not int`
    Generic,
}

/// A path argument as a `String` (str, bytes as UTF-8, or `__fspath__`).
pub(super) fn path_arg(vm: &mut Vm, v: &Value, fname: &str, kind: PathKind) -> PyResult<String> {
    match v.payload() {
        Some(Payload::Str(s)) => return Ok(s.as_str().to_string()),
        Some(Payload::Bytes(b)) => return Ok(String::from_utf8_lossy(b).into_owned()),
        Some(Payload::Instance(_)) => {
            let name = vm.intern("__fspath__");
            if let Some(r) = vm.call_special(v, &name, vec![])? {
                return path_arg(vm, &r, fname, kind);
            }
        }
        _ => {}
    }
    let type_name = vm.type_name(v);
    let msg = match kind {
        PathKind::Plain => format!(
            "{}: path should be string, bytes or os.PathLike, not {}",
            fname, type_name
        ),
        PathKind::OrInteger => format!(
            "{}: path should be string, bytes, os.PathLike or integer, not {}",
            fname, type_name
        ),
        PathKind::Generic => format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name
        ),
    };
    Err(vm.type_error(msg))
}

pub(super) fn one_path(vm: &mut Vm, args: &Args, fname: &str, kind: PathKind) -> PyResult<String> {
    args.check_count(vm, fname, 1, 1)?;
    path_arg(vm, &args.args[0], fname, kind)
}

pub(super) fn str_list(items: Vec<String>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

// ----- the os module ----------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("os");
    path::set_path_constants(vm, &d);
    dict_set_str(&d, vm.intern("name"), Value::str("posix"));
    dict_set_str(&d, vm.intern("linesep"), Value::str("\n"));
    let mut environ = Dict::new();
    for (key, value) in std::env::vars_os() {
        let key = Value::str(key.to_string_lossy().into_owned());
        let value = Value::str(value.to_string_lossy().into_owned());
        let hash = vm.hash(&key)?;
        environ.set_builtin(hash, key, value);
    }
    dict_set_str(&d, vm.intern("environ"), Value::dict(environ));
    let os_error_class = Value::Obj(vm.types().exception("OSError"));
    dict_set_str(&d, vm.intern("error"), os_error_class);
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("getcwd", getcwd),
        ("chdir", chdir),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
        ("putenv", putenv),
        ("unsetenv", unsetenv),
        ("fspath", fspath),
        ("pipe", pipe),
        ("read", read),
        ("write", write),
        ("close", close),
        ("fork", fork),
        ("waitpid", waitpid),
        ("waitstatus_to_exitcode", waitstatus_to_exitcode),
        ("WIFEXITED", wifexited),
        ("WEXITSTATUS", wexitstatus),
        ("WIFSIGNALED", wifsignaled),
        ("WTERMSIG", wtermsig),
        ("kill", kill),
        ("_exit", exit_now),
        ("register_at_fork", register_at_fork),
        ("getuid", getuid),
        ("geteuid", geteuid),
        ("getgid", getgid),
        ("getegid", getegid),
        ("uname", uname),
        ("strerror", strerror_fn),
    ];
    for (name, func) in functions.iter().chain(fs::FUNCTIONS) {
        vm.add_function(&d, "os", name, *func);
    }
    fs::add_constants(vm, &d)?;
    let uname_result = crate::stdlib::sys::struct_sequence_class(
        vm,
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        &[],
    )?;
    dict_set_str(&d, vm.intern("uname_result"), uname_result);
    dict_set_str(&d, vm.intern("WNOHANG"), Value::Int(libc::WNOHANG as i64));
    for (name, value) in [
        ("_fork_before", Value::list(vec![])),
        ("_fork_after_in_child", Value::list(vec![])),
        ("_fork_after_in_parent", Value::list(vec![])),
    ] {
        dict_set_str(&d, vm.intern(name), value);
    }
    let path = crate::stdlib::import::import_module(vm, "os.path")?;
    dict_set_str(&d, vm.intern("path"), path);
    crate::stdlib::import::exec_module_source(vm, OS_SOURCE, "<gilt:os>", &d)?;
    Ok(m)
}

const OS_SOURCE: &str = include_str!("os.py");

/// A file descriptor argument: an int that fits a C int (CPython's `_PyLong_FileDescriptor`
/// messages).
pub(crate) fn fd_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let n = vm.to_index(v)?;
    i32::try_from(n).map_err(|_| vm.overflow_error("Python int too large to convert to C int"))
}

/// A byte count for `read`: CPython's `ssize_t` conversion.
fn length_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let n = match v.payload() {
        Some(Payload::BigInt(_)) => {
            return Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => vm.to_index(v)?,
    };
    if n < 0 {
        return Err(os_error(
            vm,
            std::io::Error::from_raw_os_error(libc::EINVAL),
            None,
        ));
    }
    Ok(n as usize)
}

/// Retry a system call interrupted by a signal, as PEP 475 has CPython do.
pub(crate) fn retry_interrupted(mut call: impl FnMut() -> isize) -> std::io::Result<isize> {
    loop {
        let r = call();
        if r >= 0 {
            return Ok(r);
        }
        let e = std::io::Error::last_os_error();
        if e.raw_os_error() != Some(libc::EINTR) {
            return Err(e);
        }
    }
}

/// `os.pipe()`: both ends close on exec, as CPython makes them (non-inheritable).
fn pipe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "pipe", 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid array of two ints for the kernel to fill.
    let r = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
    if r < 0 {
        return Err(os_error(vm, std::io::Error::last_os_error(), None));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// `os.read(fd, n)`: blocking IO, so the GIL is released while the call waits.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "read")?;
    args.check_count(vm, "read", 2, 2)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let length = length_arg(vm, &args.args[1])?;
    let result = vm.allow_threads(crate::runtime::gil::BlockReason::Io, move || {
        let mut buffer = vec![0u8; length];
        retry_interrupted(|| {
            // SAFETY: `buffer` is valid for `length` bytes of writing.
            unsafe { libc::read(fd, buffer.as_mut_ptr().cast(), length) as isize }
        })
        .map(|n| {
            buffer.truncate(n as usize);
            buffer
        })
    });
    match result {
        Ok(bytes) => Ok(Value::obj(Payload::Bytes(bytes))),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `os.write(fd, data)`: returns how many bytes went out; the GIL is released while it waits.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "write")?;
    args.check_count(vm, "write", 2, 2)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let data = match crate::objects::buffer::bytes_like(vm, &args.args[1])? {
        Some(b) => b.into_owned(),
        None => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(&args.args[1])
            );
            return Err(vm.type_error(msg));
        }
    };
    let result = vm.allow_threads(crate::runtime::gil::BlockReason::Io, move || {
        retry_interrupted(|| {
            // SAFETY: `data` is valid for `data.len()` bytes of reading.
            unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) as isize }
        })
    });
    match result {
        Ok(n) => Ok(Value::Int(n as i64)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "close", 1, 1)?;
    let fd = fd_arg(vm, &args.args[0])?;
    // A descriptor gilt's own files use would be closed under them, as in CPython, and report
    // EBADF on their next use.
    // SAFETY: closing a descriptor number touches no memory.
    if unsafe { libc::close(fd) } < 0 {
        return Err(os_error(vm, std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

/// `os.fork()`: the hooks of `register_at_fork` and `threading`'s reset run around it, as in
/// CPython.
fn fork(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "fork", 0, 0)?;
    run_fork_hooks(vm, "_fork_before", true);
    let pid = match crate::runtime::fork::fork(vm) {
        Ok(pid) => pid,
        Err(e) => return Err(os_error(vm, e, None)),
    };
    if pid == 0 {
        let key = vm.intern("threading");
        if let Some(threading) = dict_get_str(&vm.interp.modules, &key) {
            if let Err(e) = vm.call_method(&threading, "_after_fork", vec![]) {
                let text = vm.format_exception(&e.0);
                crate::stdlib::io::write_stderr(&format!(
                    "Exception ignored in: <function _after_fork>\n{}",
                    text
                ));
            }
        }
        run_fork_hooks(vm, "_fork_after_in_child", false);
    } else {
        run_fork_hooks(vm, "_fork_after_in_parent", false);
    }
    Ok(Value::Int(pid))
}

/// Call the hooks `register_at_fork` kept under `list_name` (the `before` ones last registered
/// first); an exception in one is reported and ignored, as CPython does.
fn run_fork_hooks(vm: &mut Vm, list_name: &str, reversed: bool) {
    let Some(os) = dict_get_str(&vm.interp.modules, &vm.intern("os")) else {
        return;
    };
    let Some(dict) = vm.module_dict(&os) else {
        return;
    };
    let Some(list) = dict_get_str(&dict, &vm.intern(list_name)) else {
        return;
    };
    let mut hooks = match list.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => return,
    };
    if reversed {
        hooks.reverse();
    }
    for hook in hooks {
        if let Err(e) = vm.call(&hook, vec![]) {
            let what = vm.repr(&hook).unwrap_or_default();
            let text = vm.format_exception(&e.0);
            crate::stdlib::io::write_stderr(&format!("Exception ignored in: {}\n{}", what, text));
        }
    }
}

fn register_at_fork(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.args.is_empty() {
        return Err(vm.type_error("register_at_fork() takes no positional arguments"));
    }
    let hooks = [
        ("before", "_fork_before"),
        ("after_in_child", "_fork_after_in_child"),
        ("after_in_parent", "_fork_after_in_parent"),
    ];
    let mut given = Vec::new();
    for (keyword, list_name) in hooks {
        if let Some(hook) = args.take_kw(keyword) {
            if !crate::stdlib::builtins::is_callable(vm, &hook) {
                let msg = format!(
                    "'{}' must be callable, not {}",
                    keyword,
                    vm.type_name(&hook)
                );
                return Err(vm.type_error(msg));
            }
            given.push((list_name, hook));
        }
    }
    args.no_kwargs(vm, "register_at_fork")?;
    if given.is_empty() {
        return Err(vm.type_error("At least one argument is required."));
    }
    let Some(os) = dict_get_str(&vm.interp.modules, &vm.intern("os")) else {
        return Ok(Value::None);
    };
    let dict = vm.module_dict(&os);
    for (list_name, hook) in given {
        let list = dict
            .as_ref()
            .and_then(|d| dict_get_str(d, &vm.intern(list_name)));
        if let Some(Payload::List(l)) = list.as_ref().and_then(|l| l.payload()) {
            l.borrow_mut().push(hook);
        }
    }
    Ok(Value::None)
}

/// `os.waitpid(pid, options)`: waiting for a child is blocking, so the GIL is released.
fn waitpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "waitpid")?;
    args.check_count(vm, "waitpid", 2, 2)?;
    let pid = fd_arg(vm, &args.args[0])?;
    let options = fd_arg(vm, &args.args[1])?;
    let result = vm.allow_threads(crate::runtime::gil::BlockReason::Process, move || {
        let mut status: libc::c_int = 0;
        retry_interrupted(|| {
            // SAFETY: `status` is a valid int for the kernel to fill.
            unsafe { libc::waitpid(pid, &mut status, options) as isize }
        })
        .map(|child| (child, status))
    });
    match result {
        Ok((child, status)) => Ok(Value::tuple(vec![
            Value::Int(child as i64),
            Value::Int(status as i64),
        ])),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn status_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i32> {
    args.check_count(vm, name, 1, 1)?;
    fd_arg(vm, &args.args[0])
}

/// The exit code a status stands for: the code, or minus the signal that killed the child.
fn waitstatus_to_exitcode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = status_arg(vm, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(status) {
        return Ok(Value::Int(libc::WEXITSTATUS(status) as i64));
    }
    if libc::WIFSIGNALED(status) {
        return Ok(Value::Int(-(libc::WTERMSIG(status) as i64)));
    }
    Err(vm.value_error(format!("invalid wait status: {}", status)))
}

fn wifexited(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = status_arg(vm, &args, "WIFEXITED")?;
    Ok(Value::bool(libc::WIFEXITED(status)))
}

fn wexitstatus(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = status_arg(vm, &args, "WEXITSTATUS")?;
    Ok(Value::Int(libc::WEXITSTATUS(status) as i64))
}

fn wifsignaled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = status_arg(vm, &args, "WIFSIGNALED")?;
    Ok(Value::bool(libc::WIFSIGNALED(status)))
}

fn wtermsig(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let status = status_arg(vm, &args, "WTERMSIG")?;
    Ok(Value::Int(libc::WTERMSIG(status) as i64))
}

fn kill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "kill", 2, 2)?;
    let pid = fd_arg(vm, &args.args[0])?;
    let signal = fd_arg(vm, &args.args[1])?;
    // SAFETY: kill(2) touches no memory of this process.
    if unsafe { libc::kill(pid, signal) } < 0 {
        return Err(os_error(vm, std::io::Error::last_os_error(), None));
    }
    Ok(Value::None)
}

/// `os._exit(n)`: leave at once, flushing nothing and running no finalizer, as CPython does
/// (`multiprocessing` flushes the streams itself before calling it in a child).
fn exit_now(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_exit", 1, 1)?;
    let code = fd_arg(vm, &args.args[0])?;
    // SAFETY: _exit(2) ends the process without running any code of it.
    unsafe { libc::_exit(code) }
}

fn getpid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getpid", 0, 0)?;
    Ok(Value::Int(crate::runtime::fork::current_pid() as i64))
}

fn getppid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getppid", 0, 0)?;
    Ok(Value::Int(std::os::unix::process::parent_id() as i64))
}

fn getcwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => Ok(Value::str(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

fn chdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = one_path(vm, &args, "chdir", PathKind::OrInteger)?;
    match std::env::set_current_dir(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn cpu_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "cpu_count", 0, 0)?;
    // SAFETY: sysconf only reads a configuration value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n > 0 {
        Value::Int(n as i64)
    } else {
        Value::None
    })
}

fn urandom(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "urandom", 1, 1)?;
    let n = vm.to_index(&args.args[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    match crate::stdlib::random::os_random_bytes(n as usize) {
        Some(bytes) => Ok(Value::obj(Payload::Bytes(bytes))),
        None => Err(vm.new_exception("OSError", "cannot read /dev/urandom")),
    }
}

fn env_string(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v.as_str() {
        Some(s) if !s.is_empty() && !s.contains('=') && !s.contains('\0') => Ok(s.to_string()),
        Some(_) => Err(vm.value_error("illegal environment variable name")),
        None => {
            let msg = format!("str expected, not {}", vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

fn putenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "putenv", 2, 2)?;
    let key = env_string(vm, &args.args[0])?;
    let Some(value) = args.args[1].as_str().map(String::from) else {
        let msg = format!("str expected, not {}", vm.type_name(&args.args[1]));
        return Err(vm.type_error(msg));
    };
    if value.contains('\0') {
        return Err(vm.value_error("embedded null byte"));
    }
    std::env::set_var(key, value);
    Ok(Value::None)
}

fn unsetenv(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "unsetenv", 1, 1)?;
    let key = env_string(vm, &args.args[0])?;
    std::env::remove_var(key);
    Ok(Value::None)
}

fn fspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "fspath", 1, 1)?;
    let v = &args.args[0];
    if matches!(v.payload(), Some(Payload::Str(_)) | Some(Payload::Bytes(_))) {
        return Ok(v.clone());
    }
    let name = vm.intern("__fspath__");
    if let Some(r) = vm.call_special(v, &name, vec![])? {
        return Ok(r);
    }
    let msg = format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

fn id_query(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    query: unsafe extern "C" fn() -> u32,
) -> PyResult<Value> {
    args.check_count(vm, fname, 0, 0)?;
    // SAFETY: the get*id calls cannot fail and touch no memory.
    Ok(Value::Int(unsafe { query() } as i64))
}

fn getuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    id_query(vm, &args, "getuid", libc::getuid)
}

fn geteuid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    id_query(vm, &args, "geteuid", libc::geteuid)
}

fn getgid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    id_query(vm, &args, "getgid", libc::getgid)
}

fn getegid(vm: &mut Vm, args: Args) -> PyResult<Value> {
    id_query(vm, &args, "getegid", libc::getegid)
}

/// A NUL-terminated C char array as a string.
fn c_chars(chars: &[libc::c_char]) -> String {
    let bytes: Vec<u8> = chars
        .iter()
        .take_while(|c| **c != 0)
        .map(|c| *c as u8)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// `os.uname()`: `posix.uname_result(sysname, nodename, release, version, machine)`.
fn uname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "uname", 0, 0)?;
    // SAFETY: an all-zero utsname is a valid value of this plain C struct.
    let mut names: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `names` is a valid utsname for the kernel to fill.
    if unsafe { libc::uname(&mut names) } < 0 {
        return Err(os_error(vm, std::io::Error::last_os_error(), None));
    }
    let fields = [
        &names.sysname[..],
        &names.nodename[..],
        &names.release[..],
        &names.version[..],
        &names.machine[..],
    ]
    .iter()
    .map(|f| Value::str(c_chars(f)))
    .collect();
    let module = crate::stdlib::import::import_module(vm, "os")?;
    let class = vm
        .module_dict(&module)
        .and_then(|d| dict_get_str(&d, &vm.intern("uname_result")));
    match class {
        Some(class) => vm.call(&class, vec![Value::tuple(fields)]),
        None => Err(vm.runtime_error("os.uname_result is missing")),
    }
}

/// `os.strerror(code)`: C's message for an errno.
fn strerror_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "strerror", 1, 1)?;
    let code = fd_arg(vm, &args.args[0])?;
    let e = std::io::Error::from_raw_os_error(code);
    Ok(Value::str(strerror(code, &e)))
}
