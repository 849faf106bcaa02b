use clap::Parser;

fn main() -> std::process::ExitCode {
    peermap::cli::run(peermap::cli::Cli::parse())
}
