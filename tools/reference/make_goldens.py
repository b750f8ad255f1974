#!/usr/bin/env python3
"""Parity goldens from Hugging Face transformers (PyTorch, CPU, float32, eval mode).

    python3 tools/reference/make_goldens.py                 # tiny random models + real MiniLM goldens
    python3 tools/reference/make_goldens.py --live DIR      # rerun on any model folder, compare

Default mode builds SMALL random models from hand-made configs with fixed seeds, saves each with
save_pretrained (safetensors) into Tests/ModelsTests/Fixtures/<name>/, reloads it with
from_pretrained (so the goldens are what transformers computes from the saved folder), and writes
<name>/golden.json: inputs, encoder output, logits, loss, and the gradient of the loss with respect
to the encoder's input embeddings. It also writes Fixtures/minilm-l6/golden.json for the real
pretrained MiniLM (models/minilm-l6, fetched by tools/fetch-minilm.sh): token ids, the first rows
of the last hidden state, and the mean-pooled output.

--live MODEL_DIR loads a model folder (T5 or BERT family), runs the same fixed inputs, writes the
goldens to --out, and when a committed golden for a model of the same name exists, prints the
largest relative difference against it.
"""
import argparse
import json
import sys
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from transformers import BertConfig, BertModel, T5Config, T5ForConditionalGeneration

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests/ModelsTests/Fixtures"
MINILM_SENTENCES = [
    "The sailors rode the breeze clear of the rocks.",
    "it 's a charming and often affecting journey .",
    "Héllo, wörld! Tokenizers split punctuation; CJK 你好 too.",
]

# ---------------------------------------------------------------------------------------------
# Hand-made configs. d_kv·heads ≠ d_model and encoder/decoder depths differ in v1.1 on purpose.

T5_V1_0 = dict(vocab_size=96, d_model=32, d_kv=8, num_heads=4, d_ff=64, num_layers=2,
               num_decoder_layers=2, feed_forward_proj="relu", tie_word_embeddings=True)
T5_V1_1 = dict(vocab_size=80, d_model=32, d_kv=8, num_heads=3, d_ff=48, num_layers=3,
               num_decoder_layers=2, feed_forward_proj="gated-gelu", tie_word_embeddings=False)
BERT_TINY = dict(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=4,
                 intermediate_size=64, hidden_act="gelu", max_position_embeddings=64,
                 type_vocab_size=2, layer_norm_eps=1e-12, pad_token_id=0)


def flat(t: torch.Tensor):
    return [float(x) for x in t.detach().reshape(-1).tolist()]


def tensor_json(t: torch.Tensor):
    """A tensor as {shape, data}; float data are float32 values written exactly (repr)."""
    t = t.detach()
    data = [int(x) for x in t.reshape(-1).tolist()] if not t.is_floating_point() else flat(t)
    return {"shape": list(t.shape), "data": data}


def t5_inputs(vocab: int, gen: torch.Generator):
    # (B=2, L=7) encoder ids, second row padded; (B=2, T=5) labels, second row ignores its tail.
    ids = torch.randint(2, vocab, (2, 7), generator=gen)
    ids[0, 6] = 1
    ids[1, 4] = 1
    ids[1, 5:] = 0
    mask = (torch.arange(7)[None, :] < torch.tensor([[7], [5]])).long()
    labels = torch.randint(2, vocab, (2, 5), generator=gen)
    labels[0, 4] = 1
    labels[1, 2] = 1
    labels[1, 3:] = -100
    return ids, mask, labels


def t5_golden(model: T5ForConditionalGeneration, ids, mask, labels):
    model.eval()
    embeds = model.shared(ids).detach().requires_grad_(True)  # (B, L, D)
    out = model(inputs_embeds=embeds, attention_mask=mask, labels=labels)
    out.loss.backward()
    decoder_input_ids = model._shift_right(labels)
    with torch.no_grad():
        greedy = model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=4, do_sample=False,
                                num_beams=1, min_new_tokens=4)
    cfg = model.config
    return {
        "model_type": "t5",
        "torch": torch.__version__,
        "scale_decoder_outputs": bool(cfg.scale_decoder_outputs),
        "lm_head_is_shared": model.lm_head.weight.data_ptr() == model.shared.weight.data_ptr(),
        "input_ids": tensor_json(ids),
        "attention_mask": tensor_json(mask),
        "labels": tensor_json(labels),
        "decoder_input_ids": tensor_json(decoder_input_ids),
        "encoder_last_hidden_state": tensor_json(out.encoder_last_hidden_state),
        "logits": tensor_json(out.logits),
        "loss": float(out.loss.detach()),
        "inputs_embeds_grad": tensor_json(embeds.grad),
        "greedy_ids": tensor_json(greedy),
    }


def bert_inputs(vocab: int, gen: torch.Generator):
    # (B=2, L=9): [CLS]=2 a [SEP]=3 b [SEP]; second row padded after 6 tokens.
    ids = torch.randint(5, vocab, (2, 9), generator=gen)
    ids[:, 0] = 2
    ids[0, 4] = 3
    ids[0, 8] = 3
    ids[1, 5] = 3
    ids[1, 6:] = 0
    types = torch.zeros(2, 9, dtype=torch.long)
    types[0, 5:] = 1
    mask = (ids != 0).long()
    return ids, types, mask


def bert_golden(model: BertModel, ids, types, mask, head_seed: int, head=None):
    """Encoder outputs plus a classification loss through a fixed random head on the mean-pooled
    output, so the input-embedding gradient covers the whole encoder."""
    model.eval()
    gen = torch.Generator().manual_seed(head_seed)
    hidden = model.config.hidden_size
    head_w = torch.randn(3, hidden, generator=gen) * 0.2  # (C=3, D)
    head_b = torch.randn(3, generator=gen) * 0.1
    if head is not None:
        head_w, head_b = head
    targets = torch.tensor([2, 0])
    embeds = model.embeddings.word_embeddings(ids).detach().requires_grad_(True)  # (B, L, D)
    out = model(inputs_embeds=embeds, token_type_ids=types, attention_mask=mask)
    m = mask.unsqueeze(-1).to(out.last_hidden_state.dtype)
    pooled = (out.last_hidden_state * m).sum(1) / m.sum(1)  # (B, D)
    logits = pooled @ head_w.T + head_b
    loss = torch.nn.functional.cross_entropy(logits, targets)
    loss.backward()
    return {
        "model_type": "bert",
        "torch": torch.__version__,
        "input_ids": tensor_json(ids),
        "token_type_ids": tensor_json(types),
        "attention_mask": tensor_json(mask),
        "last_hidden_state": tensor_json(out.last_hidden_state),
        "mean_pooled": tensor_json(pooled),
        "head_weight": tensor_json(head_w),
        "head_bias": tensor_json(head_b),
        "targets": tensor_json(targets),
        "logits": tensor_json(logits),
        "loss": float(loss.detach()),
        "inputs_embeds_grad": tensor_json(embeds.grad),
    }


# ---------------------------------------------------------------------------------------------


def build_t5(name: str, kwargs: dict, seed: int):
    torch.manual_seed(seed)
    cfg = T5Config(decoder_start_token_id=0, pad_token_id=0, eos_token_id=1, **kwargs)
    model = T5ForConditionalGeneration(cfg)
    folder = FIXTURES / name
    folder.mkdir(parents=True, exist_ok=True)
    untied = not kwargs["tie_word_embeddings"]
    model.save_pretrained(folder, safe_serialization=True)
    if untied:
        # transformers 5.x builds the head shared with `shared` from a config; give the checkpoint
        # a distinct lm_head.weight and reload, so the goldens exercise a truly untied head.
        weights = load_file(folder / "model.safetensors")
        gen = torch.Generator().manual_seed(seed + 1)
        weights["lm_head.weight"] = 0.3 * torch.randn(weights["shared.weight"].shape, generator=gen)
        save_file(weights, folder / "model.safetensors", metadata={"format": "pt"})
    model = T5ForConditionalGeneration.from_pretrained(folder)
    head_shared = model.lm_head.weight.data_ptr() == model.shared.weight.data_ptr()
    if untied:
        assert not head_shared and not torch.equal(model.lm_head.weight, model.shared.weight), \
            "lm_head.weight was not loaded as a distinct tensor"
    gen = torch.Generator().manual_seed(seed + 2)
    golden = t5_golden(model, *t5_inputs(kwargs["vocab_size"], gen))
    golden["name"] = name
    write_json(folder / "golden.json", golden)
    print(f"{name}: loss {golden['loss']:.6f}, head shared {head_shared}, "
          f"scale {golden['scale_decoder_outputs']}")


def build_bert(name: str, kwargs: dict, seed: int):
    torch.manual_seed(seed)
    model = BertModel(BertConfig(**kwargs), add_pooling_layer=False)
    folder = FIXTURES / name
    folder.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(folder, safe_serialization=True)
    model = BertModel.from_pretrained(folder, add_pooling_layer=False)
    gen = torch.Generator().manual_seed(seed + 2)
    golden = bert_golden(model, *bert_inputs(kwargs["vocab_size"], gen), head_seed=seed + 3)
    golden["name"] = name
    write_json(folder / "golden.json", golden)
    print(f"{name}: loss {golden['loss']:.6f}")


def minilm_golden(model_dir: Path, rows: int = 4):
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_truncation()
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    enc = tok.encode_batch(MINILM_SENTENCES)
    ids = torch.tensor([e.ids for e in enc])
    types = torch.tensor([e.type_ids for e in enc])
    mask = torch.tensor([e.attention_mask for e in enc])
    model = BertModel.from_pretrained(model_dir, add_pooling_layer=False).eval()
    with torch.no_grad():
        hidden = model(input_ids=ids, token_type_ids=types, attention_mask=mask).last_hidden_state
    m = mask.unsqueeze(-1).float()
    pooled = (hidden * m).sum(1) / m.sum(1)
    return {
        "model_type": "bert",
        "name": model_dir.name,
        "torch": torch.__version__,
        "sentences": MINILM_SENTENCES,
        "input_ids": tensor_json(ids),
        "token_type_ids": tensor_json(types),
        "attention_mask": tensor_json(mask),
        "last_hidden_state_rows": rows,
        "last_hidden_state_first_rows": tensor_json(hidden[:, :rows, :]),
        "mean_pooled": tensor_json(pooled),
    }


def write_json(path: Path, obj):
    path.write_text(json.dumps(obj, separators=(",", ":")) + "\n")


# ---------------------------------------------------------------------------------------------


def max_rel(a, b, floor=1e-6):
    worst = 0.0
    for x, y in zip(a, b):
        worst = max(worst, abs(x - y) / max(abs(y), floor))
    return worst


def compare(new: dict, old: dict):
    for key, value in new.items():
        if key not in old:
            continue
        if isinstance(value, dict) and "data" in value:
            if value["shape"] != old[key]["shape"]:
                print(f"  {key}: shape {value['shape']} vs committed {old[key]['shape']}")
                continue
            print(f"  {key}: max relative error {max_rel(value['data'], old[key]['data']):.3e}")
        elif isinstance(value, float):
            print(f"  {key}: {value!r} vs committed {old[key]!r}")


def from_json(entry, dtype=torch.long):
    return torch.tensor(entry["data"], dtype=dtype).reshape(entry["shape"])


def live(model_dir: Path, out: Path):
    """Reruns a model folder; reuses the committed golden's inputs when one exists for its name."""
    cfg = json.loads((model_dir / "config.json").read_text())
    kind = cfg.get("model_type")
    committed_path = FIXTURES / model_dir.name / "golden.json"
    committed = json.loads(committed_path.read_text()) if committed_path.exists() else None
    gen = torch.Generator().manual_seed(2)
    if kind == "t5":
        model = T5ForConditionalGeneration.from_pretrained(model_dir)
        if committed:
            inputs = [from_json(committed[k]) for k in ("input_ids", "attention_mask", "labels")]
        else:
            inputs = t5_inputs(model.config.vocab_size, gen)
        golden = t5_golden(model, *inputs)
    elif kind == "bert" and ("sentences" in committed if committed else (model_dir / "tokenizer.json").exists()):
        golden = minilm_golden(model_dir)  # a real model with its tokenizer: the sentence goldens
    elif kind == "bert":
        model = BertModel.from_pretrained(model_dir, add_pooling_layer=False)
        if committed:
            inputs = [from_json(committed[k]) for k in ("input_ids", "token_type_ids", "attention_mask")]
            head = (from_json(committed["head_weight"], torch.float32), from_json(committed["head_bias"], torch.float32))
        else:
            inputs, head = bert_inputs(model.config.vocab_size, gen), None
        golden = bert_golden(model, *inputs, head_seed=3, head=head)
    else:
        sys.exit(f"make_goldens: {model_dir}/config.json: model_type {kind!r} is not t5 or bert")
    golden["name"] = model_dir.name
    out.parent.mkdir(parents=True, exist_ok=True)
    write_json(out, golden)
    print(f"wrote {out}")
    if committed:
        print(f"compared with {committed_path.relative_to(ROOT)}:")
        compare(golden, committed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--live", type=Path, help="a model folder to rerun the goldens on")
    ap.add_argument("--out", type=Path, help="where --live writes its goldens (default out/live-NAME.json)")
    ap.add_argument("--minilm", type=Path, default=ROOT / "models/minilm-l6")
    args = ap.parse_args()
    torch.set_num_threads(1)  # deterministic reductions
    if args.live:
        live(args.live, args.out or ROOT / f"out/live-{args.live.name}.json")
        return
    build_t5("t5-v1_0-tiny", T5_V1_0, seed=10)
    build_t5("t5-v1_1-tiny", T5_V1_1, seed=20)
    build_bert("bert-tiny", BERT_TINY, seed=30)
    if (args.minilm / "model.safetensors").exists():
        folder = FIXTURES / "minilm-l6"
        folder.mkdir(parents=True, exist_ok=True)
        write_json(folder / "golden.json", minilm_golden(args.minilm))
        print("minilm-l6: golden written")
    else:
        print(f"skipping MiniLM goldens: {args.minilm}/model.safetensors missing (run tools/fetch-minilm.sh)")


if __name__ == "__main__":
    main()
