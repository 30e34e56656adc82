#!/usr/bin/env python3
"""Static checks promtool does not do, run by scripts/check-monitoring.sh.

- every alert has the labels/annotations the runbook convention needs, a CamelCase name,
  and a runbook_url whose anchor exists in monitoring/runbook.md;
- every alert has a promtool test that expects it silent at some time and firing at a
  later one (we check the pair exists; promtool checks the times);
- the Grafana dashboard has a stable uid, and every panel has at least one PromQL query.
Exits 1 with one line per problem.
"""
import json
import pathlib
import re
import sys

import yaml

root = pathlib.Path(__file__).resolve().parents[1]
problems = []

runbook = (root / "runbook.md").read_text(encoding="utf-8")
anchors = {re.sub(r"[^a-z0-9-]", "", h.strip().lower().replace(" ", "-"))
           for h in re.findall(r"^#+ (.+)$", runbook, flags=re.M)}

alerts = {}
for f in sorted((root / "prometheus" / "rules").glob("*.rules.yml")):
    for group in yaml.safe_load(f.read_text())["groups"]:
        for rule in group["rules"]:
            if "alert" not in rule:
                continue
            name = rule["alert"]
            alerts[name] = f.name
            if not re.fullmatch(r"(?:[A-Z][a-z0-9]*)+", name):
                problems.append(f"{f.name}: alert {name} is not CamelCase")
            if rule.get("labels", {}).get("severity") not in ("info", "warning", "critical"):
                problems.append(f"{f.name}: alert {name} needs severity info|warning|critical")
            ann = rule.get("annotations", {})
            for key in ("summary", "description", "runbook_url"):
                if not ann.get(key):
                    problems.append(f"{f.name}: alert {name} lacks annotation {key}")
            url = ann.get("runbook_url", "")
            if not url.startswith("monitoring/runbook.md#") or url.split("#", 1)[1] not in anchors:
                problems.append(f"{f.name}: alert {name}: runbook_url {url!r} has no section in monitoring/runbook.md")

silent, firing = {}, {}
for f in sorted((root / "prometheus" / "tests").glob("*.yml")):
    for test in yaml.safe_load(f.read_text())["tests"]:
        for case in test.get("alert_rule_test", []):
            target = firing if case.get("exp_alerts") else silent
            target.setdefault(case["alertname"], []).append(case["eval_time"])
for name, file in sorted(alerts.items()):
    if name not in silent:
        problems.append(f"{file}: alert {name} has no promtool test expecting it silent")
    if name not in firing:
        problems.append(f"{file}: alert {name} has no promtool test expecting it to fire")

dash_dir = root / "grafana" / "dashboards"
uids = set()
for f in sorted(dash_dir.glob("*.json")):
    dash = json.loads(f.read_text())
    uid = dash.get("uid")
    if not uid or uid in uids:
        problems.append(f"{f.name}: dashboard needs a unique, fixed uid")
    uids.add(uid)
    for panel in dash.get("panels", []):
        if panel.get("type") == "row":
            continue
        if not [t for t in panel.get("targets", []) if t.get("expr", "").strip()]:
            problems.append(f"{f.name}: panel {panel.get('title')!r} has no query")
if not uids:
    problems.append("no dashboard in monitoring/grafana/dashboards")

for p in problems:
    print(p, file=sys.stderr)
print(f"{len(alerts)} alerts, each with silent and firing tests; {len(uids)} dashboard(s)"
      if not problems else f"{len(problems)} problem(s)")
sys.exit(1 if problems else 0)
