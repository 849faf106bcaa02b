//! The default corpus shipped inside the binary: one reviewable JSON file
//! per issue key in `assets/corpus/models/`, so a reviewer can read one
//! health domain at a time.

use super::model::Model;
use std::sync::LazyLock;

/// Each bundled file, by name, with its text (a test checks every file of
/// the folder is listed and holds only its own issue).
pub const BUNDLED_FILES: [(&str, &str); 18] = [
    ("hiv.json", include_str!("../../assets/corpus/models/hiv.json")),
    ("maternal_child.json", include_str!("../../assets/corpus/models/maternal_child.json")),
    ("mental_health.json", include_str!("../../assets/corpus/models/mental_health.json")),
    ("substance_use.json", include_str!("../../assets/corpus/models/substance_use.json")),
    ("diabetes.json", include_str!("../../assets/corpus/models/diabetes.json")),
    ("cardiovascular.json", include_str!("../../assets/corpus/models/cardiovascular.json")),
    ("cancer.json", include_str!("../../assets/corpus/models/cancer.json")),
    ("chronic_other.json", include_str!("../../assets/corpus/models/chronic_other.json")),
    ("tuberculosis.json", include_str!("../../assets/corpus/models/tuberculosis.json")),
    ("malaria.json", include_str!("../../assets/corpus/models/malaria.json")),
    ("hepatitis.json", include_str!("../../assets/corpus/models/hepatitis.json")),
    ("violence_justice.json", include_str!("../../assets/corpus/models/violence_justice.json")),
    ("homelessness_housing.json", include_str!("../../assets/corpus/models/homelessness_housing.json")),
    ("disability.json", include_str!("../../assets/corpus/models/disability.json")),
    (
        "ageing_dementia_caregiving.json",
        include_str!("../../assets/corpus/models/ageing_dementia_caregiving.json"),
    ),
    ("bereavement_suicide.json", include_str!("../../assets/corpus/models/bereavement_suicide.json")),
    ("primary_care.json", include_str!("../../assets/corpus/models/primary_care.json")),
    ("general_community.json", include_str!("../../assets/corpus/models/general_community.json")),
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
