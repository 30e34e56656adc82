package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each case breaks one convention in a copy of the real redact-stream job and expects the
// checker to name it; the unmodified job must pass.
func TestCheckerFlagsEachBrokenConvention(t *testing.T) {
	src, err := os.ReadFile("../redact-stream.nomad.hcl")
	if err != nil {
		t.Fatal(err)
	}
	good := string(src)
	cases := []struct {
		name, old, new, want string
	}{
		{"unchanged", "", "", ""},
		{"missing prometheus tag", `tags        = ["prometheus", "transform-cluster", "stage-redact-stream"]`,
			`tags        = ["transform-cluster", "stage-redact-stream"]`, "tags must include prometheus"},
		{"check not on /health", `path     = "/health"`, `path     = "/metrics"`, "HTTP check on /health"},
		{"no auto_revert", "auto_revert       = true", "auto_revert       = false", "auto_revert must be true"},
		{"no canary", "canary            = 1", "canary            = 0", "canary must be at least 1"},
		{"secret in env", `TC_POLICY            = var.policy`, `TC_PSEUDONYM_KEY     = "hunter2"`, "looks like a secret"},
		{"heap above memory", "default     = 640", "default     = 400", "must be at least heap_mb"},
		{"raw_exec default", `default     = "exec"`, `default     = "raw_exec"`, "must default to exec or java"},
		{"undeclared variable", "memory = var.memory_mb", "memory = var.memory", "var.memory is not declared"},
		{"variable without description", `  description = "Kafka Streams threads per instance; keep at or below the CPU cores given in var.cpu_mhz."` + "\n", "", `has no description`},
		{"not formatted", "  datacenters = var.datacenters", "  datacenters    = var.datacenters", "not canonically formatted"},
		{"no scaling policy", `source = "prometheus"`, `source = "nomad-apm"`, "prometheus check"},
		{"provider nomad", `provider = "consul"`, `provider = "nomad"`, "provider must be consul"},
	}
	dir := t.TempDir()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := good
			if c.old != "" {
				if !strings.Contains(text, c.old) {
					t.Fatalf("fixture text %q not found in the job", c.old)
				}
				text = strings.Replace(text, c.old, c.new, 1)
			}
			path := filepath.Join(dir, "job.nomad.hcl")
			if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
			problems := checkFile(path)
			joined := strings.Join(problems, "\n")
			if c.want == "" && len(problems) > 0 {
				t.Fatalf("want no problem, got:\n%s", joined)
			}
			if c.want != "" && !strings.Contains(joined, c.want) {
				t.Fatalf("want a problem containing %q, got:\n%s", c.want, joined)
			}
		})
	}
}
