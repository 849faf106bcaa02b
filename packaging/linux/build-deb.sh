#!/usr/bin/env sh
# Builds the Debian package and prints its path.
# Usage: packaging/linux/build-deb.sh
# Needs cargo-deb (`cargo install cargo-deb --locked`) and dpkg-dev (for dpkg-shlibdeps).
# Honours CARGO_TARGET_DIR; the package lands in $CARGO_TARGET_DIR/debian (target/debian by default).
set -eu
cd "$(dirname "$0")/../.."
target=${CARGO_TARGET_DIR:-target}
case $target in /*) ;; *) target=$(pwd)/$target ;; esac

command -v cargo-deb >/dev/null || {
  echo "build-deb.sh: cargo-deb is missing: cargo install cargo-deb --locked" >&2
  exit 1
}

# The man pages and shell completions, from the command-line definition. The package's
# assets list reads them from target/release/packaging/ (cargo-deb maps target/ to the
# real target directory).
generated="$target/release/packaging"
rm -rf "$generated"
cargo run --quiet --release --example gen_man_and_completions -- "$generated" >/dev/null
gzip -9n "$generated"/man/*.1

# Builds the release binary (strips it) and the package.
deb=$(cargo deb | tail -n 1)
[ -f "$deb" ] || { echo "build-deb.sh: cargo deb made no package" >&2; exit 1; }
echo "$deb"
