#!/bin/sh
# Runs a TypeScript script from its pre-built bundle, started from a V8 start-up snapshot of that
# bundle when there is one (what `npm run extract` does):
#   sh scripts/bundled.sh [node flags…] -- scripts/extract.ts [args…]
# The snapshot holds the heap as it was after the bundle's modules were loaded, so a start does
# not evaluate ~5 MB of modules and rebuild their tables (lib/build/snapshot-entry.mjs). Node
# must be given a snapshot when it starts, hence this shell step. Without a snapshot, or when it
# is stale (exit 86 from the snapshot's own check, before any output) or Node refuses it (exit
# 14: another Node version or other flags), the script runs as `node scripts/bundled.mjs`, which
# rebuilds what is stale, the snapshot included (BUNDLED_SNAPSHOT=1).
flags=""
while [ "$#" -gt 0 ] && [ "$1" != "--" ]; do
  flags="$flags $1"
  shift
done
[ "$#" -gt 0 ] && shift
script=${1:?usage: sh scripts/bundled.sh [node flags...] -- <script.ts> [args...]}
shift
root=$(cd "$(dirname "$0")/.." && pwd)
# The name lib/build/snapshot.mjs gives it: the script's path without extension, / as __.
name=$(printf '%s' "$script" | sed -e 's#^\./##' -e 's#\.[cm]\{0,1\}tsx\{0,1\}$##' -e 's#/#__#g')
blob="$root/node_modules/.cache/bundled/$name.blob"
if [ -f "$blob" ]; then
  # shellcheck disable=SC2086 # the flags are separate words
  node $flags --snapshot-blob "$blob" "$root" "$script" "$@"
  status=$?
  if [ "$status" -ne 86 ] && [ "$status" -ne 14 ]; then exit "$status"; fi
fi
# shellcheck disable=SC2086
BUNDLED_SNAPSHOT=1 exec node $flags "$root/scripts/bundled.mjs" "$script" "$@"
