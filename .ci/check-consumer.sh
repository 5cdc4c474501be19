#!/usr/bin/env bash
# Installs the artifacts and builds examples/consumer against them, as a user's project would use them.
# Usage: .ci/check-consumer.sh MAVEN_OPTIONS... (.ci/run passes a local repository of its own).
# Fails when the consumer does not build or pass its tests, when README's dependency snippet is not the
# consumer's, or when the runtime closure a user gets differs from the library's own.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "CI FAILED: $*" >&2; exit 1; }
maven=(./mvnw -B "$@")

"${maven[@]}" -q -DskipTests install \
  || fail "./mvnw install failed: the artifacts examples/consumer needs were not installed (see above)."
"${maven[@]}" -f examples/consumer/pom.xml verify \
  || fail "examples/consumer does not build or its tests fail against the installed artifacts (see above)."

# README's "Using the library" shows exactly the consumer's dependencies on the library, at this build's version.
python3 - <<'PY' || fail "README's 'Using the library' snippet and examples/consumer/pom.xml's dependencies on io.github.iamuser must be the same, at pom.xml's version."
import re, sys, textwrap
import xml.etree.ElementTree as ET
version = ET.parse("pom.xml").getroot().findtext("{http://maven.apache.org/POM/4.0.0}version")
readme = open("README.md", encoding="utf-8").read()
section = readme[readme.index("## Using the library"):]
shown = re.search(r"```xml\n(.*?)```", section, re.S).group(1)
pom = open("examples/consumer/pom.xml", encoding="utf-8").read()
blocks = re.findall(r"( *<dependency>\s*<groupId>io\.github\.iamuser</groupId>.*?</dependency>\n)", pom, re.S)
used = textwrap.dedent("".join(blocks))
if shown != used or len(blocks) != 2 or set(re.findall(r"<version>(.*?)</version>", used)) != {version}:
    print("pom.xml's version: " + version + "\nREADME shows:\n" + shown + "\nexamples/consumer/pom.xml uses:\n" + used,
          file=sys.stderr)
    sys.exit(1)
PY

# What a user's project gets at run time is what the library resolves for itself (and docs/benchmarks.md lists).
lists="$(mktemp -d)"
trap 'rm -rf "$lists"' EXIT
# The library's tree, without its optional dependencies (the command line's) and what they bring.
"${maven[@]}" -q dependency:tree -Dscope=runtime -DoutputFile="$lists/library.tree" >/dev/null
awk 'NR > 1 { depth = index($0, "- ") / 3
              if (skip && depth > skip) next; skip = 0
              if (/\(optional\)/) { skip = depth; next }
              print "   " substr($0, index($0, "- ") + 2) }' "$lists/library.tree" >"$lists/library.txt"
"${maven[@]}" -q -f examples/consumer/pom.xml dependency:list -DincludeScope=runtime -DoutputFile="$lists/consumer.txt" >/dev/null
closure() { grep -E '^ +[^ ]+:[^ ]+:jar:' "$1" | grep -v -e 'io\.github\.iamuser:' | awk '{print $1}' | sort; }
if ! diff <(closure "$lists/library.txt") <(closure "$lists/consumer.txt"); then
  fail "a user of the library resolves other runtime artifacts than the library itself ('<' library, '>' user):" \
    "an exclusion or version in pom.xml does not reach its users."
fi
echo "examples/consumer passed against the installed artifacts; its runtime closure is the library's ($(closure "$lists/library.txt" | wc -l) jars)."
