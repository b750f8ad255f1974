#!/usr/bin/env python3
"""PEFT adapter folders made by PEFT itself on the tiny test models, with PEFT's outputs, for the
round-trip tests (Tests/TrainerTests/PEFTRoundTripTests.swift): eptc imports them and must compute
what PEFT computed, and eptc's own export of the same weights must match their names, shapes,
dtypes and config keys.

    tools/peft/make_peft_fixtures.py        (runs itself in the tools environment, tools/pyenv.py)

Tests/TrainerTests/Fixtures/peft/<name>/
  adapter_config.json, adapter_model.safetensors   PeftModel.save_pretrained (its README.md model card
                                                   template removed), unchanged except
                                                   base_model_name_or_path (made repository-relative)
  expected.safetensors                             inputs (I32) and PEFT's outputs (F32), eval mode

  t5-lora      t5-v1_0-tiny, LoRA r 2, α 4 on q, v (SEQ_2_SEQ_LM): logits, encoder_output
  t5-prompt    t5-v1_0-tiny, prompt tuning, 3 virtual tokens, num_transformer_submodules 1: logits
  bert-lora    bert-tiny (AutoModel), LoRA r 2, α 4 on query, value (FEATURE_EXTRACTION): hidden
  bert-prompt  bert-tiny (AutoModel), prompt tuning, 3 virtual tokens (FEATURE_EXTRACTION): hidden
               (the input tokens' rows; PEFT returns the prompt rows first). PEFT's forward drops
               token_type_ids under prompt tuning, so this case's token types are all 0 (what PEFT used)

  t5-ept       no PEFT type: an eptc_adapter.{json,safetensors} of random EPT weights (s 3, r 2,
               max_len 8, 2 spaces of width 2, fusion on) on t5-v1_0-tiny, and the logits
               tools/torch/eptc_adapter.py's EptcT5 computes with it: checks that module against
               eptc's graph (graphs/ept.graph) the other way round

Rerunning reproduces the same values (torch 2.13.0+cpu, transformers 5.25.0, peft 0.21.2, one
thread); PEFT writes target_modules from a set, so their order in adapter_config.json may change.

LoRA's B starts at zero in PEFT, which would make the adapter the identity: every adapter weight is
redrawn from N(0, 0.3²) with a fixed seed before saving, so the outputs differ from the base's.
"""
import json
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools"))
import pyenv  # noqa: E402

pyenv.reexec()

import torch  # noqa: E402
from peft import LoraConfig, PromptTuningConfig, TaskType, get_peft_model  # noqa: E402
from safetensors.torch import save_file  # noqa: E402
from transformers import AutoModel, T5ForConditionalGeneration  # noqa: E402

MODELS = "Tests/ModelsTests/Fixtures"
OUT = os.path.join(ROOT, "Tests/TrainerTests/Fixtures/peft")


def golden(name):
    with open(os.path.join(ROOT, MODELS, name, "golden.json")) as f:
        g = json.load(f)
    return lambda key: torch.tensor(g[key]["data"]).reshape(g[key]["shape"]).to(torch.int64)


def redraw(model, seed):
    """Every trainable (adapter) weight from N(0, 0.3²)."""
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for _, p in sorted(model.named_parameters()):
            if p.requires_grad:
                p.copy_(torch.randn(p.shape, generator=gen) * 0.3)


def save(model, name, base, tensors):
    folder = os.path.join(OUT, name)
    model.save_pretrained(folder)
    os.remove(os.path.join(folder, "README.md"))     # PEFT's model card template: 5 KB of nothing to test
    path = os.path.join(folder, "adapter_config.json")
    with open(path) as f:
        config = json.load(f)
    config["base_model_name_or_path"] = f"{MODELS}/{base}"
    with open(path, "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")
    out = {k: (v.to(torch.int32) if not v.is_floating_point() else v.to(torch.float32)).contiguous() for k, v in tensors.items()}
    save_file(out, os.path.join(folder, "expected.safetensors"), metadata=pyenv.versions())
    print(f"wrote {folder}: " + ", ".join(f"{k} {tuple(v.shape)}" for k, v in out.items()))


def adapted(model_class, base, config, seed):
    """The base model with a PEFT adapter of `config` whose weights are redrawn, in eval mode."""
    torch.manual_seed(seed)
    model = get_peft_model(model_class.from_pretrained(os.path.join(ROOT, MODELS, base)).eval(), config)
    redraw(model, seed)
    return model.eval()


def t5(name, config, seed):
    model = adapted(T5ForConditionalGeneration, "t5-v1_0-tiny", config, seed)
    g = golden("t5-v1_0-tiny")
    ids, mask, dec = g("input_ids"), g("attention_mask"), g("decoder_input_ids")[:, :3]
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, decoder_input_ids=dec)
    tensors = dict(input_ids=ids, attention_mask=mask, decoder_input_ids=dec, logits=out.logits)
    if config.peft_type == "LORA":
        tensors["encoder_output"] = out.encoder_last_hidden_state
    save(model, name, "t5-v1_0-tiny", tensors)


def bert(name, config, seed, prompt_rows=0):
    model = adapted(AutoModel, "bert-tiny", config, seed)
    g = golden("bert-tiny")
    ids, types, mask = g("input_ids"), g("token_type_ids"), g("attention_mask")
    if prompt_rows:
        types = torch.zeros_like(types)
    with torch.no_grad():
        out = model(input_ids=ids, attention_mask=mask, token_type_ids=types)
    hidden = out.last_hidden_state[:, prompt_rows:]
    save(model, name, "bert-tiny", dict(input_ids=ids, token_type_ids=types, attention_mask=mask, hidden=hidden))


def t5_ept(name, seed):
    """Random EPT weights in eptc's export layout, and what EptcT5 computes with them."""
    sys.path.insert(0, os.path.join(ROOT, "tools", "torch"))
    from eptc_adapter import EptcT5
    gen = torch.Generator().manual_seed(seed)
    d, s, r, m, n, k = 32, 3, 2, 8, 2, 2
    shapes = {"prompt": (s, d), "lowrank_a": (m, r), "lowrank_b": (r, d), "space_gate": (d, n), "fusion_scale": (d,)}
    for i in range(n):
        shapes[f"space_{i}_down"], shapes[f"space_{i}_up"] = (d, k), (k, d)
    tensors = {key: (torch.randn(shape, generator=gen) * 0.3).contiguous() for key, shape in sorted(shapes.items())}
    folder = os.path.join(OUT, name)
    os.makedirs(folder, exist_ok=True)
    config = {"format": "eptc-adapter-1", "method": "ept", "base_model_type": "t5", "task": "rte",
              "base_model_name_or_path": f"{MODELS}/t5-v1_0-tiny", "label_words": ["entailment", "not_entailment"],
              "prompt": {"prompt_len": s, "max_len": m, "rank": r, "alpha": 1.5, "spaces": n, "space_width": k,
                         "use_multispace": True, "use_fusion": True}}
    with open(os.path.join(folder, "eptc_adapter.json"), "w") as f:
        json.dump(config, f, indent=2, sort_keys=True)
        f.write("\n")
    save_file(tensors, os.path.join(folder, "eptc_adapter.safetensors"), metadata={"format": "pt"})
    model = EptcT5(T5ForConditionalGeneration.from_pretrained(os.path.join(ROOT, MODELS, "t5-v1_0-tiny")).eval(), folder)
    g = golden("t5-v1_0-tiny")
    ids, mask, dec = g("input_ids"), g("attention_mask"), g("decoder_input_ids")[:, :3]
    with torch.no_grad():
        logits = model(ids, mask, dec)
    out = dict(input_ids=ids.to(torch.int32), attention_mask=mask.to(torch.int32),
               decoder_input_ids=dec.to(torch.int32), logits=logits.contiguous())
    save_file(out, os.path.join(folder, "expected.safetensors"), metadata=pyenv.versions())
    print(f"wrote {folder}: logits {tuple(logits.shape)}")


def main():
    torch.set_num_threads(1)
    os.makedirs(OUT, exist_ok=True)
    t5("t5-lora", LoraConfig(task_type=TaskType.SEQ_2_SEQ_LM, r=2, lora_alpha=4, target_modules=["q", "v"],
                             lora_dropout=0.0), seed=11)
    t5("t5-prompt", PromptTuningConfig(task_type=TaskType.SEQ_2_SEQ_LM, num_virtual_tokens=3,
                                       num_transformer_submodules=1), seed=12)
    bert("bert-lora", LoraConfig(task_type=TaskType.FEATURE_EXTRACTION, r=2, lora_alpha=4,
                                 target_modules=["query", "value"], lora_dropout=0.0), seed=13)
    bert("bert-prompt", PromptTuningConfig(task_type=TaskType.FEATURE_EXTRACTION, num_virtual_tokens=3), seed=14,
         prompt_rows=3)
    t5_ept("t5-ept", seed=15)


if __name__ == "__main__":
    main()
