//! The type model: types, objects, scopes and constant values. (Being written: see the checker brief.)

pub mod basic;
pub mod constant;

pub use basic::BasicKind;
