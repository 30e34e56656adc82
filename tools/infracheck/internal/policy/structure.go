package policy

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Rules about module structure, variables and pinning.
const (
	RuleModuleFiles      = "module-files"
	RuleVariableType     = "variable-type"
	RuleVariableDesc     = "variable-description"
	RuleVariableOrder    = "variable-order"
	RuleVariableLocation = "variable-location"
	RuleProviderPin      = "provider-pin"
	RuleIMDSv2           = "ec2-imdsv2"
	RuleEBSEncrypted     = "ec2-ebs-encrypted"
)

// ModuleFiles are the files every directory under modules/ must have.
var ModuleFiles = []string{"main.tf", "variables.tf", "outputs.tf", "versions.tf", "README.md"}

// checkModuleDirs requires the standard files in every modules/<name> directory.
func checkModuleDirs(root string) []Violation {
	entries, err := os.ReadDir(filepath.Join(root, "modules"))
	if err != nil {
		return nil
	}
	var out []Violation
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		dir := filepath.Join("modules", e.Name())
		for _, f := range ModuleFiles {
			if _, err := os.Stat(filepath.Join(root, dir, f)); err != nil {
				out = append(out, Violation{Rule: RuleModuleFiles, Path: dir, Message: "module is missing " + f})
			}
		}
	}
	return out
}

// checkVariables: variables live in variables.tf, each has a type and a non-empty
// description, and required ones (no default) come before optional ones.
func checkVariables(m *Module) []Violation {
	return checkVariablesIn(m, "variables.tf")
}

func checkVariablesIn(m *Module, variablesFile string) []Violation {
	var out []Violation
	for _, f := range m.Files {
		sawOptional := ""
		for _, b := range f.Body.Blocks {
			if b.Type != "variable" || len(b.Labels) != 1 {
				continue
			}
			name := b.Labels[0]
			if filepath.Base(f.Path) != variablesFile {
				out = append(out, violation(RuleVariableLocation, b.DefRange(), "variable %q is declared outside %s", name, variablesFile))
			}
			if _, ok := b.Body.Attributes["type"]; !ok {
				out = append(out, violation(RuleVariableType, b.DefRange(), "variable %q has no type", name))
			}
			desc, _ := m.attrVal(b.Body, "description", nil)
			if !isKnownString(desc) || desc.AsString() == "" {
				out = append(out, violation(RuleVariableDesc, b.DefRange(), "variable %q has no description", name))
			}
			if _, optional := b.Body.Attributes["default"]; optional {
				if sawOptional == "" {
					sawOptional = name
				}
			} else if sawOptional != "" {
				out = append(out, violation(RuleVariableOrder, b.DefRange(), "required variable %q comes after optional variable %q", name, sawOptional))
			}
		}
	}
	return out
}

// checkVersions: a module's terraform block pins required_version and the source and
// version of every required provider.
func checkVersions(m *Module) []Violation {
	return checkPins(m, "versions.tf", "terraform", "required_providers", RuleProviderPin)
}

// checkPins: the settings block (terraform or packer) in file pins required_version and
// the source and version of every entry of its requirements block.
func checkPins(m *Module, file, settings, requirements, rule string) []Violation {
	var out []Violation
	for _, f := range m.Files {
		if filepath.Base(f.Path) != file {
			continue
		}
		found := false
		for _, tb := range f.Body.Blocks {
			if tb.Type != settings {
				continue
			}
			found = true
			if _, ok := tb.Body.Attributes["required_version"]; !ok {
				out = append(out, violation(rule, tb.DefRange(), "%s block has no required_version", settings))
			}
			rps := blocksOf(tb.Body, requirements)
			if len(rps) == 0 {
				out = append(out, violation(rule, tb.DefRange(), "%s block has no %s", settings, requirements))
			}
			for _, rp := range rps {
				names := make([]string, 0, len(rp.Body.Attributes))
				for n := range rp.Body.Attributes {
					names = append(names, n)
				}
				sort.Strings(names)
				for _, n := range names {
					attr := rp.Body.Attributes[n]
					v := m.Eval(attr.Expr, nil)
					if !v.IsKnown() || v.IsNull() || !v.Type().IsObjectType() || !v.Type().HasAttribute("source") || !v.Type().HasAttribute("version") {
						out = append(out, violation(rule, attr.SrcRange, "%q in %s needs source and version constraints", n, requirements))
					}
				}
			}
		}
		if !found {
			out = append(out, violation(rule, f.Body.SrcRange, "%s has no %s block", file, settings))
		}
	}
	return out
}

// checkInstances: launch templates and instances require IMDSv2 and encrypt EBS.
func checkInstances(m *Module) []Violation {
	var out []Violation
	for _, r := range m.Resources {
		if r.Mode != "resource" || (r.Type != "aws_launch_template" && r.Type != "aws_instance") {
			continue
		}
		body := r.Block.Body
		imds := false
		for _, mo := range blocksOf(body, "metadata_options") {
			if v, _ := m.attrVal(mo.Body, "http_tokens", nil); isKnownString(v) && v.AsString() == "required" {
				imds = true
			}
		}
		if !imds {
			out = append(out, violation(RuleIMDSv2, r.Block.DefRange(), "%s does not require IMDSv2 (metadata_options.http_tokens = \"required\")", r.Addr()))
		}
		var volumes []*hclsyntax.Body
		for _, bdm := range blocksOf(body, "block_device_mappings") {
			volumes = append(volumes, bodies(blocksOf(bdm.Body, "ebs"))...)
		}
		volumes = append(volumes, bodies(blocksOf(body, "root_block_device"))...)
		volumes = append(volumes, bodies(blocksOf(body, "ebs_block_device"))...)
		if r.Type == "aws_launch_template" && len(volumes) == 0 {
			out = append(out, violation(RuleEBSEncrypted, r.Block.DefRange(), "%s has no block_device_mappings with encrypted EBS", r.Addr()))
		}
		for _, v := range volumes {
			if !m.literalTrue(v, "encrypted", nil) {
				out = append(out, violation(RuleEBSEncrypted, v.SrcRange, "%s has an EBS volume without encrypted = true", r.Addr()))
			}
		}
	}
	for _, r := range m.ResourcesOf("aws_ebs_volume") {
		if !m.literalTrue(r.Block.Body, "encrypted", nil) {
			out = append(out, violation(RuleEBSEncrypted, r.Block.DefRange(), "%s is not encrypted", r.Addr()))
		}
	}
	return out
}

// RuleValidationMessage: error messages of validations and pre/postconditions are full
// sentences (upper-case start, final period or question mark), which Terraform up to
// 1.1 and Packer enforce when loading the configuration.
const RuleValidationMessage = "validation-message"

func checkMessages(m *Module) []Violation {
	var out []Violation
	for _, f := range m.Files {
		_ = hclsyntax.VisitAll(f.Body, func(n hclsyntax.Node) hcl.Diagnostics {
			b, ok := n.(*hclsyntax.Block)
			if !ok || (b.Type != "validation" && b.Type != "precondition" && b.Type != "postcondition") {
				return nil
			}
			attr, ok := b.Body.Attributes["error_message"]
			if !ok {
				out = append(out, violation(RuleValidationMessage, b.DefRange(), "%s block has no error_message", b.Type))
				return nil
			}
			first, last, ok := messageEnds(attr.Expr)
			if !ok {
				return nil // computed message: cannot be judged statically
			}
			r := []rune(strings.TrimSpace(first))
			if len(r) == 0 || !unicode.IsUpper(r[0]) {
				out = append(out, violation(RuleValidationMessage, attr.SrcRange, "error_message must start with an upper-case letter"))
			}
			end := strings.TrimSpace(last)
			if !strings.HasSuffix(end, ".") && !strings.HasSuffix(end, "?") {
				out = append(out, violation(RuleValidationMessage, attr.SrcRange, "error_message must end with a period or question mark"))
			}
			return nil
		})
	}
	return out
}

// messageEnds returns the literal text at the start and end of a string or template.
func messageEnds(expr hclsyntax.Expression) (first, last string, ok bool) {
	literal := func(e hclsyntax.Expression) (string, bool) {
		lit, ok := e.(*hclsyntax.LiteralValueExpr)
		if !ok || lit.Val.Type() != cty.String || lit.Val.IsNull() {
			return "", false
		}
		return lit.Val.AsString(), true
	}
	switch e := expr.(type) {
	case *hclsyntax.TemplateExpr:
		if len(e.Parts) == 0 {
			return "", "", false
		}
		first, ok1 := literal(e.Parts[0])
		last, ok2 := literal(e.Parts[len(e.Parts)-1])
		return first, last, ok1 && ok2
	case *hclsyntax.LiteralValueExpr:
		s, ok := literal(e)
		return s, s, ok
	}
	return "", "", false
}
