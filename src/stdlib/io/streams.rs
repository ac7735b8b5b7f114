//! The standard streams: `sys.stdin`, `sys.stdout`, `sys.stderr` as CPython 3.11 makes them
//! (`create_stdio`): text files over buffered binary files (`FileIO` for stdout and stderr under
//! `-u`), newline `\n` (no translation), the locale's encoding or `PYTHONIOENCODING`'s, stderr
//! with `backslashreplace`; stdout line-buffered on a terminal, written through under `-u`.
//!
//! Standard output's bytes go into one process-wide buffer, flushed when full, at exit, before
//! anything is written to standard error (so the two interleave as written) and before a fork
//! (so nothing is printed twice).

use std::io::{BufWriter, IsTerminal, Write};

use super::binary::{Binary, Raw};
use super::codec::Codec;
use super::text::Text;
use super::{file_value, BinaryClass, File, Kind};
use crate::objects::{Payload, PyResult, Value};
use crate::runtime::sync::Mutex;
use crate::vm::Vm;

static STDOUT: Mutex<Option<BufWriter<std::io::Stdout>>> = Mutex::new(None);

fn with_stdout<R>(f: impl FnOnce(&mut BufWriter<std::io::Stdout>) -> R) -> R {
    let mut guard = STDOUT.lock();
    let w = guard.get_or_insert_with(|| BufWriter::with_capacity(8192, std::io::stdout()));
    f(w)
}

fn stdout_error(vm: &mut Vm, e: std::io::Error) -> crate::objects::PyErr {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        return vm.new_exception("BrokenPipeError", "[Errno 32] Broken pipe");
    }
    crate::stdlib::os::os_error(vm, e, None)
}

/// Bytes for standard output, into the process-wide buffer.
pub fn write_stdout_bytes(vm: &mut Vm, data: &[u8]) -> PyResult<()> {
    with_stdout(|w| w.write_all(data)).map_err(|e| stdout_error(vm, e))
}

pub fn flush_stdout(vm: &mut Vm) -> PyResult<()> {
    with_stdout(|w| w.flush()).map_err(|e| stdout_error(vm, e))
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

pub fn write_stderr_bytes(data: &[u8]) {
    flush_std_streams();
    let mut e = std::io::stderr();
    let _ = e.write_all(data);
    let _ = e.flush();
}

pub fn write_stderr(s: &str) {
    write_stderr_bytes(s.as_bytes());
}

/// A line from `sys.__stdin__` (the REPL's input and `input()` when stdin was not replaced):
/// None at end of input.
pub fn read_stdin_line(vm: &mut Vm) -> PyResult<Option<String>> {
    let stdin = vm.sys_attr("__stdin__");
    let line = match stdin {
        Some(stdin) if matches!(stdin.payload(), Some(Payload::File(_))) => {
            super::readline_value(vm, &stdin, None)?
        }
        _ => return Ok(None),
    };
    Ok(line.as_str().filter(|s| !s.is_empty()).map(String::from))
}

/// `print(..., file=f)`: write to `f`, or to `sys.stdout` when `f` is None; a file object of
/// gilt's directly, anything else through its `write` method (and `flush`, when asked).
pub fn write_to(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    let file = if file.is_none() {
        match vm.sys_stream("stdout") {
            // CPython's print does nothing when sys.stdout is None.
            Some(v) if v.is_none() => return Ok(()),
            Some(v) => v,
            None => return Err(vm.runtime_error("lost sys.stdout")),
        }
    } else {
        file.clone()
    };
    if let Some(Payload::File(f)) = file.payload() {
        let is_text = matches!(f.borrow().kind, Kind::Text(_));
        if is_text {
            super::text::write(vm, &file, text)?;
            if flush {
                super::flush(vm, crate::objects::Args::new(vec![file.clone()]))?;
            }
            return Ok(());
        }
    }
    vm.call_method(&file, "write", vec![Value::str(text)])?;
    if flush {
        vm.call_method(&file, "flush", vec![])?;
    }
    Ok(())
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

/// The encoding and error handler of the standard streams, as CPython picks them.
fn stdio_encoding(stream: &str) -> (String, Codec, String) {
    let config = crate::cli::config();
    let codec = config
        .io_encoding
        .as_deref()
        .and_then(Codec::lookup)
        .unwrap_or(Codec::Utf8);
    let encoding = codec.canonical_name().to_string();
    let errors = if stream == "stderr" {
        "backslashreplace".to_string()
    } else if let Some(errors) = &config.io_errors {
        errors.clone()
    } else if config.io_encoding.is_some() {
        "strict".to_string()
    } else if config.flags.utf8_mode > 0 || super::open::locale_is_c() || utf8_locale() {
        // CPython's `config_get_stdio_errors`: UTF-8 mode and the C locale (or C.UTF-8, its
        // coercion target) use surrogateescape.
        "surrogateescape".to_string()
    } else {
        "strict".to_string()
    };
    (encoding, codec, errors)
}

/// Whether the locale is C.UTF-8 (what CPython coerces the C locale to).
fn utf8_locale() -> bool {
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|name| std::env::var(name).ok().filter(|v| !v.is_empty()));
    matches!(locale.as_deref(), Some("C.UTF-8" | "C.utf8"))
}

/// `sys.stdin`, `sys.stdout` or `sys.stderr`.
pub fn std_stream(vm: &mut Vm, kind: &str) -> Value {
    let unbuffered = crate::cli::config().unbuffered;
    let (name, raw, readable) = match kind {
        "stdout" => ("<stdout>", Raw::Stdout, false),
        "stderr" => ("<stderr>", Raw::Stderr, false),
        _ => ("<stdin>", Raw::Stdin, true),
    };
    let class = if readable {
        BinaryClass::Reader
    } else if unbuffered {
        BinaryClass::FileIO
    } else {
        BinaryClass::Writer
    };
    let mut binary = Binary::new(class, raw, readable, !readable);
    binary.closefd = false;
    let class_object = match class {
        BinaryClass::Reader => vm.types().buffered_reader.clone(),
        BinaryClass::FileIO => vm.types().file_io.clone(),
        _ => vm.types().buffered_writer.clone(),
    };
    let name_value = Value::str(name);
    let shown = super::name_repr(vm, &name_value);
    let buffer = file_value(
        class_object,
        File {
            name: name_value.clone(),
            name_repr: shown.clone(),
            mode: String::new(),
            kind: Kind::Binary(binary),
        },
    );
    let (encoding, codec, errors) = stdio_encoding(kind);
    let mut text = Text::new(buffer, encoding, codec, errors);
    text.newline = Some("\n");
    text.line_buffering = match kind {
        "stdout" => !unbuffered && std::io::stdout().is_terminal(),
        // Since 3.9 stderr is line-buffered even on a pipe, except under -u (written through).
        "stderr" => !unbuffered,
        _ => false,
    };
    text.write_through = unbuffered && kind != "stdin";
    file_value(
        vm.types().file.clone(),
        File {
            name: name_value,
            name_repr: shown,
            mode: if readable { "r" } else { "w" }.to_string(),
            kind: Kind::Text(text),
        },
    )
}
