package hclscan

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"testing"
)

func TestShouldReportSyntaxFormatAndJSONProblemsPerFile(t *testing.T) {
	res, err := Scan(filepath.Join("..", "..", "testdata", "scan"))
	if err != nil {
		t.Fatal(err)
	}
	wantHCL := []string{"nomad/ok.nomad.hcl", "packer/broken.pkr.hcl", "terraform/broken.tf", "terraform/ok.tf", "terraform/unformatted.tf"}
	if !equal(slash(res.HCLFiles), wantHCL) {
		t.Errorf("HCL files = %v, want %v", res.HCLFiles, wantHCL)
	}
	wantJSON := []string{"terraform/broken.json", "terraform/ok.json"}
	if !equal(slash(res.JSONFiles), wantJSON) {
		t.Errorf("JSON files = %v, want %v (ignored.json is outside the infrastructure folders)", res.JSONFiles, wantJSON)
	}
	got := map[string]Kind{}
	for _, p := range res.Problems {
		got[filepath.ToSlash(p.Path)] = p.Kind
	}
	want := map[string]Kind{
		"packer/broken.pkr.hcl":    Syntax,
		"terraform/broken.tf":      Syntax,
		"terraform/unformatted.tf": Format,
		"terraform/broken.json":    JSON,
	}
	if len(got) != len(want) {
		t.Errorf("problems = %v, want %v", res.Problems, want)
	}
	for path, kind := range want {
		if got[path] != kind {
			t.Errorf("%s: got %q, want %q (all: %v)", path, got[path], kind, res.Problems)
		}
	}
}

func TestShouldSkipBuildOutputAndFixtureFolders(t *testing.T) {
	root := t.TempDir()
	for _, dir := range []string{"target", "node_modules", ".terraform", "tools/x/testdata", "terraform"} {
		if err := os.MkdirAll(filepath.Join(root, dir), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, dir, "x.tf"), []byte("broken {\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	if !equal(slash(res.HCLFiles), []string{"terraform/x.tf"}) {
		t.Errorf("HCL files = %v, want only terraform/x.tf", res.HCLFiles)
	}
	if len(res.Problems) != 1 || res.Problems[0].Kind != Syntax {
		t.Errorf("problems = %v, want one syntax error", res.Problems)
	}
}

func TestShouldRewriteFileInCanonicalFormat(t *testing.T) {
	path := filepath.Join(t.TempDir(), "main.tf")
	if err := os.WriteFile(path, []byte("locals {\n  a = 1\n  bbb = 2\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	changed, err := WriteFormatted(path)
	if err != nil || !changed {
		t.Fatalf("changed=%v err=%v, want a rewrite", changed, err)
	}
	src, _ := os.ReadFile(path)
	if probs := CheckHCL(path, src); len(probs) != 0 {
		t.Errorf("after rewrite: %v", probs)
	}
	if string(src) != "locals {\n  a   = 1\n  bbb = 2\n}\n" {
		t.Errorf("rewritten to %q", src)
	}
}

func TestShouldFindRepositoryInfrastructureFilesCleanOfSyntaxErrors(t *testing.T) {
	root := filepath.Join("..", "..", "..", "..")
	res, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	tf := 0
	for _, f := range res.HCLFiles {
		if filepath.Ext(f) == ".tf" {
			tf++
		}
	}
	if tf < 20 {
		t.Errorf("found %d .tf files in the repository, want the terraform/ tree (>= 20)", tf)
	}
	for _, p := range res.Problems {
		if p.Kind == Syntax || p.Kind == JSON {
			t.Errorf("%v", p)
		}
	}
}

func slash(paths []string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = filepath.ToSlash(p)
	}
	sort.Strings(out)
	return out
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestShouldKeepPolicyFixturesParseableAndFormatted(t *testing.T) {
	// The bad fixtures must fail only on the policy they demonstrate, never on syntax
	// or formatting.
	for _, dir := range []string{"bad", "bad-packer", "good"} {
		res, err := Scan(filepath.Join("..", "..", "testdata", dir))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.HCLFiles) == 0 {
			t.Errorf("testdata/%s: no HCL files found", dir)
		}
		for _, p := range res.Problems {
			t.Errorf("testdata/%s: %v", dir, p)
		}
	}
}

func TestShouldFollowGitIgnoreInsideAWorkTree(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git is required")
	}
	root := t.TempDir()
	run := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", root}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	files := map[string]string{
		".gitignore":             ".dev-cluster/\n",
		".dev-cluster/state.tf":  "broken {\n",
		"nomad/job.nomad.hcl":    "job \"x\" {}\n",
		"terraform/untracked.tf": "locals {}\n",
	}
	for rel, body := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(root, rel)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(root, rel), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run("add", "nomad/job.nomad.hcl", ".gitignore")
	res, err := Scan(root)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"nomad/job.nomad.hcl", "terraform/untracked.tf"}; !equal(slash(res.HCLFiles), want) {
		t.Errorf("HCL files = %v, want tracked and untracked-not-ignored %v", res.HCLFiles, want)
	}
	if len(res.Problems) != 0 {
		t.Errorf("problems = %v", res.Problems)
	}
}
