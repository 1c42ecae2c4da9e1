package main

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"helm.sh/helm/v4/pkg/chart/common"
	"helm.sh/helm/v4/pkg/chart/common/util"
	chart "helm.sh/helm/v4/pkg/chart/v2"
	"helm.sh/helm/v4/pkg/chart/v2/loader"
)

// Loaded is what depends only on the archive, done once and kept between renders: the charts read from it, and
// their values schemas compiled (lazily, on the first render that validates against each).
type Loaded struct {
	chart   *chart.Chart
	err     error
	loadMs  float64
	renders int
	schemas *schemaCache
}

// load unpacks an archive as `helm template <archive>` does (loader.LoadArchive). Its error, if any, is every
// render's answer.
func load(archive []byte) *Loaded {
	start := time.Now()
	ch, err := loader.LoadArchive(bytes.NewReader(archive))
	return &Loaded{chart: ch, err: err, loadMs: float64(time.Since(start).Microseconds()) / 1000, schemas: &schemaCache{}}
}

// freshCopy copies the chart tree as far as a render changes it: chartutil.ProcessDependencies rewrites each chart's
// Metadata.Dependencies (Enabled, Name for an alias, ImportValues, the list itself), its list of subcharts (and their
// parent links) and replaces its Values map. Everything else (templates, files, the Values maps themselves, which
// helm deep-copies before coalescing) is only read, and is shared. A render then never sees an earlier render's
// choices, such as a subchart disabled by its values.
func freshCopy(c *chart.Chart) *chart.Chart {
	out := *c
	if c.Metadata != nil {
		md := *c.Metadata
		if md.Dependencies != nil {
			md.Dependencies = make([]*chart.Dependency, len(c.Metadata.Dependencies))
			for i, d := range c.Metadata.Dependencies {
				if d != nil {
					cp := *d
					md.Dependencies[i] = &cp
				}
			}
		}
		out.Metadata = &md
	}
	subs := make([]*chart.Chart, 0, len(c.Dependencies()))
	for _, d := range c.Dependencies() {
		subs = append(subs, freshCopy(d))
	}
	out.SetDependencies(subs...)
	return &out
}

// schemaCache holds the values schemas compiled, by their text: compiling the chart's schema is most of what
// validating costs, and it depends only on the archive.
type schemaCache struct{ compiled map[string]*jsonschema.Schema }

// validate is util.ValidateAgainstSchema (helm.sh/helm/v4/pkg/chart/common/util/jsonschema.go) with compiled
// schemas kept, the same messages in the same order. It returns the milliseconds spent compiling.
func (s *schemaCache) validate(ch *chart.Chart, values common.Values) (float64, error) {
	compileMs := 0.0
	err := s.validateChart(ch, values, &compileMs)
	return compileMs, err
}

func (s *schemaCache) validateChart(ch *chart.Chart, values map[string]any, compileMs *float64) error {
	var sb strings.Builder
	if ch.Schema != nil {
		if err := s.validateSingle(values, ch.Schema, compileMs); err != nil {
			fmt.Fprintf(&sb, "%s:\n", ch.Name())
			sb.WriteString(err.Error())
		}
	}
	for _, sub := range ch.Dependencies() {
		raw, exists := values[sub.Name()]
		if !exists || raw == nil {
			continue
		}
		subValues, ok := raw.(map[string]any)
		if !ok {
			fmt.Fprintf(&sb, "%s:\ninvalid type for values: expected object (map), got %T\n", sub.Name(), raw)
			continue
		}
		if err := s.validateChart(sub, subValues, compileMs); err != nil {
			sb.WriteString(err.Error())
		}
	}
	if sb.Len() > 0 {
		return errors.New(sb.String())
	}
	return nil
}

// validateSingle is util.ValidateAgainstSingleSchema, compiling a schema text only the first time it is seen.
func (s *schemaCache) validateSingle(values common.Values, schemaJSON []byte, compileMs *float64) (reterr error) {
	defer func() {
		if r := recover(); r != nil {
			reterr = fmt.Errorf("unable to validate schema: %s", r)
		}
	}()
	validator, ok := s.compiled[string(schemaJSON)]
	if !ok {
		start := time.Now()
		var err error
		validator, err = compileSchema(schemaJSON)
		*compileMs += float64(time.Since(start).Microseconds()) / 1000
		if err != nil {
			// Not kept: helm compiles again on every render, and says the same each time.
			return err
		}
		if s.compiled == nil {
			s.compiled = map[string]*jsonschema.Schema{}
		}
		s.compiled[string(schemaJSON)] = validator
	}
	if err := validator.Validate(values.AsMap()); err != nil {
		// util.JSONSchemaValidationError's text.
		return errors.New(strings.TrimPrefix(err.Error(), "jsonschema validation failed with 'file:///values.schema.json#'\n") + "\n")
	}
	return nil
}

// compileSchema compiles as helm does: the same resource name (in its messages) and the same loaders.
func compileSchema(schemaJSON []byte) (*jsonschema.Schema, error) {
	schema, err := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if err != nil {
		return nil, err
	}
	httpLoader := (*util.HTTPURLLoader)(&http.Client{
		Timeout:   15 * time.Second,
		Transport: &http.Transport{Proxy: http.ProxyFromEnvironment, TLSClientConfig: &tls.Config{}},
	})
	compiler := jsonschema.NewCompiler()
	compiler.UseLoader(jsonschema.SchemeURLLoader{
		"file":  jsonschema.FileLoader{},
		"http":  httpLoader,
		"https": httpLoader,
		"urn":   urnLoader{},
	})
	if err := compiler.AddResource("file:///values.schema.json", schema); err != nil {
		return nil, err
	}
	return compiler.Compile("file:///values.schema.json")
}

// urnLoader is helm's (unexported there): util.URNResolver first, else a permissive schema, with a warning once.
type urnLoader struct{}

var warnedURNs sync.Map

func (urnLoader) Load(urlStr string) (any, error) {
	if doc, err := util.URNResolver(urlStr); err == nil && doc != nil {
		return doc, nil
	}
	if _, loaded := warnedURNs.LoadOrStore(urlStr, struct{}{}); !loaded {
		slog.Warn("unresolved URN reference ignored; using permissive schema", "urn", urlStr)
	}
	return jsonschema.UnmarshalJSON(strings.NewReader("true"))
}
