//! A save killed at any moment (power cut, `kill -9`) leaves the design file
//! exactly as it was before or after, never a mix, and no half-written file
//! that could be taken for a design.
//!
//! The test runs itself again as a child process that saves two large
//! designs in turn through the real save path, kills it with SIGKILL at
//! random moments, and reads the file after each kill.

use peermap::design::{self, Design, limits};
use peermap::map::Question;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Set in the child: the design file it keeps saving.
const CHILD_FILE: &str = "PEERMAP_CRASH_TEST_FILE";
const KILLS: usize = 100;

/// A design near the size limits (about 0.3 MB saved), marked by `mark`.
fn large_design(mark: char) -> Design {
    let mut design = Design { name: format!("Design {mark}"), ..Design::default() };
    let paragraph: String = format!("{mark} peers listen first. ").repeat(limits::TEXT_CHARS / 22);
    design.context.description = paragraph.clone();
    for question in Question::ALL {
        design.notes.insert(question, paragraph.clone());
    }
    design
}

/// Saves the two designs in turn, `rounds` times (forever in the child).
fn save_in_turn(path: &Path, rounds: Option<usize>) {
    let designs = [large_design('A'), large_design('B')];
    let mut round = 0;
    while rounds.is_none_or(|n| round < n) {
        design::save(&designs[round % 2], path).expect("saves");
        round += 1;
    }
}

#[test]
fn saving_again_and_again_leaves_the_last_design() {
    if let Some(path) = std::env::var_os(CHILD_FILE) {
        save_in_turn(Path::new(&path), None); // the child: until it is killed
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.peermap.json");
    save_in_turn(&path, Some(5));
    assert_eq!(design::load(&path).expect("loads"), large_design('A'), "the fifth save was A");
}

/// A small deterministic generator, so that a failure can be replayed.
fn next(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

fn entries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).expect("read dir").map(|e| e.expect("entry").path()).collect()
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_design() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.peermap.json");
    design::save(&large_design('A'), &path).expect("first save");
    let expected = [design::to_json(&large_design('A')), design::to_json(&large_design('B'))];
    let mut seed = 0x5eed_u64;
    let (mut saw_a, mut saw_b) = (0, 0);
    for kill in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "saving_again_and_again_leaves_the_last_design", "--test-threads=1"])
            .env(CHILD_FILE, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starts the child");
        // Past start-up (a few ms) and into its saves, at a different moment each time.
        let started = Instant::now();
        std::thread::sleep(Duration::from_micros(5_000 + next(&mut seed) % 60_000));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        let text = std::fs::read_to_string(&path).expect("the file is still there");
        match expected.iter().position(|e| *e == text) {
            Some(0) => saw_a += 1,
            Some(_) => saw_b += 1,
            None => panic!(
                "kill {kill} after {:?}: the file is neither design ({} bytes)",
                started.elapsed(),
                text.len()
            ),
        }
        design::load(&path).expect("and it loads");
        for entry in entries(dir.path()) {
            let name = entry.file_name().expect("name").to_string_lossy().into_owned();
            assert!(
                entry == path || (name.starts_with(".peermap-save-") && name.ends_with(".tmp")),
                "kill {kill} left {name}, which could be taken for a design"
            );
        }
    }
    // Both outcomes happened: the kills did land in the middle of saving.
    assert!(saw_a > 0 && saw_b > 0, "A {saw_a} times, B {saw_b} times");
    let leftovers = entries(dir.path()).len() - 1;
    println!(
        "{KILLS} kills: old/new A {saw_a}, B {saw_b}; {leftovers} hidden temp files left by killed saves"
    );

    // The next save clears what killed saves left, once it is surely abandoned (an hour old).
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(7200);
    for entry in entries(dir.path()).into_iter().filter(|e| *e != path) {
        std::fs::File::options()
            .write(true)
            .open(&entry)
            .and_then(|f| f.set_modified(two_hours_ago))
            .expect("age");
    }
    let fresh = dir.path().join(".peermap-save-fresh.tmp");
    std::fs::write(&fresh, b"a save in progress elsewhere").expect("write");
    design::save(&large_design('A'), &path).expect("saves");
    assert_eq!(entries(dir.path()).len(), 2, "only the design and the recent temp file remain");
    assert!(fresh.exists(), "a recent temp file may belong to a save under way and is kept");
}
