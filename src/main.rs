//! gilt: a small Python 3 interpreter whose threads run under a real, observable GIL.
mod compile;
mod syntax;

fn main() {}
