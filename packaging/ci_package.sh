#!/usr/bin/env bash
# CI stage: validate the desktop files, build the bundle and the .deb, install it, and
# smoke-run the INSTALLED binary offscreen and under Xvfb (demo diary → Insights → PNG + PDF).
#
#   packaging/ci_package.sh            # install with apt-get (needs root), remove it at the end
#   packaging/ci_package.sh --unpack   # no root: unpack the .deb into a temporary root instead
#
# PYTHON (default .venv/bin/python) is the build venv; PyInstaller is added to it from PyPI
# (the "package" extra) when missing. Set MEASURE_RUNS=0 to skip the cold-start figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
APP_ID=app.connectly.Connectly
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
MODE=install
[[ "${1:-}" == "--unpack" ]] && MODE=unpack
MEASURE_RUNS=${MEASURE_RUNS:-3}
started=$(date +%s)
step() { printf -- '--- %s (%ss)\n' "$1" "$(( $(date +%s) - started ))"; }
fail() { printf 'ci_package: %s\n' "$1" >&2; exit 1; }

WORK=$(mktemp -d /tmp/connectly-package.XXXXXX)
cleanup() {
  if [[ $MODE == install ]] && dpkg -s connectly >/dev/null 2>&1; then
    apt-get remove -y -qq connectly >/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step "validate the .desktop file and the AppStream metainfo"
desktop-file-validate "resources/$APP_ID.desktop"
appstreamcli validate --no-net "resources/$APP_ID.metainfo.xml"

step "PyInstaller in the build venv"
"$PYTHON" -c 'import PyInstaller' 2>/dev/null || "$PYTHON" -m pip install -q -e ".[package]"

step "bundle and .deb"
DEB=$(OUT_DIR="$WORK/out" PYTHON="$PYTHON" packaging/build_deb.sh | tail -1)
[[ -f "$DEB" ]] || fail "no .deb was built"
printf 'bundle %s, .deb %s\n' "$(du -sh build/pyinstaller/dist/connectly | cut -f1)" "$(du -h "$DEB" | cut -f1)"

if [[ $MODE == install ]]; then
  step "apt-get install the .deb"
  apt-get install -y -qq --no-install-recommends "$DEB" >/dev/null
  BIN=/usr/bin/connectly
  PREFIX=""
else
  step "unpack the .deb into a temporary root"
  dpkg-deb -x "$DEB" "$WORK/root"
  BIN="$WORK/root/usr/bin/connectly"
  PREFIX="$WORK/root"
fi
[[ -x "$BIN" ]] || fail "$BIN is missing"
desktop-file-validate "$PREFIX/usr/share/applications/$APP_ID.desktop"
appstreamcli validate --no-net "$PREFIX/usr/share/metainfo/$APP_ID.metainfo.xml" >/dev/null
for size in 16 24 32 48 64 128 256 512; do
  [[ -f "$PREFIX/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" ]] || fail "no ${size}px icon"
done
[[ -f "$PREFIX/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" ]] || fail "no scalable icon"

# The installed app runs with nothing from the build: no venv, no repository on the path,
# its own empty home and config, and no keyring.
APP_HOME="$WORK/home"
mkdir -p "$APP_HOME"
run_app() {
  (cd "$WORK" && env -u PYTHONPATH -u VIRTUAL_ENV HOME="$APP_HOME" CONNECTLY_HOME="$APP_HOME/diary" \
    XDG_CONFIG_HOME="$APP_HOME/.config" XDG_DATA_HOME="$APP_HOME/.local/share" \
    XDG_RUNTIME_DIR="$APP_HOME" "$@")
}

step "installed CLI: version, init, check-in, doctor (frozen migrations, SQLCipher, keyring probe)"
run_app "$BIN" --version
printf 'ci passphrase 42\nci passphrase 42\n' | run_app "$BIN" init --no-keyring --passphrase-stdin >/dev/null
echo 'ci passphrase 42' | run_app "$BIN" checkin --partner 1 --stress 3 --closeness 7 --availability 6 \
  --passphrase-stdin >/dev/null
echo 'ci passphrase 42' | run_app "$BIN" doctor --passphrase-stdin >"$WORK/doctor.txt"
grep -q 'Integrity: *ok' "$WORK/doctor.txt" || fail "doctor on the installed binary: $(cat "$WORK/doctor.txt")"

check_smoke() {  # $1 = platform, $2 = output of the smoke run
  grep -q "^smoke ok (bundle, $1)" <<<"$2" || fail "the $1 smoke did not run the bundle: $2"
  grep -q "report.pdf [0-9,]* bytes" <<<"$2" || fail "the $1 smoke wrote no report PDF: $2"
}

step "smoke: installed binary, offscreen at 2× scale (high-DPI)"
out=$(run_app env QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=2 "$BIN" --smoke-test "$WORK/smoke-offscreen")
echo "$out"
check_smoke offscreen "$out"

step "smoke: installed binary, xcb under Xvfb"
out=$(run_app env QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" "$BIN" --smoke-test "$WORK/smoke-xcb")
echo "$out"
check_smoke xcb "$out"

if [[ $MEASURE_RUNS -gt 0 ]]; then
  step "cold start to the first interactive window (offscreen, median of $MEASURE_RUNS)"
  "$PYTHON" packaging/measure_startup.py --binary "$BIN" --python "$PYTHON" --runs "$MEASURE_RUNS"
fi

if [[ $MODE == install ]]; then
  step "apt-get remove leaves nothing in /opt"
  apt-get remove -y -qq connectly >/dev/null
  [[ ! -e /opt/connectly && ! -e /usr/bin/connectly ]] || fail "removing the package left files behind"
fi
step "packaging stage passed"
