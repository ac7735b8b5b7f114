//! gilt: a small Python 3 interpreter whose threads run under a real, observable GIL.
mod compile;
// Nothing outside the compiler reads the AST until the VM lands.
#[allow(dead_code)]
mod syntax;

fn main() {}
