#!/usr/bin/env bash
# Builds the current commit twice, each time in a fresh clone, and compares the artifacts byte for byte (SHA-256
# of every jar and of the consumer pom). Exit 0 when both builds are identical. Extra Maven arguments (e.g. -o)
# go in SFN_UNIT_MAVEN_ARGS. Uncommitted changes are not part of the check: commit first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for build in first second; do
    git clone -q --no-hardlinks "$root" "$work/$build"
    # shellcheck disable=SC2086 # SFN_UNIT_MAVEN_ARGS is a list of arguments on purpose
    (cd "$work/$build" && mvn -B -q ${SFN_UNIT_MAVEN_ARGS:-} -DskipTests -Dinvoker.skip=true -Djacoco.skip=true \
        package) >&2
    (cd "$work/$build/target" && sha256sum ./*.jar flattened-pom.xml) > "$work/$build.sha256"
done

echo "first build:"
cat "$work/first.sha256"
if diff -u "$work/first.sha256" "$work/second.sha256"; then
    echo "reproducible: both builds of $(git -C "$root" rev-parse --short HEAD) are identical, byte for byte"
else
    echo "NOT reproducible: the builds differ (above)" >&2
    exit 1
fi
