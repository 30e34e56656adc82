package bootconfig

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

const (
	consulKey = "c3R1Yi1jb25zdWwtZ29zc2lwLWtleS0xMjM0NTY3OA=="
	nomadKey  = "c3R1Yi1ub21hZC1nb3NzaXAta2V5LTEyMzQ1Njc4OTA="
	secretARN = "arn:aws:secretsmanager:eu-central-1:123456789012:secret:prod/gossip-AbCdEf"
	retryJoin = "provider=aws region=eu-central-1 tag_key=transform-cluster-auto-join tag_value=prod"
)

var script = filepath.Join("..", "..", "..", "..", "packer", "scripts", "configure-node.sh")

// stubs replace the commands the script calls outside the scratch root; each logs its
// arguments to $STUB_LOG.
var stubs = map[string]string{
	"curl": `#!/bin/bash
url=${*: -1}
case "$url" in
  */api/token) echo stub-token ;;
  */instance-id) echo i-0123456789abcdef0 ;;
  */local-ipv4) echo 10.0.1.5 ;;
  */placement/availability-zone) echo eu-central-1a ;;
  *) exit 22 ;;
esac`,
	"aws": `#!/bin/bash
echo "aws $*" >> "$STUB_LOG"
case " $* " in
  *" secretsmanager get-secret-value "*)
    echo '{"consul": "` + consulKey + `", "nomad": "` + nomadKey + `"}' ;;
  *" ssm get-parameter "*)
    while (($#)); do
      if [[ "$1" == --name ]]; then name=$2; fi
      shift
    done
    printf -- '-----BEGIN STUB-----\n%s\n-----END STUB-----\n' "$name" ;;
  *) exit 1 ;;
esac`,
	"systemctl": `#!/bin/bash
echo "systemctl $*" >> "$STUB_LOG"`,
	"logger": `#!/bin/bash
echo "${*: -1}" >&2`,
	"chown": `#!/bin/bash
echo "chown $*" >> "$STUB_LOG"`,
	"install": `#!/bin/bash
args=()
while (($#)); do
  case "$1" in
    -o|-g) shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
exec /usr/bin/install "${args[@]}"`,
}

type run struct {
	root, log, output string
	err               error
}

func configure(t *testing.T, env map[string]string) run {
	t.Helper()
	if _, err := exec.LookPath("jq"); err != nil {
		t.Fatal("jq is required by configure-node.sh (scripts/check-infra.sh installs it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin")
	root := filepath.Join(dir, "root")
	for _, d := range []string{bin, root + "/etc/transform-cluster", root + "/etc/consul.d", root + "/etc/nomad.d"} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	for name, body := range stubs {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(body+"\n"), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var lines []string
	for k, v := range env {
		lines = append(lines, k+"="+v)
	}
	if err := os.WriteFile(filepath.Join(root, "etc/transform-cluster/node.env"), []byte(strings.Join(lines, "\n")+"\n"), 0o640); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "stub.log")
	cmd := exec.Command("bash", script)
	cmd.Env = append(os.Environ(), "PATH="+bin+":"+os.Getenv("PATH"), "TC_ROOT="+root, "STUB_LOG="+log)
	out, err := cmd.CombinedOutput()
	return run{root: root, log: log, output: string(out), err: err}
}

func baseEnv(role string) map[string]string {
	return map[string]string{
		"TC_ROLE":               role,
		"TC_CLUSTER_NAME":       "prod",
		"TC_DATACENTER":         "dc1",
		"TC_REGION":             "eu-central-1",
		"TC_AUTO_JOIN_TAG_KEY":  "transform-cluster-auto-join",
		"TC_GOSSIP_SECRET_ARN":  secretARN,
		"TC_TLS_PARAMETER_PATH": "/prod/tls",
	}
}

func parse(t *testing.T, path string) *hclsyntax.Body {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, diags := hclparse.NewParser().ParseHCL(src, path)
	if diags.HasErrors() {
		t.Fatalf("%s does not parse: %s\n%s", path, diags.Error(), src)
	}
	return f.Body.(*hclsyntax.Body)
}

// value evaluates the attribute at a block path such as "server", "server_join", "retry_join".
func value(t *testing.T, body *hclsyntax.Body, path ...string) cty.Value {
	t.Helper()
	for _, name := range path[:len(path)-1] {
		var next *hclsyntax.Body
		for _, b := range body.Blocks {
			if b.Type == name {
				next = b.Body
			}
		}
		if next == nil {
			t.Fatalf("no block %q on the way to %v", name, path)
		}
		body = next
	}
	attr, ok := body.Attributes[path[len(path)-1]]
	if !ok {
		t.Fatalf("no attribute %v", path)
	}
	v, diags := attr.Expr.Value(&hcl.EvalContext{})
	if diags.HasErrors() {
		t.Fatalf("%v: %s", path, diags.Error())
	}
	return v
}

func str(v cty.Value) string { return v.AsString() }

func TestShouldRenderServerConfigurationFromSecretsAndTags(t *testing.T) {
	env := baseEnv("server")
	env["TC_BOOTSTRAP_EXPECT"] = "3"
	r := configure(t, env)
	if r.err != nil {
		t.Fatalf("configure-node failed: %v\n%s", r.err, r.output)
	}

	consul := parse(t, filepath.Join(r.root, "etc/consul.d/consul.hcl"))
	if got := str(value(t, consul, "encrypt")); got != consulKey {
		t.Errorf("consul encrypt = %q", got)
	}
	if !value(t, consul, "server").True() || value(t, consul, "bootstrap_expect").AsBigFloat().String() != "3" {
		t.Errorf("consul is not a server expecting 3 peers")
	}
	if got := str(value(t, consul, "retry_join").Index(cty.NumberIntVal(0))); got != retryJoin {
		t.Errorf("consul retry_join = %q, want %q", got, retryJoin)
	}
	if got := str(value(t, consul, "client_addr")); got != "127.0.0.1" {
		t.Errorf("consul client_addr = %q, want loopback only", got)
	}
	if !value(t, consul, "tls", "defaults", "verify_incoming").True() || !value(t, consul, "tls", "internal_rpc", "verify_server_hostname").True() {
		t.Errorf("consul TLS is not mutual with server hostname verification")
	}

	nomad := parse(t, filepath.Join(r.root, "etc/nomad.d/nomad.hcl"))
	if got := str(value(t, nomad, "server", "encrypt")); got != nomadKey {
		t.Errorf("nomad server encrypt = %q", got)
	}
	if got := str(value(t, nomad, "server", "server_join", "retry_join").Index(cty.NumberIntVal(0))); got != retryJoin {
		t.Errorf("nomad retry_join = %q", got)
	}
	if !value(t, nomad, "tls", "rpc").True() || !value(t, nomad, "tls", "http").True() {
		t.Errorf("nomad RPC and HTTP are not TLS")
	}
	if got := str(value(t, nomad, "tls", "cert_file")); got != "/etc/transform-cluster/tls/cert.pem" {
		t.Errorf("nomad cert_file = %q", got)
	}
	if _, err := os.Stat(filepath.Join(r.root, "etc/systemd/system/nomad.service.d/client.conf")); err == nil {
		t.Errorf("a server must not get the client drop-in running Nomad as root")
	}

	cert, _ := os.ReadFile(filepath.Join(r.root, "etc/transform-cluster/tls/cert.pem"))
	if !strings.Contains(string(cert), "/prod/tls/server/cert.pem") {
		t.Errorf("server certificate taken from the wrong parameter:\n%s", cert)
	}
	for file, mode := range map[string]os.FileMode{"etc/transform-cluster/tls/key.pem": 0o640, "etc/consul.d/consul.hcl": 0o640, "etc/nomad.d/nomad.hcl": 0o640} {
		info, err := os.Stat(filepath.Join(r.root, file))
		if err != nil || info.Mode().Perm() != mode {
			t.Errorf("%s: mode %v (err %v), want %v", file, info.Mode().Perm(), err, mode)
		}
	}

	calls, _ := os.ReadFile(r.log)
	for _, want := range []string{
		"aws --region eu-central-1 secretsmanager get-secret-value --secret-id " + secretARN,
		"ssm get-parameter --with-decryption --name /prod/tls/server/key.pem",
		"systemctl enable consul.service nomad.service",
		"systemctl restart nomad.service",
	} {
		if !strings.Contains(string(calls), want) {
			t.Errorf("missing call %q in:\n%s", want, calls)
		}
	}
	for _, secret := range []string{consulKey, nomadKey} {
		if strings.Contains(r.output, secret) {
			t.Errorf("a gossip key leaked into the script's output:\n%s", r.output)
		}
	}
}

func TestShouldRenderClientConfigurationWithKafkaMetaAndDrain(t *testing.T) {
	env := baseEnv("client")
	env["TC_NODE_CLASS"] = "transform-worker"
	env["TC_KAFKA_BOOTSTRAP_SERVERS"] = "b-1.prod.kafka.eu-central-1.amazonaws.com:9098,b-2.prod.kafka.eu-central-1.amazonaws.com:9098"
	r := configure(t, env)
	if r.err != nil {
		t.Fatalf("configure-node failed: %v\n%s", r.err, r.output)
	}

	consul := parse(t, filepath.Join(r.root, "etc/consul.d/consul.hcl"))
	if _, ok := consul.Attributes["server"]; ok {
		t.Errorf("a client's Consul agent must not be a server")
	}

	nomad := parse(t, filepath.Join(r.root, "etc/nomad.d/nomad.hcl"))
	for _, b := range nomad.Blocks {
		if b.Type == "server" {
			t.Errorf("a client must not enable the Nomad server")
		}
	}
	if got := str(value(t, nomad, "client", "meta", "kafka_bootstrap_servers")); got != env["TC_KAFKA_BOOTSTRAP_SERVERS"] {
		t.Errorf("client meta kafka_bootstrap_servers = %q", got)
	}
	if got := str(value(t, nomad, "client", "node_class")); got != "transform-worker" {
		t.Errorf("node_class = %q", got)
	}
	if got := str(value(t, nomad, "client", "drain_on_shutdown", "deadline")); got != "5m" {
		t.Errorf("drain_on_shutdown deadline = %q", got)
	}
	if value(t, nomad, "plugin", "config", "enabled").True() {
		t.Errorf("raw_exec must stay disabled in production")
	}
	dropIn, err := os.ReadFile(filepath.Join(r.root, "etc/systemd/system/nomad.service.d/client.conf"))
	if err != nil || !strings.Contains(string(dropIn), "User=root") {
		t.Errorf("client drop-in = %q (%v), want User=root", dropIn, err)
	}
	key, _ := os.ReadFile(filepath.Join(r.root, "etc/transform-cluster/tls/key.pem"))
	if !strings.Contains(string(key), "/prod/tls/client/key.pem") {
		t.Errorf("client key taken from the wrong parameter:\n%s", key)
	}
}

func TestShouldRefuseToRunWithoutTheGossipSecret(t *testing.T) {
	env := baseEnv("server")
	env["TC_BOOTSTRAP_EXPECT"] = "3"
	delete(env, "TC_GOSSIP_SECRET_ARN")
	r := configure(t, env)
	if r.err == nil {
		t.Fatalf("configure-node succeeded without TC_GOSSIP_SECRET_ARN:\n%s", r.output)
	}
	if _, err := os.Stat(filepath.Join(r.root, "etc/consul.d/consul.hcl")); err == nil {
		t.Errorf("configuration written although the inputs were incomplete")
	}
}

func TestShouldRejectAnUnknownRole(t *testing.T) {
	env := baseEnv("bastion")
	r := configure(t, env)
	if r.err == nil || !strings.Contains(r.output, "TC_ROLE must be server or client") {
		t.Fatalf("want a clear refusal, got err=%v:\n%s", r.err, r.output)
	}
}
