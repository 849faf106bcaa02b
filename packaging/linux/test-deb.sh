#!/usr/bin/env bash
# Builds the Debian package, runs lintian on it, installs it with apt into a fresh
# Debian root (debootstrap, same release as this machine) and checks it there: the
# commands, the man page, the desktop entry, the file type, a window under Xvfb, and
# that removing and purging the package leaves none of its files behind.
#
# Usage (as root: debootstrap, chroot and mounts need it): packaging/linux/test-deb.sh
# The bare root is made once and kept in $HOME/.cache/peermap/debroot (with the
# downloaded .debs); every run installs into a fresh copy of it. The window's
# screenshot is copied to /tmp/deb-screenshot.png. Exits non-zero on the first failure.
set -euo pipefail

here=$(cd "$(dirname "$0")/../.." && pwd)
cache=$HOME/.cache/peermap/debroot
mirror=http://deb.debian.org/debian
. /etc/os-release
release=${VERSION_CODENAME:?no VERSION_CODENAME in /etc/os-release}
screenshot_out=/tmp/deb-screenshot.png

fail() { echo "test-deb.sh: FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
passed=()
pass() { passed+=("$1"); echo "ok: $1"; }

[ "$(id -u)" = 0 ] || fail "run as root (debootstrap and chroot need it)"
missing=()
for tool in debootstrap:debootstrap lintian:lintian dpkg-shlibdeps:dpkg-dev; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "Installing ${missing[*]} on this machine"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
fi

step "Building the package"
deb=$("$here/packaging/linux/build-deb.sh")
[ -f "$deb" ] || fail "no package at '$deb'"
echo "$deb"
deb_size=$(stat -c %s "$deb")
installed_kib=$(dpkg-deb -f "$deb" Installed-Size)
dpkg-deb -f "$deb" Depends Recommends

step "lintian"
lintian_out=$(lintian --tag-display-limit 0 "$deb" 2>&1 || true)
echo "${lintian_out:-(no tags)}"
lintian_errors=$(grep -c '^E:' <<<"$lintian_out" || true)
lintian_warnings=$(grep -c '^W:' <<<"$lintian_out" || true)
[ "$lintian_errors" = 0 ] || fail "lintian reports $lintian_errors error(s)"
pass "lintian: no errors ($lintian_warnings warning(s))"

step "The clean $release root"
base=$cache/$release
if [ ! -f "$base/.peermap-complete" ]; then
  rm -rf "$base.partial"
  mkdir -p "$cache"
  debootstrap --variant=minbase "$release" "$base.partial" "$mirror"
  touch "$base.partial/.peermap-complete"
  rm -rf "$base"
  mv "$base.partial" "$base"
fi
work=$(mktemp -d /var/tmp/peermap-debroot.XXXXXX)
root=$work/root
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
cp -a "$base" "$root"
rm -f "$root/.peermap-complete"
bind() { mkdir -p "$2"; mount --bind "$1" "$2"; mounts+=("$2"); }
mkdir -p "$root/proc" "$cache/archives/partial"
mount -t proc proc "$root/proc"; mounts+=("$root/proc")
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
bind "$cache/archives" "$root/var/cache/apt/archives"
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
echo "fresh copy at $root"

# Runs a command in the root with a clean environment.
in_root() {
  chroot "$root" /usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}
apt_in_root() { in_root apt-get -o Dpkg::Use-Pty=0 -q "$@"; }

step "apt-get install ./$(basename "$deb") in the root"
apt_in_root update >/dev/null
cp "$deb" "$root/tmp/"
in_root sh -c "cd /tmp && apt-get -o Dpkg::Use-Pty=0 -q install -y ./$(basename "$deb")" >"$work/install.log" 2>&1 ||
  { tail -n 30 "$work/install.log"; fail "apt-get install"; }
grep -E '^(The following NEW packages|[0-9]+ upgraded)' -A 12 "$work/install.log" | grep -v '^Need to get' | head -n 14
in_root dpkg -s peermap >/dev/null || fail "peermap is not installed"
pass "apt-get install resolves the dependencies from the archive"

step "The libraries the window loads at run time are installed"
libraries=$(in_root ldconfig -p)
for soname in libEGL.so.1 libX11.so.6 libX11-xcb.so.1 libxcb.so.1 libXcursor.so.1 libXi.so.6 \
  libxkbcommon.so.0 libxkbcommon-x11.so.0 libwayland-client.so.0 libwayland-egl.so.1; do
  grep -q "$soname " <<<"$libraries" || fail "$soname is not installed by the package's dependencies"
done
pass "every library the window loads is pulled in by the package"

step "Commands"
examples=/usr/share/peermap/examples
example=$examples/chw-outreach.peermap.json
in_root sh -c "ls $examples/*.peermap.json" || fail "no example designs in $examples"
version=$(in_root peermap --version) || fail "peermap --version"
echo "$version"
[ "$version" = "peermap $(dpkg-deb -f "$deb" Version | sed 's/-[^-]*$//')" ] || fail "version '$version'"
pass "peermap --version: $version"
for design in "$root"$examples/*.peermap.json; do
  in_root peermap check "${design#"$root"}" >/dev/null || fail "peermap check ${design#"$root"}"
done
in_root peermap check "$example" | head -n 5
pass "peermap check on every installed example"

mkdir -p "$root/tmp/peermap-test"
similar=$(in_root sh -c "cd /tmp/peermap-test && peermap --data-dir /tmp/peermap-test/data similar $example --top 3") ||
  fail "peermap similar"
echo "$similar" | head -n 3
grep -q '^ 1\. ' <<<"$similar" || fail "peermap similar lists no model"
pass "peermap similar (fresh data directory)"
in_root sh -c "cd /tmp/peermap-test && peermap --data-dir /tmp/peermap-test/data brief $example -o x.pdf" ||
  fail "peermap brief"
[ "$(head -c 5 "$root/tmp/peermap-test/x.pdf")" = "%PDF-" ] || fail "x.pdf is not a PDF"
pass "peermap brief -o x.pdf ($(stat -c %s "$root/tmp/peermap-test/x.pdf") bytes)"

step "Installing the test tools in the root (man-db, desktop-file-utils, xdg-utils, shared-mime-info, xvfb)"
apt_in_root install -y --no-install-recommends man-db desktop-file-utils xdg-utils shared-mime-info \
  libfile-mimeinfo-perl xvfb xauth 2>&1 | tail -n 1

step "man peermap"
man_text=$(in_root env MANWIDTH=80 man -P cat peermap 2>&1) || fail "man peermap: $man_text"
echo "$man_text" | head -n 8
grep -q 'SYNOPSIS' <<<"$man_text" && grep -q 'check' <<<"$man_text" || fail "man peermap does not render"
in_root env MANWIDTH=80 man -P cat peermap-brief >/dev/null 2>&1 || fail "man peermap-brief"
pass "man peermap renders (and man peermap-brief)"

step "Desktop entry"
in_root desktop-file-validate /usr/share/applications/peermap.desktop || fail "desktop-file-validate"
grep -q '^Comment\[fr\]=' "$root/usr/share/applications/peermap.desktop" || fail "no Comment[fr]"
pass "desktop-file-validate /usr/share/applications/peermap.desktop"

step "File type"
in_root cp "$example" /tmp/peermap-test/some.peermap.json
filetype=$(in_root xdg-mime query filetype /tmp/peermap-test/some.peermap.json)
echo "xdg-mime query filetype some.peermap.json: $filetype"
[ "$filetype" = application/x-peermap+json ] || fail "file type '$filetype'"
default=$(in_root xdg-mime query default application/x-peermap+json)
echo "xdg-mime query default application/x-peermap+json: $default"
[ "$default" = peermap.desktop ] || fail "default application '$default'"
pass "xdg-mime: *.peermap.json is application/x-peermap+json, opened by peermap.desktop"

step "The window under Xvfb"
rm -f "$screenshot_out"
in_root xvfb-run -a -s "-screen 0 1280x800x24" \
  peermap --data-dir /tmp/peermap-test/gui --screenshot /tmp/peermap-test/shot.png ||
  fail "peermap --screenshot under Xvfb"
[ "$(head -c 8 "$root/tmp/peermap-test/shot.png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
  fail "the screenshot is not a PNG"
cp "$root/tmp/peermap-test/shot.png" "$screenshot_out"
pass "peermap --screenshot writes a PNG under Xvfb ($(stat -c %s "$screenshot_out") bytes, copied to $screenshot_out)"

step "Remove and purge"
in_root dpkg -L peermap >"$work/files"
apt_in_root remove -y peermap 2>&1 | tail -n 1
in_root dpkg --purge peermap 2>&1 | tail -n 1
in_root dpkg -s peermap >/dev/null 2>&1 && fail "peermap is still installed"
left=()
while IFS= read -r path; do
  [ -n "$path" ] && [ "$path" != /. ] || continue
  if [ -e "$root$path" ] || [ -L "$root$path" ]; then
    # Shared folders (usr/share/man/man1, …) stay; our own files and folders must not.
    if [ ! -d "$root$path" ] || [[ $path == */peermap || $path == */peermap/* ]]; then left+=("$path"); fi
  fi
done <"$work/files"
[ ${#left[@]} = 0 ] || fail "left behind after purge: ${left[*]}"
if grep -rqs 'x-peermap' "$root/usr/share/mime" "$root/usr/share/applications/mimeinfo.cache"; then
  fail "the file type is still registered after purge"
fi
pass "remove + purge leave none of the package's $(wc -l <"$work/files") paths behind (and unregister the file type)"

step "Summary"
echo "package:        $deb"
echo "package size:   $deb_size bytes ($((deb_size / 1024)) KiB)"
echo "installed size: $installed_kib KiB (Installed-Size)"
echo "lintian:        $lintian_errors error(s), $lintian_warnings warning(s)"
grep -E '^[WI]:' <<<"$lintian_out" | sed 's/^/                /' || true
echo "checks passed:"
for p in "${passed[@]}"; do echo "  - $p"; done
echo "screenshot:     $screenshot_out"
