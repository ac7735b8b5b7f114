//! `random`: CPython's Mersenne Twister (`_randommodule.c`), bit for bit, under CPython 3.11's
//! `random.py` algorithms.
//!
//! The generator core is Rust: seeding (`init_by_array` over the 32-bit words of `abs(n)`, SHA-512
//! for str and bytes seeds as in version 2), `random()` (53 bits from two outputs) and
//! `getrandbits`. The layer above (`randrange`, `shuffle`, `sample`, `choices`, `gauss`, ...) is
//! CPython's own Python, embedded below and compiled when the module is imported, so the sequences
//! drawn for a seed are CPython's. Each `Random` instance keeps its state in its `_mt_state`
//! attribute: a list of 624 words and the position, the layout of `getstate()[1]`.
//! Module-level functions are bound methods of one hidden instance, as in CPython.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, Zero};

use crate::objects::int::{normalize, to_bigint};
use crate::objects::{Args, Payload, PyResult, Value};
use crate::vm::{dict_set_str, Vm};

// ----- the Mersenne Twister ---------------------------------------------------------------------

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// MT19937 state: 624 words and the index of the next word to temper (624 means "twist first").
#[derive(Clone)]
pub struct Mt {
    pub words: [u32; N],
    pub index: usize,
}

impl Mt {
    fn init_genrand(seed: u32) -> Mt {
        let mut words = [0u32; N];
        words[0] = seed;
        for i in 1..N {
            let previous = words[i - 1];
            words[i] = 1_812_433_253u32
                .wrapping_mul(previous ^ (previous >> 30))
                .wrapping_add(i as u32);
        }
        Mt { words, index: N }
    }

    /// The reference `init_by_array`, which CPython uses for every seed.
    pub fn init_by_array(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let words = &mut mt.words;
        let key_length = key.len().max(1);
        let key_at = |j: usize| key.get(j).copied().unwrap_or(0);
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key_length) {
            let previous = words[i - 1];
            words[i] = (words[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key_at(j))
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                words[0] = words[N - 1];
                i = 1;
            }
            if j >= key_length {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let previous = words[i - 1];
            words[i] = (words[i] ^ (previous ^ (previous >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                words[0] = words[N - 1];
                i = 1;
            }
        }
        words[0] = 0x8000_0000;
        mt
    }
}

/// Storage the generator can run on: a plain `Mt`, or the list of ints inside a `Random`
/// instance (so drawing a number does not copy the state in and out).
trait MtWords {
    fn word(&self, i: usize) -> u32;
    fn set_word(&mut self, i: usize, w: u32);
    fn index(&self) -> usize;
    fn set_index(&mut self, i: usize);
}

impl MtWords for Mt {
    fn word(&self, i: usize) -> u32 {
        self.words[i]
    }
    fn set_word(&mut self, i: usize, w: u32) {
        self.words[i] = w;
    }
    fn index(&self) -> usize {
        self.index
    }
    fn set_index(&mut self, i: usize) {
        self.index = i;
    }
}

/// The instance's `_mt_state` list: items 0..624 are the words, item 624 the index. A word that
/// is not an int (a script tampered with it) reads as 0 rather than failing.
impl MtWords for [Value] {
    fn word(&self, i: usize) -> u32 {
        match self.get(i) {
            Some(Value::Int(w)) => *w as u32,
            _ => 0,
        }
    }
    fn set_word(&mut self, i: usize, w: u32) {
        if let Some(slot) = self.get_mut(i) {
            *slot = Value::Int(w as i64);
        }
    }
    fn index(&self) -> usize {
        match self.get(N) {
            Some(Value::Int(i)) if (0..=N as i64).contains(i) => *i as usize,
            _ => N,
        }
    }
    fn set_index(&mut self, i: usize) {
        if let Some(slot) = self.get_mut(N) {
            *slot = Value::Int(i as i64);
        }
    }
}

fn mix(upper: u32, lower: u32) -> u32 {
    (upper & UPPER_MASK) | (lower & LOWER_MASK)
}

fn twist_step(y: u32) -> u32 {
    (y >> 1) ^ if y & 1 == 1 { MATRIX_A } else { 0 }
}

/// The next 32-bit output (`genrand_uint32`).
fn next_u32<S: MtWords + ?Sized>(s: &mut S) -> u32 {
    let mut index = s.index();
    if index >= N {
        for k in 0..N - M {
            let y = mix(s.word(k), s.word(k + 1));
            s.set_word(k, s.word(k + M) ^ twist_step(y));
        }
        for k in N - M..N - 1 {
            let y = mix(s.word(k), s.word(k + 1));
            s.set_word(k, s.word(k + M - N) ^ twist_step(y));
        }
        let y = mix(s.word(N - 1), s.word(0));
        s.set_word(N - 1, s.word(M - 1) ^ twist_step(y));
        index = 0;
    }
    let mut y = s.word(index);
    s.set_index(index + 1);
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c_5680;
    y ^= (y << 15) & 0xefc6_0000;
    y ^ (y >> 18)
}

/// `random()`: a float in [0, 1) with 53 random bits.
fn next_f64<S: MtWords + ?Sized>(s: &mut S) -> f64 {
    let a = (next_u32(s) >> 5) as f64;
    let b = (next_u32(s) >> 6) as f64;
    (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
}

/// `getrandbits(k)` for k > 0: little-endian 32-bit words, the last one shifted down.
fn next_bits<S: MtWords + ?Sized>(s: &mut S, k: u64) -> BigUint {
    if k <= 32 {
        return BigUint::from(next_u32(s) >> (32 - k));
    }
    let mut remaining = k;
    let mut digits = Vec::with_capacity(k.div_ceil(32) as usize);
    while remaining > 0 {
        let mut r = next_u32(s);
        if remaining < 32 {
            r >>= 32 - remaining;
        }
        digits.push(r);
        remaining = remaining.saturating_sub(32);
    }
    BigUint::new(digits)
}

// ----- SHA-512, for str and bytes seeds ---------------------------------------------------------

const SHA512_K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];

/// SHA-512 (FIPS 180-4) of `data`.
pub fn sha512(data: &[u8]) -> [u8; 64] {
    let mut h: [u64; 8] = [
        0x6a09e667f3bcc908,
        0xbb67ae8584caa73b,
        0x3c6ef372fe94f82b,
        0xa54ff53a5f1d36f1,
        0x510e527fade682d1,
        0x9b05688c2b3e6c1f,
        0x1f83d9abfb41bd6b,
        0x5be0cd19137e2179,
    ];
    let mut message = data.to_vec();
    message.push(0x80);
    while message.len() % 128 != 112 {
        message.push(0);
    }
    message.extend_from_slice(&((data.len() as u128) * 8).to_be_bytes());
    for block in message.chunks_exact(128) {
        let mut w = [0u64; 80];
        for (t, chunk) in block.chunks_exact(8).enumerate() {
            let mut bytes = [0u8; 8];
            bytes.copy_from_slice(chunk);
            w[t] = u64::from_be_bytes(bytes);
        }
        for t in 16..80 {
            let s0 = w[t - 15].rotate_right(1) ^ w[t - 15].rotate_right(8) ^ (w[t - 15] >> 7);
            let s1 = w[t - 2].rotate_right(19) ^ w[t - 2].rotate_right(61) ^ (w[t - 2] >> 6);
            w[t] = w[t - 16]
                .wrapping_add(s0)
                .wrapping_add(w[t - 7])
                .wrapping_add(s1);
        }
        let mut v = h;
        for t in 0..80 {
            let s1 = v[4].rotate_right(14) ^ v[4].rotate_right(18) ^ v[4].rotate_right(41);
            let choose = (v[4] & v[5]) ^ (!v[4] & v[6]);
            let t1 = v[7]
                .wrapping_add(s1)
                .wrapping_add(choose)
                .wrapping_add(SHA512_K[t])
                .wrapping_add(w[t]);
            let s0 = v[0].rotate_right(28) ^ v[0].rotate_right(34) ^ v[0].rotate_right(39);
            let majority = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
            let t2 = s0.wrapping_add(majority);
            v = [
                t1.wrapping_add(t2),
                v[0],
                v[1],
                v[2],
                v[3].wrapping_add(t1),
                v[4],
                v[5],
                v[6],
            ];
        }
        for (hi, vi) in h.iter_mut().zip(v.iter()) {
            *hi = hi.wrapping_add(*vi);
        }
    }
    let mut out = [0u8; 64];
    for (i, word) in h.iter().enumerate() {
        out[i * 8..i * 8 + 8].copy_from_slice(&word.to_be_bytes());
    }
    out
}

// ----- OS randomness ----------------------------------------------------------------------------

/// `n` bytes from the OS (`/dev/urandom`), or `None` if it cannot be read.
pub fn os_random_bytes(n: usize) -> Option<Vec<u8>> {
    use std::io::Read;
    let mut buffer = vec![0u8; n];
    let mut file = std::fs::File::open("/dev/urandom").ok()?;
    file.read_exact(&mut buffer).ok()?;
    Some(buffer)
}

/// A seed key from the OS, or from the time and pid if that fails (as CPython falls back).
fn os_seed_key() -> Vec<u32> {
    match os_random_bytes(N * 4) {
        Some(bytes) => bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect(),
        None => {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            vec![
                now.as_secs() as u32,
                now.subsec_nanos(),
                std::process::id(),
                (now.as_secs() >> 32) as u32,
            ]
        }
    }
}

// ----- the native methods -----------------------------------------------------------------------

fn state_name(vm: &Vm) -> Value {
    vm.intern("_mt_state")
}

fn store_state(vm: &mut Vm, this: &Value, mt: &Mt) -> PyResult<()> {
    let mut items: Vec<Value> = mt.words.iter().map(|w| Value::Int(*w as i64)).collect();
    items.push(Value::Int(mt.index as i64));
    let name = state_name(vm);
    vm.setattr(this, &name, Value::list(items))
}

/// Run `f` on the instance's generator state (seeding it from the OS first if it has none).
fn with_state<R>(vm: &mut Vm, this: &Value, f: impl FnOnce(&mut [Value]) -> R) -> PyResult<R> {
    let name = state_name(vm);
    let mut state = vm.getattr_opt(this, &name)?;
    let valid = matches!(state.as_ref().and_then(|s| s.payload()), Some(Payload::List(l)) if l.borrow().len() == N + 1);
    if !valid {
        store_state(vm, this, &Mt::init_by_array(&os_seed_key()))?;
        state = vm.getattr_opt(this, &name)?;
    }
    match state.as_ref().and_then(|s| s.payload()) {
        Some(Payload::List(list)) => Ok(f(&mut list.borrow_mut())),
        _ => Err(vm.runtime_error("random state is missing")),
    }
}

fn self_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    match args.args.first() {
        Some(v) => Ok(v.clone()),
        None => Err(vm.type_error(format!(
            "descriptor '{}' of '_random.Random' object needs an argument",
            name
        ))),
    }
}

/// `_mt_seed(self, a, version)`: the seeding of `Random.seed` and `_random.Random.seed`.
fn mt_seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "seed", 3, 3)?;
    let this = args.args[0].clone();
    let a = &args.args[1];
    let version = match &args.args[2] {
        Value::Int(v) => *v,
        _ => 2,
    };
    let key_number: Option<BigInt> = match a {
        Value::None => None,
        Value::Int(_) | Value::Bool(_) => to_bigint(a),
        Value::Float(_) => Some(BigInt::from(vm.hash(a)?)),
        _ => match a.payload() {
            Some(Payload::BigInt(n)) => Some(n.clone()),
            Some(Payload::Str(_)) | Some(Payload::Bytes(_)) => {
                let bytes: Vec<u8> = match a.payload() {
                    Some(Payload::Str(s)) => s.as_str().as_bytes().to_vec(),
                    Some(Payload::Bytes(b)) => b.clone(),
                    _ => Vec::new(),
                };
                Some(if version == 1 {
                    version1_seed(vm, a, &bytes)
                } else {
                    version2_seed(&bytes)
                })
            }
            _ => {
                return Err(vm.type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray."));
            }
        },
    };
    let mt = match key_number {
        None => Mt::init_by_array(&os_seed_key()),
        Some(n) => {
            let mut key = n.abs().magnitude().to_u32_digits();
            if key.is_empty() {
                key.push(0);
            }
            Mt::init_by_array(&key)
        }
    };
    store_state(vm, &this, &mt)?;
    Ok(Value::None)
}

/// Version 2 seeding of str and bytes: `int.from_bytes(a + sha512(a).digest())`, big-endian.
fn version2_seed(bytes: &[u8]) -> BigInt {
    let mut all = bytes.to_vec();
    all.extend_from_slice(&sha512(bytes));
    BigInt::from_bytes_be(Sign::Plus, &all)
}

/// Version 1 seeding (Python 2's str hash), kept for `seed(x, version=1)`.
fn version1_seed(_vm: &mut Vm, a: &Value, bytes: &[u8]) -> BigInt {
    let codes: Vec<u64> = match a.as_str() {
        Some(s) => s.chars().map(|c| c as u64).collect(),
        None => bytes.iter().map(|b| *b as u64).collect(),
    };
    let mut x: u64 = codes.first().map(|c| c << 7).unwrap_or(0);
    for c in &codes {
        x = 1_000_003u64.wrapping_mul(x) ^ c;
    }
    x ^= codes.len() as u64;
    BigInt::from(x)
}

fn mt_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "random")?;
    args.check_count(vm, "random", 1, 1)?;
    Ok(Value::float(with_state(vm, &this, next_f64)?))
}

fn bit_count_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(k) => Ok(*k),
        Value::Bool(b) => Ok(b.get() as i64),
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => match v.payload() {
            Some(Payload::BigInt(n)) if n.is_negative() => Ok(-1),
            Some(Payload::BigInt(_)) => {
                Err(vm.overflow_error("Python int too large to convert to C int"))
            }
            _ => vm.to_index(v),
        },
    }
}

fn mt_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "getrandbits")?;
    args.no_kwargs(vm, "getrandbits")?;
    args.check_count(vm, "getrandbits", 2, 2)?;
    let k = bit_count_arg(vm, &args.args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(Value::Int(0));
    }
    if k > i32::MAX as i64 {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    let bits = with_state(vm, &this, |s| next_bits(s, k as u64))?;
    Ok(normalize(BigInt::from_biguint(Sign::Plus, bits)))
}

fn mt_getstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = self_arg(vm, &args, "getstate")?;
    let items = with_state(vm, &this, |s| s.to_vec())?;
    Ok(Value::tuple(items))
}

fn mt_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "setstate", 2, 2)?;
    let this = args.args[0].clone();
    let Some(Payload::Tuple(items)) = args.args[1].payload() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut mt = Mt {
        words: [0; N],
        index: N,
    };
    for (i, item) in items.iter().enumerate() {
        let Some(n) = to_bigint(item) else {
            let msg = format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(item)
            );
            return Err(vm.type_error(msg));
        };
        if i < N {
            let Some(w) = num_traits::ToPrimitive::to_u32(&n) else {
                return Err(vm.overflow_error("Python int too large to convert to C unsigned long"));
            };
            mt.words[i] = w;
        } else {
            match num_traits::ToPrimitive::to_i64(&n) {
                Some(index) if (0..=N as i64).contains(&index) => mt.index = index as usize,
                _ => return Err(vm.value_error("invalid state")),
            }
        }
    }
    store_state(vm, &this, &mt)?;
    Ok(Value::None)
}

/// `operator.index`: the int behind `v`, or CPython's TypeError.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "index", 1, 1)?;
    let v = &args.args[0];
    if let Some(n) = to_bigint(v) {
        return Ok(normalize(n));
    }
    let name = vm.names().__index__.clone();
    if let Some(r) = vm.call_special(v, &name, vec![])? {
        return Ok(r);
    }
    let msg = format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    );
    Err(vm.type_error(msg))
}

/// `isinstance(v, collections.abc.Sequence)` for the built-in types gilt has.
fn is_sequence(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "_is_sequence", 1, 1)?;
    Ok(Value::bool(matches!(
        args.args[0].payload(),
        Some(
            Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Range(_)
                | Payload::Bytes(_)
        )
    )))
}

/// `bisect.bisect_right(a, x, lo, hi)`, comparing with the script's `<`.
fn bisect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "bisect", 4, 4)?;
    let (a, x) = (&args.args[0], &args.args[1]);
    let mut lo = vm.to_index(&args.args[2])?;
    let mut hi = vm.to_index(&args.args[3])?;
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let item = vm.getitem(a, &Value::Int(mid))?;
        if vm.less_than(x, &item)? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(Value::Int(lo))
}

fn system_random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "random", 1, 1)?;
    let Some(bytes) = os_random_bytes(7) else {
        return Err(vm.new_exception("OSError", "cannot read /dev/urandom"));
    };
    let mut n: u64 = 0;
    for b in bytes {
        n = (n << 8) | b as u64;
    }
    Ok(Value::float(
        (n >> 3) as f64 * (1.0 / 9_007_199_254_740_992.0),
    ))
}

fn system_getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "getrandbits", 2, 2)?;
    let k = bit_count_arg(vm, &args.args[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let byte_count = ((k + 7) / 8) as usize;
    let Some(bytes) = os_random_bytes(byte_count) else {
        return Err(vm.new_exception("OSError", "cannot read /dev/urandom"));
    };
    let n = BigInt::from_bytes_be(Sign::Plus, &bytes) >> (byte_count as i64 * 8 - k) as usize;
    Ok(normalize(if n.is_zero() { BigInt::zero() } else { n }))
}

// ----- the module -------------------------------------------------------------------------------

pub fn make(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("random");
    vm.add_function(&d, "random", "_mt_seed", mt_seed);
    vm.add_function(&d, "random", "random", mt_random);
    vm.add_function(&d, "random", "getrandbits", mt_getrandbits);
    vm.add_function(&d, "random", "_mt_getstate", mt_getstate);
    vm.add_function(&d, "random", "_mt_setstate", mt_setstate);
    vm.add_function(&d, "random", "_index", index);
    vm.add_function(&d, "random", "_is_sequence", is_sequence);
    vm.add_function(&d, "random", "_bisect", bisect);
    vm.add_function(&d, "random", "_system_random", system_random);
    vm.add_function(&d, "random", "_system_getrandbits", system_getrandbits);
    dict_set_str(&d, vm.intern("__file__"), Value::str("<gilt:random>"));
    crate::stdlib::import::exec_module_source(vm, RANDOM_SOURCE, "<gilt:random>", &d)?;
    Ok(m)
}

/// CPython 3.11's `random.py` over the native core above. Differences on purpose: no
/// DeprecationWarning for float arguments to `randrange` (gilt has no `warnings` yet), and
/// messages built without `%` formatting.
const RANDOM_SOURCE: &str = r#"
from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite

__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate",
           "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
           "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange",
           "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
           "vonmisesvariate", "weibullvariate"]

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2 ** -BPF
_ONE = 1
_mt_random = random
_mt_getrandbits = getrandbits


def _accumulate(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


class Random:
    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        _mt_seed(self, a, version)
        self.gauss_next = None

    random = _mt_random
    getrandbits = _mt_getrandbits

    def getstate(self):
        return self.VERSION, _mt_getstate(self), self.gauss_next

    def setstate(self, state):
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            _mt_setstate(self, internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            internalstate = tuple([x % (2 ** 32) for x in internalstate])
            _mt_setstate(self, internalstate)
        else:
            raise ValueError("state with version " + str(version) + " passed to "
                             "Random.setstate() of version " + str(self.VERSION))

    def _randbelow(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError('Missing a non-None stop argument')
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (" + str(istart) + ", " + str(istop) + ", " + str(width) + ")")
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        return self.randrange(a, b + 1)

    def choice(self, seq):
        if not len(seq):
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        randbelow = self._randbelow
        for i in reversed(range(1, len(x))):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError('The number of counts does not match the population')
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError('Counts must be integers')
            if total <= 0:
                raise ValueError('Total of counts must be greater than zero')
            selections = self.sample(range(total), k=k)
            return [population[_bisect(cum_counts, s, 0, len(cum_counts))] for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            selected_add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                selected_add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                floor = _floor
                n += 0.0
                return [population[floor(random() * n)] for i in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError(
                    'The number of choices must be a keyword argument: k=' + repr(k)
                ) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != n:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        hi = n - 1
        return [population[_bisect(cum_weights, random() * total, 0, hi)]
                for i in range(k)]

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        random = self.random
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    random = _system_random
    getrandbits = _system_getrandbits

    def randbytes(self, n):
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: u64) -> Mt {
        let mut key = BigUint::from(n).to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        Mt::init_by_array(&key)
    }

    #[test]
    fn random_matches_cpython_for_seed_42() {
        // python3 -c 'import random; random.seed(42); print(random.random(), random.random())'
        let mut mt = seeded(42);
        assert_eq!(next_f64(&mut mt), 0.6394267984578837);
        assert_eq!(next_f64(&mut mt), 0.025010755222666936);
    }

    #[test]
    fn getrandbits_matches_cpython_for_seed_0() {
        // python3 -c 'import random; random.seed(0); print(random.getrandbits(32), random.getrandbits(64))'
        let mut mt = seeded(0);
        assert_eq!(next_bits(&mut mt, 32), BigUint::from(3626764237u32));
        assert_eq!(
            next_bits(&mut mt, 64),
            BigUint::from(13981790821421117374u64)
        );
    }

    #[test]
    fn list_storage_agrees_with_array_storage() {
        let mut mt = seeded(2u64.pow(40));
        let mut list: Vec<Value> = mt.words.iter().map(|w| Value::Int(*w as i64)).collect();
        list.push(Value::Int(mt.index as i64));
        for _ in 0..1500 {
            assert_eq!(next_u32(&mut mt), next_u32(list.as_mut_slice()));
        }
    }

    #[test]
    fn sha512_of_abc() {
        let digest = sha512(b"abc");
        assert_eq!(
            &digest[..8],
            &[0xdd, 0xaf, 0x35, 0xa1, 0x93, 0x61, 0x7a, 0xba]
        );
        assert_eq!(
            &digest[56..],
            &[0x2a, 0x9a, 0xc9, 0x4f, 0xa5, 0x4c, 0xa4, 0x9f]
        );
    }
}
