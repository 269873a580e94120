#!/usr/bin/env bash
# Refresh the translation sources from the code and compile them (connectly/ui/i18n.py).
#
#   packaging/update_translations.sh            # lupdate + lrelease for every resources/i18n/*.ts
#   packaging/update_translations.sh --release  # lrelease only (CI/packaging: .ts → .qm)
#
# Sources (resources/i18n/connectly_<lang>.ts) are edited with pyside6-linguist or by hand;
# the compiled catalogues (connectly/resources/i18n/*.qm) ship inside the Python package.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
[[ -x "$PYTHON" ]] || PYTHON=python3
TOOLS=$(dirname "$("$PYTHON" -c 'import sys; print(sys.executable)')")
mkdir -p connectly/resources/i18n
for ts in resources/i18n/connectly_*.ts; do
  if [[ "${1:-}" != "--release" ]]; then
    "$TOOLS/pyside6-lupdate" -silent -extensions py -no-obsolete -locations relative \
      connectly/ui connectly/charts connectly/report -ts "$ts"
  fi
  "$TOOLS/pyside6-lrelease" -silent "$ts" -qm "connectly/resources/i18n/$(basename "${ts%.ts}").qm"
done
ls -l connectly/resources/i18n/
