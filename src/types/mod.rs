//! The type model: types, objects, scopes and constant values. (Being written: see the checker brief.)

pub mod constant;
