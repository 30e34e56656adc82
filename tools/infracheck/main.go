// Command infracheck verifies the repository's infrastructure code offline: every
// Terraform, Packer and Nomad HCL file parses and is canonically formatted, every JSON
// file under the infrastructure folders is valid, and the Terraform tree satisfies the
// security policies of internal/policy.
//
// Usage:
//
//	infracheck [-root DIR] [-terraform DIR]   check, exit 1 on any finding
//	infracheck -fmt FILE...                   rewrite files in canonical format
//	infracheck -render-templates DIR          render templatefile() templates into DIR
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"dev.transformcluster/tools/infracheck/internal/hclscan"
	"dev.transformcluster/tools/infracheck/internal/policy"
)

func main() {
	root := flag.String("root", ".", "repository root to scan")
	tfDir := flag.String("terraform", "", "Terraform tree to check policies on (default ROOT/terraform)")
	fmtOnly := flag.Bool("fmt", false, "rewrite the given files in canonical format and exit")
	renderDir := flag.String("render-templates", "", "render the Terraform tree's templatefile() templates into DIR and exit")
	flag.Parse()
	if *fmtOnly {
		os.Exit(formatFiles(flag.Args()))
	}
	if *renderDir != "" {
		if *tfDir == "" {
			*tfDir = filepath.Join(*root, "terraform")
		}
		os.Exit(renderTemplates(*tfDir, *renderDir))
	}
	os.Exit(check(*root, *tfDir))
}

func formatFiles(paths []string) int {
	rc := 0
	for _, p := range paths {
		changed, err := hclscan.WriteFormatted(p)
		switch {
		case err != nil:
			fmt.Fprintf(os.Stderr, "%s: %v\n", p, err)
			rc = 1
		case changed:
			fmt.Println(p)
		}
	}
	return rc
}

// renderTemplates writes each template with its defaults (placeholders for unknown
// values) to dir, named after its path, so that shellcheck can read rendered user data.
func renderTemplates(tfDir, dir string) int {
	rendered, err := policy.RenderTemplates(tfDir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "infracheck: %v\n", err)
		return 1
	}
	for _, r := range rendered {
		name := strings.TrimSuffix(strings.ReplaceAll(filepath.ToSlash(r.Template), "/", "__"), ".tftpl")
		if err := os.WriteFile(filepath.Join(dir, name), []byte(r.Output), 0o644); err != nil {
			fmt.Fprintf(os.Stderr, "infracheck: %v\n", err)
			return 1
		}
		fmt.Println(filepath.Join(dir, name))
	}
	return 0
}

func check(root, tfDir string) int {
	res, err := hclscan.Scan(root)
	if err != nil {
		fmt.Fprintf(os.Stderr, "infracheck: scan: %v\n", err)
		return 2
	}
	for _, p := range res.Problems {
		fmt.Println(p)
	}
	fmt.Printf("infracheck: parsed %d HCL files (.tf/.tfvars/.pkr.hcl/.pkrvars.hcl/.nomad.hcl/.tfvars.example) and %d JSON files: %d problems\n",
		len(res.HCLFiles), len(res.JSONFiles), len(res.Problems))

	if tfDir == "" {
		tfDir = filepath.Join(root, "terraform")
	}
	violations, err := policy.CheckTree(tfDir)
	if err != nil {
		fmt.Fprintf(os.Stderr, "infracheck: policy: %v\n", err)
		return 2
	}
	for _, v := range violations {
		fmt.Println(v)
	}
	fmt.Printf("infracheck: policies over %s: %d violations\n", tfDir, len(violations))

	packerDir := filepath.Join(root, "packer")
	var packerViolations []policy.Violation
	if _, err := os.Stat(packerDir); err == nil {
		packerViolations, err = policy.CheckPacker(packerDir)
		if err != nil {
			fmt.Fprintf(os.Stderr, "infracheck: packer policy: %v\n", err)
			return 2
		}
		for _, v := range packerViolations {
			fmt.Println(v)
		}
		fmt.Printf("infracheck: policies over %s: %d violations\n", packerDir, len(packerViolations))
	}
	if len(res.Problems) > 0 || len(violations) > 0 || len(packerViolations) > 0 {
		return 1
	}
	return 0
}
