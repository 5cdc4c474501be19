#!/usr/bin/env bash
# Footprint of the library for its users: the jars a project depending on akamai-iam-user pulls in
# at run time (compile and runtime scope, optional ones such as picocli left out), with their sizes,
# then the published jars themselves: the library, the sandbox and the command line (target/iam-user.jar).
# Usage: bench/footprint.sh (builds the jars if one is missing).
set -euo pipefail
cd "$(dirname "$0")/.."
list="$(mktemp)"
tree="$(mktemp)"
trap 'rm -f "$list" "$tree"' EXIT

library_jar() { ls target/akamai-iam-user-*.jar 2>/dev/null | grep -v -e sources -e javadoc -e sandbox | head -1; }
sandbox_jar() { ls target/akamai-iam-user-*-sandbox.jar 2>/dev/null | head -1; }
if [ -z "$(library_jar)" ] || [ -z "$(sandbox_jar)" ] || [ ! -f target/iam-user.jar ]; then
  ./mvnw -B -q package -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true
fi
./mvnw -B -q dependency:list -DincludeScope=runtime -DexcludeOptional=true \
  -DoutputAbsoluteArtifactFilename=true -DoutputFile="$list" -DappendOutput=false >/dev/null
# dependency:list marks an optional dependency but not what it brings (commons-csv's commons-io): the tree tells.
./mvnw -B -q dependency:tree -Dscope=runtime -DoutputFile="$tree" >/dev/null

python3 - "$list" "$(library_jar)" "$(sandbox_jar)" target/iam-user.jar "$tree" <<'PY'
import os, re, sys
inherited, skip = set(), 0  # what a user's project gets: the tree without optional dependencies' subtrees
for line in open(sys.argv[5]).readlines()[1:]:
    depth = line.index("- ") // 3 + 1
    if skip and depth > skip:
        continue
    skip = depth if "(optional)" in line else 0
    if not skip:
        inherited.add(":".join(line[line.index("- ") + 2:].split(":")[:2]))
rows = []
for line in open(sys.argv[1]):
    m = re.match(r"\s+(\S+):(\S+):jar:(\S+):(compile|runtime):(/\S+\.jar)", line)
    if m and m.group(1) + ":" + m.group(2) in inherited:
        rows.append((m.group(1) + ":" + m.group(2) + ":" + m.group(3), os.path.getsize(m.group(5))))
rows.sort(key=lambda r: -r[1])
print("| runtime dependency | size (KiB) |")
print("|---|---:|")
for name, size in rows:
    print(f"| {name} | {size / 1024:.0f} |")
total = sum(size for _, size in rows)
print(f"| **{len(rows)} jars** | **{total / 1024:.0f}** ({total / 1048576:.2f} MiB) |")
own = os.path.getsize(sys.argv[2])
print(f"\nLibrary jar {os.path.basename(sys.argv[2])}: {own / 1024:.0f} KiB;"
      f" with its dependencies: {(total + own) / 1048576:.2f} MiB.")
print("\n| published jar | size (KiB) |")
print("|---|---:|")
for label, path in (("library", sys.argv[2]), ("sandbox (test scope)", sys.argv[3]), ("command line", sys.argv[4])):
    print(f"| {label}: {os.path.basename(path)} | {os.path.getsize(path) / 1024:.0f} |")
PY
