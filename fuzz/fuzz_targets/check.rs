//! Arbitrary bytes (decoded lossily as UTF-8) through the whole front end: it must never panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let _ = corgi::driver::check_sources(vec![("fuzz.go".to_string(), text)]);
});
