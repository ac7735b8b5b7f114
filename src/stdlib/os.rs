//! `os` and `os.path`: process information, the environment, files and directories.
//!
//! Paths are `str` (an object with `__fspath__` is accepted; bytes paths are read as UTF-8 and
//! answered as str). `os.path` is CPython's `posixpath`, ported function by function, so edge
//! cases (`normpath('//x')`, `splitext('.bashrc')`, `join('a', '/b')`) agree. `environ` is a dict
//! snapshot of the environment taken at import; `getenv` reads that dict, `putenv` and
//! `unsetenv` change the process environment only, as in CPython. Every failing system call
//! raises through `os_error`, which picks the `OSError` subclass from errno.

use std::os::unix::fs::{DirBuilderExt, MetadataExt};

use crate::objects::{Args, Dict, ObjRef, Payload, PyErr, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

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
enum PathKind {
    /// `mkdir: path should be string, bytes or os.PathLike, not int`
    Plain,
    /// `stat: path should be string, bytes, os.PathLike or integer, not NoneType`
    OrInteger,
    /// `os.path` helpers: `expected str, bytes or os.PathLike object, not int`
    Generic,
}

/// A path argument as a `String` (str, bytes as UTF-8, or `__fspath__`).
fn path_arg(vm: &mut Vm, v: &Value, fname: &str, kind: PathKind) -> PyResult<String> {
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

fn one_path(vm: &mut Vm, args: &Args, fname: &str, kind: PathKind) -> PyResult<String> {
    args.check_count(vm, fname, 1, 1)?;
    path_arg(vm, &args.args[0], fname, kind)
}

fn str_list(items: Vec<String>) -> Value {
    Value::list(items.into_iter().map(Value::str).collect())
}

// ----- the os module ----------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("os");
    set_path_constants(vm, &d);
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
        ("listdir", listdir),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("remove", remove),
        ("unlink", remove),
        ("rename", rename),
        ("replace", rename),
        ("stat", stat),
        ("lstat", lstat),
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
    ];
    for (name, func) in functions {
        vm.add_function(&d, "os", name, *func);
    }
    let stat_fields = [
        "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
        "st_mtime", "st_ctime",
    ];
    let stat_extra = [
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ];
    let stat_result = crate::stdlib::sys::struct_sequence_class(
        vm,
        "os",
        "stat_result",
        &stat_fields,
        &stat_extra,
    )?;
    dict_set_str(&d, vm.intern("stat_result"), stat_result);
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

/// The parts of `os` CPython writes in Python too.
const OS_SOURCE: &str = r#"
def getenv(key, default=None):
    if not isinstance(key, str):
        raise TypeError("str expected, not " + type(key).__name__)
    return environ.get(key, default)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for name in names:
        if path.isdir(path.join(top, name)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for name in dirs:
            new_path = path.join(top, name)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
"#;

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

fn listdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "listdir", 0, 1)?;
    let path = match args.args.first() {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => {
            match v.payload() {
                Some(Payload::Str(_)) | Some(Payload::Bytes(_)) | Some(Payload::Instance(_)) => {
                    path_arg(vm, v, "listdir", PathKind::Plain)?
                }
                _ => {
                    let msg = format!("listdir: path should be string, bytes, os.PathLike, integer or None, not {}", vm.type_name(v));
                    return Err(vm.type_error(msg));
                }
            }
        }
    };
    let entries = match std::fs::read_dir(&path) {
        Ok(entries) => entries,
        Err(e) => return Err(os_error(vm, e, Some(&path))),
    };
    let mut names = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => names.push(entry.file_name().to_string_lossy().into_owned()),
            Err(e) => return Err(os_error(vm, e, Some(&path))),
        }
    }
    Ok(str_list(names))
}

fn mkdir(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let mode_kw = args.take_kw("mode");
    let path_kw = args.take_kw("path");
    args.no_kwargs(vm, "mkdir()")?;
    args.check_count(vm, "mkdir", 0, 2)?;
    let Some(path_value) = args.args.first().cloned().or(path_kw) else {
        return Err(vm.type_error("mkdir() missing required argument 'path' (pos 1)"));
    };
    let path = path_arg(vm, &path_value, "mkdir", PathKind::Plain)?;
    let mode = match args.args.get(1).cloned().or(mode_kw) {
        Some(v) => vm.to_index(&v)?,
        None => 0o777,
    };
    match std::fs::DirBuilder::new().mode(mode as u32).create(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn rmdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = one_path(vm, &args, "rmdir", PathKind::Plain)?;
    match std::fs::remove_dir(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let path = one_path(vm, &args, "remove", PathKind::Plain)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

/// `rename` and `replace`: both are rename(2) on POSIX.
fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "rename", 2, 2)?;
    let source = path_arg(vm, &args.args[0], "rename", PathKind::Plain)?;
    let destination = path_arg(vm, &args.args[1], "rename", PathKind::Plain)?;
    match std::fs::rename(&source, &destination) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, e, &source, &destination)),
    }
}

fn stat_result(vm: &mut Vm, meta: &std::fs::Metadata) -> PyResult<Value> {
    let module = crate::stdlib::import::import_module(vm, "os")?;
    let class = match vm
        .module_dict(&module)
        .and_then(|d| dict_get_str(&d, &vm.intern("stat_result")))
    {
        Some(c) => c,
        None => return Err(vm.runtime_error("os.stat_result is missing")),
    };
    let seconds = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let nanoseconds =
        |s: i64, ns: i64| Value::bigint(num_bigint::BigInt::from(s) * 1_000_000_000 + ns);
    let values = vec![
        Value::Int(meta.mode() as i64),
        Value::bigint(meta.ino().into()),
        Value::bigint(meta.dev().into()),
        Value::bigint(meta.nlink().into()),
        Value::Int(meta.uid() as i64),
        Value::Int(meta.gid() as i64),
        Value::bigint(meta.size().into()),
        Value::Int(meta.atime()),
        Value::Int(meta.mtime()),
        Value::Int(meta.ctime()),
        Value::float(seconds(meta.atime(), meta.atime_nsec())),
        Value::float(seconds(meta.mtime(), meta.mtime_nsec())),
        Value::float(seconds(meta.ctime(), meta.ctime_nsec())),
        nanoseconds(meta.atime(), meta.atime_nsec()),
        nanoseconds(meta.mtime(), meta.mtime_nsec()),
        nanoseconds(meta.ctime(), meta.ctime_nsec()),
        Value::bigint(meta.blksize().into()),
        Value::bigint(meta.blocks().into()),
        Value::bigint(meta.rdev().into()),
    ];
    vm.call(&class, vec![Value::tuple(values)])
}

fn stat_common(vm: &mut Vm, args: Args, fname: &str, follow: bool) -> PyResult<Value> {
    let path = one_path(vm, &args, fname, PathKind::OrInteger)?;
    let meta = if follow {
        std::fs::metadata(&path)
    } else {
        std::fs::symlink_metadata(&path)
    };
    match meta {
        Ok(meta) => stat_result(vm, &meta),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_common(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_common(vm, args, "lstat", false)
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

// ----- os.path (posixpath) ----------------------------------------------------------------------

/// The path spelling constants `os` and `os.path` both carry (`sep`, `pathsep`, `altsep`, ...).
fn set_path_constants(vm: &mut Vm, d: &ObjRef) {
    let constants = [
        ("sep", "/"),
        ("pathsep", ":"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ];
    for (name, value) in constants {
        dict_set_str(d, vm.intern(name), Value::str(value));
    }
    dict_set_str(d, vm.intern("altsep"), Value::None);
}

pub fn make_path(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("posixpath");
    set_path_constants(vm, &d);
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("exists", exists),
        ("lexists", lexists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("islink", islink),
        ("getsize", getsize),
        ("getmtime", getmtime),
        ("getatime", getatime),
        ("getctime", getctime),
        ("join", join),
        ("basename", basename),
        ("dirname", dirname),
        ("split", split),
        ("splitext", splitext),
        ("abspath", abspath),
        ("normpath", normpath),
        ("realpath", realpath),
        ("isabs", isabs),
        ("expanduser", expanduser),
        ("relpath", relpath),
        ("commonprefix", commonprefix),
    ];
    for (name, func) in functions {
        vm.add_function(&d, "posixpath", name, *func);
    }
    Ok(m)
}

/// The metadata of a path for the `os.path` predicates: `None` when the path does not exist or
/// cannot be examined (they answer False then), TypeError for a bad argument.
fn probe(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    follow: bool,
) -> PyResult<Option<std::fs::Metadata>> {
    args.check_count(vm, fname, 1, 1)?;
    let v = &args.args[0];
    if matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Ok(None);
    }
    let path = path_arg(
        vm,
        v,
        if follow { "stat" } else { "lstat" },
        PathKind::OrInteger,
    )?;
    Ok(if follow {
        std::fs::metadata(&path).ok()
    } else {
        std::fs::symlink_metadata(&path).ok()
    })
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(probe(vm, &args, "exists", true)?.is_some()))
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(probe(vm, &args, "lexists", false)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "isfile", true)?.is_some_and(|m| m.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "isdir", true)?.is_some_and(|m| m.is_dir()),
    ))
}

fn islink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "islink", false)?.is_some_and(|m| m.file_type().is_symlink()),
    ))
}

fn metadata_of(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<std::fs::Metadata> {
    let path = one_path(vm, args, fname, PathKind::OrInteger)?;
    std::fs::metadata(&path).map_err(|e| os_error(vm, e, Some(&path)))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::bigint(meta.len().into()))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9,
    ))
}

fn getatime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.atime() as f64 + meta.atime_nsec() as f64 * 1e-9,
    ))
}

fn getctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.ctime() as f64 + meta.ctime_nsec() as f64 * 1e-9,
    ))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut path = path_arg(vm, &args.args[0], "join", PathKind::Generic)?;
    for part in &args.args[1..] {
        let part = match part.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => {
                let msg = format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    vm.type_name(part)
                );
                return Err(vm.type_error(msg));
            }
        };
        path = join_two(&path, &part);
    }
    Ok(Value::str(path))
}

fn join_two(path: &str, part: &str) -> String {
    if part.starts_with('/') {
        part.to_string()
    } else if path.is_empty() || path.ends_with('/') {
        format!("{}{}", path, part)
    } else {
        format!("{}/{}", path, part)
    }
}

/// `posixpath.split`: everything up to the last slash (trailing slashes removed unless it is all
/// slashes), and the rest.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "basename", PathKind::Generic)?;
    Ok(Value::str(split_path(&p).1))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "dirname", PathKind::Generic)?;
    Ok(Value::str(split_path(&p).0))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "split", PathKind::Generic)?;
    let (head, tail) = split_path(&p);
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

/// `genericpath._splitext`: the extension starts at the last dot after the last slash, unless
/// everything before it in the name is dots (`.bashrc` has no extension).
fn split_extension(p: &str) -> (String, String) {
    let separator = p.rfind('/').map(|i| i as i64).unwrap_or(-1);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > separator {
            let name_start = (separator + 1) as usize;
            if p[name_start..dot].bytes().any(|b| b != b'.') {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
        }
    }
    (p.to_string(), String::new())
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "splitext", PathKind::Generic)?;
    let (root, ext) = split_extension(&p);
    Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "isabs", PathKind::Generic)?;
    Ok(Value::bool(p.starts_with('/')))
}

/// `posixpath.normpath`: collapse `.`, `..` and repeated slashes lexically; exactly two leading
/// slashes are kept, as POSIX allows them a meaning.
fn normalize_path(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let initial_slashes = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part != ".." || (initial_slashes == 0 && parts.is_empty()) || parts.last() == Some(&"..")
        {
            parts.push(part);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial_slashes), parts.join("/"));
    if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "normpath", PathKind::Generic)?;
    Ok(Value::str(normalize_path(&p)))
}

fn absolute(vm: &mut Vm, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normalize_path(p));
    }
    let cwd = match std::env::current_dir() {
        Ok(c) => c.to_string_lossy().into_owned(),
        Err(e) => return Err(os_error(vm, e, None)),
    };
    Ok(normalize_path(&join_two(&cwd, p)))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "abspath", PathKind::Generic)?;
    Ok(Value::str(absolute(vm, &p)?))
}

/// `posixpath._joinrealpath` (non-strict): resolve symlinks component by component; `seen` maps
/// a link to its resolution (`None` while resolving, to detect loops). Returns `(path, ok)`.
fn join_real_path(
    path: String,
    rest: &str,
    seen: &mut std::collections::HashMap<String, Option<String>>,
) -> (String, bool) {
    let mut path = path;
    let mut rest = rest;
    if let Some(stripped) = rest.strip_prefix('/') {
        rest = stripped;
        path = "/".to_string();
    }
    while !rest.is_empty() {
        let (name, remainder) = rest.split_once('/').unwrap_or((rest, ""));
        rest = remainder;
        if name.is_empty() || name == "." {
            continue;
        }
        if name == ".." {
            if path.is_empty() {
                path = "..".to_string();
            } else {
                let (head, tail) = split_path(&path);
                path = if tail == ".." {
                    join_two(&join_two(&head, ".."), "..")
                } else {
                    head
                };
            }
            continue;
        }
        let new_path = join_two(&path, name);
        let is_link =
            std::fs::symlink_metadata(&new_path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            path = new_path;
            continue;
        }
        if let Some(resolved) = seen.get(&new_path) {
            match resolved {
                Some(p) => {
                    path = p.clone();
                    continue;
                }
                None => return (join_two(&new_path, rest), false),
            }
        }
        seen.insert(new_path.clone(), None);
        let target = std::fs::read_link(&new_path)
            .map(|t| t.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (resolved, ok) = join_real_path(path, &target, seen);
        if !ok {
            return (join_two(&resolved, rest), false);
        }
        seen.insert(new_path, Some(resolved.clone()));
        path = resolved;
    }
    (path, true)
}

fn realpath(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _strict = args.take_kw("strict");
    let p = one_path(vm, &args, "realpath", PathKind::Generic)?;
    let (path, _) = join_real_path(String::new(), &p, &mut std::collections::HashMap::new());
    Ok(Value::str(absolute(vm, &path)?))
}

fn expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "expanduser", PathKind::Generic)?;
    if !p.starts_with('~') {
        return Ok(Value::str(p));
    }
    let end = p[1..].find('/').map(|i| i + 1).unwrap_or(p.len());
    let user = &p[1..end];
    let home = if user.is_empty() || std::env::var("USER").is_ok_and(|u| u == user) {
        std::env::var("HOME").ok()
    } else {
        None
    };
    let Some(home) = home else {
        return Ok(Value::str(p));
    };
    let home = home.trim_end_matches('/');
    let result = format!("{}{}", home, &p[end..]);
    Ok(Value::str(if result.is_empty() {
        "/".to_string()
    } else {
        result
    }))
}

fn relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "relpath", 1, 2)?;
    let p = path_arg(vm, &args.args[0], "relpath", PathKind::Generic)?;
    if p.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = match args.args.get(1) {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => path_arg(vm, v, "relpath", PathKind::Generic)?,
    };
    let start_abs = absolute(vm, &start)?;
    let path_abs = absolute(vm, &p)?;
    let start_parts: Vec<&str> = start_abs.split('/').filter(|x| !x.is_empty()).collect();
    let path_parts: Vec<&str> = path_abs.split('/').filter(|x| !x.is_empty()).collect();
    let common = start_parts
        .iter()
        .zip(path_parts.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<&str> = vec![".."; start_parts.len() - common];
    parts.extend(&path_parts[common..]);
    Ok(Value::str(if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }))
}

fn commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "commonprefix", 1, 1)?;
    let items = vm.collect(&args.args[0])?;
    let mut strings = Vec::with_capacity(items.len());
    for item in &items {
        strings.push(path_arg(vm, item, "commonprefix", PathKind::Generic)?);
    }
    let Some(first) = strings.first() else {
        return Ok(Value::str(""));
    };
    let mut prefix: Vec<char> = first.chars().collect();
    for s in &strings[1..] {
        let common = prefix
            .iter()
            .zip(s.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        prefix.truncate(common);
    }
    Ok(Value::str(prefix.into_iter().collect::<String>()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath_normpath() {
        assert_eq!(normalize_path("a/./b/../c"), "a/c");
        assert_eq!(normalize_path("//x/../y"), "//y");
        assert_eq!(normalize_path("///x"), "/x");
        assert_eq!(normalize_path("../../a"), "../../a");
        assert_eq!(normalize_path("/.."), "/");
        assert_eq!(normalize_path(""), ".");
    }

    #[test]
    fn posixpath_split_and_splitext() {
        assert_eq!(split_path("/x/y/z.py"), ("/x/y".into(), "z.py".into()));
        assert_eq!(split_path("//"), ("//".into(), "".into()));
        assert_eq!(split_extension(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(
            split_extension("a/b.tar.gz"),
            ("a/b.tar".into(), ".gz".into())
        );
        assert_eq!(split_extension("a.b/c"), ("a.b/c".into(), "".into()));
    }
}
