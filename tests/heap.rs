//! The garbage-collected heap: allocation, conservative marking, sweeping, pacing, concurrency
//! and out-of-memory, through the public API only.

use corgi::heap::access::{load_u8, load_u64, store_u8, store_u64};
use corgi::heap::{Cache, Heap, OutOfMemory, Scan, rounded_size};

const GIB: usize = 1 << 30;
const MIB: u64 = 1 << 20;

fn alloc(heap: &Heap, cache: &mut Cache, bytes: usize, scan: Scan) -> u64 {
    heap.alloc(cache, bytes, scan).expect("alloc").as_ptr() as u64
}

fn get(obj: u64, word: u64) -> u64 {
    // SAFETY: tests only pass live objects and in-bounds word indexes.
    unsafe { load_u64(obj + word * 8) }
}

fn set(obj: u64, word: u64, v: u64) {
    // SAFETY: tests only pass live objects and in-bounds word indexes.
    unsafe { store_u64(obj + word * 8, v) }
}

fn collect(heap: &Heap, caches: &mut [&mut Cache], roots: &[u64]) {
    heap.collect(caches, &mut |mark| roots.iter().for_each(|&w| mark(w)));
}

#[test]
fn allocations_are_zeroed_aligned_and_disjoint_across_sizes() {
    let heap = Heap::new(4 * GIB);
    let mut cache = heap.new_cache();
    let sizes: Vec<usize> = (1..=1100)
        .chain((1100..=33_000).step_by(97))
        .chain([32_768, 32_769, 65_536, 100_000, 1 << 20, 10 << 20])
        .collect();
    for round in 0..3 {
        let mut objs = vec![];
        for &n in &sizes {
            let scan = if n % 2 == 0 { Scan::Scan } else { Scan::NoScan };
            let p = alloc(&heap, &mut cache, n, scan);
            assert_eq!(p % 8, 0, "size {n} misaligned");
            for i in 0..n as u64 {
                // SAFETY: inside the object just allocated.
                assert_eq!(unsafe { load_u8(p + i) }, 0, "round {round} size {n} byte {i} not zero");
            }
            for i in 0..n as u64 {
                // SAFETY: inside the object just allocated.
                unsafe { store_u8(p + i, 0xA5) };
            }
            assert_eq!(heap.object_of(p + n as u64 - 1), Some((p, rounded_size(n))));
            objs.push((p, n));
        }
        objs.sort();
        for w in objs.windows(2) {
            assert!(w[0].0 + w[0].1 as u64 <= w[1].0, "overlap {w:?}");
        }
        // Nothing is a root: everything is freed and the dirty memory reused next round.
        collect(&heap, &mut [&mut cache], &[]);
        assert_eq!(heap.stats().heap_alloc, 0);
    }
}

#[test]
fn zero_sized_allocations_share_an_address_outside_the_heap() {
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    let a = heap.alloc(&mut cache, 0, Scan::Scan).unwrap();
    let b = heap.alloc(&mut cache, 0, Scan::NoScan).unwrap();
    assert_eq!(a, b);
    assert_eq!(heap.object_of(a.as_ptr() as u64), None);
    assert_eq!(heap.stats().mallocs, 0);
}

#[test]
fn unreachable_cycles_are_reclaimed() {
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    let mut keep = 0;
    for i in 0..100_000 {
        let a = alloc(&heap, &mut cache, 32, Scan::Scan);
        let b = alloc(&heap, &mut cache, 48, Scan::Scan);
        set(a, 0, b);
        set(b, 0, a);
        if i == 500 {
            keep = a;
        }
    }
    let before = heap.stats();
    assert_eq!(before.mallocs, 200_000);
    assert_eq!(before.heap_alloc, 100_000 * (32 + 48));
    collect(&heap, &mut [&mut cache], &[keep]);
    let after = heap.stats();
    assert_eq!(after.heap_alloc, 32 + 48, "only the rooted cycle survives");
    assert_eq!(after.frees, 199_998);
    assert_eq!(after.num_gc, 1);
    assert_eq!(get(get(keep, 0), 0), keep);
    collect(&heap, &mut [&mut cache], &[]);
    assert_eq!(heap.stats().heap_alloc, 0);
}

#[test]
fn interior_pointers_keep_objects_alive_but_one_past_the_end_does_not() {
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    let parent = alloc(&heap, &mut cache, 64, Scan::Scan);
    let child = alloc(&heap, &mut cache, 4000, Scan::Scan);
    let big = alloc(&heap, &mut cache, 200_000, Scan::NoScan);
    set(parent, 3, child + 1234); // interior pointer into child
    set(child, 499, big + 199_999); // last word of child → last byte of big
    collect(&heap, &mut [&mut cache], &[parent + 63]);
    assert_eq!(heap.object_of(parent), Some((parent, 64)));
    assert_eq!(heap.object_of(child), Some((child, 4096)));
    assert!(heap.object_of(big).is_some());
    assert_eq!(heap.stats().heap_alloc, 64 + 4096 + 204_800);

    // Rooted only one past the end (parent's slot is the last allocated in its class, so the
    // next slot is free): everything goes.
    collect(&heap, &mut [&mut cache], &[parent + 64, child - 1]);
    assert_eq!(heap.object_of(parent), None);
    assert_eq!(heap.stats().heap_alloc, 0);
}

#[test]
fn noscan_contents_are_not_traced() {
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    let bytes = alloc(&heap, &mut cache, 128, Scan::NoScan);
    let target = alloc(&heap, &mut cache, 16, Scan::Scan);
    let big_bytes = alloc(&heap, &mut cache, 1 << 20, Scan::NoScan);
    let target2 = alloc(&heap, &mut cache, 16, Scan::Scan);
    set(bytes, 0, target);
    set(big_bytes, 1000, target2);
    collect(&heap, &mut [&mut cache], &[bytes, big_bytes]);
    assert!(heap.object_of(bytes).is_some());
    assert!(heap.object_of(big_bytes).is_some());
    assert_eq!(heap.object_of(target), None);
    assert_eq!(heap.object_of(target2), None);
}

/// Builds a list of `n` nodes [next, value] and returns its head.
fn build_list(heap: &Heap, cache: &mut Cache, n: u64) -> u64 {
    let mut head = 0;
    for v in 0..n {
        let node = alloc(heap, cache, 16, Scan::Scan);
        set(node, 0, head);
        set(node, 1, v);
        head = node;
    }
    head
}

fn list_sum(mut node: u64) -> (u64, u64) {
    let (mut len, mut sum) = (0, 0);
    while node != 0 {
        len += 1;
        sum += get(node, 1);
        node = get(node, 0);
    }
    (len, sum)
}

#[test]
fn million_node_list_survives_then_is_reclaimed() {
    const N: u64 = 1_000_000;
    let heap = Heap::new(4 * GIB);
    let mut cache = heap.new_cache();
    let head = build_list(&heap, &mut cache, N);
    // Garbage interleaved with the list's spans.
    for _ in 0..N {
        alloc(&heap, &mut cache, 16, Scan::Scan);
    }
    collect(&heap, &mut [&mut cache], &[head]);
    assert_eq!(heap.stats().heap_alloc, N * 16);
    // Reuse the freed slots; the list must be untouched.
    let head2 = build_list(&heap, &mut cache, N);
    assert_eq!(list_sum(head), (N, N * (N - 1) / 2));
    assert_eq!(list_sum(head2), (N, N * (N - 1) / 2));
    collect(&heap, &mut [&mut cache], &[head2]);
    assert_eq!(heap.stats().heap_alloc, N * 16);
    collect(&heap, &mut [&mut cache], &[]);
    let s = heap.stats();
    assert_eq!(s.heap_alloc, 0);
    assert_eq!(s.mallocs, s.frees);
}

#[test]
fn four_threads_allocate_concurrently_then_one_collection() {
    const N: u64 = 1_000_000;
    let heap = Heap::new(8 * GIB);
    let mut caches: Vec<Cache> = (0..4).map(|_| heap.new_cache()).collect();
    let heads: Vec<u64> = std::thread::scope(|s| {
        let handles: Vec<_> = caches
            .iter_mut()
            .enumerate()
            .map(|(t, cache)| {
                let heap = &heap;
                s.spawn(move || {
                    // Every thread keeps its even objects in a list and drops the odd ones.
                    let mut head = 0;
                    for v in 0..N {
                        let node = alloc(heap, cache, 32, Scan::Scan);
                        if v % 2 == 0 {
                            set(node, 0, head);
                            set(node, 1, v + t as u64);
                            head = node;
                        }
                    }
                    head
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    let s = heap.stats();
    assert_eq!(s.mallocs, 4 * N);
    assert_eq!(s.heap_alloc, 4 * N * 32);
    let mut refs: Vec<&mut Cache> = caches.iter_mut().collect();
    collect(&heap, &mut refs, &heads);
    assert_eq!(heap.stats().heap_alloc, 4 * N / 2 * 32);
    for (t, &head) in heads.iter().enumerate() {
        let half = N / 2;
        assert_eq!(list_sum(head), (half, half * (half - 1) + half * t as u64));
    }
}

#[test]
fn churn_of_cycles_keeps_the_heap_small() {
    let heap = Heap::new(16 * GIB);
    let mut cache = heap.new_cache();
    let mut roots = [0u64; 2];
    let mut peak_sys = 0;
    for i in 0..2_000_000u64 {
        if heap.should_collect() {
            collect(&heap, &mut [&mut cache], &roots);
            peak_sys = peak_sys.max(heap.stats().heap_sys);
        }
        let a = alloc(&heap, &mut cache, 24, Scan::Scan);
        let b = alloc(&heap, &mut cache, 24, Scan::Scan);
        set(a, 0, b);
        set(b, 0, a);
        set(a, 1, i);
        roots[(i % 2) as usize] = a;
    }
    let s = heap.stats();
    println!("churn: peak heap_sys {peak_sys}, {s:?}");
    assert!(s.num_gc >= 10, "{s:?}");
    assert!(peak_sys < 64 * MIB, "{s:?}");
    assert!(s.heap_alloc < 16 * MIB, "{s:?}");
    assert_eq!(get(roots[1], 1), 1_999_999);
    assert_eq!(get(get(get(roots[1], 0), 0), 1), 1_999_999);
}

#[test]
fn out_of_memory_is_an_error_and_collection_recovers() {
    let heap = Heap::new(1 << 20);
    let mut cache = heap.new_cache();
    assert_eq!(heap.alloc(&mut cache, 2 << 20, Scan::NoScan), Err(OutOfMemory));
    assert_eq!(heap.alloc(&mut cache, usize::MAX, Scan::NoScan), Err(OutOfMemory));
    let mut n = 0;
    while heap.alloc(&mut cache, 64 << 10, Scan::NoScan).is_ok() {
        n += 1;
    }
    assert_eq!(n, 16);
    assert_eq!(heap.alloc(&mut cache, 8, Scan::Scan), Err(OutOfMemory));
    collect(&heap, &mut [&mut cache], &[]);
    for _ in 0..1000 {
        alloc(&heap, &mut cache, 8, Scan::Scan);
    }
    let tiny = Heap::new(4096); // less than a page: nothing fits
    assert_eq!(tiny.alloc(&mut tiny.new_cache(), 1, Scan::Scan), Err(OutOfMemory));
}

#[test]
fn freed_large_objects_return_memory_to_the_os() {
    let heap = Heap::new(4 * GIB);
    let mut cache = heap.new_cache();
    let big = alloc(&heap, &mut cache, 100 << 20, Scan::NoScan);
    set(big, (100 << 17) - 1, 7);
    assert!(heap.stats().heap_sys >= 100 * MIB);
    collect(&heap, &mut [&mut cache], &[]);
    let s = heap.stats();
    assert!(s.heap_sys <= 8 * MIB, "{s:?}");
    assert!(s.heap_released >= 92 * MIB, "{s:?}");
    // Reused pages read as zero again.
    let again = alloc(&heap, &mut cache, 100 << 20, Scan::NoScan);
    assert_eq!(get(again, (100 << 17) - 1), 0);
}

#[test]
fn dropped_caches_give_their_spans_and_counts_back() {
    let heap = Heap::new(GIB);
    let mut other = heap.new_cache();
    {
        let mut cache = heap.new_cache();
        for _ in 0..1000 {
            alloc(&heap, &mut cache, 40, Scan::Scan);
        }
    }
    assert_eq!(heap.stats().mallocs, 1000);
    collect(&heap, &mut [&mut other], &[]);
    let s = heap.stats();
    assert_eq!((s.mallocs, s.frees, s.heap_alloc), (1000, 1000, 0));
    assert_eq!(s.heap_inuse, 0, "the dropped cache's spans were freed");
}

#[test]
fn caches_left_out_of_a_collection_keep_working() {
    let heap = Heap::new(GIB);
    let mut a = heap.new_cache();
    let mut b = heap.new_cache();
    let x = alloc(&heap, &mut b, 16, Scan::Scan);
    let garbage = alloc(&heap, &mut b, 16, Scan::Scan);
    let child = alloc(&heap, &mut b, 64, Scan::Scan);
    set(x, 0, child);
    // `b` is not given: its span is marked through but not swept, so its garbage survives.
    collect(&heap, &mut [&mut a], &[x]);
    assert_eq!(heap.stats().heap_alloc, 96);
    let y = alloc(&heap, &mut b, 16, Scan::Scan);
    assert!(![x, garbage].contains(&y));
    assert_eq!(heap.stats().heap_alloc, 112);
    collect(&heap, &mut [&mut a, &mut b], &[x]);
    assert_eq!(heap.stats().heap_alloc, 80);
    assert_eq!(heap.object_of(garbage), None);
    assert_eq!(heap.object_of(child), Some((child, 64)));
}

#[test]
fn rounds_of_concurrent_allocation_and_collection() {
    const THREADS: usize = 4;
    const PER_ROUND: u64 = 100_000;
    let heap = Heap::new(8 * GIB);
    let mut caches: Vec<Cache> = (0..THREADS).map(|_| heap.new_cache()).collect();
    let mut heads = vec![0u64; THREADS];
    for round in 1..=4u64 {
        std::thread::scope(|s| {
            for (cache, head) in caches.iter_mut().zip(heads.iter_mut()) {
                let heap = &heap;
                s.spawn(move || {
                    // Extend this thread's list (kept from earlier rounds) and make garbage that
                    // reuses the slots freed by the previous collection.
                    for v in 0..PER_ROUND {
                        let node = alloc(heap, cache, 16, Scan::Scan);
                        set(node, 0, *head);
                        set(node, 1, v);
                        *head = node;
                        let junk = alloc(heap, cache, 16, Scan::Scan);
                        set(junk, 0, node);
                        set(junk, 1, u64::MAX);
                    }
                });
            }
        });
        let mut refs: Vec<&mut Cache> = caches.iter_mut().collect();
        collect(&heap, &mut refs, &heads);
        let s = heap.stats();
        assert_eq!(s.heap_alloc, THREADS as u64 * round * PER_ROUND * 16);
        for &head in &heads {
            assert_eq!(list_sum(head), (round * PER_ROUND, round * PER_ROUND * (PER_ROUND - 1) / 2));
        }
    }
}

/// The VM's stop-the-world: each worker gives its spans back with `release_cache` from its own
/// thread (as an M stopping for a collection does), the leader collects with no cache, and the
/// workers go on allocating from the swept heap.
#[test]
fn workers_release_their_caches_and_a_leader_collects_without_them() {
    const THREADS: usize = 4;
    const PER_ROUND: u64 = 50_000;
    let heap = Heap::new(8 * GIB);
    let mut heads = vec![0u64; THREADS];
    let mut caches: Vec<Cache> = (0..THREADS).map(|_| heap.new_cache()).collect();
    for round in 1..=3u64 {
        std::thread::scope(|s| {
            for (cache, head) in caches.iter_mut().zip(heads.iter_mut()) {
                let heap = &heap;
                s.spawn(move || {
                    for v in 0..PER_ROUND {
                        let node = alloc(heap, cache, 16, Scan::Scan);
                        set(node, 0, *head);
                        set(node, 1, v);
                        *head = node;
                        alloc(heap, cache, 48, Scan::NoScan);
                    }
                    heap.release_cache(cache);
                });
            }
        });
        collect(&heap, &mut [], &heads);
        let s = heap.stats();
        assert_eq!(s.heap_alloc, THREADS as u64 * round * PER_ROUND * 16, "round {round}: garbage freed");
        for &head in &heads {
            assert_eq!(list_sum(head), (round * PER_ROUND, round * PER_ROUND * (PER_ROUND - 1) / 2));
        }
    }
}

#[test]
fn pacing_triggers_after_four_mib_then_after_live_heap() {
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    let mut allocated = 0;
    while !heap.should_collect() {
        alloc(&heap, &mut cache, 1024, Scan::NoScan);
        allocated += 1024;
    }
    assert!((4 * MIB..5 * MIB).contains(&allocated), "{allocated}");
    // Keep 16 MiB live: the next trigger is about 16 MiB later.
    let live: Vec<u64> = (0..16).map(|_| alloc(&heap, &mut cache, 1 << 20, Scan::NoScan)).collect();
    collect(&heap, &mut [&mut cache], &live);
    assert!(!heap.should_collect());
    assert_eq!(heap.stats().next_gc, 32 * MIB);
    let mut allocated = 0;
    while !heap.should_collect() {
        alloc(&heap, &mut cache, 1024, Scan::NoScan);
        allocated += 1024;
    }
    assert!((16 * MIB..17 * MIB).contains(&allocated), "{allocated}");
}

/// `cargo test --release --test heap -- --ignored --nocapture throughput`
#[test]
#[ignore]
fn throughput() {
    let heap = Heap::default();
    let mut cache = heap.new_cache();
    const N: u64 = 20_000_000;
    let t = std::time::Instant::now();
    for _ in 0..N {
        let p = heap.alloc(&mut cache, 32, Scan::Scan).unwrap();
        std::hint::black_box(p);
    }
    let fresh = t.elapsed();
    println!("fresh memory: {:.1} M allocs/s of 32 bytes", N as f64 / fresh.as_secs_f64() / 1e6);

    let t = std::time::Instant::now();
    let mut gc_time = std::time::Duration::ZERO;
    for _ in 0..N {
        if heap.should_collect() {
            let g = std::time::Instant::now();
            collect(&heap, &mut [&mut cache], &[]);
            gc_time += g.elapsed();
        }
        std::hint::black_box(heap.alloc(&mut cache, 32, Scan::Scan).unwrap());
    }
    let churn = t.elapsed();
    let s = heap.stats();
    println!(
        "churn with GC: {:.1} M allocs/s ({} GCs, {:.1} ms in collect, mean pause {:.0} µs)",
        N as f64 / churn.as_secs_f64() / 1e6,
        s.num_gc,
        gc_time.as_secs_f64() * 1e3,
        s.pause_total_ns as f64 / s.num_gc as f64 / 1e3
    );

    let t = std::time::Instant::now();
    let head = build_list(&heap, &mut cache, 10_000_000);
    let build = t.elapsed();
    let t = std::time::Instant::now();
    collect(&heap, &mut [&mut cache], &[head]);
    println!(
        "10M-node list: built in {:.0} ms, marked and swept in {:.0} ms",
        build.as_secs_f64() * 1e3,
        t.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(list_sum(head).0, 10_000_000);

    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let heap = Heap::default();
    let mut caches: Vec<Cache> = (0..threads).map(|_| heap.new_cache()).collect();
    let t = std::time::Instant::now();
    std::thread::scope(|s| {
        for cache in &mut caches {
            let heap = &heap;
            s.spawn(move || {
                for _ in 0..N {
                    std::hint::black_box(heap.alloc(cache, 32, Scan::Scan).unwrap());
                }
            });
        }
    });
    println!(
        "{threads} threads, fresh memory: {:.1} M allocs/s in total",
        (threads as u64 * N) as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}

#[test]
fn finalizers_resurrect_unreachable_objects_one_link_of_a_chain_per_collection() {
    use corgi::heap::Finalizer;
    let heap = Heap::new(GIB);
    let mut cache = heap.new_cache();
    // a -> b, both finalizable; c reaches itself; d is rooted; func words are small objects.
    let (a, b, c, d) = (
        alloc(&heap, &mut cache, 16, Scan::Scan),
        alloc(&heap, &mut cache, 16, Scan::Scan),
        alloc(&heap, &mut cache, 16, Scan::Scan),
        alloc(&heap, &mut cache, 16, Scan::Scan),
    );
    let func = alloc(&heap, &mut cache, 8, Scan::Scan);
    set(a, 0, b);
    set(c, 0, c);
    for obj in [a, b, c, d] {
        heap.set_finalizer(obj, Some(Finalizer { obj, func, tag: 0 }));
    }
    collect(&heap, &mut [&mut cache], &[d]);
    let ready: Vec<u64> = heap.take_ready_finalizers().iter().map(|f| f.obj).collect();
    assert_eq!(ready, vec![a], "b is reachable from a; c from itself; d from a root");
    assert_eq!(get(a, 0), b, "a was resurrected, with what it references");
    // Once a's finalizer has run (a is no longer referenced), b's turn comes.
    collect(&heap, &mut [&mut cache], &[d]);
    let ready: Vec<u64> = heap.take_ready_finalizers().iter().map(|f| f.obj).collect();
    assert_eq!(ready, vec![b]);
    // A removed finalizer never runs; the function word is a root while registered.
    heap.set_finalizer(d, None);
    collect(&heap, &mut [&mut cache], &[]);
    assert!(heap.take_ready_finalizers().is_empty(), "c reaches itself; d has no finalizer");
    let live = heap.stats().heap_alloc;
    assert_eq!(live, 16 + 8, "c and the function survive; a, b and d are freed");
}
