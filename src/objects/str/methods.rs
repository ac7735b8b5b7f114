//! The methods of `str`, with CPython 3.11's semantics and error messages.
//!
//! Every index a method takes or returns counts code points. Searching works on the UTF-8 bytes
//! (a match of valid UTF-8 inside valid UTF-8 always starts on a character boundary) and converts
//! byte offsets to code-point indices only at the edges, so ASCII text never walks its characters.
//! `start`/`end` arguments follow CPython's `ADJUST_INDICES`: negative values count from the end
//! and clamp at 0, `end` clamps at the length, and `start` may stay past the end (which makes
//! empty-string searches fail there, as in CPython).

use super::unicode::{
    capitalize_text, casefold_text, is_alnum, is_alpha, is_decimal, is_digit, is_identifier,
    is_line_break, is_lower, is_numeric, is_space, is_titlecase_letter, is_upper, lower_text,
    swapcase_text, title_text, upper_text,
};
use crate::objects::class::NativeFn;
use crate::objects::{dict, Args, Dict, ObjRef, Payload, PyResult, PyStr, Value};
use crate::vm::Vm;

// ----- argument helpers ------------------------------------------------------------------------

/// `self` as a `str`, with CPython's message for a descriptor called on something else.
fn this<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a PyStr> {
    match args.args.first() {
        Some(v) => match v.as_pystr() {
            Some(s) => Ok(s),
            None => {
                let msg = format!(
                    "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
                    name,
                    vm.type_name(v)
                );
                Err(vm.type_error(msg))
            }
        },
        None => Err(vm.type_error(format!("unbound method str.{}() needs an argument", name))),
    }
}

/// How a method reports a wrong positional count: CPython words it differently for methods that
/// Argument Clinic generates and for the older hand-written ones.
#[derive(Clone, Copy)]
pub(crate) enum Arity {
    /// `center expected at least 1 argument, got 0`, `str.zfill() takes exactly one argument`.
    Clinic,
    /// `find() takes at least 1 argument (0 given)`.
    Classic,
}

/// The positional arguments after `self`, refusing keywords, checked against `min..=max`.
fn params<'a>(
    vm: &mut Vm,
    args: &'a Args,
    name: &str,
    min: usize,
    max: usize,
    arity: Arity,
) -> PyResult<&'a [Value]> {
    params_of(vm, args, "str", name, min, max, arity)
}

/// `params` for a method of the type `owner` (`bytes` words its messages as `str` does).
pub(crate) fn params_of<'a>(
    vm: &mut Vm,
    args: &'a Args,
    owner: &str,
    name: &str,
    min: usize,
    max: usize,
    arity: Arity,
) -> PyResult<&'a [Value]> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error(format!("{}.{}() takes no keyword arguments", owner, name)));
    }
    let given = &args.args[1.min(args.args.len())..];
    let n = given.len();
    if n >= min && n <= max {
        return Ok(given);
    }
    let s = |k: usize| crate::objects::plural(k);
    let msg = match arity {
        _ if min == max && max == 0 => {
            format!("{}.{}() takes no arguments ({} given)", owner, name, n)
        }
        _ if min == max && max == 1 => {
            format!(
                "{}.{}() takes exactly one argument ({} given)",
                owner, name, n
            )
        }
        Arity::Clinic if n < min => {
            format!(
                "{} expected at least {} argument{}, got {}",
                name,
                min,
                s(min),
                n
            )
        }
        Arity::Clinic => format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            s(max),
            n
        ),
        Arity::Classic if n < min => {
            format!(
                "{}() takes at least {} argument{} ({} given)",
                name,
                min,
                s(min),
                n
            )
        }
        Arity::Classic => {
            format!(
                "{}() takes at most {} argument{} ({} given)",
                name,
                max,
                s(max),
                n
            )
        }
    };
    Err(vm.type_error(msg))
}

/// Parameters that may also come by keyword (`split(sep=None, maxsplit=-1)`): one slot per name.
pub(crate) fn keyword_params(
    vm: &mut Vm,
    args: &mut Args,
    name: &str,
    names: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let positional = args.args.len().saturating_sub(1);
    if positional > names.len() {
        let msg = format!(
            "{}() takes at most {} argument{} ({} given)",
            name,
            names.len(),
            crate::objects::plural(names.len()),
            positional
        );
        return Err(vm.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = args.args.iter().skip(1).cloned().map(Some).collect();
    slots.resize(names.len(), None);
    for (i, param) in names.iter().enumerate() {
        if let Some(v) = args.take_kw(param) {
            if slots[i].is_some() {
                let msg = format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    name,
                    param,
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
            slots[i] = Some(v);
        }
    }
    if let Some((k, _)) = args.kwargs.first() {
        let msg = format!(
            "'{}' is an invalid keyword argument for {}()",
            k.as_str().unwrap_or("?"),
            name
        );
        return Err(vm.type_error(msg));
    }
    Ok(slots)
}

/// A `str` argument, or the TypeError CPython gives (`message` receives the type name).
pub(crate) fn str_arg<'a>(
    vm: &mut Vm,
    v: &'a Value,
    message: impl FnOnce(&str) -> String,
) -> PyResult<&'a str> {
    match v.as_str() {
        Some(s) => Ok(s),
        None => {
            let msg = message(&vm.type_name(v));
            Err(vm.type_error(msg))
        }
    }
}

/// `str_arg` for parameters checked by Argument Clinic, whose message names `None` as `None`
/// rather than `NoneType`.
pub(crate) fn clinic_str_arg<'a>(
    vm: &mut Vm,
    v: &'a Value,
    message: impl FnOnce(&str) -> String,
) -> PyResult<&'a str> {
    if v.is_none() {
        return Err(vm.type_error(message("None")));
    }
    str_arg(vm, v, message)
}

/// A `start`/`end` argument: `None` or anything with `__index__`; huge ints clamp.
pub(crate) fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(b.get() as i64)),
        Some(v @ Value::Obj(o)) => match &o.payload {
            Payload::BigInt(n) => Ok(Some(if n.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            Payload::Instance(_)
                if vm
                    .lookup_special(v, &vm.names().__index__.clone())
                    .is_some() =>
            {
                vm.to_index(v).map(Some)
            }
            _ => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        },
        Some(_) => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

/// CPython's `ADJUST_INDICES` for a text of `len` code points.
pub(crate) fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start as usize, end as usize)
}

/// The `start, end` window of `find`-like methods, from the arguments after the first one.
pub(crate) fn window(vm: &mut Vm, rest: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let start = slice_index(vm, rest.first())?;
    let end = slice_index(vm, rest.get(1))?;
    Ok(adjust_indices(start, end, len))
}

/// An integer argument (`width`, `count`) through `__index__`; CPython's C `Py_ssize_t`.
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v.payload() {
        Some(Payload::BigInt(_)) => {
            Err(vm.overflow_error("Python int too large to convert to C ssize_t"))
        }
        _ => vm.to_index(v),
    }
}

/// An integer argument CPython converts to a C `int` (`tabsize`, `keepends`); it words every
/// out-of-range value, negative ones too, as "too large".
pub(crate) fn c_int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let too_large = |vm: &mut Vm| vm.overflow_error("Python int too large to convert to C int");
    match v.payload() {
        Some(Payload::BigInt(_)) => Err(too_large(vm)),
        _ => match vm.to_index(v)? {
            i if i32::try_from(i).is_ok() => Ok(i),
            _ => Err(too_large(vm)),
        },
    }
}

fn bool_value(b: bool) -> PyResult<Value> {
    Ok(Value::bool(b))
}

// ----- predicates ------------------------------------------------------------------------------

/// The `is*` methods that hold when the text is non-empty and every character passes.
fn all_chars(vm: &mut Vm, args: &Args, name: &str, test: fn(char) -> bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    params(vm, args, name, 0, 0, Arity::Clinic)?;
    bool_value(s.char_len() > 0 && s.as_str().chars().all(test))
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdigit", is_digit)
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isdecimal", is_decimal)
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isnumeric", is_numeric)
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalpha", is_alpha)
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isalnum", is_alnum)
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    all_chars(vm, &args, "isspace", is_space)
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isascii")?;
    params(vm, &args, "isascii", 0, 0, Arity::Clinic)?;
    bool_value(s.is_ascii())
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isprintable")?;
    params(vm, &args, "isprintable", 0, 0, Arity::Clinic)?;
    bool_value(s.as_str().chars().all(super::is_printable))
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isidentifier")?;
    params(vm, &args, "isidentifier", 0, 0, Arity::Clinic)?;
    bool_value(is_identifier(s.as_str()))
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isupper")?;
    params(vm, &args, "isupper", 0, 0, Arity::Clinic)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_lower(c) || is_titlecase_letter(c) {
            return bool_value(false);
        }
        cased |= is_upper(c);
    }
    bool_value(cased)
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "islower")?;
    params(vm, &args, "islower", 0, 0, Arity::Clinic)?;
    let mut cased = false;
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase_letter(c) {
            return bool_value(false);
        }
        cased |= is_lower(c);
    }
    bool_value(cased)
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "istitle")?;
    params(vm, &args, "istitle", 0, 0, Arity::Clinic)?;
    let (mut cased, mut previous_is_cased) = (false, false);
    for c in s.as_str().chars() {
        if is_upper(c) || is_titlecase_letter(c) {
            if previous_is_cased {
                return bool_value(false);
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return bool_value(false);
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    bool_value(cased)
}

// ----- case mapping ------------------------------------------------------------------------------

fn case_method(vm: &mut Vm, args: &Args, name: &str, map: fn(&str) -> String) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    params(vm, args, name, 0, 0, Arity::Clinic)?;
    Ok(Value::str(map(s.as_str())))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "upper", upper_text)
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "lower", lower_text)
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "title", title_text)
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "capitalize", capitalize_text)
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "swapcase", swapcase_text)
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    case_method(vm, &args, "casefold", casefold_text)
}

// ----- searching ---------------------------------------------------------------------------------

/// The code-point index of the first (or last) `sub` inside `s[start:end]`, as `str.find` does.
fn find_in(s: &PyStr, sub: &str, start: usize, end: usize, from_right: bool) -> Option<usize> {
    let sub_len = if sub.is_ascii() {
        sub.len()
    } else {
        sub.chars().count()
    };
    if end < start || end - start < sub_len {
        return None;
    }
    let (low, high) = (s.byte_offset(start), s.byte_offset(end));
    let hay = &s.as_str()[low..high];
    let found = if from_right {
        hay.rfind(sub)
    } else {
        hay.find(sub)
    }?;
    Some(s.char_index(low + found))
}

/// `find`, `rfind`, `index`, `rindex`: `(sub[, start[, end]])`.
fn search(vm: &mut Vm, args: &Args, name: &str, from_right: bool, raise: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let rest = params(vm, args, name, 1, 3, Arity::Classic)?;
    let sub = str_arg(vm, &rest[0], |t| format!("must be str, not {}", t))?;
    let (start, end) = window(vm, &rest[1..], s.char_len())?;
    match find_in(s, sub, start, end, from_right) {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "find", false, false)
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rfind", true, false)
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "index", false, true)
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    search(vm, &args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "count")?;
    let rest = params(vm, &args, "count", 1, 3, Arity::Classic)?;
    let sub = str_arg(vm, &rest[0], |t| format!("must be str, not {}", t))?;
    let (start, end) = window(vm, &rest[1..], s.char_len())?;
    if end < start {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int((end - start + 1) as i64));
    }
    let hay = &s.as_str()[s.byte_offset(start)..s.byte_offset(end)];
    Ok(Value::Int(hay.matches(sub).count() as i64))
}

/// `startswith` / `endswith`: a str or a tuple of them, within `[start, end)`.
fn affix_match(vm: &mut Vm, args: &Args, name: &str, at_end: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let rest = params(vm, args, name, 1, 3, Arity::Classic)?;
    let (start, end) = window(vm, &rest[1..], s.char_len())?;
    let candidates: Vec<Value> = match rest[0].payload() {
        Some(Payload::Tuple(items)) => items.clone(),
        _ if rest[0].as_str().is_some() => vec![rest[0].clone()],
        _ => {
            let msg = format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name(&rest[0])
            );
            return Err(vm.type_error(msg));
        }
    };
    for candidate in &candidates {
        let affix = str_arg(vm, candidate, |t| {
            format!("tuple for {} must only contain str, not {}", name, t)
        })?;
        let affix_len = affix.chars().count();
        if end < start || end - start < affix_len {
            continue;
        }
        let window = &s.as_str()[s.byte_offset(start)..s.byte_offset(end)];
        let hit = if at_end {
            window.ends_with(affix)
        } else {
            window.starts_with(affix)
        };
        if hit {
            return bool_value(true);
        }
    }
    bool_value(false)
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_match(vm, &args, "endswith", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "replace")?.as_str();
    let rest = params(vm, &args, "replace", 2, 3, Arity::Clinic)?;
    let old = clinic_str_arg(vm, &rest[0], |t| {
        format!("replace() argument 1 must be str, not {}", t)
    })?;
    let new = clinic_str_arg(vm, &rest[1], |t| {
        format!("replace() argument 2 must be str, not {}", t)
    })?;
    let limit = match rest.get(2) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    if old.is_empty() {
        // An empty pattern matches before every character and at the end.
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        let mut done = 0;
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return Ok(Value::str(out));
    }
    Ok(Value::str(if limit == usize::MAX {
        s.replace(old, new)
    } else {
        s.replacen(old, new, limit)
    }))
}

// ----- splitting and joining ---------------------------------------------------------------------

fn strings(parts: impl IntoIterator<Item = impl Into<String>>) -> Value {
    Value::list(parts.into_iter().map(|p| Value::str(p.into())).collect())
}

/// `split()` with no separator: runs of whitespace separate, ends are dropped, and after
/// `maxsplit` splits the remainder is kept as is (with its trailing whitespace).
fn split_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let word_end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..word_end]);
        rest = rest[word_end..].trim_start_matches(is_space);
    }
    out
}

fn rsplit_whitespace(s: &str, maxsplit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == maxsplit {
            out.push(rest);
            break;
        }
        let word_start = rest
            .rfind(is_space)
            .map(|i| i + rest[i..].chars().next().map_or(1, char::len_utf8))
            .unwrap_or(0);
        out.push(&rest[word_start..]);
        rest = rest[..word_start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

fn split_common(vm: &mut Vm, mut args: Args, name: &str, from_right: bool) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, name, &["sep", "maxsplit"])?;
    let s = this(vm, &args, name)?.as_str();
    let maxsplit = match &slots[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let maxsplit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let sep = match &slots[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, |t| {
            format!("must be str or None, not {}", t)
        })?),
    };
    let parts: Vec<&str> = match sep {
        None if from_right => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
        Some("") => return Err(vm.value_error("empty separator")),
        Some(sep) if from_right => {
            let mut parts: Vec<&str> = s.rsplitn(maxsplit.saturating_add(1), sep).collect();
            parts.reverse();
            parts
        }
        Some(sep) => s.splitn(maxsplit.saturating_add(1), sep).collect(),
    };
    Ok(strings(parts))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "split", false)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_common(vm, args, "rsplit", true)
}

fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "splitlines", &["keepends"])?;
    let s = this(vm, &args, "splitlines")?.as_str();
    let keepends = match &slots[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let mut lines = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            after += 1;
        }
        lines.push(&s[line_start..if keepends { after } else { i }]);
        line_start = after;
    }
    if line_start < s.len() {
        lines.push(&s[line_start..]);
    }
    Ok(strings(lines))
}

fn partition_common(vm: &mut Vm, args: &Args, name: &str, from_right: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?.as_str();
    let rest = params(vm, args, name, 1, 1, Arity::Clinic)?;
    let sep = str_arg(vm, &rest[0], |t| format!("must be str, not {}", t))?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if from_right {
        s.rfind(sep)
    } else {
        s.find(sep)
    };
    let parts = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if from_right => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(*p)).collect()))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_common(vm, &args, "rpartition", true)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let sep = this(vm, &args, "join")?.as_str().to_string();
    let rest = params(vm, &args, "join", 1, 1, Arity::Clinic)?;
    let items = match vm.collect(&rest[0]) {
        Ok(items) => items,
        Err(e)
            if vm.err_matches(&e, "TypeError")
                && vm
                    .lookup_special(&rest[0], &vm.names().__iter__.clone())
                    .is_none() =>
        {
            return Err(vm.type_error("can only join an iterable"));
        }
        Err(e) => return Err(e),
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match item.as_str() {
            Some(s) => out.push_str(s),
            None => {
                let msg = format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(item)
                );
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(Value::str(out))
}

// ----- stripping and affixes ---------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip_common(vm: &mut Vm, args: &Args, name: &str, side: Side) -> PyResult<Value> {
    let s = this(vm, args, name)?.as_str();
    let rest = params(vm, args, name, 0, 1, Arity::Clinic)?;
    let chars: Option<Vec<char>> = match rest.first() {
        None | Some(Value::None) => None,
        Some(v) => Some(
            str_arg(vm, v, |_| format!("{} arg must be None or str", name))?
                .chars()
                .collect(),
        ),
    };
    let strip = |c: char| match &chars {
        None => is_space(c),
        Some(set) => set.contains(&c),
    };
    let out = match side {
        Side::Left => s.trim_start_matches(strip),
        Side::Right => s.trim_end_matches(strip),
        Side::Both => s.trim_matches(strip),
    };
    Ok(Value::str(out))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "strip", Side::Both)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "lstrip", Side::Left)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_common(vm, &args, "rstrip", Side::Right)
}

fn remove_affix(vm: &mut Vm, args: &Args, name: &str, suffix: bool) -> PyResult<Value> {
    let s = this(vm, args, name)?.as_str();
    let rest = params(vm, args, name, 1, 1, Arity::Clinic)?;
    let affix = clinic_str_arg(vm, &rest[0], |t| {
        format!("{}() argument must be str, not {}", name, t)
    })?;
    let out = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    Ok(Value::str(out.unwrap_or(s)))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removeprefix", false)
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    remove_affix(vm, &args, "removesuffix", true)
}

// ----- padding -----------------------------------------------------------------------------------

fn fill_char(vm: &mut Vm, v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else { return Ok(' ') };
    let Some(s) = v.as_str() else {
        let msg = format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(v)
        );
        return Err(vm.type_error(msg));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(vm.type_error("The fill character must be exactly one character long")),
    }
}

/// Results longer than this many code points raise MemoryError instead of aborting the process
/// on a failed allocation (`"a".center(10**15)`).
const MAX_RESULT_CHARS: i64 = i32::MAX as i64;

fn check_result_size(vm: &mut Vm, chars: i64) -> PyResult<()> {
    if chars > MAX_RESULT_CHARS {
        return Err(vm.new_exception("MemoryError", ""));
    }
    Ok(())
}

fn repeat(c: char, n: usize) -> String {
    std::iter::repeat_n(c, n).collect()
}

/// `center`, `ljust`, `rjust`: `(width[, fillchar])`.
fn pad_common(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let s = this(vm, args, name)?;
    let rest = params(vm, args, name, 1, 2, Arity::Clinic)?;
    let width = int_arg(vm, &rest[0])?;
    let fill = fill_char(vm, rest.get(1))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(args.args[0].clone());
    }
    check_result_size(vm, width)?;
    let margin = width - len;
    let left = match name {
        "ljust" => 0,
        "rjust" => margin,
        // CPython's rounding: an odd margin puts the extra fill on the left only for odd widths.
        _ => margin / 2 + (margin & width & 1),
    };
    let mut out = repeat(fill, left as usize);
    out.push_str(s.as_str());
    out.push_str(&repeat(fill, (margin - left) as usize));
    Ok(Value::str(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "center")
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "ljust")
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_common(vm, &args, "rjust")
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "zfill")?;
    let rest = params(vm, &args, "zfill", 1, 1, Arity::Clinic)?;
    let width = int_arg(vm, &rest[0])?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(args.args[0].clone());
    }
    check_result_size(vm, width)?;
    let text = s.as_str();
    let zeros = repeat('0', (width - len) as usize);
    let out = match text.chars().next() {
        Some(sign @ ('+' | '-')) => format!("{}{}{}", sign, zeros, &text[1..]),
        _ => format!("{}{}", zeros, text),
    };
    Ok(Value::str(out))
}

fn expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "expandtabs", &["tabsize"])?;
    let s = this(vm, &args, "expandtabs")?.as_str();
    let tabsize = match &slots[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let mut out = String::with_capacity(s.len());
    let mut column: i64 = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let spaces = tabsize - column % tabsize;
                    check_result_size(vm, column.saturating_add(spaces))?;
                    out.push_str(&repeat(' ', spaces as usize));
                    column += spaces;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                column = 0;
            }
            c => {
                out.push(c);
                column += 1;
            }
        }
    }
    Ok(Value::str(out))
}

// ----- encoding ----------------------------------------------------------------------------------

/// A Python-style escape for a character in an error message (`'\xe9'`, `'\u4e2d'`).
fn escaped_char(c: char) -> String {
    let n = c as u32;
    if n <= 0xff {
        format!("\\x{:02x}", n)
    } else if n <= 0xffff {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// Encode to a single-byte codec (`ascii`, `latin-1`) whose code points stop at `limit`.
pub fn encode_narrow(
    vm: &mut Vm,
    s: &str,
    codec: &str,
    limit: u32,
    errors: &str,
) -> PyResult<Vec<u8>> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            "strict" => {
                let run_end = (i..chars.len())
                    .find(|&j| (chars[j] as u32) < limit)
                    .unwrap_or(chars.len());
                let what = if run_end - i == 1 {
                    format!("character '{}' in position {}", escaped_char(c), i)
                } else {
                    format!("characters in position {}-{}", i, run_end - 1)
                };
                let msg = format!(
                    "'{}' codec can't encode {}: ordinal not in range({})",
                    codec, what, limit
                );
                return Err(vm.new_exception("UnicodeEncodeError", msg));
            }
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend_from_slice(escaped_char(c).as_bytes()),
            "xmlcharrefreplace" => out.extend_from_slice(format!("&#{};", c as u32).as_bytes()),
            other => {
                return Err(vm.new_exception(
                    "LookupError",
                    format!("unknown error handler name '{}'", other),
                ));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// `str.encode(encoding='utf-8', errors='strict')`
fn encode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let slots = keyword_params(vm, &mut args, "encode", &["encoding", "errors"])?;
    let s = this(vm, &args, "encode")?.as_str();
    let encoding = match &slots[0] {
        Some(v) => clinic_str_arg(vm, v, |t| {
            format!("encode() argument 'encoding' must be str, not {}", t)
        })?,
        None => "utf-8",
    };
    let errors = match &slots[1] {
        Some(v) => clinic_str_arg(vm, v, |t| {
            format!("encode() argument 'errors' must be str, not {}", t)
        })?,
        None => "strict",
    };
    let normalized = encoding.to_ascii_lowercase().replace(['_', ' '], "-");
    let bytes = match normalized.as_str() {
        // gilt strings are valid UTF-8 (no lone surrogates), so UTF-8 encoding cannot fail.
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => s.as_bytes().to_vec(),
        "ascii" | "us-ascii" | "646" | "us" => encode_narrow(vm, s, "ascii", 0x80, errors)?,
        "latin-1" | "latin1" | "latin" | "l1" | "iso-8859-1" | "iso8859-1" | "8859" | "cp819"
        | "iso-ir-100" => encode_narrow(vm, s, "latin-1", 0x100, errors)?,
        _ => return Err(vm.new_exception("LookupError", format!("unknown encoding: {}", encoding))),
    };
    Ok(Value::obj(Payload::Bytes(bytes)))
}

// ----- translation -------------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])`, a static method: the table `translate` reads.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwargs.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    args.check_count(vm, "maketrans", 1, 3)?;
    let table = Value::dict(Dict::new());
    let Some(Payload::Dict(cell)) = table.payload() else {
        return Ok(table);
    };
    if args.args.len() == 1 {
        let Some(Payload::Dict(source)) = args.args[0].payload() else {
            return Err(
                vm.type_error("if you give only one argument to maketrans it must be a dict")
            );
        };
        let items = source.borrow().items();
        for (key, value) in items {
            let key = match &key {
                Value::Int(_) | Value::Bool(_) => key.clone(),
                k if k.as_pystr().is_some() => {
                    let k = k
                        .as_pystr()
                        .map(|s| s.as_str().chars().collect::<Vec<_>>())
                        .unwrap_or_default();
                    if k.len() != 1 {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        );
                    }
                    Value::Int(k[0] as i64)
                }
                k if matches!(k.payload(), Some(Payload::BigInt(_))) => key.clone(),
                _ => {
                    return Err(vm.type_error("keys in translate table must be strings or integers"))
                }
            };
            dict::set(vm, cell, key, value)?;
        }
        return Ok(table);
    }
    let Some(from) = args.args[0].as_str() else {
        return Err(vm.type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    let to = clinic_str_arg(vm, &args.args[1], |t| {
        format!("maketrans() argument 2 must be str, not {}", t)
    })?;
    let (from, to): (Vec<char>, Vec<char>) = (from.chars().collect(), to.chars().collect());
    if from.len() != to.len() {
        return Err(vm.value_error("the first two maketrans arguments must have equal length"));
    }
    for (a, b) in from.iter().zip(&to) {
        dict::set(vm, cell, Value::Int(*a as i64), Value::Int(*b as i64))?;
    }
    if let Some(z) = args.args.get(2) {
        let z = clinic_str_arg(vm, z, |t| {
            format!("maketrans() argument 3 must be str, not {}", t)
        })?;
        for c in z.chars() {
            dict::set(vm, cell, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(table)
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "translate")?.as_str();
    let rest = params(vm, &args, "translate", 1, 1, Arity::Clinic)?;
    let table = &rest[0];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.getitem(table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if vm.err_matches(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match &mapped {
            Value::None => {}
            Value::Int(n) => match u32::try_from(*n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            v if v.as_str().is_some() => out.push_str(v.as_str().unwrap_or("")),
            _ => return Err(vm.type_error("character mapping must return integer, None or str")),
        }
    }
    Ok(Value::str(out))
}

// ----- formatting entry points -------------------------------------------------------------------

fn format(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kwargs = std::mem::take(&mut args.kwargs);
    let fmt = this(vm, &args, "format")?.as_str().to_string();
    let positional = args.args[1..].to_vec();
    let out = super::fields::format_fields(
        vm,
        &fmt,
        &positional,
        super::fields::Names::Keywords(&kwargs),
    )?;
    Ok(Value::str(out))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let fmt = this(vm, &args, "format_map")?.as_str().to_string();
    let rest = params(vm, &args, "format_map", 1, 1, Arity::Clinic)?;
    let mapping = rest[0].clone();
    let out = super::fields::format_fields(vm, &fmt, &[], super::fields::Names::Mapping(&mapping))?;
    Ok(Value::str(out))
}

pub fn register(vm: &mut Vm, cls: &ObjRef) {
    let methods: &[(&'static str, NativeFn)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("casefold", casefold),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("translate", translate),
        ("format", format),
        ("format_map", format_map),
        ("__format__", super::format::format_method),
        ("maketrans", maketrans),
    ];
    for (name, f) in methods {
        vm.add_method(cls, "str", name, *f);
    }
    // `str.maketrans` is a static method: called on the class or an instance, it gets no self.
    let dict = crate::vm::types::class_dict(cls);
    let name = vm.intern("maketrans");
    let plain = dict.borrow().get_str(&name).cloned();
    if let Some(plain) = plain {
        dict.borrow_mut()
            .set_str(name, Value::obj(Payload::StaticMethod(plain)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_split_keeps_the_remainder() {
        assert_eq!(
            split_whitespace("  a  b  c ", usize::MAX),
            vec!["a", "b", "c"]
        );
        assert_eq!(split_whitespace("  a  b  c ", 1), vec!["a", "b  c "]);
        assert_eq!(rsplit_whitespace("  a  b  c ", 1), vec!["  a  b", "c"]);
        assert_eq!(
            split_whitespace("\u{3000}中\u{1c}文", usize::MAX),
            vec!["中", "文"]
        );
        assert!(split_whitespace("   ", 0).is_empty());
    }

    #[test]
    fn indices_adjust_like_cpython() {
        assert_eq!(adjust_indices(Some(-2), None, 5), (3, 5));
        assert_eq!(adjust_indices(Some(7), Some(-9), 5), (7, 0));
        assert_eq!(adjust_indices(None, Some(99), 5), (0, 5));
    }
}
