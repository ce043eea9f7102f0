#!/usr/bin/env python3
"""Builds the eligibility module's drug-class resource from the shared drug tables.

    python3 eligibility/tools/build-drug-classes.py [/work/shared/data/drugs]

Reads classes.tsv and drug-classes.tsv (see ../shared/data/drugs/README.md and ../shared/data/SOURCES.md,
"Added 2026-12 (drug classes)") and writes, under
eligibility/src/main/resources/org/trialfinder/eligibility/drugs/:

  classes.tsv.gz  classId, className, parentClassIds (|), read (1 = its synonyms are read in criteria),
                  synonyms (|): every class and every synonym of classes.tsv, plus the few criteria
                  spellings of EXTRA_SYNONYMS and READ_MESH below (written here).
  drugs.tsv.gz    drugName (lower case), canonicalName ("=" when the same), classIds (| ; every direct
                  link), curatedClassIds (| ; the links the curated layer gives the drug under any of its
                  spellings, or to a curated class, which decide the notation's own classes: chemotherapy, anti_pd1,
                  anticoagulants ...).

Nothing of the two tables is dropped except their className/source columns on drug rows (the class
name is in classes.tsv.gz) and the duplicate rows one spelling has per class: every spelling, every
class and every link is kept, so no curated or notation class can lose a member. The run prints the
counts it checked.
"""
import csv
import gzip
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "src", "main", "resources", "org", "trialfinder", "eligibility", "drugs")

# Criteria spellings the tables lack (seen in the examples); the project's own.
EXTRA_SYNONYMS = {
    "CUR:HGF_MET_TARGETED": ["drugs targeting MET", "drug targeting MET", "agents targeting MET",
                             "MET-targeted agent", "MET-targeting therapy", "HGF/MET-targeted therapy"],
    "CUR:EGFR_TKI": ["EGFR tyrosine-kinase inhibitor", "EGFR tyrosine-kinase inhibitors"],
    "CUR:ANTI_PD1_PDL1": ["anti-PD-1/anti-PD-L1", "anti-PD-1 or PD-L1", "PD-1/PD-L1 antibody",
                          "anti-PD-1/L1"],
}

# MeSH pharmacological-action classes that criteria name as such ("PDE5 inhibitors", "alpha-blockers",
# "androgens") but to which the shared curated layer gave no criteria spellings: read
# in criteria here, with the spellings criteria use (the project's own) added. Entry terms that also
# name something else than a treatment ("Androgen" is in "androgen deprivation therapy", the opposite
# treatment; "Androgen Effect" is no drug) stay in the table and are skipped by the criteria reader
# (ClassPhrases.NOT_READ). Whole classes only: a member list comes from MeSH, never from one trial's text.
READ_MESH = {
    "MESH:D058986": {  # Phosphodiesterase 5 Inhibitors (sildenafil, tadalafil, vardenafil, udenafil ...)
        "add": ["PDE5i", "PDE-5i", "PDE5is", "PDE5 inhibitor therapy", "phosphodiesterase-5 inhibitor",
                "phosphodiesterase type-5 inhibitor", "phosphodiesterase type 5 inhibitors",
                "PDE type 5 inhibitor", "PDE5-I", "5-phosphodiesterase inhibitor",
                "type 5 phosphodiesterase inhibitor"],
    },
    "MESH:D000317": {  # Adrenergic alpha-Antagonists
        "add": ["alpha blocker", "alpha blockers", "alpha-blocker", "alpha-blockers", "alpha adrenergic blocker",
                "alpha-adrenergic blocking agent", "alpha antagonist", "α-blocker", "α blocker",
                "alpha-adrenoceptor antagonist", "alpha-adrenoceptor blocker"],
    },
    "MESH:D058668": {  # Adrenergic alpha-1 Receptor Antagonists (tamsulosin, doxazosin, terazosin ...)
        "add": ["alpha-1 blocker", "alpha 1 blocker", "alpha1 blocker", "alpha-1 blockers", "alpha1-blocker",
                "alpha-1 adrenergic blocker", "alpha-1 antagonist", "alpha-1 adrenergic antagonist",
                "alpha-1 adrenoceptor antagonist", "alpha-1 adrenoceptor blocker", "α1-blocker", "α-1 blocker",
                "α1-adrenoceptor antagonist", "α1 adrenergic receptor antagonist"],
    },
    "MESH:D000728": {  # Androgens (testosterone and its esters, nandrolone, oxandrolone ...)
        "add": ["androgens", "androgen therapy", "androgen replacement therapy", "androgen supplementation",
                "anabolic androgenic steroids"],
    },
}

# Classes whose synonyms the criteria reader uses: the curated classes, the MeSH classes to which
# the curated layer added the ways criteria write them, and READ_MESH. The other MeSH classes' entry
# terms are chemical-index wording ("Antineoplastic Agents, Phytogenic"), kept for drugs' ancestors only.
def read_in_criteria(cid, source):
    return source in ("curated", "MeSH 2024 + curated synonyms") or cid in READ_MESH


def clean(s):
    return s.replace("\t", " ").replace("|", " ").strip()


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/drugs"
    os.makedirs(OUT, exist_ok=True)
    classes = {}
    order = []
    with open(os.path.join(src, "classes.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            cid = row["classId"]
            syn = [s for s in row["synonyms"].split("|") if s.strip()]
            for extra in EXTRA_SYNONYMS.get(cid, []) + READ_MESH.get(cid, {}).get("add", []):
                if extra.lower() not in {s.lower() for s in syn}:
                    syn.append(extra)
            classes[cid] = (row["className"], row["parentClassIds"], read_in_criteria(cid, row["source"]), syn)
            order.append(cid)
    missing = (set(EXTRA_SYNONYMS) | set(READ_MESH)) - set(classes)
    assert not missing, missing
    drugs = {}
    curated_links = set()
    rows = 0
    with open(os.path.join(src, "drug-classes.tsv"), newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows += 1
            key = (row["drugName"].strip().lower(), row["canonicalName"].strip().lower())
            cid = row["classId"]
            assert cid in classes, cid
            links, curated = drugs.setdefault(key, ([], []))
            if cid not in links:
                links.append(cid)
            # a curated class's members are criteria-level whatever the row's source (cisplatin's
            # platinum link comes from the MeSH tree)
            if "curated" in row["source"] or cid.startswith("CUR:"):
                curated_links.add((key[1], cid))
    # a link the curated layer gives a drug holds for every spelling of it (the shared table keeps
    # one source per row: "gengraf" is curated, the generic "cyclosporine" row says MeSH)
    for (name, canonical), (links, curated) in drugs.items():
        curated.extend(c for c in links if (canonical, c) in curated_links)
    for cid, (name, parents, _, _) in classes.items():
        for p in filter(None, parents.split("|")):
            assert p in classes, (cid, p)
    with gzip.open(os.path.join(OUT, "classes.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("classId\tclassName\tparentClassIds\tread\tsynonyms\n")
        for cid in order:
            name, parents, read, syn = classes[cid]
            out.write("\t".join([cid, clean(name), parents, "1" if read else "0", "|".join(clean(s) for s in syn)]) + "\n")
    links_out = 0
    with gzip.open(os.path.join(OUT, "drugs.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("drugName\tcanonicalName\tclassIds\tcuratedClassIds\n")
        for (name, canonical), (links, curated) in sorted(drugs.items()):
            links_out += len(links)
            out.write("\t".join([clean(name), "=" if canonical == name else clean(canonical),
                                 "|".join(links), "|".join(curated)]) + "\n")
    spellings = len({n for n, _ in drugs})
    canonicals = len({c for _, c in drugs})
    print(f"{len(classes)} classes ({sum(1 for c in classes.values() if c[2])} read in criteria); "
          f"{rows} drug rows -> {len(drugs)} spelling/drug pairs, {spellings} spellings, {canonicals} drugs, "
          f"{links_out} links")
    for f in ("classes.tsv.gz", "drugs.tsv.gz"):
        print(f, os.path.getsize(os.path.join(OUT, f)), "bytes")


if __name__ == "__main__":
    main()
