//! Files and the standard streams: `open()`, the file object's methods, `sys.stdout` /
//! `sys.stderr` / `sys.stdin`, and the writes `print` makes.
//!
//! Standard output is buffered as CPython buffers it: line by line on a terminal, in blocks when
//! piped. It is flushed before anything goes to standard error (so the two interleave as written)
//! and at exit. These are the points where the GIL will be released for blocking IO.

use std::cell::RefCell;
use std::fs;
use std::io::{BufRead, BufReader, BufWriter, IsTerminal, Read, Seek, SeekFrom, Write};

use crate::runtime::sync::Mutex;

use crate::objects::class::NativeFn;
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::Vm;

pub enum Stream {
    Stdout,
    Stderr,
    Stdin,
    Disk {
        reader: Option<BufReader<fs::File>>,
        writer: Option<BufWriter<fs::File>>,
    },
}

pub struct File {
    pub name: String,
    pub mode: String,
    pub binary: bool,
    pub closed: bool,
    pub stream: Stream,
}

impl File {
    pub fn repr(&self) -> String {
        if self.binary {
            let kind = if self.mode.contains('r') && !self.mode.contains('+') {
                "BufferedReader"
            } else {
                "BufferedWriter"
            };
            format!("<_io.{} name='{}'>", kind, self.name)
        } else {
            format!(
                "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                self.name, self.mode
            )
        }
    }
}

static STDOUT: Mutex<Option<BufWriter<std::io::Stdout>>> = Mutex::new(None);

fn with_stdout<R>(f: impl FnOnce(&mut BufWriter<std::io::Stdout>) -> R) -> R {
    let mut guard = STDOUT.lock();
    let w = guard.get_or_insert_with(|| BufWriter::with_capacity(8192, std::io::stdout()));
    f(w)
}

fn os_error(vm: &mut Vm, e: std::io::Error, filename: Option<&str>) -> crate::objects::PyErr {
    crate::stdlib::os::os_error(vm, e, filename)
}

pub fn write_stdout(vm: &mut Vm, s: &str) -> PyResult<()> {
    let tty = std::io::stdout().is_terminal();
    let r = with_stdout(|w| {
        w.write_all(s.as_bytes())?;
        if tty && s.contains('\n') {
            w.flush()?;
        }
        Ok::<(), std::io::Error>(())
    });
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {
            Err(vm.new_exception("BrokenPipeError", "[Errno 32] Broken pipe"))
        }
        Err(e) => Err(os_error(vm, e, None)),
    }
}

pub fn flush_stdout(_vm: &mut Vm) -> PyResult<()> {
    let _ = with_stdout(|w| w.flush());
    Ok(())
}

/// Flush standard output (at exit, before writing to stderr, before fork).
pub fn flush_std_streams() {
    let _ = with_stdout(|w| w.flush());
    let _ = std::io::stderr().flush();
}

/// Run `fork` with standard output flushed and its buffer locked, and standard error locked, so
/// that no thread is inside them when the process forks and nothing written before the fork is
/// written twice (once by each process).
pub fn fork_holding_streams(fork: impl FnOnce() -> i64) -> i64 {
    let mut stdout = STDOUT.lock();
    if let Some(w) = stdout.as_mut() {
        let _ = w.flush();
    }
    let stderr = std::io::stderr();
    let mut stderr = stderr.lock();
    let _ = stderr.flush();
    let pid = fork();
    drop(stderr);
    drop(stdout);
    pid
}

pub fn write_stderr(s: &str) {
    flush_std_streams();
    let mut e = std::io::stderr();
    let _ = e.write_all(s.as_bytes());
    let _ = e.flush();
}

pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    flush_std_streams();
    // Waiting for the console is blocking IO: other threads run meanwhile.
    let read = vm.allow_threads(crate::runtime::gil::BlockReason::Io, || {
        let mut line = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut line)
            .map(|n| (n, line))
    });
    match read {
        Ok((0, _)) => Ok(None),
        Ok((_, line)) => Ok(Some(line)),
        Err(e) => Err(os_error(vm, e, None)),
    }
}

/// `print(..., file=f)`: write to a file object, or anything with a `write` method.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    match file.payload() {
        None if file.is_none() => {
            let out = vm.sys_stream("stdout");
            match out {
                Some(v) if !matches!(v.payload(), Some(Payload::File(_))) => {
                    return write_to(vm, &v, text, flush);
                }
                Some(v) => return write_file(vm, &v, text, flush),
                None => write_stdout(vm, text)?,
            }
        }
        Some(Payload::File(_)) => return write_file(vm, file, text, flush),
        _ => {
            vm.call_method(file, "write", vec![Value::str(text)])?;
            if flush {
                let name = vm.intern("flush");
                if let Some(f) = vm.getattr_opt(file, &name)? {
                    vm.call(&f, vec![])?;
                }
            }
            return Ok(());
        }
    }
    if flush {
        flush_stdout(vm)?;
    }
    Ok(())
}

fn write_file(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    let Some(Payload::File(f)) = file.payload() else {
        return Ok(());
    };
    let mut f = f.borrow_mut();
    if f.closed {
        drop(f);
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let r = match &mut f.stream {
        Stream::Stdout => {
            drop(f);
            write_stdout(vm, text)?;
            if flush {
                flush_stdout(vm)?;
            }
            return Ok(());
        }
        Stream::Stderr => {
            write_stderr(text);
            Ok(())
        }
        Stream::Stdin => Err(std::io::Error::other("not writable")),
        Stream::Disk {
            writer: Some(w), ..
        } => w
            .write_all(text.as_bytes())
            .and_then(|_| if flush { w.flush() } else { Ok(()) }),
        Stream::Disk { .. } => Err(std::io::Error::other("not writable")),
    };
    drop(f);
    r.map_err(|e| {
        if e.kind() == std::io::ErrorKind::Other {
            vm.new_exception("OSError", "not writable")
        } else {
            os_error(vm, e, None)
        }
    })
}

impl Vm {
    /// `sys.stdout` etc. as the script may have replaced them.
    pub fn sys_stream(&mut self, name: &str) -> Option<Value> {
        let sys = self.sys_module.clone()?;
        let key = self.intern(name);
        let d = self.module_dict(&sys)?;
        crate::vm::dict_get_str(&d, &key)
    }
}

pub fn std_stream(kind: &str) -> Value {
    let (name, mode, stream) = match kind {
        "stdout" => ("<stdout>", "w", Stream::Stdout),
        "stderr" => ("<stderr>", "w", Stream::Stderr),
        _ => ("<stdin>", "r", Stream::Stdin),
    };
    Value::obj(Payload::File(Box::new(RefCell::new(File {
        name: name.into(),
        mode: mode.into(),
        binary: false,
        closed: false,
        stream,
    }))))
}

/// `open(file, mode='r', encoding=None, ...)`
pub fn open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let mode_kw = args.take_kw("mode");
    let _encoding = args.take_kw("encoding");
    let _errors = args.take_kw("errors");
    let _newline = args.take_kw("newline");
    let _buffering = args.take_kw("buffering");
    args.no_kwargs(vm, "open()")?;
    args.check_count(vm, "open", 1, 4)?;
    let name = match args.args[0].as_str() {
        Some(s) => s.to_string(),
        None => {
            let msg = format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(&args.args[0])
            );
            return Err(vm.type_error(msg));
        }
    };
    let mode = mode_kw
        .or_else(|| args.args.get(1).cloned())
        .and_then(|m| m.as_str().map(String::from))
        .unwrap_or_else(|| "r".into());
    let binary = mode.contains('b');
    let plus = mode.contains('+');
    let valid = mode.chars().all(|c| "rwaxbt+".contains(c))
        && mode.chars().filter(|c| "rwax".contains(*c)).count() == 1;
    if !valid {
        return Err(vm.value_error(format!("invalid mode: '{}'", mode)));
    }
    let mut opts = fs::OpenOptions::new();
    if mode.contains('r') {
        opts.read(true).write(plus);
    } else if mode.contains('w') {
        opts.write(true).create(true).truncate(true).read(plus);
    } else if mode.contains('a') {
        opts.append(true).create(true).read(plus);
    } else {
        opts.write(true).create_new(true).read(plus);
    }
    let file = match opts.open(&name) {
        Ok(f) => f,
        Err(e) => return Err(os_error(vm, e, Some(&name))),
    };
    if file.metadata().map(|m| m.is_dir()).unwrap_or(false) {
        return Err(vm.new_exception(
            "IsADirectoryError",
            format!("[Errno 21] Is a directory: '{}'", name),
        ));
    }
    let readable = mode.contains('r') || plus;
    let writable = !mode.contains('r') || plus;
    let (reader, writer) = match (readable, writable) {
        (true, true) => {
            let clone = file.try_clone().map_err(|e| os_error(vm, e, Some(&name)))?;
            (Some(BufReader::new(file)), Some(BufWriter::new(clone)))
        }
        (true, false) => (Some(BufReader::new(file)), None),
        _ => (None, Some(BufWriter::new(file))),
    };
    let mode_shown = if binary {
        mode.clone()
    } else {
        mode.replace('t', "")
    };
    Ok(Value::obj(Payload::File(Box::new(RefCell::new(File {
        name,
        mode: mode_shown,
        binary,
        closed: false,
        stream: Stream::Disk { reader, writer },
    })))))
}

fn file_of<'a>(vm: &mut Vm, args: &'a Args) -> PyResult<&'a RefCell<File>> {
    match args.args.first().and_then(|v| v.payload()) {
        Some(Payload::File(f)) => Ok(f),
        _ => Err(vm.type_error("descriptor requires a file object")),
    }
}

fn check_open(vm: &mut Vm, f: &RefCell<File>) -> PyResult<()> {
    if f.borrow().closed {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(())
}

fn make_text(binary: bool, bytes: Vec<u8>) -> Value {
    if binary {
        Value::obj(Payload::Bytes(bytes))
    } else {
        Value::str(String::from_utf8_lossy(&bytes).into_owned())
    }
}

fn not_readable(vm: &mut Vm) -> crate::objects::PyErr {
    vm.new_exception("OSError", "not readable")
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    check_open(vm, f)?;
    let size = match args.args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.to_index(v)?,
    };
    let mut file = f.borrow_mut();
    let binary = file.binary;
    if let Stream::Disk {
        writer: Some(w), ..
    } = &mut file.stream
    {
        let _ = w.flush();
    }
    let mut buf = Vec::new();
    let r = match &mut file.stream {
        Stream::Disk {
            reader: Some(r), ..
        } => {
            if size < 0 {
                r.read_to_end(&mut buf).map(|_| ())
            } else if binary {
                buf.resize(size as usize, 0);
                let mut got = 0;
                loop {
                    match r.read(&mut buf[got..]) {
                        Ok(0) => break,
                        Ok(n) => got += n,
                        Err(e) => return Err(os_error(vm, e, None)),
                    }
                    if got == buf.len() {
                        break;
                    }
                }
                buf.truncate(got);
                Ok(())
            } else {
                // `size` counts characters in text mode.
                let mut chars = 0;
                let mut byte = [0u8; 1];
                while chars < size {
                    match r.read(&mut byte) {
                        Ok(0) => break,
                        Ok(_) => {
                            buf.push(byte[0]);
                            if byte[0] & 0xc0 != 0x80 {
                                // Count a character when it is complete: peek continuation bytes.
                                let need = match byte[0] {
                                    b if b >= 0xf0 => 3,
                                    b if b >= 0xe0 => 2,
                                    b if b >= 0xc0 => 1,
                                    _ => 0,
                                };
                                for _ in 0..need {
                                    if r.read(&mut byte).unwrap_or(0) == 1 {
                                        buf.push(byte[0]);
                                    }
                                }
                                chars += 1;
                            }
                        }
                        Err(e) => return Err(os_error(vm, e, None)),
                    }
                }
                Ok(())
            }
        }
        Stream::Stdin => std::io::stdin().read_to_end(&mut buf).map(|_| ()),
        _ => {
            drop(file);
            return Err(not_readable(vm));
        }
    };
    drop(file);
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(make_text(binary, buf))
}

/// One line (up to `limit` bytes when non-negative) from a file object; "" at end of file.
pub fn readline(vm: &mut Vm, file: &Value, limit: i64) -> PyResult<Value> {
    let Some(Payload::File(f)) = file.payload() else {
        return Ok(Value::str(""));
    };
    check_open(vm, f)?;
    let mut file = f.borrow_mut();
    let binary = file.binary;
    let mut buf = Vec::new();
    let r = match &mut file.stream {
        Stream::Disk {
            reader: Some(r), ..
        } => {
            if limit < 0 {
                r.read_until(b'\n', &mut buf).map(|_| ())
            } else {
                let mut byte = [0u8; 1];
                while (buf.len() as i64) < limit {
                    match r.read(&mut byte) {
                        Ok(0) => break,
                        Ok(_) => {
                            buf.push(byte[0]);
                            if byte[0] == b'\n' {
                                break;
                            }
                        }
                        Err(e) => return Err(os_error(vm, e, None)),
                    }
                }
                Ok(())
            }
        }
        Stream::Stdin => {
            drop(file);
            return Ok(match read_stdin_line(vm)? {
                Some(l) => make_text(binary, l.into_bytes()),
                None => make_text(binary, Vec::new()),
            });
        }
        _ => {
            drop(file);
            return Err(not_readable(vm));
        }
    };
    drop(file);
    r.map_err(|e| os_error(vm, e, None))?;
    Ok(make_text(binary, buf))
}

fn readline_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let limit = match args.args.get(1) {
        Some(Value::None) | None => -1,
        Some(v) => vm.to_index(v)?,
    };
    let file = args.args.first().cloned().unwrap_or(Value::None);
    readline(vm, &file, limit)
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let file = args.args.first().cloned().unwrap_or(Value::None);
    let mut lines = Vec::new();
    loop {
        let line = readline(vm, &file, -1)?;
        let empty = match line.payload() {
            Some(Payload::Str(s)) => s.as_str().is_empty(),
            Some(Payload::Bytes(b)) => b.is_empty(),
            _ => true,
        };
        if empty {
            break;
        }
        lines.push(line);
    }
    Ok(Value::list(lines))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    args.check_count(vm, "write", 2, 2)?;
    let binary = f.borrow().binary;
    let data = &args.args[1];
    let bytes = if binary {
        crate::objects::buffer::bytes_like(vm, data)?
    } else {
        None
    };
    let (text, count) = match (binary, data.payload()) {
        (false, Some(Payload::Str(s))) => (s.as_str().to_string(), s.char_len()),
        (true, _) if bytes.is_some() => {
            let b = bytes.as_deref().unwrap_or_default();
            check_open(vm, f)?;
            let mut file = f.borrow_mut();
            if let Stream::Disk {
                writer: Some(w), ..
            } = &mut file.stream
            {
                let r = w.write_all(b);
                drop(file);
                r.map_err(|e| os_error(vm, e, None))?;
                return Ok(Value::Int(b.len() as i64));
            }
            drop(file);
            return Err(vm.new_exception("OSError", "not writable"));
        }
        (false, _) => {
            let msg = format!("write() argument must be str, not {}", vm.type_name(data));
            return Err(vm.type_error(msg));
        }
        (true, _) => {
            let msg = format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(data)
            );
            return Err(vm.type_error(msg));
        }
    };
    let file = args.args[0].clone();
    write_file(vm, &file, &text, false)?;
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "writelines", 2, 2)?;
    let file = args.args[0].clone();
    for line in vm.collect(&args.args[1])? {
        write(vm, Args::new(vec![file.clone(), line]))?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    let mut file = f.borrow_mut();
    match &mut file.stream {
        Stream::Stdout => {
            drop(file);
            flush_stdout(vm)?;
        }
        Stream::Disk {
            writer: Some(w), ..
        } => {
            let r = w.flush();
            drop(file);
            r.map_err(|e| os_error(vm, e, None))?;
        }
        _ => {}
    }
    Ok(Value::None)
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    let mut file = f.borrow_mut();
    if file.closed {
        return Ok(Value::None);
    }
    if let Stream::Disk {
        writer: Some(w), ..
    } = &mut file.stream
    {
        let r = w.flush();
        if let Err(e) = r {
            drop(file);
            return Err(os_error(vm, e, None));
        }
    }
    if matches!(file.stream, Stream::Disk { .. }) {
        file.stream = Stream::Disk {
            reader: None,
            writer: None,
        };
    }
    file.closed = true;
    Ok(Value::None)
}

fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    check_open(vm, f)?;
    Ok(args.args[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    close(vm, Args::new(vec![args.args[0].clone()]))?;
    Ok(Value::None)
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    check_open(vm, f)?;
    Ok(args.args[0].clone())
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let file = args.args.first().cloned().unwrap_or(Value::None);
    let line = readline(vm, &file, -1)?;
    let empty = match line.payload() {
        Some(Payload::Str(s)) => s.as_str().is_empty(),
        Some(Payload::Bytes(b)) => b.is_empty(),
        _ => true,
    };
    if empty {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    args.check_count(vm, "seek", 2, 3)?;
    let offset = vm.to_index(&args.args[1])?;
    let whence = match args.args.get(2) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let pos = match whence {
        0 => SeekFrom::Start(offset.max(0) as u64),
        1 => SeekFrom::Current(offset),
        _ => SeekFrom::End(offset),
    };
    let mut file = f.borrow_mut();
    let r = match &mut file.stream {
        Stream::Disk { reader, writer } => {
            if let Some(w) = writer {
                let _ = w.flush();
            }
            match (reader, writer) {
                (Some(r), _) => r.seek(pos),
                (None, Some(w)) => w.seek(pos),
                _ => Ok(0),
            }
        }
        _ => Ok(0),
    };
    drop(file);
    let p = r.map_err(|e| os_error(vm, e, None))?;
    Ok(Value::Int(p as i64))
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    let mut file = f.borrow_mut();
    let r = match &mut file.stream {
        Stream::Disk {
            reader: Some(r), ..
        } => r.stream_position(),
        Stream::Disk {
            writer: Some(w), ..
        } => w.stream_position(),
        _ => Ok(0),
    };
    drop(file);
    let p = r.map_err(|e| os_error(vm, e, None))?;
    Ok(Value::Int(p as i64))
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    let file = f.borrow();
    Ok(Value::Int(match &file.stream {
        Stream::Stdin => 0,
        Stream::Stdout => 1,
        Stream::Stderr => 2,
        Stream::Disk {
            reader: Some(r), ..
        } => std::os::fd::AsRawFd::as_raw_fd(r.get_ref()) as i64,
        Stream::Disk {
            writer: Some(w), ..
        } => std::os::fd::AsRawFd::as_raw_fd(w.get_ref()) as i64,
        _ => -1,
    }))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = file_of(vm, &args)?;
    let file = f.borrow();
    Ok(Value::bool(match &file.stream {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

fn truthy_method(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::bool(true))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::File(f)) => Value::str(f.borrow().name.clone()),
        _ => Value::None,
    })
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::File(f)) => Value::str(f.borrow().mode.clone()),
        _ => Value::None,
    })
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v.payload() {
        Some(Payload::File(f)) => Value::bool(f.borrow().closed),
        _ => Value::None,
    })
}

fn get_encoding(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::str("utf-8"))
}

pub fn register(vm: &mut Vm) {
    let cls = vm.types().file.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("read", read),
        ("readline", readline_method),
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
        ("fileno", fileno),
        ("isatty", isatty),
        ("readable", truthy_method),
        ("writable", truthy_method),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "TextIOWrapper", name, *f);
    }
    crate::objects::class::add_getset(vm, &cls, "name", get_name);
    crate::objects::class::add_getset(vm, &cls, "mode", get_mode);
    crate::objects::class::add_getset(vm, &cls, "closed", get_closed);
    crate::objects::class::add_getset(vm, &cls, "encoding", get_encoding);
}
