//! Exact constant values. (Being written: see the constants brief.)
