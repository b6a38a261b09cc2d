#!/usr/bin/env bash
# Builds the libFuzzer targets with `cmake --preset fuzz` (clang, ASan + UBSan) and runs
# each one for a fixed time. Exits non-zero if any target finds a crash, a sanitizer
# report or a round-trip violation; the reproducer is kept under build/fuzz/fuzz-work/.
#
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [NAME...]
#   SECONDS_PER_TARGET  default 60
#   NAME                a target without its fuzz_ prefix (default: every corpus/<NAME>/)
set -euo pipefail

seconds="${1:-60}"
if [[ $# -gt 0 ]]; then shift; fi
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -eq 0 ]]; then
    echo "run-fuzzers.sh: SECONDS_PER_TARGET must be a positive integer, got '$seconds'" >&2
    exit 2
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
corpus_root="$root/tests/fuzz/corpus"
build="$root/build/fuzz"

names=("$@")
if [[ ${#names[@]} -eq 0 ]]; then
    for dir in "$corpus_root"/*/; do
        names+=("$(basename "$dir")")
    done
fi
if [[ ${#names[@]} -eq 0 ]]; then
    echo "run-fuzzers.sh: no seed corpus directories in $corpus_root" >&2
    exit 2
fi

targets=()
for name in "${names[@]}"; do
    targets+=("fuzz_$name")
done

cd "$root"
cmake --preset fuzz
cmake --build --preset fuzz --target "${targets[@]}"

failed=()
for name in "${names[@]}"; do
    binary="$build/tests/fuzz/fuzz_$name"
    work="$build/fuzz-work/$name"
    mkdir -p "$work/corpus" "$work/artifacts"
    echo "=== fuzz_$name for ${seconds}s (seeds: $corpus_root/$name)"
    # New inputs go to the work corpus (first directory); the checked-in seeds stay as
    # they are.
    # libFuzzer reports every new coverage point; that goes to a log, and only the
    # final statistics (or, on a finding, the report) are shown.
    log="$work/fuzz.log"
    if "$binary" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$work/artifacts/" "$work/corpus" "$corpus_root/$name" \
            >"$log" 2>&1; then
        grep -E "^stat::(number_of_executed_units|peak_rss_mb)|^Done" "$log" || true
    else
        tail -n 80 "$log" >&2
        echo "=== FINDING in fuzz_$name: reproducer in $work/artifacts/" >&2
        echo "    replay with: $binary $work/artifacts/<file>" >&2
        failed+=("fuzz_$name")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run-fuzzers.sh: findings in ${failed[*]}" >&2
    exit 1
fi
echo "run-fuzzers.sh: ${#names[@]} target(s), ${seconds}s each, no findings"
