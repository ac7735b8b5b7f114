//! The binary layer: a raw file (a descriptor on disk, or one of the three standard streams)
//! with a read-ahead buffer and a write buffer, as CPython's `BufferedReader`/`Writer`/`Random`
//! over `FileIO`; with no buffering (`FileIO` itself, `open(..., buffering=0)`) every write goes
//! straight to the descriptor.
//!
//! Standard output is the exception: its bytes go into one process-wide buffer
//! (`streams::write_stdout_bytes`), shared by `sys.stdout`, `sys.stdout.buffer` and the
//! runtime's own writes and flushed before a fork, so nothing is lost or doubled. Standard
//! input is read without the GIL, with no borrow of the file held meanwhile.

use std::io::{Read, Seek, SeekFrom, Write};

use super::{closed_error, os_error, unsupported, BinaryClass, FileObject, Kind};
use crate::objects::PyResult;
use crate::vm::Vm;

/// CPython's `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

pub enum Raw {
    Disk(std::fs::File),
    Stdin,
    Stdout,
    Stderr,
}

pub struct Binary {
    pub class: BinaryClass,
    /// None once closed.
    pub raw: Option<Raw>,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    /// Whether closing the file closes the descriptor.
    pub closefd: bool,
    /// The descriptor, kept for `fileno()` messages after close and for the standard streams.
    pub descriptor: i32,
    /// 0: every write goes out at once.
    pub buffer_size: usize,
    read_buffer: Vec<u8>,
    read_position: usize,
    write_buffer: Vec<u8>,
}

impl Binary {
    pub fn new(class: BinaryClass, raw: Raw, readable: bool, writable: bool) -> Binary {
        let descriptor = match &raw {
            Raw::Disk(f) => std::os::fd::AsRawFd::as_raw_fd(f),
            Raw::Stdin => 0,
            Raw::Stdout => 1,
            Raw::Stderr => 2,
        };
        Binary {
            class,
            raw: Some(raw),
            readable,
            writable,
            appending: false,
            created: false,
            closefd: true,
            descriptor,
            buffer_size: if class == BinaryClass::FileIO {
                0
            } else {
                DEFAULT_BUFFER_SIZE
            },
            read_buffer: Vec::new(),
            read_position: 0,
            write_buffer: Vec::new(),
        }
    }

    pub fn is_closed(&self) -> bool {
        self.raw.is_none()
    }

    pub fn fd(&self) -> i32 {
        self.descriptor
    }

    /// The raw file's mode, as `FileIO.mode` shows it.
    pub fn raw_mode(&self) -> String {
        let plus = if self.readable && self.writable {
            "+"
        } else {
            ""
        };
        if self.created {
            format!("xb{}", plus)
        } else if self.appending {
            format!("ab{}", plus)
        } else if self.readable {
            format!("rb{}", plus)
        } else {
            "wb".to_string()
        }
    }

    fn unread(&self) -> usize {
        self.read_buffer.len() - self.read_position
    }

    fn take_buffered(&mut self, n: usize) -> Vec<u8> {
        let n = n.min(self.unread());
        let out = self.read_buffer[self.read_position..self.read_position + n].to_vec();
        self.read_position += n;
        if self.read_position == self.read_buffer.len() {
            self.read_buffer.clear();
            self.read_position = 0;
        }
        out
    }

    fn append_read(&mut self, chunk: &[u8]) {
        if self.read_position > 0 {
            self.read_buffer.drain(..self.read_position);
            self.read_position = 0;
        }
        self.read_buffer.extend_from_slice(chunk);
    }

    /// Write out the write buffer.
    fn flush_writes(&mut self) -> std::io::Result<()> {
        if self.write_buffer.is_empty() {
            return Ok(());
        }
        let pending = std::mem::take(&mut self.write_buffer);
        match &mut self.raw {
            Some(Raw::Disk(f)) => f.write_all(&pending),
            _ => Ok(()),
        }
    }

    /// Before a write or a seek: the raw position is past what was read ahead, so move it back
    /// to where the reader is.
    fn drop_read_ahead(&mut self) -> std::io::Result<()> {
        let unread = self.unread() as i64;
        self.read_buffer.clear();
        self.read_position = 0;
        if unread > 0 {
            if let Some(Raw::Disk(f)) = &mut self.raw {
                f.seek(SeekFrom::Current(-unread))?;
            }
        }
        Ok(())
    }
}

impl Drop for Binary {
    /// A file freed without `close()` still writes what it buffered, as CPython's
    /// `IOBase.__del__` closes it; a descriptor the file does not own stays open.
    fn drop(&mut self) {
        let _ = self.flush_writes();
        if let Some(Raw::Disk(f)) = self.raw.take() {
            if !self.closefd {
                let _ = std::os::fd::IntoRawFd::into_raw_fd(f);
            }
        }
    }
}

/// Borrow the binary state of `file` mutably for `f` (which must not run Python code).
fn with<R>(file: &FileObject, f: impl FnOnce(&mut Binary) -> R) -> Option<R> {
    match &mut file.borrow_mut().kind {
        Kind::Binary(b) => Some(f(b)),
        Kind::Text(_) => None,
    }
}

/// The checks before a read: open ("read of closed file") and readable.
fn check_readable(vm: &mut Vm, file: &FileObject) -> PyResult<()> {
    let state = with(file, |b| (b.is_closed(), b.readable, b.class)).unwrap_or((
        true,
        false,
        BinaryClass::Reader,
    ));
    match state {
        (true, _, BinaryClass::FileIO) => Err(closed_error(vm, "I/O operation on closed file")),
        (true, _, _) => Err(closed_error(vm, "read of closed file")),
        (false, false, BinaryClass::FileIO) => Err(unsupported(vm, "File not open for reading")),
        (false, false, _) => Err(unsupported(vm, "read")),
        _ => Ok(()),
    }
}

fn check_writable(vm: &mut Vm, file: &FileObject) -> PyResult<()> {
    let state = with(file, |b| (b.is_closed(), b.writable, b.class)).unwrap_or((
        true,
        false,
        BinaryClass::Writer,
    ));
    match state {
        (true, _, BinaryClass::FileIO) => Err(closed_error(vm, "I/O operation on closed file")),
        (true, _, _) => Err(closed_error(vm, "write to closed file")),
        (false, false, BinaryClass::FileIO) => Err(unsupported(vm, "File not open for writing")),
        (false, false, _) => Err(unsupported(vm, "write")),
        _ => Ok(()),
    }
}

/// Read more bytes into the read-ahead buffer; false at end of file.
fn fill(vm: &mut Vm, file: &FileObject, wanted: usize) -> PyResult<bool> {
    let is_stdin = with(file, |b| matches!(b.raw, Some(Raw::Stdin))).unwrap_or(false);
    // Never more than a megabyte at a time: `read(2**40)` of a small file reads what is there.
    let chunk_size = wanted.clamp(DEFAULT_BUFFER_SIZE, 1 << 20);
    let chunk = if is_stdin {
        super::streams::flush_std_streams();
        // Waiting for the console is blocking IO: other threads run meanwhile.
        vm.allow_threads(crate::runtime::gil::BlockReason::Io, move || {
            let mut buffer = vec![0u8; chunk_size];
            loop {
                match std::io::stdin().lock().read(&mut buffer) {
                    Ok(n) => {
                        buffer.truncate(n);
                        return Ok(buffer);
                    }
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                }
            }
        })
    } else {
        with(file, |b| {
            b.flush_writes()?;
            let mut buffer = vec![0u8; chunk_size];
            match &mut b.raw {
                Some(Raw::Disk(f)) => loop {
                    match f.read(&mut buffer) {
                        Ok(n) => {
                            buffer.truncate(n);
                            break Ok(buffer);
                        }
                        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                        Err(e) => break Err(e),
                    }
                },
                _ => Ok(Vec::new()),
            }
        })
        .unwrap_or(Ok(Vec::new()))
    };
    let chunk = chunk.map_err(|e| os_error(vm, e))?;
    if chunk.is_empty() {
        return Ok(false);
    }
    with(file, |b| b.append_read(&chunk));
    Ok(true)
}

fn unread(file: &FileObject) -> usize {
    with(file, |b| b.unread()).unwrap_or(0)
}

fn take(file: &FileObject, n: usize) -> Vec<u8> {
    with(file, |b| b.take_buffered(n)).unwrap_or_default()
}

/// `read(size)`: `size` bytes or up to end of file (None: everything left).
pub fn read(vm: &mut Vm, file: &FileObject, size: Option<usize>) -> PyResult<Vec<u8>> {
    check_readable(vm, file)?;
    if let Some(n) = size {
        // CPython makes the result buffer first: a size no allocation can hold is a MemoryError.
        let mut probe: Vec<u8> = Vec::new();
        if probe.try_reserve_exact(n).is_err() {
            return Err(vm.new_exception_args("MemoryError", vec![]));
        }
    }
    let unbuffered = with(file, |b| b.buffer_size == 0).unwrap_or(false);
    match size {
        Some(n) if unbuffered => {
            // FileIO.read(n): one read of the descriptor.
            if unread(file) == 0 {
                fill(vm, file, n)?;
            }
            Ok(take(file, n))
        }
        Some(n) => {
            while unread(file) < n {
                if !fill(vm, file, n - unread(file))? {
                    break;
                }
            }
            Ok(take(file, n))
        }
        None => {
            while fill(vm, file, DEFAULT_BUFFER_SIZE * 8)? {}
            Ok(take(file, usize::MAX))
        }
    }
}

/// `read1(size)`: what is buffered, or one read of the raw file.
pub fn read1(vm: &mut Vm, file: &FileObject, size: Option<usize>) -> PyResult<Vec<u8>> {
    check_readable(vm, file)?;
    if unread(file) == 0 {
        fill(vm, file, size.unwrap_or(DEFAULT_BUFFER_SIZE))?;
    }
    Ok(take(file, size.unwrap_or(usize::MAX)))
}

/// `peek()`: the buffered bytes, reading once if none are.
pub fn peek(vm: &mut Vm, file: &FileObject) -> PyResult<Vec<u8>> {
    check_readable(vm, file)?;
    if unread(file) == 0 {
        fill(vm, file, DEFAULT_BUFFER_SIZE)?;
    }
    Ok(with(file, |b| b.read_buffer[b.read_position..].to_vec()).unwrap_or_default())
}

/// The next byte, not consumed; None at end of file.
pub fn peek_byte(vm: &mut Vm, file: &FileObject) -> PyResult<Option<u8>> {
    if unread(file) == 0 && !fill(vm, file, 1)? {
        return Ok(None);
    }
    Ok(with(file, |b| b.read_buffer.get(b.read_position).copied()).flatten())
}

/// Where a line ends.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum LineEnd {
    /// `\n`
    Lf,
    /// `\r`
    Cr,
    /// `\r\n`
    CrLf,
    /// Any of `\n`, `\r\n`, `\r` (universal newlines).
    Any,
}

/// Bytes up to and including the next line end (or `limit` bytes, or end of file). The caller
/// checked the file is open and readable.
pub fn read_line_bytes(
    vm: &mut Vm,
    file: &FileObject,
    end: LineEnd,
    limit: Option<usize>,
) -> PyResult<Vec<u8>> {
    let mut line = Vec::new();
    // The common case in one borrow: a whole `\n`-ended line already buffered.
    if end == LineEnd::Lf && limit.is_none() {
        let found = with(file, |b| {
            let data = &b.read_buffer[b.read_position..];
            let n = data.iter().position(|c| *c == b'\n')? + 1;
            Some(b.take_buffered(n))
        })
        .flatten();
        if let Some(found) = found {
            return Ok(found);
        }
    }
    loop {
        let room = limit.map_or(usize::MAX, |l| l - line.len());
        if room == 0 {
            return Ok(line);
        }
        if unread(file) == 0 && !fill(vm, file, 1)? {
            return Ok(line);
        }
        // Scan the buffered bytes for the end; `pending_cr` is a `\r` at the buffer's end
        // that may start a `\r\n`.
        let (found, pending_cr) = with(file, |b| {
            let data = &b.read_buffer[b.read_position..];
            let data = &data[..data.len().min(room)];
            let previous_cr = line.last() == Some(&b'\r');
            for (i, byte) in data.iter().enumerate() {
                match (end, *byte) {
                    (LineEnd::Lf, b'\n') | (LineEnd::Cr, b'\r') => return (Some(i + 1), false),
                    (LineEnd::CrLf, b'\n') if i > 0 && data[i - 1] == b'\r' => {
                        return (Some(i + 1), false)
                    }
                    (LineEnd::CrLf, b'\n') if i == 0 && previous_cr => return (Some(1), false),
                    (LineEnd::Any, b'\n') => return (Some(i + 1), false),
                    (LineEnd::Any, b'\r') if i + 1 < data.len() => {
                        let length = if data[i + 1] == b'\n' { i + 2 } else { i + 1 };
                        return (Some(length), false);
                    }
                    (LineEnd::Any, b'\r') => return (None, true),
                    _ => {}
                }
            }
            (None, false)
        })
        .unwrap_or((None, false));
        match found {
            Some(n) => {
                line.extend(take(file, n));
                return Ok(line);
            }
            None if pending_cr => {
                // Everything up to and including the `\r`; then a `\n` may follow.
                let n = unread(file).min(room);
                line.extend(take(file, n));
                if limit.is_some_and(|l| line.len() >= l) {
                    return Ok(line);
                }
                if peek_byte(vm, file)? == Some(b'\n') {
                    line.extend(take(file, 1));
                }
                return Ok(line);
            }
            None => {
                let n = unread(file).min(room);
                line.extend(take(file, n));
            }
        }
    }
}

/// `readline(limit)` of a binary file: up to `\n`.
pub fn readline(vm: &mut Vm, file: &FileObject, limit: Option<usize>) -> PyResult<Vec<u8>> {
    check_readable(vm, file)?;
    read_line_bytes(vm, file, LineEnd::Lf, limit)
}

/// `write(data)`.
pub fn write(vm: &mut Vm, file: &FileObject, data: &[u8]) -> PyResult<()> {
    check_writable(vm, file)?;
    write_unchecked(vm, file, data)
}

/// Write to a file already checked open and writable (the text layer's writes).
pub fn write_unchecked(vm: &mut Vm, file: &FileObject, data: &[u8]) -> PyResult<()> {
    enum Target {
        Stdout,
        Stderr,
        Done,
    }
    let target = with(file, |b| -> std::io::Result<Target> {
        match &b.raw {
            Some(Raw::Stdout) => return Ok(Target::Stdout),
            Some(Raw::Stderr) => return Ok(Target::Stderr),
            _ => {}
        }
        b.drop_read_ahead()?;
        b.write_buffer.extend_from_slice(data);
        if b.buffer_size == 0 || b.write_buffer.len() >= b.buffer_size {
            b.flush_writes()?;
        }
        Ok(Target::Done)
    })
    .unwrap_or(Ok(Target::Done));
    match target.map_err(|e| os_error(vm, e))? {
        Target::Stdout => {
            super::streams::write_stdout_bytes(vm, data)?;
            if crate::cli::config().unbuffered {
                super::streams::flush_stdout(vm)?;
            }
        }
        Target::Stderr => super::streams::write_stderr_bytes(data),
        Target::Done => {}
    }
    Ok(())
}

/// `flush()`.
pub fn flush(vm: &mut Vm, file: &FileObject) -> PyResult<()> {
    let state = with(file, |b| {
        (b.is_closed(), b.class, matches!(b.raw, Some(Raw::Stdout)))
    });
    match state {
        Some((true, BinaryClass::FileIO, _)) => {
            return Err(closed_error(vm, "I/O operation on closed file"))
        }
        Some((true, _, _)) => return Err(closed_error(vm, "flush of closed file")),
        Some((false, _, true)) => return super::streams::flush_stdout(vm),
        _ => {}
    }
    with(file, |b| b.flush_writes())
        .unwrap_or(Ok(()))
        .map_err(|e| os_error(vm, e))
}

/// `close()`: flush, then let the descriptor go (closing it unless `closefd` is false). Closing
/// twice does nothing.
pub fn close(vm: &mut Vm, file: &FileObject) -> PyResult<()> {
    let is_stdout = with(file, |b| matches!(b.raw, Some(Raw::Stdout))).unwrap_or(false);
    if is_stdout {
        super::streams::flush_stdout(vm)?;
    }
    let result = with(file, |b| {
        if b.is_closed() {
            return Ok(());
        }
        let flushed = b.flush_writes();
        b.read_buffer.clear();
        b.read_position = 0;
        if let Some(Raw::Disk(f)) = b.raw.take() {
            if !b.closefd {
                let _ = std::os::fd::IntoRawFd::into_raw_fd(f);
            }
        }
        flushed
    })
    .unwrap_or(Ok(()));
    result.map_err(|e| os_error(vm, e))
}

fn check_open_for(vm: &mut Vm, file: &FileObject, what: &str) -> PyResult<()> {
    let state = with(file, |b| (b.is_closed(), b.class)).unwrap_or((true, BinaryClass::Reader));
    match state {
        (true, BinaryClass::FileIO) => Err(closed_error(vm, "I/O operation on closed file")),
        (true, _) => Err(closed_error(vm, &format!("{} of closed file", what))),
        _ => Ok(()),
    }
}

/// The raw descriptor's offset (lseek), for the standard streams (a pipe cannot seek).
fn descriptor_seek(vm: &mut Vm, fd: i32, offset: i64, whence: i32) -> PyResult<u64> {
    // SAFETY: lseek takes a descriptor number and plain integers; a bad one fails with errno.
    let position = unsafe { libc::lseek(fd, offset, whence) };
    if position < 0 {
        return Err(os_error(vm, std::io::Error::last_os_error()));
    }
    Ok(position as u64)
}

/// `tell()`: where the reader or writer is, counting what is buffered.
pub fn tell(vm: &mut Vm, file: &FileObject) -> PyResult<u64> {
    check_open_for(vm, file, "tell")?;
    let state = with(file, |b| match &mut b.raw {
        Some(Raw::Disk(f)) => {
            let raw = f.stream_position()?;
            Ok(Some(
                (raw + b.write_buffer.len() as u64).saturating_sub(b.unread() as u64),
            ))
        }
        _ => Ok(None),
    })
    .unwrap_or(Ok(None))
    .map_err(|e| os_error(vm, e))?;
    match state {
        Some(position) => Ok(position),
        None => {
            let fd = with(file, |b| b.fd()).unwrap_or(-1);
            if fd == 1 {
                flush_stdout_quietly(vm);
            }
            descriptor_seek(vm, fd, 0, libc::SEEK_CUR)
        }
    }
}

fn flush_stdout_quietly(vm: &mut Vm) {
    let _ = super::streams::flush_stdout(vm);
}

/// `seek(offset, whence)`: the new absolute position.
pub fn seek(vm: &mut Vm, file: &FileObject, offset: i64, whence: i64) -> PyResult<u64> {
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("whence value {} unsupported", whence)));
    }
    check_open_for(vm, file, "seek")?;
    let result = with(file, |b| {
        let unread = b.unread() as i64;
        b.flush_writes()?;
        b.read_buffer.clear();
        b.read_position = 0;
        match &mut b.raw {
            Some(Raw::Disk(f)) => {
                let target = match whence {
                    0 if offset < 0 => return Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
                    0 => SeekFrom::Start(offset as u64),
                    // The reader's position is behind the raw one by what was read ahead.
                    1 => SeekFrom::Current(offset.saturating_sub(unread)),
                    _ => SeekFrom::End(offset),
                };
                f.seek(target).map(Some)
            }
            _ => Ok(None),
        }
    })
    .unwrap_or(Ok(None))
    .map_err(|e| os_error(vm, e))?;
    match result {
        Some(position) => Ok(position),
        None => {
            let fd = with(file, |b| b.fd()).unwrap_or(-1);
            let whence = [libc::SEEK_SET, libc::SEEK_CUR, libc::SEEK_END][whence as usize];
            descriptor_seek(vm, fd, offset, whence)
        }
    }
}

/// `truncate(size=None)`: cut (or extend) the file to `size` bytes (the current position by
/// default); the position does not move.
pub fn truncate(vm: &mut Vm, file: &FileObject, size: Option<i64>) -> PyResult<u64> {
    check_open_for(vm, file, "truncate")?;
    let writable = with(file, |b| b.writable).unwrap_or(false);
    if !writable {
        let is_raw = with(file, |b| b.class == BinaryClass::FileIO).unwrap_or(false);
        return Err(unsupported(
            vm,
            if is_raw {
                "File not open for writing"
            } else {
                "truncate"
            },
        ));
    }
    let size = match size {
        Some(s) if s < 0 => {
            return Err(os_error(
                vm,
                std::io::Error::from_raw_os_error(libc::EINVAL),
            ))
        }
        Some(s) => s as u64,
        None => tell(vm, file)?,
    };
    with(file, |b| {
        b.flush_writes()?;
        b.drop_read_ahead()?;
        match &mut b.raw {
            Some(Raw::Disk(f)) => f.set_len(size),
            _ => Err(std::io::Error::from_raw_os_error(libc::EINVAL)),
        }
    })
    .unwrap_or(Ok(()))
    .map_err(|e| os_error(vm, e))?;
    Ok(size)
}
