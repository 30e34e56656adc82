package policy

import "sort"

// CheckTree loads the Terraform tree under root and applies every rule.
func CheckTree(root string) ([]Violation, error) {
	t, err := Load(root)
	if err != nil {
		return nil, err
	}
	return Check(t), nil
}

// Check applies every rule to a loaded tree; findings are sorted by location.
func Check(t *Tree) []Violation {
	out := checkModuleDirs(t.Root)
	out = append(out, checkTemplates(t)...)
	out = append(out, checkModuleCalls(t)...)
	for _, m := range t.Modules {
		out = append(out, checkBuckets(m)...)
		out = append(out, checkIAM(m)...)
		out = append(out, checkSecurityGroups(m)...)
		out = append(out, checkVariables(m)...)
		out = append(out, checkVersions(m)...)
		out = append(out, checkInstances(m)...)
		out = append(out, checkReferences(m)...)
		out = append(out, checkMessages(m)...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Path != out[j].Path {
			return out[i].Path < out[j].Path
		}
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Rule < out[j].Rule
	})
	return out
}
