package policy

import (
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

// grantsOf evaluates a policy document of the iam module with the given inputs and
// returns every allowed (action, resource) pair, with the conditions of its statement.
func grantsOf(t *testing.T, document string, inputs map[string]cty.Value) map[string]string {
	t.Helper()
	tree, err := Load(filepath.Join(realTree, "modules", "iam"))
	if err != nil {
		t.Fatal(err)
	}
	m := tree.Modules[0]
	m.ctx = buildContextWith(m, inputs)
	var doc *Resource
	for _, d := range m.DataOf("aws_iam_policy_document") {
		if d.Name == document {
			doc = d
		}
	}
	if doc == nil {
		t.Fatalf("no policy document %q", document)
	}
	grants := map[string]string{}
	for _, st := range m.policyStatements(doc.Block.Body.Attributes["source_policy_documents"].Expr, nil) {
		add(grants, st)
	}
	for _, st := range m.documentStatements(doc.Block.Body, nil) {
		add(grants, st)
	}
	return grants
}

func add(grants map[string]string, st statement) {
	if !st.allows() {
		return
	}
	var conds []string
	for _, c := range st.Conditions {
		conds = append(conds, c.Test+" "+c.Variable+"="+strings.Join(c.Values, ","))
	}
	for _, a := range st.Actions {
		for _, r := range st.Resources {
			grants[a+" "+r] = strings.Join(conds, "; ")
		}
	}
}

var workerInputs = map[string]cty.Value{
	"source_bucket_arn":      cty.StringVal("arn:aws:s3:::example-source"),
	"destination_bucket_arn": cty.StringVal("arn:aws:s3:::example-redacted"),
	"bucket_kms_key_arns":    cty.TupleVal([]cty.Value{cty.StringVal("arn:aws:kms:eu-central-1:123456789012:key/1111")}),
	"gossip_secret_arn":      cty.StringVal("arn:aws:secretsmanager:eu-central-1:123456789012:secret:gossip-AbCdEf"),
	"tls_parameter_path":     cty.StringVal("/prod/tls"),
	"source_prefix":          cty.StringVal("inbox/"),
	"destination_prefix":     cty.StringVal("redacted/"),
}

func TestShouldGrantWorkersExactlyTheSourceReadAndDestinationWriteOnS3(t *testing.T) {
	grants := grantsOf(t, "workers", workerInputs)
	var s3 []string
	for g, cond := range grants {
		if strings.HasPrefix(g, "s3:") {
			s3 = append(s3, strings.TrimSpace(g+" "+cond))
		}
	}
	sort.Strings(s3)
	want := []string{
		"s3:AbortMultipartUpload arn:aws:s3:::example-redacted/redacted/*",
		"s3:GetObject arn:aws:s3:::example-redacted/redacted/*",
		"s3:GetObject arn:aws:s3:::example-source/inbox/*",
		"s3:ListBucket arn:aws:s3:::example-redacted StringLike s3:prefix=redacted/*",
		"s3:ListBucket arn:aws:s3:::example-source StringLike s3:prefix=inbox/*",
		"s3:ListMultipartUploadParts arn:aws:s3:::example-redacted/redacted/*",
		"s3:PutObject arn:aws:s3:::example-redacted/redacted/*",
	}
	if strings.Join(s3, "\n") != strings.Join(want, "\n") {
		t.Errorf("workers' S3 grants:\n%s\nwant exactly:\n%s", strings.Join(s3, "\n"), strings.Join(want, "\n"))
	}
	if cond, ok := grants["kms:GenerateDataKey arn:aws:kms:eu-central-1:123456789012:key/1111"]; !ok || !strings.Contains(cond, "kms:ViaService") {
		t.Errorf("bucket key use must be granted only via S3, got %q (granted %v)", cond, ok)
	}
	if _, ok := grants["secretsmanager:GetSecretValue "+workerInputs["gossip_secret_arn"].AsString()]; !ok {
		t.Errorf("workers cannot read the gossip secret")
	}
	for g := range grants {
		if strings.HasPrefix(g, "kafka-cluster:") {
			t.Errorf("MSK grant without msk_cluster_arn: %s", g)
		}
	}
}

func TestShouldGrantServersNoS3AndNoKafka(t *testing.T) {
	for g := range grantsOf(t, "servers", workerInputs) {
		if strings.HasPrefix(g, "s3:") || strings.HasPrefix(g, "kms:GenerateDataKey") || strings.HasPrefix(g, "kafka-cluster:") {
			t.Errorf("servers must not hold %s", g)
		}
	}
}

func TestShouldScopeMskGrantsToTheClustersTopicsGroupsAndTransactions(t *testing.T) {
	inputs := map[string]cty.Value{}
	for k, v := range workerInputs {
		inputs[k] = v
	}
	inputs["msk_cluster_arn"] = cty.StringVal("arn:aws:kafka:eu-central-1:123456789012:cluster/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2")
	grants := grantsOf(t, "workers", inputs)
	for _, want := range []string{
		"kafka-cluster:Connect arn:aws:kafka:eu-central-1:123456789012:cluster/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2",
		"kafka-cluster:WriteData arn:aws:kafka:eu-central-1:123456789012:topic/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2/*",
		"kafka-cluster:AlterGroup arn:aws:kafka:eu-central-1:123456789012:group/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2/*",
		"kafka-cluster:AlterTransactionalId arn:aws:kafka:eu-central-1:123456789012:transactional-id/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2/*",
	} {
		if _, ok := grants[want]; !ok {
			t.Errorf("missing grant %s", want)
		}
	}
	for g := range grants {
		if strings.HasPrefix(g, "kafka-cluster:") && !strings.Contains(g, "/prod/0a1b2c3d-4e5f-6789-abcd-ef0123456789-2") {
			t.Errorf("MSK grant outside the cluster: %s", g)
		}
	}
}
