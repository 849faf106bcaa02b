//! Work done on a thread of its own so the window stays responsive, and
//! its result picked up by polling once a frame.

use std::sync::mpsc::{self, Receiver, TryRecvError};

/// A result being worked out on another thread.
pub struct Worker<T> {
    result: Receiver<T>,
}

impl<T: Send + 'static> Worker<T> {
    pub fn spawn(work: impl FnOnce() -> T + Send + 'static) -> Self {
        let (sender, result) = mpsc::channel();
        std::thread::spawn(move || {
            let _ = sender.send(work());
        });
        Worker { result }
    }

    /// The result once the work is done; `lost` stands in if the thread ended without one.
    pub fn poll(&self, lost: impl FnOnce() -> T) -> Option<T> {
        match self.result.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(lost()),
        }
    }

    /// Waits for the result (tests and the command line).
    pub fn wait(&self, lost: impl FnOnce() -> T) -> T {
        self.result.recv().unwrap_or_else(|_| lost())
    }
}
