//! Writes the man pages and the bash, zsh and fish completions from the command-line
//! definition, for the Debian package: `cargo run --release --example gen_man_and_completions -- OUTDIR`.
//!
//! OUTDIR receives `man/peermap.1` (and one page per subcommand, `man/peermap-check.1`, …)
//! and `completions/peermap.bash`, `completions/_peermap` and `completions/peermap.fish`.

use clap::CommandFactory;
use clap_complete::Shell;
use peermap::cli::Cli;
use std::path::{Path, PathBuf};

fn main() -> std::io::Result<()> {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: gen_man_and_completions OUTDIR");
        std::process::exit(2);
    };
    write_all(&out)?;
    println!("{}", out.display());
    Ok(())
}

/// Writes the man pages to `out/man` and the completions to `out/completions`.
fn write_all(out: &Path) -> std::io::Result<()> {
    let man = out.join("man");
    let completions = out.join("completions");
    std::fs::create_dir_all(&man)?;
    std::fs::create_dir_all(&completions)?;
    clap_mangen::generate_to(Cli::command(), &man)?;
    for shell in [Shell::Bash, Shell::Zsh, Shell::Fish] {
        clap_complete::generate_to(shell, &mut Cli::command(), "peermap", &completions)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(path: PathBuf) -> String {
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn the_man_page_and_every_completion_name_every_subcommand() {
        let dir = tempfile::tempdir().expect("temporary folder");
        write_all(dir.path()).expect("generated");
        let man = read(dir.path().join("man/peermap.1"));
        assert!(man.starts_with(".ie"), "a roff page: {}", &man[..man.len().min(80)]);
        assert!(man.contains("\\-\\-data\\-dir"), "the global --data-dir option is documented");
        let completions = ["peermap.bash", "_peermap", "peermap.fish"]
            .map(|f| read(dir.path().join("completions").join(f)));
        let cli = Cli::command();
        let subcommands: Vec<&str> =
            cli.get_subcommands().map(|c| c.get_name()).filter(|n| *n != "help").collect();
        assert!(subcommands.contains(&"check") && subcommands.contains(&"brief"), "{subcommands:?}");
        for name in subcommands {
            assert!(man.contains(name), "peermap.1 lists {name}");
            assert!(
                dir.path().join(format!("man/peermap-{name}.1")).is_file(),
                "peermap-{name}.1 is written"
            );
            for text in &completions {
                assert!(text.contains(name), "a completion offers {name}");
            }
        }
    }
}
