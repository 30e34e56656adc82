#!/usr/bin/env python3
"""Writes a plain-text file of the development corpus's e-mails, one after another, until it
reaches SIZE_MB megabytes: the input of scripts/bench-redact.sh and scripts/bench-redact-ab.sh.

    scripts/corpus-text.py CORPUS.jsonl.gz OUT SIZE_MB
"""
import gzip
import json
import sys

corpus, out_path, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = [json.loads(line)["text"] for line in gzip.open(corpus, "rt", encoding="utf-8")]
want = size_mb * 1_000_000
with open(out_path, "w", encoding="utf-8") as out:
    out.write("Mailbox export (plain text, one message after another)\n\n")
    n = 0
    while n < want:
        for t in texts:
            out.write(t)
            out.write("\n\n")
            n += len(t.encode("utf-8")) + 2
            if n >= want:
                break
