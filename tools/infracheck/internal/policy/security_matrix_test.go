package policy

import (
	"fmt"
	"path/filepath"
	"sort"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func securityRules(t *testing.T, inputs map[string]cty.Value) []ingressRule {
	t.Helper()
	tree, err := Load(filepath.Join(realTree, "modules", "security"))
	if err != nil {
		t.Fatal(err)
	}
	m := tree.Modules[0]
	m.ctx = buildContextWith(m, inputs)
	return m.ingressRules()
}

func TestShouldOpenClusterPortsOnlyBetweenSecurityGroupsByDefault(t *testing.T) {
	rules := securityRules(t, nil)
	if len(rules) < 15 {
		t.Fatalf("found %d ingress rules, want the full cluster matrix", len(rules))
	}
	for _, r := range rules {
		if len(r.cidrs) > 0 || !r.fromGroup {
			t.Errorf("%s %s: source %v, want a security group only", r.owner, r.ports, r.cidrs)
		}
	}
}

func TestShouldOpenExactlyTheOperatorPortsToAnOperatorNetwork(t *testing.T) {
	rules := securityRules(t, map[string]cty.Value{
		"operator_ingress_cidr_blocks": cty.ListVal([]cty.Value{cty.StringVal("10.8.0.0/16")}),
	})
	var open []string
	for _, r := range rules {
		for _, c := range r.cidrs {
			open = append(open, fmt.Sprintf("%s %s", c, r.ports))
		}
	}
	sort.Strings(open)
	if fmt.Sprint(open) != "[10.8.0.0/16 4646 10.8.0.0/16 8501]" {
		t.Errorf("CIDR-reachable ports = %v, want Nomad 4646 and Consul 8501 only", open)
	}
}

func TestShouldOpenSshOnlyWhenAskedAndOnlyPort22(t *testing.T) {
	rules := securityRules(t, map[string]cty.Value{
		"ssh_ingress_cidr_blocks": cty.ListVal([]cty.Value{cty.StringVal("10.9.0.0/24")}),
	})
	var ssh int
	for _, r := range rules {
		for range r.cidrs {
			if r.ports != (portRange{22, 22}) {
				t.Errorf("%s opens %s to a CIDR", r.owner, r.ports)
			}
			ssh++
		}
	}
	if ssh != 2 {
		t.Errorf("SSH rules = %d, want one on servers and one on workers", ssh)
	}
	// Were this CIDR the default, the policy would flag both rules.
	if vs := checkIngress(rules); len(vs) != 2 || vs[0].Rule != RuleSSHDefault {
		t.Errorf("violations = %v", vs)
	}
}
