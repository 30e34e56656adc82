package policy

import (
	"encoding/json"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// Rules about IAM policies.
const (
	RuleWildcardAction   = "iam-wildcard-action"
	RuleS3AnyResource    = "iam-s3-any-resource"
	RuleListBucketPrefix = "iam-listbucket-prefix"
	RuleBroadManaged     = "iam-broad-managed-policy"
)

// broadManagedPolicies are AWS managed policies no role of this cluster may carry.
var broadManagedPolicies = []string{"AdministratorAccess", "PowerUserAccess", "AmazonS3FullAccess", "IAMFullAccess", "AmazonEC2FullAccess"}

// statement is an IAM policy statement from a policy document data source or a JSON
// policy, reduced to what the rules look at.
type statement struct {
	Effect     string
	Actions    []string
	NotActions []string
	Resources  []string
	Conditions []condition
	At         hcl.Range
}

type condition struct {
	Test     string
	Variable string
	Values   []string
}

func (s statement) allows() bool { return s.Effect != "Deny" }

func (s statement) deniesInsecureTransport() bool {
	if s.Effect != "Deny" {
		return false
	}
	for _, c := range s.Conditions {
		if c.Test == "Bool" && strings.EqualFold(c.Variable, "aws:SecureTransport") && contains(c.Values, "false") {
			return true
		}
	}
	return false
}

// checkIAM applies the IAM rules to every statement defined in the module: policy
// document data sources and JSON policies of IAM and bucket policy resources.
func checkIAM(m *Module) []Violation {
	var out []Violation
	var all []statement
	for _, d := range m.DataOf("aws_iam_policy_document") {
		for _, scope := range m.Instances(d.Block.Body) {
			all = append(all, m.documentStatements(d.Block.Body, scope)...)
		}
	}
	for _, r := range m.Resources {
		if r.Mode != "resource" {
			continue
		}
		for _, body := range append([]*hclsyntax.Body{r.Block.Body}, bodies(blocksOf(r.Block.Body, "inline_policy"))...) {
			for _, name := range []string{"policy", "assume_role_policy"} {
				attr, ok := body.Attributes[name]
				if !ok || len(referencedDocuments(attr.Expr)) > 0 {
					continue
				}
				for _, scope := range m.Instances(r.Block.Body) {
					all = append(all, m.jsonStatements(attr.Expr, scope)...)
				}
			}
		}
		if attr, ok := r.Block.Body.Attributes["policy_arn"]; ok {
			for _, arn := range knownStrings(m.Eval(attr.Expr, nil)) {
				for _, p := range broadManagedPolicies {
					if strings.HasSuffix(arn, ":policy/"+p) {
						out = append(out, violation(RuleBroadManaged, attr.SrcRange, "%s attaches the broad managed policy %s", r.Addr(), p))
					}
				}
			}
		}
	}
	for _, st := range all {
		out = append(out, checkStatement(st)...)
	}
	return out
}

func bodies(blocks []*hclsyntax.Block) []*hclsyntax.Body {
	out := make([]*hclsyntax.Body, 0, len(blocks))
	for _, b := range blocks {
		out = append(out, b.Body)
	}
	return out
}

func checkStatement(st statement) []Violation {
	if !st.allows() {
		return nil
	}
	var out []Violation
	if len(st.NotActions) > 0 {
		out = append(out, violation(RuleWildcardAction, st.At, "Allow with NotAction %v grants every other action", st.NotActions))
	}
	var s3Actions []string
	for _, a := range st.Actions {
		la := strings.ToLower(a)
		if a == "*" || strings.HasSuffix(la, ":*") {
			out = append(out, violation(RuleWildcardAction, st.At, "Allow of wildcard action %q", a))
		}
		if strings.HasPrefix(la, "s3:") || a == "*" {
			s3Actions = append(s3Actions, a)
		}
	}
	if len(s3Actions) > 0 {
		for _, r := range st.Resources {
			if r == "*" || r == "arn:aws:s3:::*" || r == "arn:*:s3:::*" {
				out = append(out, violation(RuleS3AnyResource, st.At, "Allow of S3 actions %v on resource %q", s3Actions, r))
			}
		}
	}
	for _, a := range st.Actions {
		if strings.EqualFold(a, "s3:ListBucket") && !st.hasConditionOn("s3:prefix") {
			out = append(out, violation(RuleListBucketPrefix, st.At, "Allow of s3:ListBucket without an s3:prefix condition"))
		}
	}
	return out
}

func (s statement) hasConditionOn(variable string) bool {
	for _, c := range s.Conditions {
		if strings.EqualFold(c.Variable, variable) && len(c.Values) > 0 {
			return true
		}
	}
	return false
}

// documentStatements reads the statement blocks of an aws_iam_policy_document body.
func (m *Module) documentStatements(body *hclsyntax.Body, scope map[string]cty.Value) []statement {
	var out []statement
	for _, sbs := range m.expandBlocks(body, "statement", scope) {
		sb, sc := sbs.Block, sbs.Scope
		st := statement{Effect: "Allow", At: sb.DefRange()}
		if v, ok := m.attrVal(sb.Body, "effect", sc); ok && isKnownString(v) {
			st.Effect = v.AsString()
		}
		st.Actions = m.stringsOf(sb.Body, "actions", sc)
		st.NotActions = m.stringsOf(sb.Body, "not_actions", sc)
		st.Resources = m.stringsOf(sb.Body, "resources", sc)
		for _, cbs := range m.expandBlocks(sb.Body, "condition", sc) {
			cb, cc := cbs.Block, cbs.Scope
			c := condition{Values: m.stringsOf(cb.Body, "values", cc)}
			if v, _ := m.attrVal(cb.Body, "test", cc); isKnownString(v) {
				c.Test = v.AsString()
			}
			if v, _ := m.attrVal(cb.Body, "variable", cc); isKnownString(v) {
				c.Variable = v.AsString()
			}
			st.Conditions = append(st.Conditions, c)
		}
		out = append(out, st)
	}
	return out
}

func (m *Module) stringsOf(body *hclsyntax.Body, name string, scope map[string]cty.Value) []string {
	v, ok := m.attrVal(body, name, scope)
	if !ok {
		return nil
	}
	return knownStrings(v)
}

// referencedDocuments lists the aws_iam_policy_document data sources an expression
// refers to.
func referencedDocuments(expr hcl.Expression) []string {
	var out []string
	for _, a := range referencedAddrs(expr) {
		if strings.HasPrefix(a, "data.aws_iam_policy_document.") {
			out = append(out, strings.TrimPrefix(a, "data.aws_iam_policy_document."))
		}
	}
	return out
}

// policyStatements resolves a policy argument: references to policy documents
// (including their source_policy_documents) or a JSON policy.
func (m *Module) policyStatements(expr hcl.Expression, scope map[string]cty.Value) []statement {
	names := referencedDocuments(expr)
	if len(names) == 0 {
		return m.jsonStatements(expr, scope)
	}
	var out []statement
	seen := map[string]bool{}
	var visit func(name string)
	visit = func(name string) {
		if seen[name] {
			return
		}
		seen[name] = true
		for _, d := range m.DataOf("aws_iam_policy_document") {
			if d.Name != name {
				continue
			}
			for _, inst := range m.Instances(d.Block.Body) {
				out = append(out, m.documentStatements(d.Block.Body, inst)...)
			}
			for _, arg := range []string{"source_policy_documents", "override_policy_documents", "source_json", "override_json"} {
				if attr, ok := d.Block.Body.Attributes[arg]; ok {
					for _, n := range referencedDocuments(attr.Expr) {
						visit(n)
					}
				}
			}
		}
	}
	for _, n := range names {
		visit(n)
	}
	return out
}

// jsonStatements evaluates a JSON policy (a jsonencode call or a JSON string) and
// reads its statements.
func (m *Module) jsonStatements(expr hcl.Expression, scope map[string]cty.Value) []statement {
	var doc any
	if call, ok := expr.(*hclsyntax.FunctionCallExpr); ok && call.Name == "jsonencode" && len(call.Args) == 1 {
		v := m.Eval(call.Args[0], scope)
		// Unknown parts (resource ARNs) become null so the rest can still be read.
		v, _ = cty.Transform(v, func(_ cty.Path, v cty.Value) (cty.Value, error) {
			if !v.IsKnown() {
				return cty.NullVal(cty.DynamicPseudoType), nil
			}
			return v, nil
		})
		raw, err := ctyjson.Marshal(v, cty.DynamicPseudoType)
		if err != nil {
			return nil
		}
		var wrapped struct{ Value any }
		if json.Unmarshal(raw, &wrapped) != nil {
			return nil
		}
		doc = wrapped.Value
	} else {
		v := m.Eval(expr, scope)
		if !isKnownString(v) || json.Unmarshal([]byte(v.AsString()), &doc) != nil {
			return nil
		}
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil
	}
	var raw []any
	switch s := root["Statement"].(type) {
	case []any:
		raw = s
	case map[string]any:
		raw = []any{s}
	}
	var out []statement
	for _, r := range raw {
		obj, ok := r.(map[string]any)
		if !ok {
			continue
		}
		st := statement{Effect: "Allow", At: expr.Range()}
		if e, ok := obj["Effect"].(string); ok {
			st.Effect = e
		}
		st.Actions = jsonStrings(obj["Action"])
		st.NotActions = jsonStrings(obj["NotAction"])
		st.Resources = jsonStrings(obj["Resource"])
		if conds, ok := obj["Condition"].(map[string]any); ok {
			for test, vars := range conds {
				if vm, ok := vars.(map[string]any); ok {
					for variable, vals := range vm {
						st.Conditions = append(st.Conditions, condition{Test: test, Variable: variable, Values: jsonStrings(vals)})
					}
				}
			}
		}
		out = append(out, st)
	}
	return out
}

func jsonStrings(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case bool:
		if v {
			return []string{"true"}
		}
		return []string{"false"}
	case []any:
		var out []string
		for _, e := range v {
			out = append(out, jsonStrings(e)...)
		}
		return out
	}
	return nil
}
