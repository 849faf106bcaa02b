//! SQLite's integrity check of a corpus file, before anything writes to it.
//!
//! It reads the whole file, so a large corpus (100,000 models is a few
//! hundred megabytes) is checked on a background thread: the store opens
//! and answers queries at once, and its first write waits for the verdict
//! (and is refused if the file is damaged).

use rusqlite::{Connection, InterruptHandle};
use std::thread::JoinHandle;

/// Files up to this size are checked before `Store::open` returns.
pub const FOREGROUND_LIMIT: u64 = 16 * 1024 * 1024;

/// Runs `PRAGMA quick_check` (structure of every table and index, and the
/// full-text index) and returns what is wrong, if anything.
pub fn check(conn: &Connection) -> Result<(), String> {
    let report: rusqlite::Result<Vec<String>> =
        conn.prepare("PRAGMA quick_check(5)").and_then(|mut s| s.query_map([], |row| row.get(0))?.collect());
    match report {
        Ok(lines) if lines == ["ok"] => Ok(()),
        Ok(lines) => Err(format!("integrity check: {}", lines.join("; "))),
        Err(err) => Err(format!("integrity check failed: {err}")),
    }
}

/// A check running on its own read-only connection.
pub struct BackgroundCheck {
    handle: JoinHandle<Result<(), String>>,
    interrupt: InterruptHandle,
}

impl BackgroundCheck {
    pub fn start(conn: Connection) -> BackgroundCheck {
        let interrupt = conn.get_interrupt_handle();
        let handle = std::thread::spawn(move || check(&conn));
        BackgroundCheck { handle, interrupt }
    }

    /// Waits for the verdict.
    pub fn finish(self) -> Result<(), String> {
        self.handle.join().unwrap_or_else(|_| Err("the integrity check stopped unexpectedly".into()))
    }

    /// Stops the check (the store is closing) and waits for its thread.
    pub fn cancel(self) {
        self.interrupt.interrupt();
        let _ = self.handle.join();
    }
}
