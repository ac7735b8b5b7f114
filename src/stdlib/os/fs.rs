//! `os` calls on files and directories: listing, creating, removing, renaming, `stat`, the raw
//! descriptor calls (`open`, `lseek`, `fstat`, ...), permissions and times, links, `statvfs` and
//! `get_terminal_size`.
//!
//! Every path goes to the kernel as a C string (a NUL inside is CPython's `ValueError: embedded
//! null byte`), and every failure raises through `os_error` with the path(s) CPython names.
//! `dir_fd` is accepted only as `None` (gilt has no `*at` support yet: CPython's
//! `NotImplementedError` otherwise); descriptors gilt opens close on exec, as CPython's do.

use std::ffi::CString;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};

use super::{one_path, os_error, os_error2, path_arg, str_list, PathKind};
use crate::objects::class::NativeFn;
use crate::objects::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::{dict_get_str, dict_set_str, Vm};

/// The functions of this file, as `os` lists them.
pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("listdir", listdir),
    ("mkdir", mkdir),
    ("rmdir", rmdir),
    ("remove", remove),
    ("unlink", unlink),
    ("rename", rename),
    ("replace", replace),
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("open", open),
    ("lseek", lseek),
    ("fsync", fsync),
    ("ftruncate", ftruncate),
    ("truncate", truncate),
    ("isatty", isatty),
    ("dup", dup),
    ("chmod", chmod),
    ("utime", utime),
    ("access", access),
    ("umask", umask),
    ("symlink", symlink),
    ("readlink", readlink),
    ("link", link),
    ("statvfs", statvfs),
    ("get_terminal_size", get_terminal_size),
];

/// The flag constants of `open`, `lseek` and `access`, and the result classes of this file.
pub(super) fn add_constants(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    let constants: &[(&str, i64)] = &[
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("SEEK_SET", libc::SEEK_SET as i64),
        ("SEEK_CUR", libc::SEEK_CUR as i64),
        ("SEEK_END", libc::SEEK_END as i64),
        ("TMP_MAX", 238328),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
    ];
    for (name, value) in constants {
        dict_set_str(d, vm.intern(name), Value::Int(*value));
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
    let sequences: [(&str, &[&str], &[&str]); 3] = [
        ("stat_result", &stat_fields, &stat_extra),
        (
            "statvfs_result",
            &[
                "f_bsize",
                "f_frsize",
                "f_blocks",
                "f_bfree",
                "f_bavail",
                "f_files",
                "f_ffree",
                "f_favail",
                "f_flag",
                "f_namemax",
            ],
            &["f_fsid"],
        ),
        ("terminal_size", &["columns", "lines"], &[]),
    ];
    for (name, fields, extra) in sequences {
        let class = crate::stdlib::sys::struct_sequence_class(vm, "os", name, fields, extra)?;
        dict_set_str(d, vm.intern(name), class);
    }
    Ok(())
}

// ----- arguments --------------------------------------------------------------------------------

/// A path as the kernel takes it.
fn c_path(vm: &mut Vm, path: &str) -> PyResult<CString> {
    CString::new(path).map_err(|_| vm.value_error("embedded null byte"))
}

/// `dir_fd=` is accepted only as None: gilt has no `*at` calls for it yet.
fn take_dir_fd(vm: &mut Vm, args: &mut Args, fname: &str) -> PyResult<()> {
    for keyword in ["dir_fd", "src_dir_fd", "dst_dir_fd"] {
        if let Some(v) = args.take_kw(keyword) {
            if !v.is_none() {
                let msg = format!("{}: {} unavailable on this platform", fname, keyword);
                return Err(vm.new_exception("NotImplementedError", msg));
            }
        }
    }
    Ok(())
}

/// `follow_symlinks=` (default True), read as a truth value.
fn take_follow(vm: &mut Vm, args: &mut Args) -> PyResult<bool> {
    match args.take_kw("follow_symlinks") {
        Some(v) => vm.truthy(&v),
        None => Ok(true),
    }
}

/// The positional-or-keyword arguments `names` of a call, in order; missing ones are None.
/// Extra positionals or unknown keywords raise CPython's TypeError for `fname`.
fn bind(
    vm: &mut Vm,
    mut args: Args,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.args.len() > names.len() {
        let msg = format!(
            "{}() takes at most {} argument{} ({} given)",
            fname,
            names.len(),
            crate::objects::plural(names.len()),
            args.args.len()
        );
        return Err(vm.type_error(msg));
    }
    let mut values: Vec<Option<Value>> = args.args.drain(..).map(Some).collect();
    values.resize(names.len(), None);
    for (i, name) in names.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if values[i].is_some() {
                let msg = format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    name,
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            values[i] = Some(v);
        }
    }
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "{}() got an unexpected keyword argument '{}'",
            fname,
            k.as_str().unwrap_or("?")
        );
        return Err(vm.type_error(msg));
    }
    for (i, name) in names.iter().enumerate().take(required) {
        if values[i].is_none() {
            let msg = format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                name,
                i + 1
            );
            return Err(vm.type_error(msg));
        }
    }
    Ok(values)
}

/// An int argument that fits a C int.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    super::fd_arg(vm, v)
}

/// The error of the last failed libc call, raised for `path`.
fn last_error(vm: &mut Vm, path: Option<&str>) -> crate::objects::PyErr {
    os_error(vm, std::io::Error::last_os_error(), path)
}

/// A path or an open descriptor, as `stat`, `chmod`, `utime` and `statvfs` take.
enum Target {
    Path(String),
    Fd(i32),
}

fn path_or_fd(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<Target> {
    match v {
        Value::Int(_) | Value::Bool(_) => Ok(Target::Fd(c_int(vm, v)?)),
        _ => Ok(Target::Path(path_arg(vm, v, fname, PathKind::OrInteger)?)),
    }
}

// ----- directories ------------------------------------------------------------------------------

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
    take_dir_fd(vm, &mut args, "mkdir")?;
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

fn rmdir(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "rmdir")?;
    let path = one_path(vm, &args, "rmdir", PathKind::Plain)?;
    match std::fs::remove_dir(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_named(vm, args, "remove")
}

fn unlink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_named(vm, args, "unlink")
}

fn remove_named(vm: &mut Vm, mut args: Args, fname: &str) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, fname)?;
    let path = one_path(vm, &args, fname, PathKind::Plain)?;
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn rename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_named(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rename_named(vm, args, "replace")
}

/// `rename` and `replace`: both are rename(2) on POSIX.
fn rename_named(vm: &mut Vm, mut args: Args, fname: &str) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, fname)?;
    let values = bind(vm, args, fname, &["src", "dst"], 2)?;
    let (Some(src), Some(dst)) = (&values[0], &values[1]) else {
        return Err(vm.type_error(format!("{}() missing required argument", fname)));
    };
    let source = path_arg(vm, src, fname, PathKind::Plain)?;
    let destination = path_arg(vm, dst, fname, PathKind::Plain)?;
    match std::fs::rename(&source, &destination) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, e, &source, &destination)),
    }
}

pub(super) fn stat_result(vm: &mut Vm, meta: &std::fs::Metadata) -> PyResult<Value> {
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

/// The metadata of an open descriptor, without taking ownership of it.
fn fd_metadata(fd: i32) -> std::io::Result<std::fs::Metadata> {
    use std::os::fd::FromRawFd;
    // SAFETY: the File is never dropped (ManuallyDrop), so the descriptor it borrows stays open
    // and owned by whoever opened it; fstat(2) on a bad number only reports EBADF.
    let file = std::mem::ManuallyDrop::new(unsafe { std::fs::File::from_raw_fd(fd) });
    file.metadata()
}

fn stat_named(vm: &mut Vm, mut args: Args, fname: &str, lstat: bool) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, fname)?;
    let follow = if lstat {
        false
    } else {
        take_follow(vm, &mut args)?
    };
    let values = bind(vm, args, fname, &["path"], 1)?;
    let Some(path) = &values[0] else {
        return Err(vm.type_error(format!("{}() missing required argument", fname)));
    };
    match path_or_fd(vm, path, fname)? {
        Target::Fd(fd) => {
            if !follow {
                let msg = format!("{}: cannot use fd and follow_symlinks together", fname);
                return Err(vm.value_error(msg));
            }
            match fd_metadata(fd) {
                Ok(meta) => stat_result(vm, &meta),
                Err(e) => Err(os_error(vm, e, None)),
            }
        }
        Target::Path(path) => {
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
    }
}

fn stat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_named(vm, args, "stat", false)
}

fn lstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_named(vm, args, "lstat", true)
}

fn fstat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = bind(vm, args, "fstat", &["fd"], 1)?;
    let fd = c_int(vm, values[0].as_ref().unwrap_or(&Value::None))?;
    match fd_metadata(fd) {
        Ok(meta) => stat_result(vm, &meta),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

// ----- descriptors ------------------------------------------------------------------------------

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`: the descriptor closes on exec.
fn open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "open")?;
    let values = bind(vm, args, "open", &["path", "flags", "mode"], 2)?;
    let path = path_arg(
        vm,
        values[0].as_ref().unwrap_or(&Value::None),
        "open",
        PathKind::Plain,
    )?;
    let flags = c_int(vm, values[1].as_ref().unwrap_or(&Value::None))?;
    let mode = match &values[2] {
        Some(v) => c_int(vm, v)?,
        None => 0o777,
    };
    let c = c_path(vm, &path)?;
    let result = super::retry_interrupted(|| {
        // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
        unsafe { libc::open(c.as_ptr(), flags | libc::O_CLOEXEC, mode as libc::c_uint) as isize }
    });
    match result {
        Ok(fd) => Ok(Value::Int(fd as i64)),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

fn lseek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "lseek")?;
    args.check_count(vm, "lseek", 3, 3)?;
    let fd = c_int(vm, &args.args[0])?;
    let position = vm.to_index(&args.args[1])?;
    let how = c_int(vm, &args.args[2])?;
    // SAFETY: lseek(2) touches no memory of this process.
    let r = unsafe { libc::lseek(fd, position as libc::off_t, how) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

fn fsync(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = bind(vm, args, "fsync", &["fd"], 1)?;
    let target = values[0].clone().unwrap_or(Value::None);
    let fd = match target {
        Value::Int(_) | Value::Bool(_) => c_int(vm, &target)?,
        _ => {
            // A file object: its fileno(), as CPython's PyObject_AsFileDescriptor.
            let n = vm.call_method(&target, "fileno", vec![])?;
            c_int(vm, &n)?
        }
    };
    // SAFETY: fsync(2) touches no memory of this process.
    if unsafe { libc::fsync(fd) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

fn ftruncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "ftruncate")?;
    args.check_count(vm, "ftruncate", 2, 2)?;
    let fd = c_int(vm, &args.args[0])?;
    let length = vm.to_index(&args.args[1])?;
    // SAFETY: ftruncate(2) touches no memory of this process.
    if unsafe { libc::ftruncate(fd, length as libc::off_t) } < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::None)
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = bind(vm, args, "truncate", &["path", "length"], 2)?;
    let target = values[0].clone().unwrap_or(Value::None);
    let length = vm.to_index(values[1].as_ref().unwrap_or(&Value::None))?;
    match path_or_fd(vm, &target, "truncate")? {
        Target::Fd(fd) => {
            // SAFETY: ftruncate(2) touches no memory of this process.
            if unsafe { libc::ftruncate(fd, length as libc::off_t) } < 0 {
                return Err(last_error(vm, None));
            }
        }
        Target::Path(path) => {
            let c = c_path(vm, &path)?;
            // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
            if unsafe { libc::truncate(c.as_ptr(), length as libc::off_t) } < 0 {
                return Err(last_error(vm, Some(&path)));
            }
        }
    }
    Ok(Value::None)
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "isatty", 1, 1)?;
    let fd = c_int(vm, &args.args[0])?;
    // SAFETY: isatty(3) touches no memory of this process.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

/// `os.dup(fd)`: the copy is non-inheritable, as in CPython.
fn dup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "dup", 1, 1)?;
    let fd = c_int(vm, &args.args[0])?;
    // SAFETY: fcntl(2) with F_DUPFD_CLOEXEC touches no memory of this process.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    if r < 0 {
        return Err(last_error(vm, None));
    }
    Ok(Value::Int(r as i64))
}

// ----- permissions and times --------------------------------------------------------------------

fn chmod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "chmod")?;
    let follow = take_follow(vm, &mut args)?;
    let values = bind(vm, args, "chmod", &["path", "mode"], 2)?;
    let target = values[0].clone().unwrap_or(Value::None);
    let mode = c_int(vm, values[1].as_ref().unwrap_or(&Value::None))? as libc::mode_t;
    match path_or_fd(vm, &target, "chmod")? {
        Target::Fd(fd) => {
            // SAFETY: fchmod(2) touches no memory of this process.
            if unsafe { libc::fchmod(fd, mode) } < 0 {
                return Err(last_error(vm, None));
            }
        }
        Target::Path(path) => {
            if !follow {
                // Linux cannot change a link's own mode: CPython says so this way.
                return Err(vm.new_exception(
                    "NotImplementedError",
                    "chmod: follow_symlinks unavailable on this platform",
                ));
            }
            let c = c_path(vm, &path)?;
            // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
            if unsafe { libc::chmod(c.as_ptr(), mode) } < 0 {
                return Err(last_error(vm, Some(&path)));
            }
        }
    }
    Ok(Value::None)
}

/// An int argument as i64, big ones refused with CPython's OverflowError.
fn int_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(b.get() as i64),
        _ => match v.payload() {
            Some(Payload::BigInt(n)) => num_traits::ToPrimitive::to_i64(n)
                .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long")),
            _ => vm.to_index(v),
        },
    }
}

/// Seconds (int or float) as a timespec, rounded toward minus infinity as CPython's `utime`.
fn seconds_timespec(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    if let Value::Float(f) = v {
        let f = f.get();
        if !f.is_finite() {
            return Err(vm.value_error("Invalid value NaN (not a number)"));
        }
        let mut seconds = f.floor();
        let mut nanos = ((f - seconds) * 1e9).floor();
        if nanos >= 1e9 {
            nanos -= 1e9;
            seconds += 1.0;
        }
        return Ok(libc::timespec {
            tv_sec: seconds as libc::time_t,
            tv_nsec: nanos as libc::c_long,
        });
    }
    let seconds = int_i64(vm, v)?;
    Ok(libc::timespec {
        tv_sec: seconds as libc::time_t,
        tv_nsec: 0,
    })
}

/// Nanoseconds (an int) as a timespec.
fn nanos_timespec(vm: &mut Vm, v: &Value) -> PyResult<libc::timespec> {
    let big = match v.payload() {
        Some(Payload::BigInt(n)) => n.clone(),
        _ => num_bigint::BigInt::from(int_i64(vm, v)?),
    };
    let billion = num_bigint::BigInt::from(1_000_000_000);
    let (seconds, nanos) = num_integer::Integer::div_mod_floor(&big, &billion);
    let seconds = num_traits::ToPrimitive::to_i64(&seconds)
        .ok_or_else(|| vm.overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    let nanos = num_traits::ToPrimitive::to_i64(&nanos).unwrap_or(0);
    Ok(libc::timespec {
        tv_sec: seconds as libc::time_t,
        tv_nsec: nanos as libc::c_long,
    })
}

/// A pair of values, for `utime`'s `times` and `ns`.
fn pair(v: &Value) -> Option<(Value, Value)> {
    match v.payload() {
        Some(Payload::Tuple(items)) if items.len() == 2 => {
            Some((items[0].clone(), items[1].clone()))
        }
        _ => None,
    }
}

/// `os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn utime(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "utime")?;
    let follow = take_follow(vm, &mut args)?;
    let ns = args.take_kw("ns");
    let values = bind(vm, args, "utime", &["path", "times"], 1)?;
    let target = values[0].clone().unwrap_or(Value::None);
    let times = values[1].clone().filter(|t| !t.is_none());
    let spec = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"))
        }
        (Some(times), None) => {
            let Some((a, m)) = pair(&times) else {
                return Err(
                    vm.type_error("utime: 'times' must be either a tuple of two ints or None")
                );
            };
            Some([seconds_timespec(vm, &a)?, seconds_timespec(vm, &m)?])
        }
        (None, Some(ns)) => {
            let Some((a, m)) = pair(&ns) else {
                return Err(vm.type_error("utime: 'ns' must be a tuple of two ints"));
            };
            Some([nanos_timespec(vm, &a)?, nanos_timespec(vm, &m)?])
        }
        (None, None) => None,
    };
    let times_ptr = match &spec {
        Some(s) => s.as_ptr(),
        None => std::ptr::null(),
    };
    match path_or_fd(vm, &target, "utime")? {
        Target::Fd(fd) => {
            // SAFETY: `times_ptr` is null or points at two timespecs alive for the call.
            if unsafe { libc::futimens(fd, times_ptr) } < 0 {
                return Err(last_error(vm, None));
            }
        }
        Target::Path(path) => {
            let c = c_path(vm, &path)?;
            let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
            // SAFETY: `c` is a valid path and `times_ptr` null or two live timespecs.
            if unsafe { libc::utimensat(libc::AT_FDCWD, c.as_ptr(), times_ptr, flags) } < 0 {
                return Err(last_error(vm, Some(&path)));
            }
        }
    }
    Ok(Value::None)
}

/// `os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn access(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "access")?;
    let follow = take_follow(vm, &mut args)?;
    let effective = match args.take_kw("effective_ids") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let values = bind(vm, args, "access", &["path", "mode"], 2)?;
    let path = path_arg(
        vm,
        values[0].as_ref().unwrap_or(&Value::None),
        "access",
        PathKind::Plain,
    )?;
    let mode = c_int(vm, values[1].as_ref().unwrap_or(&Value::None))?;
    let c = c_path(vm, &path)?;
    let mut flags = 0;
    if effective {
        flags |= libc::AT_EACCESS;
    }
    if !follow {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: `c` is a valid NUL-terminated path for the duration of the call.
    let r = unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), mode, flags) };
    Ok(Value::bool(r == 0))
}

fn umask(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "umask", 1, 1)?;
    let mask = c_int(vm, &args.args[0])?;
    // SAFETY: umask(2) touches no memory of this process.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

// ----- links ------------------------------------------------------------------------------------

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn symlink(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "symlink")?;
    let values = bind(
        vm,
        args,
        "symlink",
        &["src", "dst", "target_is_directory"],
        2,
    )?;
    let source = path_arg(
        vm,
        values[0].as_ref().unwrap_or(&Value::None),
        "symlink",
        PathKind::Plain,
    )?;
    let destination = path_arg(
        vm,
        values[1].as_ref().unwrap_or(&Value::None),
        "symlink",
        PathKind::Plain,
    )?;
    match std::os::unix::fs::symlink(&source, &destination) {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(os_error2(vm, e, &source, &destination)),
    }
}

fn readlink(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "readlink")?;
    let values = bind(vm, args, "readlink", &["path"], 1)?;
    let path = path_arg(
        vm,
        values[0].as_ref().unwrap_or(&Value::None),
        "readlink",
        PathKind::Plain,
    )?;
    match std::fs::read_link(&path) {
        Ok(target) => Ok(Value::str(target.to_string_lossy().into_owned())),
        Err(e) => Err(os_error(vm, e, Some(&path))),
    }
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn link(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    take_dir_fd(vm, &mut args, "link")?;
    let follow = take_follow(vm, &mut args)?;
    let values = bind(vm, args, "link", &["src", "dst"], 2)?;
    let source = path_arg(
        vm,
        values[0].as_ref().unwrap_or(&Value::None),
        "link",
        PathKind::Plain,
    )?;
    let destination = path_arg(
        vm,
        values[1].as_ref().unwrap_or(&Value::None),
        "link",
        PathKind::Plain,
    )?;
    let (c_source, c_destination) = (c_path(vm, &source)?, c_path(vm, &destination)?);
    let flags = if follow { libc::AT_SYMLINK_FOLLOW } else { 0 };
    // SAFETY: both paths are valid NUL-terminated strings for the duration of the call.
    let r = unsafe {
        libc::linkat(
            libc::AT_FDCWD,
            c_source.as_ptr(),
            libc::AT_FDCWD,
            c_destination.as_ptr(),
            flags,
        )
    };
    if r < 0 {
        let e = std::io::Error::last_os_error();
        return Err(os_error2(vm, e, &source, &destination));
    }
    Ok(Value::None)
}

// ----- file systems and terminals ---------------------------------------------------------------

/// The struct sequence class `os.NAME`.
fn os_class(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let module = crate::stdlib::import::import_module(vm, "os")?;
    match vm
        .module_dict(&module)
        .and_then(|d| dict_get_str(&d, &vm.intern(name)))
    {
        Some(c) => Ok(c),
        None => Err(vm.runtime_error(format!("os.{} is missing", name))),
    }
}

fn statvfs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let values = bind(vm, args, "statvfs", &["path"], 1)?;
    let target = values[0].clone().unwrap_or(Value::None);
    // SAFETY: an all-zero statvfs is a valid value of this plain C struct.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    match path_or_fd(vm, &target, "statvfs")? {
        Target::Fd(fd) => {
            // SAFETY: `st` is a valid statvfs for the kernel to fill.
            if unsafe { libc::fstatvfs(fd, &mut st) } < 0 {
                return Err(last_error(vm, None));
            }
        }
        Target::Path(path) => {
            let c = c_path(vm, &path)?;
            // SAFETY: `c` is a valid path and `st` a valid statvfs for the kernel to fill.
            if unsafe { libc::statvfs(c.as_ptr(), &mut st) } < 0 {
                return Err(last_error(vm, Some(&path)));
            }
        }
    }
    let class = os_class(vm, "statvfs_result")?;
    let big = |n: u64| Value::bigint(n.into());
    let fields = vec![
        big(st.f_bsize as u64),
        big(st.f_frsize as u64),
        big(st.f_blocks as u64),
        big(st.f_bfree as u64),
        big(st.f_bavail as u64),
        big(st.f_files as u64),
        big(st.f_ffree as u64),
        big(st.f_favail as u64),
        big(st.f_flag as u64),
        big(st.f_namemax as u64),
        big(st.f_fsid as u64),
    ];
    vm.call(&class, vec![Value::tuple(fields)])
}

/// `os.get_terminal_size(fd=1)`: the window size the terminal reports (TIOCGWINSZ).
fn get_terminal_size(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_terminal_size")?;
    args.check_count(vm, "get_terminal_size", 0, 1)?;
    let fd = match args.args.first() {
        Some(v) => c_int(vm, v)?,
        None => libc::STDOUT_FILENO,
    };
    // SAFETY: an all-zero winsize is a valid value of this plain C struct.
    let mut size: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills the winsize `size` points at and nothing else.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut size) } < 0 {
        return Err(last_error(vm, None));
    }
    let class = os_class(vm, "terminal_size")?;
    let fields = vec![
        Value::Int(size.ws_col as i64),
        Value::Int(size.ws_row as i64),
    ];
    vm.call(&class, vec![Value::tuple(fields)])
}
