#!/usr/bin/env bash
# Release dry run (docs/release.md): everything `npm run release` would do, in a throwaway clone, up to
# but not including the upload. Nothing is published, nothing in this checkout changes.
# Usage: scripts/release-dry-run.sh [work-dir]     (default: a new folder under $TMPDIR)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${1:-$(mktemp -d "${TMPDIR:-/tmp}/nrs-release-XXXXXX")}"
export TURBO_TELEMETRY_DISABLED=1
step() { printf '\n== %s\n' "$*"; }

step "1. fresh clone of the committed tree (a sibling folder: no parent node_modules) -> $work/nrs"
git clone --quiet "$repo" "$work/nrs"
cd "$work/nrs"
npm ci --no-audit --no-fund

step "2. release plan from the pending changesets"
npx changeset status --verbose

step "3. version bump and changelogs (changeset version + lockfile refresh)"
npm run version-packages
git --no-pager diff --stat
for p in packages/*/package.json; do node -e 'const p=require("./'"$p"'"); console.log(p.name.padEnd(18), p.version)'; done

step "4. build, then publint --strict and attw on each packed package"
npm run build
npm run lint

step "5. pack each public package"
mkdir -p "$work/tarballs"
for dir in packages/*/; do
  (cd "$dir" && npm pack --silent --pack-destination "$work/tarballs" >/dev/null)
done
ls -l "$work/tarballs"

step "6. install the tarballs in an empty project and use them as a consumer would"
mkdir -p "$work/consumer" && cd "$work/consumer"
npm init -y >/dev/null
npm install --no-audit --no-fund "$work"/tarballs/*.tgz
node --input-type=module -e '
  for (const name of ["@nrs/core", "@nrs/model", "@nrs/footprint", "@nrs/indicators", "@nrs/report", "@nrs/cli"]) {
    const m = await import(name);
    console.log("import", name.padEnd(16), Object.keys(m).length, "exports");
  }'
node -e 'for (const n of ["@nrs/core","@nrs/model","@nrs/footprint","@nrs/indicators","@nrs/report","@nrs/cli"]) console.log("require", n.padEnd(15), Object.keys(require(n)).length, "exports")'
npx --no-install nrs --version
npx --no-install nrs validate "$work/nrs/examples/val-de-fictive" --quiet >/dev/null && echo "nrs validate on the example: exit 0"

step "7. npm publish --dry-run for every public package (no upload)"
cd "$work/nrs"
# Package by package: tools/* are private workspaces that are never published.
for dir in packages/*/; do
  (cd "$dir" && npm publish --dry-run --access public 2>&1 | grep -E '^npm (notice|warn) (name|version|total files|package size|unpacked size)' || true)
done

step "done: nothing was published. Work folder: $work"
