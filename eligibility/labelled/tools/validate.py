#!/usr/bin/env python3
"""Checks ../criteria.jsonl: every line valid JSON with the fields and values the README names, every text an exact
substring of its record's criteria after unescaping, every expression well formed; prints the counts.
"""
import collections
import json
import os
import sys

from common import criteria, record_by_id, unescape
from notation import NotationError, check, is_computable

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "..", "criteria.jsonl")
FIELDS = {"nctId", "section", "index", "text", "expected", "domain"}


def main():
    recs = record_by_id()
    errors = []
    rows = []
    keys = set()
    for n, line in enumerate(open(PATH, encoding="utf-8"), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: not JSON: {e}")
            continue
        if set(row) != FIELDS:
            errors.append(f"line {n}: fields {sorted(row)} are not {sorted(FIELDS)}")
            continue
        if row["section"] not in ("inclusion", "exclusion"):
            errors.append(f"line {n}: section {row['section']!r}")
        key = (row["nctId"], row["section"], row["index"])
        if key in keys:
            errors.append(f"line {n}: {key} twice")
        keys.add(key)
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
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    computable = [r for r in rows if is_computable(r["expected"])]
    print(f"items: {len(rows)}  trials: {len({r['nctId'] for r in rows})}  "
          f"computable: {len(computable)} ({100 * len(computable) / max(1, len(rows)):.0f}%)  "
          f"fully not_computable: {len(rows) - len(computable)}  "
          f"mixed (computable with a not_computable part): {sum('not_computable' in r['expected'] for r in computable)}")
    print("sections:", dict(collections.Counter(r["section"] for r in rows)))
    by_domain = collections.defaultdict(lambda: [0, set(), 0])
    for r in rows:
        d = by_domain[r["domain"]]
        d[0] += 1
        d[1].add(r["nctId"])
        d[2] += is_computable(r["expected"])
    for domain, (count, trials, comp) in sorted(by_domain.items(), key=lambda kv: -kv[1][0]):
        print(f"  {domain:22s} items {count:4d}  trials {len(trials):3d}  computable {comp:4d}")


if __name__ == "__main__":
    main()
