#!/usr/bin/env python3
"""The PyTorch + transformers side of tools/bench/bench.py (runs in .venv-bench, never imported by eptc).

    peer.py prepare CONFIG.json   # model folder (random T5 weights via save_pretrained), batch and
                                  # method weights as safetensors, by the names eptc uses
    peer.py time CONFIG.json      # loss on that batch (eval, no dropout), then timed steps; JSON out

CONFIG.json is written by bench.py: {"name", "family": "t5"|"bert", "method": "pt"|"dept"|"ept"|"finetune",
"step": "train"|"eval", "model_dir", "shape": {...}, "batch", "input_len", "target_len", "dropout",
"method_params": {...}, "threads", "repeat", "files": {...}, "out"}.
"""
import json
import math
import resource
import statistics
import sys
import time

import torch
import torch.nn.functional as F
from safetensors.torch import load_file, save_file


# ---------------------------------------------------------------------------------------------
# Prompt side, as graphs/lib/ept.graph computes it (docs/METHODS.md).

class PromptSide(torch.nn.Module):
    """PT: P. DePT: P, and c·A[:L]·B added to the input embeddings by position. EPT: DePT plus
    multi-space projection and fusion: P* = Σ_i G_i ⊙ (P + (P·D_i)·U_i) + λ ⊙ softmax(P·Kᵀ/√d)·K."""

    def __init__(self, method, d, p):
        super().__init__()
        self.method = method
        s = p["prompt_len"]
        self.prompt = torch.nn.Parameter(torch.empty(s, d).uniform_(-0.5, 0.5))
        if method in ("dept", "ept"):
            m, r = p["max_len"], p["rank"]
            self.c = p.get("alpha", 1.0) / math.sqrt(r)
            self.lowrank_a = torch.nn.Parameter(torch.empty(m, r).uniform_(-1 / math.sqrt(r), 1 / math.sqrt(r)))
            # Nonzero (eptc's init is zeros) so the loss check exercises every term.
            self.lowrank_b = torch.nn.Parameter(torch.randn(r, d) * 0.02)
        if method == "ept":
            n, k = p["spaces"], p["space_width"]
            bound = 1 / math.sqrt(d)
            self.space_gate = torch.nn.Parameter(torch.empty(d, n).uniform_(-bound, bound))
            self.down = torch.nn.ParameterList(
                torch.nn.Parameter(torch.empty(d, k).uniform_(-bound, bound)) for _ in range(n))
            self.up = torch.nn.ParameterList(torch.nn.Parameter(torch.randn(k, d) * 0.02) for _ in range(n))
            self.fusion_scale = torch.nn.Parameter(torch.randn(d) * 0.1)

    def named_for_eptc(self):
        """Weights by the names the eptc graphs give them."""
        out = {"prompt": self.prompt}
        if self.method in ("dept", "ept"):
            out["lowrank_a"], out["lowrank_b"] = self.lowrank_a, self.lowrank_b
        if self.method == "ept":
            out["space_gate"], out["fusion_scale"] = self.space_gate, self.fusion_scale
            for i, (dn, up) in enumerate(zip(self.down, self.up)):
                out[f"space_{i}_down"], out[f"space_{i}_up"] = dn, up
        return out

    def forward(self, length):
        """(prompt rows (s, d), per-position update (L, d) or None)."""
        p = self.prompt
        if self.method == "pt":
            return p, None
        if self.method == "dept":
            return p, self.c * (self.lowrank_a[:length] @ self.lowrank_b)
        gate = torch.softmax(p @ self.space_gate, dim=-1)
        projected = sum(gate[:, i:i + 1] * (p + (p @ dn) @ up) for i, (dn, up) in enumerate(zip(self.down, self.up)))
        knowledge = self.c * (self.lowrank_a @ self.lowrank_b)
        fused = torch.softmax(p @ knowledge.T / math.sqrt(p.shape[1]), dim=-1) @ knowledge
        return projected + fused * self.fusion_scale, knowledge[:length]


def prepend(prompt, embeddings, mask):
    n, s = embeddings.shape[0], prompt.shape[0]
    rows = prompt.unsqueeze(0).expand(n, s, prompt.shape[1])
    return torch.cat([rows, embeddings], 1), torch.cat([torch.ones(n, s, dtype=mask.dtype), mask], 1)


class T5Prompted(torch.nn.Module):
    def __init__(self, model, method, p):
        super().__init__()
        self.model = model
        self.side = PromptSide(method, model.config.d_model, p)

    def forward(self, input_ids, attention_mask, labels):
        prompt, update = self.side(input_ids.shape[1])
        e = self.model.shared(input_ids)
        if update is not None:
            e = e + update
        inputs, mask = prepend(prompt, e, attention_mask)
        return self.model(inputs_embeds=inputs, attention_mask=mask, labels=labels).loss


class BertClassifier(torch.nn.Module):
    """graphs/lib/bert-prompt-entries.graph (prompt methods) and graphs/bert.graph (fine-tuning):
    mean pool over the input tokens, linear head, cross-entropy."""

    def __init__(self, bert, method, p, num_labels=2):
        super().__init__()
        self.bert = bert
        self.method = method
        h = bert.config.hidden_size
        self.side = PromptSide(method, h, p) if method != "finetune" else None
        self.classifier = torch.nn.Linear(h, num_labels)
        torch.nn.init.normal_(self.classifier.weight, std=0.02)
        torch.nn.init.normal_(self.classifier.bias, std=0.02)

    def forward(self, input_ids, attention_mask, token_type_ids, labels):
        words = self.bert.embeddings.word_embeddings(input_ids)
        types, mask, s = token_type_ids, attention_mask, 0
        if self.side is not None:
            prompt, update = self.side(input_ids.shape[1])
            if update is not None:
                words = words + update
            s = prompt.shape[0]
            words, mask = prepend(prompt, words, attention_mask)
            types = torch.cat([torch.zeros(types.shape[0], s, dtype=types.dtype), types], 1)
        h = self.bert(inputs_embeds=words, attention_mask=mask, token_type_ids=types).last_hidden_state[:, s:]
        m = attention_mask.unsqueeze(-1).to(h.dtype)
        pooled = (h * m).sum(1) / m.sum(1)
        return F.cross_entropy(self.classifier(pooled), labels)


# ---------------------------------------------------------------------------------------------

def t5_config(shape, dropout):
    from transformers import T5Config
    return T5Config(vocab_size=shape["vocab_size"], d_model=shape["d_model"], d_kv=shape["d_kv"], d_ff=shape["d_ff"],
                    num_layers=shape["num_layers"], num_decoder_layers=shape["num_layers"],
                    num_heads=shape["num_heads"], feed_forward_proj="relu", dropout_rate=dropout,
                    tie_word_embeddings=True, decoder_start_token_id=0, pad_token_id=0, eos_token_id=1)


def build(cfg, dropout):
    torch.manual_seed(0)
    p = cfg.get("method_params", {})
    if cfg["family"] == "t5":
        from transformers import T5ForConditionalGeneration
        model = T5ForConditionalGeneration.from_pretrained(cfg["model_dir"], dropout_rate=dropout)
        net = T5Prompted(model, cfg["method"], p)
    else:
        from transformers import BertModel
        bert = BertModel.from_pretrained(cfg["model_dir"], add_pooling_layer=False,
                                         hidden_dropout_prob=dropout, attention_probs_dropout_prob=dropout)
        net = BertClassifier(bert, cfg["method"], p)
    for param in net.parameters():
        param.requires_grad_(False)
    for param in trainable(net, cfg):
        param.requires_grad_(True)
    return net


def trainable(net, cfg):
    if cfg["method"] == "finetune":
        return list(net.parameters())
    params = list(net.side.parameters())
    if cfg["family"] == "bert":
        params += list(net.classifier.parameters())
    return params


def eptc_weights(net, cfg):
    out = dict(net.side.named_for_eptc()) if net.side is not None else {}
    if cfg["family"] == "bert":
        out["classifier.weight"], out["classifier.bias"] = net.classifier.weight, net.classifier.bias
    return {k: v.detach().contiguous().clone() for k, v in out.items()}


def make_batch(cfg, vocab):
    g = torch.Generator().manual_seed(1234)
    b, n = cfg["batch"], cfg["input_len"]
    ids = torch.randint(2, vocab, (b, n), generator=g, dtype=torch.int64)
    mask = torch.ones(b, n, dtype=torch.int64)
    for row in range(0, b, 2):  # every other row padded over its last quarter
        mask[row, n - n // 4:] = 0
        ids[row, n - n // 4:] = 0
    batch = {"input_ids": ids, "attention_mask": mask}
    if cfg["family"] == "t5":
        batch["labels"] = torch.randint(2, vocab, (b, cfg["target_len"]), generator=g, dtype=torch.int64)
    else:
        batch["token_type_ids"] = torch.zeros(b, n, dtype=torch.int64)
        batch["labels"] = torch.randint(0, 2, (b,), generator=g, dtype=torch.int64)
    return batch


def prepare(cfg):
    if cfg["family"] == "t5":
        import os
        if not os.path.exists(os.path.join(cfg["model_dir"], "model.safetensors")):
            from transformers import T5ForConditionalGeneration
            torch.manual_seed(0)
            T5ForConditionalGeneration(t5_config(cfg["shape"], 0.0)).save_pretrained(cfg["model_dir"])
    net = build(cfg, 0.0)
    vocab = net.model.config.vocab_size if cfg["family"] == "t5" else net.bert.config.vocab_size
    batch = make_batch(cfg, vocab)
    save_file({k: v.to(torch.int32).contiguous() for k, v in batch.items()}, cfg["files"]["batch"])
    save_file(eptc_weights(net, cfg), cfg["files"]["weights"])


def load_into(net, cfg):
    """The prompt-side and head weights prepare() wrote, so both sides hold the same values."""
    given = load_file(cfg["files"]["weights"])
    with torch.no_grad():
        side = net.side.named_for_eptc() if net.side is not None else {}
        for name, param in side.items():
            param.copy_(given[name])
        if cfg["family"] == "bert":
            net.classifier.weight.copy_(given["classifier.weight"])
            net.classifier.bias.copy_(given["classifier.bias"])


def run_time(cfg):
    torch.set_num_threads(cfg["threads"])
    torch.set_num_interop_threads(1)
    batch = {k: v.to(torch.int64) for k, v in load_file(cfg["files"]["batch"]).items()}

    # The loss check: eval mode (no dropout), the shared weights and batch.
    check_loss = None
    if cfg.get("check", True):
        net = build(cfg, 0.0)
        load_into(net, cfg)
        net.eval()
        with torch.no_grad():
            check_loss = float(net(**batch))

    net = build(cfg, cfg["dropout"])
    load_into(net, cfg)
    if cfg["step"] == "eval":
        net.eval()

        def step():
            with torch.no_grad():
                net(**batch)
    else:
        net.train()
        params = trainable(net, cfg)
        optimizer = torch.optim.AdamW(params, lr=1e-3, weight_decay=0.01)

        def step():
            optimizer.zero_grad(set_to_none=True)
            net(**batch).backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimizer.step()

    step()  # warm-up
    times = []
    for _ in range(cfg["repeat"]):
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)

    n = 512
    a, b = torch.randn(n, n), torch.randn(n, n)
    best = min(timed(lambda: a @ b) for _ in range(10))
    result = {"seconds": sorted(times), "loss": check_loss, "threads": torch.get_num_threads(),
              "torch": torch.__version__, "matmul_gflops": 2 * n ** 3 / best / 1e9,
              "peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}
    import transformers
    result["transformers"] = transformers.__version__
    with open(cfg["out"], "w") as f:
        json.dump(result, f)


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("prepare", "time"):
        sys.exit(__doc__)
    with open(sys.argv[2]) as f:
        cfg = json.load(f)
    (prepare if sys.argv[1] == "prepare" else run_time)(cfg)


if __name__ == "__main__":
    main()
