//! The languages: message files kept in step, French typography, and the
//! language switched in the running app without losing work.

mod common;

use common::{app_in, harness, start_options};
use egui_kittest::kittest::Queryable;
use peermap::app::{AppState, Command, EXAMPLES};
use peermap::i18n::{Language, SOURCES, message_ids, set_language, tr};
use peermap::map::Function;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn source(language: Language) -> &'static str {
    SOURCES.iter().find(|(l, _)| *l == language).map(|(_, s)| *s).expect("a message file")
}

/// Each message (and attribute) with the variables its text uses.
fn variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let ids = message_ids(source);
    let mut ids = ids.iter();
    let mut current = None;
    for line in source.lines().filter(|l| !l.trim_start().starts_with('#') && l.contains(" =")) {
        current = ids.next().or(current);
        let Some(id) = current else { continue };
        let text = line.split_once(" =").map(|(_, t)| t).unwrap_or_default();
        let names = text.split("{ $").skip(1).filter_map(|rest| rest.split([' ', '}']).next());
        found.entry(id.clone()).or_default().extend(names.map(String::from));
    }
    found
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_variables() {
    let english = variables(source(Language::English));
    let french = variables(source(Language::French));
    let only =
        |a: &BTreeMap<_, _>, b: &BTreeMap<_, _>| a.keys().filter(|k| !b.contains_key(*k)).cloned().collect();
    let (only_english, only_french): (Vec<String>, Vec<String>) =
        (only(&english, &french), only(&french, &english));
    assert!(
        only_english.is_empty() && only_french.is_empty(),
        "English only: {only_english:?}; French only: {only_french:?}"
    );
    for (id, names) in &english {
        assert_eq!(names, &french[id], "message `{id}` uses other variables in French");
    }
    assert!(english.len() > 80, "{} messages", english.len());
}

#[test]
fn every_message_is_used_by_the_program() {
    let mut code = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = vec![root.join("src"), root.join("assets/templates")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("reads src").flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs" || e == "html" || e == "md") {
                code.push_str(&std::fs::read_to_string(&path).expect("reads"));
            }
        }
    }
    let unused: Vec<String> = message_ids(source(Language::English))
        .into_iter()
        .filter(|id| {
            // An attribute may be asked for by its message and its name: `tr_attribute(message, "short")`.
            let by_parts = id.split_once('.').is_some_and(|(message, attribute)| {
                code.contains(&format!("\"{message}\"")) && code.contains(&format!("\"{attribute}\")"))
            });
            !code.contains(&format!("\"{id}\"")) && !by_parts
        })
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
}

#[test]
fn french_messages_keep_french_spacing_and_differ_from_english() {
    for line in source(Language::French).lines().filter(|l| !l.trim_start().starts_with('#')) {
        let Some((_, text)) = line.split_once(" = ") else { continue };
        for mark in [" :", " ;", " !", " ?"] {
            assert!(!text.contains(mark), "an ordinary space before `{}` in: {line}", &mark[1..]);
        }
    }
    set_language(Language::French);
    assert_eq!(tr("menu-file"), "Fichier");
    assert_eq!(tr("menu-map-source"), "Carte\u{a0}: Panaite et coll. 2024, Health Expectations 27:e14034");
    set_language(Language::English);
    assert_eq!(tr("menu-file"), "File");
}

#[test]
fn switching_to_french_mid_session_keeps_the_design_and_its_undo_history() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&EXAMPLES[0]));
    let mut harness = harness(state);
    harness.get_by_label("Advocacy").click();
    harness.run();
    let design = harness.state().state.design().clone();

    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language ⏵").hover();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();
    harness.get_by_label("Fichier");
    harness.get_by_label("Affichage");
    assert!(harness.query_by_label("File").is_none(), "the menus are in French at once");
    assert_eq!(harness.state().state.design(), &design, "the design is untouched");

    harness.get_by_label("Édition").click();
    harness.run();
    harness.get_by_label_contains("Annuler").click();
    harness.run();
    let undone = harness.state().state.design().answers.functions.contains_key(&Function::Advocacy);
    assert_ne!(undone, design.answers.functions.contains_key(&Function::Advocacy), "undo still works");

    // The answers speak French too, and answering by their French names works.
    assert!(harness.query_by_label("Advocacy").is_none(), "no English answer left");
    harness.get_by_label("Défense des droits").click();
    harness.run();
    let answered = harness.state().state.design().answers.functions.contains_key(&Function::Advocacy);
    assert_eq!(answered, !undone, "the French checkbox answers the question");
    harness.get_by_label_contains("Structuré");

    // Remembered: the next start speaks French, unless told otherwise.
    let again = AppState::start(
        peermap::app::StartOptions { language: None, ..start_options(data.path()) },
        Box::new(common::ScriptedDialogs::default()),
    );
    assert_eq!(peermap::i18n::language(), Language::French);
    drop(again);
    set_language(Language::English);
}

/// The app started in French, as `--lang fr` starts it.
fn french_app(data: &Path) -> AppState {
    AppState::start(
        peermap::app::StartOptions { language: Some(Language::French), ..start_options(data) },
        Box::new(common::ScriptedDialogs::default()),
    )
}

#[test]
fn a_french_window_opens_the_french_examples_and_shows_the_considerations_in_french() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(french_app(data.path()));
    harness.get_by_label("Aide").click();
    harness.run();
    harness.get_by_label("Exemples ⏵").hover();
    harness.run();
    harness.get_by_label_contains("Navigation en oncologie à l'hôpital").click();
    harness.run();
    let design = harness.state().state.design().clone();
    assert!(
        design.context.description.starts_with("Ceci est un exemple fictif"),
        "{}",
        design.context.description
    );
    assert!(design.context.titles.contains(&"pair navigateur".to_string()), "{:?}", design.context.titles);

    harness.get_by_label("Données probantes").click();
    harness.run();
    harness.get_by_label_contains("Aborder ouvertement le pouvoir clinique");
    assert!(
        harness.query_by_label_contains("Address clinical power openly").is_none(),
        "no English title left"
    );

    // The nearest models the example shows have their own French: the
    // panel names them in French, and the detail reads in French.
    let similar = &harness.state().state.similar;
    let nearest = similar.results().and_then(|r| r.ranked.first()).map(|(r, _)| r.index).expect("neighbours");
    let nearest = similar.index().model(nearest).expect("its record");
    assert!(!nearest.fr.name.is_empty() && !nearest.fr.summary.is_empty(), "{} has French", nearest.id);
    harness.state_mut().state.execute(Command::ShowSidePanel(peermap::app::SidePanel::Similar));
    harness.run();
    harness.get_by_label_contains(&nearest.fr.name);
    harness.state_mut().state.execute(Command::SelectModel(Some(nearest.id.clone())));
    harness.state_mut().state.execute(Command::ShowView(peermap::app::View::Corpus));
    harness.run();
    harness.get_by_label(&nearest.fr.summary);
    harness.get_by_label(&format!("• {}", nearest.fr.lessons[0]));
    assert!(harness.query_by_label_contains(&nearest.summary).is_none(), "no English summary");

    // A record without French says its own texts are in English.
    let model = peermap::corpus::bundled_models().iter().find(|m| m.fr.is_empty()).expect("untranslated");
    harness.state_mut().state.execute(Command::SelectModel(Some(model.id.clone())));
    harness.run();
    harness.get_by_label(&format!("{} (en anglais)", model.summary));
    harness.get_by_label("Ce qu'il a appris");
    set_language(Language::English);
}

#[test]
fn issues_and_groups_read_in_french_but_are_stored_in_english() {
    let issue = peermap::taxonomy::issue("homelessness_housing").expect("a taxonomy issue");
    peermap::i18n::with_language(Language::French, || {
        assert_eq!(issue.label(), "Itinérance et logement");
        assert!(issue.covers().contains("campements"));
    });
    assert_eq!(issue.label(), "Homelessness and housing");
    for term in peermap::taxonomy::issues().iter().chain(peermap::taxonomy::groups()) {
        let french = peermap::i18n::with_language(Language::French, || {
            (term.label().to_string(), term.covers().to_string())
        });
        assert_ne!(
            french,
            (term.label().to_string(), term.covers().to_string()),
            "{} has its French",
            term.key
        );
    }

    // A model saved from a French window is found by its issue's English words, like every other.
    let data = tempfile::tempdir().expect("temp dir");
    let mut store = peermap::corpus::Store::open(&data.path().join("c.sqlite3")).expect("opens");
    let mut model = peermap::corpus::bundled_models()[0].clone();
    model.id = "saved-in-french".into();
    model.issue = "homelessness_housing".into();
    model.name = "Quokka harbour peers".into();
    peermap::i18n::with_language(Language::French, || store.add(model)).expect("adds");
    let query = peermap::corpus::CorpusQuery { text: "quokka homelessness".into(), ..Default::default() };
    let found = store.search(&query).expect("searches");
    assert_eq!(found.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["saved-in-french"]);
}

#[test]
fn a_french_window_shows_formality_with_a_decimal_comma_and_takes_either_mark() {
    use egui::Key;
    use egui::accesskit::Role;
    use peermap::design::{Edit, Formality};
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(french_app(data.path()));
    harness.state_mut().state.execute(Command::Edit(Edit::Formality(Some(Formality::clamped(0.5)))));
    harness.run();
    let typed = |harness: &mut egui_kittest::Harness<'_, peermap::ui::PeermapApp>, text: &str| {
        harness.get_by_role(Role::SpinButton).click();
        harness.run();
        let shown = harness.get_by_role(Role::SpinButton).value();
        assert!(shown.as_deref().is_some_and(|v| v.contains(',')), "shown with a comma: {shown:?}");
        harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
        harness.get_by_role(Role::SpinButton).type_text(text);
        harness.key_press(Key::Enter);
        harness.run();
        harness.state().state.design().answers.formality.map(|f| f.value())
    };
    assert_eq!(typed(&mut harness, "0,6"), Some(0.6));
    assert_eq!(typed(&mut harness, "0.85"), Some(0.85));
    set_language(Language::English);
}

#[test]
fn path_prompts_atlas_colours_and_undo_speak_french_in_a_french_window() {
    use peermap::app::PathPurpose;
    use peermap::atlas::ColourBy;
    use peermap::design::{Edit, PlanField};
    use peermap::i18n::with_language;
    use peermap::map::Question;
    with_language(Language::French, || {
        assert_eq!(PathPurpose::ExportComparison.title(), "Exporter la comparaison vers un chemin");
        assert_eq!(
            PathPurpose::Open.instructions(),
            "Tapez le chemin complet du fichier .peermap.json\u{a0}:"
        );
        assert_eq!(PathPurpose::ImportCorpus.action(), "Importer");
        assert_eq!(ColourBy::Kind.label(), "Type de fiche");
        assert_eq!(ColourBy::Answer(Question::Functions).label(), "Q1 Fonction principale");
        assert_eq!(ColourBy::Answer(Question::Spaces).label(), "Q6 Espaces");
        let refused = ColourBy::parse("couleur").expect_err("not a field");
        assert!(refused.starts_with("«\u{a0}couleur\u{a0}» n'est pas un champ"), "{refused}");
        assert_eq!(Edit::Plan(PlanField::Timeline, String::new()).describe(), "échéancier");
        assert_eq!(Edit::Note(Question::Formality, String::new()).describe(), "note (formalité)");
    });
    // English is as it was.
    assert_eq!(PathPurpose::ExportComparison.title(), "Export the comparison to a path");
    assert_eq!(ColourBy::Answer(Question::Functions).label(), "Q1 Primary function");
    assert_eq!(Edit::Weight(Question::Status, 1.0).describe(), "status weight");

    // Undo and Redo name the change in French, in the menu and in the status line.
    let data = tempfile::tempdir().expect("temp dir");
    let mut harness = harness(french_app(data.path()));
    harness.get_by_label("Défense des droits").click();
    harness.run();
    harness.get_by_label("Édition").click();
    harness.run();
    harness.get_by_label_contains("Annuler\u{a0}: défense des droits").click();
    harness.run();
    assert_eq!(harness.state().state.status, "Annulé\u{a0}: défense des droits");
    harness.get_by_label("Édition").click();
    harness.run();
    harness.get_by_label_contains("Rétablir\u{a0}: défense des droits").click();
    harness.run();
    assert_eq!(harness.state().state.status, "Rétabli\u{a0}: défense des droits");
    set_language(Language::English);
}
