#!/usr/bin/env python3
"""Small safetensors fixtures for the reader's dtype and sharding tests (written with the
reference `safetensors` package, so the Swift reader is checked against real files).

    python3 tools/reference/make_checkpoint_fixtures.py

Tests/ModelsTests/Fixtures/checkpoints/
  dtypes.safetensors      the same 6 values as F32, F16, BF16, F64, I32, I64 (+ a 0-d scalar)
  dtypes.json             the values the reader must return for each tensor
  sharded/                two shards + model.safetensors.index.json (weight_map)
"""
import json
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import save_file

OUT = Path(__file__).resolve().parents[2] / "Tests/ModelsTests/Fixtures/checkpoints"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    values = torch.tensor([[1.0, -2.5, 0.333333343], [65504.0, 1e-3, -0.0]], dtype=torch.float32)
    ints = torch.tensor([[1, -2, 3], [2147483647, -2147483648, 0]], dtype=torch.int64)
    tensors = {
        "f32": values,
        "f16": values.to(torch.float16),
        "bf16": values.to(torch.bfloat16),
        "f64": values.to(torch.float64) / 3,
        "i32": ints.to(torch.int32),
        "i64": ints,
        "scalar": torch.tensor(7.5),
    }
    save_file(tensors, OUT / "dtypes.safetensors", metadata={"purpose": "dtype test", "format": "pt"})
    expected = {name: {"shape": list(t.shape),
                       "data": [float(x) for x in t.to(torch.float64).reshape(-1).tolist()]}
                for name, t in tensors.items()}
    (OUT / "dtypes.json").write_text(json.dumps(expected, indent=1) + "\n")

    shard_dir = OUT / "sharded"
    shard_dir.mkdir(exist_ok=True)
    a = {"encoder.weight": torch.arange(12, dtype=torch.float32).reshape(3, 4)}
    b = {"decoder.weight": -torch.arange(6, dtype=torch.float32).reshape(2, 3),
         "decoder.bias": torch.ones(2, dtype=torch.float32)}
    names = ["model-00001-of-00002.safetensors", "model-00002-of-00002.safetensors"]
    save_file(a, shard_dir / names[0], metadata={"format": "pt"})
    save_file(b, shard_dir / names[1], metadata={"format": "pt"})
    index = {"metadata": {"total_size": 4 * (12 + 6 + 2)},
             "weight_map": {**{k: names[0] for k in a}, **{k: names[1] for k in b}}}
    (shard_dir / "model.safetensors.index.json").write_text(json.dumps(index, indent=2) + "\n")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
