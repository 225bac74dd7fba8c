#!/usr/bin/env bash
# Runs the time-zone-sensitive tests (jest.zones.config.mjs) with the machine set to Tokyo, then to Los Angeles:
# the add-on's Date follows the script's zone, never the machine's, so the results must be the same as in UTC.
# Extra arguments go to each jest run. With ZONE_REPORTS=PREFIX each run also writes its jest JSON report to
# PREFIX-<zone>.json (.ci/run sums them). Exits non-zero if any run fails.
set -uo pipefail
cd "$(dirname "$0")/.."
status=0
for zone in Asia/Tokyo America/Los_Angeles; do
  echo "Time-zone tests with TZ=$zone"
  report=()
  if [[ -n ${ZONE_REPORTS:-} ]]; then report=(--json --outputFile="$ZONE_REPORTS-${zone//\//-}.json"); fi
  TZ=$zone npx jest -c jest.zones.config.mjs "${report[@]}" "$@" || status=1
done
exit $status
