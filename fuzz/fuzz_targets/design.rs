//! Any bytes given as a design file: read without a panic, and anything
//! that loads saves and loads back to the same design.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peermap::design;
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.peermap.json");
    if let Ok(loaded) = design::from_json(bytes, path) {
        let saved = design::to_json(&loaded);
        let again = design::from_json(saved.as_bytes(), path).expect("a saved design loads");
        assert_eq!(again, loaded, "a loaded design survives a save");
    }
});
