#!/usr/bin/env sh
# Installs peermap for the current user: binary, desktop entry, icons, file type.
# Build first with `cargo build --release`. Usage: packaging/linux/install.sh [PREFIX]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
prefix=${1:-"$HOME/.local"}
install -Dm755 "$here/target/release/peermap" "$prefix/bin/peermap"
install -Dm644 "$here/packaging/linux/peermap.desktop" "$prefix/share/applications/peermap.desktop"
install -Dm644 "$here/packaging/linux/peermap.xml" "$prefix/share/mime/packages/peermap.xml"
for dir in "$here"/packaging/icons/hicolor/*/apps; do
  size=$(basename "$(dirname "$dir")")
  install -Dm644 "$dir/peermap.png" "$prefix/share/icons/hicolor/$size/apps/peermap.png"
done
command -v update-mime-database >/dev/null && update-mime-database "$prefix/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$prefix/share/applications" || true
echo "peermap installed under $prefix"
