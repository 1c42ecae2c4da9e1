// Command promql-eval evaluates PromQL range queries with Prometheus' own query engine over synthetic series
// written in promtool's notation (`metric{labels}` and `values: '0+10x60'`), for the docs' dashboard picture.
// Build tooling only: it reads JSON on stdin and prints JSON; it serves nothing and opens no connection.
//
// Input:  {"interval":"1m","series":[{"series":"...","values":"..."}],"end":"60m","step":"1m",
//          "queries":[{"id":"p1/A","expr":"..."}]}
// Output: {"results":[{"id":"p1/A","series":[{"labels":{...},"points":[[seconds,value],...]}],"error":""}]}
package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"time"

	"github.com/prometheus/common/model"
	"github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql"
	"github.com/prometheus/prometheus/promql/parser"
	"github.com/prometheus/prometheus/tsdb"
)

type input struct {
	Interval string `json:"interval"`
	Series   []struct {
		Series string `json:"series"`
		Values string `json:"values"`
	} `json:"series"`
	End     string `json:"end"`
	Step    string `json:"step"`
	Queries []struct {
		ID   string `json:"id"`
		Expr string `json:"expr"`
	} `json:"queries"`
}

type series struct {
	Labels map[string]string `json:"labels"`
	Points [][2]float64      `json:"points"`
}

type result struct {
	ID     string   `json:"id"`
	Series []series `json:"series"`
	Error  string   `json:"error,omitempty"`
}

func duration(s string) time.Duration {
	d, err := model.ParseDuration(s)
	if err != nil {
		fail("bad duration %q: %v", s, err)
	}
	return time.Duration(d)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "promql-eval: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fail("reading the input: %v", err)
	}
	dir, err := os.MkdirTemp("", "promql-eval-")
	if err != nil {
		fail("%v", err)
	}
	defer os.RemoveAll(dir)
	db, err := tsdb.Open(dir, nil, nil, tsdb.DefaultOptions(), nil)
	if err != nil {
		fail("opening a TSDB: %v", err)
	}
	defer db.Close()

	interval := duration(in.Interval)
	ctx := context.Background()
	app := db.Appender(ctx)
	for _, s := range in.Series {
		lbls, values, err := parser.NewParser(parser.Options{}).ParseSeriesDesc(s.Series + " " + s.Values)
		if err != nil {
			fail("series %q: %v", s.Series, err)
		}
		for i, v := range values {
			if v.Omitted {
				continue
			}
			if _, err := app.Append(0, lbls, int64(i)*interval.Milliseconds(), v.Value); err != nil {
				fail("appending %s: %v", lbls, err)
			}
		}
	}
	if err := app.Commit(); err != nil {
		fail("committing the series: %v", err)
	}

	engine := promql.NewEngine(promql.EngineOpts{MaxSamples: 50_000_000, Timeout: time.Minute, LookbackDelta: 5 * time.Minute})
	start, end, step := time.Unix(0, 0).UTC(), time.Unix(0, 0).UTC().Add(duration(in.End)), duration(in.Step)
	out := struct {
		Results []result `json:"results"`
	}{}
	for _, q := range in.Queries {
		r := result{ID: q.ID, Series: []series{}}
		query, err := engine.NewRangeQuery(ctx, db, nil, q.Expr, start, end, step)
		if err != nil {
			r.Error = err.Error()
			out.Results = append(out.Results, r)
			continue
		}
		res := query.Exec(ctx)
		if res.Err != nil {
			r.Error = res.Err.Error()
		} else if m, err := res.Matrix(); err != nil {
			r.Error = err.Error()
		} else {
			for _, s := range m {
				ls := map[string]string{}
				s.Metric.Range(func(l labels.Label) { ls[l.Name] = l.Value })
				pts := [][2]float64{}
				for _, p := range s.Floats {
					if !math.IsNaN(p.F) && !math.IsInf(p.F, 0) {
						pts = append(pts, [2]float64{float64(p.T) / 1000, math.Round(p.F*1e6) / 1e6})
					}
				}
				r.Series = append(r.Series, series{Labels: ls, Points: pts})
			}
		}
		query.Close()
		out.Results = append(out.Results, r)
	}
	enc := json.NewEncoder(os.Stdout)
	if err := enc.Encode(out); err != nil {
		fail("%v", err)
	}
}
