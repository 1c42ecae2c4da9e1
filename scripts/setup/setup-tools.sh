#!/usr/bin/env bash
# Installs the pinned command-line tools the project runs into .tools/bin (git-ignored), so that every
# npm script finds them without the user editing PATH. Idempotent: a tool already at its pinned version is kept.
#
#   bash scripts/setup/setup-tools.sh              # everything npm test needs
#   bash scripts/setup/setup-tools.sh --helm-only  # what npm run dev/build need (Helm 4 only)
#   bash scripts/setup/setup-tools.sh --publish    # what the publish workflow needs (Helm 4 and cosign)
set -euo pipefail

HELM4_VERSION="v4.3.1"
HELM3_VERSION="v3.22.0"
# Helm 3's Makefile injects the Kubernetes version it assumes for `install --dry-run`, `template` and `lint`
# (the minor of its client-go, v0.37 for 3.22.0); a plain `go install` would leave it at 1.20, below the chart's
# kubeVersion. Built this way, our helm3 behaves like the released binary.
HELM3_LDFLAGS="-X helm.sh/helm/v3/internal/version.version=${HELM3_VERSION} -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/lint/rules.k8sVersionMinor=37 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMajor=1 -X helm.sh/helm/v3/pkg/chartutil.k8sVersionMinor=37"
HELM_UNITTEST_VERSION="v1.0.1"
ACTIONLINT_VERSION="v1.7.12"
# promtool checks and unit-tests the chart's alert rules (the prometheus module is large: about 3-4 minutes to build).
PROMETHEUS_VERSION="v0.316.0"
# The lifecycle tests' control plane (scripts/setup/kube-tools pins k8s.io/kubernetes; scripts/setup/etcd pins etcd). Helm
# refuses charts with a kubeVersion on a server reporting v0.0.0-master, so the version is stamped as Kubernetes'
# own Makefile does.
KUBE_VERSION="v1.36.3"
KUBE_LDFLAGS="-X k8s.io/component-base/version.gitVersion=${KUBE_VERSION} -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=36 -X k8s.io/component-base/version.gitTreeState=clean"
# A real OCI registry for the OCI path's tests (CNCF distribution), and cosign to sign and verify OCI artifacts.
REGISTRY_VERSION="v3.1.2"
COSIGN_VERSION="v2.6.5"
# The ServiceMonitor and PrometheusRule CRDs the test cluster serves come from prometheus-operator's own module.
PROMETHEUS_OPERATOR_VERSION="v0.85.0"
# The CRDs the exports are dry-run against (test/cluster/exports-dry-run.test.ts): Argo CD's Application from its own module,
# Flux's HelmRepository and OCIRepository from source-controller's, and its HelmRelease generated with controller-gen
# from helm-controller's api module (the controller's main module is not served). These modules ask for Go 1.27:
# `go mod download` still fetches and checks them (zipped), and controller-gen runs under that toolchain (the Go
# command downloads it once, as the module golang.org/toolchain).
ARGO_CD_VERSION="v3.6.2"
FLUX_SOURCE_CONTROLLER_VERSION="v1.10.1"
FLUX_HELM_CONTROLLER_API_VERSION="v1.7.1"
CONTROLLER_TOOLS_VERSION="v0.23.0"
FLUX_GO_TOOLCHAIN="go1.27.0"
# The ExternalSecret CRD (external-secrets.io/v1, served alone since ESO v1.0) comes from the operator's own module.
EXTERNAL_SECRETS_VERSION="v1.3.2"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BIN="$ROOT/.tools/bin"
mkdir -p "$BIN"

helm_only=false
publish=false
[[ "${1:-}" == "--helm-only" ]] && helm_only=true
[[ "${1:-}" == "--publish" ]] && helm_only=true && publish=true

say() { printf '[setup-tools] %s\n' "$*" >&2; }
die() { printf '[setup-tools] ERROR: %s\n' "$*" >&2; exit 1; }

need_go() {
  command -v go >/dev/null 2>&1 || die "Go is not installed, and the pinned tools are built with 'go install'.
  Install Go >= 1.24 (Debian: apt-get install golang, or the official tarball), then run: npm run setup:tools"
}

# go_tool NAME MODULE VERSION [NOSUMDB] [LDFLAGS]: builds MODULE@VERSION into .tools/bin/NAME unless the stamp
# says it is already there. NOSUMDB names a module path the checksum database has no entry for here (it answers
# 404); the module is then trusted as the Go module proxy serves it.
go_tool() {
  local name="$1" module="$2" version="$3" nosumdb="${4:-}" ldflags="${5:-}" stamp="$BIN/.$1.version"
  if [[ -x "$BIN/$name" && -f "$stamp" && "$(cat "$stamp")" == "$module@$version $ldflags" ]]; then
    return 0
  fi
  need_go
  say "building $name from $module@$version with go install (first run only, about 1-3 minutes)"
  local tmp
  tmp="$(mktemp -d)"
  # GOFLAGS=-mod=mod keeps a caller's vendor settings out of the way; CGO is not needed by any of these tools.
  if ! GOBIN="$tmp" CGO_ENABLED=0 GOFLAGS=-mod=mod GONOSUMDB="$nosumdb" go install -ldflags="$ldflags" "$module@$version"; then
    rm -rf "$tmp"
    die "go install $module@$version failed. The Go module proxy must be reachable (GOPROXY=$(go env GOPROXY))."
  fi
  local built
  built="$(find "$tmp" -maxdepth 1 -type f | head -n1)"
  mv "$built" "$BIN/$name"
  rm -rf "$tmp"
  echo "$module@$version $ldflags" > "$stamp"
}

# local_go_tool NAME DIR: builds the small module of ours in DIR (build tooling, pinned by its go.mod and go.sum)
# into .tools/bin/NAME, again only when its sources change.
local_go_tool() {
  local name="$1" dir="$ROOT/$2" stamp="$BIN/.$1.version" sum
  sum="$(cat "$dir/go.mod" "$dir/go.sum" "$dir"/*.go | sha256sum | cut -c1-16)"
  if [[ -x "$BIN/$name" && -f "$stamp" && "$(cat "$stamp")" == "$sum" ]]; then
    return 0
  fi
  need_go
  say "building $name from $2 (first run only, about 1-2 minutes)"
  local start=$SECONDS
  if ! (cd "$dir" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -o "$BIN/$name" .); then
    die "go build of $2 failed. The Go module proxy must be reachable (GOPROXY=$(go env GOPROXY))."
  fi
  echo "$sum" > "$stamp"
  say "built $name in $((SECONDS - start)) s"
}

# module_tools DIR LDFLAGS PACKAGE...: builds the `tool` packages of our module in DIR (its go.mod and go.sum pin
# them) into .tools/bin, named like their last path element, again only when the module or the flags change.
module_tools() {
  local dir="$ROOT/$1" ldflags="$2" sum pkg missing=false
  shift 2
  sum="$(cat "$dir/go.mod" "$dir/go.sum" | sha256sum | cut -c1-16) $ldflags"
  for pkg in "$@"; do
    [[ -x "$BIN/${pkg##*/}" && "$(cat "$BIN/.${pkg##*/}.version" 2>/dev/null)" == "$sum" ]] || missing=true
  done
  [[ "$missing" == true ]] || return 0
  need_go
  say "building $* from ${dir#"$ROOT/"} (first run only: about 10-15 minutes on 2 cores)"
  local start=$SECONDS
  if ! (cd "$dir" && CGO_ENABLED=0 GOFLAGS=-mod=readonly go build -trimpath -ldflags "$ldflags" -o "$BIN/" "$@"); then
    die "go build in ${dir#"$ROOT/"} failed. The Go module proxy must be reachable (GOPROXY=$(go env GOPROXY))."
  fi
  for pkg in "$@"; do echo "$sum" > "$BIN/.${pkg##*/}.version"; done
  say "built $* in $((SECONDS - start)) s"
}

# module_zip MODULE VERSION: fetches MODULE@VERSION with `go mod download` (checked against go.sum's database) and
# prints the path of its zip, which is there even when this Go is too old to unpack the module (then "Dir" is absent).
module_zip() {
  local json
  json="$(cd / && GOFLAGS= go mod download -json "$1@$2" || true)"
  sed -n 's/^[[:space:]]*"Zip": "\(.*\)",$/\1/p' <<<"$json"
}

# module_files MODULE VERSION DEST FILE...: copies files out of a Go module (as the module proxy serves it) into
# .tools/DEST, once per version.
module_files() {
  local module="$1" version="$2" dest="$ROOT/.tools/$3" zip f
  shift 3
  [[ -f "$dest/.version" && "$(cat "$dest/.version")" == "$module@$version" ]] && return 0
  need_go
  zip="$(module_zip "$module" "$version")"
  [[ -n "$zip" && -f "$zip" ]] || die "go mod download $module@$version failed. The Go module proxy must be reachable."
  mkdir -p "$dest"
  for f in "$@"; do
    unzip -p "$zip" "$module@$version/$f" > "$dest/${f##*/}" || die "$module@$version has no $f"
  done
  chmod u+w "$dest"/*
  echo "$module@$version" > "$dest/.version"
}

# module_crds MODULE VERSION DEST: the CRDs controller-gen (.tools/bin/controller-gen) generates from the API types of
# MODULE@VERSION, as the project's own Makefile does (crd:crdVersions=v1 paths=./...), into .tools/DEST, once per version.
module_crds() {
  local module="$1" version="$2" dest="$ROOT/.tools/$3" stamp="$1@$2 controller-gen $CONTROLLER_TOOLS_VERSION" zip tmp
  [[ -f "$dest/.version" && "$(cat "$dest/.version")" == "$stamp" ]] && return 0
  need_go
  zip="$(module_zip "$module" "$version")"
  [[ -n "$zip" && -f "$zip" ]] || die "go mod download $module@$version failed. The Go module proxy must be reachable."
  say "generating the CRDs of $module@$version with controller-gen (first run only, about a minute)"
  tmp="$(mktemp -d)"
  unzip -q "$zip" -d "$tmp"
  chmod -R u+w "$tmp"
  mkdir -p "$dest"
  if ! (cd "$tmp/$module@$version" && GOTOOLCHAIN="$FLUX_GO_TOOLCHAIN" GOFLAGS=-mod=mod \
    "$BIN/controller-gen" crd:crdVersions=v1 paths=./... output:crd:dir="$dest"); then
    rm -rf "$tmp"
    die "controller-gen failed on $module@$version"
  fi
  rm -rf "$tmp"
  echo "$stamp" > "$dest/.version"
}

go_tool helm helm.sh/helm/v4/cmd/helm "$HELM4_VERSION"
if [[ "$publish" == true || "$helm_only" == false ]]; then
  go_tool cosign github.com/sigstore/cosign/v2/cmd/cosign "$COSIGN_VERSION"
fi

if [[ "$helm_only" == false ]]; then
  go_tool helm3 helm.sh/helm/v3/cmd/helm "$HELM3_VERSION" "" "$HELM3_LDFLAGS"
  go_tool helm-unittest github.com/helm-unittest/helm-unittest/cmd/helm-unittest "$HELM_UNITTEST_VERSION" github.com/helm-unittest
  go_tool actionlint github.com/rhysd/actionlint/cmd/actionlint "$ACTIONLINT_VERSION"
  go_tool promtool github.com/prometheus/prometheus/cmd/promtool "$PROMETHEUS_VERSION"
  local_go_tool promql-eval scripts/setup/promql-eval
  local_go_tool hcl-eval scripts/setup/hcl-eval
  go_tool registry github.com/distribution/distribution/v3/cmd/registry "$REGISTRY_VERSION"
  local_go_tool etcd scripts/setup/etcd
  module_tools scripts/setup/kube-tools "$KUBE_LDFLAGS" k8s.io/kubernetes/cmd/kube-apiserver k8s.io/kubernetes/cmd/kube-controller-manager
  module_files github.com/prometheus-operator/prometheus-operator "$PROMETHEUS_OPERATOR_VERSION" prometheus-operator-crds \
    example/prometheus-operator-crd/monitoring.coreos.com_servicemonitors.yaml \
    example/prometheus-operator-crd/monitoring.coreos.com_prometheusrules.yaml
  module_files github.com/argoproj/argo-cd/v3 "$ARGO_CD_VERSION" argo-cd-crds manifests/crds/application-crd.yaml
  module_files github.com/fluxcd/source-controller "$FLUX_SOURCE_CONTROLLER_VERSION" flux-source-crds \
    config/crd/bases/source.toolkit.fluxcd.io_helmrepositories.yaml \
    config/crd/bases/source.toolkit.fluxcd.io_ocirepositories.yaml
  # Built with the toolchain that loads helm-controller's api module (go/types refuses code newer than itself).
  GOTOOLCHAIN="$FLUX_GO_TOOLCHAIN" go_tool controller-gen sigs.k8s.io/controller-tools/cmd/controller-gen "$CONTROLLER_TOOLS_VERSION"
  module_crds github.com/fluxcd/helm-controller/api "$FLUX_HELM_CONTROLLER_API_VERSION" flux-helm-crds
  module_files github.com/external-secrets/external-secrets "$EXTERNAL_SECRETS_VERSION" external-secrets-crds \
    config/crds/bases/external-secrets.io_externalsecrets.yaml

  if ! compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      say "installing Debian's PostgreSQL for the migration SQL tests (apt-get install -y postgresql, about a minute)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      die "the migration SQL tests need Debian's PostgreSQL server (/usr/lib/postgresql/*/bin/initdb).
  Run as root: apt-get update && apt-get install -y postgresql"
    fi
  fi

  if [[ ! -x /usr/bin/chromium ]]; then
    if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
      say "installing Debian's Chromium for the browser tests (apt-get install -y chromium, about 1-2 minutes)"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      die "the browser tests need Debian's Chromium at /usr/bin/chromium (Playwright cannot download its own here).
  Run as root: apt-get update && apt-get install -y chromium"
    fi
  fi
fi

say "tools ready in .tools/bin: $(ls "$BIN" | tr '\n' ' ')"
