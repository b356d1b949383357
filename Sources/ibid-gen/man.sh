#!/usr/bin/env bash
# Regenerates docs/ibid.1 in one step: swift-argument-parser's generate-manual plugin writes the
# page from ibid's command definitions, then `ibid-gen man` adds KEYS (from the keymap) and FILES.
# Run from anywhere; rerun after adding a command, an option or a key (ManPageTests says when).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift package plugin generate-manual --configuration debug --date "$(date -u +%F)" --authors "the ibid authors" >/dev/null
swift run -q ibid-gen man --manual .build/plugins/GenerateManual/outputs/ibid/ibid.1 > docs/ibid.1.new
mv docs/ibid.1.new docs/ibid.1
echo "docs/ibid.1 regenerated"
