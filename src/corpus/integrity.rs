//! The integrity check of a corpus file, before anything writes to it:
//! SQLite's own check of its structure, then every stored record read back
//! as a model (damage inside a record leaves the structure intact).
//!
//! It reads the whole file, so a large corpus (100,000 models is a few
//! hundred megabytes) is checked on a background thread: the store opens
//! and answers queries at once, and its first write waits for the verdict
//! (and is refused if the file is damaged). The command line waits for it
//! before it reads anything.

use super::model::Model;
use rusqlite::{Connection, InterruptHandle};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread::JoinHandle;
use std::time::Duration;

/// Files up to this size are checked before `Store::open` returns.
pub const FOREGROUND_LIMIT: u64 = 16 * 1024 * 1024;

/// How many unreadable records a verdict names.
const NAMED: usize = 5;

/// Runs `PRAGMA quick_check` (structure of every table and index, and the
/// full-text index), then reads every record, and returns what is wrong.
pub fn check(conn: &Connection) -> Result<(), String> {
    let report: rusqlite::Result<Vec<String>> =
        conn.prepare("PRAGMA quick_check(5)").and_then(|mut s| s.query_map([], |row| row.get(0))?.collect());
    match report {
        Ok(lines) if lines == ["ok"] => check_records(conn),
        Ok(lines) => Err(format!("integrity check: {}", lines.join("; "))),
        Err(err) => Err(format!("integrity check failed: {err}")),
    }
}

/// Every model has its record, and every record reads as a model.
fn check_records(conn: &Connection) -> Result<(), String> {
    let count = |table: &str| {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| row.get::<_, i64>(0))
            .map_err(|err| format!("the {table} table cannot be read: {err}"))
    };
    let (models, records) = (count("model")?, count("model_record")?);
    if models != records {
        return Err(format!("{models} models but {records} stored records"));
    }
    let mut statement = conn
        .prepare("SELECT id, record FROM model JOIN model_record USING (pk)")
        .map_err(|err| format!("the stored records cannot be read: {err}"))?;
    let mut rows = statement.query([]).map_err(|err| format!("the stored records cannot be read: {err}"))?;
    let mut unreadable = Vec::new();
    let mut total = 0usize;
    loop {
        let row = match rows.next() {
            Ok(Some(row)) => row,
            Ok(None) => break,
            Err(err) => return Err(format!("the stored records cannot be read: {err}")),
        };
        let id: String = row.get(0).unwrap_or_else(|_| "(unreadable id)".into());
        let readable = match row.get_ref(1).map(|value| value.as_str()) {
            Ok(Ok(text)) => serde_json::from_str::<Model>(text).is_ok(),
            _ => false,
        };
        if !readable {
            total += 1;
            if unreadable.len() < NAMED {
                unreadable.push(format!("`{id}`"));
            }
        }
    }
    match total {
        0 => Ok(()),
        1 => Err(format!("the stored record of {} cannot be read", unreadable[0])),
        n => Err(format!(
            "{n} stored records cannot be read ({}{})",
            unreadable.join(", "),
            if n > NAMED { ", …" } else { "" }
        )),
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

    /// Whether the verdict is ready (`finish` will not wait).
    pub fn is_done(&self) -> bool {
        self.handle.is_finished()
    }

    /// Stops the check (the store is closing) and waits for its thread.
    pub fn cancel(self) {
        drop(self.start_now);
        self.interrupt.interrupt();
        let _ = self.handle.join();
    }
}
