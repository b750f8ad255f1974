import Foundation
import IR
import Runtime
import Support

/// Checks that a graph and a model folder fit each other, before anything is compiled or run:
/// the right model family, and every tensor the graph reads present with its shape and dtype.
extension ModelFolder {
    /// `t5` or `bert`: what `config.json`'s `model_type` was read as.
    public var family: String {
        switch config {
        case .t5: return "t5"
        case .bert: return "bert"
        }
    }

    /// The config.json `model_type` as written (`t5`, `mt5`, `bert`, ...).
    public var modelType: String {
        (try? JSONValue.load(path: URL(fileURLWithPath: path).appendingPathComponent("config.json").path,
                             kind: .malformedConfig))?["model_type"]?.stringValue ?? family
    }

    /// Config names only one family binds (params a graph for that family declares).
    static let familyParams: [String: Set<String>] = [
        "t5": ["d_model", "d_kv", "d_ff", "num_decoder_layers", "num_heads", "relative_attention_num_buckets",
               "relative_attention_max_distance", "gated_ffn", "layer_norm_epsilon", "decoder_start_token_id"],
        "bert": ["hidden_size", "num_hidden_layers", "num_attention_heads", "intermediate_size", "head_dim",
                 "max_position_embeddings", "type_vocab_size", "layer_norm_eps", "gelu_tanh"],
    ]

    /// Refuses a graph written for another model family than this folder's: a T5 method graph
    /// over a BERT folder would otherwise stop at its first unbound T5 param.
    /// `params` are the param names the graph (with its imports) declares.
    public func checkFamily(graphParams params: Set<String>, graphFile: String) throws {
        let own = params.intersection(Self.familyParams[family] ?? [])
        guard own.isEmpty else { return }
        for (other, names) in Self.familyParams.sorted(by: { $0.key < $1.key }) where other != family {
            let hits = params.intersection(names)
            if hits.count >= 2 {
                throw CheckpointError(.malformedConfig, file: path,
                    "graph '\(graphFile)' expects a \(other.uppercased()) model (it declares "
                    + "\(hits.sorted().prefix(4).joined(separator: ", "))), but this folder is model_type "
                    + "'\(modelType)'; use a \(other.uppercased()) model folder or a graph for \(family.uppercased())")
            }
        }
    }

    /// Checks every weight of `graph` against the checkpoint without reading tensor data: a
    /// checkpoint name the checkpoint holds must have the graph's shape and a compatible dtype;
    /// a frozen weight (no initializer) must be there. A graph that reads none of the
    /// checkpoint's tensors does not use this model, and that is an error too.
    public func checkWeights(for graph: Graph) throws {
        var missing: [String] = []
        var mismatched: [CheckpointError] = []
        var found = 0
        var wanted: [String] = []
        for w in graph.weights {
            guard let name = w.checkpointName else {
                if w.role == .frozen && w.initializer == nil { missing.append(w.name) }
                continue
            }
            wanted.append(name)
            guard let stored = checkpoint.resolve(name), let file = checkpoint.file(holding: stored),
                  let info = file.info(stored) else {
                if w.role == .frozen && w.initializer == nil { missing.append(name) }
                continue
            }
            found += 1
            if info.shape != w.type.shape {
                mismatched.append(CheckpointError(.shapeMismatch, file: file.path,
                    "shape mismatch for tensor '\(stored)'\(stored == name ? "" : " (graph weight '\(name)')"): "
                    + "checkpoint has \(info.shape), graph wants \(w.type.shape)"))
            } else if w.type.dtype.isFloat != info.dtype.isFloat {
                mismatched.append(CheckpointError(.badTensorEntry, file: file.path,
                    "tensor '\(stored)' is \(info.dtype.rawValue), graph wants \(w.type.dtype)"))
            }
        }
        if found == 0 && missing.isEmpty {
            let example = wanted.first.map { " (it reads e.g. '\($0)')" } ?? " (it has no checkpoint weights)"
            throw CheckpointError(.missingTensor, file: path,
                "graph '\(graph.name)' uses none of this \(modelType) checkpoint's tensors\(example): "
                + "it does not use this model, so --model would only rebind its params")
        }
        try report(missing: missing, mismatched: mismatched)
    }

    /// Refuses NaN and infinite values in the tensors a store holds (trainable and state copies,
    /// and the frozen weights mapped in place): training would spread them to every weight.
    /// Costs one read of every loaded byte (memory bandwidth: ~0.3 s per GB once in the page cache).
    public func checkFinite(_ store: WeightStore, graph: Graph) throws {
        var bad: [String] = []
        for (k, w) in graph.weights.enumerated() where w.type.dtype != .i32 {
            if !Self.allFinite(store, k) { bad.append(w.checkpointName ?? w.name) }
            if bad.count >= 5 { break }
        }
        guard !bad.isEmpty else { return }
        throw CheckpointError(.valueOutOfRange, file: path,
            "non-finite values (NaN or infinity) in \(bad.map { "'\($0)'" }.joined(separator: ", ")): refusing to load them")
    }

    /// One pass over the weight's floats: a float is finite unless its exponent bits are all ones.
    static func allFinite(_ store: WeightStore, _ k: Int) -> Bool {
        let type = store.weights[k].type
        if let p = store.mappedPointer(k), type.dtype == .f32 {
            let words = UnsafeBufferPointer(start: p.assumingMemoryBound(to: UInt32.self), count: type.elementCount)
            // The largest exponent field seen, branch-free so the loop vectorizes.
            var top: UInt32 = 0
            for w in words { top = max(top, w & 0x7F80_0000) }
            return top != 0x7F80_0000
        }
        switch store[k].storage {
        case .f32(let values): return values.allSatisfy { $0.isFinite }
        case .f64(let values): return values.allSatisfy { $0.isFinite }
        default: return true
        }
    }
}
