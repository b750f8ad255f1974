import Foundation
import Support
import Models

/// The on-disk layout of a Hugging Face PEFT adapter folder, as PEFT 0.21 writes it
/// (`PeftModel.save_pretrained`) and reads it (`PeftModel.from_pretrained(base, folder)`), and the
/// file eptc adds for what PEFT has no type for (EPT, DePT, the encoder head).
///
///     adapter_config.json         the PEFT config (LoRA or prompt tuning); eptc adds one key, "eptc"
///     adapter_model.safetensors   LoRA: base_model.model.<module>.lora_{A,B}.weight (r, in) / (out, r);
///                                 prompt tuning: prompt_embeddings (num_virtual_tokens, token_dim)
///     eptc_adapter.json           eptc's own: EPT/DePT prompt side and the encoder head (EptcAdapter)
///     eptc_adapter.safetensors    their weights under eptc's names
///     eptc_export.json            what was exported from which run (also marks an earlier export)
public enum PEFTFormat {
    public static let config = "adapter_config.json"
    public static let weights = "adapter_model.safetensors"
    public static let eptcConfig = "eptc_adapter.json"
    public static let eptcWeights = "eptc_adapter.safetensors"
    public static let manifest = "eptc_export.json"
    /// PEFT's prefix of every LoRA key (the PeftModel wraps the model as base_model.model).
    public static let loraPrefix = "base_model.model."
    public static let promptKey = "prompt_embeddings"
    /// The key eptc adds to adapter_config.json (PEFT drops keys it does not know, with a warning).
    public static let eptcKey = "eptc"

    /// PEFT's task type for a backbone: T5 generates (SEQ_2_SEQ_LM); the encoder is loaded as a
    /// plain `AutoModel` (FEATURE_EXTRACTION) because eptc's head is not BertForSequenceClassification's.
    public static func taskType(_ backbone: Backbone) -> String {
        backbone == .t5 ? "SEQ_2_SEQ_LM" : "FEATURE_EXTRACTION"
    }

    /// The modules eptc's LoRA adapts (graphs/lib/lora.graph's hook): PEFT's defaults for each family.
    public static func loraTargets(_ backbone: Backbone) -> [String] {
        backbone == .t5 ? ["q", "v"] : ["query", "value"]
    }

    /// `adapter_config.json` of a LoRA adapter: every key PEFT 0.21's LoraConfig saves, with its
    /// defaults, and the values eptc's LoRA has (docs/METHODS.md "LoRA": W + (α/r)·B·A on q and v,
    /// A Kaiming-uniform, B zeros, no bias, no dropout inside the adapter, Linear layouts).
    public static func loraConfig(rank: Int, alpha: Double, backbone: Backbone, base: String, eptc: JSONValue) -> JSONValue {
        var o: [String: JSONValue] = [
            "alora_invocation_tokens": .null, "alpha_pattern": .object([:]), "arrow_config": .null, "auto_mapping": .null,
            "base_model_name_or_path": .string(base), "bias": .string("none"), "corda_config": .null,
            "ensure_weight_tying": .bool(false), "eva_config": .null, "exclude_modules": .null,
            "fan_in_fan_out": .bool(false), "inference_mode": .bool(true), "init_lora_weights": .bool(true), "kasa_config": .null,
            "layer_replication": .null, "layers_pattern": .null, "layers_to_transform": .null,
            "loftq_config": .object([:]), "lora_alpha": number(alpha), "lora_bias": .bool(false),
            "lora_dropout": .double(0), "lora_ga_config": .null, "megatron_config": .null,
            "megatron_core": .string("megatron.core"), "modules_to_save": .null, "monteclora_config": .null,
            "peft_type": .string("LORA"), "peft_version": .string(peftVersion),
            "qalora_group_size": .int(16), "r": .int(rank), "rank_pattern": .object([:]), "revision": .null,
            "target_modules": .array(loraTargets(backbone).map(JSONValue.string)), "target_parameters": .null,
            "task_type": .string(taskType(backbone)), "trainable_token_indices": .null, "use_bdlora": .null,
            "use_dora": .bool(false), "use_qalora": .bool(false), "use_rslora": .bool(false), "velora_config": .null,
        ]
        o[eptcKey] = eptc
        return .object(o)
    }

    /// `adapter_config.json` of a prompt-tuning adapter: the prompt goes before the encoder's input
    /// embeddings only (`num_transformer_submodules` 1; PEFT's default 2 for T5 would prepend
    /// rows to the decoder's inputs too, which eptc's graphs never do).
    public static func promptConfig(tokens: Int, width: Int, layers: Int, heads: Int, backbone: Backbone, base: String,
                                    eptc: JSONValue) -> JSONValue {
        var o: [String: JSONValue] = [
            "auto_mapping": .null, "base_model_name_or_path": .string(base), "inference_mode": .bool(true),
            "modules_to_save": .null, "num_attention_heads": .int(heads), "num_layers": .int(layers),
            "num_transformer_submodules": .int(1), "num_virtual_tokens": .int(tokens), "peft_type": .string("PROMPT_TUNING"),
            "peft_version": .string(peftVersion), "prompt_tuning_init": .string("RANDOM"), "prompt_tuning_init_text": .null,
            "revision": .null, "task_type": .string(taskType(backbone)), "token_dim": .int(width),
            "tokenizer_kwargs": .null, "tokenizer_name_or_path": .null,
        ]
        o[eptcKey] = eptc
        return .object(o)
    }

    /// The PEFT version whose layout this file follows (what the committed fixtures were made with).
    public static let peftVersion = "0.21.2"

    /// An integral value as a JSON integer (PEFT writes lora_alpha: 16), else a float.
    static func number(_ v: Double) -> JSONValue {
        v == v.rounded() && abs(v) < 1e15 ? .int(Int(v)) : .double(v)
    }
}
