#!/usr/bin/env bash
# Build Connectly's PyInstaller bundle and a Debian package from it (packaging/README.md).
#
#   packaging/build_deb.sh                 # bundle + .deb into build/
#   packaging/build_deb.sh --skip-bundle   # reuse build/pyinstaller/dist/connectly
#
# Environment: PYTHON (default: .venv/bin/python, else python3) must have Connectly and
# PyInstaller installed: pip install -e ".[package]". OUT_DIR (default build/) receives the .deb.
# Needs: objdump (binutils), dpkg-deb with zstd (Debian 12+).
set -euo pipefail
umask 022

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
APP_ID=app.connectly.Connectly
BUILD="$ROOT/build"
OUT_DIR=${OUT_DIR:-$BUILD}
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x "$ROOT/.venv/bin/python" ]]; then PYTHON="$ROOT/.venv/bin/python"; else PYTHON=python3; fi
fi
SKIP_BUNDLE=0
[[ "${1:-}" == "--skip-bundle" ]] && SKIP_BUNDLE=1

say() { printf '[build_deb] %s\n' "$*" >&2; }

VERSION=$("$PYTHON" -c 'import connectly; print(connectly.__version__)')
ARCH=$(dpkg --print-architecture)
BUNDLE="$BUILD/pyinstaller/dist/connectly"

if [[ $SKIP_BUNDLE -eq 0 ]]; then
  "$PYTHON" -c 'import PyInstaller' 2>/dev/null || {
    say "PyInstaller is missing: $PYTHON -m pip install -e \".[package]\""
    exit 1
  }
  say "PyInstaller bundle (Connectly $VERSION) ..."
  started=$(date +%s)
  "$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/pyinstaller/dist" --workpath "$BUILD/pyinstaller/work" \
    packaging/connectly.spec
  say "bundle built in $(( $(date +%s) - started )) s: $(du -sh "$BUNDLE" | cut -f1)"
fi
[[ -x "$BUNDLE/connectly" ]] || { say "no bundle at $BUNDLE"; exit 1; }

# --- lay out the package tree -------------------------------------------------------------
STAGE="$BUILD/deb/connectly_${VERSION}_${ARCH}"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/metainfo" "$STAGE/usr/share/doc/connectly" "$STAGE/usr/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/opt/connectly"
# The bootloader finds its _internal folder through /proc/self/exe, so a symlink is enough.
# Relative, so the tree also runs when unpacked into a temporary root (CI).
ln -s ../../opt/connectly/connectly "$STAGE/usr/bin/connectly"
install -m 0644 "resources/$APP_ID.desktop" "$STAGE/usr/share/applications/$APP_ID.desktop"
install -m 0644 "resources/$APP_ID.metainfo.xml" "$STAGE/usr/share/metainfo/$APP_ID.metainfo.xml"
install -m 0644 "resources/icons/$APP_ID.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/hicolor/*/apps/"$APP_ID".png; do
  size_dir=$(basename "$(dirname "$(dirname "$png")")")
  install -D -m 0644 "$png" "$STAGE/usr/share/icons/hicolor/$size_dir/apps/$APP_ID.png"
done
cat >"$STAGE/usr/share/doc/connectly/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Connectly

Files: *
Copyright: Connectly developers
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3.

Files: opt/connectly/_internal/connectly/resources/fonts/*
Copyright: 2003 Bitstream, Inc.; DejaVu changes are in the public domain
License: bitstream-vera
 See opt/connectly/_internal/connectly/resources/fonts/LICENSE-DejaVu.txt.

Files: opt/connectly/_internal/*
Comment: Bundled third-party runtime (Python, Qt/PySide6, SQLCipher, NumPy and
 others) under their own licences, as shipped in their upstream wheels.
EOF
# Uniform permissions whatever the build machine's umask or wheel modes were.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -perm /111 -exec chmod 0755 {} +
find "$STAGE" -type f ! -perm /111 -exec chmod 0644 {} +

# --- control file ---------------------------------------------------------------------------
# The newest glibc symbol version any bundled ELF file asks for becomes the libc6 floor.
GLIBC=$(find "$STAGE/opt/connectly" -type f \( -name '*.so*' -o -name connectly \) -print0 \
  | xargs -0 -n 50 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' \
  | sort -Vu | tail -1)
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
# PyInstaller leaves out libGL/libEGL/libxcb on purpose, and xcb helper libraries when the build
# host lacks them, so they are all dependencies (ECOSYSTEM.md).
DEPENDS="libc6 (>= ${GLIBC:-2.36}), libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, \
libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, \
libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, \
libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-util1, libxcb-xfixes0, libxcb-xkb1, fonts-dejavu-core"
cat >"$STAGE/DEBIAN/control" <<EOF
Package: connectly
Version: ${VERSION}-1
Architecture: ${ARCH}
Maintainer: Connectly developers <connectly@localhost>
Installed-Size: ${INSTALLED_KB}
Depends: ${DEPENDS}
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1, gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: private, encrypted diary for couples
 Each partner logs a short daily check-in: stress, closeness and how much
 they had to give to the relationship. Charts show how stressful days tended
 to be followed by less close ones, and a printable report helps in couples
 therapy. The diary is encrypted (SQLCipher) and never leaves the computer;
 Connectly uses no network.
EOF

mkdir -p "$OUT_DIR"
DEB="$OUT_DIR/connectly_${VERSION}-1_${ARCH}.deb"
started=$(date +%s)
dpkg-deb --root-owner-group -Zzstd --build "$STAGE" "$DEB" >/dev/null
say "package built in $(( $(date +%s) - started )) s: $DEB ($(du -h "$DEB" | cut -f1))"
echo "$DEB"
