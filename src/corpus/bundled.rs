//! The default corpus shipped inside the binary: one reviewable JSON file
//! per source in `assets/corpus/`.

use super::model::Model;
use std::sync::LazyLock;

/// Each bundled file, by name, with its text.
pub const BUNDLED_FILES: [(&str, &str); 2] = [
    ("maclellan-2015-table1.json", include_str!("../../assets/corpus/maclellan-2015-table1.json")),
    ("panaite-2024.json", include_str!("../../assets/corpus/panaite-2024.json")),
];

static MODELS: LazyLock<Vec<Model>> = LazyLock::new(|| {
    BUNDLED_FILES
        .iter()
        .flat_map(|(name, text)| {
            serde_json::from_str::<Vec<Model>>(text)
                .unwrap_or_else(|e| panic!("bundled corpus file {name} is invalid (checked by tests): {e}"))
        })
        .collect()
});

/// Every bundled model, in file order.
pub fn bundled_models() -> &'static [Model] {
    &MODELS
}

/// Changes whenever the bundled corpus text changes, so a store knows to
/// refresh. Worked out once per run.
pub fn bundled_fingerprint() -> &'static str {
    static FINGERPRINT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
        // FNV-1a: stable across Rust versions, unlike the std hasher.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (_, text) in BUNDLED_FILES {
            for byte in text.bytes() {
                hash ^= u64::from(byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}")
    });
    &FINGERPRINT
}
