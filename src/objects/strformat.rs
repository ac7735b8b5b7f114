//! String formatting: `%` formatting (`printf`-style) and the format-spec mini-language behind
//! `format()`, `str.format` and f-strings.

use super::{PyResult, Value};
use crate::vm::Vm;

/// `fmt % args`
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<Value> {
    let _ = (fmt, args);
    Err(vm.type_error("% formatting is not supported yet"))
}

impl Vm {
    /// `format(value, spec)`
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str(v);
        }
        Err(self.value_error(format!("format spec {:?} is not supported yet", spec)))
    }
}
