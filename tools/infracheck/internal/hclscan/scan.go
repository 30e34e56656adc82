// Package hclscan finds the HCL and JSON files of the repository, parses each one with
// HashiCorp's own HCL parser and reports syntax errors and files that are not in
// canonical format (the check `terraform fmt -check` performs).
package hclscan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclwrite"
)

// hclSuffixes are the file name endings parsed as HCL native syntax.
var hclSuffixes = []string{".tf", ".tfvars", ".tfvars.example", ".pkr.hcl", ".pkrvars.hcl", ".nomad.hcl"}

// jsonRoots are the top-level folders whose JSON files must be valid JSON.
var jsonRoots = []string{"terraform", "packer", "monitoring", "nomad"}

// skippedDirs are never descended into: VCS data, build output, provider caches and the
// deliberately broken fixtures of this tool.
var skippedDirs = map[string]bool{
	".git": true, "target": true, "node_modules": true, ".terraform": true, "testdata": true,
}

// Kind tells what was wrong with a file.
type Kind string

const (
	// Syntax means the file does not parse.
	Syntax Kind = "syntax"
	// Format means the file parses but differs from its canonical formatting.
	Format Kind = "format"
	// JSON means a JSON file is not valid JSON.
	JSON Kind = "json"
)

// Problem is one finding about one file.
type Problem struct {
	Path   string
	Kind   Kind
	Detail string
}

func (p Problem) String() string { return fmt.Sprintf("%s: %s: %s", p.Path, p.Kind, p.Detail) }

// Result summarises a scan.
type Result struct {
	HCLFiles  []string
	JSONFiles []string
	Problems  []Problem
}

// IsHCL reports whether a file name is one of the HCL kinds this tool checks.
func IsHCL(name string) bool {
	for _, s := range hclSuffixes {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}

// Discover lists the HCL files under root (every folder) and the JSON files under the
// infrastructure folders, skipping skippedDirs. Inside a git work tree it takes the
// files git knows (tracked, or untracked and not ignored), so build output and local
// state never count; elsewhere it walks the file system. Paths are relative to root,
// sorted.
func Discover(root string) (hclFiles, jsonFiles []string, err error) {
	if files, ok := gitFiles(root); ok {
		for _, rel := range files {
			if skipped(rel) {
				continue
			}
			if info, err := os.Stat(filepath.Join(root, rel)); err != nil || !info.Mode().IsRegular() {
				continue // deleted in the work tree, or not a file
			}
			switch name := filepath.Base(rel); {
			case IsHCL(name):
				hclFiles = append(hclFiles, rel)
			case strings.HasSuffix(name, ".json") && underJSONRoot(rel):
				jsonFiles = append(jsonFiles, rel)
			}
		}
		sort.Strings(hclFiles)
		sort.Strings(jsonFiles)
		return hclFiles, jsonFiles, nil
	}
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, walkErr error) error {
		if walkErr != nil {
			return walkErr
		}
		if d.IsDir() {
			if path != root && skippedDirs[d.Name()] {
				return filepath.SkipDir
			}
			return nil
		}
		rel, relErr := filepath.Rel(root, path)
		if relErr != nil {
			return relErr
		}
		switch {
		case IsHCL(d.Name()):
			hclFiles = append(hclFiles, rel)
		case strings.HasSuffix(d.Name(), ".json") && underJSONRoot(rel):
			jsonFiles = append(jsonFiles, rel)
		}
		return nil
	})
	sort.Strings(hclFiles)
	sort.Strings(jsonFiles)
	return hclFiles, jsonFiles, err
}

// gitFiles lists the files under root that git tracks or would track, relative to root.
func gitFiles(root string) ([]string, bool) {
	cmd := exec.Command("git", "-C", root, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	out, err := cmd.Output()
	if err != nil {
		return nil, false
	}
	var files []string
	for _, f := range strings.Split(string(out), "\x00") {
		if f != "" {
			files = append(files, filepath.FromSlash(f))
		}
	}
	return files, true
}

// skipped reports whether a relative path lies in one of skippedDirs.
func skipped(rel string) bool {
	parts := strings.Split(filepath.ToSlash(rel), "/")
	for _, p := range parts[:len(parts)-1] {
		if skippedDirs[p] {
			return true
		}
	}
	return false
}

func underJSONRoot(rel string) bool {
	first := strings.SplitN(filepath.ToSlash(rel), "/", 2)[0]
	for _, r := range jsonRoots {
		if first == r {
			return true
		}
	}
	return false
}

// CheckHCL parses one HCL file and compares it with its canonical formatting.
func CheckHCL(path string, src []byte) []Problem {
	parser := hclparse.NewParser()
	_, diags := parser.ParseHCL(src, path)
	if diags.HasErrors() {
		var out []Problem
		for _, d := range diags {
			if d.Severity == hcl.DiagError {
				out = append(out, Problem{Path: path, Kind: Syntax, Detail: d.Error()})
			}
		}
		return out
	}
	if formatted := hclwrite.Format(src); !bytes.Equal(formatted, src) {
		return []Problem{{Path: path, Kind: Format, Detail: "not canonically formatted (" + firstDiff(src, formatted) + ")"}}
	}
	return nil
}

// CheckJSON reports a JSON file that does not parse.
func CheckJSON(path string, src []byte) []Problem {
	var v any
	if err := json.Unmarshal(src, &v); err != nil {
		return []Problem{{Path: path, Kind: JSON, Detail: err.Error()}}
	}
	return nil
}

// firstDiff names the first line where the file and its formatted form differ.
func firstDiff(src, formatted []byte) string {
	a := strings.Split(string(src), "\n")
	b := strings.Split(string(formatted), "\n")
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return fmt.Sprintf("line %d: want %q", i+1, strings.TrimSpace(b[i]))
		}
	}
	return fmt.Sprintf("line count %d, want %d", len(a), len(b))
}

// Scan discovers and checks every file under root.
func Scan(root string) (Result, error) {
	hclFiles, jsonFiles, err := Discover(root)
	if err != nil {
		return Result{}, err
	}
	res := Result{HCLFiles: hclFiles, JSONFiles: jsonFiles}
	for _, rel := range hclFiles {
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			return res, err
		}
		res.Problems = append(res.Problems, CheckHCL(rel, src)...)
	}
	for _, rel := range jsonFiles {
		src, err := os.ReadFile(filepath.Join(root, rel))
		if err != nil {
			return res, err
		}
		res.Problems = append(res.Problems, CheckJSON(rel, src)...)
	}
	return res, nil
}

// WriteFormatted rewrites a parseable HCL file in canonical format, like `terraform fmt`.
// It returns whether the file changed.
func WriteFormatted(path string) (bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	if probs := CheckHCL(path, src); len(probs) > 0 && probs[0].Kind == Syntax {
		return false, fmt.Errorf("%s", probs[0].Detail)
	}
	formatted := hclwrite.Format(src)
	if bytes.Equal(formatted, src) {
		return false, nil
	}
	return true, os.WriteFile(path, formatted, 0o644)
}
