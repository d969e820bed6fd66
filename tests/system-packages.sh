#!/usr/bin/env bash
# The Debian packages `make serve` or `make test` needs, installed with apt where we run as root;
# otherwise, if any is missing, stop and print the exact command to run.
#   tests/system-packages.sh serve|test
set -euo pipefail

# Pango and HarfBuzz for WeasyPrint, which draws the printed items' PDFs and share images.
serve=(python3-venv libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig)
# Browsers (Chromium, Firefox ESR, WebKitGTK's WebDriver on a virtual screen), the fonts every script
# needs, Java for the Nu HTML Checker, openssl for the tests' HTTPS stand-in, GNU gettext (msgfmt, msgcat)
# to check catalogues as translators' tools read them, nginx and Apache to serve the built site with the
# snippets the build writes (media-types gives Apache its file types), poppler-utils to read the printed items'
# PDFs back (pdfinfo, pdffonts, pdftotext, pdftoppm), and Node.js for the tools.
test=("${serve[@]}" chromium firefox-esr webkit2gtk-driver xvfb xauth openssl fonts-noto-core fonts-noto-cjk
      default-jre-headless gettext nginx-light apache2-bin media-types poppler-utils)
command -v npm >/dev/null || test+=(nodejs npm)

case "${1:-}" in
  serve) wanted=("${serve[@]}") ;;
  test) wanted=("${test[@]}") ;;
  *) echo "usage: $0 serve|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
  echo "These system packages are missing: ${missing[*]}" >&2
  echo "Install them, then run make again:" >&2
  echo "  sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
