//go:build js && wasm

package main

import (
	"encoding/json"
	"syscall/js"
)

// maxKept bounds the archives kept loaded: the served chart and the earlier versions the view compares with.
const maxKept = 8

type kept struct {
	archive js.Value
	loaded  *Loaded
}

// keptCharts are the archives loaded so far, by the JavaScript Uint8Array given (compared with ===: the worker
// passes the same array for the same archive, so a render neither copies nor unpacks it again).
var keptCharts []kept

func loadedFor(archive js.Value) *Loaded {
	for _, k := range keptCharts {
		if k.archive.Equal(archive) {
			return k.loaded
		}
	}
	bytes := make([]byte, archive.Get("length").Int())
	js.CopyBytesToGo(bytes, archive)
	l := load(bytes)
	if len(keptCharts) == maxKept {
		keptCharts = keptCharts[1:]
	}
	keptCharts = append(keptCharts, kept{archive: archive, loaded: l})
	return l
}

// main registers globalThis.helmTemplate(archive: Uint8Array, request: string) => string (a JSON Response),
// defined as soon as go.run() has started the module, and keeps the module alive for later calls.
func main() {
	js.Global().Set("helmTemplate", js.FuncOf(func(_ js.Value, args []js.Value) any {
		var req Request
		if err := json.Unmarshal([]byte(args[1].String()), &req); err != nil {
			out, _ := json.Marshal(Response{Error: "bad request: " + err.Error()})
			return string(out)
		}
		out, _ := json.Marshal(render(loadedFor(args[0]), req))
		return string(out)
	}))
	select {}
}
