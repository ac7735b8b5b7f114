//! Files and the standard streams, in CPython's three layers: a raw file (`FileIO`: the file
//! descriptor), a buffered binary file over it (`BufferedReader`, `BufferedWriter`,
//! `BufferedRandom`), and a text file over that (`TextIOWrapper`: encoding, error handler,
//! newline translation). `open()` builds the layers its mode asks for (`open.rs`); `binary.rs`
//! and `text.rs` are the two layers' methods; `streams.rs` is `sys.stdin`/`stdout`/`stderr`.
//!
//! One native object type (`Payload::File`) holds either layer: a binary file owns the
//! descriptor and its buffers; a text file holds its binary file as a Python object (`buffer`),
//! so `f.buffer is f.buffer`, and text written through either goes into the same buffer in
//! order. A text file keeps no characters of its own: every encoding gilt knows is
//! ASCII-compatible, so lines are found in the bytes, and `tell()` is always a byte position.
//!
//! Rule: no `RefCell` borrow of a file is held across a call that can run Python code or
//! release the GIL (reading standard input does): another thread could then touch the same
//! file and find it borrowed.

mod binary;
mod codec;
mod open;
mod streams;
mod text;

use std::cell::RefCell;
use std::ops::Deref;

use crate::objects::class::NativeFn;
use crate::objects::{Args, ObjRef, Payload, PyErr, PyResult, Value};
use crate::vm::Vm;

pub use open::open;
pub use streams::{
    flush_std_streams, fork_holding_streams, read_stdin_line, std_stream, write_stderr, write_to,
};

/// A file object: its class (one of the five `_io` classes) and its state.
pub struct FileObject {
    pub class: ObjRef,
    state: RefCell<File>,
}

impl Deref for FileObject {
    type Target = RefCell<File>;
    fn deref(&self) -> &RefCell<File> {
        &self.state
    }
}

pub struct File {
    /// `f.name`: the path as given (str or bytes) or the file descriptor.
    pub name: Value,
    /// `repr(name)`, for the file's repr, which is made without a VM.
    name_repr: String,
    /// A text file's mode as given to `open()`; binary files compute theirs from the raw file.
    pub mode: String,
    pub kind: Kind,
}

pub enum Kind {
    Binary(binary::Binary),
    Text(text::Text),
}

/// Which class a binary file is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BinaryClass {
    FileIO,
    Reader,
    Writer,
    Random,
}

impl File {
    pub fn repr(&self) -> String {
        match &self.kind {
            Kind::Text(t) => format!(
                "<_io.TextIOWrapper name={} mode='{}' encoding='{}'>",
                self.name_repr, self.mode, t.encoding
            ),
            Kind::Binary(b) => match b.class {
                BinaryClass::FileIO if b.is_closed() => "<_io.FileIO [closed]>".to_string(),
                BinaryClass::FileIO => format!(
                    "<_io.FileIO name={} mode='{}' closefd={}>",
                    self.name_repr,
                    b.raw_mode(),
                    if b.closefd { "True" } else { "False" }
                ),
                BinaryClass::Reader => format!("<_io.BufferedReader name={}>", self.name_repr),
                BinaryClass::Writer => format!("<_io.BufferedWriter name={}>", self.name_repr),
                BinaryClass::Random => format!("<_io.BufferedRandom name={}>", self.name_repr),
            },
        }
    }
}

/// A new file object of `class` around `file`.
fn file_value(class: ObjRef, file: File) -> Value {
    Value::obj(Payload::File(Box::new(FileObject {
        class,
        state: RefCell::new(file),
    })))
}

fn name_repr(vm: &mut Vm, name: &Value) -> String {
    vm.repr(name).unwrap_or_default()
}

/// The file object a method was called on.
fn this<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a FileObject> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

/// `io.UnsupportedOperation(message)`.
fn unsupported(vm: &mut Vm, message: &str) -> PyErr {
    let class = vm.types().unsupported_operation.clone();
    PyErr(crate::vm::make_exception(class, vec![Value::str(message)]))
}

fn closed_error(vm: &mut Vm, message: &str) -> PyErr {
    vm.value_error(message)
}

fn os_error(vm: &mut Vm, e: std::io::Error) -> PyErr {
    crate::stdlib::os::os_error(vm, e, None)
}

/// Whether the object is closed (a text file is closed when its buffer is).
pub fn is_closed(file: &Value) -> bool {
    match file.payload() {
        Some(Payload::File(f)) => match &f.borrow().kind {
            Kind::Binary(b) => b.is_closed(),
            Kind::Text(t) => is_closed(&t.buffer),
        },
        _ => false,
    }
}

/// `next(file)`: the next line, `None` at the end (for the VM's iteration of files).
pub fn next_line(vm: &mut Vm, file: &Value) -> PyResult<Option<Value>> {
    let line = readline_value(vm, file, None)?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    };
    Ok(if empty { None } else { Some(line) })
}

/// One line of either kind of file (`limit` in characters for text, bytes for binary).
fn readline_value(vm: &mut Vm, file: &Value, limit: Option<usize>) -> PyResult<Value> {
    let Some(Payload::File(f)) = file.payload() else {
        return Ok(Value::str(""));
    };
    let is_text = matches!(f.borrow().kind, Kind::Text(_));
    if is_text {
        text::readline(vm, file, limit)
    } else {
        let bytes = binary::readline(vm, f, limit)?;
        Ok(Value::obj(Payload::Bytes(bytes)))
    }
}

/// The size argument of `read(size)` / `readline(size)`: None or negative is "all".
fn size_argument(vm: &mut Vm, args: &Args, index: usize, name: &str) -> PyResult<Option<usize>> {
    let value = match args.args.get(index) {
        None | Some(Value::None) => return Ok(None),
        Some(v) => v.clone(),
    };
    match &value {
        Value::Int(_) | Value::Bool(_) => {}
        Value::Obj(o) if matches!(o.payload, Payload::BigInt(_)) => {}
        _ if name == "read" => {
            let message = format!(
                "argument should be integer or None, not '{}'",
                vm.type_name(&value)
            );
            return Err(vm.type_error(message));
        }
        _ => {}
    }
    let n = vm.to_index(&value)?;
    Ok(if n < 0 { None } else { Some(n as usize) })
}

// ----- methods shared by both layers ------------------------------------------------------------

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    args.check_count(vm, "read", 1, 2)?;
    let size = size_argument(vm, &args, 1, "read")?;
    if matches!(f.borrow().kind, Kind::Text(_)) {
        return text::read(vm, &args.args[0], size);
    }
    Ok(Value::obj(Payload::Bytes(binary::read(vm, f, size)?)))
}

fn read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    args.check_count(vm, "read1", 1, 2)?;
    let size = size_argument(vm, &args, 1, "read")?;
    Ok(Value::obj(Payload::Bytes(binary::read1(vm, f, size)?)))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "readline", 1, 2)?;
    this(vm, &args)?;
    let limit = size_argument(vm, &args, 1, "readline")?;
    readline_value(vm, &args.args[0], limit)
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "readlines", 1, 2)?;
    this(vm, &args)?;
    let hint = size_argument(vm, &args, 1, "readlines")?.filter(|h| *h > 0);
    let file = args.args[0].clone();
    let mut lines = Vec::new();
    let mut total = 0;
    while let Some(line) = next_line(vm, &file)? {
        total += match line.payload() {
            Some(Payload::Str(s)) => s.char_len(),
            Some(Payload::Bytes(b)) => b.len(),
            _ => 0,
        };
        lines.push(line);
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    args.check_count(vm, "write", 2, 2)?;
    if matches!(f.borrow().kind, Kind::Text(_)) {
        let Some(text) = args.args[1].as_str() else {
            let message = format!(
                "write() argument must be str, not {}",
                vm.type_name(&args.args[1])
            );
            return Err(vm.type_error(message));
        };
        let count = text.chars().count();
        text::write(vm, &args.args[0], text)?;
        return Ok(Value::Int(count as i64));
    }
    let data = bytes_argument(vm, &args.args[1])?;
    binary::write(vm, f, &data)?;
    Ok(Value::Int(data.len() as i64))
}

fn bytes_argument(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    match crate::objects::buffer::bytes_like(vm, value)? {
        Some(b) => Ok(b.into_owned()),
        None => {
            let message = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(value)
            );
            Err(vm.type_error(message))
        }
    }
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "writelines", 2, 2)?;
    let f = this(vm, &args)?;
    if is_closed(&args.args[0]) {
        let text = matches!(f.borrow().kind, Kind::Text(_));
        let message = if text {
            "I/O operation on closed file."
        } else {
            "write to closed file"
        };
        return Err(closed_error(vm, message));
    }
    let file = args.args[0].clone();
    let iterator = vm.iter(&args.args[1])?;
    while let Some(line) = vm.next(&iterator)? {
        write(vm, Args::new(vec![file.clone(), line]))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let buffer = match &f.borrow().kind {
        Kind::Text(t) => Some(t.buffer.clone()),
        Kind::Binary(_) => None,
    };
    match buffer {
        Some(buffer) => {
            if is_closed(&buffer) {
                return Err(closed_error(vm, "I/O operation on closed file."));
            }
            if let Some(Payload::File(b)) = buffer.payload() {
                binary::flush(vm, b)?;
            }
        }
        None => binary::flush(vm, f)?,
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    let buffer = match &f.borrow().kind {
        Kind::Text(t) => Some(t.buffer.clone()),
        Kind::Binary(_) => None,
    };
    match buffer {
        Some(buffer) => {
            if let Some(Payload::File(b)) = buffer.payload() {
                binary::close(vm, b)?;
            }
        }
        None => binary::close(vm, f)?,
    }
    Ok(Value::None)
}

/// The binary layer under a file (itself, for a binary file).
fn binary_layer(file: &Value) -> Value {
    match file.payload() {
        Some(Payload::File(f)) => match &f.borrow().kind {
            Kind::Text(t) => t.buffer.clone(),
            Kind::Binary(_) => file.clone(),
        },
        _ => file.clone(),
    }
}

fn text_closed_check(vm: &mut Vm, file: &Value, message: &str) -> PyResult<()> {
    if is_closed(file) {
        return Err(closed_error(vm, message));
    }
    Ok(())
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    text_closed_check(vm, &args.args[0], "I/O operation on closed file.")?;
    Ok(args.args[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    close(vm, Args::new(vec![args.args[0].clone()]))?;
    Ok(Value::None)
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    text_closed_check(vm, &args.args[0], "I/O operation on closed file.")?;
    Ok(args.args[0].clone())
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    text_closed_check(vm, &args.args[0], "I/O operation on closed file.")?;
    match next_line(vm, &args.args[0])? {
        Some(line) => Ok(line),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    args.check_count(vm, "seek", 2, 3)?;
    let whence = match args.args.get(2) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    if matches!(f.borrow().kind, Kind::Text(_)) {
        return text::seek(vm, &args.args[0], &args.args[1], whence);
    }
    let offset = vm.to_index(&args.args[1])?;
    Ok(Value::Int(binary::seek(vm, f, offset, whence)? as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    let is_text = matches!(
        args.args[0].payload(),
        Some(Payload::File(f)) if matches!(f.borrow().kind, Kind::Text(_))
    );
    if is_text {
        text_closed_check(vm, &args.args[0], "I/O operation on closed file.")?;
    }
    let layer = binary_layer(&args.args[0]);
    let Some(Payload::File(b)) = layer.payload() else {
        return Ok(Value::Int(0));
    };
    if is_text {
        text::check_seekable(vm, b)?;
    }
    Ok(Value::Int(binary::tell(vm, b)? as i64))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this(vm, &args)?;
    args.check_count(vm, "truncate", 1, 2)?;
    text_closed_check(vm, &args.args[0], "I/O operation on closed file.")?;
    let size = match args.args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(vm.to_index(v)?),
    };
    let layer = binary_layer(&args.args[0]);
    let Some(Payload::File(b)) = layer.payload() else {
        return Ok(Value::None);
    };
    Ok(Value::Int(binary::truncate(vm, b, size)? as i64))
}

/// The binary layer of a method's file, checked open ("I/O operation on closed file", as the
/// raw file says it).
fn open_binary_layer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(vm, args)?;
    let layer = binary_layer(&args.args[0]);
    if is_closed(&layer) {
        return Err(closed_error(vm, "I/O operation on closed file"));
    }
    Ok(layer)
}

fn with_binary<R>(layer: &Value, f: impl FnOnce(&binary::Binary) -> R) -> Option<R> {
    match layer.payload() {
        Some(Payload::File(file)) => match &file.borrow().kind {
            Kind::Binary(b) => Some(f(b)),
            Kind::Text(_) => None,
        },
        _ => None,
    }
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layer = open_binary_layer(vm, &args)?;
    Ok(Value::Int(
        with_binary(&layer, |b| b.fd()).unwrap_or(-1) as i64
    ))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layer = open_binary_layer(vm, &args)?;
    let fd = with_binary(&layer, |b| b.fd()).unwrap_or(-1);
    // SAFETY: isatty only inspects the descriptor number; an invalid one returns 0.
    Ok(Value::bool(unsafe { libc::isatty(fd) } == 1))
}

fn readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layer = open_binary_layer(vm, &args)?;
    Ok(Value::bool(
        with_binary(&layer, |b| b.readable).unwrap_or(false),
    ))
}

fn writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layer = open_binary_layer(vm, &args)?;
    Ok(Value::bool(
        with_binary(&layer, |b| b.writable).unwrap_or(false),
    ))
}

fn seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let layer = open_binary_layer(vm, &args)?;
    let fd = with_binary(&layer, |b| b.fd()).unwrap_or(-1);
    // SAFETY: lseek on a descriptor number only queries the offset (a bad one fails).
    Ok(Value::bool(
        unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } >= 0,
    ))
}

fn peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::obj(Payload::Bytes(binary::peek(vm, f)?)))
}

fn readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this(vm, &args)?;
    Ok(Value::obj(Payload::Bytes(binary::read(vm, f, None)?)))
}

// ----- attributes -------------------------------------------------------------------------------

fn file_of(v: &Value) -> Option<&FileObject> {
    match v.payload() {
        Some(Payload::File(f)) => Some(f),
        _ => None,
    }
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(file_of(v).map_or(Value::None, |f| f.borrow().name.clone()))
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(file_of(v).map_or(Value::None, |f| {
        let f = f.borrow();
        match &f.kind {
            Kind::Text(_) => Value::str(f.mode.clone()),
            Kind::Binary(b) => Value::str(b.raw_mode()),
        }
    }))
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(is_closed(v)))
}

fn get_closefd(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(with_binary(v, |b| b.closefd).unwrap_or(true)))
}

/// A text file's attribute; AttributeError on a binary file, as CPython's classes lack them.
fn text_attribute(
    vm: &mut Vm,
    v: &Value,
    name: &str,
    get: impl FnOnce(&text::Text) -> Value,
) -> PyResult<Value> {
    if let Some(f) = file_of(v) {
        if let Kind::Text(t) = &f.borrow().kind {
            return Ok(get(t));
        }
    }
    let message = format!(
        "'_io.{}' object has no attribute '{}'",
        vm.type_name(v),
        name
    );
    Err(vm.attribute_error(message))
}

fn get_encoding(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "encoding", |t| Value::str(t.encoding.clone()))
}

fn get_errors(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "errors", |t| Value::str(t.errors.to_string()))
}

fn get_newlines(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "newlines", text::Text::newlines)
}

fn get_line_buffering(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "line_buffering", |t| Value::bool(t.line_buffering))
}

fn get_write_through(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "write_through", |t| Value::bool(t.write_through))
}

fn get_buffer(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_attribute(vm, v, "buffer", |t| t.buffer.clone())
}

// ----- registration -----------------------------------------------------------------------------

type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;

pub fn register(vm: &mut Vm) {
    let t = vm.types();
    let text_class = t.file.clone();
    let binary_classes = [
        (t.file_io.clone(), "FileIO"),
        (t.buffered_reader.clone(), "BufferedReader"),
        (t.buffered_writer.clone(), "BufferedWriter"),
        (t.buffered_random.clone(), "BufferedRandom"),
    ];
    let common: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter_self),
        ("__next__", next),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
    ];
    for (name, f) in common {
        vm.add_method(&text_class, "TextIOWrapper", name, *f);
        for (class, owner) in &binary_classes {
            vm.add_method(class, owner, name, *f);
        }
    }
    vm.add_method(
        &text_class,
        "TextIOWrapper",
        "reconfigure",
        text::reconfigure,
    );
    for (class, owner) in &binary_classes {
        if *owner == "FileIO" {
            vm.add_method(class, owner, "readall", readall);
            crate::objects::class::add_getset(vm, class, "closefd", get_closefd);
        } else {
            vm.add_method(class, owner, "read1", read1);
        }
        if *owner == "BufferedReader" || *owner == "BufferedRandom" {
            vm.add_method(class, owner, "peek", peek);
        }
    }
    let getters: &[(&'static str, Getter)] = &[
        ("name", get_name),
        ("mode", get_mode),
        ("closed", get_closed),
    ];
    for (name, get) in getters {
        crate::objects::class::add_getset(vm, &text_class, name, *get);
        for (class, _) in &binary_classes {
            crate::objects::class::add_getset(vm, class, name, *get);
        }
    }
    let text_getters: &[(&'static str, Getter)] = &[
        ("encoding", get_encoding),
        ("errors", get_errors),
        ("newlines", get_newlines),
        ("line_buffering", get_line_buffering),
        ("write_through", get_write_through),
        ("buffer", get_buffer),
    ];
    for (name, get) in text_getters {
        crate::objects::class::add_getset(vm, &text_class, name, *get);
    }
    let module = Value::str("_io");
    let module_key = vm.names().__module__.clone();
    for class in std::iter::once(&text_class).chain(binary_classes.iter().map(|(c, _)| c)) {
        crate::vm::types::class_dict(class)
            .borrow_mut()
            .set_str(module_key.clone(), module.clone());
    }
    crate::vm::types::class_dict(&vm.types().unsupported_operation)
        .borrow_mut()
        .set_str(module_key, Value::str("io"));
}

/// The `_io` module, under `io.py` (which adds `StringIO` and `BytesIO`).
pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (module, dict) = vm.new_module("_io");
    // The same function as `builtins.open`, as in CPython.
    let key = vm.intern("open");
    let builtin_open = crate::vm::dict_get_str(&vm.interp.builtins, &key).unwrap_or(Value::None);
    crate::vm::dict_set_str(&dict, key, builtin_open);
    let t = vm.types();
    let classes = [
        ("TextIOWrapper", t.file.clone()),
        ("FileIO", t.file_io.clone()),
        ("BufferedReader", t.buffered_reader.clone()),
        ("BufferedWriter", t.buffered_writer.clone()),
        ("BufferedRandom", t.buffered_random.clone()),
        ("UnsupportedOperation", t.unsupported_operation.clone()),
    ];
    for (name, class) in classes {
        crate::vm::dict_set_str(&dict, vm.intern(name), Value::Obj(class));
    }
    crate::vm::dict_set_str(
        &dict,
        vm.intern("DEFAULT_BUFFER_SIZE"),
        Value::Int(binary::DEFAULT_BUFFER_SIZE as i64),
    );
    Ok(module)
}
