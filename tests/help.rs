//! Help → Guide and Help → Keyboard shortcuts, as a user opens them.

mod common;

use common::{app_in, harness_sized};
use egui::Key;
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, View};
use peermap::map::Question;

#[test]
fn the_guide_opens_from_help_and_f1_and_turns_its_pages() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label_contains("Guide").click();
    harness.run();
    assert!(harness.state().state.guide.open);
    harness.get_by_label_contains("peermap helps you describe a peer-support programme");

    harness.get_by_label("The six questions").click();
    harness.run();
    for question in Question::ALL {
        harness.get_by_label_contains(&format!("Q{} {} (", question.number(), question.title()));
    }
    harness.get_by_label("Similar models and their score →").scroll_to_me();
    harness.run();
    harness.get_by_label("Similar models and their score →").click();
    harness.run();
    harness.get_by_label_contains("A score of 0.60 means the two agree on about 60%");
    harness.get_by_label("The graph →").scroll_to_me();
    harness.run();
    harness.get_by_label("The graph →").click();
    harness.run();
    harness.get_by_label_contains("Each dot is a model");

    // Closed, then F1 brings it back at the page last read.
    harness.state_mut().state.execute(Command::ShowGuide(false));
    harness.run();
    assert!(harness.query_by_label_contains("Each dot is a model").is_none());
    harness.key_press(Key::F1);
    harness.run();
    harness.get_by_label_contains("Each dot is a model");
}

#[test]
fn the_shortcut_list_comes_from_the_commands_the_keys_run() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label("Keyboard shortcuts").click();
    harness.run();
    for command in Command::with_shortcuts() {
        let shortcut = command.shortcut().expect("a command with a shortcut");
        let keys = harness.ctx.format_shortcut(&shortcut);
        assert!(harness.query_all_by_label(&keys).next().is_some(), "{keys} listed");
        assert!(harness.query_all_by_label(command.label()).next().is_some(), "{} listed", command.label());
    }
    harness.get_by_label("Redo (as Ctrl+Shift+Z)");
}

#[test]
fn ctrl_and_a_digit_switch_views_in_the_order_of_their_tabs() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.key_press_modifiers(egui::Modifiers::COMMAND, Key::Num4);
    harness.run();
    assert_eq!(harness.state().state.view, View::Corpus);
    harness.get_by_label("Search models");
    for (key, view) in [(Key::Num2, View::Graph), (Key::Num3, View::Atlas), (Key::Num1, View::Design)] {
        harness.key_press_modifiers(egui::Modifiers::COMMAND, key);
        harness.run_steps(2); // the atlas spins while it is laid out
        assert_eq!(harness.state().state.view, view, "{key:?}");
    }
}

#[test]
fn the_guide_shown_in_a_french_window_is_the_french_guide() {
    use peermap::guide::{Block, pages_in};
    use peermap::i18n::{Language, set_language};
    let data = tempfile::tempdir().expect("temp dir");
    let state = peermap::app::AppState::start(
        peermap::app::StartOptions { language: Some(Language::French), ..common::start_options(data.path()) },
        Box::new(common::ScriptedDialogs::default()),
    );
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().state.guide.open);
    harness.get_by_label_contains("peermap vous aide à décrire un programme de soutien par les pairs");
    assert!(harness.query_by_label_contains("peermap helps you describe").is_none(), "no English page");
    harness.get_by_label("Les six questions").click();
    harness.run();
    for question in Question::ALL {
        harness.get_by_label_contains(&format!("Q{} {} (", question.number(), question.title()));
    }
    harness.get_by_label_contains("La carte (Panaite et coll. 2024) décrit tout programme");
    harness.get_by_label("0,50 Rôle de pair intentionnel et ouvert");
    assert!(harness.query_by_label("The six questions").is_none(), "no English page title");
    harness.get_by_label("Les modèles semblables et leur score →").scroll_to_me();
    harness.run();
    harness.get_by_label("Les modèles semblables et leur score →").click();
    harness.run();
    harness.get_by_label_contains("Un score de 0,60 signifie que les deux concordent sur environ 60\u{a0}%");
    set_language(Language::English);

    // The same pages in the same order in both languages, each of its own language.
    let (english, french) = (pages_in(Language::English), pages_in(Language::French));
    assert_eq!(english.len(), french.len());
    let titles: Vec<&str> = french.iter().map(|p| p.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Premiers pas",
            "Les six questions",
            "Les modèles semblables et leur score",
            "Le graphe",
            "L'atlas",
            "Les données probantes",
            "Le dossier de projet",
            "Les perspectives"
        ]
    );
    let kinds = |blocks: &[Block]| -> Vec<u8> {
        blocks
            .iter()
            .map(|b| match b {
                Block::Heading(_) => 0,
                Block::Paragraph(_) => 1,
                Block::Bullet(_) => 2,
                Block::Definition { .. } => 3,
            })
            .collect()
    };
    for (en, fr) in english.iter().zip(french) {
        assert_ne!(en.title, fr.title);
        assert_eq!(kinds(&en.blocks), kinds(&fr.blocks), "{}: the same paragraphs and bullets", fr.title);
    }
    // An English window keeps the English guide.
    assert_eq!(peermap::guide::pages()[0].title, "Getting started");

    // French typography in the guide's text: no-break spaces before : ; ! ? % and inside « ».
    let text = include_str!("../assets/guide/fr.md");
    for mark in [" :", " ;", " !", " ?", " %", "« ", " »"] {
        assert!(!text.contains(mark), "an ordinary space in `{mark}` in assets/guide/fr.md");
    }
    assert!(!text.contains('’'), "the straight apostrophe, as in the message files");
}
