//! What both corpus import targets check: any bytes are read without a
//! panic, and every model accepted is valid and survives an export and a
//! second import.

use peermap::corpus::{ExchangeFormat, parse_bytes, validate};
use std::path::Path;

pub fn check_import(bytes: &[u8], format: ExchangeFormat, extension: &str) {
    let path = Path::new("fuzz").with_extension(extension);
    let Ok(parsed) = parse_bytes(bytes, format, &path) else { return };
    for (_, model) in &parsed.models {
        assert!(validate(model).is_empty(), "an accepted model is valid");
    }
    let models = parsed.into_models();
    let dir = std::env::temp_dir().join(format!("peermap-fuzz-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let file = dir.join("round-trip").with_extension(extension);
    if peermap::corpus::export(&models, &file).is_ok() {
        let again = peermap::corpus::parse_file(&file).expect("an exported file reads back");
        assert!(again.problems.is_empty(), "{:?}", again.problems);
        assert_eq!(again.into_models(), models, "models survive an export");
    }
}
