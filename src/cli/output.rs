//! Writing the command line's output so that a reader who stops early (a
//! pipe into `head`) ends the command quietly, as Unix tools do, instead of
//! a panic on the closed pipe.

use crate::i18n::tr_args;
use std::io::{ErrorKind, Write};

/// Writes `text` to standard output; a closed pipe ends the process with
/// exit code 0, any other write error with 1 and a message.
pub fn emit(text: &str) {
    let mut out = std::io::stdout().lock();
    let written = out.write_all(text.as_bytes()).and_then(|()| out.flush());
    match written {
        Ok(()) => {}
        Err(err) if err.kind() == ErrorKind::BrokenPipe => std::process::exit(0),
        Err(err) => {
            eprintln!("{}", tr_args("cli-output-failed", &[("detail", err.to_string().into())]));
            std::process::exit(1);
        }
    }
}

/// Prints "error: …" in the language spoken, on standard error.
pub fn error(detail: impl std::fmt::Display) {
    eprintln!("{}", tr_args("cli-error", &[("detail", detail.to_string().into())]));
}

/// [`emit`] with a line break, for `outln!`.
pub fn emit_line(text: &str) {
    emit(&format!("{text}\n"));
}

/// `println!` that ends quietly on a closed pipe.
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::cli::output::emit_line(&format!($($arg)*))
    };
}
pub(crate) use outln;
