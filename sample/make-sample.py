#!/usr/bin/env python3
"""Rebuilds the sample shipped in this folder from the shared data set (maintainers only).

Usage: python3 sample/make-sample.py ../shared/data ../shared/reference

- ctgov-v2-sample.jsonl.gz: all 1,492 API v2 records of ctgov-v2/ctgov-v2-studies.jsonl.gz, unchanged.
- ctgov-legacy-sample.zip: legacy XML records from ctgov-legacy-xml-2023.zip, in AllPublicXML.zip's layout:
  every record whose status is not COMPLETED / UNKNOWN / TERMINATED / WITHDRAWN (recruiting, active, suspended,
  enrolling by invitation, expanded-access statuses), every record that also exists in the v2 file, and for
  each (status, phase, study type) combination up to PER_COMBINATION records (smallest NCT ids first), so every
  status, phase and study type appears. Files are copied byte for byte.
- NCT06751394.json: the TRACER reference trial.
"""
import os
import re
import shutil
import sys
import zipfile
import gzip
import json
from collections import defaultdict

PER_COMBINATION = 40
KEEP_ALL = {"Recruiting", "Active, not recruiting", "Not yet recruiting", "Enrolling by invitation", "Suspended",
            "Available", "No longer available", "Temporarily not available", "Approved for marketing", "Withheld"}

def field(xml, tag):
    m = re.search(r"<%s>(.*?)</%s>" % (tag, tag), xml)
    return m.group(1) if m else None

def main(data, reference):
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copyfile(os.path.join(data, "ctgov-v2", "ctgov-v2-studies.jsonl.gz"), os.path.join(here, "ctgov-v2-sample.jsonl.gz"))
    v2_ids = set()
    with gzip.open(os.path.join(data, "ctgov-v2", "ctgov-v2-studies.jsonl.gz"), "rt") as f:
        for line in f:
            v2_ids.add(json.loads(line)["protocolSection"]["identificationModule"]["nctId"])
    src = zipfile.ZipFile(os.path.join(data, "ctgov-legacy-xml-2023.zip"))
    chosen, by_combo = [], defaultdict(list)
    for name in sorted(n for n in src.namelist() if n.endswith(".xml")):
        xml = src.read(name).decode("utf-8", "replace")
        status, phase, stype = field(xml, "overall_status"), field(xml, "phase"), field(xml, "study_type")
        nct = os.path.basename(name)[:-4]
        if status in KEEP_ALL or nct in v2_ids:
            chosen.append(name)
        else:
            by_combo[(status, phase, stype)].append(name)
    for names in by_combo.values():
        chosen.extend(names[:PER_COMBINATION])
    with zipfile.ZipFile(os.path.join(here, "ctgov-legacy-sample.zip"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        for name in sorted(set(chosen)):
            out.writestr(name, src.read(name))
    shutil.copyfile(os.path.join(reference, "NCT06751394.json"), os.path.join(here, "NCT06751394.json"))
    print("legacy records:", len(set(chosen)))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
