//! AST to bytecode: symbol tables decide where each name lives (fast local, cell, free, global,
//! or name lookup), then code generation walks the tree and emits `Instr`s into `Code` objects.

pub mod bytecode;
