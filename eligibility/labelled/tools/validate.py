#!/usr/bin/env python3
"""Checks the assembled labelled set: ../criteria.jsonl (dev split) and, when present, ../heldout/criteria.jsonl
(held-out split).

Every line valid JSON with the fields and values the README names, every text an exact substring of its record's
criteria after unescaping, every expression well formed, "groups"/"groupNames" consistent, no trial in both splits;
prints the counts of each split (only counts: it never prints a held-out item).
"""
import collections
import json
import os
import re
import sys

from common import criteria, record_by_id, unescape
from notation import NotationError, check, is_computable

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, ".."))
SPLITS = [("dev", os.path.join(ROOT, "criteria.jsonl")),
          ("heldout", os.path.join(ROOT, "heldout", "criteria.jsonl"))]
FIELDS = {"nctId", "section", "index", "text", "expected", "domain"}
GROUP_FIELDS = {"groups", "groupNames"}
GROUP_ID = re.compile(r"^[A-Za-z0-9_]+$")


def check_groups(row, n, trial_group_names, errors):
    groups, names = row["groups"], row["groupNames"]
    if not isinstance(groups, list) or not groups or not all(isinstance(g, str) and GROUP_ID.match(g) for g in groups):
        errors.append(f"line {n}: groups {groups!r} is not a non-empty list of group ids")
        return
    if not isinstance(names, dict) or not all(isinstance(v, str) and v.strip() for v in names.values()):
        errors.append(f"line {n}: groupNames {names!r} is not a map of group id to name")
        return
    missing = [g for g in groups if g not in names]
    if missing:
        errors.append(f"line {n}: groups {missing} have no name in groupNames")
    known = trial_group_names.setdefault(row["nctId"], names)
    if known != names:
        errors.append(f"line {n}: groupNames differ from those of {row['nctId']}'s other grouped items")


def validate(path, recs, errors):
    rows = []
    keys = set()
    trial_group_names = {}
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON: {e}")
            continue
        fields = set(row)
        if not FIELDS <= fields or not fields - FIELDS <= GROUP_FIELDS or len(fields & GROUP_FIELDS) == 1:
            errors.append(f"line {n}: fields {sorted(row)} are not {sorted(FIELDS)} "
                          f"(plus both of {sorted(GROUP_FIELDS)} on a grouped item)")
            continue
        if row["section"] not in ("inclusion", "exclusion"):
            errors.append(f"line {n}: section {row['section']!r}")
        key = (row["nctId"], row["section"], row["index"])
        if key in keys:
            errors.append(f"line {n}: {key} twice")
        keys.add(key)
        if "groups" in row:
            check_groups(row, n, trial_group_names, errors)
        rec = recs.get(row["nctId"])
        if rec is None:
            errors.append(f"line {n}: {row['nctId']} not in the sample")
            continue
        if row["text"] not in unescape(criteria(rec)):
            errors.append(f"line {n}: text is not in {row['nctId']}'s unescaped criteria: {row['text'][:60]!r}")
        try:
            check(row["expected"])
        except NotationError as e:
            errors.append(f"line {n}: {e}")
        rows.append(row)
    return rows


def print_counts(split, rows):
    computable = [r for r in rows if is_computable(r["expected"])]
    grouped = [r for r in rows if "groups" in r]
    print(f"[{split}] items: {len(rows)}  trials: {len({r['nctId'] for r in rows})}  "
          f"computable: {len(computable)} ({100 * len(computable) / max(1, len(rows)):.0f}%)  "
          f"fully not_computable: {len(rows) - len(computable)}  "
          f"mixed (computable with a not_computable part): {sum('not_computable' in r['expected'] for r in computable)}")
    print(f"[{split}] sections:", dict(collections.Counter(r["section"] for r in rows)),
          f" grouped items: {len(grouped)} in {len({r['nctId'] for r in grouped})} trials")
    by_domain = collections.defaultdict(lambda: [0, set(), 0])
    for r in rows:
        d = by_domain[r["domain"]]
        d[0] += 1
        d[1].add(r["nctId"])
        d[2] += is_computable(r["expected"])
    for domain, (count, trials, comp) in sorted(by_domain.items(), key=lambda kv: -kv[1][0]):
        print(f"  {domain:22s} items {count:4d}  trials {len(trials):3d}  computable {comp:4d}")


def main():
    recs = record_by_id()
    failed = False
    trials_by_split = {}
    results = []
    for split, path in SPLITS:
        if not os.path.exists(path):
            if split == "dev":
                print(f"missing {path}")
                sys.exit(1)
            continue
        errors = []
        rows = validate(path, recs, errors)
        if errors:
            failed = True
            print(f"{os.path.normpath(path)}:")
            print("\n".join("  " + e for e in errors))
        trials_by_split[split] = {r["nctId"] for r in rows}
        results.append((split, rows))
    if len(trials_by_split) == 2:
        both = trials_by_split["dev"] & trials_by_split["heldout"]
        if both:
            failed = True
            print(f"{len(both)} trials are in both the dev and the held-out split")
    if failed:
        sys.exit(1)
    for split, rows in results:
        print_counts(split, rows)


if __name__ == "__main__":
    main()
