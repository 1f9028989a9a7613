#!/bin/sh
# macOS: build crm-desktop.app and pack it into dist/crm-desktop-<version>-macos-<arch>.dmg.
# Run from the repository root on a Mac with Python 3.12+ (python.org or Homebrew) and Xcode's
# command line tools. The .dmg opens as a window holding the app and an Applications link: the
# user drags one onto the other. Signing/notarising (optional, needs an Apple developer account):
#   SIGN_IDENTITY="Developer ID Application: ..." installer/macos/make_dmg.sh
set -eu
[ -d .venv ] || python3 -m venv .venv
python=.venv/bin/python
"$python" -m pip install --quiet -e '.[installer]'
make translations
installer/macos/make_icns.sh
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/crm-desktop.spec
app=dist/crm-desktop.app
dist/crm-desktop.app/Contents/MacOS/crm-desktop --self-test

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --deep --force --options runtime --timestamp --sign "$SIGN_IDENTITY" "$app"
fi

version=$("$python" -c 'import crm_desktop; print(crm_desktop.__version__)')
dmg="dist/crm-desktop-$version-macos-$(uname -m).dmg"
stage=build/dmg
rm -rf "$stage" "$dmg"
mkdir -p "$stage"
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
hdiutil create -volname "crm-desktop $version" -srcfolder "$stage" -fs HFS+ \
    -format UDZO -imagekey zlib-level=9 -ov "$dmg"
rm -rf "$stage"

if [ -n "${SIGN_IDENTITY:-}" ]; then
    codesign --force --sign "$SIGN_IDENTITY" "$dmg"
    # Then, with a keychain profile made by `xcrun notarytool store-credentials`:
    #   xcrun notarytool submit "$dmg" --keychain-profile PROFILE --wait
    #   xcrun stapler staple "$dmg"
fi
echo "$dmg"
