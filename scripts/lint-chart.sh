#!/usr/bin/env bash
# helm lint --strict on the chart folder and on its packaged archive, for the defaults, both presets and each
# scenario values file, with the Helm major version in HELM_MAJOR (3 or 4; default 4).
# The chart's dependencies must already be in charts/aeterna/charts (helm dependency build).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KUBE_VERSION="${KUBE_VERSION:-1.35.0}"
if [[ "${HELM_MAJOR:-4}" == "3" ]]; then
  helm=.tools/bin/helm3
  # Helm 3 built by `go install` believes the cluster is Kubernetes 1.20 unless told otherwise.
  kube=(--kube-version "$KUBE_VERSION")
else
  helm=.tools/bin/helm
  kube=()
fi

chart=charts/aeterna
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$helm" package "$chart" --destination "$out" >/dev/null
archive="$(ls "$out"/*.tgz)"

values_sets=("")
for f in "$chart"/values-*.yaml test/fixtures/scenarios/*.yaml; do
  [[ -f "$f" ]] && values_sets+=("$f")
done

for target in "$chart" "$archive"; do
  for v in "${values_sets[@]}"; do
    args=(lint --strict "$target" "${kube[@]}")
    [[ -n "$v" ]] && args+=(-f "$v")
    echo "+ helm ${args[*]}"
    "$helm" "${args[@]}"
  done
done
