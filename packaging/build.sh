#!/usr/bin/env bash
# Builds GateLab's self-contained Linux app image (target/dist/GateLab/, launcher bin/GateLab) and a .deb
# (target/dist/gatelab_<version>_amd64.deb) with jpackage. See packaging/README.md.
#
#   packaging/build.sh              # Maven package (tests skipped), app image and .deb
#   packaging/build.sh --image      # app image only (no .deb: no fakeroot/dpkg-deb needed)
#   packaging/build.sh --no-maven   # reuse target/gatelab.jar and target/lib/ from an earlier build
#
# Needs a JDK 17+ with jpackage (and fakeroot + dpkg-deb for the .deb).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

image_only=false
maven=true
for arg in "$@"; do
  case "$arg" in
    --image) image_only=true ;;
    --no-maven) maven=false ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

command -v jpackage >/dev/null || { echo "build.sh: jpackage not found; install a JDK 17 or newer" >&2; exit 1; }

if $maven; then
  mvn -B -q package -DskipTests
fi
[ -f target/gatelab.jar ] || { echo "build.sh: target/gatelab.jar is missing; run without --no-maven" >&2; exit 1; }

# jpackage's version: digits only (0.1.0-SNAPSHOT -> 0.1.0)
version="$(sed -n 's/^version=//p' target/classes/org/gatelab/app/version.properties 2>/dev/null | head -1)"
version="${version%%-*}"
version="${version:-0.1.0}"

# the input folder: the jar, its libraries, and the bundled lessons and assets beside them
# (org.gatelab.io.AppDirectories finds lessons/ and assets/ next to the jar)
staging=target/jpackage-input
rm -rf "$staging" target/dist/GateLab
mkdir -p "$staging" target/dist
cp target/gatelab.jar "$staging/"
cp -r target/lib "$staging/lib"
cp -r lessons "$staging/lessons"
mkdir -p "$staging/assets"
cp -r assets/icons assets/README.md "$staging/assets/"
[ -d assets/models ] && cp -r assets/models "$staging/assets/"
[ -d assets/images ] && cp -r assets/images "$staging/assets/"
[ -d assets/data ] && cp -r assets/data "$staging/assets/"

# the Java modules GateLab and its libraries use (JavaFX and the other jars are on the class path), and the
# Vector API (an incubator module in Java 17) for the engine's SIMD loops, which the launcher turns on
modules=java.base,java.desktop,java.logging,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.jfr,jdk.management,java.management,jdk.crypto.ec,jdk.zipfs,jdk.incubator.vector

common=(
  --name GateLab
  --app-version "$version"
  --vendor "GateLab"
  --description "See inside RNN, LSTM and GRU cells: gates, gradients and training, animated"
  --input "$staging"
  --main-jar gatelab.jar
  --main-class org.gatelab.app.Launcher
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-header-files --no-man-pages"
  --java-options "-Xss4m"
  --java-options "--add-modules=jdk.incubator.vector"
  --icon assets/icons/gatelab.png
  --dest target/dist
)

jpackage --type app-image "${common[@]}"
echo "app image: target/dist/GateLab (launcher target/dist/GateLab/bin/GateLab)"

if ! $image_only; then
  command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
    || { echo "build.sh: the .deb needs fakeroot and dpkg-deb (apt-get install fakeroot); or use --image" >&2; exit 1; }
  rm -f target/dist/gatelab_*.deb
  jpackage --type deb "${common[@]}" \
    --linux-package-name gatelab \
    --linux-shortcut \
    --linux-menu-group "Education;Science" \
    --linux-app-category education \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1" \
    --resource-dir packaging/linux \
    --file-associations packaging/gatelab-scene.properties \
    --file-associations packaging/gatelab-link.properties \
    --about-url "https://github.com/gatelab/gatelab"
  echo "package: $(ls target/dist/gatelab_*.deb)"
fi
