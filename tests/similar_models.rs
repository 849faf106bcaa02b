//! Similar models for a design: ranking over the bundled corpus, weights,
//! the across-silos switch, the title crosswalk, and the UI path from an
//! answer to the side-by-side comparison.

mod common;

use common::{app_in, harness};
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, View};
use peermap::corpus::ModelKind;
use peermap::corpus::bundled_models;
use peermap::design::Edit;
use peermap::map::{Question, Space};
use peermap::similarity::{RankOptions, SiloScope, SimilarityIndex, Weights, same_silo};

const ALL_KINDS: RankOptions = RankOptions { silos: SiloScope::All, all_kinds: true };

#[test]
fn a_design_copied_from_a_model_ranks_that_model_first() {
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let mut checked = 0;
    for model in bundled_models().iter().filter(|m| m.answers.answered_count() == 6) {
        let design = model.to_design();
        let ranked = index.rank(&design.answers, &design.context, &Weights::default(), 50, ALL_KINDS);
        let first = index.model(ranked[0].index).expect("a record in memory");
        assert!((ranked[0].score - 1.0).abs() < 1e-6, "{} scored {}", model.id, ranked[0].score);
        // Only a model at exactly the same position may tie with it, and it is among those ties.
        assert!(
            first.id == model.id || first.answers == model.answers,
            "{} came first for {}",
            first.id,
            model.id
        );
        let ties: Vec<&str> = ranked
            .iter()
            .take_while(|r| (r.score - 1.0).abs() < 1e-6)
            .map(|r| &*index.entry(r.index).id)
            .collect();
        assert!(ties.contains(&model.id.as_str()), "{} is not among the models at 1.0: {ties:?}", model.id);
        checked += 1;
    }
    assert!(checked >= 10, "only {checked} fully coded models");
}

#[test]
fn raising_a_weight_favours_models_that_agree_on_that_question() {
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let mut design = bundled_models()
        .iter()
        .find(|m| m.id == "freeman-harlem-patient-navigation")
        .expect("model")
        .to_design();
    design.answers.spaces = [Space::Outreach].into();
    let plain = index.rank(&design.answers, &design.context, &Weights::default(), 10, RankOptions::default());
    let mut weights = Weights::default();
    weights.set(Question::Spaces, 3.0);
    let weighted = index.rank(&design.answers, &design.context, &weights, 10, RankOptions::default());
    let outreach_share = |ranked: &[peermap::similarity::Ranked]| {
        ranked
            .iter()
            .filter(|r| {
                index.model(r.index).expect("a record in memory").answers.spaces.contains(&Space::Outreach)
            })
            .count()
    };
    assert!(
        outreach_share(&weighted) > outreach_share(&plain),
        "weighting spaces did not bring outreach models up"
    );
    assert_ne!(plain, weighted);
}

#[test]
fn across_silos_leaves_out_the_designs_own_issue() {
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let design = bundled_models().iter().find(|m| m.issue == "mental_health").expect("model").to_design();
    let all = index.rank(&design.answers, &design.context, &Weights::default(), 20, RankOptions::default());
    assert!(all.iter().any(|r| index.model(r.index).expect("a record in memory").issue == "mental_health"));
    let options = RankOptions { silos: SiloScope::OtherSilos, all_kinds: false };
    let across = index.rank(&design.answers, &design.context, &Weights::default(), 20, options);
    assert_eq!(across.len(), 20);
    for ranked in across {
        let model = index.model(ranked.index).expect("a record in memory");
        assert!(
            !same_silo(&design.context, index.entry(ranked.index)),
            "{} ({}) is in the design's silo",
            model.id,
            model.issue
        );
    }
}

#[test]
fn same_issue_only_ranks_the_designs_own_issue() {
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let mut design =
        bundled_models().iter().find(|m| m.issue == "homelessness_housing").expect("model").to_design();
    design.weights = Weights::map_only();
    let options = RankOptions { silos: SiloScope::SameIssue, all_kinds: false };
    let same = index.rank(&design.answers, &design.context, &design.weights, 20, options);
    let expected = bundled_models()
        .iter()
        .filter(|m| m.issue == "homelessness_housing" && options.ranks_kind(m.kind))
        .count();
    assert_eq!(same.len(), expected.min(20));
    assert!(
        same.iter()
            .all(|r| index.model(r.index).expect("a record in memory").issue == "homelessness_housing")
    );
    design.context.issue.clear();
    assert!(
        index.rank(&design.answers, &design.context, &design.weights, 20, options).is_empty(),
        "no issue, no silo"
    );
}

#[test]
fn movements_and_frameworks_are_ranked_only_with_the_switch() {
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let movement = bundled_models().iter().find(|m| m.kind == ModelKind::Movement).expect("a movement");
    let design = movement.to_design();
    let n = index.len();
    let default =
        index.rank(&design.answers, &design.context, &Weights::default(), n, RankOptions::default());
    assert!(default.iter().all(|r| matches!(
        index.model(r.index).expect("a record in memory").kind,
        ModelKind::Programme | ModelKind::Role
    )));
    let all = index.rank(&design.answers, &design.context, &Weights::default(), n, ALL_KINDS);
    assert_eq!(all.len(), n);
    assert_eq!(
        index.model(all[0].index).expect("a record in memory").answers,
        movement.answers,
        "the movement itself comes first"
    );
}

#[test]
fn the_crosswalk_counts_what_nearby_programmes_are_called() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    state.update_similar();
    let results = state.similar.results().expect("results");
    assert_eq!(results.ranked.len(), 20);
    let (top_title, count) = results.crosswalk.first().expect("titles of nearby models");
    assert!(*count >= 2, "{top_title} ({count})");
    let scores: Vec<f64> = results.ranked.iter().map(|(r, _)| r.score).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "not best first: {scores:?}");
}

#[test]
fn only_a_complete_design_far_from_every_model_is_called_unexplored() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.similar.set_corpus(common::far_corpus());
    state.execute(Command::Edit(Edit::Space(Space::Outreach, true)));
    state.update_similar();
    let results = state.similar.results().expect("results");
    assert!(results.ranked.iter().all(|(r, _)| r.score < 0.5), "no model works in outreach");
    assert!(results.unexplored.is_none(), "but an unfinished design is not unexplored");

    let path = common::file_in(data.path(), "odd.peermap.json");
    peermap::design::save(&common::unexplored_design(), &path).expect("save");
    let (mut state, _) = app_in(data.path());
    state.similar.set_corpus(common::far_corpus());
    state.execute(Command::Open(path));
    assert!(state.design().answers.is_complete());
    state.update_similar();
    let results = state.similar.results().expect("results");
    assert!(results.ranked[0].0.score < peermap::similarity::NEAR_ENOUGH);
    let nearest = results.unexplored.as_ref().expect("a complete design far from all is unexplored");
    assert_eq!(nearest.len(), 3, "the nearest model on each facet");
}

#[test]
fn answering_updates_the_list_and_compare_shows_both_side_by_side() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    for label in ["Navigation", "Clinically based organisation", "Institutional settings", "Structured"] {
        harness.get_by_label(label).click();
        harness.run();
    }
    let first = harness.state().state.similar.results().expect("results").ranked[0].clone();
    harness.get_by_label("Lived experience").click();
    harness.run();
    let after = harness.state().state.similar.results().expect("results").ranked[0].clone();
    assert_ne!(first.1.score, after.1.score, "the list did not follow the new answer");

    harness.get_all_by_label("Compare").next().expect("a Compare button").click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.view, View::Compare);
    let model = state.similar.compare.as_ref().expect("a model to compare").model.clone();
    assert_eq!(model.id, state.similar.index().model(after.0.index).expect("a record in memory").id);
    harness.get_by_label_contains("Yours: ");
    harness.get_by_label("Q6 Spaces");
    harness.get_by_label("← Back to the design").click();
    harness.run();
    assert_eq!(harness.state().state.view, View::Design);
}

#[test]
fn the_graph_joins_alike_models_and_groups_them() {
    use peermap::similarity::{GraphNode, build_graph, mutual_similarity};
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let design = bundled_models()
        .iter()
        .find(|m| m.id == "freeman-harlem-patient-navigation")
        .expect("model")
        .to_design();
    let ranked =
        index.rank(&design.answers, &design.context, &Weights::default(), 30, RankOptions::default());
    let graph = build_graph(&index, &Weights::default(), &ranked, 0.75);
    assert_eq!(graph.graph.node_count(), 31, "the design and 30 models");
    let mut model_links = 0;
    for edge in graph.graph.edge_indices() {
        let (a, b) = graph.graph.edge_endpoints(edge).expect("endpoints");
        if let (GraphNode::Model { index: x, .. }, GraphNode::Model { index: y, .. }) =
            (graph.graph[a], graph.graph[b])
        {
            model_links += 1;
            let score = mutual_similarity(
                &*index.model(x).expect("a record in memory"),
                &*index.model(y).expect("a record in memory"),
                &Weights::default(),
                index.priors(),
            );
            assert!(score >= 0.75, "{score}");
        }
    }
    let expected: usize = (0..30)
        .flat_map(|i| (i + 1..30).map(move |j| (i, j)))
        .filter(|(i, j)| {
            mutual_similarity(
                &*index.model(ranked[*i].index).expect("a record in memory"),
                &*index.model(ranked[*j].index).expect("a record in memory"),
                &Weights::default(),
                index.priors(),
            ) >= 0.75
        })
        .count();
    assert_eq!(model_links, expected);
    for group in &graph.groups {
        assert!(group.members.len() >= 2 && !group.name.is_empty());
    }
    assert!(graph.positions.iter().all(|p| p[0].is_finite() && p[1].is_finite()));
    assert_eq!(graph.positions[0], [0.0, 0.0], "the design sits at the centre");
}

#[test]
fn clicking_a_graph_node_opens_the_comparison() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    let mut harness = harness(state);
    harness.get_by_label("Graph").click();
    harness.run();
    assert_eq!(harness.state().state.view, View::Graph);
    let graph = harness.state().state.similar.graph().expect("the graph is built");
    let first_model = match graph.graph[petgraph::graph::NodeIndex::new(1)] {
        peermap::similarity::GraphNode::Model { index, .. } => {
            harness.state().state.similar.index().model(index).expect("a record in memory").clone()
        }
        _ => panic!("node 1 is a model"),
    };
    harness.get_by_label(&first_model.name).click_accesskit();
    harness.run();
    assert_eq!(harness.state().state.view, View::Compare);
    assert_eq!(
        harness.state().state.similar.compare.as_ref().map(|c| c.model.id.clone()),
        Some(first_model.id.clone())
    );
}

#[test]
fn each_neighbour_says_how_much_is_known_and_the_switch_ranks_every_kind() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    let mut harness = harness(state);
    let (ranked, _) = harness.state().state.similar.results().expect("results").ranked[0].clone();
    let first =
        harness.state().state.similar.index().model(ranked.index).expect("a record in memory").clone();
    harness
        .get_all_by_label(&format!("{} of 6 coded", first.known_questions()))
        .next()
        .expect("known questions shown");
    assert!(!harness.state().state.similar.options.all_kinds);
    harness.get_by_label("Movements and frameworks too").click();
    harness.run();
    assert!(harness.state().state.similar.options.all_kinds, "the switch reaches the ranking");
    harness.get_by_label("Models shown").click();
    harness.run();
    harness.get_by_label("Same issue only").click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.similar.options.silos, SiloScope::SameIssue);
    let issue = &state.design().context.issue;
    let results = state.similar.results().expect("results");
    assert!(!results.ranked.is_empty());
    assert!(
        results.ranked.iter().all(|(r, _)| &state
            .similar
            .index()
            .model(r.index)
            .expect("a record in memory")
            .issue
            == issue)
    );
}

#[test]
fn the_crosswalk_keeps_titles_as_written_and_counts_case_variants_once() {
    let mut models: Vec<peermap::corpus::Model> = bundled_models().iter().take(3).cloned().collect();
    models[0].titles = vec!["ASHA".into()];
    models[1].titles = vec!["ASHA".into(), "peer navigator".into()];
    models[2].titles = vec!["asha".into()];
    let index = SimilarityIndex::new(models);
    let ranked: Vec<peermap::similarity::Ranked> =
        (0..3).map(|index| peermap::similarity::Ranked { index, score: 1.0 }).collect();
    assert_eq!(index.title_crosswalk(&ranked), [("ASHA".to_string(), 3), ("peer navigator".to_string(), 1)]);
}

#[test]
fn the_graph_threshold_chosen_from_the_data_shows_several_groups_for_each_example() {
    use peermap::similarity::{build_graph, data_threshold};
    let index = SimilarityIndex::new(bundled_models().to_vec());
    for example in &peermap::app::EXAMPLES {
        let design =
            peermap::design::from_json(example.json().as_bytes(), std::path::Path::new(example.file_name()))
                .expect("example");
        let ranked =
            index.rank(&design.answers, &design.context, &design.weights, 30, RankOptions::default());
        let threshold = data_threshold(&index, &design.weights, &ranked);
        let graph = build_graph(&index, &design.weights, &ranked, threshold);
        assert!(graph.groups.len() >= 3, "{}: {} groups at {threshold}", example.title(), graph.groups.len());
        let largest = graph.groups.iter().map(|g| g.members.len()).max().unwrap_or(0);
        assert!(largest < 25, "{}: one group holds {largest} of 30 models", example.title());
        for lower in [0.5, 0.6] {
            let coarser = build_graph(&index, &design.weights, &ranked, lower);
            assert!(coarser.groups.len() <= graph.groups.len(), "no threshold gives more groups");
        }
    }
}

#[test]
fn the_weights_and_the_across_silos_choice_reach_the_ranking_from_the_panel() {
    use egui::accesskit::Role;
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    let mut harness = harness(state);

    harness.get_by_label("Models shown").click();
    harness.run();
    harness.get_by_label("Across silos only").click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.similar.options.silos, SiloScope::OtherSilos);
    let design = state.design();
    let results = state.similar.results().expect("results");
    assert!(!results.ranked.is_empty());
    for (ranked, _) in &results.ranked {
        let model = state.similar.index().entry(ranked.index);
        assert!(!same_silo(&design.context, model), "{} shares the design's silo", model.id);
    }

    harness.get_by_label("Weights").click();
    harness.run();
    let slider = harness.get_by_role_and_label(Role::Slider, "Weight: Spaces");
    slider.focus();
    harness.run();
    for _ in 0..5 {
        harness.key_press(egui::Key::ArrowRight);
        harness.run();
    }
    let raised = harness.state().state.design().weights.get(Question::Spaces);
    assert!(raised > 1.0, "the arrow keys raise the weight ({raised})");
    harness.get_by_label("Weights (changed)");
    assert!(harness.state().state.document.is_dirty(), "weights are saved with the design");
    harness.get_by_label("Reset weights").click();
    harness.run();
    assert!(harness.state().state.design().weights.is_default());
    harness.get_by_label("Weights");
}
