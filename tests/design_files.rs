//! Design files: round trips, bad files named clearly and left untouched,
//! atomic saves, and the published JSON Schema.

mod common;
mod strategies;

use peermap::design::{self, Design, DesignFileError};
use peermap::map::{Question, Space};
use peermap::perspectives::Perspective;
use proptest::prelude::*;
use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::Path;

fn arbitrary_design() -> impl Strategy<Value = Design> {
    let text = "\\PC{0,40}";
    let mut issues: Vec<String> = peermap::taxonomy::issues().iter().map(|t| t.key.clone()).collect();
    issues.push(String::new());
    let countries = proptest::sample::subsequence(vec!["KE".to_string(), "GB".into(), "BR".into()], 0..3);
    let context = (
        text,
        (proptest::sample::select(issues), text, countries),
        text,
        text,
        proptest::collection::vec(text, 0..4),
    );
    let notes =
        proptest::collection::btree_map(proptest::sample::select(Question::ALL.to_vec()), "\\PC{1,60}", 0..6);
    let addressed = proptest::collection::btree_map("[a-z-]{1,20}", "\\PC{0,40}", 0..4);
    // Weights as the sliders set them: 0 to 3 in steps of a tenth, or any value in range.
    let weight = prop_oneof![(0u8..=30).prop_map(|w| f64::from(w) / 10.0), 0.0f64..=3.0];
    let weights = (proptest::collection::vec(weight.clone(), 6), weight).prop_map(|(each, issue)| {
        let mut weights = peermap::similarity::Weights::default();
        for (question, w) in Question::ALL.into_iter().zip(each) {
            weights.set(question, w);
        }
        weights.set_issue(issue);
        weights
    });
    // Perspectives with distinct names (a number keeps them apart), and the group's decisions.
    let perspective = ("\\PC{0,20}", strategies::answers(), notes.clone());
    let perspectives = proptest::collection::vec(perspective, 0..4).prop_map(|people| {
        let named = people.into_iter().enumerate();
        named
            .map(|(i, (name, answers, notes))| Perspective { name: format!("{i} {name}"), answers, notes })
            .collect::<Vec<_>>()
    });
    let decisions =
        proptest::collection::btree_map(proptest::sample::select(Question::ALL.to_vec()), "\\PC{1,60}", 0..3);
    (text, context, strategies::answers(), notes, addressed, weights, (perspectives, decisions)).prop_map(
        |(
            name,
            (population, (issue, issue_detail, countries), region, description, titles),
            answers,
            notes,
            addressed,
            weights,
            (perspectives, decisions),
        )| {
            let mut design = Design {
                name,
                notes,
                answers,
                addressed,
                weights,
                perspectives,
                decisions,
                ..Design::default()
            };
            design.context.population = population;
            design.context.issue = issue;
            design.context.issue_detail = issue_detail;
            design.context.countries = countries;
            design.context.region = region;
            design.context.description = description;
            design.context.titles = titles;
            design
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn saving_then_loading_gives_back_the_same_design(design in arbitrary_design()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plan.peermap.json");
        design::save(&design, &path).expect("save");
        prop_assert_eq!(design::load(&path).expect("load"), design);
    }
}

/// Writes `bytes`, tries to load them, checks the message and that the file is unchanged.
fn rejected(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("broken.peermap.json");
    fs::write(&path, bytes).expect("write");
    let err = design::load(&path).expect_err("a bad file must not load");
    assert_eq!(fs::read(&path).expect("read back"), bytes, "loading modified the file");
    let message = err.to_string();
    assert!(message.contains("broken.peermap.json"), "message does not name the file: {message}");
    message
}

fn example_json() -> String {
    fs::read_to_string(common::example_path("hospital-navigation.peermap.json")).expect("example")
}

#[test]
fn a_design_saved_before_the_issue_taxonomy_files_its_issue() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.peermap.json");
    for (typed, key, detail) in
        [("HIV and sexual health", "hiv", ""), ("perinatal depression", "", "perinatal depression")]
    {
        let json = format!(r#"{{"format_version": 1, "context": {{"issue": "{typed}"}}}}"#);
        fs::write(&path, json).expect("write");
        let design = design::load(&path).expect("loads");
        assert_eq!((design.context.issue.as_str(), design.context.issue_detail.as_str()), (key, detail));
    }
}

#[test]
fn truncated_json_names_the_line_where_it_ends() {
    let json = example_json();
    let cut = &json.as_bytes()[..json.len() / 2];
    let message = rejected(cut);
    assert!(message.contains("EOF while parsing"), "{message}");
    let lines = cut.iter().filter(|b| **b == b'\n').count() + 1;
    assert!(message.contains(&format!(":{lines}:")), "{message} should point at line {lines}");
}

#[test]
fn a_wrong_type_names_the_field() {
    let message = rejected(br#"{"format_version": 1, "answers": {"peer_run": "yes"}}"#);
    assert!(message.contains("`answers.peer_run`") && message.contains("invalid type"), "{message}");
}

#[test]
fn an_unknown_answer_key_names_the_key_and_the_choices() {
    let message = rejected(br#"{"format_version": 1, "answers": {"functions": {"cooking": "primary"}}}"#);
    assert!(message.contains("`answers.functions`"), "{message}");
    assert!(message.contains("unknown variant `cooking`") && message.contains("navigation"), "{message}");
    let message = rejected(br#"{"format_version": 1, "answers": {"spaces": ["moon"]}}"#);
    assert!(message.contains("unknown variant `moon`") && message.contains("outreach"), "{message}");
    let message = rejected(br#"{"format_version": 1, "answers": {"colour": "red"}}"#);
    assert!(message.contains("unknown field `colour`"), "{message}");
}

#[test]
fn formality_outside_the_continuum_is_refused() {
    let message = rejected(b"{\"format_version\": 1,\n \"answers\": {\"formality\": 1.5}}");
    assert!(
        message.contains("`answers.formality`") && message.contains("from 0 to 1, found 1.5"),
        "{message}"
    );
    assert!(message.contains(":2:"), "{message} should point at line 2");
}

#[test]
fn a_file_from_a_newer_version_says_to_update() {
    let message = rejected(br#"{"format_version": 7, "name": "x", "hologram": true}"#);
    assert!(message.contains("format version 7") && message.contains("Update peermap"), "{message}");
}

#[test]
fn non_utf8_bytes_are_located() {
    let message = rejected(b"{\"format_version\": 1,\n\"name\":\n\"caf\xe9\"}");
    assert!(message.contains("not UTF-8") && message.contains("line 3, column 5"), "{message}");
}

#[test]
fn a_json_file_that_is_not_a_design_is_refused() {
    let message = rejected(br#"{"name": "shopping list"}"#);
    assert!(message.contains("not a peermap design"), "{message}");
}

#[test]
fn missing_optional_fields_take_defaults() {
    let loaded =
        design::from_json(br#"{"format_version": 1, "answers": {"spaces": ["outreach"]}}"#, Path::new("x"))
            .expect("loads");
    assert_eq!(loaded.answers.spaces, BTreeSet::from([Space::Outreach]));
    assert_eq!(loaded.answers.formality, None);
    assert!(loaded.name.is_empty() && loaded.context.titles.is_empty());
}

fn folder_entries(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    names.sort();
    names
}

#[test]
fn saving_replaces_the_file_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.peermap.json");
    fs::write(&path, "old").expect("write");
    let design = Design { name: "Harbour navigators".into(), ..Design::default() };
    design::save(&design, &path).expect("save");
    assert_eq!(design::load(&path).expect("load").name, "Harbour navigators");
    assert_eq!(folder_entries(dir.path()), vec!["plan.peermap.json"]);
}

#[test]
fn a_save_that_fails_midway_leaves_the_previous_file_intact() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.peermap.json");
    fs::write(&path, "previous contents").expect("write");
    let result = design::write_atomically(&path, |out| {
        out.write_all(b"{\"format_version\": 1, \"na")?;
        Err(std::io::Error::other("disk full"))
    });
    assert!(result.is_err());
    assert_eq!(fs::read_to_string(&path).expect("read"), "previous contents");
    assert_eq!(folder_entries(dir.path()), vec!["plan.peermap.json"], "temp file left behind");
}

#[test]
fn saving_into_a_missing_folder_names_the_path_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("no-such-folder").join("plan.peermap.json");
    let err = design::save(&Design::default(), &path).expect_err("cannot save there");
    assert!(matches!(err, DesignFileError::Write { .. }));
    assert!(err.to_string().contains("no-such-folder"), "{err}");
    assert!(folder_entries(dir.path()).is_empty());
}

fn schema_validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../assets/design.schema.json")).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(validator: &jsonschema::Validator, json: &str) {
    let instance: serde_json::Value = serde_json::from_str(json).expect("JSON");
    let errors: Vec<String> = validator.iter_errors(&instance).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{json}");
}

#[test]
fn files_the_app_writes_validate_against_the_published_schema() {
    let validator = schema_validator();
    for name in ["hospital-navigation", "peer-run-drop-in", "chw-outreach"] {
        let path = common::example_path(&format!("{name}.peermap.json"));
        let design = design::load(&path).expect("example loads");
        assert_valid(&validator, &design::to_json(&design));
    }
    let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig::with_cases(32));
    runner
        .run(&arbitrary_design(), |design| {
            assert_valid(&validator, &design::to_json(&design));
            Ok(())
        })
        .expect("every generated design validates");
}

#[test]
fn the_schema_refuses_what_the_app_refuses() {
    let validator = schema_validator();
    for bad in [
        r#"{"format_version": 1, "answers": {"formality": 1.5}}"#,
        r#"{"format_version": 1, "answers": {"functions": {"cooking": "primary"}}}"#,
        r#"{"format_version": 3}"#,
        r#"{"format_version": 2, "perspectives": [{"answers": {}}]}"#,
        r#"{"format_version": 2, "perspectives": [{"name": "A", "answers": {"spaces": ["moon"]}}]}"#,
        r#"{"name": "no version"}"#,
    ] {
        let instance: serde_json::Value = serde_json::from_str(bad).expect("JSON");
        assert!(!validator.is_valid(&instance), "schema accepted {bad}");
        assert!(design::from_json(bad.as_bytes(), Path::new("x")).is_err(), "app accepted {bad}");
    }
}

#[test]
fn malformed_designs_that_serde_would_take_in_another_shape_are_refused_by_field() {
    let cases: [(&str, &str); 8] = [
        (r#"{"format_version": 1, "name": "A"} trailing"#, "text after the end of the design"),
        (r#"{"format_version": 1, "name": "A"}{"format_version": 1, "name": "B"}"#, "text after the end"),
        (r#"[1, "Name"]"#, "a design is a JSON object"),
        ("[0]", "a design is a JSON object"),
        (r#"{"format_version": 1, "context": []}"#, "`context`: must be an object"),
        (r#"{"format_version": 1, "answers": []}"#, "`answers`: must be an object"),
        (r#"{"format_version": 1, "notes": ["x"]}"#, "`notes`: must be an object"),
        (r#"{"format_version": 0}"#, "`format_version`: 0 is not a version"),
    ];
    for (text, expected) in cases {
        let message = rejected(text.as_bytes());
        assert!(message.contains(expected), "{text}: {message}");
    }
}

#[test]
fn repeated_keys_and_choices_are_refused_naming_the_field() {
    let cases: [(&str, &str); 5] = [
        (
            r#"{"format_version": 1, "answers": {"functions": {"navigation": "primary", "navigation": "secondary"}}}"#,
            "field `answers.functions`: `navigation` is given twice",
        ),
        (
            r#"{"format_version": 1, "notes": {"spaces": "a", "spaces": "b"}}"#,
            "field `notes`: `spaces` is given twice",
        ),
        (r#"{"format_version": 1, "name": "A", "name": "B"}"#, "field `(the design)`: `name` is given twice"),
        (
            r#"{"format_version": 1, "answers": {"relations": ["lived_experience", "lived_experience"]}}"#,
            "field `answers.relations`: `lived_experience` is listed twice",
        ),
        (
            r#"{"format_version": 1, "addressed": {"x": "", "x": "how"}}"#,
            "field `addressed`: `x` is given twice",
        ),
    ];
    for (text, expected) in cases {
        let message = rejected(text.as_bytes());
        assert!(message.contains(expected), "{text}: {message}");
    }
}

#[test]
fn a_value_of_the_wrong_type_inside_the_answers_names_its_field() {
    let cases: [(&str, &str); 3] = [
        (
            r#"{"format_version": 1, "answers": {"functions": {"navigation": 1}}}"#,
            "field `answers.functions`",
        ),
        (r#"{"format_version": 1, "answers": {"relations": [1]}}"#, "field `answers.relations[0]`"),
        (r#"{"format_version": 1, "answers": {"spaces": [true]}}"#, "field `answers.spaces[0]`"),
    ];
    for (text, expected) in cases {
        let message = rejected(text.as_bytes());
        assert!(message.contains(expected) && message.contains("wrong type"), "{text}: {message}");
    }
}

#[test]
fn a_text_over_its_documented_limit_is_refused_naming_the_field_and_the_limit() {
    use peermap::design::limits::{NAME_CHARS, TEXT_CHARS};
    let name = "n".repeat(NAME_CHARS + 1);
    let message = rejected(format!(r#"{{"format_version": 1, "name": "{name}"}}"#).as_bytes());
    assert!(
        message.contains("field `name`") && message.contains(&format!("at most {NAME_CHARS}")),
        "{message}"
    );
    let note = "é".repeat(TEXT_CHARS + 1);
    let message = rejected(format!(r#"{{"format_version": 1, "notes": {{"spaces": "{note}"}}}}"#).as_bytes());
    assert!(message.contains("field `notes`") && message.contains(&format!("{} characters", TEXT_CHARS + 1)));
    // At the limit itself (counted in characters, not bytes), the file loads.
    let at_limit = "é".repeat(NAME_CHARS);
    let design = design::from_json(
        format!(r#"{{"format_version": 1, "name": "{at_limit}"}}"#).as_bytes(),
        Path::new("x"),
    )
    .expect("a name at the limit loads");
    assert_eq!(design.name.chars().count(), NAME_CHARS);
}

#[test]
fn typing_or_pasting_past_a_limit_keeps_the_first_characters() {
    use peermap::design::Edit;
    use peermap::design::limits::{NAME_CHARS, TEXT_CHARS};
    let mut design = Design::default();
    Edit::Name("x".repeat(NAME_CHARS * 10)).apply(&mut design);
    assert_eq!(design.name.chars().count(), NAME_CHARS);
    Edit::Note(Question::Spaces, "y".repeat(TEXT_CHARS + 5)).apply(&mut design);
    assert_eq!(design.note(Question::Spaces).chars().count(), TEXT_CHARS);
    Edit::Titles(vec!["peer".into(); 500]).apply(&mut design);
    assert_eq!(design.context.titles.len(), peermap::design::limits::LIST_ITEMS);
}

#[test]
fn a_set_of_files_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = dir.path().join("brief.md");
    fs::write(&first, "old brief").expect("write");
    let set = vec![
        (first.clone(), b"new brief".to_vec()),
        (dir.path().join("missing-folder").join("brief-map.png"), b"figure".to_vec()),
    ];
    let (failed, _) = design::write_set_atomically(&set).expect_err("the second file cannot be written");
    assert_eq!(failed, set[1].0);
    assert_eq!(fs::read_to_string(&first).expect("read"), "old brief", "the first file was not replaced");
    assert_eq!(folder_entries(dir.path()), ["brief.md"], "no temp file is left");

    let set =
        vec![(first.clone(), b"new brief".to_vec()), (dir.path().join("brief-map.png"), b"figure".to_vec())];
    design::write_set_atomically(&set).expect("writes both");
    assert_eq!(fs::read_to_string(&first).expect("read"), "new brief");
    assert_eq!(folder_entries(dir.path()), ["brief-map.png", "brief.md"]);
}
