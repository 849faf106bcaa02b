//! Any bytes given as a corpus CSV import file (see import_check.rs).
#![no_main]

#[path = "import_check.rs"]
mod import_check;

use libfuzzer_sys::fuzz_target;
use peermap::corpus::ExchangeFormat;

fuzz_target!(|bytes: &[u8]| import_check::check_import(bytes, ExchangeFormat::Csv, "csv"));
