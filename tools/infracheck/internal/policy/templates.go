package policy

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// RuleTemplateVars: every templatefile() call passes each variable its template uses,
// and the template parses (Terraform only finds out at plan time).
const RuleTemplateVars = "templatefile-vars"

// templateCall is one templatefile(path, vars) call with its template parsed.
type templateCall struct {
	module   *Module
	call     *hclsyntax.FunctionCallExpr
	file     string // relative to the tree root
	template hclsyntax.Expression
	keys     []string
	problems []Violation
}

func (t *Tree) templateCalls() []*templateCall {
	var out []*templateCall
	for _, m := range t.Modules {
		for _, f := range m.Files {
			_ = hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
				call, ok := n.(*hclsyntax.FunctionCallExpr)
				if ok && call.Name == "templatefile" && len(call.Args) == 2 {
					out = append(out, t.parseTemplateCall(m, call))
				}
				return nil
			})
		}
	}
	return out
}

func (t *Tree) parseTemplateCall(m *Module, call *hclsyntax.FunctionCallExpr) *templateCall {
	tc := &templateCall{module: m, call: call}
	at := call.Range()
	path := m.Eval(call.Args[0], nil)
	if !isKnownString(path) {
		tc.problems = append(tc.problems, violation(RuleTemplateVars, at, "template path is not known statically"))
		return tc
	}
	tc.file = filepath.Clean(path.AsString())
	src, err := os.ReadFile(filepath.Join(t.Root, tc.file))
	if err != nil {
		tc.problems = append(tc.problems, violation(RuleTemplateVars, at, "template %s: %v", tc.file, err))
		return tc
	}
	tmpl, diags := hclsyntax.ParseTemplate(src, tc.file, hcl.Pos{Line: 1, Column: 1, Byte: 0})
	if diags.HasErrors() {
		tc.problems = append(tc.problems, violation(RuleTemplateVars, at, "template %s does not parse: %s", tc.file, diags.Error()))
		return tc
	}
	tc.template = tmpl
	obj, ok := call.Args[1].(*hclsyntax.ObjectConsExpr)
	if !ok {
		tc.problems = append(tc.problems, violation(RuleTemplateVars, at, "template variables are not an object literal"))
		return tc
	}
	for _, item := range obj.Items {
		key := hcl.ExprAsKeyword(item.KeyExpr)
		if key == "" {
			if v := m.Eval(item.KeyExpr, nil); isKnownString(v) {
				key = v.AsString()
			}
		}
		tc.keys = append(tc.keys, key)
	}
	missing := map[string]bool{}
	for _, tr := range tmpl.Variables() {
		if !contains(tc.keys, tr.RootName()) {
			missing[tr.RootName()] = true
		}
	}
	names := make([]string, 0, len(missing))
	for n := range missing {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		tc.problems = append(tc.problems, violation(RuleTemplateVars, at, "template %s uses %q, which the call does not pass", tc.file, n))
	}
	return tc
}

func checkTemplates(t *Tree) []Violation {
	var out []Violation
	for _, tc := range t.templateCalls() {
		out = append(out, tc.problems...)
	}
	return out
}

// Rendered is a template rendered with the module's default values, unknown values
// replaced by placeholders, e.g. for shellcheck.
type Rendered struct {
	Template string // relative to the tree root
	Output   string
}

// RenderTemplates renders every template passed to templatefile() in the tree.
func RenderTemplates(root string) ([]Rendered, error) {
	t, err := Load(root)
	if err != nil {
		return nil, err
	}
	var out []Rendered
	for _, tc := range t.templateCalls() {
		if len(tc.problems) > 0 {
			return nil, fmt.Errorf("%s", tc.problems[0])
		}
		vars := map[string]cty.Value{}
		obj := tc.call.Args[1].(*hclsyntax.ObjectConsExpr)
		for i, item := range obj.Items {
			v := tc.module.Eval(item.ValueExpr, nil)
			if !v.IsWhollyKnown() || v.IsNull() {
				v = cty.StringVal("placeholder-" + strings.ReplaceAll(tc.keys[i], "_", "-"))
			}
			vars[tc.keys[i]] = v
		}
		v, diags := tc.template.Value(&hcl.EvalContext{Variables: vars, Functions: functions})
		if diags.HasErrors() {
			return nil, fmt.Errorf("render %s: %s", tc.file, diags.Error())
		}
		if !isKnownString(v) {
			return nil, fmt.Errorf("render %s: result is not a string", tc.file)
		}
		out = append(out, Rendered{Template: tc.file, Output: v.AsString()})
	}
	return out, nil
}
