//! `_hashlib` and `_blake2`: the native hash objects `hashlib.py` and `hmac.py` are written over.
//!
//! `_hashlib` has what CPython's OpenSSL module gives: the `openssl_<name>` constructors (md5,
//! sha1, the sha2 and sha3 families, shake_128/256) making `HASH` and `HASHXOF` objects, `new`,
//! `pbkdf2_hmac` and `compare_digest`. `_blake2` has the `blake2b`/`blake2s` types with every
//! parameter of RFC 7693 and the BLAKE2 tree mode (CPython's `_blake2`); the BLAKE2 compression is
//! written here, since the crate exposes neither tree parameters nor a runtime digest size with a key.
//! The digests come from the RustCrypto crates (`md-5`, `sha1`, `sha2`, `sha3`).
//!
//! The one rule: a hash object's state lives behind an `Arc<Mutex<_>>`, never a `RefCell`, because
//! hashing more than 2047 bytes releases the GIL (as CPython's `ENTER_HASHLIB` does) and runs on a
//! copy of the data with only the `Arc` in the closure; another thread using the same object
//! meanwhile waits for the mutex, trying once without blocking before it gives the GIL up.
//! Left out: `scrypt`, `hmac_digest`/`hmac_new` (hmac.py is pure Python), `get_fips_mode`.

use std::sync::{Arc, Mutex, MutexGuard, TryLockError};

use sha2::digest::{Digest, ExtendableOutput, Update, XofReader};

use super::binascii::{bigint_arg, bytes_value, module_error, params};
use crate::objects::buffer::bytes_like;
use crate::objects::class::NativeFn;
use crate::objects::native::{self, NativeData, TypeSpec};
use crate::objects::{Args, ObjRef, PyResult, Value};
use crate::runtime::gil::BlockReason;
use crate::vm::{dict_set_str, Vm};

/// CPython releases the GIL for updates of more than this many bytes (`HASHLIB_GIL_MINSIZE`).
const GIL_MINSIZE: usize = 2048;

const HASH: &str = "_hashlib.HASH";
const HASHXOF: &str = "_hashlib.HASHXOF";
const BLAKE2B: &str = "_blake2.blake2b";
const BLAKE2S: &str = "_blake2.blake2s";

/// The names `hashlib.new` and `pbkdf2_hmac` know, the constructors of `_hashlib`.
const NAMES: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
];

// ----- the hash states --------------------------------------------------------------------------

#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2<u64>),
    Blake2s(Blake2<u32>),
}

impl Hasher {
    fn named(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md5(Default::default()),
            "sha1" => Hasher::Sha1(Default::default()),
            "sha224" => Hasher::Sha224(Default::default()),
            "sha256" => Hasher::Sha256(Default::default()),
            "sha384" => Hasher::Sha384(Default::default()),
            "sha512" => Hasher::Sha512(Default::default()),
            "sha3_224" => Hasher::Sha3_224(Default::default()),
            "sha3_256" => Hasher::Sha3_256(Default::default()),
            "sha3_384" => Hasher::Sha3_384(Default::default()),
            "sha3_512" => Hasher::Sha3_512(Default::default()),
            "shake_128" => Hasher::Shake128(Default::default()),
            "shake_256" => Hasher::Shake256(Default::default()),
            _ => return None,
        })
    }

    fn name(&self) -> &'static str {
        match self {
            Hasher::Md5(_) => "md5",
            Hasher::Sha1(_) => "sha1",
            Hasher::Sha224(_) => "sha224",
            Hasher::Sha256(_) => "sha256",
            Hasher::Sha384(_) => "sha384",
            Hasher::Sha512(_) => "sha512",
            Hasher::Sha3_224(_) => "sha3_224",
            Hasher::Sha3_256(_) => "sha3_256",
            Hasher::Sha3_384(_) => "sha3_384",
            Hasher::Sha3_512(_) => "sha3_512",
            Hasher::Shake128(_) => "shake_128",
            Hasher::Shake256(_) => "shake_256",
            Hasher::Blake2b(_) => "blake2b",
            Hasher::Blake2s(_) => "blake2s",
        }
    }

    /// `digest_size` (0 for the extendable-output shakes, as CPython says).
    fn digest_size(&self) -> usize {
        match self {
            Hasher::Md5(_) => 16,
            Hasher::Sha1(_) => 20,
            Hasher::Sha224(_) | Hasher::Sha3_224(_) => 28,
            Hasher::Sha256(_) | Hasher::Sha3_256(_) => 32,
            Hasher::Sha384(_) | Hasher::Sha3_384(_) => 48,
            Hasher::Sha512(_) | Hasher::Sha3_512(_) => 64,
            Hasher::Shake128(_) | Hasher::Shake256(_) => 0,
            Hasher::Blake2b(b) => b.out_len,
            Hasher::Blake2s(b) => b.out_len,
        }
    }

    fn block_size(&self) -> usize {
        match self {
            Hasher::Md5(_) | Hasher::Sha1(_) | Hasher::Sha224(_) | Hasher::Sha256(_) => 64,
            Hasher::Sha384(_) | Hasher::Sha512(_) => 128,
            Hasher::Sha3_224(_) => 144,
            Hasher::Sha3_256(_) => 136,
            Hasher::Sha3_384(_) => 104,
            Hasher::Sha3_512(_) => 72,
            Hasher::Shake128(_) => 168,
            Hasher::Shake256(_) => 136,
            Hasher::Blake2b(_) => 128,
            Hasher::Blake2s(_) => 64,
        }
    }

    fn is_xof(&self) -> bool {
        matches!(self, Hasher::Shake128(_) | Hasher::Shake256(_))
    }

    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => Digest::update(h, data),
            Hasher::Sha1(h) => Digest::update(h, data),
            Hasher::Sha224(h) => Digest::update(h, data),
            Hasher::Sha256(h) => Digest::update(h, data),
            Hasher::Sha384(h) => Digest::update(h, data),
            Hasher::Sha512(h) => Digest::update(h, data),
            Hasher::Sha3_224(h) => Digest::update(h, data),
            Hasher::Sha3_256(h) => Digest::update(h, data),
            Hasher::Sha3_384(h) => Digest::update(h, data),
            Hasher::Sha3_512(h) => Digest::update(h, data),
            Hasher::Shake128(h) => Update::update(h, data),
            Hasher::Shake256(h) => Update::update(h, data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }

    /// The digest of what was hashed so far (the state itself goes on); `xof_len` bytes for
    /// the shakes.
    fn digest(&self, xof_len: usize) -> Vec<u8> {
        fn xof(h: impl ExtendableOutput, n: usize) -> Vec<u8> {
            let mut out = vec![0u8; n];
            h.finalize_xof().read(&mut out);
            out
        }
        match self {
            Hasher::Md5(h) => h.clone().finalize().to_vec(),
            Hasher::Sha1(h) => h.clone().finalize().to_vec(),
            Hasher::Sha224(h) => h.clone().finalize().to_vec(),
            Hasher::Sha256(h) => h.clone().finalize().to_vec(),
            Hasher::Sha384(h) => h.clone().finalize().to_vec(),
            Hasher::Sha512(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_224(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_256(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_384(h) => h.clone().finalize().to_vec(),
            Hasher::Sha3_512(h) => h.clone().finalize().to_vec(),
            Hasher::Shake128(h) => xof(h.clone(), xof_len),
            Hasher::Shake256(h) => xof(h.clone(), xof_len),
            Hasher::Blake2b(h) => h.clone().finalize(),
            Hasher::Blake2s(h) => h.clone().finalize(),
        }
    }
}

// ----- BLAKE2 (RFC 7693, with the tree parameters of the BLAKE2 paper) -------------------------

/// The word operations BLAKE2b (u64) and BLAKE2s (u32) differ in.
trait Word: Copy + Default + std::ops::BitXor<Output = Self> + Send + 'static {
    const BYTES: usize;
    const IV: [Self; 8];
    /// The rotations of the mixing function G.
    const ROT: [u32; 4];
    const ROUNDS: usize;
    fn add(self, other: Self) -> Self;
    fn rotr(self, n: u32) -> Self;
    fn from_le(b: &[u8]) -> Self;
    fn to_le(self, out: &mut Vec<u8>);
    fn from_u64(v: u64) -> Self;
    fn ones() -> Self;
}

impl Word for u64 {
    const BYTES: usize = 8;
    const IV: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    const ROT: [u32; 4] = [32, 24, 16, 63];
    const ROUNDS: usize = 12;
    fn add(self, o: u64) -> u64 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u64 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u64 {
        let mut a = [0u8; 8];
        a.copy_from_slice(&b[..8]);
        u64::from_le_bytes(a)
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn from_u64(v: u64) -> u64 {
        v
    }
    fn ones() -> u64 {
        u64::MAX
    }
}

impl Word for u32 {
    const BYTES: usize = 4;
    const IV: [u32; 8] = [
        0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB,
        0x5BE0CD19,
    ];
    const ROT: [u32; 4] = [16, 12, 8, 7];
    const ROUNDS: usize = 10;
    fn add(self, o: u32) -> u32 {
        self.wrapping_add(o)
    }
    fn rotr(self, n: u32) -> u32 {
        self.rotate_right(n)
    }
    fn from_le(b: &[u8]) -> u32 {
        let mut a = [0u8; 4];
        a.copy_from_slice(&b[..4]);
        u32::from_le_bytes(a)
    }
    fn to_le(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn from_u64(v: u64) -> u32 {
        v as u32
    }
    fn ones() -> u32 {
        u32::MAX
    }
}

const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// A BLAKE2 state: the chain value, the byte counter, and the last (not yet compressed) block,
/// kept back because the final block is compressed with the finalization flag.
#[derive(Clone)]
struct Blake2<W: Word> {
    h: [W; 8],
    counter: u128,
    buf: Vec<u8>,
    out_len: usize,
    last_node: bool,
}

/// The parameter block of BLAKE2 (the fields beside digest and key length).
struct TreeParams<'a> {
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: u8,
    salt: &'a [u8],
    person: &'a [u8],
    last_node: bool,
}

impl<W: Word> Blake2<W> {
    const BLOCK: usize = 16 * W::BYTES;

    fn new(out_len: usize, key: &[u8], p: &TreeParams<'_>) -> Blake2<W> {
        // The parameter block, 8 words; its layout differs between b and s only in the width of
        // node_offset (8 bytes in b, 6 in s) and of the salt and personalization fields.
        let n = 8 * W::BYTES;
        let mut block = vec![0u8; n];
        block[0] = out_len as u8;
        block[1] = key.len() as u8;
        block[2] = p.fanout;
        block[3] = p.depth;
        block[4..8].copy_from_slice(&p.leaf_size.to_le_bytes());
        let (depth_at, salt_at) = if W::BYTES == 8 { (16, 32) } else { (14, 16) };
        let offset = p.node_offset.to_le_bytes();
        block[8..depth_at].copy_from_slice(&offset[..depth_at - 8]);
        block[depth_at] = p.node_depth;
        block[depth_at + 1] = p.inner_size;
        let half = 2 * W::BYTES;
        block[salt_at..salt_at + p.salt.len()].copy_from_slice(p.salt);
        block[salt_at + half..salt_at + half + p.person.len()].copy_from_slice(p.person);
        let mut h = W::IV;
        for (i, w) in h.iter_mut().enumerate() {
            *w = *w ^ W::from_le(&block[i * W::BYTES..]);
        }
        let mut state = Blake2 {
            h,
            counter: 0,
            buf: Vec::with_capacity(Self::BLOCK),
            out_len,
            last_node: p.last_node,
        };
        if !key.is_empty() {
            let mut first = key.to_vec();
            first.resize(Self::BLOCK, 0);
            state.update(&first);
        }
        state
    }

    fn compress(&mut self, block: &[u8], last: bool) {
        let mut m = [W::default(); 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = W::from_le(&block[i * W::BYTES..]);
        }
        let mut v = [W::default(); 16];
        v[..8].copy_from_slice(&self.h);
        v[8..].copy_from_slice(&W::IV);
        let bits = (W::BYTES * 8) as u32;
        v[12] = v[12] ^ W::from_u64(self.counter as u64);
        v[13] = v[13] ^ W::from_u64((self.counter >> bits) as u64);
        if last {
            v[14] = v[14] ^ W::ones();
            if self.last_node {
                v[15] = v[15] ^ W::ones();
            }
        }
        let [r1, r2, r3, r4] = W::ROT;
        let g = |v: &mut [W; 16], a: usize, b: usize, c: usize, d: usize, x: W, y: W| {
            v[a] = v[a].add(v[b]).add(x);
            v[d] = (v[d] ^ v[a]).rotr(r1);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r2);
            v[a] = v[a].add(v[b]).add(y);
            v[d] = (v[d] ^ v[a]).rotr(r3);
            v[c] = v[c].add(v[d]);
            v[b] = (v[b] ^ v[c]).rotr(r4);
        };
        for round in 0..W::ROUNDS {
            let s = &SIGMA[round % 10];
            g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for i in 0..8 {
            self.h[i] = self.h[i] ^ v[i] ^ v[i + 8];
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        let block = Self::BLOCK;
        while !data.is_empty() {
            // A full buffer is compressed only once more data follows: the last block is special.
            if self.buf.len() == block {
                self.counter = self.counter.wrapping_add(block as u128);
                let full = std::mem::take(&mut self.buf);
                self.compress(&full, false);
                self.buf = full;
                self.buf.clear();
            }
            let take = (block - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
        }
    }

    fn finalize(mut self) -> Vec<u8> {
        self.counter = self.counter.wrapping_add(self.buf.len() as u128);
        let mut last = std::mem::take(&mut self.buf);
        last.resize(Self::BLOCK, 0);
        self.compress(&last, true);
        let mut out = Vec::with_capacity(8 * W::BYTES);
        for w in self.h {
            w.to_le(&mut out);
        }
        out.truncate(self.out_len);
        out
    }
}

// ----- the objects ------------------------------------------------------------------------------

/// A hash object of any of the four classes; the state is shared with a GIL-free update (see the
/// module comment).
struct Hash {
    state: Arc<Mutex<Hasher>>,
}

impl NativeData for Hash {
    fn is_container(&self) -> bool {
        false
    }
}

/// Lock `state` while holding the GIL: once without blocking, then, if another thread is hashing
/// into it without the GIL, wait for it with the GIL released.
fn lock_state<'a>(vm: &mut Vm, state: &'a Arc<Mutex<Hasher>>) -> MutexGuard<'a, Hasher> {
    loop {
        match state.try_lock() {
            Ok(g) => return g,
            Err(TryLockError::Poisoned(p)) => return p.into_inner(),
            Err(TryLockError::WouldBlock) => {
                let waiting = state.clone();
                vm.allow_threads(BlockReason::Lock, move || {
                    drop(waiting.lock());
                });
            }
        }
    }
}

/// Hash `data` into `state`; more than 2047 bytes are copied out and hashed without the GIL.
fn feed(vm: &mut Vm, state: &Arc<Mutex<Hasher>>, data: &Value) -> PyResult<()> {
    let bytes = hashable(vm, data)?;
    if bytes.len() >= GIL_MINSIZE {
        let owned = bytes.into_owned();
        let shared = state.clone();
        vm.allow_threads(BlockReason::Other, move || {
            let mut g = shared.lock().unwrap_or_else(|p| p.into_inner());
            g.update(&owned);
        });
    } else {
        lock_state(vm, state).update(&bytes);
    }
    Ok(())
}

/// The bytes of a hashing argument, with CPython's errors for a str and for a non-buffer.
fn hashable<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    if v.as_str().is_some() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    match bytes_like(vm, v)? {
        Some(b) => Ok(b),
        None => Err(vm.type_error("object supporting the buffer API required")),
    }
}

fn class_for(vm: &mut Vm, h: &Hasher) -> ObjRef {
    match h {
        Hasher::Blake2b(_) => native::type_object(vm, BLAKE2B, |vm| make_blake2_type(vm, true)),
        Hasher::Blake2s(_) => native::type_object(vm, BLAKE2S, |vm| make_blake2_type(vm, false)),
        h if h.is_xof() => native::type_object(vm, HASHXOF, |vm| make_hash_type(vm, true)),
        _ => native::type_object(vm, HASH, |vm| make_hash_type(vm, false)),
    }
}

fn new_hash(vm: &mut Vm, h: Hasher, data: Option<&Value>) -> PyResult<Value> {
    let cls = class_for(vm, &h);
    let state = Arc::new(Mutex::new(h));
    if let Some(d) = data {
        feed(vm, &state, d)?;
    }
    Ok(native::new(&cls, Hash { state }))
}

fn hash_methods(xof: bool) -> Vec<(&'static str, NativeFn)> {
    vec![
        ("update", hash_update),
        ("digest", if xof { xof_digest } else { hash_digest }),
        (
            "hexdigest",
            if xof { xof_hexdigest } else { hash_hexdigest },
        ),
        ("copy", hash_copy),
        ("__repr__", hash_repr),
    ]
}

fn add_getsets(vm: &mut Vm, cls: &ObjRef) {
    crate::objects::class::add_getset(vm, cls, "name", get_name);
    crate::objects::class::add_getset(vm, cls, "digest_size", get_digest_size);
    crate::objects::class::add_getset(vm, cls, "block_size", get_block_size);
}

fn make_hash_type(vm: &mut Vm, xof: bool) -> ObjRef {
    let methods = hash_methods(xof);
    let cls = native::new_type(
        vm,
        &TypeSpec {
            name: if xof { "HASHXOF" } else { "HASH" },
            module: "_hashlib",
            constructor: None,
            methods: &methods,
            subclassable: false,
            doc: None,
        },
    );
    add_getsets(vm, &cls);
    cls
}

fn make_blake2_type(vm: &mut Vm, big: bool) -> ObjRef {
    let methods = hash_methods(false);
    let cls = native::new_type(
        vm,
        &TypeSpec {
            name: if big { "blake2b" } else { "blake2s" },
            module: "_blake2",
            constructor: Some(if big { new_blake2b } else { new_blake2s }),
            methods: &methods,
            subclassable: false,
            doc: None,
        },
    );
    add_getsets(vm, &cls);
    let dict = crate::vm::types::class_dict(&cls);
    let n = if big { 64 } else { 32 };
    for (name, value) in [
        ("SALT_SIZE", n / 4),
        ("PERSON_SIZE", n / 4),
        ("MAX_KEY_SIZE", n),
        ("MAX_DIGEST_SIZE", n),
    ] {
        let key = vm.intern(name);
        dict.borrow_mut().set_str(key, Value::Int(value as i64));
    }
    cls
}

fn this_hash<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Hash> {
    native::this::<Hash>(vm, args, HASH, method)
}

fn hash_of<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a Hash> {
    match native::downcast::<Hash>(v) {
        Some(h) => Ok(h),
        None => {
            let msg = format!("descriptor '{}' for '_hashlib.HASH' objects", what);
            Err(vm.type_error(msg))
        }
    }
}

fn get_name(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let h = hash_of(vm, this, "name")?;
    let name = lock_state(vm, &h.state).name();
    Ok(Value::str(name))
}

fn get_digest_size(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let h = hash_of(vm, this, "digest_size")?;
    let n = lock_state(vm, &h.state).digest_size();
    Ok(Value::Int(n as i64))
}

fn get_block_size(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let h = hash_of(vm, this, "block_size")?;
    let n = lock_state(vm, &h.state).block_size();
    Ok(Value::Int(n as i64))
}

/// The class-qualified method name CPython's messages use (`HASH.update`, `blake2b.update`).
fn owner_name(vm: &mut Vm, this: &Value) -> String {
    crate::objects::class::class_data(&vm.type_of(this)).short_name()
}

fn hash_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_hash(vm, &args, "update")?;
    if args.args.len() != 2 || !args.kwargs.is_empty() {
        let owner = owner_name(vm, &args.args[0]);
        args.no_kwargs(vm, &format!("{}.update", owner))?;
        let msg = format!(
            "{}.update() takes exactly one argument ({} given)",
            owner,
            args.args.len() - 1
        );
        return Err(vm.type_error(msg));
    }
    let state = h.state.clone();
    feed(vm, &state, &args.args[1])?;
    Ok(Value::None)
}

fn no_args(vm: &mut Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.args.len() == 1 && args.kwargs.is_empty() {
        return Ok(());
    }
    let owner = owner_name(vm, &args.args[0]);
    args.no_kwargs(vm, &format!("{}.{}", owner, method))?;
    let msg = format!(
        "{}.{}() takes no arguments ({} given)",
        owner,
        method,
        args.args.len() - 1
    );
    Err(vm.type_error(msg))
}

fn hash_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_hash(vm, &args, "digest")?;
    no_args(vm, &args, "digest")?;
    let d = lock_state(vm, &h.state).digest(0);
    Ok(bytes_value(d))
}

fn hash_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_hash(vm, &args, "hexdigest")?;
    no_args(vm, &args, "hexdigest")?;
    let d = lock_state(vm, &h.state).digest(0);
    Ok(Value::str(hex(&d)))
}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{:02x}", b)).collect()
}

/// The `length` of a shake's `digest(length)`, with CPython's errors (a negative length is
/// CPython's SystemError for `digest` and MemoryError for `hexdigest`).
fn xof_length(vm: &mut Vm, mut args: Args, method: &str) -> PyResult<usize> {
    args.args.remove(0);
    let p = params(vm, args, method, &["length"], 1, 0, 1)?;
    let n = vm
        .to_index(p[0].as_ref().unwrap_or(&Value::None))
        .map_err(|e| {
            if vm.err_matches(&e, "IndexError") {
                vm.overflow_error("Python int too large to convert to C ssize_t")
            } else {
                e
            }
        })?;
    if n < 0 && method == "digest" {
        return Err(vm.new_exception(
            "SystemError",
            "Negative size passed to PyBytes_FromStringAndSize",
        ));
    }
    if !(0..1 << 29).contains(&n) {
        return Err(vm.new_exception("MemoryError", ""));
    }
    Ok(n as usize)
}

fn xof_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = native::this::<Hash>(vm, &args, HASHXOF, "digest")?
        .state
        .clone();
    let n = xof_length(vm, args, "digest")?;
    let d = lock_state(vm, &this).digest(n);
    Ok(bytes_value(d))
}

fn xof_hexdigest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = native::this::<Hash>(vm, &args, HASHXOF, "hexdigest")?
        .state
        .clone();
    let n = xof_length(vm, args, "hexdigest")?;
    let d = lock_state(vm, &this).digest(n);
    Ok(Value::str(hex(&d)))
}

fn hash_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_hash(vm, &args, "copy")?;
    no_args(vm, &args, "copy")?;
    let state = lock_state(vm, &h.state).clone();
    let cls = vm.type_of(&args.args[0]);
    let cls = if args.args[0].builtin_base().is_some() {
        class_for(vm, &state)
    } else {
        cls
    };
    Ok(native::new(
        &cls,
        Hash {
            state: Arc::new(Mutex::new(state)),
        },
    ))
}

fn hash_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let h = this_hash(vm, &args, "__repr__")?;
    let name = lock_state(vm, &h.state).name();
    let this = &args.args[0];
    let cls = vm.type_of(this);
    let cd = crate::objects::class::class_data(&cls);
    Ok(Value::str(format!(
        "<{} {} object @ {:#x}>",
        name,
        cd.name,
        this.id()
    )))
}

// ----- module functions -------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_hashlib");
    let constructors: &[(&'static str, NativeFn)] = &[
        ("openssl_md5", openssl_md5),
        ("openssl_sha1", openssl_sha1),
        ("openssl_sha224", openssl_sha224),
        ("openssl_sha256", openssl_sha256),
        ("openssl_sha384", openssl_sha384),
        ("openssl_sha512", openssl_sha512),
        ("openssl_sha3_224", openssl_sha3_224),
        ("openssl_sha3_256", openssl_sha3_256),
        ("openssl_sha3_384", openssl_sha3_384),
        ("openssl_sha3_512", openssl_sha3_512),
        ("openssl_shake_128", openssl_shake_128),
        ("openssl_shake_256", openssl_shake_256),
        ("new", new),
        ("pbkdf2_hmac", pbkdf2_hmac),
        ("compare_digest", compare_digest),
    ];
    for (name, f) in constructors {
        vm.add_function(&d, "_hashlib", name, *f);
    }
    for (name, xof) in [("HASH", false), ("HASHXOF", true)] {
        let key = if xof { HASHXOF } else { HASH };
        let cls = native::type_object(
            vm,
            key,
            if xof {
                |vm| make_hash_type(vm, true)
            } else {
                |vm| make_hash_type(vm, false)
            },
        );
        dict_set_str(&d, vm.intern(name), Value::Obj(cls));
    }
    let names: Vec<Value> = NAMES.iter().map(|n| Value::str(*n)).collect();
    let frozen = vm.call(
        &Value::Obj(vm.types().frozenset.clone()),
        vec![Value::list(names)],
    )?;
    dict_set_str(&d, vm.intern("openssl_md_meth_names"), frozen);
    crate::stdlib::import::exec_module_source(vm, SOURCE, "<gilt:_hashlib>", &d)?;
    Ok(m)
}

/// Written in gilt so the class gets `__module__ = '_hashlib'`.
const SOURCE: &str = "
class UnsupportedDigestmodError(ValueError):
    pass
";

pub fn make_blake2(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("_blake2");
    let b = native::type_object(vm, BLAKE2B, |vm| make_blake2_type(vm, true));
    let s = native::type_object(vm, BLAKE2S, |vm| make_blake2_type(vm, false));
    dict_set_str(&d, vm.intern("blake2b"), Value::Obj(b));
    dict_set_str(&d, vm.intern("blake2s"), Value::Obj(s));
    for (name, v) in [
        ("BLAKE2B_SALT_SIZE", 16),
        ("BLAKE2B_PERSON_SIZE", 16),
        ("BLAKE2B_MAX_KEY_SIZE", 64),
        ("BLAKE2B_MAX_DIGEST_SIZE", 64),
        ("BLAKE2S_SALT_SIZE", 8),
        ("BLAKE2S_PERSON_SIZE", 8),
        ("BLAKE2S_MAX_KEY_SIZE", 32),
        ("BLAKE2S_MAX_DIGEST_SIZE", 32),
    ] {
        dict_set_str(&d, vm.intern(name), Value::Int(v));
    }
    Ok(m)
}

/// `openssl_<name>(string=b'', *, usedforsecurity=True)`.
fn construct(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    let fname = format!("openssl_{}", name);
    let p = params(vm, args, &fname, &["string", "usedforsecurity"], 0, 0, 1)?;
    let h = Hasher::named(name).expect("a name from NAMES");
    new_hash(vm, h, p[0].as_ref())
}

macro_rules! constructors {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
            construct(vm, args, $name)
        })*
    };
}

constructors!(
    openssl_md5 => "md5",
    openssl_sha1 => "sha1",
    openssl_sha224 => "sha224",
    openssl_sha256 => "sha256",
    openssl_sha384 => "sha384",
    openssl_sha512 => "sha512",
    openssl_sha3_224 => "sha3_224",
    openssl_sha3_256 => "sha3_256",
    openssl_sha3_384 => "sha3_384",
    openssl_sha3_512 => "sha3_512",
    openssl_shake_128 => "shake_128",
    openssl_shake_256 => "shake_256",
);

/// A digest name as OpenSSL takes it: any case (`'SHA256'`).
fn hasher_named(vm: &mut Vm, name: &Value, fname: &str) -> PyResult<Option<Hasher>> {
    let Some(s) = name.as_str() else {
        let msg = format!(
            "{}() argument 'name' must be str, not {}",
            fname,
            vm.type_name(name)
        );
        return Err(vm.type_error(msg));
    };
    Ok(Hasher::named(&s.to_ascii_lowercase()))
}

/// `new(name, string=b'', *, usedforsecurity=True)`
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(
        vm,
        args,
        "new",
        &["name", "string", "usedforsecurity"],
        1,
        0,
        2,
    )?;
    let name = p[0].clone().unwrap_or(Value::None);
    match hasher_named(vm, &name, "new")? {
        Some(h) => new_hash(vm, h, p[1].as_ref()),
        None => {
            let shown = name.as_str().unwrap_or("").to_string();
            Err(module_error(
                vm,
                "_hashlib",
                "UnsupportedDigestmodError",
                "ValueError",
                format!("unsupported hash type {}", shown),
            ))
        }
    }
}

/// A BLAKE2 constructor's integer parameter, range-checked with CPython's message.
fn small_param(
    vm: &mut Vm,
    v: &Option<Value>,
    default: i64,
    lo: i64,
    hi: i64,
    msg: &str,
) -> PyResult<i64> {
    let n = match v {
        Some(v) => vm.to_index(v).map_err(|e| {
            if vm.err_matches(&e, "IndexError") {
                vm.value_error(msg.to_string())
            } else {
                e
            }
        })?,
        None => default,
    };
    if n < lo || n > hi {
        return Err(vm.value_error(msg.to_string()));
    }
    Ok(n)
}

/// `leaf_size`/`node_offset`: non-negative, at most `max`, with CPython's two messages.
fn unsigned_param(vm: &mut Vm, v: &Option<Value>, max: u64, name: &str) -> PyResult<u64> {
    let Some(v) = v else { return Ok(0) };
    let n = bigint_arg(vm, v)?;
    if n.sign() == num_bigint::Sign::Minus {
        return Err(vm.value_error("value must be positive"));
    }
    let Some(n) = num_traits::ToPrimitive::to_u64(&n) else {
        return Err(vm.overflow_error(if name == "leaf_size" {
            "leaf_size is too large"
        } else {
            "int too big to convert"
        }));
    };
    if n > max {
        return Err(vm.overflow_error(format!("{} is too large", name)));
    }
    Ok(n)
}

fn bytes_param(vm: &mut Vm, v: &Option<Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => Ok(crate::objects::buffer::expect_bytes_like(vm, v)?.into_owned()),
        None => Ok(Vec::new()),
    }
}

fn blake2_construct(vm: &mut Vm, args: Args, big: bool) -> PyResult<Value> {
    let fname = if big { "blake2b" } else { "blake2s" };
    let names = [
        "data",
        "digest_size",
        "key",
        "salt",
        "person",
        "fanout",
        "depth",
        "leaf_size",
        "node_offset",
        "node_depth",
        "inner_size",
        "last_node",
        "usedforsecurity",
    ];
    let p = params(vm, args, fname, &names, 0, 1, 1)?;
    let max = if big { 64 } else { 32 };
    let digest_msg = format!("digest_size must be between 1 and {} bytes", max);
    let digest_size = small_param(vm, &p[1], max, 1, max, &digest_msg)?;
    let key = bytes_param(vm, &p[2])?;
    if key.len() > max as usize {
        return Err(vm.value_error(format!("maximum key length is {} bytes", max)));
    }
    let salt = bytes_param(vm, &p[3])?;
    if salt.len() > max as usize / 4 {
        return Err(vm.value_error(format!("maximum salt length is {} bytes", max / 4)));
    }
    let person = bytes_param(vm, &p[4])?;
    if person.len() > max as usize / 4 {
        return Err(vm.value_error(format!("maximum person length is {} bytes", max / 4)));
    }
    let fanout = small_param(vm, &p[5], 1, 0, 255, "fanout must be between 0 and 255")?;
    let depth = small_param(vm, &p[6], 1, 1, 255, "depth must be between 1 and 255")?;
    let leaf_size = unsigned_param(vm, &p[7], u32::MAX as u64, "leaf_size")?;
    let offset_max = if big { u64::MAX } else { (1 << 48) - 1 };
    let node_offset = unsigned_param(vm, &p[8], offset_max, "node_offset")?;
    let node_depth = small_param(vm, &p[9], 0, 0, 255, "node_depth must be between 0 and 255")?;
    let inner_msg = format!("inner_size must be between 0 and is {}", max);
    let inner_size = small_param(vm, &p[10], 0, 0, max, &inner_msg)?;
    let last_node = match &p[11] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let tree = TreeParams {
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        salt: &salt,
        person: &person,
        last_node,
    };
    let h = if big {
        Hasher::Blake2b(Blake2::new(digest_size as usize, &key, &tree))
    } else {
        Hasher::Blake2s(Blake2::new(digest_size as usize, &key, &tree))
    };
    new_hash(vm, h, p[0].as_ref())
}

fn new_blake2b(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake2_construct(vm, args, true)
}

fn new_blake2s(vm: &mut Vm, args: Args) -> PyResult<Value> {
    blake2_construct(vm, args, false)
}

/// HMAC (RFC 2104) of `msg` under `key`, over a fresh state like `proto`.
fn hmac(proto: &Hasher, key: &[u8], msg: &[u8]) -> Vec<u8> {
    let block = proto.block_size();
    let mut k = if key.len() > block {
        let mut h = proto.clone();
        h.update(key);
        h.digest(0)
    } else {
        key.to_vec()
    };
    k.resize(block, 0);
    let ipad: Vec<u8> = k.iter().map(|b| b ^ 0x36).collect();
    let opad: Vec<u8> = k.iter().map(|b| b ^ 0x5c).collect();
    let mut inner = proto.clone();
    inner.update(&ipad);
    inner.update(msg);
    let mut outer = proto.clone();
    outer.update(&opad);
    outer.update(&inner.digest(0));
    outer.digest(0)
}

/// PBKDF2 (RFC 8018) with HMAC over `proto`.
fn pbkdf2(proto: &Hasher, password: &[u8], salt: &[u8], iterations: u32, dklen: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(dklen);
    let mut block_index: u32 = 1;
    while out.len() < dklen {
        let mut first = salt.to_vec();
        first.extend_from_slice(&block_index.to_be_bytes());
        let mut u = hmac(proto, password, &first);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac(proto, password, &u);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block_index = block_index.wrapping_add(1);
    }
    out.truncate(dklen);
    out
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)`; the rounds run without the
/// GIL, as CPython's.
fn pbkdf2_hmac(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let names = ["hash_name", "password", "salt", "iterations", "dklen"];
    let p = params(vm, args, "pbkdf2_hmac", &names, 4, 0, 5)?;
    let name = p[0].clone().unwrap_or(Value::None);
    let proto = hasher_named(vm, &name, "pbkdf2_hmac")?;
    let password = bytes_param(vm, &p[1])?;
    let salt = bytes_param(vm, &p[2])?;
    let iterations = bigint_arg(vm, p[3].as_ref().unwrap_or(&Value::None))?;
    if iterations < num_bigint::BigInt::from(1) {
        return Err(vm.value_error("iteration value must be greater than 0."));
    }
    let Some(iterations) =
        num_traits::ToPrimitive::to_u32(&iterations).filter(|n| *n <= i32::MAX as u32)
    else {
        return Err(vm.overflow_error("iteration value is too great."));
    };
    let proto = match proto {
        Some(h) if !h.is_xof() => h,
        _ => {
            return Err(module_error(
                vm,
                "_hashlib",
                "UnsupportedDigestmodError",
                "ValueError",
                "[digital envelope routines] unsupported",
            ))
        }
    };
    let dklen = match &p[4] {
        None | Some(Value::None) => proto.digest_size(),
        Some(v) => {
            let n = bigint_arg(vm, v)?;
            if n < num_bigint::BigInt::from(1) {
                return Err(vm.value_error("key length must be greater than 0."));
            }
            match num_traits::ToPrimitive::to_u32(&n).filter(|n| *n <= i32::MAX as u32) {
                Some(n) => n as usize,
                None => return Err(vm.overflow_error("key length is too great.")),
            }
        }
    };
    let out = vm.allow_threads(BlockReason::Other, move || {
        pbkdf2(&proto, &password, &salt, iterations, dklen)
    });
    Ok(bytes_value(out))
}

/// `compare_digest(a, b)`: equality whose time depends only on the length of `b`.
fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = params(vm, args, "compare_digest", &["a", "b"], 2, 2, 2)?;
    let a = p[0].clone().unwrap_or(Value::None);
    let b = p[1].clone().unwrap_or(Value::None);
    let (x, y): (Vec<u8>, Vec<u8>) = match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => {
            if !x.is_ascii() || !y.is_ascii() {
                return Err(
                    vm.type_error("comparing strings with non-ASCII characters is not supported")
                );
            }
            (x.as_bytes().to_vec(), y.as_bytes().to_vec())
        }
        _ => {
            // Neither a buffer: CPython's combined message; else the one that is not says so.
            let is_buffer = crate::objects::buffer::is_bytes_like;
            if !is_buffer(&a) && !is_buffer(&b) {
                return Err(unsupported_pair(vm, &a, &b));
            }
            let x = crate::objects::buffer::expect_bytes_like(vm, &a)?.into_owned();
            let y = crate::objects::buffer::expect_bytes_like(vm, &b)?.into_owned();
            (x, y)
        }
    };
    // Always walk all of `y`, so the time does not tell where the first difference is.
    let mut diff = (x.len() != y.len()) as u8;
    for (i, c) in y.iter().enumerate() {
        let other = if x.len() == y.len() { x[i] } else { *c ^ 1 };
        diff |= other ^ c;
    }
    Ok(Value::bool(diff == 0))
}

fn unsupported_pair(vm: &mut Vm, a: &Value, b: &Value) -> crate::objects::PyErr {
    let msg = format!(
        "unsupported operand types(s) or combination of types: '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    );
    vm.type_error(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain<W: Word>(out: usize, key: &[u8], data: &[u8]) -> String {
        let p = TreeParams {
            fanout: 1,
            depth: 1,
            leaf_size: 0,
            node_offset: 0,
            node_depth: 0,
            inner_size: 0,
            salt: b"",
            person: b"",
            last_node: false,
        };
        let mut h = Blake2::<W>::new(out, key, &p);
        h.update(data);
        hex(&h.finalize())
    }

    #[test]
    fn blake2_rfc_vectors() {
        assert_eq!(
            plain::<u32>(32, b"", b"abc"),
            "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982"
        );
        assert!(plain::<u64>(64, b"", b"abc").starts_with("ba80a53f981c4d0d6a2797b69f12f6e9"));
    }
}
