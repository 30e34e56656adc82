// Command jobspec-check checks the Nomad job files of this repository without a Nomad
// binary: HCL2 syntax (the parser Nomad itself uses), canonical formatting (what
// `nomad fmt -check` compares against), and the project's conventions:
//
//   - `variable` blocks first, each with a type and a description; every var.X used is declared;
//   - service jobs: `update` with auto_revert (and a canary unless the job is dev-only);
//   - every group: `restart`; every task: `resources` with cpu and memory; heap_mb + 256 <= memory_mb;
//   - every service: provider consul; pipeline and monitoring services tagged `prometheus`
//     with an HTTP check (on /health for the pipeline stages);
//   - no secret in the file: no env key or variable named like a credential;
//   - the production driver defaults to exec or java.
//
// Usage: jobspec-check [-w] FILE...   (exit 1 with one line per problem; -w rewrites
// the files in canonical format first)
package main

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"
)

var secretName = regexp.MustCompile(`(?i)(secret|password|passwd|token|access_key|private_key|pseudonym_key)$`)

// stages are the pipeline services whose check must hit /health.
var stages = map[string]bool{"ingest": true, "redact-stream": true, "sink": true}

type checker struct {
	file     string
	problems []string
}

func (c *checker) fail(rng hcl.Range, format string, args ...any) {
	c.problems = append(c.problems, fmt.Sprintf("%s:%d: %s", c.file, rng.Start.Line, fmt.Sprintf(format, args...)))
}

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: jobspec-check FILE...")
		os.Exit(2)
	}
	files := os.Args[1:]
	if files[0] == "-w" {
		files = files[1:]
		for _, f := range files {
			if src, err := os.ReadFile(f); err == nil {
				_ = os.WriteFile(f, hclwrite.Format(src), 0o644)
			}
		}
	}
	var all []string
	for _, f := range files {
		all = append(all, checkFile(f)...)
	}
	for _, p := range all {
		fmt.Fprintln(os.Stderr, p)
	}
	if len(all) > 0 {
		fmt.Printf("%d problem(s) in %d job file(s)\n", len(all), len(files))
		os.Exit(1)
	}
	fmt.Printf("%d job file(s) parse, are formatted and follow the conventions\n", len(files))
}

func checkFile(path string) []string {
	c := &checker{file: path}
	src, err := os.ReadFile(path)
	if err != nil {
		return []string{err.Error()}
	}
	if formatted := hclwrite.Format(src); !bytes.Equal(formatted, src) {
		c.fail(hcl.Range{Start: hcl.Pos{Line: firstDiffLine(src, formatted)}}, "not canonically formatted (nomad fmt would change it from here)")
	}
	f, diags := hclsyntax.ParseConfig(src, path, hcl.InitialPos)
	if diags.HasErrors() {
		return append(c.problems, diags.Error())
	}
	body := f.Body.(*hclsyntax.Body)
	declared := map[string]*hclsyntax.Block{}
	var jobs []*hclsyntax.Block
	for _, b := range body.Blocks {
		switch b.Type {
		case "variable":
			if len(jobs) > 0 {
				c.fail(b.DefRange(), "variable %q comes after the job block; variables go at the top", b.Labels[0])
			}
			declared[b.Labels[0]] = b
			for _, a := range []string{"type", "description"} {
				if _, ok := b.Body.Attributes[a]; !ok {
					c.fail(b.DefRange(), "variable %q has no %s", b.Labels[0], a)
				}
			}
			if secretName.MatchString(b.Labels[0]) {
				c.fail(b.DefRange(), "variable %q looks like a secret: render secrets with a template from Nomad Variables or Vault", b.Labels[0])
			}
		case "job":
			jobs = append(jobs, b)
		default:
			c.fail(b.DefRange(), "unexpected top-level block %q", b.Type)
		}
	}
	if len(jobs) != 1 {
		c.fail(hcl.Range{Start: hcl.Pos{Line: 1}}, "want exactly one job block, found %d", len(jobs))
		return c.problems
	}
	used := map[string]bool{}
	walkExprs(body, func(e hclsyntax.Expression) {
		for _, t := range e.Variables() {
			if t.RootName() != "var" || len(t) < 2 {
				continue
			}
			if a, ok := t[1].(hcl.TraverseAttr); ok {
				used[a.Name] = true
				if declared[a.Name] == nil {
					c.fail(e.Range(), "var.%s is not declared", a.Name)
				}
			}
		}
	})
	for name, b := range declared {
		if !used[name] {
			c.fail(b.DefRange(), "variable %q is never used", name)
		}
	}
	c.checkHeap(declared)
	if d := declared["driver"]; d != nil {
		if v, ok := literal(d.Body.Attributes["default"]); !ok || (v != "exec" && v != "java") {
			c.fail(d.DefRange(), "the driver variable must default to exec or java (raw_exec is for the dev cluster only)")
		}
	}
	c.checkJob(jobs[0])
	return c.problems
}

func (c *checker) checkHeap(declared map[string]*hclsyntax.Block) {
	h, m := declared["heap_mb"], declared["memory_mb"]
	if h == nil || m == nil {
		return
	}
	hv, ok1 := number(h.Body.Attributes["default"])
	mv, ok2 := number(m.Body.Attributes["default"])
	if ok1 && ok2 && hv+256 > mv {
		c.fail(m.DefRange(), "memory_mb (%d) must be at least heap_mb (%d) + 256 for non-heap memory", mv, hv)
	}
}

func (c *checker) checkJob(job *hclsyntax.Block) {
	name := job.Labels[0]
	jobType, _ := literal(job.Body.Attributes["type"])
	if jobType == "" {
		c.fail(job.DefRange(), "job %q: set type explicitly", name)
	}
	dev := strings.HasPrefix(name, "dev-")
	if jobType == "service" {
		u := child(job.Body, "update")
		if u == nil {
			c.fail(job.DefRange(), "service job %q has no update block", name)
		} else {
			if v, _ := literalBool(u.Body.Attributes["auto_revert"]); !v {
				c.fail(u.DefRange(), "update: auto_revert must be true")
			}
			if n, _ := number(u.Body.Attributes["canary"]); n < 1 && !dev {
				c.fail(u.DefRange(), "update: canary must be at least 1")
			}
		}
	}
	groups := children(job.Body, "group")
	if len(groups) == 0 {
		c.fail(job.DefRange(), "job %q has no group", name)
	}
	for _, g := range groups {
		if child(g.Body, "restart") == nil {
			c.fail(g.DefRange(), "group %q has no restart block", g.Labels[0])
		}
		services := children(g.Body, "service")
		if len(services) == 0 {
			c.fail(g.DefRange(), "group %q registers no service", g.Labels[0])
		}
		for _, s := range services {
			c.checkService(s, dev)
		}
		tasks := children(g.Body, "task")
		if len(tasks) == 0 {
			c.fail(g.DefRange(), "group %q has no task", g.Labels[0])
		}
		for _, t := range tasks {
			c.checkTask(t)
		}
		if name == "redact-stream" {
			c.checkScaling(g)
		}
	}
}

func (c *checker) checkService(s *hclsyntax.Block, dev bool) {
	svc, _ := literal(s.Body.Attributes["name"])
	if p, _ := literal(s.Body.Attributes["provider"]); p != "consul" {
		c.fail(s.DefRange(), "service %q: provider must be consul", svc)
	}
	if dev {
		return
	}
	if !listHas(s.Body.Attributes["tags"], "prometheus") {
		c.fail(s.DefRange(), "service %q: tags must include prometheus (Prometheus keeps targets by it)", svc)
	}
	checks := children(s.Body, "check")
	ok := false
	for _, ch := range checks {
		typ, _ := literal(ch.Body.Attributes["type"])
		path, _ := literal(ch.Body.Attributes["path"])
		if typ == "http" && (path == "/health" || !stages[svc]) {
			ok = true
		}
	}
	if !ok {
		want := "an HTTP check"
		if stages[svc] {
			want = "an HTTP check on /health"
		}
		c.fail(s.DefRange(), "service %q needs %s", svc, want)
	}
}

func (c *checker) checkTask(t *hclsyntax.Block) {
	r := child(t.Body, "resources")
	if r == nil {
		c.fail(t.DefRange(), "task %q has no resources block", t.Labels[0])
	} else {
		for _, a := range []string{"cpu", "memory"} {
			if _, ok := r.Body.Attributes[a]; !ok {
				c.fail(r.DefRange(), "task %q: resources needs %s", t.Labels[0], a)
			}
		}
	}
	for _, e := range children(t.Body, "env") {
		for k, a := range e.Body.Attributes {
			if secretName.MatchString(k) {
				c.fail(a.SrcRange, "env %s looks like a secret: render it with a template from Nomad Variables or Vault", k)
			}
		}
	}
}

func (c *checker) checkScaling(g *hclsyntax.Block) {
	s := child(g.Body, "scaling")
	if s == nil {
		c.fail(g.DefRange(), "group %q needs a scaling block", g.Labels[0])
		return
	}
	for _, a := range []string{"min", "max"} {
		if _, ok := s.Body.Attributes[a]; !ok {
			c.fail(s.DefRange(), "scaling needs %s", a)
		}
	}
	p := child(s.Body, "policy")
	found := false
	if p != nil {
		for _, ch := range children(p.Body, "check") {
			if src, _ := literal(ch.Body.Attributes["source"]); src == "prometheus" {
				found = true
			}
		}
	}
	if !found {
		c.fail(s.DefRange(), "scaling needs a policy with a prometheus check (consumer lag)")
	}
}

// walkExprs visits every attribute expression, including those in dynamic blocks.
func walkExprs(b *hclsyntax.Body, visit func(hclsyntax.Expression)) {
	names := make([]string, 0, len(b.Attributes))
	for n := range b.Attributes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		visit(b.Attributes[n].Expr)
	}
	for _, blk := range b.Blocks {
		walkExprs(blk.Body, visit)
	}
}

func child(b *hclsyntax.Body, typ string) *hclsyntax.Block {
	if cs := children(b, typ); len(cs) > 0 {
		return cs[0]
	}
	return nil
}

// children returns the blocks of a type, and the content of `dynamic "<type>"` blocks.
func children(b *hclsyntax.Body, typ string) []*hclsyntax.Block {
	var out []*hclsyntax.Block
	for _, blk := range b.Blocks {
		if blk.Type == typ {
			out = append(out, blk)
		}
		if blk.Type == "dynamic" && len(blk.Labels) == 1 && blk.Labels[0] == typ {
			if content := child(blk.Body, "content"); content != nil {
				out = append(out, &hclsyntax.Block{Type: typ, Labels: []string{typ}, Body: content.Body,
					TypeRange: blk.TypeRange, OpenBraceRange: blk.OpenBraceRange, CloseBraceRange: blk.CloseBraceRange})
			}
		}
	}
	return out
}

func value(a *hclsyntax.Attribute) (cty.Value, bool) {
	if a == nil || len(a.Expr.Variables()) > 0 {
		return cty.NilVal, false
	}
	v, diags := a.Expr.Value(nil)
	return v, !diags.HasErrors() && v.IsKnown() && !v.IsNull()
}

func literal(a *hclsyntax.Attribute) (string, bool) {
	v, ok := value(a)
	if !ok || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

func literalBool(a *hclsyntax.Attribute) (bool, bool) {
	v, ok := value(a)
	if !ok || v.Type() != cty.Bool {
		return false, false
	}
	return v.True(), true
}

func number(a *hclsyntax.Attribute) (int64, bool) {
	v, ok := value(a)
	if !ok || v.Type() != cty.Number {
		return 0, false
	}
	n, _ := v.AsBigFloat().Int64()
	return n, true
}

func listHas(a *hclsyntax.Attribute, want string) bool {
	v, ok := value(a)
	if !ok || !v.CanIterateElements() {
		return false
	}
	for it := v.ElementIterator(); it.Next(); {
		if _, e := it.Element(); e.Type() == cty.String && e.AsString() == want {
			return true
		}
	}
	return false
}

func firstDiffLine(a, b []byte) int {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range la {
		if i >= len(lb) || la[i] != lb[i] {
			return i + 1
		}
	}
	return len(la)
}
