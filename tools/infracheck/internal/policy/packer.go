package policy

import (
	"os"
	"path/filepath"
	"sort"

	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Rules about the Packer templates.
const (
	RulePackerFiles     = "packer-files"
	RulePackerPluginPin = "packer-plugin-pin"
	RulePackerEncrypted = "packer-encrypted"
	RulePackerIMDSv2    = "packer-imdsv2"
	RulePackerPublicIP  = "packer-public-ip"
	RulePackerOpenSSH   = "packer-temporary-ssh-open"
	RulePackerPublicAMI = "packer-public-ami"
)

// PackerFiles are the files a Packer template directory must have.
var PackerFiles = []string{"variables.pkr.hcl", "sources.pkr.hcl", "build.pkr.hcl", "scripts"}

// CheckPacker applies the Packer rules to the templates under root: the standard file
// split, typed and described variables (required first), pinned plugins, and
// amazon-ebs sources that encrypt, require IMDSv2, get no public IP, open no temporary
// SSH rule to the world and never publish the AMI.
func CheckPacker(root string) ([]Violation, error) {
	t, err := load(root, ".pkr.hcl")
	if err != nil {
		return nil, err
	}
	var out []Violation
	for _, f := range PackerFiles {
		if _, err := os.Stat(filepath.Join(root, f)); err != nil {
			out = append(out, Violation{Rule: RulePackerFiles, Path: ".", Message: "missing " + f})
		}
	}
	for _, m := range t.Modules {
		out = append(out, checkVariablesIn(m, "variables.pkr.hcl")...)
		out = append(out, checkMessages(m)...)
		out = append(out, checkPins(m, "sources.pkr.hcl", "packer", "required_plugins", RulePackerPluginPin)...)
		for _, r := range m.Resources {
			if r.Mode == "source" && (r.Type == "amazon-ebs" || r.Type == "amazon-ebssurrogate" || r.Type == "amazon-instance") {
				out = append(out, checkAmazonSource(m, r)...)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		return out[i].Line < out[j].Line
	})
	return out, nil
}

func checkAmazonSource(m *Module, r *Resource) []Violation {
	var out []Violation
	body := r.Block.Body
	at := r.Block.DefRange()

	if !m.literalTrue(body, "encrypt_boot", nil) {
		out = append(out, violation(RulePackerEncrypted, at, "%s does not set encrypt_boot = true", r.Addr()))
	}
	for _, d := range blocksOf(body, "launch_block_device_mappings") {
		if !m.literalTrue(d.Body, "encrypted", nil) {
			out = append(out, violation(RulePackerEncrypted, d.DefRange(), "%s launches an unencrypted volume", r.Addr()))
		}
	}

	imds := false
	for _, mo := range blocksOf(body, "metadata_options") {
		if v, _ := m.attrVal(mo.Body, "http_tokens", nil); isKnownString(v) && v.AsString() == "required" {
			imds = true
		}
	}
	if !imds {
		out = append(out, violation(RulePackerIMDSv2, at, "%s does not require IMDSv2 (metadata_options.http_tokens = \"required\")", r.Addr()))
	}

	if v, _ := m.attrVal(body, "associate_public_ip_address", nil); !(v.IsKnown() && !v.IsNull() && v.Type() == cty.Bool && v.False()) {
		out = append(out, violation(RulePackerPublicIP, at, "%s must set associate_public_ip_address = false", r.Addr()))
	}

	// Without a given security group Packer creates one admitting SSH from these CIDRs,
	// 0.0.0.0/0 when unset.
	if !hasAny(body, "security_group_id", "security_group_ids", "security_group_filter") {
		v, set := m.attrVal(body, "temporary_security_group_source_cidrs", nil)
		cidrs := knownStrings(v)
		if !set || !v.IsWhollyKnown() {
			out = append(out, violation(RulePackerOpenSSH, at, "%s: the temporary security group admits SSH from 0.0.0.0/0 unless temporary_security_group_source_cidrs is set", r.Addr()))
		}
		for _, c := range cidrs {
			if c == "0.0.0.0/0" || c == "::/0" {
				out = append(out, violation(RulePackerOpenSSH, at, "%s: the temporary security group admits SSH from %s", r.Addr(), c))
			}
		}
	}

	if v, ok := m.attrVal(body, "ami_groups", nil); ok {
		for _, g := range knownStrings(v) {
			if g == "all" {
				out = append(out, violation(RulePackerPublicAMI, at, "%s makes the AMI public (ami_groups = [\"all\"])", r.Addr()))
			}
		}
	}
	return out
}

func hasAny(body *hclsyntax.Body, names ...string) bool {
	for _, n := range names {
		if _, ok := body.Attributes[n]; ok {
			return true
		}
		if len(blocksOf(body, n)) > 0 {
			return true
		}
	}
	return false
}
