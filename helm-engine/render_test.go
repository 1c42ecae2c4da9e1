package main

// Renders kept between calls (cache.go) must give exactly what a fresh engine gives: helm mutates the chart while it
// renders (ProcessDependencies disables subcharts per values), so a kept chart that leaked one render's state into
// the next would render bundled services after external ones, or lose subcharts. Run by
// test/engine/helm-engine-go.test.ts with the chart packaged as the site serves it; alone:
//
//	HELM_ENGINE_ARCHIVE=/path/to/aeterna-x.y.z.tgz go test ./...

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// generated masks the values the chart generates anew on every render (randAlphaNum, and the checksums of what holds
// them), as lib/engine/manifest-diff.ts's GENERATED_VALUE does.
var generated = regexp.MustCompile(`(?m)^(\s+"?[\w./-]+"?: )"?([A-Za-z0-9+/=]{16,})"?$`)

func masked(r Response) string {
	var b strings.Builder
	b.WriteString(r.Error + "\n---notes\n" + r.Notes + "\n---output\n" + r.Output)
	for _, d := range r.Documents {
		b.WriteString("\n---doc " + d.Source + " " + d.Kind + " " + d.Name + "\n" + d.Content)
	}
	return generated.ReplaceAllString(b.String(), "$1<generated>")
}

func request(values string) Request {
	// As lib/engine/protocol.ts's helmRequest sends it (PREVIEW_VALUES_DOCUMENT first). The Kubernetes version is
	// given: a test binary's build info has no client-go version for helm to default to (it falls back to 1.20).
	return Request{
		Values:      "generatedSecrets:\n  withoutCluster: generate\n---\n" + values,
		Release:     "aeterna",
		Namespace:   "aeterna",
		KubeVersion: "1.35.0",
		APIVersions: []string{"monitoring.coreos.com/v1"},
	}
}

func corpus(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "test", "fixtures", "values-corpus", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestKeptChartRendersAsAFreshOne(t *testing.T) {
	path := os.Getenv("HELM_ENGINE_ARCHIVE")
	if path == "" {
		t.Skip("HELM_ENGINE_ARCHIVE names no chart archive")
	}
	archive, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Bundled, then external dependencies (the subcharts disabled), then bundled again (they must come back), then
	// values the schema refuses, then the defaults.
	sequence := []struct{ name, values string }{
		{"all-bundled", corpus(t, "valid/all-bundled.yaml")},
		{"all-external", corpus(t, "valid/all-external.yaml")},
		{"all-bundled again", corpus(t, "valid/all-bundled.yaml")},
		{"mixed", corpus(t, "valid/mixed.yaml")},
		{"invalid", "service:\n  port: 0\n"},
		{"defaults", ""},
		{"all-external again", corpus(t, "valid/all-external.yaml")},
	}
	kept := load(archive)
	for i, s := range sequence {
		got := render(kept, request(s.values))
		want := render(load(archive), request(s.values))
		if masked(got) != masked(want) {
			t.Errorf("render %d (%s) after %d on the same loaded chart differs from a fresh engine's", i+1, s.name, i)
		}
		if !got.Phases.ChartKept && i > 0 {
			t.Errorf("render %d (%s) loaded the archive again", i+1, s.name)
		}
		if s.name == "all-external" && strings.Contains(got.Output, "# Source: aeterna/charts/redis/") {
			t.Errorf("all-external renders the bundled redis subchart")
		}
		if got.Error != "" && s.name != "invalid" {
			t.Errorf("render %d (%s): %s", i+1, s.name, got.Error)
		}
		if s.name == "all-bundled again" && !strings.Contains(got.Output, "# Source: aeterna/charts/redis/") {
			t.Errorf("all-bundled after all-external lost the bundled redis subchart")
		}
		if s.name == "invalid" && !strings.Contains(got.Error, "values don't meet the specifications of the schema(s)") {
			t.Errorf("invalid values were not refused by the schema: %q", got.Error)
		}
	}
	if kept.schemas.compiled == nil {
		t.Error("no schema was kept compiled")
	}
}

// BenchmarkRender prints where a render's time goes by phase (the figures of Phases, natively, which the browser's
// WebAssembly multiplies by some 2-4): cold is a fresh engine's first render (the archive loaded, the schemas
// compiled), rerender one on the kept chart. Figures only, no budget:
//
//	HELM_ENGINE_ARCHIVE=/path/to/aeterna-x.y.z.tgz go test -run '^$' -bench . -benchtime 20x
func BenchmarkRender(b *testing.B) {
	path := os.Getenv("HELM_ENGINE_ARCHIVE")
	if path == "" {
		b.Skip("HELM_ENGINE_ARCHIVE names no chart archive")
	}
	archive, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	values := corpus(b, "valid/all-bundled.yaml")
	report := func(b *testing.B, sum Phases) {
		n := float64(b.N)
		for name, ms := range map[string]float64{"load": sum.Load, "deps": sum.Dependencies, "values": sum.Values,
			"coalesce": sum.Coalesce, "schemaCompile": sum.SchemaCompile, "schemaValidate": sum.SchemaValidate,
			"parse": *sum.Parse, "render": sum.Render, "output": sum.Output} {
			b.ReportMetric(ms/n, name+"-ms")
		}
	}
	add := func(sum *Phases, p *Phases) {
		sum.Load += p.Load
		sum.Dependencies += p.Dependencies
		sum.Values += p.Values
		sum.Coalesce += p.Coalesce
		sum.SchemaCompile += p.SchemaCompile
		sum.SchemaValidate += p.SchemaValidate
		*sum.Parse += *p.Parse
		sum.Render += p.Render
		sum.Output += p.Output
	}
	req := request(values)
	req.Profile = true
	b.Run("cold", func(b *testing.B) {
		sum := Phases{Parse: new(float64)}
		for b.Loop() {
			add(&sum, render(load(archive), req).Phases)
		}
		report(b, sum)
	})
	b.Run("rerender", func(b *testing.B) {
		kept := load(archive)
		render(kept, req)
		sum := Phases{Parse: new(float64)}
		for b.Loop() {
			add(&sum, render(kept, req).Phases)
		}
		report(b, sum)
	})
}
