#!/usr/bin/env python3
"""Lists candidate trials: id, phase, number of lab/threshold-like tokens, length, conditions.

Usage: list_candidates.py [WORD...]   (only trials whose conditions/title contain any WORD, case-insensitive)
"""
import re
import sys

from common import criteria, nct_id, records

RICH = re.compile(r"ULN|×|x 10|10\^|/mm|/µL|/uL|g/dL|mg/dL|ECOG|Karnofsky|HbA1c|eGFR|creatinine|platelet|neutrophil|"
                  r"bilirubin|within \d+|NYHA|LVEF|QTc|years|age", re.I)

words = [w.lower() for w in sys.argv[1:]]
rows = []
for rec in records():
    ps = rec["protocolSection"]
    conds = ps.get("conditionsModule", {}).get("conditions", [])
    title = ps["identificationModule"].get("briefTitle", "")
    hay = (" ".join(conds) + " " + title).lower()
    if words and not any(w in hay for w in words):
        continue
    text = criteria(rec)
    phases = ",".join(ps.get("designModule", {}).get("phases", []))
    rows.append((len(RICH.findall(text)), len(text), nct_id(rec), phases, "; ".join(conds)[:90], title[:80]))
for rich, length, nid, phases, conds, title in sorted(rows, reverse=True):
    print(f"{nid}\t{rich:3d}\t{length:6d}\t{phases:14s}\t{conds}\t| {title}")
