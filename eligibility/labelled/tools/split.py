#!/usr/bin/env python3
"""Splits a trial's eligibility criteria into items the way a person reads them, and prints them.

Usage: split.py NCT... [--raw]

Rules (the same ones README.md states):
- A heading line ("Inclusion Criteria:", "Key Exclusion Criteria", ...) switches the section and is not an item.
- One bullet or numbered line at the outer level is one item, indexed 1, 2, 3 ... within its section in the
  order of the text (the record's own numbering is not trusted: some lists restart or skip).
- A bullet indented under an item is a sub-item, indexed "<parent>.a", "<parent>.b", ...
- Lines without a bullet (notes, cohort names, wrapped text) are shown with '#text' and are never items.
The item text is the line after its marker, with ClinicalTrials.gov's markdown escapes removed.
The split is a proposal to read from: the person labelling checks every item against the raw text.
"""
import re
import sys
from dataclasses import dataclass

from common import criteria, record_by_id, unescape

HEADING = re.compile(r"^\W*(key\s+|main\s+|general\s+)?(inclusion|exclusion)(\s+criteria)?\b[^.]{0,40}$", re.I)
# "Exclusion Criteria: The person who meets any of the following ..." (a heading with its introduction)
LEADING_HEADING = re.compile(r"^(key\s+)?(inclusion|exclusion)\s+criteria\s*:", re.I)
BULLET = re.compile(r"^(\s*)(?:[*\-•·]|\\-|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])\s+(\S.*)$")


@dataclass
class Line:
    kind: str      # "heading", "item", "text"
    section: str   # "inclusion" | "exclusion"
    index: str     # "3" or "3.a" for items, "" otherwise
    text: str


def split(criteria_text):
    section = "inclusion"
    lines = []
    top = 0
    sub = 0
    top_indent = None
    for raw in criteria_text.split("\n"):
        if not raw.strip():
            continue
        plain = unescape(raw).strip()
        heading = HEADING.match(plain) or LEADING_HEADING.match(plain)
        if heading and (len(plain) < 70 or LEADING_HEADING.match(plain)):
            new_section = heading.group(2).lower()
            if new_section != section:
                top, sub, top_indent = 0, 0, None
            section = new_section
            lines.append(Line("heading", section, "", plain))
            continue
        m = BULLET.match(raw)
        if not m:
            lines.append(Line("text", section, "", plain))
            continue
        indent = len(m.group(1).expandtabs(4))
        body = unescape(m.group(2)).strip()
        if top_indent is None or indent <= top_indent:
            top_indent = indent if top_indent is None else min(top_indent, indent)
            top += 1
            sub = 0
            lines.append(Line("item", section, str(top), body))
        else:
            sub += 1
            lines.append(Line("item", section, f"{max(top, 1)}.{chr(ord('a') + sub - 1)}", body))
    return lines


def items(criteria_text):
    """{(section, index): text} for every item of the split."""
    return {(l.section, l.index): l.text for l in split(criteria_text) if l.kind == "item"}


def main():
    raw = "--raw" in sys.argv
    ids = [a for a in sys.argv[1:] if not a.startswith("--")]
    recs = record_by_id()
    for nid in ids:
        rec = recs[nid]
        ps = rec["protocolSection"]
        em = ps.get("eligibilityModule", {})
        print(f"=== {nid} | {ps['identificationModule'].get('briefTitle')}")
        print(f"    conditions: {ps.get('conditionsModule', {}).get('conditions')}  sex={em.get('sex')} "
              f"minAge={em.get('minimumAge')} maxAge={em.get('maximumAge')}")
        if raw:
            print(criteria(rec))
            continue
        for l in split(criteria(rec)):
            tag = {"inclusion": "I", "exclusion": "E"}[l.section] + l.index if l.kind == "item" else "#" + l.kind
            print(f"{tag:9s}| {l.text}")


if __name__ == "__main__":
    main()
