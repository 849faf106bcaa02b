//! SQLite's integrity check of a corpus file, before anything writes to it.
//!
//! It reads the whole file, so a large corpus (100,000 models is a few
//! hundred megabytes) is checked on a background thread: the store opens
//! and answers queries at once, and its first write waits for the verdict
//! (and is refused if the file is damaged).

use rusqlite::{Connection, InterruptHandle};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

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

/// A check running on its own read-only connection. It starts after a
/// short delay, leaving the disk and a core to the first queries, unless a
/// write needs the verdict sooner.
pub struct BackgroundCheck {
    handle: JoinHandle<Result<(), String>>,
    interrupt: InterruptHandle,
    start_now: mpsc::Sender<()>,
}

/// How long the check waits before it starts on its own.
const DELAY: Duration = Duration::from_secs(2);

impl BackgroundCheck {
    pub fn start(conn: Connection) -> BackgroundCheck {
        let interrupt = conn.get_interrupt_handle();
        let (start_now, go) = mpsc::channel();
        let handle = std::thread::spawn(move || match go.recv_timeout(DELAY) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => check(&conn),
            Err(RecvTimeoutError::Disconnected) => Ok(()), // cancelled before it started
        });
        BackgroundCheck { handle, interrupt, start_now }
    }

    /// Waits for the verdict (starting the check now if it has not begun).
    pub fn finish(self) -> Result<(), String> {
        let _ = self.start_now.send(());
        self.handle.join().unwrap_or_else(|_| Err("the integrity check stopped unexpectedly".into()))
    }

    /// Stops the check (the store is closing) and waits for its thread.
    pub fn cancel(self) {
        drop(self.start_now);
        self.interrupt.interrupt();
        let _ = self.handle.join();
    }
}
