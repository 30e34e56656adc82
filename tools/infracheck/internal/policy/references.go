package policy

import (
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Rules mirroring part of `terraform validate`, which needs the providers: references
// resolve to declarations, and module calls match the called module's interface.
const (
	RuleUndeclared   = "undeclared-reference"
	RuleModuleWiring = "module-wiring"
)

// builtinRoots are reference roots Terraform defines itself.
var builtinRoots = map[string]bool{"var": true, "local": true, "each": true, "count": true, "path": true, "self": true, "terraform": true, "data": true, "module": true}

// moduleMeta are module block arguments that are not input variables.
var moduleMeta = map[string]bool{"source": true, "version": true, "count": true, "for_each": true, "providers": true, "depends_on": true}

// declarations of one module.
type declarations struct {
	variables, locals, outputs, modules, resources, iterators map[string]bool
	required                                                  []string
}

func declared(m *Module) declarations {
	d := declarations{variables: map[string]bool{}, locals: map[string]bool{}, outputs: map[string]bool{}, modules: map[string]bool{}, resources: map[string]bool{}, iterators: map[string]bool{}}
	for _, f := range m.Files {
		for _, b := range f.Body.Blocks {
			switch {
			case b.Type == "variable" && len(b.Labels) == 1:
				d.variables[b.Labels[0]] = true
				if _, ok := b.Body.Attributes["default"]; !ok {
					d.required = append(d.required, b.Labels[0])
				}
			case b.Type == "locals":
				for name := range b.Body.Attributes {
					d.locals[name] = true
				}
			case b.Type == "output" && len(b.Labels) == 1:
				d.outputs[b.Labels[0]] = true
			case b.Type == "module" && len(b.Labels) == 1:
				d.modules[b.Labels[0]] = true
			}
		}
		_ = hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
			if b, ok := n.(*hclsyntax.Block); ok && b.Type == "dynamic" && len(b.Labels) == 1 {
				d.iterators[b.Labels[0]] = true
				if attr, ok := b.Body.Attributes["iterator"]; ok {
					d.iterators[hcl.ExprAsKeyword(attr.Expr)] = true
				}
			}
			return nil
		})
	}
	for _, r := range m.Resources {
		d.resources[r.Addr()] = true
	}
	return d
}

// checkReferences reports references to undeclared variables, locals, resources, data
// sources and modules.
func checkReferences(m *Module) []Violation {
	d := declared(m)
	var out []Violation
	seen := map[string]bool{}
	for _, f := range m.Files {
		for _, a := range referencingAttributes(f.Body) {
			for _, tr := range a.Expr.Variables() {
				if msg := d.resolve(traversalNames(tr)); msg != "" && !seen[msg+tr.SourceRange().String()] {
					seen[msg+tr.SourceRange().String()] = true
					out = append(out, violation(RuleUndeclared, tr.SourceRange(), "%s", msg))
				}
			}
		}
	}
	return out
}

// referencingAttributes lists the attributes whose expressions are references, leaving
// out those holding type expressions, lifecycle attribute names or provider addresses.
func referencingAttributes(body *hclsyntax.Body) []*hclsyntax.Attribute {
	var out []*hclsyntax.Attribute
	var walk func(b *hclsyntax.Body, blockType string)
	walk = func(b *hclsyntax.Body, blockType string) {
		for name, a := range b.Attributes {
			switch {
			case blockType == "variable" && name == "type":
			case blockType == "lifecycle" && name == "ignore_changes":
			case name == "provider" || name == "providers":
			case blockType == "terraform" || blockType == "required_providers":
			default:
				out = append(out, a)
			}
		}
		for _, c := range b.Blocks {
			walk(c.Body, c.Type)
		}
	}
	walk(body, "")
	return out
}

func (d declarations) resolve(names []string) string {
	if len(names) == 0 {
		return ""
	}
	root := names[0]
	attr := func(i int) string {
		if i < len(names) {
			return names[i]
		}
		return ""
	}
	switch {
	case root == "var" && attr(1) != "" && !d.variables[attr(1)]:
		return "reference to undeclared variable var." + attr(1)
	case root == "local" && attr(1) != "" && !d.locals[attr(1)]:
		return "reference to undeclared local value local." + attr(1)
	case root == "module" && attr(1) != "" && !d.modules[attr(1)]:
		return "reference to undeclared module module." + attr(1)
	case root == "data" && attr(2) != "" && !d.resources["data."+attr(1)+"."+attr(2)]:
		return "reference to undeclared data source data." + attr(1) + "." + attr(2)
	case builtinRoots[root] || d.iterators[root]:
		return ""
	case attr(1) != "" && !d.resources[root+"."+attr(1)]:
		return "reference to undeclared resource " + root + "." + attr(1)
	case attr(1) == "" && !d.resources[root]:
		return "reference to undeclared symbol " + root
	}
	return ""
}

// checkModuleCalls: every local module call passes each required input of the called
// module and nothing it does not declare, and module.NAME.OUTPUT references exist.
func checkModuleCalls(t *Tree) []Violation {
	byDir := map[string]*Module{}
	for _, m := range t.Modules {
		byDir[filepath.Clean(m.Dir)] = m
	}
	var out []Violation
	for _, m := range t.Modules {
		callees := map[string]declarations{}
		for _, fb := range m.Blocks("module") {
			b := fb.Block
			if len(b.Labels) != 1 {
				continue
			}
			src, _ := m.attrVal(b.Body, "source", nil)
			if !isKnownString(src) || !(strings.HasPrefix(src.AsString(), "./") || strings.HasPrefix(src.AsString(), "../")) {
				continue // registry or remote modules are not in the tree
			}
			dir := filepath.Clean(filepath.Join(m.Dir, src.AsString()))
			callee, ok := byDir[dir]
			if !ok {
				out = append(out, violation(RuleModuleWiring, b.DefRange(), "module %q: source %s is not a module in the tree", b.Labels[0], src.AsString()))
				continue
			}
			d := declared(callee)
			callees[b.Labels[0]] = d
			var passed []string
			for name, a := range b.Body.Attributes {
				if moduleMeta[name] {
					continue
				}
				passed = append(passed, name)
				if !d.variables[name] {
					out = append(out, violation(RuleModuleWiring, a.SrcRange, "module %q: %s declares no variable %q", b.Labels[0], dir, name))
				}
			}
			sort.Strings(d.required)
			for _, req := range d.required {
				if !contains(passed, req) {
					out = append(out, violation(RuleModuleWiring, b.DefRange(), "module %q: required input %q of %s is not passed", b.Labels[0], req, dir))
				}
			}
		}
		for _, f := range m.Files {
			for _, a := range referencingAttributes(f.Body) {
				for _, tr := range a.Expr.Variables() {
					names := traversalNames(tr)
					if len(names) < 3 || names[0] != "module" {
						continue
					}
					if d, ok := callees[names[1]]; ok && !d.outputs[names[2]] {
						out = append(out, violation(RuleModuleWiring, tr.SourceRange(), "module %q has no output %q", names[1], names[2]))
					}
				}
			}
		}
	}
	return out
}
