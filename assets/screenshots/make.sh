#!/usr/bin/env bash
# Rebuilds the README's pictures of the workspace with `gatelab export` (headless; needs target/gatelab.jar:
# mvn -B package -DskipTests). The lesson and training-lab pictures are window screenshots (see README.md here).
set -euo pipefail
cd "$(dirname "$0")"
jar=../../target/gatelab.jar
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -jar "$jar" export --scene workspace.yaml --view workspace --theme light --out "$tmp/light"
java -jar "$jar" export --scene workspace.yaml --view workspace --theme dark --out "$tmp/dark"
mv "$tmp/light/workspace-workspace.png" workspace-light.png
mv "$tmp/dark/workspace-workspace.png" workspace-dark.png
java -jar "$jar" export --lesson 04-lstm --view diagram --scale 2 --out "$tmp/lstm"
mv "$tmp/lstm/04-lstm-step06-diagram.png" lstm-forget-bias-diagram.png
echo "rebuilt workspace-light.png, workspace-dark.png, lstm-forget-bias-diagram.png"
