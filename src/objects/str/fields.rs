//! `str.format` and `str.format_map`: replacement fields `{name.attr[key]!conv:spec}`, with
//! CPython's `MarkupIterator` and `FieldNameIterator` rules and error messages.
//!
//! Invariants: fields are numbered automatically (`{}`) or manually (`{0}`), never both in one
//! call, and the automatic counter is shared with fields nested in a spec (`{:{}}`); a spec is
//! expanded recursively at most one level deep (CPython's recursion depth of 2).

use crate::objects::{PyResult, Value};
use crate::vm::Vm;

/// Where named fields are looked up: `format`'s keyword arguments, or `format_map`'s mapping.
pub enum Names<'a> {
    Keywords(&'a [(Value, Value)]),
    Mapping(&'a Value),
}

#[derive(Clone, Copy, PartialEq)]
enum Numbering {
    Unused,
    Automatic,
    Manual,
}

struct Formatter<'a> {
    positional: &'a [Value],
    names: Names<'a>,
    numbering: Numbering,
    next_auto: usize,
}

/// `fmt.format(*positional, **names)`
pub fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    positional: &[Value],
    names: Names,
) -> PyResult<String> {
    let mut formatter = Formatter {
        positional,
        names,
        numbering: Numbering::Unused,
        next_auto: 0,
    };
    let chars: Vec<char> = fmt.chars().collect();
    formatter.render(vm, &chars, 2)
}

/// One parsed replacement field.
struct Field {
    name: Vec<char>,
    conversion: Option<char>,
    spec: Vec<char>,
    spec_has_fields: bool,
}

/// Parse the field that starts just after a `{` at `chars[*pos..]`, as CPython's `parse_field`.
fn parse_field(vm: &mut Vm, chars: &[char], pos: &mut usize) -> PyResult<Field> {
    let name_start = *pos;
    let mut last = '\0';
    while *pos < chars.len() {
        last = chars[*pos];
        *pos += 1;
        match last {
            '{' => return Err(vm.value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    if !matches!(last, '}' | ':' | '!') {
        return Err(vm.value_error("expected '}' before end of string"));
    }
    let name = chars[name_start..*pos - 1].to_vec();
    let mut field = Field {
        name,
        conversion: None,
        spec: Vec::new(),
        spec_has_fields: false,
    };
    if last == '}' {
        return Ok(field);
    }
    if last == '!' {
        let Some(&conversion) = chars.get(*pos) else {
            return Err(vm.value_error("end of string while looking for conversion specifier"));
        };
        field.conversion = Some(conversion);
        *pos += 1;
        if let Some(&next) = chars.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(vm.value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < chars.len() {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.spec_has_fields = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = chars[spec_start..*pos - 1].to_vec();
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(vm.value_error("unmatched '{' in format spec"))
}

/// One step after the first part of a field name: `.attr` or `[key]`.
enum Accessor {
    Attribute(String),
    Item(Value),
}

/// Split a field name into its first part and accessors (CPython's `FieldNameIterator`).
fn split_name(vm: &mut Vm, name: &[char]) -> PyResult<(String, Vec<Accessor>)> {
    let first_end = name
        .iter()
        .position(|c| *c == '.' || *c == '[')
        .unwrap_or(name.len());
    let first: String = name[..first_end].iter().collect();
    let mut accessors = Vec::new();
    let mut pos = first_end;
    while pos < name.len() {
        let c = name[pos];
        pos += 1;
        match c {
            '.' => {
                let start = pos;
                while pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    pos += 1;
                }
                if pos == start {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                accessors.push(Accessor::Attribute(name[start..pos].iter().collect()));
            }
            '[' => {
                let start = pos;
                while pos < name.len() && name[pos] != ']' {
                    pos += 1;
                }
                if pos == name.len() {
                    return Err(vm.value_error("Missing ']' in format string"));
                }
                if pos == start {
                    return Err(vm.value_error("Empty attribute in format string"));
                }
                let key: String = name[start..pos].iter().collect();
                pos += 1;
                if pos < name.len() && name[pos] != '.' && name[pos] != '[' {
                    return Err(
                        vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                    );
                }
                let key = match parse_index(&key) {
                    Some(i) => Value::Int(i as i64),
                    None => Value::str(key),
                };
                accessors.push(Accessor::Item(key));
            }
            _ => {
                return Err(
                    vm.value_error("Only '.' or '[' may follow ']' in format field specifier")
                )
            }
        }
    }
    Ok((first, accessors))
}

/// A field index: all decimal digits (and fits); anything else is a name.
fn parse_index(text: &str) -> Option<usize> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

impl Formatter<'_> {
    fn render(&mut self, vm: &mut Vm, chars: &[char], depth: i32) -> PyResult<String> {
        if depth <= 0 {
            return Err(vm.value_error("Max string recursion exceeded"));
        }
        let mut out = String::with_capacity(chars.len());
        let mut pos = 0;
        while pos < chars.len() {
            let c = chars[pos];
            pos += 1;
            match c {
                '{' if chars.get(pos) == Some(&'{') => {
                    out.push('{');
                    pos += 1;
                }
                '}' if chars.get(pos) == Some(&'}') => {
                    out.push('}');
                    pos += 1;
                }
                '}' => return Err(vm.value_error("Single '}' encountered in format string")),
                '{' if pos == chars.len() => {
                    return Err(vm.value_error("Single '{' encountered in format string"));
                }
                '{' => {
                    let field = parse_field(vm, chars, &mut pos)?;
                    let text = self.render_field(vm, &field, depth)?;
                    out.push_str(&text);
                }
                c => out.push(c),
            }
        }
        Ok(out)
    }

    fn render_field(&mut self, vm: &mut Vm, field: &Field, depth: i32) -> PyResult<String> {
        let value = self.lookup(vm, &field.name)?;
        let value = match field.conversion {
            None => value,
            Some('r') => Value::str(vm.repr(&value)?),
            Some('s') => Value::str(vm.str(&value)?),
            Some('a') => Value::str(super::ascii(&vm.repr(&value)?)),
            Some(c) => {
                let shown = if (' '..='~').contains(&c) {
                    c.to_string()
                } else {
                    format!("\\x{:x}", c as u32)
                };
                return Err(vm.value_error(format!("Unknown conversion specifier {}", shown)));
            }
        };
        let spec = if field.spec_has_fields {
            self.render(vm, &field.spec, depth - 1)?
        } else {
            field.spec.iter().collect()
        };
        vm.format(&value, &spec)
    }

    /// The value a field name designates: an argument, then its attributes and items.
    fn lookup(&mut self, vm: &mut Vm, name: &[char]) -> PyResult<Value> {
        let (first, accessors) = split_name(vm, name)?;
        let mut value = if first.is_empty() {
            if self.numbering == Numbering::Manual {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            self.numbering = Numbering::Automatic;
            let index = self.next_auto;
            self.next_auto += 1;
            self.positional_argument(vm, index)?
        } else if let Some(index) = parse_index(&first) {
            if self.numbering == Numbering::Automatic {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            self.numbering = Numbering::Manual;
            self.positional_argument(vm, index)?
        } else {
            self.named_argument(vm, &first)?
        };
        for accessor in accessors {
            value = match accessor {
                Accessor::Attribute(attr) => {
                    let attr = vm.intern(&attr);
                    vm.getattr(&value, &attr)?
                }
                Accessor::Item(key) => vm.getitem(&value, &key)?,
            };
        }
        Ok(value)
    }

    fn positional_argument(&self, vm: &mut Vm, index: usize) -> PyResult<Value> {
        match self.positional.get(index) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error(format!(
                "Replacement index {} out of range for positional args tuple",
                index
            ))),
        }
    }

    fn named_argument(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match &self.names {
            Names::Keywords(pairs) => match pairs.iter().find(|(k, _)| k.as_str() == Some(name)) {
                Some((_, v)) => Ok(v.clone()),
                None => Err(vm.key_error(Value::str(name))),
            },
            Names::Mapping(mapping) => {
                let mapping = (*mapping).clone();
                vm.getitem(&mapping, &Value::str(name))
            }
        }
    }
}
