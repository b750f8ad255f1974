import Foundation
import IR
import Passes
import Runtime
import Syntax
import TestSupport
import Testing

/// Elaborates `graphs/<method>.graph` with `--set`-style bindings over a model config.
func elaborateMethod(_ method: String, _ bindings: [String: SymbolValue] = [:],
                     config: [String: SymbolValue]) throws -> Graph {
    try Elaborator(loader: FileSystemLoader()).elaborate(file: repositoryRoot + "/graphs/\(method).graph",
                                                       bindings: bindings, configBindings: config)
}

/// T5-Base's config.json shape (t5-base: relu FFN, tied head), for parameter counts only.
let t5BaseConfig: [String: SymbolValue] = [
    "d_model": .int(768), "d_kv": .int(64), "d_ff": .int(3072), "num_layers": .int(12),
    "num_decoder_layers": .int(12), "num_heads": .int(12), "vocab_size": .int(32128),
]

/// all-MiniLM-L6-v2's config.json shape (the embedded BERT-family default).
let miniLMConfig: [String: SymbolValue] = [
    "hidden_size": .int(384), "num_hidden_layers": .int(6), "num_attention_heads": .int(12),
    "intermediate_size": .int(1536), "max_position_embeddings": .int(512), "type_vocab_size": .int(2),
    "vocab_size": .int(30522),
]

/// A tiny T5 (one layer per stack) for gradient checks and training: every dim small and none 7,
/// so tests can pick B = 7 to spot a batch dim.
let tinyT5Config: [String: SymbolValue] = [
    "d_model": .int(8), "d_kv": .int(4), "d_ff": .int(12), "num_layers": .int(1),
    "num_decoder_layers": .int(1), "num_heads": .int(2), "vocab_size": .int(20),
]

/// A tiny BERT-family encoder, same idea.
let tinyBERTConfig: [String: SymbolValue] = [
    "hidden_size": .int(8), "num_hidden_layers": .int(1), "num_attention_heads": .int(2),
    "intermediate_size": .int(12), "max_position_embeddings": .int(16), "type_vocab_size": .int(2),
    "vocab_size": .int(20),
]

/// Small method switches for the tiny models: s = 2, m = 4, r = 2, N = 2, k = 3.
let tinyEPTBindings: [String: SymbolValue] = [
    "prompt_len": .int(2), "max_len": .int(4), "rank": .int(2), "spaces": .int(2), "space_width": .int(3),
    "alpha": .float(2.0),
]

/// Every float weight random: normal(0, std) from a seeded generator, kept in `dtype`, so no
/// gradient is trivially zero (U_i, λ and B included). `overrides` beat the random values.
func randomWeights(_ graph: Graph, seed: UInt64, std: Double = 0.5, dtype: DType = .f64,
                   overrides: [String: Tensor] = [:]) -> [String: Tensor] {
    var rng = SplitMix64(seed: seed)
    var values: [String: Tensor] = [:]
    for w in graph.weights where w.type.dtype.isFloat && w.role != .state {
        values[w.name] = overrides[w.name] ?? initialize(w.type, .normal(mean: 0, std: std), &rng).converted(to: dtype)
    }
    return values
}

/// Trainable weights from their initializers, frozen ones random normal(0, 0.5): the starting
/// point of a real run on a random backbone. Fine-tuning (trainable from the checkpoint) gets
/// random values for its trainable weights too.
func initialStore(_ graph: Graph, seed: UInt64) throws -> WeightStore {
    var rng = SplitMix64(seed: seed)
    var provided: [String: Tensor] = [:]
    for w in graph.weights where w.type.dtype.isFloat && (w.role == .frozen || w.initializer == nil) {
        provided[w.name] = initialize(w.type, .normal(mean: 0, std: 0.5), &rng)
    }
    return try WeightStore(graph: graph, provided: provided, seed: seed)
}

/// The `seed` input of a `loss` / `train_step` entry (the per-step dropout seed): i32[].
func dropoutSeed(_ value: Int32) -> Tensor { Tensor(shape: [], ints: [value]) }

/// A deterministic batch for a T5 method: ids in [2, vocab), the last input position of row 0
/// padded, and the last target of row 1 ignored (-100); `seed` is the dropout seed (a fixed value
/// derived from the batch seed, so steps on this batch reuse one mask).
func t5Batch(B: Int, L: Int, T: Int, vocab: Int, seed: UInt64) -> [String: Tensor] {
    var rng = SplitMix64(seed: seed)
    let ids = (0..<(B * L)).map { _ in Int32(2 + Int(rng.next() % UInt64(vocab - 2))) }
    var mask = [Int32](repeating: 1, count: B * L)
    mask[L - 1] = 0
    var labels = (0..<(B * T)).map { _ in Int32(2 + Int(rng.next() % UInt64(vocab - 2))) }
    if B > 1 { labels[2 * T - 1] = -100 }
    return ["input_ids": Tensor(shape: [B, L], ints: ids), "attention_mask": Tensor(shape: [B, L], ints: mask),
            "labels": Tensor(shape: [B, T], ints: labels), "seed": dropoutSeed(Int32(truncatingIfNeeded: seed &* 2_654_435_761))]
}

/// A deterministic batch for a BERT method: as `t5Batch`, with token types (second half 1) and
/// class labels in [0, 2).
func bertBatch(B: Int, L: Int, vocab: Int, seed: UInt64) -> [String: Tensor] {
    var rng = SplitMix64(seed: seed)
    let ids = (0..<(B * L)).map { _ in Int32(2 + Int(rng.next() % UInt64(vocab - 2))) }
    var mask = [Int32](repeating: 1, count: B * L)
    mask[L - 1] = 0
    let types = (0..<(B * L)).map { Int32($0 % L >= L / 2 ? 1 : 0) }
    let labels = (0..<B).map { Int32($0 % 2) }
    return ["input_ids": Tensor(shape: [B, L], ints: ids), "attention_mask": Tensor(shape: [B, L], ints: mask),
            "token_type_ids": Tensor(shape: [B, L], ints: types), "labels": Tensor(shape: [B], ints: labels),
            "seed": dropoutSeed(Int32(truncatingIfNeeded: seed &* 2_654_435_761))]
}

/// DePT's switches for the tiny models: s = 2, m = 4, r = 2.
let tinyPromptBindings: [String: SymbolValue] = ["prompt_len": .int(2), "max_len": .int(4), "rank": .int(2)]

/// One method graph over a tiny backbone at B = 2, L = 4 (T = 3 on T5): the setting the
/// training, simplify and fusion differential tests share.
struct MethodCase: Sendable, CustomTestStringConvertible {
    var method: String
    var bindings: [String: SymbolValue] = [:]
    var testDescription: String { method }
    var isBERT: Bool { method.hasSuffix("bert") }

    /// The elaborated graph, with the model's dropout rate set to `dropout` (nil: the graph's default).
    func elaborate(dropout: Double? = nil) throws -> Graph {
        var bindings = self.bindings.merging(["B": .int(2), "L": .int(4)]) { $1 }
        if !isBERT { bindings["T"] = .int(3) }
        var config = isBERT ? tinyBERTConfig : tinyT5Config
        if let dropout { config["dropout"] = .float(dropout) }
        return try elaborateMethod(method, bindings, config: config)
    }

    /// A batch for the elaborated graph (inputs and labels; seed picks the values).
    func batch(seed: UInt64) -> [String: Tensor] {
        isBERT ? bertBatch(B: 2, L: 4, vocab: 20, seed: seed) : t5Batch(B: 2, L: 4, T: 3, vocab: 20, seed: seed)
    }
}
