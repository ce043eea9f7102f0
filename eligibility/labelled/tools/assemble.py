#!/usr/bin/env python3
"""Writes criteria.jsonl from the hand-written label files labels/NCT*.txt.

Usage: assemble.py [--dir heldout]
    (default: ../labels -> ../criteria.jsonl, the dev split;
     --dir heldout: ../heldout/labels -> ../heldout/criteria.jsonl, the held-out split)

A label file is written by a person reading the trial's criteria:
    domain: oncology
    group A: Cohort A — previously untreated, age >= 60
    group B: Cohort B — relapsed or refractory
    I1  and(age >= 18 a, age <= 75 a)
    I3@A diagnosis(COND:previously untreated AML)
    E3  or(lab(ALT) > 2.5 ULN, lab(AST) > 2.5 ULN)
    E5@A,B not_computable
This script copies each expression verbatim; it only adds the item's text (from split.py, the same split the
person read), the section and, for an item that applies to some groups only, "groups" and the trial's
"groupNames". It refuses a key that names no item, an expression that is not well formed, and a group that is not
declared.
"""
import argparse
import glob
import json
import os
import re
import sys

from common import criteria, record_by_id
from notation import NotationError, check
from split import items

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SPLITS = {
    "dev": (os.path.join(ROOT, "labels"), os.path.join(ROOT, "criteria.jsonl")),
    "heldout": (os.path.join(ROOT, "heldout", "labels"), os.path.join(ROOT, "heldout", "criteria.jsonl")),
}
GROUP_ID = r"[A-Za-z0-9_]+"
KEY = re.compile(rf"^([IE])(\d+(?:\.[a-z])?)(?:@({GROUP_ID}(?:,{GROUP_ID})*))?\s+(.+?)\s*$")
GROUP = re.compile(rf"^group\s+({GROUP_ID})\s*:\s*(\S.*?)\s*$")


def assemble_file(path, recs, errors):
    """The rows of one label file; problems are appended to errors."""
    nid = os.path.basename(path)[:-4]
    if nid not in recs:
        errors.append(f"{path}: {nid} is not in the sample")
        return []
    split_items = items(criteria(recs[nid]))
    lines = [(n, line.rstrip("\n")) for n, line in enumerate(open(path, encoding="utf-8"), 1)]
    # Groups first, wherever they are written, so every grouped item can carry the trial's full list of names.
    group_names = {}
    for n, line in lines:
        g = GROUP.match(line)
        if g:
            if g.group(1) in group_names:
                errors.append(f"{path}:{n}: group {g.group(1)} declared twice")
            group_names[g.group(1)] = g.group(2)
    used_groups = set()
    rows = []
    domain = None
    seen = set()
    for n, line in lines:
        if not line.strip() or line.startswith("#") or GROUP.match(line):
            continue
        if line.startswith("domain:"):
            domain = line.split(":", 1)[1].strip()
            continue
        m = KEY.match(line)
        if not m:
            errors.append(f"{path}:{n}: not 'I3 expression', 'I3@A expression', 'group A: name' or 'domain: x': "
                          f"{line!r}")
            continue
        section = "inclusion" if m.group(1) == "I" else "exclusion"
        index, groups, expression = m.group(2), m.group(3), m.group(4)
        if (section, index) in seen:
            errors.append(f"{path}:{n}: {m.group(1)}{index} labelled twice")
        seen.add((section, index))
        text = split_items.get((section, index))
        if text is None:
            errors.append(f"{path}:{n}: {nid} has no {section} item {index}")
            continue
        try:
            check(expression)
        except NotationError as e:
            errors.append(f"{path}:{n}: {e}")
            continue
        if domain is None:
            errors.append(f"{path}: no 'domain:' line before the items")
            continue
        row = {"nctId": nid, "section": section, "index": index, "text": text,
               "expected": expression, "domain": domain}
        if groups:
            group_list = groups.split(",")
            unknown = [g for g in group_list if g not in group_names]
            if unknown:
                errors.append(f"{path}:{n}: group {', '.join(unknown)} not declared with a 'group X: name' line")
                continue
            if len(set(group_list)) != len(group_list):
                errors.append(f"{path}:{n}: a group named twice in {groups}")
                continue
            used_groups.update(group_list)
            row["groups"] = group_list
            row["groupNames"] = dict(group_names)
        rows.append(row)
    for g in group_names:
        if g not in used_groups:
            # a group with no criteria of its own is still an alternative (its patients meet only the
            # criteria for everyone): kept in groupNames, said, not refused
            print(f"note: {path}: group {g} is declared but no item names it", file=sys.stderr)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", choices=["dev", "heldout"], default="dev",
                        help="which split to assemble (default: dev)")
    args = parser.parse_args()
    labels, out = SPLITS[args.dir]
    if not os.path.isdir(labels):
        print(f"no folder {os.path.normpath(labels)}", file=sys.stderr)
        sys.exit(1)
    recs = record_by_id()
    rows = []
    errors = []
    for path in sorted(glob.glob(os.path.join(labels, "NCT*.txt"))):
        rows.extend(assemble_file(path, recs, errors))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items of {len({r['nctId'] for r in rows})} trials to {os.path.normpath(out)}")


if __name__ == "__main__":
    main()
