package policy

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var (
	badDir     = filepath.Join("..", "..", "testdata", "bad")
	goodDir    = filepath.Join("..", "..", "testdata", "good")
	realTree   = filepath.Join("..", "..", "..", "..", "terraform")
	everyRules = []string{
		RulePublicACL, RulePublicAccessBlock, RuleEncryption, RuleVersioning, RuleOwnership, RuleLifecycle, RuleTLSDeny,
		RuleWildcardAction, RuleS3AnyResource, RuleListBucketPrefix, RuleBroadManaged,
		RuleWorldIngress, RuleClusterPortCIDR, RuleSSHDefault,
		RuleModuleFiles, RuleVariableType, RuleVariableDesc, RuleVariableOrder, RuleVariableLocation, RuleProviderPin,
		RuleIMDSv2, RuleEBSEncrypted, RuleTemplateVars, RuleUndeclared, RuleModuleWiring, RuleValidationMessage,
		RulePackerFiles, RulePackerPluginPin, RulePackerEncrypted, RulePackerIMDSv2, RulePackerPublicIP, RulePackerOpenSSH, RulePackerPublicAMI,
	}
)

// badCases maps each deliberately bad fixture under testdata/bad to exactly the rules it
// must trigger: the specific violation, and nothing else.
var badCases = map[string][]string{
	"public-acl":                        {RulePublicACL},
	"public-access-block-off":           {RulePublicAccessBlock},
	"public-access-block-missing":       {RulePublicAccessBlock},
	"missing-tls-deny":                  {RuleTLSDeny},
	"tls-deny-allow-effect":             {RuleTLSDeny, RuleWildcardAction},
	"sse-aes256":                        {RuleEncryption},
	"encryption-disabled-by-default":    {RuleEncryption},
	"versioning-suspended":              {RuleVersioning},
	"ownership-preferred":               {RuleOwnership},
	"lifecycle-no-multipart-abort":      {RuleLifecycle},
	"iam-s3-star":                       {RuleWildcardAction},
	"iam-s3-any-resource":               {RuleS3AnyResource},
	"iam-star-jsonencode":               {RuleWildcardAction, RuleS3AnyResource},
	"iam-listbucket-no-prefix":          {RuleListBucketPrefix},
	"iam-admin-managed-policy":          {RuleBroadManaged},
	"sg-nomad-world":                    {RuleWorldIngress},
	"sg-inline-ipv6-world":              {RuleWorldIngress},
	"sg-world-from-variable-default":    {RuleWorldIngress},
	"sg-dynamic-world":                  {RuleWorldIngress},
	"sg-all-traffic-world":              {RuleWorldIngress, RuleSSHDefault},
	"sg-ssh-open-by-default":            {RuleSSHDefault},
	"sg-cluster-port-cidr":              {RuleClusterPortCIDR},
	"variable-no-description":           {RuleVariableDesc},
	"variable-no-type":                  {RuleVariableType},
	"variable-required-after-optional":  {RuleVariableOrder},
	"variable-outside-variables-tf":     {RuleVariableLocation},
	"module-missing-readme":             {RuleModuleFiles},
	"provider-unpinned":                 {RuleProviderPin},
	"ec2-imdsv1":                        {RuleIMDSv2},
	"ec2-ebs-unencrypted":               {RuleEBSEncrypted},
	"templatefile-missing-var":          {RuleTemplateVars},
	"undeclared-reference":              {RuleUndeclared},
	"module-wiring":                     {RuleModuleWiring},
	"validation-message-not-a-sentence": {RuleValidationMessage},
}

func TestShouldReportEachUndeclaredReferenceAndWiringError(t *testing.T) {
	vs, err := CheckTree(filepath.Join(badDir, "undeclared-reference"))
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 2 || !strings.Contains(vs[0].Message, "var.bucket_nmae") || !strings.Contains(vs[1].Message, "aws_s3_bucket.data") {
		t.Errorf("want the variable typo and the undeclared bucket:\n%s", list(vs))
	}
	vs, err = CheckTree(filepath.Join(badDir, "module-wiring"))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, v := range vs {
		msgs = append(msgs, v.Message)
	}
	joined := strings.Join(msgs, "\n")
	for _, want := range []string{`declares no variable "sise"`, `required input "name"`, `no output "arn"`} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in:\n%s", want, joined)
		}
	}
}

func TestShouldReportExactlyTheSeededViolationOnEachBadFixture(t *testing.T) {
	for name, want := range badCases {
		t.Run(name, func(t *testing.T) {
			vs, err := CheckTree(filepath.Join(badDir, name))
			if err != nil {
				t.Fatal(err)
			}
			if got := ruleSet(vs); !sameSet(got, want) {
				t.Errorf("rules = %v, want %v\n%s", got, want, list(vs))
			}
		})
	}
}

func TestShouldHaveATableEntryForEveryBadFixture(t *testing.T) {
	entries, err := os.ReadDir(badDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := badCases[e.Name()]; e.IsDir() && !ok {
			t.Errorf("testdata/bad/%s has no expectation in badCases", e.Name())
		}
	}
}

func TestShouldDemonstrateEveryRuleOnSomeBadFixture(t *testing.T) {
	shown := map[string]bool{}
	for _, cases := range []map[string][]string{badCases, packerBadCases} {
		for _, rules := range cases {
			for _, r := range rules {
				shown[r] = true
			}
		}
	}
	for _, r := range everyRules {
		if !shown[r] {
			t.Errorf("rule %s fails on no fixture", r)
		}
	}
}

func TestShouldReportNothingOnCompliantEdgeCases(t *testing.T) {
	vs, err := CheckTree(filepath.Join(goodDir, "edge-cases"))
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 0 {
		t.Errorf("violations on a compliant tree:\n%s", list(vs))
	}
}

func TestShouldReportNothingOnTheRealTerraformTree(t *testing.T) {
	tree, err := Load(realTree)
	if err != nil {
		t.Fatal(err)
	}
	if len(tree.Modules) < 8 {
		t.Fatalf("loaded %d modules from %s, want the 7 modules and examples/complete", len(tree.Modules), realTree)
	}
	if vs := Check(tree); len(vs) != 0 {
		t.Errorf("violations in terraform/:\n%s", list(vs))
	}
}

// mutations seed one defect into a copy of the real tree: the checker must see through
// the real modules' for_each, locals and policy documents, not only through fixtures.
var mutations = []struct {
	name, file, old, new, rule string
}{
	{"public access block off", "modules/buckets/main.tf", "restrict_public_buckets = true", "restrict_public_buckets = false", RulePublicAccessBlock},
	{"public ACL", "modules/buckets/main.tf", "force_destroy = var.force_destroy", "force_destroy = var.force_destroy\n  acl           = \"public-read\"", RulePublicACL},
	{"TLS deny removed", "modules/buckets/main.tf", `variable = "aws:SecureTransport"`, `variable = "aws:SourceVpce"`, RuleTLSDeny},
	{"SSE-S3 instead of KMS", "modules/buckets/main.tf", `sse_algorithm     = "aws:kms"`, `sse_algorithm     = "AES256"`, RuleEncryption},
	{"versioning suspended", "modules/buckets/main.tf", `status = "Enabled"
  }
}`, `status = "Suspended"
  }
}`, RuleVersioning},
	{"ownership preferred", "modules/buckets/main.tf", `"BucketOwnerEnforced"`, `"ObjectWriter"`, RuleOwnership},
	{"s3:* for workers", "modules/iam/main.tf", `actions   = ["s3:GetObject"]`, `actions   = ["s3:*"]`, RuleWildcardAction},
	{"source read on any resource", "modules/iam/main.tf", `resources = [local.source_objects]`, `resources = ["*"]`, RuleS3AnyResource},
	{"list without prefix", "modules/iam/main.tf", `variable = "s3:prefix"
      values   = ["${var.source_prefix}*"]`, `variable = "s3:delimiter"
      values   = ["/"]`, RuleListBucketPrefix},
	{"SSH on by default", "modules/security/variables.tf", `default     = []

  validation {
    condition     = alltrue([for c in var.ssh_ingress_cidr_blocks`, `default     = ["10.0.0.0/8"]

  validation {
    condition     = alltrue([for c in var.ssh_ingress_cidr_blocks`, RuleSSHDefault},
	{"Nomad API to the world by default", "modules/security/variables.tf", `default     = []

  validation {
    condition     = alltrue([for c in var.operator_ingress_cidr_blocks`, `default     = ["0.0.0.0/0"]

  validation {
    condition     = alltrue([for c in var.operator_ingress_cidr_blocks`, RuleWorldIngress},
	{"IMDSv1 on workers", "modules/workers/main.tf", `http_tokens                 = "required"`, `http_tokens                 = "optional"`, RuleIMDSv2},
	{"unencrypted server volume", "modules/servers/main.tf", `encrypted             = true`, `encrypted             = false`, RuleEBSEncrypted},
	{"user data template variable not passed", "modules/workers/main.tf", `    node_class              = var.node_class
`, "", RuleTemplateVars},
	{"typo in a variable reference", "modules/buckets/main.tf", "force_destroy = var.force_destroy", "force_destroy = var.force_destroyy", RuleUndeclared},
	{"reference to a missing resource", "modules/iam/main.tf", "role       = aws_iam_role.servers.name", "role       = aws_iam_role.server.name", RuleUndeclared},
	{"example passes an unknown input", "examples/complete/main.tf", "  desired_capacity        = var.worker_count", "  desired_size            = var.worker_count", RuleModuleWiring},
	{"example misses a required input", "examples/complete/main.tf", "  kafka_bootstrap_servers = module.kafka.bootstrap_servers\n", "", RuleModuleWiring},
	{"example reads a missing output", "examples/complete/main.tf", "module.kafka.msk_cluster_arn", "module.kafka.cluster_arn", RuleModuleWiring},
	{"undocumented variable", "modules/kafka/variables.tf", `  description = "Apache Kafka version of the MSK cluster."
`, "", RuleVariableDesc},
}

func TestShouldCatchDefectsSeededIntoTheRealTree(t *testing.T) {
	for _, mu := range mutations {
		t.Run(mu.name, func(t *testing.T) {
			dir := copyTree(t, realTree)
			path := filepath.Join(dir, mu.file)
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(src), mu.old) {
				t.Fatalf("%s no longer contains %q; update the mutation", mu.file, mu.old)
			}
			if err := os.WriteFile(path, []byte(strings.Replace(string(src), mu.old, mu.new, 1)), 0o644); err != nil {
				t.Fatal(err)
			}
			vs, err := CheckTree(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := ruleSet(vs); !contains(got, mu.rule) {
				t.Errorf("rules = %v, want %s", got, mu.rule)
			}
		})
	}
}

func copyTree(t *testing.T, src string) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			if d.Name() == ".terraform" {
				return filepath.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func ruleSet(vs []Violation) []string {
	seen := map[string]bool{}
	var out []string
	for _, v := range vs {
		if !seen[v.Rule] {
			seen[v.Rule] = true
			out = append(out, v.Rule)
		}
	}
	sort.Strings(out)
	return out
}

func sameSet(got, want []string) bool {
	w := append([]string(nil), want...)
	sort.Strings(w)
	if len(got) != len(w) {
		return false
	}
	for i := range got {
		if got[i] != w[i] {
			return false
		}
	}
	return true
}

func list(vs []Violation) string {
	var b strings.Builder
	for _, v := range vs {
		b.WriteString("  " + v.String() + "\n")
	}
	return b.String()
}

func TestShouldRenderUserDataTemplatesWithDefaults(t *testing.T) {
	rendered, err := RenderTemplates(realTree)
	if err != nil {
		t.Fatal(err)
	}
	if len(rendered) != 2 {
		t.Fatalf("rendered %d templates, want the servers' and the workers' user data", len(rendered))
	}
	for _, r := range rendered {
		if !strings.HasPrefix(r.Output, "#!/bin/bash\n") || !strings.Contains(r.Output, "exec /usr/local/bin/tc-configure-node") {
			t.Errorf("%s rendered to:\n%s", r.Template, r.Output)
		}
		if strings.Contains(r.Output, "${") {
			t.Errorf("%s: unrendered interpolation left:\n%s", r.Template, r.Output)
		}
	}
}

var packerBadCases = map[string][]string{
	"packer-unencrypted-ami":         {RulePackerEncrypted},
	"packer-unencrypted-volume":      {RulePackerEncrypted},
	"packer-imdsv1":                  {RulePackerIMDSv2},
	"packer-public-ip":               {RulePackerPublicIP},
	"packer-ssh-world-by-default":    {RulePackerOpenSSH},
	"packer-ssh-world":               {RulePackerOpenSSH},
	"packer-public-ami":              {RulePackerPublicAMI},
	"packer-plugin-unpinned":         {RulePackerPluginPin},
	"packer-missing-build-file":      {RulePackerFiles},
	"packer-variable-no-description": {RuleVariableDesc},
}

func TestShouldReportExactlyTheSeededViolationOnEachBadPackerFixture(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join("..", "..", "testdata", "bad-packer"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != len(packerBadCases) {
		t.Errorf("%d fixtures under testdata/bad-packer, %d expectations", len(entries), len(packerBadCases))
	}
	for name, want := range packerBadCases {
		t.Run(name, func(t *testing.T) {
			vs, err := CheckPacker(filepath.Join("..", "..", "testdata", "bad-packer", name))
			if err != nil {
				t.Fatal(err)
			}
			if got := ruleSet(vs); !sameSet(got, want) {
				t.Errorf("rules = %v, want %v\n%s", got, want, list(vs))
			}
		})
	}
}

func TestShouldReportNothingOnTheRealPackerTemplates(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "..", "packer")
	tree, err := load(dir, ".pkr.hcl")
	if err != nil {
		t.Fatal(err)
	}
	sources := 0
	for _, m := range tree.Modules {
		for _, r := range m.Resources {
			if r.Mode == "source" && r.Type == "amazon-ebs" {
				sources++
			}
		}
	}
	if sources != 2 {
		t.Fatalf("found %d amazon-ebs sources in packer/, want server and worker", sources)
	}
	vs, err := CheckPacker(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(vs) != 0 {
		t.Errorf("violations in packer/:\n%s", list(vs))
	}
}
