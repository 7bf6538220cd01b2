#!/usr/bin/env bash
# The Debian package of a one-folder bundle: the bundle in /opt, a `workbench` command, a desktop entry with
# its icon, and the MIME type of workspaces (*.eaw) so that a double-click opens them in the workbench.
#
#   installers/linux/build-deb.sh BUNDLE_DIR OUTPUT_DIR ICON_DIR
#
# Desktop and MIME databases are refreshed by the file triggers of desktop-file-utils and shared-mime-info:
# the package needs no maintainer scripts.
set -euo pipefail
bundle=$(realpath "$1"); out=$(realpath -m "$2"); icons=$(realpath "$3")
here=$(dirname "$(realpath "$0")")
version=$("$bundle/workbench" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
name=energy-audit-workbench
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

install -d "$root/opt/$name" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/mime/packages" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/scalable/mimetypes" \
  "$root/usr/share/doc/$name" "$root/DEBIAN"
cp -a "$bundle/." "$root/opt/$name/"
ln -s "/opt/$name/workbench" "$root/usr/bin/workbench"
install -m 644 "$here/$name.desktop" "$root/usr/share/applications/$name.desktop"
install -m 644 "$here/$name.xml" "$root/usr/share/mime/packages/$name.xml"
install -m 644 "$icons/workbench.svg" "$root/usr/share/icons/hicolor/scalable/apps/$name.svg"
install -m 644 "$icons/workbench.svg" "$root/usr/share/icons/hicolor/scalable/mimetypes/application-x-energy-audit-workspace.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -d "$root/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$icons/workbench-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$name.png"
done
install -m 644 "$here/copyright" "$root/usr/share/doc/$name/copyright"
size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@SIZE@/$size_kb/" "$here/control.in" > "$root/DEBIAN/control"
# Files as root's, whoever builds; directories 755 and files 644 but the executables.
find "$root" -type d -exec chmod 755 {} +
mkdir -p "$out"
deb="$out/${name}_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb"
