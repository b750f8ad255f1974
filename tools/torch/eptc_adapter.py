"""Apply what `eptc export` writes beside (or instead of) a PEFT adapter to a `transformers` model.

PEFT has types for LoRA and prompt tuning, and `PeftModel.from_pretrained(base, folder)` loads
those. It has none for EPT and DePT, and eptc's encoder head is not BertForSequenceClassification's
pooler head, so an export also holds `eptc_adapter.json` + `eptc_adapter.safetensors`; this module
(torch + transformers only) computes with them exactly what eptc's graphs compute
(graphs/lib/ept.graph, graphs/lib/bert-prompt-entries.graph, graphs/lib/bert-model.graph):

    from eptc_adapter import EptcEncoderClassifier, EptcT5
    base = AutoModel.from_pretrained("models/minilm-l6")            # a BERT-family encoder
    model = EptcEncoderClassifier(base, "out/cola-ept")              # EPT / DePT prompt + head
    logits = model(input_ids, attention_mask, token_type_ids)        # (N, num_labels)

    peft = PeftModel.from_pretrained(AutoModel.from_pretrained(base_dir), "out/cola-lora")
    model = EptcEncoderClassifier(peft, "out/cola-lora")             # PEFT LoRA / prompt tuning + head

    t5 = EptcT5(T5ForConditionalGeneration.from_pretrained(dir), "out/rte-ept")
    tokens = t5.generate(input_ids, attention_mask, max_new_tokens=4)

The equations (docs/METHODS.md): c = alpha/sqrt(rank); K = c·A·B (max_len, d); DePT's input rows
E[x] + K[:L] (E[x] + c·A[:L]·B without fusion); EPT's prompt P* = Σ_i softmax(P·W_g)_i ⊙ (P + P·D_i·U_i)
+ λ ⊙ softmax(P·Kᵀ/√d)·K; the prompt is prepended to the word embeddings (before BERT's position and
token-type embeddings, token type 0), the attention mask extended by ones. The head reads the mean of
the input tokens' hidden states (not the prompt rows'; the prompt rows' with pool_prompt), per layer
("per_layer": a linear map of every hidden state's pooled vector, summed, one bias), as a softmax
mix of layers ("layer_mix") or from the last layer, each pooled vector standardized first with
normalize_pooled (zero mean, unit variance over features, eps 1e-5).
"""
import json
import math
import os

import torch
from safetensors.torch import load_file

FORMAT = "eptc-adapter-1"


def load(folder):
    """(config dict, tensors dict) of eptc_adapter.{json,safetensors} in `folder`."""
    with open(os.path.join(folder, "eptc_adapter.json")) as f:
        config = json.load(f)
    if config.get("format") != FORMAT:
        raise ValueError(f"{folder}/eptc_adapter.json: format {config.get('format')!r}, expected {FORMAT!r}")
    return config, load_file(os.path.join(folder, "eptc_adapter.safetensors"))


class EptcPrompt(torch.nn.Module):
    """EPT / DePT's prompt side: the prompt P* (s, d) and the input-row update (L, d)."""

    def __init__(self, settings, tensors):
        super().__init__()
        self.s = settings
        self.w = torch.nn.ParameterDict({k.replace(".", "_"): torch.nn.Parameter(v, requires_grad=False)
                                         for k, v in tensors.items()})

    def t(self, name):
        return self.w[name.replace(".", "_")]

    def forward(self, length):
        s = self.s
        p = self.t("prompt")
        d = p.shape[1]
        c = s["alpha"] / math.sqrt(s["rank"])
        a, b = self.t("lowrank_a"), self.t("lowrank_b")
        prompt = p
        if s["use_fusion"]:
            knowledge = (a @ b) * c                                              # (m, d)
            update = knowledge[:length]
        else:
            update = (a[:length] @ b) * c                                        # (L, d)
        if s["use_multispace"]:
            gate = torch.softmax(p @ self.t("space_gate"), dim=-1)               # (s, N)
            prompt = sum(gate[:, i:i + 1] * (p + (p @ self.t(f"space_{i}_down")) @ self.t(f"space_{i}_up"))
                         for i in range(s["spaces"]))
        if s["use_fusion"]:
            scores = (p @ knowledge.T) * (1.0 / math.sqrt(d))
            prompt = prompt + (torch.softmax(scores, dim=-1) @ knowledge) * self.t("fusion_scale")
        return prompt, update


def prompted_inputs(prompt, update, word_embeddings, input_ids, attention_mask):
    """[P; E[x] + update] and the mask extended by ones: (N, s + L, d), (N, s + L)."""
    n = input_ids.shape[0]
    embeds = word_embeddings(input_ids)
    if update is not None:
        embeds = embeds + update
    rows = prompt.unsqueeze(0).expand(n, -1, -1)
    ones = torch.ones(n, prompt.shape[0], dtype=attention_mask.dtype)
    return torch.cat([rows, embeds], dim=1), torch.cat([ones, attention_mask], dim=1)


class EptcHead(torch.nn.Module):
    """eptc's encoder head over the hidden states (embedding output first, as transformers returns
    them with output_hidden_states=True) of a prompted batch."""

    def __init__(self, settings, tensors):
        super().__init__()
        self.s = settings
        self.w = {k: v for k, v in tensors.items() if k.startswith("classifier.")}

    def pool(self, h, mask, prompt_len):
        """The mean of the input tokens' rows (or the prompt rows'): (N, d)."""
        if self.s.get("pool_prompt"):
            return h[:, :prompt_len].mean(dim=1)
        m = mask.to(h.dtype).unsqueeze(-1)
        return (h[:, prompt_len:] * m).sum(dim=1) / m.sum(dim=1)

    def head_input(self, x):
        """normalize_pooled: zero mean, unit variance over the features (eps 1e-5, no affine)."""
        if not self.s.get("normalize_pooled"):
            return x
        centered = x - x.mean(dim=1, keepdim=True)
        return centered * torch.rsqrt((centered * centered).mean(dim=1, keepdim=True) + 1e-5)

    def forward(self, hidden_states, attention_mask, prompt_len):
        kind = self.s["kind"]
        if kind == "per_layer":
            logits = self.w["classifier.bias"]
            for layer, h in enumerate(hidden_states):
                x = self.head_input(self.pool(h, attention_mask, prompt_len))
                logits = logits + x @ self.w[f"classifier.layer.{layer}.weight"].T
            return logits
        if kind == "layer_mix":
            mix = torch.softmax(self.w["classifier.layer_mix"], dim=0)
            pooled = sum(mix[i] * self.pool(h, attention_mask, prompt_len) for i, h in enumerate(hidden_states))
        else:
            pooled = self.pool(hidden_states[-1], attention_mask, prompt_len)
        return self.head_input(pooled) @ self.w["classifier.weight"].T + self.w["classifier.bias"]


class EptcEncoderClassifier(torch.nn.Module):
    """A BERT-family `AutoModel` (or a PeftModel around one: LoRA, prompt tuning) with eptc's
    export applied: the EPT / DePT prompt when the export has one, and the head. Returns logits
    (N, num_labels); for regression (N, 1), the score."""

    def __init__(self, model, folder):
        super().__init__()
        self.model = model
        self.config, tensors = load(folder)
        self.prompt = EptcPrompt(self.config["prompt"], tensors) if "prompt" in self.config else None
        self.head = EptcHead(self.config["head"], tensors)
        peft_config = getattr(model, "peft_config", {}).get("default")
        self.peft_prompt = int(peft_config.num_virtual_tokens) if getattr(peft_config, "peft_type", None) == "PROMPT_TUNING" else 0

    def forward(self, input_ids, attention_mask, token_type_ids):
        if self.prompt is not None:                                   # EPT / DePT
            prompt, update = self.prompt(input_ids.shape[1])
            return self.prompted(self.model, prompt, update, input_ids, attention_mask, token_type_ids)
        if self.peft_prompt:
            # PEFT's own forward drops token_type_ids under prompt tuning (it warns), which changes
            # sentence pairs; eptc keeps them (prompt rows type 0), so the prompt is prepended here.
            prompt = self.model.get_prompt(batch_size=1)[0]
            return self.prompted(self.model.get_base_model(), prompt, None, input_ids, attention_mask, token_type_ids)
        out = self.model(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids,
                         output_hidden_states=True)
        return self.head(out.hidden_states, attention_mask, 0)

    def prompted(self, model, prompt, update, input_ids, attention_mask, token_type_ids):
        embeds, mask = prompted_inputs(prompt, update, model.get_input_embeddings(), input_ids, attention_mask)
        types = torch.cat([torch.zeros(input_ids.shape[0], prompt.shape[0], dtype=token_type_ids.dtype), token_type_ids], dim=1)
        out = model(inputs_embeds=embeds, attention_mask=mask, token_type_ids=types, output_hidden_states=True)
        return self.head(out.hidden_states, attention_mask, prompt.shape[0])


class EptcT5(torch.nn.Module):
    """A `T5ForConditionalGeneration` with an EPT / DePT export applied to the encoder's inputs."""

    def __init__(self, model, folder):
        super().__init__()
        self.model = model
        self.config, tensors = load(folder)
        self.prompt = EptcPrompt(self.config["prompt"], tensors)

    def embed(self, input_ids, attention_mask):
        prompt, update = self.prompt(input_ids.shape[1])
        return prompted_inputs(prompt, update, self.model.get_input_embeddings(), input_ids, attention_mask)

    def forward(self, input_ids, attention_mask, decoder_input_ids):
        embeds, mask = self.embed(input_ids, attention_mask)
        return self.model(inputs_embeds=embeds, attention_mask=mask, decoder_input_ids=decoder_input_ids).logits

    def generate(self, input_ids, attention_mask, max_new_tokens):
        embeds, mask = self.embed(input_ids, attention_mask)
        return self.model.generate(inputs_embeds=embeds, attention_mask=mask, max_new_tokens=max_new_tokens,
                                   do_sample=False, num_beams=1)
