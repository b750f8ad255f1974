#!/usr/bin/env python3
"""Train with eptc, export, load with transformers + peft (+ tools/torch/eptc_adapter.py for EPT,
DePT and the encoder head), and compare the predictions on the dev set with `eptc predict --scores`:
identical labels, and every score (each class's probability, the softmax of the head's logits;
STS-B's value) within 1e-4.

    tools/peft/roundtrip.py [--eptc .build/debug/eptc] [--steps 20] [--only cola-lora ...] [--out out/peft-roundtrip]

Runs itself in the tools environment (tools/pyenv.py). The model is the embedded MiniLM
(models/minilm-l6); every run is short (--steps), the point is the agreement, not the accuracy.
`--merge` exports are loaded with `AutoModel.from_pretrained(OUT)` alone (no PEFT), their head
with the module.
"""
import argparse
import json
import os
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyenv  # noqa: E402

pyenv.reexec()

import torch  # noqa: E402
from peft import PeftModel  # noqa: E402
from transformers import AutoModel, AutoTokenizer  # noqa: E402

sys.path.insert(0, os.path.join(ROOT, "tools", "torch"))
from eptc_adapter import EptcEncoderClassifier  # noqa: E402

MODEL = os.path.join(ROOT, "models", "minilm-l6")
# name: (task, method, merge, extra flags)
CONFIGS = {
    "cola-lora": ("cola", "lora", False, []),
    "cola-lora-merge": ("cola", "lora", True, []),
    "cola-pt": ("cola", "pt", False, ["--set", "prompt_len=10"]),
    "cola-ept": ("cola", "ept", False, ["--set", "prompt_len=10"]),
    "cola-dept": ("cola", "dept", False, ["--set", "prompt_len=10"]),
    "stsb-ept": ("stsb", "ept", False, ["--set", "prompt_len=10"]),
    "mrpc-finetune-merge": ("mrpc", "finetune", True, []),
}
# The dev file eptc reads and how its rows give the encoder's texts (Sources/Tasks/Data/GLUEReader.swift).
DEV = {
    "cola": ("data/glue/CoLA/dev.tsv", lambda cols: (cols[3], None), False),
    "stsb": ("data/glue/STS-B/original-sts-dev.tsv", lambda cols: (cols[5], cols[6]), False),
    "mrpc": ("data/glue/MRPC/dev.tsv", lambda cols: (cols[3], cols[4]), True),
}


def sh(args):
    r = subprocess.run(args, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"failed ({r.returncode}): {' '.join(args)}\n{r.stderr}")
    return r.stdout


def rows(task):
    path, texts, header = DEV[task]
    with open(os.path.join(ROOT, path), encoding="utf-8") as f:
        lines = [line.rstrip("\n") for line in f if line.strip()]
    return path, [texts(line.split("\t")) for line in lines[1 if header else 0:]]


def torch_predictions(export, merge, method, task, max_length):
    base = AutoModel.from_pretrained(export if merge else MODEL).eval()
    model = PeftModel.from_pretrained(base, export).eval() if method in ("lora", "pt") and not merge else base
    classifier = EptcEncoderClassifier(model, export).eval()
    with open(os.path.join(export, "eptc_adapter.json")) as f:
        adapter = json.load(f)
    tokenizer = AutoTokenizer.from_pretrained(MODEL)
    out = []
    _, texts = rows(task)
    with torch.no_grad():
        for i in range(0, len(texts), 32):
            a = [t[0] for t in texts[i:i + 32]]
            b = [t[1] for t in texts[i:i + 32]] if texts[0][1] is not None else None
            enc = tokenizer(a, b, truncation="longest_first", max_length=max_length, padding=True, return_tensors="pt")
            logits = classifier(enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])
            for row in logits:
                # Regression's "label" is the value itself, compared below as its score.
                if adapter["head"]["regression"]:
                    out.append((None, [float(row[0])]))
                else:
                    out.append((adapter["label_words"][int(row.argmax())], [float(p) for p in torch.softmax(row, dim=0)]))
    return out


def compare(name, eptc, steps, work):
    task, method, merge, extra = CONFIGS[name]
    run, export, preds = (os.path.join(work, name, x) for x in ("run", "export", "preds.tsv"))
    for path in (run, export):
        subprocess.run(["rm", "-rf", path])
    t0 = time.time()
    sh([eptc, "run", "--task", task, "--method", method, "--model", MODEL, "--max-steps", str(steps), "--eval-every",
        str(steps), "--batch-size", "16", "--out", run] + extra)
    sh([eptc, "export", "--run", run, "-o", export] + (["--merge"] if merge else []))
    dev, _ = rows(task)
    sh([eptc, "predict", "--run", run, "--input", os.path.join(ROOT, dev), "--output", preds, "--scores"])
    with open(os.path.join(run, "config.json")) as f:
        max_length = json.load(f)["maxLength"]
    theirs = torch_predictions(export, merge, method, task, max_length)
    with open(preds) as f:
        ours = [line.rstrip("\n").split("\t")[1:] for line in f if line.strip()][1:]     # after the header
    assert len(ours) == len(theirs), f"{name}: eptc {len(ours)} rows, PyTorch {len(theirs)}"
    same = sum(1 for o, t in zip(ours, theirs) if t[0] is None or o[0] == t[0])
    # Classification: the class probabilities after the label; regression: the value in the label's place.
    worst = max(abs(float(a) - b) for o, t in zip(ours, theirs) for a, b in zip(o[1:] if t[0] else o[:1], t[1]))
    ok = same == len(ours) and worst <= 1e-4
    print(f"{name:22} {len(ours):5} rows  labels identical {same}/{len(ours)}  max |score diff| {worst:.2e}  "
          f"{'ok' if ok else 'MISMATCH'}  ({time.time() - t0:.0f} s)", flush=True)
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eptc", default=os.path.join(ROOT, ".build", "debug", "eptc"))
    ap.add_argument("--steps", type=int, default=20)
    ap.add_argument("--only", nargs="*", default=list(CONFIGS))
    ap.add_argument("--out", default=os.path.join(ROOT, "out", "peft-roundtrip"))
    args = ap.parse_args()
    print(json.dumps(pyenv.versions()), flush=True)
    results = [compare(name, args.eptc, args.steps, args.out) for name in args.only]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
