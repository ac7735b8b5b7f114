//! The runtime beneath the VM: signals now; the GIL, thread states, the cycle collector and the
//! trace recorder slot in here.

pub mod finalize;
pub mod gil;
pub mod signals;
