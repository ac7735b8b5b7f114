//! The text layer (`TextIOWrapper`): characters over a binary file, in one of gilt's encodings,
//! with CPython's newline handling. On reading, `newline=None` ends lines at `\n`, `\r\n` or `\r`
//! and turns each into `\n`; `''` ends lines at the same three but returns them as they are; any
//! other value ends lines only at itself, untranslated. On writing, `\n` becomes the `newline`
//! given (`\r` or `\r\n`); None and `''` and `\n` write it as it is (`os.linesep` is `\n`).
//!
//! Lines are found in the bytes (every encoding here is ASCII-compatible) and decoded one line
//! or one read at a time, so nothing is decoded ahead of the reader and `tell()` is the binary
//! file's position. A decoding error's position therefore counts from the start of the line or
//! of the read, where CPython counts from the start of its 8 KiB chunk.

use super::binary::{self, LineEnd};
use super::codec::{self, Codec, BOM};
use super::{closed_error, is_closed, unsupported, FileObject, Kind};
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub struct Text {
    /// The binary file under this one (`f.buffer`). It holds no handles of its own, so no
    /// cycle can pass through it; the collector need not see this edge.
    pub buffer: Value,
    /// As given (`open(..., encoding='UTF8')` shows `UTF8`).
    pub encoding: String,
    pub codec: Codec,
    /// Shared, so a read or write copies a pointer, not the name.
    pub errors: Rc<str>,
    pub newline: Option<&'static str>,
    pub line_buffering: bool,
    pub write_through: bool,
    /// The kinds of line ends read so far, for `newlines`: 1 `\r`, 2 `\n`, 4 `\r\n`.
    seen: u8,
}

const SEEN_CR: u8 = 1;
const SEEN_LF: u8 = 2;
const SEEN_CRLF: u8 = 4;

impl Text {
    pub fn new(buffer: Value, encoding: String, codec: Codec, errors: String) -> Text {
        Text {
            buffer,
            encoding,
            codec,
            errors: Rc::from(errors),
            newline: None,
            line_buffering: false,
            write_through: false,
            seen: 0,
        }
    }

    /// `f.newlines`: None, one line end, or a tuple of those seen (universal modes only).
    pub fn newlines(&self) -> Value {
        let kinds: Vec<Value> = [(SEEN_CR, "\r"), (SEEN_LF, "\n"), (SEEN_CRLF, "\r\n")]
            .into_iter()
            .filter(|(bit, _)| self.seen & bit != 0)
            .map(|(_, s)| Value::str(s))
            .collect();
        match kinds.len() {
            0 => Value::None,
            1 => kinds.into_iter().next().unwrap_or(Value::None),
            _ => Value::tuple(kinds),
        }
    }
}

/// A text file's settings, copied out so no borrow is held while its buffer works.
struct Settings {
    buffer: Value,
    codec: Codec,
    errors: Rc<str>,
    newline: Option<&'static str>,
    line_buffering: bool,
    write_through: bool,
}

fn settings(file: &Value) -> Option<Settings> {
    let Some(Payload::File(f)) = file.payload() else {
        return None;
    };
    match &f.borrow().kind {
        Kind::Text(t) => Some(Settings {
            buffer: t.buffer.clone(),
            codec: t.codec,
            errors: t.errors.clone(),
            newline: t.newline,
            line_buffering: t.line_buffering,
            write_through: t.write_through,
        }),
        Kind::Binary(_) => None,
    }
}

fn buffer_object(settings: &Settings) -> Option<&FileObject> {
    match settings.buffer.payload() {
        Some(Payload::File(b)) => Some(b),
        _ => None,
    }
}

fn add_seen(file: &Value, bits: u8) {
    if bits == 0 {
        return;
    }
    if let Some(Payload::File(f)) = file.payload() {
        if let Kind::Text(t) = &mut f.borrow_mut().kind {
            t.seen |= bits;
        }
    }
}

/// Checks before reading: open, then readable. The settings and the buffer.
fn start_read(vm: &mut Vm, file: &Value) -> PyResult<Settings> {
    let Some(settings) = settings(file) else {
        return Err(vm.type_error("descriptor requires a text file"));
    };
    let (closed, readable) = match settings.buffer.payload() {
        Some(Payload::File(b)) => match &b.borrow().kind {
            Kind::Binary(b) => (b.is_closed(), b.readable),
            Kind::Text(_) => (true, false),
        },
        _ => (true, false),
    };
    if closed {
        return Err(closed_error(vm, "I/O operation on closed file."));
    }
    if !readable {
        return Err(unsupported(vm, "not readable"));
    }
    Ok(settings)
}

/// The line end of a newline setting.
fn line_end(newline: Option<&str>) -> LineEnd {
    match newline {
        None | Some("") => LineEnd::Any,
        Some("\r") => LineEnd::Cr,
        Some("\r\n") => LineEnd::CrLf,
        _ => LineEnd::Lf,
    }
}

/// Decode bytes read from the file: a `utf-8-sig` byte-order mark at the file's start is
/// skipped; universal newlines are translated (None) or only recorded ('').
fn decode(
    vm: &mut Vm,
    file: &Value,
    settings: &Settings,
    mut bytes: Vec<u8>,
    at_start: bool,
) -> PyResult<String> {
    if settings.codec == Codec::Utf8Sig && at_start && bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    let text = codec::decode_owned(vm, settings.codec, bytes, &settings.errors)?;
    match settings.newline {
        None => {
            let (translated, seen) = translate_universal(text, true);
            add_seen(file, seen);
            Ok(translated)
        }
        Some("") => {
            let (text, seen) = translate_universal(text, false);
            add_seen(file, seen);
            Ok(text)
        }
        _ => Ok(text),
    }
}

/// `\r\n` and `\r` to `\n` (when `translate`), and which kinds were there.
fn translate_universal(text: String, translate: bool) -> (String, u8) {
    if !text.contains('\r') || !translate {
        let seen = seen_kinds(&text);
        return (text, seen);
    }
    let mut out = String::with_capacity(text.len());
    let mut seen = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                seen |= SEEN_CRLF;
                out.push('\n');
            }
            '\r' => {
                seen |= SEEN_CR;
                out.push('\n');
            }
            '\n' => {
                seen |= SEEN_LF;
                out.push('\n');
            }
            c => out.push(c),
        }
    }
    (out, seen)
}

fn seen_kinds(text: &str) -> u8 {
    if !text.contains('\r') {
        return if text.contains('\n') { SEEN_LF } else { 0 };
    }
    let bytes = text.as_bytes();
    let mut seen = 0;
    for (i, b) in bytes.iter().enumerate() {
        match b {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => seen |= SEEN_CRLF,
            b'\r' => seen |= SEEN_CR,
            b'\n' if i > 0 && bytes[i - 1] == b'\r' => {}
            b'\n' => seen |= SEEN_LF,
            _ => {}
        }
    }
    seen
}

fn at_start(vm: &mut Vm, settings: &Settings) -> PyResult<bool> {
    if settings.codec != Codec::Utf8Sig {
        return Ok(false);
    }
    match buffer_object(settings) {
        Some(b) => Ok(binary::tell(vm, b)? == 0),
        None => Ok(false),
    }
}

/// `read(size)`: `size` characters, or the rest of the file.
pub fn read(vm: &mut Vm, file: &Value, size: Option<usize>) -> PyResult<Value> {
    let settings = start_read(vm, file)?;
    let Some(buffer) = buffer_object(&settings) else {
        return Ok(Value::str(""));
    };
    let start = at_start(vm, &settings)?;
    let bytes = match size {
        None => binary::read(vm, buffer, None)?,
        Some(n) => read_characters(
            vm,
            buffer,
            settings.codec,
            n,
            settings.newline.is_none(),
            None,
        )?,
    };
    Ok(Value::str(decode(vm, file, &settings, bytes, start)?))
}

/// `readline(limit)`: up to the next line end, or `limit` characters.
pub fn readline(vm: &mut Vm, file: &Value, limit: Option<usize>) -> PyResult<Value> {
    let settings = start_read(vm, file)?;
    let Some(buffer) = buffer_object(&settings) else {
        return Ok(Value::str(""));
    };
    let start = at_start(vm, &settings)?;
    let end = line_end(settings.newline);
    let bytes = match limit {
        None => binary::read_line_bytes(vm, buffer, end, None)?,
        Some(n) => read_characters(
            vm,
            buffer,
            settings.codec,
            n,
            settings.newline.is_none(),
            Some(end),
        )?,
    };
    Ok(Value::str(decode(vm, file, &settings, bytes, start)?))
}

/// The bytes of the next `count` characters (a `\r\n` counting as one when `pair_crlf`),
/// stopping after a line end when `stop_at` is given.
fn read_characters(
    vm: &mut Vm,
    buffer: &FileObject,
    codec: Codec,
    count: usize,
    pair_crlf: bool,
    stop_at: Option<LineEnd>,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut characters = 0;
    while characters < count {
        let Some(lead) = binary::peek_byte(vm, buffer)? else {
            break;
        };
        out.extend(binary::read(vm, buffer, Some(1))?);
        let length = if matches!(codec, Codec::Utf8 | Codec::Utf8Sig) {
            codec::utf8_length(lead)
        } else {
            1
        };
        for _ in 1..length {
            match binary::peek_byte(vm, buffer)? {
                Some(b) if (0x80..0xc0).contains(&b) => {
                    out.extend(binary::read(vm, buffer, Some(1))?)
                }
                _ => break,
            }
        }
        characters += 1;
        let ends_line = match (stop_at, lead) {
            (Some(LineEnd::Lf), b'\n') | (Some(LineEnd::Any), b'\n') => true,
            (Some(LineEnd::Cr), b'\r') => true,
            (Some(LineEnd::CrLf), b'\n') => out.len() >= 2 && out[out.len() - 2] == b'\r',
            (Some(LineEnd::Any), b'\r') => {
                if binary::peek_byte(vm, buffer)? == Some(b'\n')
                    && (pair_crlf || characters < count)
                {
                    out.extend(binary::read(vm, buffer, Some(1))?);
                    if !pair_crlf {
                        characters += 1;
                    }
                }
                true
            }
            (None, b'\r') if pair_crlf => {
                if binary::peek_byte(vm, buffer)? == Some(b'\n') {
                    out.extend(binary::read(vm, buffer, Some(1))?);
                }
                false
            }
            _ => false,
        };
        if ends_line {
            break;
        }
    }
    Ok(out)
}

/// `write(text)`: translate `\n`, encode, write to the buffer; flush on a line end when line
/// buffered, and always when writing through.
pub fn write(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    let Some(settings) = settings(file) else {
        return Err(vm.type_error("descriptor requires a text file"));
    };
    if is_closed(&settings.buffer) {
        return Err(closed_error(vm, "I/O operation on closed file."));
    }
    let Some(buffer) = buffer_object(&settings) else {
        return Ok(());
    };
    let writable = matches!(&buffer.borrow().kind, Kind::Binary(b) if b.writable);
    if !writable {
        return Err(unsupported(vm, "not writable"));
    }
    let translated;
    let text = match settings.newline {
        Some(newline @ ("\r" | "\r\n")) if text.contains('\n') => {
            translated = text.replace('\n', newline);
            translated.as_str()
        }
        _ => text,
    };
    let mut bytes = codec::encode(vm, settings.codec, text, &settings.errors)?;
    if settings.codec == Codec::Utf8Sig && binary::tell(vm, buffer)? == 0 {
        bytes.splice(0..0, BOM.iter().copied());
    }
    binary::write_unchecked(vm, buffer, &bytes)?;
    let line_end = text.contains('\n') || text.contains('\r');
    if settings.write_through || (settings.line_buffering && line_end) {
        binary::flush(vm, buffer)?;
    }
    Ok(())
}

/// `seek(offset, whence)` of a text file: positions are byte offsets; only a zero offset is
/// allowed from the current position or the end, as in CPython.
pub fn seek(vm: &mut Vm, file: &Value, offset: &Value, whence: i64) -> PyResult<Value> {
    let Some(settings) = settings(file) else {
        return Err(vm.type_error("descriptor requires a text file"));
    };
    if is_closed(&settings.buffer) {
        return Err(closed_error(vm, "I/O operation on closed file."));
    }
    let Some(buffer) = buffer_object(&settings) else {
        return Ok(Value::Int(0));
    };
    check_seekable(vm, buffer)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("invalid whence ({}, should be 0, 1 or 2)", whence)));
    }
    let offset = match offset {
        Value::Int(n) => *n,
        Value::Bool(b) => b.get() as i64,
        other => {
            let message = format!(
                "'<' not supported between instances of '{}' and 'int'",
                vm.type_name(other)
            );
            return Err(vm.type_error(message));
        }
    };
    let position = match whence {
        1 if offset != 0 => return Err(unsupported(vm, "can't do nonzero cur-relative seeks")),
        2 if offset != 0 => return Err(unsupported(vm, "can't do nonzero end-relative seeks")),
        0 if offset < 0 => return Err(vm.value_error(format!("negative seek position {}", offset))),
        1 => binary::tell(vm, buffer)?,
        _ => binary::seek(vm, buffer, offset, whence)?,
    };
    Ok(Value::Int(position as i64))
}

/// A text file over a pipe or a terminal cannot seek or tell.
pub fn check_seekable(vm: &mut Vm, buffer: &FileObject) -> PyResult<()> {
    let fd = match &buffer.borrow().kind {
        Kind::Binary(b) => b.fd(),
        Kind::Text(_) => -1,
    };
    // SAFETY: lseek on a descriptor number only queries its offset; a bad one fails.
    if unsafe { libc::lseek(fd, 0, libc::SEEK_CUR) } < 0 {
        return Err(unsupported(vm, "underlying stream is not seekable"));
    }
    Ok(())
}

/// `reconfigure(*, encoding, errors, newline, line_buffering, write_through)`.
pub fn reconfigure(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    let newline = args.take_kw("newline");
    let line_buffering = args.take_kw("line_buffering");
    let write_through = args.take_kw("write_through");
    args.no_kwargs(vm, "reconfigure")?;
    if args.args.len() > 1 {
        return Err(vm.type_error("reconfigure() takes no positional arguments"));
    }
    let file = args.args[0].clone();
    let Some(current) = settings(&file) else {
        return Err(vm.type_error("descriptor requires a text file"));
    };
    if is_closed(&current.buffer) {
        return Err(closed_error(vm, "I/O operation on closed file."));
    }
    let text_argument = |vm: &mut Vm, name: &str, v: &Option<Value>| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => match v.as_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => {
                    let message = format!(
                        "reconfigure() argument '{}' must be str or None, not {}",
                        name,
                        vm.type_name(v)
                    );
                    Err(vm.type_error(message))
                }
            },
        }
    };
    let encoding = text_argument(vm, "encoding", &encoding)?;
    let errors = text_argument(vm, "errors", &errors)?;
    let codec = match &encoding {
        Some(name) => match Codec::lookup(name) {
            Some(c) => Some(c),
            None => {
                return Err(vm.new_exception("LookupError", format!("unknown encoding: {}", name)))
            }
        },
        None => None,
    };
    let newline = match &newline {
        None => None,
        Some(v) => Some(super::open::newline_argument(vm, v, "reconfigure()")?),
    };
    let flag = |vm: &mut Vm, v: &Option<Value>| -> PyResult<Option<bool>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(v) => Ok(Some(vm.truthy(v)?)),
        }
    };
    let line_buffering = flag(vm, &line_buffering)?;
    let write_through = flag(vm, &write_through)?;
    if let Some(b) = buffer_object(&current) {
        binary::flush(vm, b)?;
    }
    if let Some(Payload::File(f)) = file.payload() {
        if let Kind::Text(t) = &mut f.borrow_mut().kind {
            if let (Some(name), Some(codec)) = (encoding, codec) {
                t.encoding = name;
                t.codec = codec;
                // A new encoding without an error handler resets it, as in CPython.
                if errors.is_none() {
                    t.errors = Rc::from("strict");
                }
            }
            if let Some(errors) = errors {
                t.errors = Rc::from(errors);
            }
            if let Some(newline) = newline {
                t.newline = newline;
            }
            if let Some(b) = line_buffering {
                t.line_buffering = b;
            }
            if let Some(b) = write_through {
                t.write_through = b;
            }
        }
    }
    Ok(Value::None)
}
