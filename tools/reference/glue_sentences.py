"""The sentences of the shipped GLUE files, in the fixed order the tokenizer goldens use.

The Swift parity test (Tests/ModelsTests/TokenizerParityTests.swift) extracts sentences with the
same rules, so both sides must change together: files in the order of SOURCES below, lines split
on '\n', empty lines skipped, a UTF-8 byte-order mark dropped, the header skipped where the
layout has one, fields split on '\t' (no quoting: GLUE files are not CSV-quoted).
"""
from pathlib import Path

# (file relative to data/glue, has header, text columns)
SOURCES = [
    ("CoLA/train.tsv", False, [3]),
    ("CoLA/dev.tsv", False, [3]),
    ("SST-2/train.tsv", True, [0]),
    ("SST-2/dev.tsv", True, [0]),
    ("MRPC/train.tsv", True, [3, 4]),
    ("MRPC/dev.tsv", True, [3, 4]),
    ("MRPC/test.tsv", True, [3, 4]),
    ("RTE/train.tsv", True, [1, 2]),
    ("RTE/dev.tsv", True, [1, 2]),
    ("RTE/test.tsv", True, [1, 2]),
]


def rows(glue_dir: Path, name: str, header: bool):
    text = (glue_dir / name).read_bytes().decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = [line for line in text.split("\n") if line != ""]
    return lines[1:] if header else lines


def sentences(glue_dir: Path):
    """Yields (file, line index, column, sentence)."""
    for name, header, columns in SOURCES:
        for i, line in enumerate(rows(glue_dir, name, header)):
            fields = line.split("\t")
            for c in columns:
                if c >= len(fields):
                    raise ValueError(f"{name}: row {i} has {len(fields)} fields, needs column {c}")
                yield name, i, c, fields[c]


def fnv1a64(ids) -> int:
    """FNV-1a 64 over the UTF-8 of the ids joined by ',' (the Swift test hashes the same way)."""
    h = 0xCBF29CE484222325
    for b in ",".join(str(i) for i in ids).encode("ascii"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h
