#!/usr/bin/env bash
# Build Connectly.app and a .dmg on macOS.
#
# *** UNTESTED ***  Written from the PyInstaller and hdiutil documentation; it has never run
# (the project's CI is Linux only). See packaging/README.md, "macOS".
#
#   packaging/macos/build_app.sh         # from the repository root, on macOS 12+ with Python 3.11
#
# Result: build/macos/Connectly-<version>.dmg holding Connectly.app and a link to /Applications.
# The app is not signed or notarised: Gatekeeper will ask on first open (right-click ▸ Open).
# To sign: codesign --deep --force --options runtime --sign "Developer ID Application: …" \
#   build/pyinstaller/dist/Connectly.app, then notarytool submit --wait and stapler staple.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ "$(uname -s)" == Darwin ]] || { echo "build_app.sh runs on macOS only" >&2; exit 1; }

PYTHON=${PYTHON:-.venv/bin/python}
if [[ ! -x "$PYTHON" ]]; then
  python3.11 -m venv .venv
  PYTHON=.venv/bin/python
fi
"$PYTHON" -m pip install -q -e ".[package]"
VERSION=$("$PYTHON" -c 'import connectly; print(connectly.__version__)')

# The spec adds a windowed "Connectly" launcher and a BUNDLE step on macOS.
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/connectly.spec
APP=build/pyinstaller/dist/Connectly.app
[[ -d "$APP" ]] || { echo "PyInstaller made no $APP" >&2; exit 1; }

# A quick self-check of the bundle before packing it: the demo diary, Insights, PNG and PDF.
out=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/connectly" --smoke-test "$out"
rm -rf "$out"

STAGE=$(mktemp -d)
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
mkdir -p build/macos
DMG="build/macos/Connectly-$VERSION.dmg"
rm -f "$DMG"
hdiutil create -volname "Connectly $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"
echo "$DMG"
