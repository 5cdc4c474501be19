#!/usr/bin/env bash
# Regenerates each API version's spec (openapi/iam-v2-users.yaml, openapi/iam-v3-users.yaml) into clients for
# other languages and proves they work (run by .ci/run): openapi-generator prints no warning for
# typescript-fetch, python or go; each TypeScript client compiles with tsc in strict mode; each Python client
# byte-compiles. Then, per version, what the generated profile body (UserProfileUpdate) guarantees:
# - v2: every one of the 17 keys is required ("" for no value): TypeScript refuses a body without any one of
#   them, Python gives none a default and none accepts None.
# - v3: the 8 keys that always hold a value (firstName, lastName, email, country, preferredLanguage, timeZone,
#   sessionTimeOut, additionalAuthentication) are required as above; the 9 optional text fields may be left
#   out, which is how v3 writes "no value" (Python: Optional, None left out of the body, "" refused). A key
#   left out also erases a stored value, and no type can tell a cleared field from a dropped one: a v3 client
#   must build the body from a GET of the user.
# - both: null, an unknown key (uiIdentityId) and the other version's key are refused; stored phone forms pass.
# Needs a JDK, Node.js with npm, and python3 (with pydantic 2, the Python checks also build the generated
# models; without it they read the models' source only, and say so); offline except for Maven Central and the
# npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

typescript_version=6.0.3 # the last line of TypeScript with the JavaScript compiler API that the test uses
tools=target/ci-tools
log=target/other-languages-generate.log

fail() { echo "CI FAILED: $*" >&2; exit 1; }

# What the generator said above INFO level (warnings, errors, their continuation lines) in the Maven
# execution that generated the client of one version ($1: v2, v3) for one language ($2).
generator_messages() {
  awk -v execution="(generate-$1-$2-client)" '
    /^\[INFO\] --- / { inside = index($0, execution) > 0; next }
    /^\[INFO\] (BUILD|-----)/ { inside = 0 }
    inside && !/^\[INFO\]/ && !/^#/ && !/^[[:space:]]+at /' "$log"
}

# openapi-generator 7.25.0's python generator logs this line once for every property that is not a $ref
# (AbstractPythonCodegen.toDefaultValue hands ModelUtils.getSimpleRef a null $ref): a generator defect that
# no spec can avoid. Every cause of the same message that lies in the spec (an inline named example, an
# array schema without a $ref item) also shows in the typescript and go output, which tolerate nothing.
# Tied to the version, so that a new generator is checked again instead of being excused.
python_generator_defect() {
  if grep -q "^\[INFO\] --- openapi-generator:7\.25\.0:generate (generate-$1-python-client)" "$log"; then
    grep -vxF '[WARNING] Failed to get the schema name: null' || true
  else
    cat
  fi
}

rm -rf target/clients && mkdir -p target
if ! ./mvnw -B -Pother-languages generate-sources >"$log" 2>&1; then
  grep -vE '^\[INFO\]|^#|^[[:space:]]+at ' "$log" >&2 || true
  failed=$(grep -oE -m1 'generate \(generate-v[0-9]-[a-z]+-client\) on project' "$log" | sed -E 's/.*generate-(v[0-9])-([a-z]+)-client.*/\2 client from openapi\/iam-\1-users.yaml/' || true)
  fail "openapi-generator could not generate the ${failed:-other-language clients}: its messages are above (full log: $log)."
fi

for version in v2 v3; do
  for language in typescript python go; do
    grep -q "generate (generate-$version-$language-client)" "$log" \
      || fail "the other-languages profile did not run generate-$version-$language-client (see pom.xml, log: $log)."
    all=$(generator_messages "$version" "$language")
    messages=$all
    if [ "$language" = python ]; then
      messages=$(python_generator_defect "$version" <<<"$all")
    fi
    if [ -n "$messages" ]; then
      echo "$messages" >&2
      fail "openapi-generator warns while generating the $version $language client (listed above): fix the cause in openapi/iam-$version-users.yaml or in the generator's options in pom.xml."
    fi
    excused=$(grep -c . <<<"$all" || true)
    note=""
    [ "$excused" = 0 ] || note=" (besides $excused lines of the known python generator defect)"
    echo "$version $language client generated into target/clients/$version/$language with no generator warning$note"
  done
done

npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "typescript@$typescript_version" >/dev/null
if ! "$tools/node_modules/.bin/tsc" -p clients/typescript/tsconfig.json; then
  fail "a TypeScript client (typescript-fetch, v2 or v3) does not compile with tsc in strict mode: the compiler's messages are above."
fi
echo "TypeScript clients (v2, v3) compile with tsc $typescript_version in strict mode"
if ! node --test clients/typescript/profile-body.test.mjs; then
  fail "a TypeScript client (typescript-fetch) judges a profile body other than its version promises: see the failing tests above (each names its version)."
fi

for version in v2 v3; do
  if ! python3 -m compileall -q "target/clients/$version/python"; then
    fail "the $version Python client (python) does not byte-compile: the compiler's messages are above."
  fi
done
echo "Python clients (v2, v3) byte-compile"
if ! python3 -B -m unittest discover -s clients/python -p 'test_*.py'; then
  fail "a Python client (python) breaks its version's profile-body promise or refuses stored values: see the failing tests above (each names its version)."
fi
if pydantic=$(python3 -c 'import pydantic; print(pydantic.VERSION)' 2>/dev/null) && [[ $pydantic == 2.* ]]; then
  echo "Python clients (v2, v3) checked from their source and by building their models with pydantic $pydantic"
else
  echo "NOTE: pydantic 2 is not installed for python3: the Python clients were checked from their source only (the behaviour tests were skipped)"
fi
