//go:build js && wasm

package main

import (
	"encoding/json"
	"syscall/js"
)

// main registers globalThis.helmTemplate(archive: Uint8Array, request: string) => string (a JSON Response),
// defined as soon as go.run() has started the module, and keeps the module alive for later calls.
func main() {
	js.Global().Set("helmTemplate", js.FuncOf(func(_ js.Value, args []js.Value) any {
		archive := make([]byte, args[0].Get("length").Int())
		js.CopyBytesToGo(archive, args[0])
		var req Request
		if err := json.Unmarshal([]byte(args[1].String()), &req); err != nil {
			out, _ := json.Marshal(Response{Error: "bad request: " + err.Error()})
			return string(out)
		}
		out, _ := json.Marshal(render(archive, req))
		return string(out)
	}))
	select {}
}
