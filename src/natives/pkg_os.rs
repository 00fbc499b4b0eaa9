//! Natives of package os.

#[allow(unused_imports)]
use super::{arg, arg_str, ret, ret_str};
use crate::vm::program::NativeFn;

pub fn register(_t: &mut Vec<(&'static str, NativeFn)>) {}
