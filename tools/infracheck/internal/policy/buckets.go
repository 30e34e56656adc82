package policy

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Rules about S3 buckets.
const (
	RulePublicACL          = "s3-public-acl"
	RulePublicAccessBlock  = "s3-public-access-block"
	RuleEncryption         = "s3-sse-kms"
	RuleVersioning         = "s3-versioning"
	RuleOwnership          = "s3-bucket-owner-enforced"
	RuleLifecycle          = "s3-lifecycle"
	RuleTLSDeny            = "s3-deny-insecure-transport"
	publicAccessBlockType  = "aws_s3_bucket_public_access_block"
	accountAccessBlockType = "aws_s3_account_public_access_block"
)

var publicACLs = map[string]bool{"public-read": true, "public-read-write": true, "authenticated-read": true}

var publicAccessSettings = []string{"block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"}

// checkBuckets applies the bucket rules to one module.
func checkBuckets(m *Module) []Violation {
	var out []Violation
	out = append(out, checkACLs(m)...)
	for _, typ := range []string{publicAccessBlockType, accountAccessBlockType} {
		for _, r := range m.ResourcesOf(typ) {
			for _, s := range publicAccessSettings {
				if !m.literalTrue(r.Block.Body, s, nil) {
					out = append(out, violation(RulePublicAccessBlock, r.Block.DefRange(), "%s: %s must be true", r.Addr(), s))
				}
			}
		}
	}
	for _, b := range m.ResourcesOf("aws_s3_bucket") {
		out = append(out, checkBucket(m, b)...)
	}
	return out
}

// checkACLs finds public canned ACLs and grants to the AllUsers/AuthenticatedUsers
// groups anywhere in the module.
func checkACLs(m *Module) []Violation {
	var out []Violation
	for _, f := range m.Files {
		_ = hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
			switch n := n.(type) {
			case *hclsyntax.Attribute:
				if n.Name == "acl" {
					for _, s := range knownStrings(m.Eval(n.Expr, nil)) {
						if publicACLs[s] {
							out = append(out, violation(RulePublicACL, n.SrcRange, "public canned ACL %q", s))
						}
					}
				}
				if n.Name == "uri" || n.Name == "URI" {
					for _, s := range knownStrings(m.Eval(n.Expr, nil)) {
						if strings.Contains(s, "acs.amazonaws.com/groups/global/AllUsers") || strings.Contains(s, "acs.amazonaws.com/groups/global/AuthenticatedUsers") {
							out = append(out, violation(RulePublicACL, n.SrcRange, "ACL grant to %s", s))
						}
					}
				}
			}
			return nil
		})
	}
	return out
}

// companions returns the resources of a type that configure bucket b and exist by
// default: their bucket or for_each argument refers to b.
func (m *Module) companions(b *Resource, typ string) []*Resource {
	var out []*Resource
	for _, r := range m.ResourcesOf(typ) {
		if m.Instances(r.Block.Body) == nil {
			continue
		}
		for _, arg := range []string{"bucket", "for_each"} {
			attr, ok := r.Block.Body.Attributes[arg]
			if !ok {
				continue
			}
			if contains(referencedAddrs(attr.Expr), b.Addr()) {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

func checkBucket(m *Module, b *Resource) []Violation {
	var out []Violation
	at := b.Block.DefRange()

	pabs := m.companions(b, publicAccessBlockType)
	if len(pabs) == 0 {
		out = append(out, violation(RulePublicAccessBlock, at, "%s has no %s", b.Addr(), publicAccessBlockType))
	}

	if !anyCompanion(m, m.companions(b, "aws_s3_bucket_server_side_encryption_configuration"), func(body *hclsyntax.Body, scope map[string]cty.Value) bool {
		for _, rule := range blocksOf(body, "rule") {
			for _, def := range blocksOf(rule.Body, "apply_server_side_encryption_by_default") {
				v, _ := m.attrVal(def.Body, "sse_algorithm", scope)
				if isKnownString(v) && (v.AsString() == "aws:kms" || v.AsString() == "aws:kms:dsse") {
					return true
				}
			}
		}
		return false
	}) {
		out = append(out, violation(RuleEncryption, at, "%s has no server-side encryption configuration with sse_algorithm aws:kms", b.Addr()))
	}

	if !anyCompanion(m, m.companions(b, "aws_s3_bucket_versioning"), func(body *hclsyntax.Body, scope map[string]cty.Value) bool {
		for _, vc := range blocksOf(body, "versioning_configuration") {
			v, _ := m.attrVal(vc.Body, "status", scope)
			if isKnownString(v) && v.AsString() == "Enabled" {
				return true
			}
		}
		return false
	}) {
		out = append(out, violation(RuleVersioning, at, "%s has no versioning with status Enabled", b.Addr()))
	}

	if !anyCompanion(m, m.companions(b, "aws_s3_bucket_ownership_controls"), func(body *hclsyntax.Body, scope map[string]cty.Value) bool {
		for _, rule := range blocksOf(body, "rule") {
			v, _ := m.attrVal(rule.Body, "object_ownership", scope)
			if isKnownString(v) && v.AsString() == "BucketOwnerEnforced" {
				return true
			}
		}
		return false
	}) {
		out = append(out, violation(RuleOwnership, at, "%s has no ownership controls with BucketOwnerEnforced (ACLs disabled)", b.Addr()))
	}

	if !anyCompanion(m, m.companions(b, "aws_s3_bucket_lifecycle_configuration"), func(body *hclsyntax.Body, scope map[string]cty.Value) bool {
		var noncurrent, multipart bool
		for _, rule := range blocksOf(body, "rule") {
			if v, _ := m.attrVal(rule.Body, "status", scope); !isKnownString(v) || v.AsString() != "Enabled" {
				continue
			}
			noncurrent = noncurrent || len(blocksOf(rule.Body, "noncurrent_version_expiration")) > 0
			multipart = multipart || len(blocksOf(rule.Body, "abort_incomplete_multipart_upload")) > 0
		}
		return noncurrent && multipart
	}) {
		out = append(out, violation(RuleLifecycle, at, "%s has no enabled lifecycle rules expiring noncurrent versions and aborting incomplete multipart uploads", b.Addr()))
	}

	if !anyCompanion(m, m.companions(b, "aws_s3_bucket_policy"), func(body *hclsyntax.Body, scope map[string]cty.Value) bool {
		attr, ok := body.Attributes["policy"]
		if !ok {
			return false
		}
		for _, st := range m.policyStatements(attr.Expr, scope) {
			if st.deniesInsecureTransport() {
				return true
			}
		}
		return false
	}) {
		out = append(out, violation(RuleTLSDeny, at, "%s has no bucket policy denying requests with aws:SecureTransport = false", b.Addr()))
	}
	return out
}

// anyCompanion reports whether some instance of some companion satisfies ok.
func anyCompanion(m *Module, rs []*Resource, ok func(*hclsyntax.Body, map[string]cty.Value) bool) bool {
	for _, r := range rs {
		for _, scope := range m.Instances(r.Block.Body) {
			if ok(r.Block.Body, scope) {
				return true
			}
		}
	}
	return false
}

// literalTrue reports whether an attribute evaluates to true with default inputs.
func (m *Module) literalTrue(body *hclsyntax.Body, name string, scope map[string]cty.Value) bool {
	v, _ := m.attrVal(body, name, scope)
	return v.IsKnown() && !v.IsNull() && v.Type() == cty.Bool && v.True()
}

// blocksOf returns the nested blocks of a type, including the content of dynamic
// blocks of that type (evaluated once, with an unknown iterator).
func blocksOf(body *hclsyntax.Body, typ string) []*hclsyntax.Block {
	var out []*hclsyntax.Block
	for _, b := range body.Blocks {
		if b.Type == typ {
			out = append(out, b)
		}
		if b.Type == "dynamic" && len(b.Labels) == 1 && b.Labels[0] == typ {
			for _, c := range b.Body.Blocks {
				if c.Type == "content" {
					out = append(out, c)
				}
			}
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
