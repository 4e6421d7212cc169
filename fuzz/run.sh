#!/bin/sh
# fuzz/run.sh [BUILDDIR] — builds the libFuzzer targets of fuzz/ with clang,
# AddressSanitizer and UBSan in their own build directory (default _fuzz)
# and runs each for FUZZ_SECONDS (default 60) as the meson test suite
# `fuzz`. Exit status 0 only when no target found anything. Findings (the
# input that crashed) are kept in BUILDDIR/fuzz/findings/TARGET/.
# Needs: clang libclang-rt-14-dev (scripts/install-deps.sh).
set -u
cd "$(dirname "$0")/.."
build=${1:-_fuzz}
seconds=${FUZZ_SECONDS:-60}

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" -Dfuzzing=true -Dfuzz_seconds="$seconds" \
    -Db_sanitize=address,undefined -Db_lundef=false --buildtype=debugoptimized || exit 1
else
  meson configure "$build" -Dfuzz_seconds="$seconds" || exit 1
fi
meson compile -C "$build" || exit 1
meson test -C "$build" --suite fuzz --print-errorlogs
status=$?

# Executions per target, from libFuzzer's final statistics in the test log.
python3 - "$build/meson-logs/testlog.json" <<'PY'
import json, re, sys
for line in open(sys.argv[1]):
    t = json.loads(line)
    out = (t.get("stdout") or "") + (t.get("stderr") or "")
    runs = re.search(r"stat::number_of_executed_units: (\d+)", out)
    cov = re.findall(r"cov: (\d+) ft: (\d+)", out)
    print(f"{t['name']}: {t['result']}, {runs.group(1) if runs else '?'} executions"
          + (f", cov {cov[-1][0]} ft {cov[-1][1]}" if cov else ""))
PY
exit $status
