#!/usr/bin/env bash
# macOS: the .app bundle that PyInstaller made (installers/workbench.spec, BUNDLE) finished with our
# Info.plist (the .eaw document type) and its French and English localisations, optionally signed and
# notarised, then packed in a .dmg with a link to /Applications.
#
#   installers/macos/build-app.sh build/dist build/packages
#
# Signing and notarisation run only when their secrets are set (the workflow passes them from the
# repository's secrets; without them the .dmg is unsigned and Gatekeeper asks the user to confirm):
#   MACOS_CERTIFICATE (base64 of a Developer ID Application .p12), MACOS_CERTIFICATE_PASSWORD,
#   MACOS_SIGNING_IDENTITY ("Developer ID Application: … (TEAMID)"),
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD (an app-specific password) for notarytool.
set -euo pipefail
dist=$(cd "$1" && pwd); out=$2
here=$(cd "$(dirname "$0")" && pwd)
app="$dist/Energy Audit Workbench.app"
test -d "$app" || { echo "no $app: run make installer on macOS first" >&2; exit 1; }
version=$("$app/Contents/MacOS/workbench" --version | awk '{print $NF}')

sed "s/@VERSION@/$version/g" "$here/Info.plist" > "$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
for language in fr en; do
  mkdir -p "$app/Contents/Resources/$language.lproj"
  cp "$here/$language.lproj/InfoPlist.strings" "$app/Contents/Resources/$language.lproj/"
done
cp "$here/../../build/icons/workbench.icns" "$app/Contents/Resources/workbench.icns"

if [ -n "${MACOS_CERTIFICATE:-}" ] && [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
  keychain="$RUNNER_TEMP/signing.keychain-db"
  password=$(uuidgen)
  echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
  security create-keychain -p "$password" "$keychain"
  security set-keychain-settings -lut 21600 "$keychain"
  security unlock-keychain -p "$password" "$keychain"
  security import "$RUNNER_TEMP/certificate.p12" -P "$MACOS_CERTIFICATE_PASSWORD" -A -t cert -f pkcs12 -k "$keychain"
  security list-keychain -d user -s "$keychain"
  codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$app"
  codesign --verify --deep --strict "$app"
else
  echo "macOS: no signing secrets, the .app is left unsigned"
fi

mkdir -p "$out"
dmg="$out/energy-audit-workbench-$version.dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Energy Audit Workbench" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait
  xcrun stapler staple "$dmg"
else
  echo "macOS: no notarisation secrets, the .dmg is not notarised"
fi
echo "$dmg"
