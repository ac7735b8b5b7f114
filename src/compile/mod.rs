//! AST to bytecode: symbol tables decide where each name lives (fast local, cell, free, global,
//! or name lookup), then code generation walks the tree and emits `Instr`s into `Code` objects.
//!
//! `compile` is the one entry point; `disasm::disassemble` renders its result for tests and
//! debugging. Errors the compiler detects are `SyntaxError`s with CPython 3.11's messages and
//! positions; their `text` is left empty (the compiler never sees the source), for the caller to
//! fill from the source line.

// The binary does not call the compiler until the VM lands.
#![allow(dead_code)]

pub mod bytecode;
mod codegen;
pub mod disasm;
mod future;
mod symtable;
#[cfg(test)]
mod tests;
mod unparse;

#[allow(unused_imports)]
pub use codegen::{compile, compile_optimized};

/// What kind of source is being compiled, as CPython's `compile()` modes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script or module body.
    Exec,
    /// One REPL input: every expression statement at top level echoes its value (`PrintExpr`).
    Interactive,
    /// `eval()`: the body is exactly one expression; the code returns its value.
    Eval,
}
