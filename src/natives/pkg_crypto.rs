//! Natives of crypto/sha256, crypto/sha1 and crypto/md5: the compression functions only. The Go
//! surfaces buffer and pad; `block(h []uint32, p []byte)` runs over the whole 64-byte blocks of p,
//! updating the state words of h in place (SHA-256 and SHA-1 by the `sha2`/`sha1` crates, MD5
//! here).

use super::arg;
use crate::vm::mem;
use crate::vm::op::Mem;
use crate::vm::program::NativeFn;
use crate::vm::{Trap, Vm};

pub fn register(t: &mut Vec<(&'static str, NativeFn)>) {
    t.push(("crypto/sha256.block", |vm, a| {
        with_blocks::<8>(vm, a, |h, blocks| {
            let blocks: Vec<_> = blocks.iter().map(|b| (*b).into()).collect();
            sha2::compress256(h, &blocks);
        })
    }));
    t.push(("crypto/sha1.block", |vm, a| {
        with_blocks::<5>(vm, a, |h, blocks| {
            let blocks: Vec<_> = blocks.iter().map(|b| (*b).into()).collect();
            sha1::compress(h, &blocks);
        })
    }));
    t.push(("crypto/md5.block", |vm, a| with_blocks::<4>(vm, a, md5_compress)));
}

/// Loads the N state words of argument 0 and the blocks of argument 1, runs `f`, stores the words back.
fn with_blocks<const N: usize>(vm: &mut Vm, a: usize, f: impl FnOnce(&mut [u32; N], &[[u8; 64]])) -> Result<(), Trap> {
    let (hd, hl, _) = vm.slice_parts(arg(vm, a, 0));
    if hl < N as u64 {
        return Err(Trap::runtime("index out of range"));
    }
    let data = vm.slice_bytes(arg(vm, a, 1));
    let blocks: Vec<[u8; 64]> = data.chunks_exact(64).map(|c| c.try_into().unwrap_or([0; 64])).collect();
    let mut h = [0u32; N];
    for (i, w) in h.iter_mut().enumerate() {
        *w = mem::load(hd + 4 * i as u64, Mem::B4) as u32;
    }
    f(&mut h, &blocks);
    for (i, w) in h.iter().enumerate() {
        mem::store(hd + 4 * i as u64, Mem::B4, *w as u64);
    }
    Ok(())
}

const MD5_S: [u32; 64] = [
    7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20, 5, 9, 14, 20,
    4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15,
    21,
];

/// MD5's additive constants: floor(2^32 * |sin(i + 1)|).
fn md5_k() -> [u32; 64] {
    let mut k = [0u32; 64];
    for (i, v) in k.iter_mut().enumerate() {
        *v = ((i as f64 + 1.0).sin().abs() * 4294967296.0) as u32;
    }
    k
}

fn md5_compress(state: &mut [u32; 4], blocks: &[[u8; 64]]) {
    let k = md5_k();
    for block in blocks {
        let mut m = [0u32; 16];
        for (i, w) in m.iter_mut().enumerate() {
            *w = u32::from_le_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
        }
        let [mut a, mut b, mut c, mut d] = *state;
        for i in 0..64 {
            let (f, g) = match i / 16 {
                0 => ((b & c) | (!b & d), i),
                1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
                2 => (b ^ c ^ d, (3 * i + 5) % 16),
                _ => (c ^ (b | !d), (7 * i) % 16),
            };
            let t = d;
            d = c;
            c = b;
            b = b.wrapping_add(a.wrapping_add(f).wrapping_add(k[i]).wrapping_add(m[g]).rotate_left(MD5_S[i]));
            a = t;
        }
        state[0] = state[0].wrapping_add(a);
        state[1] = state[1].wrapping_add(b);
        state[2] = state[2].wrapping_add(c);
        state[3] = state[3].wrapping_add(d);
    }
}
