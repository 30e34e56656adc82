package policy

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Rules about security groups.
const (
	RuleWorldIngress    = "sg-world-ingress"
	RuleClusterPortCIDR = "sg-cluster-port-cidr"
	RuleSSHDefault      = "sg-ssh-open-by-default"
)

// portRange is an inclusive TCP/UDP port range.
type portRange struct{ From, To int }

func (p portRange) overlaps(q portRange) bool { return p.From <= q.To && q.From <= p.To }

func (p portRange) String() string {
	if p.From == p.To {
		return fmt.Sprint(p.From)
	}
	return fmt.Sprintf("%d-%d", p.From, p.To)
}

// ClusterPorts are Nomad (4646-4648), Consul (8300-8302, 8500-8502, 8600) and Kafka
// (9092-9098) ports: reachable only from the cluster's own security groups.
var ClusterPorts = []portRange{{4646, 4648}, {8300, 8302}, {8500, 8502}, {8600, 8600}, {9092, 9098}}

var allPorts = portRange{0, 65535}

// ingressRule is one ingress permission with its CIDR sources known by default.
type ingressRule struct {
	owner     string
	ports     portRange
	cidrs     []string
	fromGroup bool // source is a security group (referenced_security_group_id, source_security_group_id, self)
	at        hcl.Range
}

// checkSecurityGroups applies the security group rules to one module. Only CIDR
// sources known with default inputs count: security-group sources and CIDRs from
// required inputs are the operator's explicit choice.
func checkSecurityGroups(m *Module) []Violation {
	return checkIngress(m.ingressRules())
}

// ingressRules lists every ingress permission of the module that exists with its inputs.
func (m *Module) ingressRules() []ingressRule {
	var rules []ingressRule
	for _, r := range m.Resources {
		if r.Mode != "resource" {
			continue
		}
		for _, scope := range m.Instances(r.Block.Body) {
			switch r.Type {
			case "aws_security_group":
				for _, sb := range m.expandBlocks(r.Block.Body, "ingress", scope) {
					rules = append(rules, m.ingress(r, sb.Block.Body, sb.Scope, sb.Block.DefRange()))
				}
			case "aws_security_group_rule":
				if v, _ := m.attrVal(r.Block.Body, "type", scope); isKnownString(v) && v.AsString() == "ingress" {
					rules = append(rules, m.ingress(r, r.Block.Body, scope, r.Block.DefRange()))
				}
			case "aws_vpc_security_group_ingress_rule":
				rules = append(rules, m.ingress(r, r.Block.Body, scope, r.Block.DefRange()))
			}
		}
	}
	return rules
}

func checkIngress(rules []ingressRule) []Violation {
	var out []Violation
	for _, rule := range rules {
		for _, c := range rule.cidrs {
			world := c == "0.0.0.0/0" || c == "::/0"
			switch {
			case world:
				out = append(out, violation(RuleWorldIngress, rule.at, "%s opens port(s) %s to %s", rule.owner, rule.ports, c))
			case rule.touchesClusterPorts():
				out = append(out, violation(RuleClusterPortCIDR, rule.at, "%s opens cluster port(s) %s to %s by default; use security group sources", rule.owner, rule.ports, c))
			}
			if rule.ports.overlaps(portRange{22, 22}) {
				out = append(out, violation(RuleSSHDefault, rule.at, "%s opens SSH (22) to %s by default; use SSM Session Manager", rule.owner, c))
			}
		}
	}
	return out
}

func (r ingressRule) touchesClusterPorts() bool {
	for _, p := range ClusterPorts {
		if r.ports.overlaps(p) {
			return true
		}
	}
	return false
}

func (m *Module) ingress(r *Resource, body *hclsyntax.Body, scope map[string]cty.Value, at hcl.Range) ingressRule {
	rule := ingressRule{owner: r.Addr(), ports: allPorts, at: at}
	proto, _ := m.attrVal(body, "ip_protocol", scope)
	if !isKnownString(proto) {
		proto, _ = m.attrVal(body, "protocol", scope)
	}
	allProtocols := isKnownString(proto) && (proto.AsString() == "-1" || strings.EqualFold(proto.AsString(), "all"))
	if !allProtocols {
		from, okFrom := m.port(body, "from_port", scope)
		to, okTo := m.port(body, "to_port", scope)
		if okFrom && okTo {
			rule.ports = portRange{from, to}
		}
	}
	for _, name := range []string{"referenced_security_group_id", "source_security_group_id", "security_groups", "self"} {
		if _, ok := body.Attributes[name]; ok {
			rule.fromGroup = true
		}
	}
	for _, name := range []string{"cidr_blocks", "ipv6_cidr_blocks", "cidr_ipv4", "cidr_ipv6"} {
		if v, ok := m.attrVal(body, name, scope); ok {
			rule.cidrs = append(rule.cidrs, knownStrings(v)...)
		}
	}
	return rule
}

// port evaluates a port attribute; unknown ports count as the whole range.
func (m *Module) port(body *hclsyntax.Body, name string, scope map[string]cty.Value) (int, bool) {
	v, ok := m.attrVal(body, name, scope)
	if !ok || !v.IsKnown() || v.IsNull() || v.Type() != cty.Number {
		return 0, false
	}
	n, acc := v.AsBigFloat().Int64()
	if acc != big.Exact {
		return 0, false
	}
	return int(n), true
}
