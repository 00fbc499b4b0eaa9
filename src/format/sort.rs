//! Map key ordering for printing (Go's internal/fmtsort): numbers and strings by value, NaN first,
//! false before true, pointers and chans by address (nil first), structs and arrays element by element,
//! interfaces nil first, then by dynamic type, then by value.
//!
//! Go orders interface keys of different dynamic types by the address of their type descriptors, which
//! is arbitrary; here they are ordered by type text, which is at least deterministic.

use std::cmp::Ordering;

use super::{Inspect, Kind};

/// Sorts map entries by key, stably.
pub(super) fn sort_entries<I: Inspect>(insp: &I, entries: &mut [(I::V, I::V)]) {
    entries.sort_by(|a, b| compare(insp, a.0, b.0));
}

fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

fn nil_compare<I: Inspect>(insp: &I, a: I::V, b: I::V) -> Option<Ordering> {
    match (insp.is_nil(a), insp.is_nil(b)) {
        (true, true) => Some(Ordering::Equal),
        (true, false) => Some(Ordering::Less),
        (false, true) => Some(Ordering::Greater),
        _ => None,
    }
}

fn compare<I: Inspect>(insp: &I, a: I::V, b: I::V) -> Ordering {
    let (ka, kb) = (insp.kind(a), insp.kind(b));
    if ka != kb {
        // Only reachable when the VM hands out interface keys as their dynamic values.
        return insp.type_string(a).cmp(&insp.type_string(b));
    }
    match ka {
        Kind::Int(_) => insp.int(a).cmp(&insp.int(b)),
        Kind::Uint(_) | Kind::Uintptr => insp.uint(a).cmp(&insp.uint(b)),
        Kind::String => insp.string(a).cmp(&insp.string(b)),
        Kind::Float32 | Kind::Float64 => float_cmp(insp.float(a), insp.float(b)),
        Kind::Complex64 | Kind::Complex128 => {
            let (ca, cb) = (insp.complex(a), insp.complex(b));
            float_cmp(ca.0, cb.0).then_with(|| float_cmp(ca.1, cb.1))
        }
        Kind::Bool => insp.bool(a).cmp(&insp.bool(b)),
        Kind::Pointer | Kind::UnsafePointer | Kind::Chan | Kind::Func => insp.pointer(a).cmp(&insp.pointer(b)),
        Kind::Struct => {
            for i in 0..insp.num_fields(a) {
                let c = compare(insp, insp.field(a, i).2, insp.field(b, i).2);
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Array => {
            for i in 0..insp.len(a) {
                let c = compare(insp, insp.index(a, i), insp.index(b, i));
                if c != Ordering::Equal {
                    return c;
                }
            }
            Ordering::Equal
        }
        Kind::Interface => {
            if let Some(c) = nil_compare(insp, a, b) {
                return c;
            }
            let (ea, eb) = (insp.elem(a), insp.elem(b));
            let c = insp.type_string(ea).cmp(&insp.type_string(eb));
            if c != Ordering::Equal {
                return c;
            }
            compare(insp, ea, eb)
        }
        _ => Ordering::Equal,
    }
}
