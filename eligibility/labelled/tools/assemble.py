#!/usr/bin/env python3
"""Writes ../criteria.jsonl from the hand-written label files ../labels/NCT*.txt.

A label file is written by a person reading the trial's criteria:
    domain: oncology
    I1  and(age >= 18 a, age <= 75 a)
    E3  or(lab(ALT) > 2.5 ULN, lab(AST) > 2.5 ULN)
This script copies each expression verbatim; it only adds the item's text (from split.py, the same split the
person read) and the section, and refuses a key that names no item or an expression that is not well formed.
"""
import glob
import json
import os
import re
import sys

from common import criteria, record_by_id
from notation import NotationError, check
from split import items

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, "..", "labels")
OUT = os.path.join(HERE, "..", "criteria.jsonl")
KEY = re.compile(r"^([IE])(\d+(?:\.[a-z])?)\s+(.+?)\s*$")


def main():
    recs = record_by_id()
    rows = []
    errors = []
    for path in sorted(glob.glob(os.path.join(LABELS, "NCT*.txt"))):
        nid = os.path.basename(path)[:-4]
        if nid not in recs:
            errors.append(f"{path}: {nid} is not in the sample")
            continue
        split_items = items(criteria(recs[nid]))
        domain = None
        seen = set()
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("domain:"):
                domain = line.split(":", 1)[1].strip()
                continue
            m = KEY.match(line)
            if not m:
                errors.append(f"{path}:{n}: not 'I3 expression' or 'domain: x': {line!r}")
                continue
            section = "inclusion" if m.group(1) == "I" else "exclusion"
            index, expression = m.group(2), m.group(3)
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
            rows.append({"nctId": nid, "section": section, "index": index, "text": text,
                         "expected": expression, "domain": domain})
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} items of {len({r['nctId'] for r in rows})} trials to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
