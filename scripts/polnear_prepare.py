#!/usr/bin/env python3
"""Convert PolNeAR (github.com/networkdynamics/PolNeAR) train/dev into the
simple layout eval/polnear_eval.cc reads. Python 3 standard library only.

    python3 scripts/polnear_prepare.py [--repo PATH] [--out DIR] [--splits train,dev]

PATH is a clone or bare mirror of the PolNeAR repository (read with `git show`
when it is a git directory without a work tree); DIR defaults to
dev-data/polnear (ignored by git: the data is never committed). For each split
it writes

    DIR/SPLIT/text/ID.txt          the article text, byte for byte
    DIR/SPLIT/attributions.jsonl   one line per article:
        {"id": ID, "text_file": "text/ID.txt", "annotator": "d473",
         "attributions": [{"id": "E1",
                           "source":  [[start, end], ...] or null,
                           "cue":     [[start, end], ...] or null,
                           "content": [[start, end], ...],
                           "source_text": ..., "cue_text": ..., "content_text": ...}]}

Offsets are code points into ID.txt, end exclusive, one pair per fragment
(brat splits spans at line breaks and around inserted words). Every fragment is
checked against the text; a mismatch aborts the conversion.

The test split is a sealed benchmark: this script refuses to read it.
"""

import argparse
import json
import os
import re
import subprocess
import sys

DEFAULT_REPO = "/work/.mirror/networkdynamics+PolNeAR/repo"
ALLOWED_SPLITS = ("train", "dev")
# brat entity line: "T12<TAB>Label 10 20;25 30<TAB>text"
ENTITY = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$", re.S)


class Repo:
    """Reads files from a work tree or, failing that, from git objects."""

    def __init__(self, path):
        self.path = path
        self.worktree = os.path.isdir(os.path.join(path, "data"))

    def list(self, folder):
        if self.worktree:
            full = os.path.join(self.path, folder)
            return sorted(os.listdir(full)) if os.path.isdir(full) else []
        out = subprocess.run(["git", "--git-dir", self.path, "ls-tree", "--name-only", "HEAD", folder + "/"],
                             check=True, capture_output=True, text=True).stdout
        return sorted(os.path.basename(line) for line in out.splitlines() if line)

    def read(self, path):
        if self.worktree:
            with open(os.path.join(self.path, path), "rb") as f:
                return f.read()
        return subprocess.run(["git", "--git-dir", self.path, "show", "HEAD:" + path],
                              check=True, capture_output=True).stdout


def parse_ann(ann, text, where):
    """Returns the attributions of one .ann file, checked against `text`."""
    entities = {}
    relations = []
    # A surface text that spans a line break continues on the next lines of
    # the .ann file; glue those back before checking.
    records = []
    for line in ann.rstrip("\n").split("\n"):
        if re.match(r"^[TERAMN#]\d*\t", line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line
    for line in records:
        if line.startswith("T"):
            m = ENTITY.match(line)
            if not m:
                raise ValueError(f"{where}: cannot parse {line!r}")
            tid, label, offsets, surface = m.groups()
            frags = []
            for part in offsets.split(";"):
                start, end = (int(x) for x in part.split())
                frags.append([start, end])
            joined = " ".join(text[s:e] for s, e in frags)
            if joined != surface:
                raise ValueError(f"{where}: {tid} text {surface!r} != file {joined!r}")
            entities[tid] = (label, frags)
        elif line.startswith("E"):
            fields = line.split("\t", 1)[1].split()
            relations.append((line.split("\t", 1)[0], [f.split(":", 1) for f in fields]))
    out = []
    for eid, args in relations:
        kind = args[0][0]
        if kind not in ("Attribution", "Attribution-no-source"):
            continue
        roles = {"source": [], "cue": [], "content": []}
        for role, tid in args[1:]:
            base = role.rstrip("0123456789").lower()
            if base in roles:
                roles[base].extend(entities[tid][1])
        if not roles["content"]:
            continue  # an attribution without content cannot be scored
        item = {"id": eid}
        for role in ("source", "cue", "content"):
            frags = sorted(roles[role])
            item[role] = frags or None
        for role in ("source", "cue", "content"):
            frags = item[role] or []
            item[role + "_text"] = " ".join(text[s:e] for s, e in frags) if frags else None
        out.append(item)
    out.sort(key=lambda a: (a["content"][0][0], a["id"]))
    return out


def convert_split(repo, split, out_dir):
    if split not in ALLOWED_SPLITS:
        raise SystemExit(f"polnear_prepare: refusing split {split!r}: only {ALLOWED_SPLITS} may be used")
    base = f"data/{split}"
    texts = [n for n in repo.list(base + "/text") if n.endswith(".txt")]
    anns = [n for n in repo.list(base + "/attributions") if n.endswith(".ann")]
    # Several annotators annotated a few articles; take the one whose id sorts
    # first, so the choice is deterministic and independent of the system.
    by_article = {}
    for name in anns:
        stem = name[:-4]
        article, annotator = stem.rsplit("_", 1)
        by_article.setdefault(article, []).append(annotator)
    os.makedirs(os.path.join(out_dir, split, "text"), exist_ok=True)
    lines = []
    n_attr = 0
    for tname in texts:
        article = tname[:-4]
        if article not in by_article:
            continue
        annotator = sorted(by_article[article])[0]
        raw = repo.read(f"{base}/text/{tname}")
        # newline="" semantics: offsets count "\r" if a file has one.
        text = raw.decode("utf-8")
        ann = repo.read(f"{base}/attributions/{article}_{annotator}.ann").decode("utf-8")
        attributions = parse_ann(ann, text, f"{split}/{article}_{annotator}.ann")
        with open(os.path.join(out_dir, split, "text", tname), "wb") as f:
            f.write(raw)
        lines.append(json.dumps({"id": article, "text_file": f"text/{tname}", "annotator": annotator,
                                 "attributions": attributions}, ensure_ascii=False))
        n_attr += len(attributions)
    with open(os.path.join(out_dir, split, "attributions.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"polnear_prepare: {split}: {len(lines)} articles, {n_attr} attributions -> {out_dir}/{split}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repo", default=DEFAULT_REPO)
    parser.add_argument("--out", default=os.path.join(here, "..", "dev-data", "polnear"))
    parser.add_argument("--splits", default="train,dev")
    args = parser.parse_args()
    repo = Repo(args.repo)
    for split in args.splits.split(","):
        convert_split(repo, split.strip(), os.path.normpath(args.out))


if __name__ == "__main__":
    sys.exit(main())
