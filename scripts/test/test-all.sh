#!/usr/bin/env bash
# Everything `npm test` runs, in order. Every step runs even when an earlier one failed, so one run shows all
# failures; the exit code is non-zero if any step failed. Nothing is skipped: a missing tool is an error.
set -uo pipefail
# Telemetry would try to reach the network on every build; nothing here needs it.
export NEXT_TELEMETRY_DISABLED=1
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

RESULTS=.cache/test-results
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
failed_steps=()
step() {
  local name="$1"; shift
  local start=$SECONDS
  printf '\n=== %s ===\n' "$name"
  if "$@"; then
    printf '=== %s: ok (%ss) ===\n' "$name" "$((SECONDS - start))"
  else
    printf '=== %s: FAILED (%ss) ===\n' "$name" "$((SECONDS - start))"
    failed_steps+=("$name")
  fi
}

step "tools (helm 4, helm 3, helm-unittest, actionlint, promtool, etcd, kube-apiserver, kube-controller-manager, Chromium)" bash scripts/setup/setup-tools.sh || true
step "type-check" npx tsc --noEmit
step "lint and format (ESLint, knip, Prettier --check)" npm run --silent lint
step "unit tests" npx vitest run --project unit --reporter=default --reporter=json --outputFile="$RESULTS/unit.json"
step "chart tests (real helm)" npx vitest run --project chart --reporter=default --reporter=json --outputFile="$RESULTS/chart.json"
step "cluster lifecycle (real kube-apiserver, helm 4 and helm 3)" npx vitest run --project cluster --reporter=default --reporter=json --outputFile="$RESULTS/cluster.json"
step "production build" npm run build
step "e2e (Playwright, Debian Chromium)" env PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" npx playwright test --reporter=list,json

npx tsx scripts/test/test-summary.ts "$RESULTS" "${failed_steps[@]}"
