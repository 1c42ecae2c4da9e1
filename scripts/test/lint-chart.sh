#!/usr/bin/env bash
# helm lint --strict on the chart folder and on its packaged archive, for the defaults, both presets and each
# scenario values file, with the Helm major version in HELM_MAJOR (3 or 4; default 4).
# The chart's dependencies must already be in <chart>/charts (helm dependency build). CHART_DIR overrides the
# chart folder (the tests lint a copy that holds stand-in subcharts).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

KUBE_VERSION="${KUBE_VERSION:-1.35.0}"
if [[ "${HELM_MAJOR:-4}" == "3" ]]; then
  helm=.tools/bin/helm3
  # Helm 3 built by `go install` believes the cluster is Kubernetes 1.20 unless told otherwise.
  kube=(--kube-version "$KUBE_VERSION")
else
  helm=.tools/bin/helm
  kube=()
fi

chart="${CHART_DIR:-charts/aeterna}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
npx tsx scripts/test/write-scenarios.ts "$out/scenarios"
"$helm" package "$chart" --destination "$out" >/dev/null
archive="$(ls "$out"/*.tgz)"
lints=0

values_sets=("")
for f in "$chart"/values-*.yaml "$out"/scenarios/*.yaml; do
  [[ -f "$f" ]] && values_sets+=("$f")
done

for target in "$chart" "$archive"; do
  for v in "${values_sets[@]}"; do
    args=(lint --strict "$target" "${kube[@]}")
    [[ -n "$v" ]] && args+=(-f "$v")
    echo "+ helm ${args[*]}"
    if ! output="$("$helm" "${args[@]}" 2>&1)"; then
      echo "$output" >&2
      exit 1
    fi
    lints=$((lints + 1))
  done
done
echo "lint-chart: ${lints} lints passed (helm ${HELM_MAJOR:-4})"
