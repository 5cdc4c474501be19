#!/usr/bin/env bash
# A second build of the release, in another folder, time zone and locale, with the release profile (the umask
# must be the same: the jars' folder entries keep the permissions the build's folders were made with):
# 1. reproducible: every published file must be byte for byte the one ./mvnw install made (artifact:compare);
# 2. a release rehearsal: signed with a throwaway key, bundled by Sonatype's Central publishing plugin
#    (-DskipUpload=true: nothing is sent), and the bundle must hold, for the pom and each of the nine jars,
#    the file, a valid .asc signature and correct .md5 and .sha1 checksums.
# Usage: .ci/check-release.sh MAVEN_OPTIONS... (run after ./mvnw install with the same options).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "CI FAILED: $*" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
copy="$work/second build"   # a space in the path as well
mkdir -p "$copy"
tar --exclude=./target --exclude='./examples/*/target' -cf - . | tar -C "$copy" -xf -

# A throwaway signing key, handed over as a maintainer's would be (see docs/releasing.md).
command -v gpg >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q gpg >/dev/null; } \
  || fail "gpg is missing and could not be installed (apt-get install gpg)."
export GNUPGHOME="$work/gnupg"
mkdir -m 700 "$GNUPGHOME"
passphrase="rehearsal-$RANDOM$RANDOM"
gpg --batch --quiet --pinentry-mode loopback --passphrase "$passphrase" \
  --quick-gen-key 'akamai-iam-user release rehearsal <rehearsal@invalid>' ed25519 sign 1d
MAVEN_GPG_KEY="$(gpg --batch --pinentry-mode loopback --passphrase "$passphrase" --armor --export-secret-keys)"
MAVEN_GPG_PASSPHRASE="$passphrase"
export MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE

log="$work/build.log"
# Not installed (deploy's install phase would replace the reference it is compared with), yet compared.
if ! (cd "$copy" && TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 ./mvnw -B "$@" -Prelease -DskipTests \
      -DskipUpload=true -Dmaven.install.skip=true deploy \
      artifact:compare -Dbuildinfo.detect.skip=false -Dcompare.fail=false '-Dbuildinfo.ignore=*/*.asc' >"$log" 2>&1); then
  tail -60 "$log" >&2
  fail "the release build (./mvnw -Prelease deploy -DskipUpload=true) failed: the lines above say why."
fi
unset MAVEN_GPG_KEY MAVEN_GPG_PASSPHRASE

# 1. Reproducible.
compare="$(ls "$copy"/target/*.buildcompare 2>/dev/null | head -1)"
[ -n "$compare" ] || { tail -30 "$log" >&2; fail "artifact:compare wrote no .buildcompare file (see above)."; }
if ! grep -q '^ko=0$' "$compare" || ! grep -q '^ok=10$' "$compare"; then
  grep -E '^(ok|ko|ignored|okFiles|koFiles)=' "$compare" >&2
  fail "not reproducible: the second build did not make the same 10 files (pom and 9 jars) as ./mvnw install;" \
    "koFiles above differ (compare the two with diffoscope). Usual causes: a time or an absolute path written into" \
    "a file, an unsorted list, or a new published file (then update the count here)."
fi
echo "reproducible: $(grep '^ok=' "$compare" | cut -d= -f2) files byte for byte the same in a second build."

# 2. What the Central bundle holds.
bundle="$copy/target/central-publishing/central-bundle.zip"
[ -f "$bundle" ] || fail "no Central bundle at target/central-publishing/central-bundle.zip."
mkdir "$work/bundle"
python3 -m zipfile -e "$bundle" "$work/bundle"
version="$(python3 -c 'import sys, xml.etree.ElementTree as E; print(E.parse(sys.argv[1]).getroot().findtext("{http://maven.apache.org/POM/4.0.0}version"))' pom.xml)"
dir="$work/bundle/io/github/iamuser/akamai-iam-user/$version"
[ -d "$dir" ] || fail "the bundle has no io/github/iamuser/akamai-iam-user/$version/ folder: $(cd "$work/bundle" && find . -type d)."
missing=()
for suffix in .pom .jar -sources.jar -javadoc.jar -sandbox.jar -sandbox-sources.jar -sandbox-javadoc.jar \
              -cli.jar -cli-sources.jar -cli-javadoc.jar; do
  file="$dir/akamai-iam-user-$version$suffix"
  name="$(basename "$file")"
  for needed in "$file" "$file.asc" "$file.md5" "$file.sha1"; do
    [ -f "$needed" ] || missing+=("$(basename "$needed")")
  done
  [ -f "$file" ] || continue
  [ ! -f "$file.md5" ] || [ "$(cat "$file.md5")" = "$(md5sum <"$file" | cut -d' ' -f1)" ] || fail "$name.md5 is wrong."
  [ ! -f "$file.sha1" ] || [ "$(cat "$file.sha1")" = "$(sha1sum <"$file" | cut -d' ' -f1)" ] || fail "$name.sha1 is wrong."
  [ ! -f "$file.asc" ] || gpg --batch --quiet --verify "$file.asc" "$file" 2>/dev/null \
    || fail "$name.asc is not a valid signature of $name by the rehearsal key."
done
[ ${#missing[@]} -eq 0 ] || fail "the Central bundle lacks: ${missing[*]}."
# Maven Central refuses a pom without these.
python3 - "$dir/akamai-iam-user-$version.pom" <<'PY' || fail "the published pom lacks what Maven Central requires (listed above)."
import sys, xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
pom = ET.parse(sys.argv[1]).getroot()
needed = ["m:name", "m:description", "m:url", "m:licenses/m:license/m:name", "m:licenses/m:license/m:url",
          "m:developers/m:developer/m:name", "m:scm/m:url", "m:scm/m:connection", "m:issueManagement/m:url"]
lacking = [path for path in needed if not (pom.findtext(path, namespaces=ns) or "").strip()]
if lacking or pom.findtext("m:version", namespaces=ns).endswith("-SNAPSHOT"):
    print("missing or SNAPSHOT:", lacking, file=sys.stderr)
    sys.exit(1)
PY
echo "release rehearsal: the Central bundle holds the pom and 9 jars of $version, each signed (.asc verified) with .md5 and .sha1."
