package policy

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"
)

// functions are the Terraform functions the evaluator knows; a call to any other makes
// the expression unknown, which never satisfies a policy.
var functions = map[string]function.Function{
	"concat": stdlib.ConcatFunc, "contains": stdlib.ContainsFunc, "distinct": stdlib.DistinctFunc,
	"flatten": stdlib.FlattenFunc, "format": stdlib.FormatFunc, "join": stdlib.JoinFunc,
	"keys": stdlib.KeysFunc, "length": stdlib.LengthFunc, "lookup": stdlib.LookupFunc,
	"lower": stdlib.LowerFunc, "merge": stdlib.MergeFunc, "setproduct": stdlib.SetProductFunc,
	"split": stdlib.SplitFunc, "trimprefix": stdlib.TrimPrefixFunc, "trimsuffix": stdlib.TrimSuffixFunc,
	"upper": stdlib.UpperFunc, "values": stdlib.ValuesFunc, "jsonencode": stdlib.JSONEncodeFunc,
	"jsondecode": stdlib.JSONDecodeFunc, "coalesce": stdlib.CoalesceFunc, "compact": stdlib.CompactFunc,
	"toset": convertFunc(cty.Set(cty.DynamicPseudoType)), "tolist": convertFunc(cty.List(cty.DynamicPseudoType)),
	"tomap": convertFunc(cty.Map(cty.DynamicPseudoType)), "tostring": convertFunc(cty.String),
	"tonumber": convertFunc(cty.Number), "tobool": convertFunc(cty.Bool),
	"regex": stdlib.RegexFunc, "regexall": stdlib.RegexAllFunc, "replace": stdlib.ReplaceFunc,
	"trimspace": stdlib.TrimSpaceFunc, "trim": stdlib.TrimFunc, "substr": stdlib.SubstrFunc,
	"element": stdlib.ElementFunc, "formatlist": stdlib.FormatListFunc, "min": stdlib.MinFunc,
	"max": stdlib.MaxFunc, "range": stdlib.RangeFunc, "reverse": stdlib.ReverseListFunc,
	"slice": stdlib.SliceFunc, "sort": stdlib.SortFunc, "zipmap": stdlib.ZipmapFunc,
	"chunklist": stdlib.ChunklistFunc, "coalescelist": stdlib.CoalesceListFunc,
	"setunion": stdlib.SetUnionFunc, "setintersection": stdlib.SetIntersectionFunc,
	"setsubtract": stdlib.SetSubtractFunc, "title": stdlib.TitleFunc, "chomp": stdlib.ChompFunc,
}

// convertFunc is Terraform's to* family: a type conversion.
func convertFunc(want cty.Type) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "v", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true}},
		Type: func(args []cty.Value) (cty.Type, error) {
			if !args[0].IsWhollyKnown() {
				return cty.DynamicPseudoType, nil
			}
			v, err := convert.Convert(args[0], want)
			if err != nil {
				return cty.NilType, err
			}
			return v.Type(), nil
		},
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			if !args[0].IsWhollyKnown() {
				return cty.DynamicVal, nil
			}
			return convert.Convert(args[0], want)
		},
	})
}

// buildContext makes the evaluation context of a module with every input at its
// default: var.* = defaults (required inputs unknown), local.* evaluated in dependency
// order, path.* known placeholders.
func buildContext(m *Module) *hcl.EvalContext {
	return buildContextWith(m, nil)
}

// buildContextWith is buildContext with some inputs given, as a caller would pass them.
func buildContextWith(m *Module, inputs map[string]cty.Value) *hcl.EvalContext {
	vars := map[string]cty.Value{}
	for _, fb := range m.Blocks("variable") {
		if len(fb.Block.Labels) != 1 {
			continue
		}
		val := cty.DynamicVal
		if attr, ok := fb.Block.Body.Attributes["default"]; ok {
			if v, diags := attr.Expr.Value(nil); !diags.HasErrors() {
				val = v
			}
		}
		if v, ok := inputs[fb.Block.Labels[0]]; ok {
			val = v
		}
		vars[fb.Block.Labels[0]] = val
	}
	ctx := &hcl.EvalContext{
		Variables: map[string]cty.Value{
			"var":  cty.ObjectVal(vars),
			"path": cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal(m.Dir), "root": cty.StringVal("."), "cwd": cty.StringVal(".")}),
		},
		Functions: functions,
	}

	pending := map[string]hcl.Expression{}
	for _, fb := range m.Blocks("locals") {
		for name, attr := range fb.Block.Body.Attributes {
			pending[name] = attr.Expr
		}
	}
	locals := map[string]cty.Value{}
	for pass := 0; len(pending) > 0 && pass <= len(pending)+1; pass++ {
		progressed := false
		for name, expr := range pending {
			ctx.Variables["local"] = cty.ObjectVal(locals)
			v, ok := evalIn(ctx, expr, nil)
			if ok {
				locals[name] = v
				delete(pending, name)
				progressed = true
			}
		}
		if !progressed {
			break
		}
	}
	for name := range pending {
		locals[name] = cty.DynamicVal
	}
	ctx.Variables["local"] = cty.ObjectVal(locals)
	return ctx
}

// evalIn evaluates an expression; scope adds names such as each/count. References to
// anything not defined (resources, data sources, modules) are unknown values. ok is
// false when evaluation failed, in which case the value is unknown.
func evalIn(ctx *hcl.EvalContext, expr hcl.Expression, scope map[string]cty.Value) (cty.Value, bool) {
	child := ctx.NewChild()
	child.Variables = map[string]cty.Value{}
	for k, v := range scope {
		child.Variables[k] = v
	}
	for _, tr := range expr.Variables() {
		root := tr.RootName()
		if _, ok := scope[root]; ok {
			continue
		}
		if _, ok := ctx.Variables[root]; ok {
			continue
		}
		child.Variables[root] = cty.DynamicVal
	}
	v, diags := expr.Value(child)
	if diags.HasErrors() {
		return cty.DynamicVal, false
	}
	return v, true
}

// Eval evaluates an expression in the module with every input at its default.
func (m *Module) Eval(expr hcl.Expression, scope map[string]cty.Value) cty.Value {
	v, _ := evalIn(m.ctx, expr, scope)
	return v
}

// attrVal evaluates a body's attribute; missing attributes are null.
func (m *Module) attrVal(body *hclsyntax.Body, name string, scope map[string]cty.Value) (cty.Value, bool) {
	attr, ok := body.Attributes[name]
	if !ok {
		return cty.NullVal(cty.DynamicPseudoType), false
	}
	return m.Eval(attr.Expr, scope), true
}

// Instances expands a resource's count/for_each with default inputs: nil means the
// resource does not exist by default (count 0 or empty for_each); an unknown
// for_each or count yields one instance whose each/count values are unknown.
func (m *Module) Instances(body *hclsyntax.Body) []map[string]cty.Value {
	if attr, ok := body.Attributes["count"]; ok {
		v := m.Eval(attr.Expr, nil)
		if v.IsKnown() && !v.IsNull() && v.Type() == cty.Number {
			n, _ := v.AsBigFloat().Int64()
			if n <= 0 {
				return nil
			}
			out := make([]map[string]cty.Value, 0, n)
			for i := int64(0); i < n; i++ {
				out = append(out, map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)})})
			}
			return out
		}
		return []map[string]cty.Value{{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}
	}
	if attr, ok := body.Attributes["for_each"]; ok {
		return expand(m.Eval(attr.Expr, nil), "each")
	}
	return []map[string]cty.Value{{}}
}

// expand iterates a for_each value into scopes binding name.key and name.value.
func expand(v cty.Value, name string) []map[string]cty.Value {
	if !v.IsKnown() || v.IsNull() || !v.CanIterateElements() {
		return []map[string]cty.Value{{name: cty.ObjectVal(map[string]cty.Value{"key": cty.DynamicVal, "value": cty.DynamicVal})}}
	}
	var out []map[string]cty.Value
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if v.Type().IsSetType() {
			k = e // Terraform: a set element is its own key
		}
		out = append(out, map[string]cty.Value{name: cty.ObjectVal(map[string]cty.Value{"key": k, "value": e})})
	}
	return out
}

// knownStrings flattens a value into its known string elements.
func knownStrings(v cty.Value) []string {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	switch {
	case v.Type() == cty.String:
		return []string{v.AsString()}
	case v.Type().IsTupleType() || v.Type().IsListType() || v.Type().IsSetType():
		var out []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			out = append(out, knownStrings(e)...)
		}
		return out
	}
	if s, err := convert.Convert(v, cty.String); err == nil && s.IsKnown() && !s.IsNull() {
		return []string{s.AsString()}
	}
	return nil
}

// referencedAddrs lists the resource addresses (type.name or data.type.name) an
// expression refers to.
func referencedAddrs(expr hcl.Expression) []string {
	var out []string
	for _, tr := range expr.Variables() {
		names := traversalNames(tr)
		switch {
		case len(names) >= 3 && names[0] == "data":
			out = append(out, "data."+names[1]+"."+names[2])
		case len(names) >= 2:
			out = append(out, names[0]+"."+names[1])
		}
	}
	return out
}

func traversalNames(tr hcl.Traversal) []string {
	var names []string
	for _, step := range tr {
		switch s := step.(type) {
		case hcl.TraverseRoot:
			names = append(names, s.Name)
		case hcl.TraverseAttr:
			names = append(names, s.Name)
		default:
			return names
		}
	}
	return names
}

// scopedBlock is a nested block with the names its expressions see (dynamic iterators).
type scopedBlock struct {
	Block *hclsyntax.Block
	Scope map[string]cty.Value
}

// expandBlocks returns the nested blocks of a type, expanding dynamic blocks of that
// type as Terraform would with default inputs: one copy of the content per for_each
// element with the iterator bound, none for an empty collection, one with an unknown
// iterator when the collection is unknown.
func (m *Module) expandBlocks(body *hclsyntax.Body, typ string, scope map[string]cty.Value) []scopedBlock {
	var out []scopedBlock
	for _, b := range body.Blocks {
		if b.Type == typ {
			out = append(out, scopedBlock{Block: b, Scope: scope})
			continue
		}
		if b.Type != "dynamic" || len(b.Labels) != 1 || b.Labels[0] != typ {
			continue
		}
		iterator := typ
		if attr, ok := b.Body.Attributes["iterator"]; ok {
			if kw := hcl.ExprAsKeyword(attr.Expr); kw != "" {
				iterator = kw
			}
		}
		var items []map[string]cty.Value
		if attr, ok := b.Body.Attributes["for_each"]; ok {
			items = expand(m.Eval(attr.Expr, scope), iterator)
		}
		for _, c := range b.Body.Blocks {
			if c.Type != "content" {
				continue
			}
			for _, item := range items {
				merged := map[string]cty.Value{}
				for k, v := range scope {
					merged[k] = v
				}
				for k, v := range item {
					merged[k] = v
				}
				out = append(out, scopedBlock{Block: c, Scope: merged})
			}
		}
	}
	return out
}
