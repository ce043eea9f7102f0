"""Shared helpers for the labelled-set tools: read the sample records and unescape criteria text.

These tools only list, split and validate; the `expected` column of criteria.jsonl is written by hand.
"""
import gzip
import json
import os
import re

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
SAMPLE_JSONL = os.path.join(REPO, "sample", "ctgov-v2-sample.jsonl.gz")
SAMPLE_SINGLE = os.path.join(REPO, "sample", "NCT06751394.json")

# ClinicalTrials.gov escapes markdown punctuation with a backslash (\< \> \* \- \_ \[ ...).
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~=^&%$@:;,'\"/?])")


def unescape(text):
    return _ESCAPE.sub(r"\1", text)


def records():
    """Yields every record of the sample (the JSONL file, then NCT06751394.json if not already seen)."""
    seen = set()
    with gzip.open(SAMPLE_JSONL, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            seen.add(nct_id(rec))
            yield rec
    with open(SAMPLE_SINGLE, encoding="utf-8") as f:
        rec = json.load(f)
        if nct_id(rec) not in seen:
            yield rec


def nct_id(rec):
    return rec["protocolSection"]["identificationModule"]["nctId"]


def criteria(rec):
    return rec["protocolSection"].get("eligibilityModule", {}).get("eligibilityCriteria", "")


def record_by_id():
    return {nct_id(r): r for r in records()}
