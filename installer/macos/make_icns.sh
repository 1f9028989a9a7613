#!/bin/sh
# macOS: render the app icon and turn it into build/icons/crm-desktop.icns (used by the spec).
# Needs iconutil (comes with Xcode's command line tools). Run from the repository root.
set -eu
python=${PYTHON:-.venv/bin/python}
"$python" installer/make_icons.py build/icons
iconutil -c icns -o build/icons/crm-desktop.icns build/icons/crm-desktop.iconset
echo "build/icons/crm-desktop.icns"
