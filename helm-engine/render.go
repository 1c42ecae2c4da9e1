// Package main is Helm's own engine compiled to WebAssembly, shipped to the browser for the configurator's
// manifests view: it loads a chart archive and renders it exactly as `helm template` does, with the lower-level
// packages `helm template` itself calls (helm.sh/helm/v4/pkg/action does not compile to WebAssembly). It holds no
// chart logic of ours, only this glue: render() here, cache.go keeping what depends only on the archive between
// renders, main_js.go exposing it to JavaScript. The e2e tests (e2e/configure-manifests.spec.ts) prove its output
// equals the helm CLI's; render_test.go that a render never sees an earlier one's state.
package main

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"
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
	// Profile also times the template parse alone, by parsing the templates once more (the bench asks for it; the
	// view does not, since it costs a second parse).
	Profile bool `json:"profile,omitempty"`
}

// Document is one rendered manifest with the template it came from.
type Document struct {
	Source  string `json:"source"`
	Kind    string `json:"kind"`
	Name    string `json:"name"`
	Hook    bool   `json:"hook"`
	Content string `json:"content"`
}

// Phases is where a render's time went, in milliseconds, by the module's own clock: what the bench prints to find
// what to make faster. A phase kept from an earlier render (the archive, a compiled schema) counts 0 and says so.
type Phases struct {
	// Load: the archive unpacked and its charts read (loader.LoadArchive); ChartKept when an earlier render's was used.
	Load      float64 `json:"load"`
	ChartKept bool    `json:"chartKept"`
	// Values: the values file parsed, as `-f` reads it.
	Values float64 `json:"values"`
	// Dependencies: a fresh copy of the chart tree, then chartutil.ProcessDependencies (conditions, tags, import-values).
	Dependencies float64 `json:"dependencies"`
	// Coalesce: the values coalesced with every chart's defaults (the render values, without schema validation).
	Coalesce float64 `json:"coalesce"`
	// SchemaCompile: the values.schema.json files compiled (0 when all were kept); SchemaValidate: the values checked.
	SchemaCompile  float64 `json:"schemaCompile"`
	SchemaValidate float64 `json:"schemaValidate"`
	// Render: Helm's engine, which parses every template and then executes them in one call.
	Render float64 `json:"render"`
	// Parse: the template parse alone, timed apart only when the request asks for a profile (else absent).
	Parse *float64 `json:"parse,omitempty"`
	// Output: NOTES set apart, the manifests sorted in install order and written out as `helm template` prints them.
	Output float64 `json:"output"`
}

// Response carries `helm template`'s exact standard output, the documents it is made of, and the NOTES.
type Response struct {
	Output    string     `json:"output"`
	Documents []Document `json:"documents"`
	Notes     string     `json:"notes"`
	Error     string     `json:"error,omitempty"`
	Phases    *Phases    `json:"phases,omitempty"`
}

const notesSuffix = "NOTES.txt"

// valuesFile is the name the configurator gives the editor's values (its download), as `-f` would name it.
const valuesFile = "values.yaml"

// phaseClock times consecutive phases: each call returns the milliseconds since the previous one.
type phaseClock struct{ last time.Time }

func newPhaseClock() *phaseClock { return &phaseClock{last: time.Now()} }

func (c *phaseClock) lap() float64 {
	now := time.Now()
	ms := float64(now.Sub(c.last).Microseconds()) / 1000
	c.last = now
	return ms
}

// render renders a loaded chart (cache.go) for one request. What depends only on the archive was done once when it
// was loaded; what depends on the values and settings is done here, on a fresh copy of the chart tree.
func render(loaded *Loaded, req Request) (resp Response) {
	ph := &Phases{ChartKept: loaded.renders > 0}
	if !ph.ChartKept {
		ph.Load = loaded.loadMs
	}
	loaded.renders++
	defer func() {
		if r := recover(); r != nil {
			resp = Response{Error: fmt.Sprintf("%v", r)}
		}
		resp.Phases = ph
	}()
	if loaded.err != nil {
		return Response{Error: loaded.err.Error()}
	}
	clock := newPhaseClock()
	// As `helm template -f values.yaml` reads the file (pkg/cli/values MergeValues).
	raw, err := loader.LoadValues(strings.NewReader(req.Values))
	ph.Values = clock.lap()
	if err != nil {
		return Response{Error: fmt.Sprintf("failed to parse %s: %s", valuesFile, err)}
	}
	vals := common.Values(raw)
	// ProcessDependencies disables subcharts per values and rewrites the dependencies' metadata in place: it works on
	// a copy, so that the loaded chart stays as the archive has it for the next render.
	ch := freshCopy(loaded.chart)
	err = chartutil.ProcessDependencies(ch, vals)
	ph.Dependencies = clock.lap()
	if err != nil {
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
	// util.ToRenderValuesWithSchemaValidation(ch, vals, options, caps, false), in two steps: the coalescing, then the
	// schema validation with the schemas compiled once per archive (cache.go) instead of on every render.
	values, err := util.ToRenderValuesWithSchemaValidation(ch, vals, options, caps, true)
	ph.Coalesce = clock.lap()
	if err != nil {
		return Response{Error: err.Error()}
	}
	compileMs, err := loaded.schemas.validate(ch, values["Values"].(common.Values))
	ph.SchemaCompile = compileMs
	ph.SchemaValidate = clock.lap() - compileMs
	if err != nil {
		return Response{Error: fmt.Errorf("values don't meet the specifications of the schema(s) in the following chart(s):\n%w", err).Error()}
	}
	if req.Profile {
		ms := parseAlone(ch)
		ph.Parse = &ms
		clock.lap()
	}
	return renderResources(ch, values, caps, req.SkipTests, ph, clock)
}

// renderResources is the client-only path of helm's action.(*Configuration).renderResources followed by the
// output of `helm template` (pkg/cmd/template.go): no post-renderer, no output directory, no CRDs flag.
func renderResources(ch *chart.Chart, values common.Values, caps *common.Capabilities, skipTests bool, ph *Phases, clock *phaseClock) Response {
	if ch.Metadata.KubeVersion != "" && !chartutil.IsCompatibleRange(ch.Metadata.KubeVersion, caps.KubeVersion.String()) {
		return Response{Error: fmt.Sprintf("chart requires kubeVersion: %s which is incompatible with Kubernetes %s", ch.Metadata.KubeVersion, caps.KubeVersion.Version)}
	}
	var e engine.Engine
	files, err := e.RenderWithContext(context.Background(), ch, values)
	ph.Render = clock.lap()
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
	ph.Output = clock.lap()
	return Response{Output: out.String(), Documents: docs, Notes: notes.String()}
}

func headName(h *releaseutil.SimpleHead) string {
	if h == nil || h.Metadata == nil {
		return ""
	}
	return h.Metadata.Name
}

// parseAlone parses the templates the engine will parse (those of the enabled charts), as its render does, and
// returns the milliseconds: the engine does parse and execution in one call, which cannot be timed apart. Parsing
// needs only the functions' names, so stand-ins do.
func parseAlone(ch *chart.Chart) float64 {
	start := time.Now()
	funcs := template.FuncMap{}
	for name := range sprig.TxtFuncMap() {
		funcs[name] = func(...any) any { return nil }
	}
	for _, name := range []string{"toToml", "mustToToml", "fromToml", "toYaml", "mustToYaml", "toYamlPretty", "fromYaml",
		"fromYamlArray", "toJson", "mustToJson", "fromJson", "fromJsonArray", "mustToDuration", "durationSeconds",
		"durationMilliseconds", "durationMicroseconds", "durationNanoseconds", "durationMinutes", "durationHours",
		"durationDays", "durationWeeks", "durationRoundTo", "durationTruncateTo", "include", "tpl", "required", "lookup"} {
		funcs[name] = func(...any) any { return nil }
	}
	t := template.New("gotpl").Funcs(funcs)
	var walk func(c *chart.Chart)
	walk = func(c *chart.Chart) {
		for _, d := range c.Dependencies() {
			walk(d)
		}
		for _, f := range c.Templates {
			_, _ = t.New(c.ChartFullPath() + "/" + f.Name).Parse(string(f.Data))
		}
	}
	walk(ch)
	return float64(time.Since(start).Microseconds()) / 1000
}
