#!/usr/bin/env bash
# `npm test`: every suite, in the order that fails fastest. With TEST_DATABASE_URL=postgresql://... (as .ci/run
# sets), the database-backed suites run a second time against that PostgreSQL server.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Stop at once, with the reason, on an unsupported Node (the stages below would fail one by one, less clearly).
node scripts/require-supported-node.cjs || exit 1
passed=0
failed=0
failures=()
# Each stage's output is kept so that a failure is named again at the end (a CI log is often read from its tail).
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

stage() {
  local name=$1
  shift
  echo
  echo "=== $name"
  local log="$logs/$((passed + failed)).log"
  if "$@" 2>&1 | tee "$log"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
    local plain
    plain=$(sed 's/\x1b\[[0-9;]*m//g' "$log")
    {
      echo "--- $name: what failed"
      # vitest and Playwright name failing tests on lines marked FAIL, ×, ✘ or a numbered "1) file:line"; the Python
      # harness with FAIL:/ERROR:; the tail carries the summary and the last error.
      grep -E '^ *(FAIL|×|✘|[0-9]+\) )|^(FAIL|ERROR): ' <<<"$plain" | sort -u | head -n 40
      echo "--- $name: last lines"
      tail -n 25 <<<"$plain"
    } >>"$logs/digest"
  fi
}

stage "typecheck" npx tsc --noEmit
stage "lint" npx eslint .
stage "grader harness (python unittest)" /usr/bin/python3 -m unittest discover -s grader/tests -t . -q
# The containment suite again under the no-cgroup fallback and under the other sandbox driver (the default is the
# fork server where the tests run as root), and the vitest attack and tamper suites likewise.
stage "grader containment (GRADER_ISOLATION=rlimits)" env GRADER_ISOLATION=rlimits /usr/bin/python3 -m unittest -q grader.tests.test_containment
stage "grader containment + fuzz (GRADER_DRIVER=bwrap)" env GRADER_DRIVER=bwrap /usr/bin/python3 -m unittest -q grader.tests.test_containment grader.tests.test_fuzz_frames
stage "vitest attack + tamper (GRADER_ISOLATION=rlimits)" env -u TEST_DATABASE_URL GRADER_ISOLATION=rlimits npx vitest run tests/grader/attacks.test.ts tests/grader/tamper.test.ts
stage "vitest attack + tamper (GRADER_DRIVER=bwrap)" env -u TEST_DATABASE_URL GRADER_DRIVER=bwrap npx vitest run tests/grader/attacks.test.ts tests/grader/tamper.test.ts
stage "build" npm run --silent build
stage "vitest (embedded PGlite)" env -u TEST_DATABASE_URL npx vitest run
if [ -n "${TEST_DATABASE_URL:-}" ]; then
  stage "vitest (PostgreSQL server)" env TEST_APP_DATABASE_URL="${TEST_DATABASE_URL}" npx vitest run tests/queue tests/teacher tests/learner tests/foundation tests/security
fi
stage "content check" npm run --silent content:check
rm -rf data/e2e
stage "end-to-end (Playwright, Chromium)" npx playwright test

echo
[ -f "$logs/digest" ] && cat "$logs/digest"
for name in "${failures[@]}"; do echo "FAILED: $name"; done
echo "suites: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
