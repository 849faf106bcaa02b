//! The corpus store as a user meets it: first run, upgrades, bundled
//! refreshes, search and filters, curating one's own models, and files it
//! must refuse without touching them.

mod corpus_common;

use corpus_common::{synthetic_model, synthetic_models, temp_store};
use peermap::corpus::schema::{SCHEMA_VERSION, migrations};
use peermap::corpus::{
    AnswerFilter, CorpusQuery, ImportOutcome, Model, ModelKind, ModelRow, Origin, SortKey, Store, StoreError,
    bundled_models,
};
use peermap::map::{Affiliation, Function, Relation, Space, StatusSource};
use rusqlite::{Connection, params};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

fn ids(rows: &[ModelRow]) -> Vec<&str> {
    rows.iter().map(|r| r.id.as_str()).collect()
}

fn search(store: &Store, query: CorpusQuery) -> Vec<ModelRow> {
    store.search(&query).expect("search runs")
}

fn text(text: &str) -> CorpusQuery {
    CorpusQuery { text: text.into(), ..CorpusQuery::default() }
}

fn user_model(id: &str) -> Model {
    let mut model = synthetic_model(7);
    model.id = id.into();
    model
}

/// Folds the write-ahead log into the main file so its bytes are the whole database.
fn checkpoint(path: &Path) {
    let conn = Connection::open(path).expect("opens");
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())).expect("checkpoint");
    conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(())).expect("leave WAL");
}

#[test]
fn first_run_creates_the_file_and_imports_the_bundled_corpus() {
    let (_dir, path, store) = temp_store();
    assert!(path.exists(), "the database file (and its folder) is created");
    assert_eq!(store.path(), Some(path.as_path()));
    assert!(!store.is_read_only());
    assert_eq!(store.count().expect("count"), bundled_models().len());
    let all = store.all().expect("all");
    assert!(all.iter().all(|s| s.origin == Origin::Bundled));
    let first = &bundled_models()[0];
    assert_eq!(all[0].model, *first, "bundled records come back exactly, in file order");
    assert_eq!(store.get(&first.id).expect("get").map(|s| s.model).as_ref(), Some(first));
    assert_eq!(store.get("no-such-model").expect("get"), None);
    let version: i64 = Connection::open(&path)
        .and_then(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
        .expect("user_version");
    assert_eq!(version, SCHEMA_VERSION as i64);
}

#[test]
fn reopening_keeps_the_users_models_and_adds_nothing() {
    let (_dir, path, mut store) = temp_store();
    store.add(user_model("my-programme")).expect("adds");
    let before = store.count().expect("count");
    drop(store);
    let store = Store::open(&path).expect("reopens");
    assert_eq!(store.count().expect("count"), before);
    assert_eq!(store.get("my-programme").expect("get").map(|s| s.origin), Some(Origin::User));
}

/// A record as peermap wrote it before kinds, issue keys, countries and years.
fn record_before_schema_3(model: &Model) -> String {
    let mut value = serde_json::to_value(model).expect("serialises");
    let record = value.as_object_mut().expect("an object");
    for field in [
        "kind",
        "issue_detail",
        "groups",
        "countries",
        "start_year",
        "end_year",
        "lessons",
        "also_cited",
        "source_url",
    ] {
        record.remove(field);
    }
    record.insert("issue".into(), "HIV and sexual health".into());
    record.insert("period".into(), "2001–2008".into());
    value.to_string()
}

#[test]
fn a_store_of_an_older_schema_is_upgraded_with_its_data_kept_and_searchable() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corpus.sqlite3");
    let mut old = user_model("kept-from-version-one");
    old.kind = ModelKind::Programme;
    (old.countries, old.lessons, old.source_url) = (Vec::new(), Vec::new(), String::new());
    {
        let mut conn = Connection::open(&path).expect("creates");
        migrations().to_version(&mut conn, 1).expect("version 1 schema");
        conn.execute(
            "INSERT INTO model (id, origin, name, titles, population, issue, region, period, summary)
             VALUES (?1, 'user', ?2, ?3, ?4, 'HIV and sexual health', ?5, '2001–2008', ?6)",
            params![old.id, old.name, old.titles.join("; "), old.population, old.region, old.summary],
        )
        .and_then(|_| {
            conn.execute(
                "INSERT INTO model_record (pk, record) VALUES (last_insert_rowid(), ?1)",
                [record_before_schema_3(&old)],
            )
        })
        .expect("inserts a version-1 row");
    }
    let store = Store::open(&path).expect("upgrades");
    let stored = store.get(&old.id).expect("get").expect("kept");
    let expected = Model { issue: "hiv".into(), start_year: Some(2001), end_year: Some(2008), ..old.clone() };
    assert_eq!((stored.model, stored.origin), (expected, Origin::User));
    let word = old.summary.split_whitespace().next().expect("a word").to_lowercase();
    let found = search(&store, CorpusQuery { origin: Some(Origin::User), ..text(&format!("{word} ")) });
    assert_eq!(ids(&found), [old.id.as_str()], "the upgrade indexed the old row for full-text search");
    let hiv = search(
        &store,
        CorpusQuery { issue: Some("hiv".into()), origin: Some(Origin::User), ..Default::default() },
    );
    assert_eq!(ids(&hiv), [old.id.as_str()], "the upgraded row is filed under its issue key");
    assert_eq!(store.count().expect("count"), bundled_models().len() + 1);
}

#[test]
fn a_new_bundled_corpus_refreshes_bundled_models_and_never_touches_the_users() {
    let (_dir, path, mut store) = temp_store();
    let mine = user_model("my-own-model");
    store.add(mine.clone()).expect("adds");
    let changed = &bundled_models()[0];
    let removed = &bundled_models()[1];
    drop(store);
    {
        // What an older peermap would have left: different bundled records
        // and an older fingerprint.
        let conn = Connection::open(&path).expect("opens");
        conn.execute_batch(&format!(
            "UPDATE model SET name = 'Quixotic Oldname' WHERE id = '{id}';
             UPDATE model_record SET record = json_set(record, '$.name', 'Quixotic Oldname')
             WHERE pk = (SELECT pk FROM model WHERE id = '{id}');",
            id = changed.id
        ))
        .expect("ages a bundled record");
        conn.execute("DELETE FROM model WHERE id = ?1", [&removed.id]).expect("removes one");
        let mut withdrawn = synthetic_model(3);
        withdrawn.id = "withdrawn-bundled-model".into();
        conn.execute(
            "INSERT INTO model (id, origin, name, titles, population, issue, region, period, summary)
             VALUES (?1, 'bundled', ?2, '', '', '', '', '', '')",
            params![withdrawn.id, withdrawn.name],
        )
        .and_then(|_| {
            conn.execute(
                "INSERT INTO model_record (pk, record) VALUES (last_insert_rowid(), ?1)",
                [serde_json::to_string(&withdrawn).expect("serialises")],
            )
        })
        .expect("adds a bundled model this version no longer ships");
        conn.execute("UPDATE meta SET value = 'from-an-older-peermap' WHERE key = 'bundled_fingerprint'", [])
            .expect("older fingerprint");
    }
    let store = Store::open(&path).expect("reopens");
    assert_eq!(store.get(&changed.id).expect("get").map(|s| s.model).as_ref(), Some(changed), "updated");
    assert!(store.get(&removed.id).expect("get").is_some(), "re-added");
    assert_eq!(store.get("withdrawn-bundled-model").expect("get"), None, "removed");
    let kept = store.get(&mine.id).expect("get").expect("the user's model is kept");
    assert_eq!((kept.model, kept.origin), (mine, Origin::User));
    assert_eq!(store.count().expect("count"), bundled_models().len() + 1);
    assert!(search(&store, text("quixotic oldname")).is_empty(), "the search index follows the update");
}

#[test]
fn an_unchanged_bundled_corpus_is_not_rewritten_at_open() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let id = &bundled_models()[0].id;
    Connection::open(&path)
        .and_then(|c| c.execute("UPDATE model SET name = 'Zzyzxmarker' WHERE id = ?1", [id]))
        .expect("marks a row");
    let store = Store::open(&path).expect("reopens");
    assert_eq!(
        ids(&search(&store, CorpusQuery { text: "Zzyzxmarker".into(), ..CorpusQuery::default() })),
        [id]
    );
}

#[test]
fn full_text_search_matches_every_word_in_any_field() {
    let (_dir, _path, mut store) = temp_store();
    let mut model = user_model("search-target");
    model.name = "Zebrafinch harm reduction collective".into();
    model.titles = vec!["quokka navigator".into()];
    model.population = "night-shift wombat keepers".into();
    model.issue = String::new();
    model.issue_detail = "axolotl care".into();
    model.summary = "Peers meet at the Montréal narwhal café every week.".into();
    store.add(model).expect("adds");

    for query in [
        "zebrafinch",
        "ZEBRAFINCH collective",
        "quokka",
        "wombat keepers",
        "axolotl",
        "narwhal",
        "montreal narwhal",
        "zebraf",
        "night-shift wombat",
        "night-sh",
        "cafe, narwhal",
    ] {
        assert_eq!(ids(&search(&store, text(query))), ["search-target"], "{query}");
    }
    assert!(search(&store, text("zebrafinch kangaroo")).is_empty(), "every word must match");
    assert!(search(&store, text("zebraf ")).is_empty(), "a finished word is not a prefix");
    for hostile in [
        "\"",
        "zebrafinch\" OR \"x",
        "NOT",
        "name:zebrafinch",
        "(*)",
        "a AND",
        "-",
        "'; DROP TABLE model; --",
    ] {
        store.search(&text(hostile)).unwrap_or_else(|e| panic!("{hostile:?}: {e}"));
    }
    assert_eq!(search(&store, text("   ")).len(), store.count().expect("count"), "blank text finds all");
    assert!(!search(&store, text("peer")).is_empty(), "bundled models are searchable too");
}

/// Checks a filter against the same condition evaluated on every model in Rust.
fn assert_filter(store: &Store, query: CorpusQuery, expect: impl Fn(&Model) -> bool) {
    let found: BTreeSet<String> = search(store, query.clone()).into_iter().map(|r| r.id).collect();
    let expected: BTreeSet<String> =
        store.all().expect("all").into_iter().filter(|s| expect(&s.model)).map(|s| s.model.id).collect();
    assert!(!expected.is_empty(), "the filter should match something: {query:?}");
    assert!(expected.len() < store.count().expect("count"), "the filter should exclude something: {query:?}");
    assert_eq!(found, expected, "{query:?}");
}

#[test]
fn each_filter_keeps_the_models_that_have_all_selected_options() {
    let (_dir, _path, mut store) = temp_store();
    let cancel = AtomicBool::new(false);
    store.import(synthetic_models(0, 300), &mut |_, _| {}, &cancel).expect("imports");
    let filter = |f: AnswerFilter| CorpusQuery { filter: f, ..CorpusQuery::default() };

    let functions = BTreeSet::from([Function::Navigation, Function::Advocacy]);
    assert_filter(&store, filter(AnswerFilter { functions: functions.clone(), ..Default::default() }), |m| {
        functions.iter().all(|f| m.answers.functions.contains_key(f))
    });
    assert_filter(&store, filter(AnswerFilter { formality: Some((0.25, 0.5)), ..Default::default() }), |m| {
        m.answers.formality.is_some_and(|f| (0.25..=0.5).contains(&f.value()))
    });
    let relations = BTreeSet::from([Relation::LivedExperience]);
    assert_filter(&store, filter(AnswerFilter { relations: relations.clone(), ..Default::default() }), |m| {
        m.answers.relations.is_superset(&relations)
    });
    let status = BTreeSet::from([StatusSource::Organisation, StatusSource::TrainingCertification]);
    assert_filter(&store, filter(AnswerFilter { status: status.clone(), ..Default::default() }), |m| {
        m.answers.status.is_superset(&status)
    });
    let affiliations = BTreeSet::from([Affiliation::ClinicalOrg]);
    assert_filter(
        &store,
        filter(AnswerFilter { affiliations: affiliations.clone(), ..Default::default() }),
        |m| m.answers.affiliations.is_superset(&affiliations),
    );
    assert_filter(&store, filter(AnswerFilter { peer_run: Some(true), ..Default::default() }), |m| {
        m.answers.peer_run
    });
    let spaces = BTreeSet::from([Space::Outreach, Space::DailyLife]);
    assert_filter(&store, filter(AnswerFilter { spaces: spaces.clone(), ..Default::default() }), |m| {
        m.answers.spaces.is_superset(&spaces)
    });
    assert_filter(&store, CorpusQuery { issue: Some("mental_health".into()), ..Default::default() }, |m| {
        m.issue == "mental_health"
    });
    assert_filter(&store, CorpusQuery { country: Some("ke".into()), ..Default::default() }, |m| {
        m.countries.iter().any(|c| c == "KE")
    });
    assert_filter(&store, CorpusQuery { kind: Some(ModelKind::Role), ..Default::default() }, |m| {
        m.kind == ModelKind::Role
    });
    assert_filter(&store, CorpusQuery { region: Some("québec".into()), ..Default::default() }, |m| {
        m.region.to_lowercase().contains("québec")
    });
    assert_filter(&store, CorpusQuery { origin: Some(Origin::Bundled), ..Default::default() }, |m| {
        !m.id.starts_with("synthetic-")
    });
    let combined = CorpusQuery {
        text: "programme".into(),
        origin: Some(Origin::User),
        issue: Some("cancer".into()),
        filter: AnswerFilter { functions: BTreeSet::from([Function::Emotional]), ..Default::default() },
        ..Default::default()
    };
    assert_filter(&store, combined, |m| {
        m.id.starts_with("synthetic-")
            && m.issue == "cancer"
            && m.answers.functions.contains_key(&Function::Emotional)
    });
    let issues = store.issues().expect("issues");
    assert!(issues.windows(2).all(|w| w[0].to_ascii_lowercase() <= w[1].to_ascii_lowercase()), "{issues:?}");
    assert!(issues.contains(&"mental_health".to_string()) && issues.contains(&"cancer".to_string()));
    let countries = store.countries().expect("countries");
    assert!(
        countries.windows(2).all(|w| w[0] < w[1]) && countries.contains(&"KE".to_string()),
        "{countries:?}"
    );
}

/// Reads the column a sort key sorts by.
type Column = fn(&ModelRow) -> &str;

#[test]
fn results_sort_by_any_column_either_way() {
    let (_dir, _path, store) = temp_store();
    let keys: [(SortKey, Column); 7] = [
        (SortKey::Name, |r| &r.name),
        (SortKey::Kind, |r| r.kind.key()),
        (SortKey::Titles, |r| &r.titles),
        (SortKey::Population, |r| &r.population),
        // By the issue's label, as the table shows it.
        (SortKey::Issue, |r| peermap::taxonomy::issue(&r.issue).map_or("", |t| t.label())),
        (SortKey::Region, |r| &r.region),
        (SortKey::Period, |r| &r.period),
    ];
    for (sort, column) in keys {
        for descending in [false, true] {
            let rows = search(&store, CorpusQuery { sort, descending, ..CorpusQuery::default() });
            assert_eq!(rows.len(), bundled_models().len());
            let ordered = rows.windows(2).all(|w| {
                let (a, b) = (column(&w[0]).to_ascii_lowercase(), column(&w[1]).to_ascii_lowercase());
                if descending { a >= b } else { a <= b }
            });
            assert!(ordered, "{sort:?} descending={descending}");
        }
    }
}

#[test]
fn users_curate_their_own_models_and_bundled_ones_stay_read_only() {
    let (_dir, _path, mut store) = temp_store();
    let bundled_id = bundled_models()[0].id.clone();
    let mut mine = user_model("my-programme");
    store.add(mine.clone()).expect("adds a valid model");
    assert!(matches!(store.add(mine.clone()), Err(StoreError::DuplicateId(id)) if id == "my-programme"));
    let mut clash = user_model(&bundled_id);
    clash.name = "Clash".into();
    assert!(matches!(store.add(clash), Err(StoreError::DuplicateId(_))));

    let mut invalid = user_model("invalid-one");
    invalid.citation.title.clear();
    match store.add(invalid) {
        Err(StoreError::Invalid { id, problems }) => {
            assert_eq!(id, "invalid-one");
            assert_eq!(problems[0].field, "citation.title");
        }
        other => panic!("expected Invalid, got {other:?}"),
    }

    mine.name = "Renamed programme".into();
    store.update(mine.clone()).expect("updates the user's model");
    assert_eq!(store.get("my-programme").expect("get").map(|s| s.model.name), Some(mine.name.clone()));
    assert_eq!(ids(&search(&store, text("Renamed programme"))), ["my-programme"]);

    let mut edited_bundled = bundled_models()[0].clone();
    edited_bundled.name = "Edited".into();
    let err = store.update(edited_bundled).expect_err("bundled models are read-only");
    assert!(matches!(&err, StoreError::Bundled(id) if *id == bundled_id));
    assert!(err.to_string().contains("duplicate it"), "{err}");
    assert!(matches!(store.delete(&bundled_id), Err(StoreError::Bundled(_))));
    assert!(matches!(store.update(user_model("nobody")), Err(StoreError::NotFound(_))));
    assert!(matches!(store.delete("nobody"), Err(StoreError::NotFound(_))));

    store.delete("my-programme").expect("deletes the user's model");
    assert_eq!(store.get("my-programme").expect("get"), None);
    assert!(search(&store, text("Renamed programme")).is_empty());
    assert_eq!(store.count().expect("count"), bundled_models().len());
}

#[test]
fn duplicating_makes_an_editable_copy_with_a_fresh_id() {
    let (_dir, _path, mut store) = temp_store();
    let original = bundled_models()[2].clone();
    let first = store.duplicate(&original.id).expect("duplicates a bundled model");
    assert_eq!(first, format!("{}-copy", original.id));
    let copy = store.get(&first).expect("get").expect("exists");
    assert_eq!(copy.origin, Origin::User);
    assert_eq!(copy.model.name, format!("{} (copy)", original.name));
    assert_eq!(copy.model.answers, original.answers);
    let second = store.duplicate(&original.id).expect("again");
    assert_eq!(second, format!("{}-copy-2", original.id));
    let mut edited = copy.model.clone();
    edited.summary = "Our own version.".into();
    store.update(edited).expect("the copy is editable");
    assert!(matches!(store.duplicate("missing"), Err(StoreError::NotFound(_))));

    assert_eq!(store.unused_id("Harlem Patient Navigation!").expect("id"), "harlem-patient-navigation");
    assert_eq!(store.unused_id(&original.id).expect("id"), format!("{}-2", original.id));
}

#[test]
fn stats_count_origins_issues_and_answered_questions() {
    let (_dir, _path, mut store) = temp_store();
    let models = synthetic_models(0, 40);
    let expected_formality = models.iter().filter(|m| m.answers.formality.is_some()).count()
        + bundled_models().iter().filter(|m| m.answers.formality.is_some()).count();
    store.import(models, &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    let stats = store.stats().expect("stats");
    assert_eq!(
        (stats.total, stats.bundled, stats.user),
        (bundled_models().len() + 40, bundled_models().len(), 40)
    );
    assert_eq!(stats.per_issue.iter().map(|(_, n)| n).sum::<usize>(), stats.total);
    assert!(stats.per_issue.windows(2).all(|w| w[0].1 >= w[1].1), "most frequent first");
    assert_eq!(stats.answered_per_question[1], expected_formality);
    assert!(stats.answered_per_question.iter().all(|n| *n <= stats.total));
}

#[test]
fn import_adds_everything_or_nothing() {
    let (_dir, _path, mut store) = temp_store();
    let before = store.count().expect("count");
    let never = AtomicBool::new(false);

    let mut with_clash = synthetic_models(0, 2500);
    with_clash[2000].id = bundled_models()[0].id.clone();
    assert!(matches!(store.import(with_clash, &mut |_, _| {}, &never), Err(StoreError::DuplicateId(_))));
    assert_eq!(store.count().expect("count"), before, "rolled back");

    let mut with_invalid = synthetic_models(0, 10);
    with_invalid[9].name = " ".into();
    assert!(matches!(store.import(with_invalid, &mut |_, _| {}, &never), Err(StoreError::Invalid { .. })));
    assert_eq!(store.count().expect("count"), before);

    let mut seen = Vec::new();
    let outcome =
        store.import(synthetic_models(0, 2500), &mut |done, total| seen.push((done, total)), &never);
    assert_eq!(outcome.expect("imports"), ImportOutcome::Imported(2500));
    assert_eq!(seen, [(0, 2500), (1000, 2500), (2000, 2500), (2500, 2500)]);
    assert_eq!(store.count().expect("count"), before + 2500);
}

#[test]
fn cancelling_an_import_leaves_the_store_unchanged() {
    let (_dir, path, mut store) = temp_store();
    let before = store.count().expect("count");
    let cancel = AtomicBool::new(false);
    let outcome = store.import(
        synthetic_models(0, 5000),
        &mut |done, _| {
            if done >= 2000 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    assert_eq!(outcome.expect("stops cleanly"), ImportOutcome::Cancelled);
    assert_eq!(store.count().expect("count"), before);
    assert_eq!(store.get("synthetic-0").expect("get"), None);
    drop(store);
    assert_eq!(Store::open(&path).expect("reopens").count().expect("count"), before);
}

#[test]
fn the_bundled_corpus_in_memory_is_read_only() {
    let mut store = Store::open_bundled_in_memory();
    assert!(store.is_read_only());
    assert_eq!(store.path(), None);
    assert_eq!(store.count().expect("count"), bundled_models().len());
    assert!(!search(&store, text("peer")).is_empty());
    let id = bundled_models()[0].id.clone();
    let never = AtomicBool::new(false);
    assert!(matches!(store.add(user_model("new-one")), Err(StoreError::ReadOnly)));
    assert!(matches!(store.update(bundled_models()[0].clone()), Err(StoreError::ReadOnly)));
    assert!(matches!(store.delete(&id), Err(StoreError::ReadOnly)));
    assert!(matches!(store.duplicate(&id), Err(StoreError::ReadOnly)));
    assert!(matches!(store.import(vec![], &mut |_, _| {}, &never), Err(StoreError::ReadOnly)));
    assert!(StoreError::ReadOnly.to_string().contains("read-only"));
}

/// Opening must refuse `bytes` as a corpus and leave them exactly as they were.
fn assert_refused_untouched(bytes: &[u8], check: impl Fn(&StoreError) -> bool) -> StoreError {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corpus.sqlite3");
    fs::write(&path, bytes).expect("write");
    let err = match Store::open(&path) {
        Ok(_) => panic!("the file was accepted"),
        Err(err) => err,
    };
    assert!(check(&err), "unexpected error: {err:?}");
    assert_eq!(fs::read(&path).expect("read"), bytes, "the file was modified");
    assert!(err.to_string().contains(&path.display().to_string()), "names the file: {err}");
    err
}

#[test]
fn a_damaged_file_is_refused_and_left_byte_identical() {
    let garbage: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(7919) % 251) as u8).collect();
    let err = assert_refused_untouched(&garbage, |e| matches!(e, StoreError::Corrupt { .. }));
    assert!(err.to_string().contains("has not changed it"), "{err}");

    // A real store with one of its pages overwritten.
    let (dir, path, mut store) = temp_store();
    store.import(synthetic_models(0, 200), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    drop(store);
    checkpoint(&path);
    let mut bytes = fs::read(&path).expect("read");
    let page = 4096;
    assert!(bytes.len() > 40 * page);
    for byte in &mut bytes[20 * page..21 * page] {
        *byte = 0x5a;
    }
    drop(dir);
    assert_refused_untouched(&bytes, |e| matches!(e, StoreError::Corrupt { .. }));

    // An SQLite database of some other program.
    let dir = tempfile::tempdir().expect("temp dir");
    let other = dir.path().join("other.db");
    Connection::open(&other)
        .and_then(|c| c.execute_batch("CREATE TABLE invoices (n INTEGER); INSERT INTO invoices VALUES (1);"))
        .expect("other database");
    assert_refused_untouched(&fs::read(&other).expect("read"), |e| matches!(e, StoreError::Corrupt { .. }));
}

#[test]
fn a_large_damaged_file_can_be_read_but_not_written() {
    // Large files are checked in the background: the store opens at once,
    // and its first write waits for the verdict.
    let (_dir, path, mut store) = temp_store();
    store.import(synthetic_models(0, 8000), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    drop(store);
    Connection::open(&path)
        .and_then(|c| c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
        .expect("checkpoint, staying in WAL mode");
    let mut bytes = fs::read(&path).expect("read");
    assert!(bytes.len() > 17 * 1024 * 1024, "{} bytes is not a large file", bytes.len());
    let middle = bytes.len() / 2 / 16384 * 16384;
    bytes[middle..middle + 16384].fill(0x5a);
    fs::write(&path, &bytes).expect("damages a page");

    let mut store = Store::open(&path).expect("a large file opens before its check ends");
    let err = store.add(user_model("not-written")).expect_err("writes wait for the check and are refused");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    assert!(matches!(store.delete("synthetic-1"), Err(StoreError::Corrupt { .. })));
    drop(store);
    assert_eq!(fs::read(&path).expect("read"), bytes, "the damaged file was not modified");
}

#[test]
fn a_store_from_a_newer_peermap_is_refused_unchanged() {
    let (_dir, path, store) = temp_store();
    drop(store);
    Connection::open(&path).and_then(|c| c.pragma_update(None, "user_version", 99)).expect("newer version");
    checkpoint(&path);
    let bytes = fs::read(&path).expect("read");
    let err = assert_refused_untouched(
        &bytes,
        |e| matches!(e, StoreError::NewerVersion { found: 99, supported, .. } if *supported == SCHEMA_VERSION),
    );
    assert!(err.to_string().contains("newer peermap"), "{err}");
}

#[test]
fn a_store_another_program_holds_locked_is_reported_as_locked() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let other = Connection::open(&path).expect("another program");
    other.execute_batch("BEGIN EXCLUSIVE; DELETE FROM meta;").expect("holds the write lock");
    // Returning at all shows it gave up after the busy timeout instead of waiting forever.
    let err = match Store::open_with_busy_timeout(&path, Duration::from_millis(200)) {
        Ok(_) => panic!("opened a locked store"),
        Err(err) => err,
    };
    assert!(matches!(err, StoreError::Locked { .. }), "{err:?}");
    assert!(
        err.to_string().contains("locked by another program; close it or open the bundled corpus read-only")
    );
    other.execute_batch("ROLLBACK").expect("releases");
    Store::open(&path).expect("opens once the other program lets go");
}

#[test]
fn another_window_reads_while_one_imports() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let before = bundled_models().len();
    // Both windows are open before one of them starts a long import.
    let reader = Store::open(&path).expect("a second window opens");
    let (mid_import_tx, mid_import_rx) = mpsc::channel::<()>();
    let (read_done_tx, read_done_rx) = mpsc::channel::<usize>();
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        let mut store = Store::open(&writer_path).expect("writer opens");
        let mut signalled = false;
        let mut progress = |done: usize, _: usize| {
            if done == 1000 && !signalled {
                signalled = true;
                mid_import_tx.send(()).expect("signal");
                read_done_rx.recv_timeout(Duration::from_secs(20)).expect("the reader finished");
            }
        };
        store.import(synthetic_models(0, 3000), &mut progress, &AtomicBool::new(false)).expect("imports")
    });
    mid_import_rx.recv_timeout(Duration::from_secs(20)).expect("the import is under way");
    // The writer holds its transaction open until this read is done: a read
    // that waited for it would never finish, and the writer's wait would fail.
    let seen = reader.count().expect("reads during the write");
    assert!(!search(&reader, text("peer")).is_empty());
    read_done_tx.send(seen).expect("signal");
    assert_eq!(seen, before, "the reader sees the store as it was before the import");
    assert_eq!(writer.join().expect("writer thread"), ImportOutcome::Imported(3000));
    assert_eq!(reader.count().expect("count"), before + 3000, "and sees the import once committed");
}
