// Package main is Helm's own engine compiled to WebAssembly, shipped to the browser for the configurator's
// manifests view: it loads a chart archive and renders it exactly as `helm template` does, with the lower-level
// packages `helm template` itself calls (helm.sh/helm/v4/pkg/action does not compile to WebAssembly). It holds no
// chart logic of ours, only this glue: render() here, main_js.go exposing it to JavaScript. The e2e tests
// (e2e/configure-manifests.spec.ts) prove its output equals the helm CLI's.
package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"helm.sh/helm/v4/pkg/chart/common"
	"helm.sh/helm/v4/pkg/chart/common/util"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
	chartutil "helm.sh/helm/v4/pkg/chart/v2/util"
	"helm.sh/helm/v4/pkg/engine"
	release "helm.sh/helm/v4/pkg/release/v1"
	releaseutil "helm.sh/helm/v4/pkg/release/v1/util"
)

// Request is what `helm template <release> <archive> -f values.yaml --namespace <ns> --kube-version <v>
// --api-versions <a>... [--is-upgrade] [--skip-tests]` is given.
type Request struct {
	Values      string   `json:"values"`
	Release     string   `json:"release"`
	Namespace   string   `json:"namespace"`
	KubeVersion string   `json:"kubeVersion"`
	APIVersions []string `json:"apiVersions"`
	IsUpgrade   bool     `json:"isUpgrade"`
	SkipTests   bool     `json:"skipTests"`
}

// Document is one rendered manifest with the template it came from.
type Document struct {
	Source  string `json:"source"`
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Hook    bool   `json:"hook"`
	Content string `json:"content"`
}

// Response carries `helm template`'s exact standard output, the documents it is made of, and the NOTES.
type Response struct {
	Output    string     `json:"output"`
	Documents []Document `json:"documents"`
	Notes     string     `json:"notes"`
	Error     string     `json:"error,omitempty"`
}

const notesSuffix = "NOTES.txt"

// valuesFile is the name the configurator gives the editor's values (its download), as `-f` would name it.
const valuesFile = "values.yaml"

func render(archive []byte, req Request) (resp Response) {
	defer func() {
		if r := recover(); r != nil {
			resp = Response{Error: fmt.Sprintf("%v", r)}
		}
	}()
	ch, err := loader.LoadArchive(bytes.NewReader(archive))
	if err != nil {
		return Response{Error: err.Error()}
	}
	// As `helm template -f values.yaml` reads the file (pkg/cli/values MergeValues).
	raw, err := loader.LoadValues(bytes.NewReader([]byte(req.Values)))
	if err != nil {
		return Response{Error: fmt.Sprintf("failed to parse %s: %s", valuesFile, err)}
	}
	vals := common.Values(raw)
	if err := chartutil.ProcessDependencies(ch, vals); err != nil {
		return Response{Error: fmt.Sprintf("chart dependencies processing failed: %s", err)}
	}
	caps := common.DefaultCapabilities.Copy()
	if req.KubeVersion != "" {
		kv, err := common.ParseKubeVersion(req.KubeVersion)
		if err != nil {
			return Response{Error: fmt.Sprintf("invalid kube version '%s': %s", req.KubeVersion, err)}
		}
		caps.KubeVersion = *kv
	}
	caps.APIVersions = append(caps.APIVersions, req.APIVersions...)
	options := common.ReleaseOptions{Name: req.Release, Namespace: req.Namespace, Revision: 1, IsInstall: !req.IsUpgrade, IsUpgrade: req.IsUpgrade}
	values, err := util.ToRenderValuesWithSchemaValidation(ch, vals, options, caps, false)
	if err != nil {
		return Response{Error: err.Error()}
	}
	return renderResources(ch, values, caps, req.SkipTests)
}

// renderResources is the client-only path of helm's action.(*Configuration).renderResources followed by the
// output of `helm template` (pkg/cmd/template.go): no post-renderer, no output directory, no CRDs flag.
func renderResources(ch *chart.Chart, values common.Values, caps *common.Capabilities, skipTests bool) Response {
	if ch.Metadata.KubeVersion != "" && !chartutil.IsCompatibleRange(ch.Metadata.KubeVersion, caps.KubeVersion.String()) {
		return Response{Error: fmt.Sprintf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s", ch.Metadata.KubeVersion, caps.KubeVersion.Version)}
	}
	var e engine.Engine
	files, err := e.RenderWithContext(context.Background(), ch, values)
	if err != nil {
		return Response{Error: err.Error()}
	}
	var notes bytes.Buffer
	for k, v := range files {
		if strings.HasSuffix(k, notesSuffix) {
			if k == ch.Name()+"/templates/"+notesSuffix {
				notes.WriteString(v)
			}
			delete(files, k)
		}
	}
	hooks, manifests, err := releaseutil.SortManifests(files, nil, releaseutil.InstallOrder)
	if err != nil {
		return Response{Error: err.Error()}
	}
	var manifestDoc bytes.Buffer
	docs := make([]Document, 0, len(manifests)+len(hooks))
	for _, m := range manifests {
		fmt.Fprintf(&manifestDoc, "---\n# Source: %s\n%s\n", m.Name, m.Content)
		docs = append(docs, Document{Source: m.Name, Kind: m.Head.Kind, Name: headName(m.Head), Content: m.Content})
	}
	var out bytes.Buffer
	fmt.Fprintln(&out, strings.TrimSpace(manifestDoc.String()))
	for _, h := range hooks {
		if skipTests && slices.Contains(h.Events, release.HookTest) {
			continue
		}
		fmt.Fprintf(&out, "---\n# Source: %s\n%s\n", h.Path, h.Manifest)
		docs = append(docs, Document{Source: h.Path, Kind: h.Kind, Name: h.Name, Hook: true, Content: h.Manifest})
	}
	return Response{Output: out.String(), Documents: docs, Notes: notes.String()}
}

func headName(h *releaseutil.SimpleHead) string {
	if h == nil || h.Metadata == nil {
		return ""
	}
	return h.Metadata.Name
}
