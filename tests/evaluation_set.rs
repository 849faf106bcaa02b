//! The evaluation set of neighbour quality is usable and honest: every
//! design loads, every family rule is well formed and neither empty nor
//! universal on the bundled corpus, and no evaluation programme is itself
//! a corpus record (an evaluation design never becomes a record).

mod evaluation;

use peermap::corpus::bundled_models;

fn normalised(text: &str) -> String {
    text.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect()
}

#[test]
fn there_are_at_least_thirty_designs_each_traceable() {
    let cases = evaluation::cases();
    assert!(cases.len() >= 30, "{} designs", cases.len());
    for case in &cases {
        assert!(case.source_url.starts_with("http"), "{}: {}", case.file, case.source_url);
        assert!(!case.citation.title.trim().is_empty(), "{}", case.file);
        assert!(case.design.answers.answered_count() >= 3, "{} answers too little to rank", case.file);
        assert!(peermap::taxonomy::issue(&case.design.context.issue).is_some(), "{}", case.file);
    }
}

#[test]
fn no_evaluation_programme_is_in_the_corpus() {
    for case in evaluation::cases() {
        for model in bundled_models() {
            if let (Some(a), Some(b)) = (&case.citation.doi, &model.citation.doi) {
                assert!(!a.eq_ignore_ascii_case(b), "{} is the corpus record {}", case.file, model.id);
            }
            assert_ne!(
                normalised(&case.citation.title),
                normalised(&model.citation.title),
                "{} is {}",
                case.file,
                model.id
            );
            assert_ne!(case.source_url, model.source_url, "{} was coded from {}'s text", case.file, model.id);
        }
    }
}

#[test]
fn every_family_is_neither_empty_nor_everything() {
    let models = bundled_models();
    for case in evaluation::cases() {
        let members = models.iter().filter(|m| case.family.contains(m)).count();
        assert!(members >= 3, "{}: only {members} records in its family", case.file);
        assert!(
            members * 3 < models.len(),
            "{}: {members} of {} records in its family",
            case.file,
            models.len()
        );
    }
}
