//! The command line without a window: `peermap check FILE`.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command;

fn peermap() -> Command {
    Command::new(env!("CARGO_BIN_EXE_peermap"))
}

#[test]
fn check_prints_a_one_screen_summary() {
    let output = peermap()
        .args(["check", common::example_path("chw-outreach.peermap.json").to_str().expect("utf-8 path")])
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let text = String::from_utf8(output.stdout).expect("utf-8");
    for expected in ["Peers' roles", "Q1 Functions", "Q6 Spaces", "Answered 6 of 6"] {
        assert!(text.contains(expected), "missing {expected}:\n{text}");
    }
    assert!(text.lines().count() <= 24, "more than one screen:\n{text}");
}

#[test]
fn check_of_a_bad_file_exits_2_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bad.peermap.json");
    let bytes = br#"{"format_version": 1, "answers": {"formality": 1.5}}"#;
    fs::write(&path, bytes).expect("write");
    let output = peermap().arg("check").arg(&path).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.peermap.json") && stderr.contains("formality"), "{stderr}");
    assert!(output.stdout.is_empty());
    assert_eq!(fs::read(&path).expect("read"), bytes, "check modified the file");
}

#[test]
fn check_of_a_missing_file_exits_2() {
    let output = peermap().args(["check", "/no/such/plan.peermap.json"]).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("/no/such/plan.peermap.json"));
}

#[test]
fn brief_of_a_bad_design_exits_2_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let design = dir.path().join("bad.peermap.json");
    fs::write(&design, br#"{"format_version": 1, "answers": {"spaces": ["moon"]}}"#).expect("write");
    let out = dir.path().join("brief.html");
    let output = peermap().arg("brief").arg(&design).arg("-o").arg(&out).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("bad.peermap.json") && stderr.contains("moon"), "{stderr}");
    assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 1, "something was written");
}

#[test]
fn brief_to_an_unknown_format_exits_2() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brief.docx");
    let example = common::example_path("chw-outreach.peermap.json");
    let output = peermap().arg("brief").arg(&example).arg("-o").arg(&out).output().expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("brief.docx"));
    assert!(!out.exists());
}

/// `peermap brief` of the outreach example to `out`, with a data directory in `dir`.
fn brief_of_example(dir: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    let example = common::example_path("chw-outreach.peermap.json");
    peermap()
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("brief")
        .arg(&example)
        .arg("-o")
        .arg(out)
        .args(extra)
        .env_remove("PEERMAP_LANG")
        .output()
        .expect("runs")
}

#[test]
fn brief_writes_the_html_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brief.html");
    let output = brief_of_example(dir.path(), &out, &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = fs::read_to_string(&out).expect("written");
    assert!(
        html.starts_with("<!DOCTYPE html>") && html.contains("Community Health Worker"),
        "{}",
        &html[..200]
    );
}

#[test]
fn atlas_writes_a_png_with_the_design_and_refuses_an_unknown_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("atlas.png");
    let example = common::example_path("hospital-navigation.peermap.json");
    let output = peermap()
        .env("PEERMAP_DATA_DIR", dir.path())
        .args(["atlas", "--colour", "affiliation", "-o"])
        .arg(&out)
        .arg(&example)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let said = String::from_utf8_lossy(&output.stdout);
    assert!(said.contains("families") && said.contains("coloured by q5 affiliations"), "{said}");
    let image = image::open(&out).expect("a PNG");
    assert!(image.width() >= 1000, "{}", image.width());

    let bad = dir.path().join("bad.png");
    let output = peermap()
        .env("PEERMAP_DATA_DIR", dir.path())
        .args(["atlas", "--colour", "mood", "-o"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a field to colour by"));
    assert!(!bad.exists(), "nothing written");
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("temp dir");
    let example = common::example_path("hospital-navigation.peermap.json");
    let example = example.to_str().expect("utf-8 path");
    // Far more than a pipe holds (about 380 kB and 880 kB), so the writer meets the closed pipe.
    for args in [vec!["similar", example, "--top", "400"], vec!["similar", example, "--top", "400", "--json"]]
    {
        for _ in 0..3 {
            let mut child = peermap()
                .env("PEERMAP_DATA_DIR", dir.path())
                .args(&args)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("runs");
            let mut first = [0u8; 1];
            child.stdout.take().expect("stdout").read_exact(&mut first).expect("some output");
            // The pipe is closed here, as `| head -c 1` would close it.
            let output = child.wait_with_output().expect("ends");
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
            assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
        }
    }
}

#[test]
fn check_refuses_a_pipe_instead_of_waiting_for_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("design.peermap.json");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let mut child =
        peermap().arg("check").arg(&fifo).stderr(std::process::Stdio::piped()).spawn().expect("runs");
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waits") {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(20) {
            child.kill().expect("kill");
            panic!("peermap check waited on the pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(2));
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("read");
    assert!(stderr.contains("not a regular file"), "{stderr}");
}

fn brief(
    dir: &std::path::Path,
    design: &std::path::Path,
    out: &std::path::Path,
    extra: &[&str],
) -> std::process::Output {
    peermap()
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("brief")
        .arg(design)
        .arg("-o")
        .arg(out)
        .args(extra)
        .output()
        .expect("runs")
}

#[test]
fn a_brief_never_writes_over_the_design_it_reads() {
    let dir = tempfile::tempdir().expect("temp dir");
    let design = dir.path().join("plan.peermap.json");
    fs::copy(common::example_path("chw-outreach.peermap.json"), &design).expect("copy");
    let before = fs::read(&design).expect("read");
    for out in [design.clone(), dir.path().join("sub/../plan.peermap.json")] {
        fs::create_dir_all(dir.path().join("sub")).expect("folder");
        let output = brief(dir.path(), &design, &out, &["--force"]);
        assert_eq!(output.status.code(), Some(2), "{out:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("is the design being read"));
        assert_eq!(fs::read(&design).expect("read"), before, "the design is unchanged");
    }
}

#[test]
fn a_brief_replaces_an_earlier_brief_but_not_another_file_unless_forced() {
    let dir = tempfile::tempdir().expect("temp dir");
    let design = common::example_path("chw-outreach.peermap.json");
    let notes = dir.path().join("notes.md");
    fs::write(&notes, "# My own notes\n\nNot a brief.\n").expect("write");
    let output = brief(dir.path(), &design, &notes, &[]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("notes.md exists and is not a peermap brief") && stderr.contains("--force"),
        "{stderr}"
    );
    assert_eq!(fs::read_to_string(&notes).expect("read"), "# My own notes\n\nNot a brief.\n");
    assert!(!dir.path().join("notes-map.png").exists(), "no figure was written either");

    // A photo where a figure would go is just as protected.
    let out = dir.path().join("brief.md");
    fs::write(dir.path().join("brief-graph.png"), b"not a png").expect("write");
    assert_eq!(brief(dir.path(), &design, &out, &[]).status.code(), Some(2));
    assert!(!out.exists());
    fs::remove_file(dir.path().join("brief-graph.png")).expect("remove");

    // An earlier brief is replaced without --force, in every format.
    for name in ["brief.md", "brief.html", "brief.pdf", "brief.json", "brief.png"] {
        let out = dir.path().join(name);
        for round in 0..2 {
            let output = brief(dir.path(), &design, &out, &[]);
            assert!(
                output.status.success(),
                "{name} round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }
    let forced = brief(dir.path(), &design, &notes, &["--force"]);
    assert!(forced.status.success(), "{}", String::from_utf8_lossy(&forced.stderr));
    assert!(fs::read_to_string(&notes).expect("read").contains("Design brief"));
}

fn similar_json(dir: &std::path::Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let output = peermap()
        .arg("--data-dir")
        .arg(dir.join("data"))
        .arg("similar")
        .arg(common::example_path("chw-outreach.peermap.json"))
        .args(["--json", "--top", "12"])
        .args(extra)
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    serde_json::from_slice(&output.stdout).expect("JSON list")
}

#[test]
fn similar_ranks_best_first_and_across_silos_leaves_the_designs_issue_out() {
    let dir = tempfile::tempdir().expect("temp dir");
    let all = similar_json(dir.path(), &[]);
    assert_eq!(all.len(), 12);
    let scores: Vec<f64> = all.iter().map(|m| m["score"].as_f64().expect("score")).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "best first: {scores:?}");
    let ranks: Vec<u64> = all.iter().map(|m| m["rank"].as_u64().expect("rank")).collect();
    assert_eq!(ranks, (1..=12).collect::<Vec<u64>>());
    assert!(all.iter().any(|m| m["issue"] == "diabetes"), "the diabetes design has diabetes neighbours");

    let across = similar_json(dir.path(), &["--across-silos"]);
    assert!(!across.is_empty());
    assert!(across.iter().all(|m| m["issue"] != "diabetes"), "other silos only");
    let same = similar_json(dir.path(), &["--same-issue"]);
    assert!(!same.is_empty() && same.iter().all(|m| m["issue"] == "diabetes"), "its own issue only");
}

#[test]
fn brief_across_silos_lists_only_models_of_other_issues() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brief.json");
    let design = common::example_path("chw-outreach.peermap.json");
    let output = brief(dir.path(), &design, &out, &["--across-silos"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let json: serde_json::Value = serde_json::from_slice(&fs::read(&out).expect("written")).expect("JSON");
    let similar = json["similar"].as_array().expect("similar models");
    assert!(!similar.is_empty());
    for model in similar {
        assert!(!model["issue"].as_str().expect("issue").starts_with("Diabetes"), "{}", model["issue"]);
    }
    assert!(json["ranking"].as_str().expect("ranking").contains("across silos"), "{}", json["ranking"]);
}

#[test]
fn a_screenshot_without_a_display_says_why_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shot = dir.path().join("shot.png");
    let output = peermap()
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .arg("--screenshot")
        .arg(&shot)
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("could not open its window") && stderr.contains("graphical desktop"), "{stderr}");
    assert!(!shot.exists());
}

#[test]
fn brief_lang_fr_writes_the_brief_in_french() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("brief.md");
    let output = brief_of_example(dir.path(), &out, &["--lang", "fr"]);
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    let markdown = std::fs::read_to_string(&out).expect("written");
    assert!(markdown.contains("Dossier de projet · "), "{}", &markdown[..300]);
    assert!(markdown.contains("\n## Position sur la carte\n"));
    assert!(
        markdown.contains("Établir une relation") || markdown.contains("Promotion de la santé"),
        "answers in French"
    );
}

#[test]
fn lang_fr_speaks_french_on_the_command_line_and_keeps_json_keys_english() {
    let dir = tempfile::tempdir().expect("temp dir");
    let french = |args: &[&str]| {
        let output = peermap()
            .arg("--data-dir")
            .arg(dir.path().join("data"))
            .args(["--lang", "fr"])
            .args(args)
            .output();
        output.expect("runs")
    };
    let example = common::example_path("hospital-navigation.fr.peermap.json");
    let example = example.to_str().expect("utf-8 path");

    let check = String::from_utf8(french(&["check", example]).stdout).expect("utf-8");
    for expected in
        ["Parcours des pairs", "Q1 Fonctions", "Questions répondues\u{a0}: 6 sur 6", "(principale)"]
    {
        assert!(check.contains(expected), "missing {expected}:\n{check}");
    }
    assert!(!check.contains("Answered") && !check.contains("(primary)"), "{check}");

    let similar = String::from_utf8(french(&["similar", example, "--top", "3"]).stdout).expect("utf-8");
    assert!(similar.starts_with("Modèles les plus semblables à "), "{similar}");
    assert!(
        similar.contains("en commun\u{a0}: ") && similar.contains("Questions codées\u{a0}: "),
        "{similar}"
    );
    for english in ["both ", "you add", "they add", "yours ", "questions coded"] {
        assert!(!similar.contains(english), "English `{english}` left:\n{similar}");
    }
    let json = french(&["similar", example, "--top", "3", "--json"]);
    let json: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).expect("JSON list");
    assert!(json[0].get("score").is_some() && json[0].get("questions").is_some(), "keys stay English");

    let stats = String::from_utf8(french(&["corpus", "stats"]).stdout).expect("utf-8");
    assert!(stats.contains("Modèles\u{a0}: ") && stats.contains("Par enjeu\u{a0}:"), "{stats}");

    let missing = french(&["check", "missing.peermap.json"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).starts_with("erreur\u{a0}: "));
}

#[test]
fn merge_brings_perspectives_back_and_never_replaces_one_silently() {
    use peermap::design::{self, Answers, Design, Formality};
    use peermap::perspectives::Perspective;
    let dir = tempfile::tempdir().expect("temp dir");
    let with = |names: &[(&str, f64)]| Design {
        name: "Navigators".into(),
        perspectives: names
            .iter()
            .map(|(name, f)| Perspective {
                name: name.to_string(),
                answers: Answers { formality: Some(Formality::clamped(*f)), ..Answers::default() },
                ..Perspective::default()
            })
            .collect(),
        ..Design::default()
    };
    let save = |name: &str, design: &Design| {
        let path = dir.path().join(name);
        design::save(design, &path).expect("saves");
        path
    };
    let base = save("base.peermap.json", &with(&[("Manager", 0.9)]));
    let peers = save("peers.peermap.json", &with(&[("Manager", 0.9), ("Peer workers", 0.3)]));
    let nurse = save("nurse.peermap.json", &with(&[("Manager", 0.5)]));
    let out = dir.path().join("merged.peermap.json");
    let run = |files: &[&Path], extra: &[&str]| {
        peermap().arg("merge").args(files).arg("-o").arg(&out).args(extra).output().expect("runs")
    };

    let refused = run(&[&base, &peers, &nurse], &[]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("\"Manager\"") && stderr.contains("nurse.peermap.json"), "{stderr}");
    assert!(!out.exists(), "nothing written on a conflict");

    let kept = run(&[&base, &peers, &nurse], &["--on-conflict", "keep-both"]);
    assert_eq!(kept.status.code(), Some(0), "{}", String::from_utf8_lossy(&kept.stderr));
    let merged = design::load(&out).expect("reads");
    let names: Vec<&str> = merged.perspectives.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Manager", "Peer workers", "Manager (2)"]);

    let bad = dir.path().join("bad.peermap.json");
    std::fs::write(
        &bad,
        r#"{"format_version": 2, "perspectives": [{"name": "X", "answers": {"spaces": ["moon"]}}]}"#,
    )
    .expect("write");
    let before = std::fs::read(&out).expect("read");
    let failed = run(&[&base, &bad], &["--force"]);
    assert_eq!(failed.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&failed.stderr).contains("bad.peermap.json"));
    assert_eq!(std::fs::read(&out).expect("read"), before, "a bad file merges nothing");

    let over = peermap().arg("merge").arg(&base).arg(&peers).arg("-o").arg(&base).output().expect("runs");
    assert_eq!(over.status.code(), Some(2));
    assert_eq!(design::load(&base).expect("reads").perspectives.len(), 1, "the input is untouched");
}
