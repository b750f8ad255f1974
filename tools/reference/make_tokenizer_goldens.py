#!/usr/bin/env python3
"""Tokenizer parity goldens over every sentence of the shipped CoLA, SST-2, MRPC and RTE files.

    python3 tools/reference/make_tokenizer_goldens.py [--data data] [--minilm models/minilm-l6]

Writes into Tests/ModelsTests/Fixtures/tokenizers/:
  t5_glue.txt      the `sentencepiece` package on data/t5-vocab/spiece.model (ids without </s>)
  minilm_glue.txt  the `tokenizers` package on the MiniLM tokenizer.json ([CLS] … [SEP], no
                   truncation, no padding)
One line per sentence, in glue_sentences.SOURCES order: `COUNT HASH` (HASH = FNV-1a 64 in hex
of the ids joined by ','); for the dev files the full ids follow after a tab, so a mismatch can
be shown. Lines starting with '#' are comments.
  minilm_pairs.txt MRPC dev pairs: ids and token type ids, untruncated and truncated to 64
                   (LongestFirst), one pair per line.
"""
import argparse
from pathlib import Path

import sentencepiece as spm
from tokenizers import Tokenizer

from glue_sentences import SOURCES, fnv1a64, rows, sentences

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "Tests/ModelsTests/Fixtures/tokenizers"


def write_golden(path: Path, header: str, encode, glue: Path):
    lines = [f"# {header}", "# COUNT HASH[\\tIDS for dev files]"]
    n = 0
    for name, _, _, text in sentences(glue):
        ids = encode(text)
        line = f"{len(ids)} {fnv1a64(ids):016x}"
        if name.endswith("dev.tsv"):
            line += "\t" + " ".join(map(str, ids))
        lines.append(line)
        n += 1
    path.write_text("\n".join(lines) + "\n")
    print(f"{path.relative_to(ROOT)}: {n} sentences")


def write_pairs(path: Path, tok: Tokenizer, glue: Path):
    lines = ["# MRPC dev pairs: ids | type ids | ids truncated to 64 | their type ids"]
    for line in rows(glue, "MRPC/dev.tsv", True):
        f = line.split("\t")
        tok.no_truncation()
        full = tok.encode(f[3], f[4])
        tok.enable_truncation(64, strategy="longest_first")
        cut = tok.encode(f[3], f[4])
        parts = [full.ids, full.type_ids, cut.ids, cut.type_ids]
        lines.append(" | ".join(" ".join(map(str, p)) for p in parts))
    tok.no_truncation()
    path.write_text("\n".join(lines) + "\n")
    print(f"{path.relative_to(ROOT)}: {len(lines) - 1} pairs")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ROOT / "data"))
    ap.add_argument("--minilm", default=str(ROOT / "models/minilm-l6"))
    args = ap.parse_args()
    data, glue = Path(args.data), Path(args.data) / "glue"
    OUT.mkdir(parents=True, exist_ok=True)

    sp = spm.SentencePieceProcessor(model_file=str(data / "t5-vocab/spiece.model"))
    write_golden(OUT / "t5_glue.txt", f"sentencepiece {spm.__version__}, t5-vocab/spiece.model",
                 lambda s: sp.encode(s), glue)

    tok = Tokenizer.from_file(str(Path(args.minilm) / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    import tokenizers
    write_golden(OUT / "minilm_glue.txt", f"tokenizers {tokenizers.__version__}, minilm-l6/tokenizer.json",
                 lambda s: tok.encode(s).ids, glue)
    write_pairs(OUT / "minilm_pairs.txt", tok, glue)


if __name__ == "__main__":
    main()
