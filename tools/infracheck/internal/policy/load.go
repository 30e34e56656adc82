// Package policy checks a Terraform tree against the project's security policies by
// walking the bodies HashiCorp's HCL parser produces. Expressions are evaluated the way
// Terraform would with every input left at its default: variable defaults and locals
// are known, resource attributes and required inputs are unknown. A property that only
// holds when an operator passes a particular value does not count as holding.
package policy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclparse"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
)

// Violation is one policy finding.
type Violation struct {
	Rule    string
	Path    string
	Line    int
	Message string
}

func (v Violation) String() string {
	return fmt.Sprintf("%s %s:%d: %s", v.Rule, v.Path, v.Line, v.Message)
}

// File is one parsed .tf file.
type File struct {
	Path string // relative to the tree root
	Body *hclsyntax.Body
}

// Resource is a resource or data block.
type Resource struct {
	Mode  string // "resource", "data" or (Packer) "source"
	Type  string
	Name  string
	Block *hclsyntax.Block
	File  *File
}

// Module is one directory of .tf files (a Terraform module).
type Module struct {
	Dir       string // relative to the tree root, "." for the root
	Files     []*File
	Resources []*Resource
	ctx       *hcl.EvalContext
}

// Tree is every module under a root directory.
type Tree struct {
	Root    string
	Modules []*Module
}

// Load parses every .tf file under root (skipping .terraform folders).
func Load(root string) (*Tree, error) {
	return load(root, ".tf")
}

// load parses every file with the suffix under root into one module per directory.
func load(root, suffix string) (*Tree, error) {
	byDir := map[string]*Module{}
	parser := hclparse.NewParser()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, walkErr error) error {
		if walkErr != nil {
			return walkErr
		}
		if d.IsDir() {
			if d.Name() == ".terraform" || d.Name() == ".git" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(d.Name(), suffix) {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, diags := parser.ParseHCL(src, rel)
		if diags.HasErrors() {
			return fmt.Errorf("parse %s: %s", rel, diags.Error())
		}
		dir := filepath.Dir(rel)
		m := byDir[dir]
		if m == nil {
			m = &Module{Dir: dir}
			byDir[dir] = m
		}
		file := &File{Path: rel, Body: f.Body.(*hclsyntax.Body)}
		m.Files = append(m.Files, file)
		for _, b := range file.Body.Blocks {
			if (b.Type == "resource" || b.Type == "data" || b.Type == "source") && len(b.Labels) == 2 {
				m.Resources = append(m.Resources, &Resource{Mode: b.Type, Type: b.Labels[0], Name: b.Labels[1], Block: b, File: file})
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	t := &Tree{Root: root}
	for _, m := range byDir {
		sort.Slice(m.Files, func(i, j int) bool { return m.Files[i].Path < m.Files[j].Path })
		m.ctx = buildContext(m)
		t.Modules = append(t.Modules, m)
	}
	sort.Slice(t.Modules, func(i, j int) bool { return t.Modules[i].Dir < t.Modules[j].Dir })
	return t, nil
}

// Blocks returns the top-level blocks of a type across the module's files.
func (m *Module) Blocks(typ string) []*FileBlock {
	var out []*FileBlock
	for _, f := range m.Files {
		for _, b := range f.Body.Blocks {
			if b.Type == typ {
				out = append(out, &FileBlock{Block: b, File: f})
			}
		}
	}
	return out
}

// FileBlock is a block with the file it came from.
type FileBlock struct {
	Block *hclsyntax.Block
	File  *File
}

// ResourcesOf returns the module's resources (mode "resource") of a type.
func (m *Module) ResourcesOf(typ string) []*Resource {
	return m.find("resource", typ)
}

// DataOf returns the module's data sources of a type.
func (m *Module) DataOf(typ string) []*Resource {
	return m.find("data", typ)
}

func (m *Module) find(mode, typ string) []*Resource {
	var out []*Resource
	for _, r := range m.Resources {
		if r.Mode == mode && r.Type == typ {
			out = append(out, r)
		}
	}
	return out
}

// Addr is the resource's address in its module, e.g. aws_s3_bucket.this.
func (r *Resource) Addr() string {
	switch r.Mode {
	case "data":
		return "data." + r.Type + "." + r.Name
	case "source":
		return "source." + r.Type + "." + r.Name
	}
	return r.Type + "." + r.Name
}

// violation builds a finding located at a range.
func violation(rule string, rng hcl.Range, format string, args ...any) Violation {
	return Violation{Rule: rule, Path: rng.Filename, Line: rng.Start.Line, Message: fmt.Sprintf(format, args...)}
}

// isKnownString reports whether v is a known, non-null string.
func isKnownString(v cty.Value) bool {
	return v.IsWhollyKnown() && !v.IsNull() && v.Type() == cty.String
}
