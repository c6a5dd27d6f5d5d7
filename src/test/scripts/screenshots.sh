#!/usr/bin/env bash
# Screenshots of built pages in headless Chromium, to look at the site as a learner would.
# Usage: src/test/scripts/screenshots.sh [SITE_DIR] [OUT_DIR] [page ...]
# Pages are paths inside the site (default: home, a category, two math-heavy topics); each is shot at 390 px and
# 1280 px wide, in light and dark.
set -euo pipefail
site="$(cd "${1:-site}" && pwd)"
out="${2:-target/screenshots}"
shift $(( $# > 2 ? 2 : $# )) || true
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(index.html categories/classical-ml.html topics/bias-variance-tradeoff.html topics/svm.html)
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "screenshots: chromium is not installed (apt-get install chromium)" >&2; exit 1; }
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for page in "${pages[@]}"; do
  name=$(echo "$page" | tr '/.' '__')
  for width in 390 1280; do
    for scheme in light dark; do
      flags=()
      [ "$scheme" = dark ] && flags=(--blink-settings=preferredColorScheme=0)
      [ "$scheme" = light ] && flags=(--blink-settings=preferredColorScheme=1)
      "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$profile" --hide-scrollbars \
        "${flags[@]}" --window-size="$width,2400" --screenshot="$out/$name-$width-$scheme.png" \
        "file://$site/$page" >/dev/null 2>&1
      echo "$out/$name-$width-$scheme.png"
    done
  done
done
