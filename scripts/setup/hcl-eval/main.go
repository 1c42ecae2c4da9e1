// Command hcl-eval evaluates one attribute of a Terraform file's `locals` block with the libraries Terraform
// 1.11.4 itself uses (hashicorp/hcl/v2 for the syntax and templates, go-cty-yaml for yamlencode, versions pinned in
// go.mod to those of Terraform's go.mod), and prints yamlencode of the result. The Terraform export's test reads its
// values back this way: the terraform binary cannot be built with `go install` (its go.mod has replace directives)
// and is not a Debian package. Evaluation has no variables and no functions, so an unescaped `${...}` or `%{...}`
// in a string is an error here, as it would be a reference in Terraform.
//
// Usage: hcl-eval FILE.tf LOCAL_NAME
package main

import (
	"fmt"
	"os"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	ctyyaml "github.com/zclconf/go-cty-yaml"
)

func main() {
	if len(os.Args) != 3 {
		fail("usage: hcl-eval FILE.tf LOCAL_NAME")
	}
	src, err := os.ReadFile(os.Args[1])
	if err != nil {
		fail(err.Error())
	}
	file, diags := hclsyntax.ParseConfig(src, os.Args[1], hcl.Pos{Line: 1, Column: 1})
	if diags.HasErrors() {
		fail(diags.Error())
	}
	body := file.Body.(*hclsyntax.Body)
	for _, block := range body.Blocks {
		if block.Type != "locals" {
			continue
		}
		attr, ok := block.Body.Attributes[os.Args[2]]
		if !ok {
			continue
		}
		value, diags := attr.Expr.Value(&hcl.EvalContext{})
		if diags.HasErrors() {
			fail(diags.Error())
		}
		out, err := ctyyaml.Standard.Marshal(value)
		if err != nil {
			fail(err.Error())
		}
		os.Stdout.Write(out)
		return
	}
	fail(fmt.Sprintf("no locals block sets %s", os.Args[2]))
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(1)
}
