//! `os.path`, which is CPython's `posixpath`, ported function by function so that edge cases
//! (`normpath('//x')`, `splitext('.bashrc')`, `join('a', '/b')`) agree. The functions CPython
//! builds from others (`expandvars`, `commonpath`, `samefile`, `ismount`, ...) are in `path.py`,
//! run in the module's namespace after these are added. `import posixpath` gives this same
//! module.

use std::os::unix::fs::MetadataExt;

use super::{one_path, os_error, path_arg, PathKind};
use crate::objects::{Args, ObjRef, Payload, PyResult, Value};
use crate::vm::{dict_set_str, Vm};

/// The path spelling constants `os` and `os.path` both carry (`sep`, `pathsep`, `altsep`, ...).
pub(super) fn set_path_constants(vm: &mut Vm, d: &ObjRef) {
    let constants = [
        ("sep", "/"),
        ("pathsep", ":"),
        ("curdir", "."),
        ("pardir", ".."),
        ("extsep", "."),
        ("devnull", "/dev/null"),
        ("defpath", "/bin:/usr/bin"),
    ];
    for (name, value) in constants {
        dict_set_str(d, vm.intern(name), Value::str(value));
    }
    dict_set_str(d, vm.intern("altsep"), Value::None);
}

pub fn make_path(vm: &mut Vm) -> PyResult<Value> {
    let (m, d) = vm.new_module("posixpath");
    set_path_constants(vm, &d);
    let functions: &[(&'static str, crate::objects::class::NativeFn)] = &[
        ("exists", exists),
        ("lexists", lexists),
        ("isfile", isfile),
        ("isdir", isdir),
        ("islink", islink),
        ("getsize", getsize),
        ("getmtime", getmtime),
        ("getatime", getatime),
        ("getctime", getctime),
        ("join", join),
        ("basename", basename),
        ("dirname", dirname),
        ("split", split),
        ("splitext", splitext),
        ("abspath", abspath),
        ("normpath", normpath),
        ("realpath", realpath),
        ("isabs", isabs),
        ("expanduser", expanduser),
        ("relpath", relpath),
        ("commonprefix", commonprefix),
    ];
    for (name, func) in functions {
        vm.add_function(&d, "posixpath", name, *func);
    }
    dict_set_str(
        &d,
        vm.intern("supports_unicode_filenames"),
        Value::bool(false),
    );
    crate::stdlib::import::exec_module_source(vm, PATH_SOURCE, "<gilt:posixpath>", &d)?;
    Ok(m)
}

/// What `posixpath` builds from the functions above.
const PATH_SOURCE: &str = include_str!("path.py");

/// `import posixpath`: the module `os.path` names.
pub fn make_posixpath(vm: &mut Vm) -> PyResult<Value> {
    crate::stdlib::import::import_module(vm, "os.path")
}

/// The metadata of a path for the `os.path` predicates: `None` when the path does not exist or
/// cannot be examined (they answer False then), TypeError for a bad argument.
fn probe(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    follow: bool,
) -> PyResult<Option<std::fs::Metadata>> {
    args.check_count(vm, fname, 1, 1)?;
    let v = &args.args[0];
    if matches!(v, Value::Int(_) | Value::Bool(_)) {
        return Ok(None);
    }
    let path = path_arg(
        vm,
        v,
        if follow { "stat" } else { "lstat" },
        PathKind::OrInteger,
    )?;
    Ok(if follow {
        std::fs::metadata(&path).ok()
    } else {
        std::fs::symlink_metadata(&path).ok()
    })
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(probe(vm, &args, "exists", true)?.is_some()))
}

fn lexists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(probe(vm, &args, "lexists", false)?.is_some()))
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "isfile", true)?.is_some_and(|m| m.is_file()),
    ))
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "isdir", true)?.is_some_and(|m| m.is_dir()),
    ))
}

fn islink(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::bool(
        probe(vm, &args, "islink", false)?.is_some_and(|m| m.file_type().is_symlink()),
    ))
}

fn metadata_of(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<std::fs::Metadata> {
    let path = one_path(vm, args, fname, PathKind::OrInteger)?;
    std::fs::metadata(&path).map_err(|e| os_error(vm, e, Some(&path)))
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::bigint(meta.len().into()))
}

fn getmtime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.mtime() as f64 + meta.mtime_nsec() as f64 * 1e-9,
    ))
}

fn getatime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.atime() as f64 + meta.atime_nsec() as f64 * 1e-9,
    ))
}

fn getctime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = metadata_of(vm, &args, "stat")?;
    Ok(Value::float(
        meta.ctime() as f64 + meta.ctime_nsec() as f64 * 1e-9,
    ))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.args.is_empty() {
        return Err(vm.type_error("join() missing 1 required positional argument: 'a'"));
    }
    let mut path = path_arg(vm, &args.args[0], "join", PathKind::Generic)?;
    for part in &args.args[1..] {
        let part = match part.payload() {
            Some(Payload::Str(s)) => s.as_str().to_string(),
            _ => {
                let msg = format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    vm.type_name(part)
                );
                return Err(vm.type_error(msg));
            }
        };
        path = join_two(&path, &part);
    }
    Ok(Value::str(path))
}

fn join_two(path: &str, part: &str) -> String {
    if part.starts_with('/') {
        part.to_string()
    } else if path.is_empty() || path.ends_with('/') {
        format!("{}{}", path, part)
    } else {
        format!("{}/{}", path, part)
    }
}

/// `posixpath.split`: everything up to the last slash (trailing slashes removed unless it is all
/// slashes), and the rest.
fn split_path(p: &str) -> (String, String) {
    let i = p.rfind('/').map(|i| i + 1).unwrap_or(0);
    let (head, tail) = (&p[..i], &p[i..]);
    let head = if !head.is_empty() && head.chars().any(|c| c != '/') {
        head.trim_end_matches('/')
    } else {
        head
    };
    (head.to_string(), tail.to_string())
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "basename", PathKind::Generic)?;
    Ok(Value::str(split_path(&p).1))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "dirname", PathKind::Generic)?;
    Ok(Value::str(split_path(&p).0))
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "split", PathKind::Generic)?;
    let (head, tail) = split_path(&p);
    Ok(Value::tuple(vec![Value::str(head), Value::str(tail)]))
}

/// `genericpath._splitext`: the extension starts at the last dot after the last slash, unless
/// everything before it in the name is dots (`.bashrc` has no extension).
fn split_extension(p: &str) -> (String, String) {
    let separator = p.rfind('/').map(|i| i as i64).unwrap_or(-1);
    if let Some(dot) = p.rfind('.') {
        if dot as i64 > separator {
            let name_start = (separator + 1) as usize;
            if p[name_start..dot].bytes().any(|b| b != b'.') {
                return (p[..dot].to_string(), p[dot..].to_string());
            }
        }
    }
    (p.to_string(), String::new())
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "splitext", PathKind::Generic)?;
    let (root, ext) = split_extension(&p);
    Ok(Value::tuple(vec![Value::str(root), Value::str(ext)]))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "isabs", PathKind::Generic)?;
    Ok(Value::bool(p.starts_with('/')))
}

/// `posixpath.normpath`: collapse `.`, `..` and repeated slashes lexically; exactly two leading
/// slashes are kept, as POSIX allows them a meaning.
fn normalize_path(path: &str) -> String {
    if path.is_empty() {
        return ".".to_string();
    }
    let initial_slashes = if path.starts_with("//") && !path.starts_with("///") {
        2
    } else if path.starts_with('/') {
        1
    } else {
        0
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        if part.is_empty() || part == "." {
            continue;
        }
        if part != ".." || (initial_slashes == 0 && parts.is_empty()) || parts.last() == Some(&"..")
        {
            parts.push(part);
        } else if !parts.is_empty() {
            parts.pop();
        }
    }
    let joined = format!("{}{}", "/".repeat(initial_slashes), parts.join("/"));
    if joined.is_empty() {
        ".".to_string()
    } else {
        joined
    }
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "normpath", PathKind::Generic)?;
    Ok(Value::str(normalize_path(&p)))
}

fn absolute(vm: &mut Vm, p: &str) -> PyResult<String> {
    if p.starts_with('/') {
        return Ok(normalize_path(p));
    }
    let cwd = match std::env::current_dir() {
        Ok(c) => c.to_string_lossy().into_owned(),
        Err(e) => return Err(os_error(vm, e, None)),
    };
    Ok(normalize_path(&join_two(&cwd, p)))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "abspath", PathKind::Generic)?;
    Ok(Value::str(absolute(vm, &p)?))
}

/// `posixpath._joinrealpath` (non-strict): resolve symlinks component by component; `seen` maps
/// a link to its resolution (`None` while resolving, to detect loops). Returns `(path, ok)`.
fn join_real_path(
    path: String,
    rest: &str,
    seen: &mut std::collections::HashMap<String, Option<String>>,
) -> (String, bool) {
    let mut path = path;
    let mut rest = rest;
    if let Some(stripped) = rest.strip_prefix('/') {
        rest = stripped;
        path = "/".to_string();
    }
    while !rest.is_empty() {
        let (name, remainder) = rest.split_once('/').unwrap_or((rest, ""));
        rest = remainder;
        if name.is_empty() || name == "." {
            continue;
        }
        if name == ".." {
            if path.is_empty() {
                path = "..".to_string();
            } else {
                let (head, tail) = split_path(&path);
                path = if tail == ".." {
                    join_two(&join_two(&head, ".."), "..")
                } else {
                    head
                };
            }
            continue;
        }
        let new_path = join_two(&path, name);
        let is_link =
            std::fs::symlink_metadata(&new_path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            path = new_path;
            continue;
        }
        if let Some(resolved) = seen.get(&new_path) {
            match resolved {
                Some(p) => {
                    path = p.clone();
                    continue;
                }
                None => return (join_two(&new_path, rest), false),
            }
        }
        seen.insert(new_path.clone(), None);
        let target = std::fs::read_link(&new_path)
            .map(|t| t.to_string_lossy().into_owned())
            .unwrap_or_default();
        let (resolved, ok) = join_real_path(path, &target, seen);
        if !ok {
            return (join_two(&resolved, rest), false);
        }
        seen.insert(new_path, Some(resolved.clone()));
        path = resolved;
    }
    (path, true)
}

fn realpath(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _strict = args.take_kw("strict");
    let p = one_path(vm, &args, "realpath", PathKind::Generic)?;
    let (path, _) = join_real_path(String::new(), &p, &mut std::collections::HashMap::new());
    Ok(Value::str(absolute(vm, &path)?))
}

fn expanduser(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_path(vm, &args, "expanduser", PathKind::Generic)?;
    if !p.starts_with('~') {
        return Ok(Value::str(p));
    }
    let end = p[1..].find('/').map(|i| i + 1).unwrap_or(p.len());
    let user = &p[1..end];
    let home = if user.is_empty() || std::env::var("USER").is_ok_and(|u| u == user) {
        std::env::var("HOME").ok()
    } else {
        None
    };
    let Some(home) = home else {
        return Ok(Value::str(p));
    };
    let home = home.trim_end_matches('/');
    let result = format!("{}{}", home, &p[end..]);
    Ok(Value::str(if result.is_empty() {
        "/".to_string()
    } else {
        result
    }))
}

fn relpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "relpath", 1, 2)?;
    let p = path_arg(vm, &args.args[0], "relpath", PathKind::Generic)?;
    if p.is_empty() {
        return Err(vm.value_error("no path specified"));
    }
    let start = match args.args.get(1) {
        None | Some(Value::None) => ".".to_string(),
        Some(v) => path_arg(vm, v, "relpath", PathKind::Generic)?,
    };
    let start_abs = absolute(vm, &start)?;
    let path_abs = absolute(vm, &p)?;
    let start_parts: Vec<&str> = start_abs.split('/').filter(|x| !x.is_empty()).collect();
    let path_parts: Vec<&str> = path_abs.split('/').filter(|x| !x.is_empty()).collect();
    let common = start_parts
        .iter()
        .zip(path_parts.iter())
        .take_while(|(a, b)| a == b)
        .count();
    let mut parts: Vec<&str> = vec![".."; start_parts.len() - common];
    parts.extend(&path_parts[common..]);
    Ok(Value::str(if parts.is_empty() {
        ".".to_string()
    } else {
        parts.join("/")
    }))
}

fn commonprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.check_count(vm, "commonprefix", 1, 1)?;
    let items = vm.collect(&args.args[0])?;
    let mut strings = Vec::with_capacity(items.len());
    for item in &items {
        strings.push(path_arg(vm, item, "commonprefix", PathKind::Generic)?);
    }
    let Some(first) = strings.first() else {
        return Ok(Value::str(""));
    };
    let mut prefix: Vec<char> = first.chars().collect();
    for s in &strings[1..] {
        let common = prefix
            .iter()
            .zip(s.chars())
            .take_while(|(a, b)| **a == *b)
            .count();
        prefix.truncate(common);
    }
    Ok(Value::str(prefix.into_iter().collect::<String>()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posixpath_normpath() {
        assert_eq!(normalize_path("a/./b/../c"), "a/c");
        assert_eq!(normalize_path("//x/../y"), "//y");
        assert_eq!(normalize_path("///x"), "/x");
        assert_eq!(normalize_path("../../a"), "../../a");
        assert_eq!(normalize_path("/.."), "/");
        assert_eq!(normalize_path(""), ".");
    }

    #[test]
    fn posixpath_split_and_splitext() {
        assert_eq!(split_path("/x/y/z.py"), ("/x/y".into(), "z.py".into()));
        assert_eq!(split_path("//"), ("//".into(), "".into()));
        assert_eq!(split_extension(".bashrc"), (".bashrc".into(), "".into()));
        assert_eq!(
            split_extension("a/b.tar.gz"),
            ("a/b.tar".into(), ".gz".into())
        );
        assert_eq!(split_extension("a.b/c"), ("a.b/c".into(), "".into()));
    }
}
