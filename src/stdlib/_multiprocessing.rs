//! `_multiprocessing`: the native layer under gilt's `multiprocessing` (which, as CPython's, is
//! written in Python above it).
//!
//! - `SemLock(kind, value, maxvalue)`: a POSIX semaphore in a shared anonymous mapping, so a
//!   process forked after its creation shares it (gilt forks only; nothing needs a name). As in
//!   CPython, the owner count of a recursive lock lives in the object, per process: a forked
//!   child starts with count 0 (the pid is kept beside the count and compared).
//! - `send_message(fd, data)` / `recv_message(fd)`: one message on a pipe or socket, a 4-byte
//!   big-endian length then the bytes, as CPython's `Connection` frames them.
//! - `poll(fd, timeout)`: whether a descriptor has something to read.
//!
//! Every wait releases the GIL. An untimed acquire of a semaphore that no other process can
//! reach (made in this process, and no fork since) is watched by the deadlock detector like a
//! thread lock; once a fork has happened another process might release it, so it is not.

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::objects::class::NativeFn;
use crate::objects::{Args, Payload, PyResult, Value};
use crate::runtime::gil::BlockReason;
use crate::runtime::sync::Mutex;
use crate::stdlib::os::{fd_arg, retry_interrupted};
use crate::vm::{dict_set_str, Vm};

/// CPython's `_multiprocessing` kinds.
pub const RECURSIVE_MUTEX: i64 = 0;
pub const SEMAPHORE: i64 = 1;

/// A `sem_t` in memory mapped shared with every process forked after it was made.
struct SharedSemaphore(*mut libc::sem_t);

// A process-shared POSIX semaphore is made to be used by many threads and processes at once.
// SAFETY: the pointer stays valid until `Drop`, which runs when the last `Arc` goes.
unsafe impl Send for SharedSemaphore {}
// SAFETY: as above: every operation on it is one of the thread-safe `sem_*` calls.
unsafe impl Sync for SharedSemaphore {}

/// A fresh zero-filled mapping of `size` bytes, shared with every process forked later.
fn map_shared(size: usize) -> std::io::Result<*mut libc::c_void> {
    // SAFETY: an anonymous shared mapping of `size` bytes; no existing memory is touched.
    let memory = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_SHARED | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if memory == libc::MAP_FAILED {
        return Err(std::io::Error::last_os_error());
    }
    Ok(memory)
}

impl SharedSemaphore {
    fn new(value: u32) -> std::io::Result<SharedSemaphore> {
        let size = std::mem::size_of::<libc::sem_t>();
        let memory = map_shared(size)?;
        let sem = memory.cast::<libc::sem_t>();
        // SAFETY: `sem` points at fresh, writable, suitably aligned (page-aligned) memory.
        if unsafe { libc::sem_init(sem, 1, value) } < 0 {
            let e = std::io::Error::last_os_error();
            // SAFETY: unmapping the mapping made above, which nothing else refers to.
            unsafe { libc::munmap(memory, size) };
            return Err(e);
        }
        Ok(SharedSemaphore(sem))
    }

    fn try_wait(&self) -> bool {
        loop {
            // SAFETY: `self.0` is an initialised semaphore (see `new`).
            if unsafe { libc::sem_trywait(self.0) } == 0 {
                return true;
            }
            if std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                return false;
            }
        }
    }

    /// Wait until the semaphore can be decremented or `deadline` passes; whether it was.
    fn wait(&self, deadline: Option<Instant>) -> bool {
        loop {
            let r = match deadline {
                // SAFETY: `self.0` is an initialised semaphore.
                None => unsafe { libc::sem_wait(self.0) },
                Some(d) => {
                    let left = d.saturating_duration_since(Instant::now());
                    let mut now = libc::timespec {
                        tv_sec: 0,
                        tv_nsec: 0,
                    };
                    // SAFETY: `now` is a valid timespec to fill.
                    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME, &mut now) };
                    let total = now.tv_nsec as u128 + left.subsec_nanos() as u128;
                    let until = libc::timespec {
                        tv_sec: now.tv_sec
                            + left.as_secs() as libc::time_t
                            + (total / 1_000_000_000) as libc::time_t,
                        tv_nsec: (total % 1_000_000_000) as libc::c_long,
                    };
                    // SAFETY: `self.0` is an initialised semaphore, `until` a valid timespec.
                    unsafe { libc::sem_timedwait(self.0, &until) }
                }
            };
            if r == 0 {
                return true;
            }
            match std::io::Error::last_os_error().raw_os_error() {
                Some(libc::EINTR) => continue,
                _ => return false,
            }
        }
    }

    fn post(&self) -> std::io::Result<()> {
        // SAFETY: `self.0` is an initialised semaphore.
        if unsafe { libc::sem_post(self.0) } < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(())
    }

    fn value(&self) -> i64 {
        let mut value: libc::c_int = 0;
        // SAFETY: `self.0` is an initialised semaphore and `value` a valid int to fill.
        unsafe { libc::sem_getvalue(self.0, &mut value) };
        value as i64
    }
}

impl Drop for SharedSemaphore {
    fn drop(&mut self) {
        // Not sem_destroy: other processes may still use it. Unmapping ends only this process's
        // view; the memory goes with the last process that maps it.
        // SAFETY: `self.0` is the start of the mapping made in `new`, of that size.
        unsafe { libc::munmap(self.0.cast(), std::mem::size_of::<libc::sem_t>()) };
    }
}

/// Who holds a recursive lock, and how often, in this process.
#[derive(Default, Clone, Copy)]
struct Owner {
    pid: u32,
    thread: u64,
    count: u64,
}

pub struct SemLockState {
    semaphore: SharedSemaphore,
    kind: i64,
    maxvalue: i64,
    owner: Mutex<Owner>,
    /// The process that made it and its fork count then (see `may_be_shared`).
    creator: u32,
    forks_at_creation: u64,
}

impl SemLockState {
    /// This process's count (0 in a child forked while the parent held it).
    fn owner(&self) -> Owner {
        let owner = *self.owner.lock();
        if owner.pid == crate::runtime::fork::current_pid() {
            owner
        } else {
            Owner::default()
        }
    }

    fn is_mine(&self, thread: u64) -> bool {
        let owner = self.owner();
        owner.count > 0 && owner.thread == thread
    }

    fn taken(&self, thread: u64) {
        let mut owner = self.owner.lock();
        let pid = crate::runtime::fork::current_pid();
        if owner.pid != pid {
            *owner = Owner {
                pid,
                ..Owner::default()
            };
        }
        owner.thread = thread;
        owner.count += 1;
    }

    /// Whether some other process may hold or release it: it came from another process, or
    /// this one has forked since it was made.
    fn may_be_shared(&self) -> bool {
        self.creator != crate::runtime::fork::current_pid()
            || self.forks_at_creation != crate::runtime::fork::fork_count()
    }

    /// For the deadlock report: no unit left.
    pub fn is_zero(&self) -> bool {
        self.semaphore.value() == 0
    }

    /// For the deadlock report: the thread of this process that took it last.
    pub fn holder(&self) -> u64 {
        self.owner().thread
    }
}

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_multiprocessing");
    let cls = vm.types().semlock.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct_semlock));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("release", release),
        ("__exit__", exit),
        ("_count", count),
        ("_is_mine", is_mine),
        ("_get_value", get_value),
        ("_is_zero", is_zero),
        ("_after_fork", after_fork),
        ("_kind", kind),
        ("_maxvalue", maxvalue),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "SemLock", name, *f);
    }
    // Waits name the script line they block on (the deadlock report): they read the caller.
    vm.add_method_with_caller(&cls, "SemLock", "acquire", acquire);
    vm.add_method_with_caller(&cls, "SemLock", "__enter__", acquire);
    dict_set_str(&d, vm.intern("SemLock"), Value::Obj(cls));
    register_shared_array(vm, &d);
    dict_set_str(
        &d,
        vm.intern("RECURSIVE_MUTEX"),
        Value::Int(RECURSIVE_MUTEX),
    );
    dict_set_str(&d, vm.intern("SEMAPHORE"), Value::Int(SEMAPHORE));
    dict_set_str(&d, vm.intern("SEM_VALUE_MAX"), Value::Int(i32::MAX as i64));
    vm.add_function(&d, "_multiprocessing", "send_message", send_message);
    vm.add_function(&d, "_multiprocessing", "recv_message", recv_message);
    vm.add_function(&d, "_multiprocessing", "poll", poll);
    vm.add_function(&d, "_multiprocessing", "socketpair", socketpair);
    vm.add_function(&d, "_multiprocessing", "wait_readable", wait_readable);
    vm.add_function(&d, "_multiprocessing", "listen", listen);
    vm.add_function(&d, "_multiprocessing", "accept", accept);
    vm.add_function(&d, "_multiprocessing", "connect", connect);
    Ok(m)
}

fn construct_semlock(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "SemLock")?;
    args.check_count(vm, "SemLock", 3, 3)?;
    let kind = vm.to_index(&args.args[0])?;
    let value = vm.to_index(&args.args[1])?;
    let maxvalue = vm.to_index(&args.args[2])?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(vm.value_error("unrecognized kind"));
    }
    if value < 0 || value > i32::MAX as i64 {
        return Err(vm.value_error("invalid value"));
    }
    let semaphore = match SharedSemaphore::new(value as u32) {
        Ok(s) => s,
        Err(e) => return Err(crate::stdlib::os::os_error(vm, e, None)),
    };
    Ok(Value::obj(Payload::SemLock(Arc::new(SemLockState {
        semaphore,
        kind,
        maxvalue,
        owner: Mutex::new(Owner::default()),
        creator: crate::runtime::fork::current_pid(),
        forks_at_creation: crate::runtime::fork::fork_count(),
    }))))
}

fn state<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Arc<SemLockState>> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::SemLock(s)) => Ok(s),
        _ => Err(vm.type_error("descriptor requires a '_multiprocessing.SemLock' object")),
    }
}

/// `acquire(block=True, timeout=None)`, as CPython's `_multiprocessing.SemLock.acquire`.
fn acquire(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let block_kw = args.take_kw("block");
    let timeout_kw = args.take_kw("timeout");
    args.no_kwargs(vm, "acquire")?;
    let block = match block_kw.or_else(|| args.args.get(1).cloned()) {
        Some(b) => vm.truthy(&b)?,
        None => true,
    };
    let timeout = match timeout_kw.or_else(|| args.args.get(2).cloned()) {
        None => None,
        Some(t) => timeout_arg(vm, &t)?,
    };
    let state = state(vm, args.args.first())?.clone();
    let me = vm.thread_id.get();
    if state.kind == RECURSIVE_MUTEX && state.is_mine(me) {
        state.taken(me);
        return Ok(Value::bool(true));
    }
    if state.semaphore.try_wait() {
        state.taken(me);
        return Ok(Value::bool(true));
    }
    if !block || timeout == Some(0.0) {
        return Ok(Value::bool(false));
    }
    let deadline = timeout.map(deadline_after);
    let watched = deadline.is_none() && !state.may_be_shared();
    if watched {
        crate::objects::lock::begin_watched_wait(
            vm,
            crate::runtime::deadlock::AwaitedLock::SemLock(state.clone()),
        );
    }
    let waiting = state.clone();
    let got = vm.allow_threads(BlockReason::Lock, move || waiting.semaphore.wait(deadline));
    if watched {
        crate::runtime::deadlock::end_wait(me);
    }
    if got {
        state.taken(me);
    }
    Ok(Value::bool(got))
}

fn release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "release", 1, 1)?;
    let state = state(vm, args.args.first())?;
    let me = vm.thread_id.get();
    if state.kind == RECURSIVE_MUTEX {
        if !state.is_mine(me) {
            return Err(vm.new_exception(
                "AssertionError",
                "attempt to release recursive lock not owned by thread",
            ));
        }
        let mut owner = state.owner.lock();
        if owner.count > 1 {
            owner.count -= 1;
            return Ok(Value::None);
        }
    } else if state.semaphore.value() >= state.maxvalue {
        return Err(vm.value_error("semaphore or lock released too many times"));
    }
    if let Err(e) = state.semaphore.post() {
        return Err(crate::stdlib::os::os_error(vm, e, None));
    }
    let mut owner = state.owner.lock();
    if owner.pid == crate::runtime::fork::current_pid() {
        owner.count = owner.count.saturating_sub(1);
    }
    Ok(Value::None)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.args.first().cloned().unwrap_or(Value::None);
    release(vm, Args::new(vec![this]))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = state(vm, args.args.first())?;
    Ok(Value::Int(state.owner().count as i64))
}

fn is_mine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = state(vm, args.args.first())?;
    Ok(Value::bool(state.is_mine(vm.thread_id.get())))
}

fn get_value(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = state(vm, args.args.first())?;
    Ok(Value::Int(state.semaphore.value()))
}

fn is_zero(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = state(vm, args.args.first())?;
    Ok(Value::bool(state.is_zero()))
}

fn after_fork(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let state = state(vm, args.args.first())?;
    *state.owner.lock() = Owner::default();
    Ok(Value::None)
}

fn kind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.args.first())?.kind))
}

fn maxvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(state(vm, args.args.first())?.maxvalue))
}

/// Write all of `data`, retrying after signals and partial writes.
fn write_all(fd: i32, mut data: &[u8]) -> std::io::Result<()> {
    while !data.is_empty() {
        let n = retry_interrupted(|| {
            // SAFETY: `data` is valid for `data.len()` bytes of reading.
            unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) as isize }
        })?;
        data = &data[n as usize..];
    }
    Ok(())
}

/// Read exactly `n` bytes; `Ok(None)` when the writer closed before the first byte, an
/// `UnexpectedEof` error when it closed in the middle. Reads grow the buffer as data arrives,
/// so a corrupt length costs no allocation beyond what was really sent.
fn read_exact(fd: i32, n: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut out = Vec::new();
    let mut chunk = vec![0u8; n.min(1 << 16)];
    while out.len() < n {
        let want = (n - out.len()).min(chunk.len());
        let got = retry_interrupted(|| {
            // SAFETY: `chunk` is valid for `want` bytes of writing.
            unsafe { libc::read(fd, chunk.as_mut_ptr().cast(), want) as isize }
        })?;
        if got == 0 {
            if out.is_empty() {
                return Ok(None);
            }
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        out.extend_from_slice(&chunk[..got as usize]);
    }
    Ok(Some(out))
}

fn send_message(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "send_message", 2, 2)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let data = crate::objects::buffer::expect_bytes_like(vm, &args.args[1])?;
    let Ok(length) = i32::try_from(data.len()) else {
        return Err(vm.value_error("bytes object is too large to send"));
    };
    let mut message = Vec::with_capacity(4 + data.len());
    message.extend_from_slice(&length.to_be_bytes());
    message.extend_from_slice(&data);
    let result = vm.allow_threads(BlockReason::Io, move || write_all(fd, &message));
    match result {
        Ok(()) => Ok(Value::None),
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

fn recv_message(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "recv_message", 1, 1)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let result = vm.allow_threads(BlockReason::Io, move || {
        let Some(header) = read_exact(fd, 4)? else {
            return Ok(None);
        };
        let length = i32::from_be_bytes([header[0], header[1], header[2], header[3]]);
        if length < 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                "negative message length",
            ));
        }
        match read_exact(fd, length as usize)? {
            Some(data) => Ok(Some(data)),
            None if length == 0 => Ok(Some(Vec::new())),
            None => Err(std::io::ErrorKind::UnexpectedEof.into()),
        }
    });
    match result {
        Ok(Some(data)) => Ok(Value::obj(Payload::Bytes(data))),
        Ok(None) => Err(vm.new_exception_args("EOFError", vec![])),
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
            Err(vm.new_exception("OSError", "got end of file during message"))
        }
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            Err(vm.new_exception("OSError", e.to_string()))
        }
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

/// `socketpair()`: two connected Unix stream sockets (a duplex `Pipe`), closed on exec.
fn socketpair(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "socketpair", 0, 0)?;
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` is a valid array of two ints for the kernel to fill.
    let r = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if r < 0 {
        return Err(crate::stdlib::os::os_error(
            vm,
            std::io::Error::last_os_error(),
            None,
        ));
    }
    Ok(Value::tuple(vec![
        Value::Int(fds[0] as i64),
        Value::Int(fds[1] as i64),
    ]))
}

/// A timeout argument: None waits for ever, a negative one counts as zero.
fn timeout_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<f64>> {
    match v {
        Value::None => Ok(None),
        t => Ok(Some(crate::objects::float::to_f64(vm, t)?.max(0.0))),
    }
}

/// The instant `seconds` from now (capped where `Instant` arithmetic would overflow).
fn deadline_after(seconds: f64) -> Instant {
    Instant::now() + Duration::from_secs_f64(seconds.min(9.2e9))
}

/// Wait, without the GIL (call it inside `allow_threads`), until one of `fds` has something to
/// read or is closed, or `deadline` passes; the positions of the ready ones.
fn poll_readable(fds: &[i32], deadline: Option<Instant>) -> std::io::Result<Vec<usize>> {
    let mut entries: Vec<libc::pollfd> = fds
        .iter()
        .map(|&fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        })
        .collect();
    loop {
        let wait_ms = match deadline {
            None => -1,
            Some(d) => {
                // Rounded up: poll's milliseconds must not end the wait before the deadline.
                let left = d.saturating_duration_since(Instant::now());
                left.as_millis().min(i32::MAX as u128) as i32
                    + i32::from(left.subsec_nanos() % 1_000_000 != 0)
            }
        };
        let ready = retry_interrupted(|| {
            // SAFETY: `entries` is a valid array of `entries.len()` pollfds.
            unsafe {
                libc::poll(entries.as_mut_ptr(), entries.len() as libc::nfds_t, wait_ms) as isize
            }
        })?;
        if ready == 0 && deadline.is_some_and(|d| Instant::now() < d) {
            continue;
        }
        return Ok(entries
            .iter()
            .enumerate()
            .filter(|(_, e)| e.revents != 0)
            .map(|(i, _)| i)
            .collect());
    }
}

/// `wait_readable(fds, timeout)`: the descriptors of the list that have something to read (or
/// are closed), waiting until one has or `timeout` passes (None: for ever); the GIL is released
/// while waiting. `multiprocessing.connection.wait` and the process pool's manager use it.
fn wait_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "wait_readable", 2, 2)?;
    let items = vm.collect(&args.args[0])?;
    let mut fds = Vec::with_capacity(items.len());
    for item in &items {
        fds.push(fd_arg(vm, item)?);
    }
    let deadline = timeout_arg(vm, &args.args[1])?.map(deadline_after);
    match vm.allow_threads(BlockReason::Io, move || poll_readable(&fds, deadline)) {
        Ok(ready) => Ok(Value::list(
            ready.into_iter().map(|i| items[i].clone()).collect(),
        )),
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

/// `poll(fd, timeout)`: whether `fd` has something to read; None waits for ever; the GIL is
/// released while waiting.
fn poll(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "poll", 2, 2)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let deadline = timeout_arg(vm, &args.args[1])?.map(deadline_after);
    match vm.allow_threads(BlockReason::Io, move || poll_readable(&[fd], deadline)) {
        Ok(ready) => Ok(Value::bool(!ready.is_empty())),
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

/// `SharedArray(typecode, length)`: `length` C values of one `array`-style type code in memory
/// mapped shared with every process forked after it was made: what `multiprocessing.Value` and
/// `Array` (`sharedctypes`) store their data in. Reads and writes are plain loads and stores, as
/// ctypes' are: two processes writing at once without the lock race, as they do in CPython.
pub struct SharedArray {
    memory: *mut u8,
    bytes: usize,
    typecode: u8,
    length: usize,
}

// The mapping stays valid until `Drop` (the last `Arc`); element reads and writes are plain
// copies of `Copy` bytes, which cannot break memory safety even when they race (the values may
// tear, as with ctypes in CPython).
// SAFETY: see above: nothing but the mapping's bytes is shared, and they are only copied.
unsafe impl Send for SharedArray {}
// SAFETY: as above.
unsafe impl Sync for SharedArray {}

/// Element size of a type code, as ctypes' (c_char, c_byte, c_short, c_int, c_long, c_float,
/// c_double...).
fn item_size(typecode: u8) -> Option<usize> {
    Some(match typecode {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'd' => 8,
        _ => return None,
    })
}

impl SharedArray {
    fn new(typecode: u8, length: usize) -> std::io::Result<SharedArray> {
        let size = item_size(typecode).unwrap_or(1);
        let bytes = (size * length).max(1);
        let memory = map_shared(bytes)?;
        Ok(SharedArray {
            memory: memory.cast(),
            bytes,
            typecode,
            length,
        })
    }

    /// The element's bytes (native byte order), `index` < `length`.
    fn read(&self, index: usize) -> [u8; 8] {
        let size = item_size(self.typecode).unwrap_or(1);
        let mut out = [0u8; 8];
        // SAFETY: `index < length`, so the `size` bytes at `index * size` lie inside the mapping.
        unsafe {
            std::ptr::copy_nonoverlapping(self.memory.add(index * size), out.as_mut_ptr(), size)
        };
        out
    }

    fn write(&self, index: usize, value: &[u8]) {
        let size = item_size(self.typecode).unwrap_or(1);
        // SAFETY: `index < length` and `value` holds at least `size` bytes.
        unsafe {
            std::ptr::copy_nonoverlapping(value.as_ptr(), self.memory.add(index * size), size)
        };
    }

    fn raw(&self) -> Vec<u8> {
        let n = self.length * item_size(self.typecode).unwrap_or(1);
        // SAFETY: the first `n` bytes of the mapping are valid to read.
        unsafe { std::slice::from_raw_parts(self.memory, n) }.to_vec()
    }
}

impl Drop for SharedArray {
    fn drop(&mut self) {
        // SAFETY: unmapping this process's view of the mapping made in `new`, of that size.
        unsafe { libc::munmap(self.memory.cast(), self.bytes) };
    }
}

fn shared_array<'a>(vm: &mut Vm, v: Option<&'a Value>) -> PyResult<&'a Arc<SharedArray>> {
    match v.and_then(|v| v.payload()) {
        Some(Payload::SharedArray(a)) => Ok(a),
        _ => Err(vm.type_error("descriptor requires a '_multiprocessing.SharedArray' object")),
    }
}

fn construct_shared_array(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "SharedArray")?;
    args.check_count(vm, "SharedArray", 2, 2)?;
    let typecode = match args.args[0].as_str() {
        Some(s) if s.len() == 1 && item_size(s.as_bytes()[0]).is_some() => s.as_bytes()[0],
        _ => {
            let msg = format!("unsupported type code {}", vm.repr(&args.args[0])?);
            return Err(vm.type_error(msg));
        }
    };
    let length = vm.to_index(&args.args[1])?;
    if !(0..=(1 << 40)).contains(&length) {
        return Err(vm.value_error("invalid array length"));
    }
    match SharedArray::new(typecode, length as usize) {
        Ok(a) => Ok(Value::obj(Payload::SharedArray(Arc::new(a)))),
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

fn element_index(vm: &mut Vm, array: &SharedArray, v: &Value) -> PyResult<usize> {
    let i = vm.to_index(v)?;
    if i < 0 || i as usize >= array.length {
        return Err(vm.index_error("invalid index"));
    }
    Ok(i as usize)
}

fn shared_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_get", 2, 2)?;
    let array = shared_array(vm, args.args.first())?.clone();
    let index = element_index(vm, &array, &args.args[1])?;
    let b = array.read(index);
    Ok(match array.typecode {
        b'c' => Value::obj(Payload::Bytes(vec![b[0]])),
        b'?' => Value::bool(b[0] != 0),
        b'b' => Value::Int(b[0] as i8 as i64),
        b'B' => Value::Int(b[0] as i64),
        b'h' => Value::Int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => Value::Int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => Value::Int(i32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'I' => Value::Int(u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as i64),
        b'f' => Value::float(f32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'd' => Value::float(f64::from_ne_bytes(b)),
        b'L' | b'Q' => crate::objects::int::normalize(u64::from_ne_bytes(b).into()),
        _ => Value::Int(i64::from_ne_bytes(b)),
    })
}

fn shared_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_set", 3, 3)?;
    let array = shared_array(vm, args.args.first())?.clone();
    let index = element_index(vm, &array, &args.args[1])?;
    let value = &args.args[2];
    let bytes: Vec<u8> = match array.typecode {
        b'c' => match value.payload() {
            Some(Payload::Bytes(b)) if b.len() == 1 => b.clone(),
            _ => {
                let msg = format!(
                    "one character bytes, bytearray or integer expected, not {}",
                    vm.type_name(value)
                );
                return Err(vm.type_error(msg));
            }
        },
        b'f' | b'd' => {
            let f = match value {
                Value::Int(i) => *i as f64,
                Value::Bool(b) => b.get() as i64 as f64,
                Value::Float(f) => f.get(),
                _ => {
                    let msg = format!("must be real number, not {}", vm.type_name(value));
                    return Err(vm.type_error(msg));
                }
            };
            if array.typecode == b'f' {
                (f as f32).to_ne_bytes().to_vec()
            } else {
                f.to_ne_bytes().to_vec()
            }
        }
        _ => {
            let n = match value {
                Value::Int(i) => *i,
                Value::Bool(b) => b.get() as i64,
                _ => match value.payload() {
                    // ctypes keeps the low bits of an int too large for the C type.
                    Some(Payload::BigInt(b)) => {
                        let (_, digits) = b.to_u64_digits();
                        let low = digits.first().copied().unwrap_or(0) as i64;
                        if b.sign() == num_bigint::Sign::Minus {
                            low.wrapping_neg()
                        } else {
                            low
                        }
                    }
                    _ => {
                        let msg = format!("int expected instead of {}", vm.type_name(value));
                        return Err(vm.type_error(msg));
                    }
                },
            };
            n.to_ne_bytes().to_vec()
        }
    };
    // Native byte order: the low bytes of the little-endian i64 are the narrower integer.
    array.write(index, &bytes);
    Ok(Value::None)
}

fn shared_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let array = shared_array(vm, args.args.first())?;
    Ok(Value::Int(array.length as i64))
}

fn shared_raw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let array = shared_array(vm, args.args.first())?;
    Ok(Value::obj(Payload::Bytes(array.raw())))
}

fn shared_typecode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let array = shared_array(vm, args.args.first())?;
    Ok(Value::str((array.typecode as char).to_string()))
}

fn register_shared_array(vm: &mut Vm, d: &crate::objects::ObjRef) {
    let cls = vm.types().shared_array.clone();
    if let Payload::Class(cd) = &cls.payload {
        cd.constructor.set(Some(construct_shared_array));
    }
    let methods: &[(&'static str, NativeFn)] = &[
        ("_get", shared_get),
        ("_set", shared_set),
        ("__len__", shared_len),
        ("_raw", shared_raw),
        ("_typecode", shared_typecode),
    ];
    for (name, f) in methods {
        vm.add_method(&cls, "SharedArray", name, *f);
    }
    dict_set_str(d, vm.intern("SharedArray"), Value::Obj(cls));
}

// ---------------------------------------------------------------------------------------------
// Listener sockets, for `multiprocessing.managers`: the manager's server process accepts a
// connection from every process (and thread) that uses one of its proxies, so a socket pair
// made up front would not do; the clients are forked later and from anywhere.
//
// - `listen()` -> `(fd, address)`: a Unix stream socket listening on an abstract address the
//   kernel picks (autobind), so no file is left behind and no two listeners collide. The address
//   is a str starting with "\0", as CPython spells abstract addresses.
// - `accept(fd)` -> fd of the accepted connection.
// - `connect(address)` -> fd of a socket connected to the listener at `address`.
//
// Every descriptor is close-on-exec; blocking calls release the GIL.
// ---------------------------------------------------------------------------------------------

fn last_os_error(vm: &mut Vm) -> crate::objects::PyErr {
    crate::stdlib::os::os_error(vm, std::io::Error::last_os_error(), None)
}

/// The length of the `sockaddr_un` header before `sun_path`.
fn sun_path_offset() -> usize {
    std::mem::size_of::<libc::sockaddr_un>() - std::mem::size_of::<[libc::c_char; 108]>()
}

/// Close a descriptor given up after a failure (the failure is what gets reported).
fn close_quietly(fd: i32) {
    // SAFETY: `fd` is a descriptor this module opened and nothing else refers to.
    unsafe { libc::close(fd) };
}

fn unix_socket(vm: &mut Vm) -> PyResult<i32> {
    // SAFETY: plain socket creation; no memory is passed.
    let fd = unsafe { libc::socket(libc::AF_UNIX, libc::SOCK_STREAM | libc::SOCK_CLOEXEC, 0) };
    if fd < 0 {
        return Err(last_os_error(vm));
    }
    Ok(fd)
}

fn listen(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "listen", 0, 0)?;
    let fd = unix_socket(vm)?;
    // SAFETY: an all-zero sockaddr_un is valid; only the family is set.
    let mut addr: libc::sockaddr_un = unsafe { std::mem::zeroed() };
    addr.sun_family = libc::AF_UNIX as libc::sa_family_t;
    // Binding with nothing but the family asks Linux for a fresh abstract address (autobind).
    let family_len = std::mem::size_of::<libc::sa_family_t>() as libc::socklen_t;
    // SAFETY: `addr` is a valid sockaddr_un at least `family_len` bytes long.
    let bound = unsafe { libc::bind(fd, (&addr as *const libc::sockaddr_un).cast(), family_len) };
    // SAFETY: `fd` is the socket made above.
    if bound < 0 || unsafe { libc::listen(fd, 128) } < 0 {
        let e = last_os_error(vm);
        close_quietly(fd);
        return Err(e);
    }
    let mut len = std::mem::size_of::<libc::sockaddr_un>() as libc::socklen_t;
    let address_out = (&mut addr as *mut libc::sockaddr_un).cast();
    // SAFETY: `addr` is writable for `len` bytes, which the kernel updates to the real length.
    let named = unsafe { libc::getsockname(fd, address_out, &mut len) };
    if named < 0 {
        let e = last_os_error(vm);
        close_quietly(fd);
        return Err(e);
    }
    let n = (len as usize)
        .saturating_sub(sun_path_offset())
        .min(addr.sun_path.len());
    // The autobind name is a NUL and five hex digits, so it is always valid text.
    let address: String = addr.sun_path[..n]
        .iter()
        .map(|&c| c as u8 as char)
        .collect();
    Ok(Value::tuple(vec![
        Value::Int(fd as i64),
        Value::str(address),
    ]))
}

fn accept(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "accept", 1, 1)?;
    let fd = fd_arg(vm, &args.args[0])?;
    let result = vm.allow_threads(BlockReason::Io, move || {
        retry_interrupted(|| {
            // SAFETY: null address and length: the peer's address is not wanted.
            unsafe {
                libc::accept4(
                    fd,
                    std::ptr::null_mut(),
                    std::ptr::null_mut(),
                    libc::SOCK_CLOEXEC,
                ) as isize
            }
        })
    });
    match result {
        Ok(conn) => Ok(Value::Int(conn as i64)),
        Err(e) => Err(crate::stdlib::os::os_error(vm, e, None)),
    }
}

fn connect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "connect", 1, 1)?;
    let address = match args.args[0].payload() {
        Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
        _ => {
            let msg = format!("address must be str, not {}", vm.type_name(&args.args[0]));
            return Err(vm.type_error(msg));
        }
    };
    // SAFETY: an all-zero sockaddr_un is valid.
    let mut addr: libc::sockaddr_un = unsafe { std::mem::zeroed() };
    addr.sun_family = libc::AF_UNIX as libc::sa_family_t;
    // A filesystem path needs its terminating NUL inside sun_path; an abstract name does not.
    let abstract_name = address.first() == Some(&0);
    if address.is_empty() || address.len() + usize::from(!abstract_name) > addr.sun_path.len() {
        return Err(vm.value_error("AF_UNIX path too long"));
    }
    for (slot, &b) in addr.sun_path.iter_mut().zip(&address) {
        *slot = b as libc::c_char;
    }
    let len = (sun_path_offset() + address.len() + usize::from(!abstract_name)) as libc::socklen_t;
    let fd = unix_socket(vm)?;
    let result = vm.allow_threads(BlockReason::Io, move || loop {
        // SAFETY: `addr` is a valid sockaddr_un of at least `len` bytes.
        let r = unsafe { libc::connect(fd, (&addr as *const libc::sockaddr_un).cast(), len) };
        if r == 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        // After EINTR the connection goes on in the background; EISCONN then means it is made.
        match e.raw_os_error() {
            Some(libc::EINTR) => continue,
            Some(libc::EISCONN) => return Ok(()),
            _ => return Err(e),
        }
    });
    match result {
        Ok(()) => Ok(Value::Int(fd as i64)),
        Err(e) => {
            close_quietly(fd);
            Err(crate::stdlib::os::os_error(vm, e, None))
        }
    }
}
