//! (tests placeholder)
