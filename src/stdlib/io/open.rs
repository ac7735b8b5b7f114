//! `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True,
//! opener=None)`, as CPython's `_io.open`: the mode checked letter by letter with CPython's
//! messages, the raw file opened (its flags as `FileIO` computes them), then a buffered layer
//! unless `buffering=0`, then a text layer unless the mode says binary.

use std::os::fd::FromRawFd;

use super::binary::{Binary, Raw};
use super::codec::Codec;
use super::text::Text;
use super::{file_value, name_repr, BinaryClass, File, Kind};
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

/// The letters of a mode, as `_io.open` reads them.
#[derive(Default)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
    if mode.contains('\0') {
        return Err(vm.value_error("embedded null character"));
    }
    let invalid = |vm: &mut Vm| vm.value_error(format!("invalid mode: '{}'", mode));
    let mut m = Mode::default();
    for (i, c) in mode.char_indices() {
        let flag = match c {
            'x' => &mut m.creating,
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            '+' => &mut m.updating,
            't' => &mut m.text,
            'b' => &mut m.binary,
            _ => return Err(invalid(vm)),
        };
        *flag = true;
        if mode[i + c.len_utf8()..].contains(c) {
            return Err(invalid(vm));
        }
    }
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.creating, m.reading, m.writing, m.appending]
        .iter()
        .filter(|k| **k)
        .count();
    if kinds > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        // What FileIO says of a raw mode with no r/w/a/x ('', '+', 'b').
        return Err(vm.value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// A `str or None` argument of `open()`.
fn optional_str(vm: &mut Vm, value: Option<Value>, name: &str) -> PyResult<Option<String>> {
    match value {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s.to_string())),
            None => {
                let message = format!(
                    "open() argument '{}' must be str or None, not {}",
                    name,
                    vm.type_name(&v)
                );
                Err(vm.type_error(message))
            }
        },
    }
}

/// A `newline` argument: None, '', '\n', '\r' or '\r\n'.
pub fn newline_argument(
    vm: &mut Vm,
    value: &Value,
    function: &str,
) -> PyResult<Option<&'static str>> {
    if value.is_none() {
        return Ok(None);
    }
    let Some(s) = value.as_str() else {
        let message = format!(
            "{} argument 'newline' must be str or None, not {}",
            function,
            vm.type_name(value)
        );
        return Err(vm.type_error(message));
    };
    match ["", "\n", "\r", "\r\n"].into_iter().find(|n| *n == s) {
        Some(newline) => Ok(Some(newline)),
        None => Err(vm.value_error(format!("illegal newline value: {}", s))),
    }
}

/// The encoding of text files opened without one: the locale's (`UTF-8` in a UTF-8 locale),
/// `utf-8` in UTF-8 mode (`-X utf8`, or the C and POSIX locales, as CPython's PEP 540).
pub fn default_encoding() -> &'static str {
    if crate::cli::config().flags.utf8_mode > 0 || locale_is_c() {
        "utf-8"
    } else {
        "UTF-8"
    }
}

/// Whether the character-type locale is C or POSIX (none set, or set to those names).
pub fn locale_is_c() -> bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    matches!(locale.as_deref(), None | Some("C") | Some("POSIX"))
}

pub fn open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    const NAMES: [&str; 8] = [
        "file",
        "mode",
        "buffering",
        "encoding",
        "errors",
        "newline",
        "closefd",
        "opener",
    ];
    if args.args.len() > NAMES.len() {
        return Err(vm.type_error(format!(
            "open() takes at most 8 arguments ({} given)",
            args.args.len()
        )));
    }
    let mut slots: Vec<Option<Value>> = args.args.iter().cloned().map(Some).collect();
    slots.resize(NAMES.len(), None);
    for (index, name) in NAMES.iter().enumerate() {
        if let Some(v) = args.take_kw(name) {
            if slots[index].is_some() {
                return Err(vm.type_error(format!(
                    "argument for open() given by name ('{}') and position ({})",
                    name,
                    index + 1
                )));
            }
            slots[index] = Some(v);
        }
    }
    if let Some((name, _)) = args.kwargs.first() {
        let name = name.as_str().unwrap_or("").to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for open()",
            name
        )));
    }
    let Some(file) = slots[0].take() else {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match slots[1].take() {
        None => "r".to_string(),
        Some(v) => match v.as_str() {
            Some(s) => s.to_string(),
            None => {
                let message = format!(
                    "open() argument 'mode' must be str, not {}",
                    vm.type_name(&v)
                );
                return Err(vm.type_error(message));
            }
        },
    };
    let buffering = match slots[2].take() {
        None => -1,
        Some(v) => {
            if matches!(v.payload(), Some(Payload::BigInt(_))) {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            let n = vm.to_index(&v)?;
            if n > i32::MAX as i64 || n < i32::MIN as i64 {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            n
        }
    };
    let encoding = optional_str(vm, slots[3].take(), "encoding")?;
    let errors = optional_str(vm, slots[4].take(), "errors")?;
    let newline = match slots[5].take() {
        None => None,
        Some(v) => {
            if !v.is_none() && v.as_str().is_none() {
                let message = format!(
                    "open() argument 'newline' must be str or None, not {}",
                    vm.type_name(&v)
                );
                return Err(vm.type_error(message));
            }
            Some(v)
        }
    };
    let closefd = match slots[6].take() {
        None => true,
        Some(v) => vm.truthy(&v)?,
    };
    let opener = slots[7].take().filter(|o| !o.is_none());
    let m = parse_mode(vm, &mode)?;
    if m.binary && encoding.is_some() {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && errors.is_some() {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && newline.as_ref().is_some_and(|n| !n.is_none()) {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let newline = match &newline {
        Some(v) => newline_argument(vm, v, "open()")?,
        None => None,
    };
    if m.binary && buffering == 1 {
        crate::stdlib::sys::warn(
            vm,
            "RuntimeWarning",
            "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
        )?;
    }
    let raw = open_raw(vm, &file, &m, closefd, opener)?;
    let Raw::Disk(ref disk) = raw else {
        return Err(vm.runtime_error("open() made no file"));
    };
    // SAFETY: isatty only inspects the descriptor, which the file owns.
    let tty = unsafe { libc::isatty(std::os::fd::AsRawFd::as_raw_fd(disk)) } == 1;
    let readable = m.reading || m.updating;
    let writable = !m.reading || m.updating;
    let class = if buffering == 0 {
        BinaryClass::FileIO
    } else if m.updating {
        BinaryClass::Random
    } else if m.reading {
        BinaryClass::Reader
    } else {
        BinaryClass::Writer
    };
    let mut binary = Binary::new(class, raw, readable, writable);
    binary.appending = m.appending;
    binary.created = m.creating;
    binary.closefd = closefd;
    if buffering > 1 {
        binary.buffer_size = buffering as usize;
    }
    // `f.name` is the path as `__fspath__` gave it, or what was passed.
    let name = match file.payload() {
        Some(Payload::Str(_) | Payload::Bytes(_)) | None => file.clone(),
        _ => {
            let path = path_of(vm, &file)?;
            match String::from_utf8(path) {
                Ok(s) => Value::str(s),
                Err(e) => Value::obj(Payload::Bytes(e.into_bytes())),
            }
        }
    };
    let shown = name_repr(vm, &name);
    if buffering == 0 && !m.binary {
        // The raw file is open (and created) by now, as in CPython; it closes as it goes.
        drop(binary);
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let class_object = match class {
        BinaryClass::FileIO => vm.types().file_io.clone(),
        BinaryClass::Reader => vm.types().buffered_reader.clone(),
        BinaryClass::Writer => vm.types().buffered_writer.clone(),
        BinaryClass::Random => vm.types().buffered_random.clone(),
    };
    let binary_value = file_value(
        class_object,
        File {
            name: name.clone(),
            name_repr: shown.clone(),
            mode: String::new(),
            kind: Kind::Binary(binary),
        },
    );
    if m.binary {
        return Ok(binary_value);
    }
    let encoding = encoding.unwrap_or_else(|| default_encoding().to_string());
    let Some(codec) = Codec::lookup(&encoding) else {
        if let Some(Payload::File(b)) = binary_value.payload() {
            let _ = super::binary::close(vm, b);
        }
        return Err(vm.new_exception("LookupError", format!("unknown encoding: {}", encoding)));
    };
    let mut text = Text::new(
        binary_value,
        encoding,
        codec,
        errors.unwrap_or_else(|| "strict".into()),
    );
    text.newline = newline;
    text.line_buffering = buffering == 1 || (buffering < 0 && tty);
    Ok(file_value(
        vm.types().file.clone(),
        File {
            name,
            name_repr: shown,
            mode,
            kind: Kind::Text(text),
        },
    ))
}

/// Open the raw file: a path (str, bytes or an object with `__fspath__`), or a descriptor.
fn open_raw(
    vm: &mut Vm,
    file: &Value,
    m: &Mode,
    closefd: bool,
    opener: Option<Value>,
) -> PyResult<Raw> {
    let mut flags = if m.updating {
        libc::O_RDWR
    } else if m.reading {
        libc::O_RDONLY
    } else {
        libc::O_WRONLY
    };
    if m.creating {
        flags |= libc::O_EXCL | libc::O_CREAT;
    } else if m.writing {
        flags |= libc::O_CREAT | libc::O_TRUNC;
    } else if m.appending {
        flags |= libc::O_APPEND | libc::O_CREAT;
    }
    flags |= libc::O_CLOEXEC;
    let descriptor = match file {
        Value::Int(_) | Value::Bool(_) => {
            let fd = vm.to_index(file)?;
            if fd < 0 {
                return Err(vm.value_error("negative file descriptor"));
            }
            if fd > i32::MAX as i64 {
                return Err(vm.overflow_error("fd is greater than maximum"));
            }
            fd as i32
        }
        _ => {
            if !closefd {
                return Err(vm.value_error("Cannot use closefd=False with file name"));
            }
            let path = path_of(vm, file)?;
            let fd = match opener {
                Some(opener) => {
                    let result = vm.call(&opener, vec![file.clone(), Value::Int(flags as i64)])?;
                    let fd = match result {
                        Value::Int(n) => n,
                        _ => return Err(vm.type_error("expected integer from opener")),
                    };
                    if fd < 0 {
                        return Err(vm.value_error(format!("opener returned {}", fd)));
                    }
                    fd as i32
                }
                None => {
                    let Ok(c_path) = std::ffi::CString::new(path.clone()) else {
                        return Err(vm.value_error("embedded null byte"));
                    };
                    // SAFETY: a valid C string and plain flags; the result is checked.
                    let fd = unsafe { libc::open(c_path.as_ptr(), flags, 0o666 as libc::c_uint) };
                    if fd < 0 {
                        let e = std::io::Error::last_os_error();
                        let shown = String::from_utf8_lossy(&path).into_owned();
                        return Err(crate::stdlib::os::os_error(vm, e, Some(&shown)));
                    }
                    fd
                }
            };
            // SAFETY: fstat fills the buffer for a descriptor we just got.
            let mut status: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: `status` is a valid, writable `stat` buffer for the call.
            let is_directory = unsafe { libc::fstat(fd, &mut status) } == 0
                && (status.st_mode & libc::S_IFMT) == libc::S_IFDIR;
            if is_directory {
                // SAFETY: the descriptor is ours and is not used again.
                unsafe { libc::close(fd) };
                let shown = String::from_utf8_lossy(&path).into_owned();
                let e = std::io::Error::from_raw_os_error(libc::EISDIR);
                return Err(crate::stdlib::os::os_error(vm, e, Some(&shown)));
            }
            fd
        }
    };
    // A descriptor given by number must be open.
    // SAFETY: fcntl(F_GETFD) only queries the descriptor.
    if unsafe { libc::fcntl(descriptor, libc::F_GETFD) } < 0 {
        return Err(crate::stdlib::os::os_error(
            vm,
            std::io::Error::last_os_error(),
            None,
        ));
    }
    // SAFETY: the descriptor is open and from here on owned by this file (or, with
    // closefd=False, released unclosed when the file lets go of it).
    let file = unsafe { std::fs::File::from_raw_fd(descriptor) };
    if m.appending {
        let mut file = &file;
        let _ = std::io::Seek::seek(&mut file, std::io::SeekFrom::End(0));
    }
    Ok(Raw::Disk(file))
}

/// The path bytes of `open()`'s first argument.
fn path_of(vm: &mut Vm, file: &Value) -> PyResult<Vec<u8>> {
    match file.payload() {
        Some(Payload::Str(s)) => return Ok(s.as_str().as_bytes().to_vec()),
        Some(Payload::Bytes(b)) => return Ok(b.clone()),
        _ => {}
    }
    let fspath = vm.intern("__fspath__");
    if let Some(method) = vm.lookup_special(file, &fspath) {
        let result = vm.call_unbound(&method, vec![file.clone()])?;
        match result.payload() {
            Some(Payload::Str(s)) => return Ok(s.as_str().as_bytes().to_vec()),
            Some(Payload::Bytes(b)) => return Ok(b.clone()),
            _ => {
                let message = format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(file),
                    vm.type_name(&result)
                );
                return Err(vm.type_error(message));
            }
        }
    }
    let message = format!(
        "expected str, bytes or os.PathLike object, not {}",
        vm.type_name(file)
    );
    Err(vm.type_error(message))
}
