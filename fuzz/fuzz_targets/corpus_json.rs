//! Any bytes given as a corpus JSON import file: read without a panic; every
//! model it accepts is valid and survives an export and a second import.
#![no_main]

use libfuzzer_sys::fuzz_target;
use peermap::corpus::{ExchangeFormat, parse_bytes, validate};
use std::path::Path;

fuzz_target!(|bytes: &[u8]| {
    let path = Path::new("fuzz.json");
    let Ok(parsed) = parse_bytes(bytes, ExchangeFormat::Json, path) else { return };
    for (_, model) in &parsed.models {
        assert!(validate(model).is_empty(), "an accepted model is valid");
    }
    let models = parsed.into_models();
    let dir = std::env::temp_dir().join(format!("peermap-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let file = dir.join("round-trip.json");
    if peermap::corpus::export(&models, &file).is_ok() {
        let again = peermap::corpus::parse_file(&file).expect("an exported file reads back");
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.into_models(), models, "models survive an export");
    }
});
