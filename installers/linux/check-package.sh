#!/usr/bin/env bash
# The Debian package as a user gets it: unpacked into a scratch root (dpkg -x, the files `dpkg -i` would
# install), its desktop entry and MIME type checked, the installed binary's smoke test run on the demo
# offscreen, a French report written by its command line and read back, and every bundled resource checked.
#
#   installers/linux/check-package.sh PACKAGE.deb
set -euo pipefail
deb=$(realpath "$1")
here=$(dirname "$(realpath "$0")")
repo=$(realpath "$here/../..")
python=${PYTHON:-$repo/.venv/bin/python}
root=$(mktemp -d)
work=$(mktemp -d)
trap 'rm -rf "$root" "$work"' EXIT
name=energy-audit-workbench

dpkg-deb --info "$deb" | grep -q "Package: $name"
dpkg -x "$deb" "$root"
bin="$root/opt/$name/workbench"
test -x "$bin" || { echo "package check: no executable at /opt/$name/workbench" >&2; exit 1; }
test "$(readlink "$root/usr/bin/workbench")" = "/opt/$name/workbench"
test -f "$root/usr/share/icons/hicolor/256x256/apps/$name.png"
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$root/usr/share/applications/$name.desktop"
fi
grep -q 'glob pattern="\*.eaw"' "$root/usr/share/mime/packages/$name.xml"
grep -q '^MimeType=application/x-energy-audit-workspace;' "$root/usr/share/applications/$name.desktop"

"$python" "$repo/installers/check_bundle.py" "$root/opt/$name"

export QT_QPA_PLATFORM=offscreen WORKBENCH_SETTINGS="$work/settings.ini" HOME="$work/home"
mkdir -p "$HOME"
"$bin" --version
"$bin" --smoke-test --lang fr    # opens the demo, draws the first site page and its charts, exits 0
if command -v xvfb-run >/dev/null 2>&1; then
  # On a real X server too: the xcb plug-in with the system's X libraries (the bundle leaves those out)
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1366x768x24" "$bin" --smoke-test --lang en
fi
"$bin" demo "$work/demo.eaw" >/dev/null
"$bin" report "$work/demo.eaw" --site 1 --lang fr --out "$work/rapport.docx"
"$python" "$repo/installers/check_report.py" "$work/rapport.docx" fr
# The demo's solar site has a PV study: its report simulates it with the bundled pvlib, SciPy and pandas
"$bin" report "$work/demo.eaw" --site "Soltherm Chauffe-eau" --lang en --out "$work/solar.docx"
"$python" -c "import docx, sys; t = [p.text for p in docx.Document(sys.argv[1]).paragraphs]; \
assert 'Rooftop photovoltaics against the load curve' in t, 'no PV section'" "$work/solar.docx"
if command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; then
  # The PDF through LibreOffice, with the contents' page numbers read back by the bundled pypdf
  "$bin" report "$work/demo.eaw" --cluster 1 --lang en --out "$work/synthesis.pdf"
  "$python" "$repo/installers/check_report.py" "$work/synthesis.pdf" en cluster
fi
# A load curve through the bundled zone data (PYTHONTZPATH empty: not the system's /usr/share/zoneinfo)
PYTHONTZPATH= "$bin" import-load-curve "$work/demo.eaw" "$repo/tests/data/fluvius-be/"*kwartiertotalen.csv \
  --site 1 --tz Europe/Brussels --json > "$work/curve.json"
"$python" -c "import json, sys; d = json.load(open(sys.argv[1])); assert d['stored'] and d['rows'] == 3848, d" "$work/curve.json"
echo "package check: $deb installs, starts, draws the demo, writes a French report, simulates PV and stores a load curve"
