import Foundation
import Support
import Models
import Runtime

/// `eptc export --merge`: a complete Hugging Face model folder that `from_pretrained` loads with
/// no eptc code — the base's config.json, generation config and tokenizer files copied, and
/// model.safetensors holding every base tensor (as F32) with the run's changes: fine-tuned weights
/// as trained, LoRA-adapted projections merged as W + (α/r)·B·A (PEFT's `merge_and_unload`).
struct MergedModel {
    struct Updates {
        /// Checkpoint name → trained value (full fine-tuning).
        var replaced: [String: Tensor]
        /// `<module>.lora_A.weight` (r, in) and `<module>.lora_B.weight` (out, r) pairs.
        var lora: [(name: String, tensor: Tensor)]
    }

    let session: RunSession
    let updates: Updates
    let t5Vocabulary: String?

    /// Files of the base folder a model folder needs beside its weights (those present are copied).
    static let copied = ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json",
                         "special_tokens_map.json", "added_tokens.json", "vocab.txt", "spiece.model"]

    func write(into folder: String) throws -> [String] {
        let merged = try mergedTensors()
        try SafeTensorsWriter.write(merged, metadata: ["format": "pt"], to: folder + "/" + Checkpoint.singleFileName)
        var written = [Checkpoint.singleFileName]
        let base = session.folder.path
        for name in Self.copied where FileManager.default.fileExists(atPath: base + "/" + name) {
            try copy(base + "/" + name, to: folder + "/" + name)
            written.append(name)
        }
        // A T5 folder without its own vocabulary trained with the standard one (data/t5-vocab): ship it.
        if session.codec.isT5, !written.contains("spiece.model"), !written.contains("tokenizer.json"),
           let vocabulary = t5Vocabulary, FileManager.default.fileExists(atPath: vocabulary) {
            try copy(vocabulary, to: folder + "/spiece.model")
            written.append("spiece.model")
        }
        return written
    }

    /// Every tensor of the base checkpoint under its own name, changed where the run changed it.
    func mergedTensors() throws -> [(name: String, tensor: Tensor)] {
        let checkpoint = session.folder.checkpoint
        let deltas = try loraDeltas()
        var out: [(name: String, tensor: Tensor)] = []
        for name in checkpoint.tensorNames {
            let key = Self.graphName(name)
            var tensor = try updates.replaced[key] ?? aliasUpdate(key) ?? checkpoint.tensor(name).converted(to: .f32)
            if let delta = deltas[key] {
                guard delta.count == tensor.count else {
                    throw UserError("--merge: the LoRA update of '\(name)' has \(delta.count) elements, the weight \(tensor.count)")
                }
                tensor = Tensor(shape: tensor.shape, floats: zip(tensor.floats, delta).map { $0 + $1 })
            }
            out.append((name: name, tensor: tensor))
        }
        return out
    }

    /// A checkpoint name as the graphs spell it (`bert.` prefixes dropped, as Checkpoint.resolve).
    static func graphName(_ name: String) -> String {
        name.hasPrefix("bert.") ? String(name.dropFirst(5)) : name
    }

    /// T5's tied copies of the embedding table follow `shared.weight` when it was trained.
    func aliasUpdate(_ name: String) -> Tensor? {
        guard ["encoder.embed_tokens.weight", "decoder.embed_tokens.weight"].contains(name) else { return nil }
        return updates.replaced["shared.weight"]
    }

    /// `<module>.weight` → (α/r)·B·A, flattened (out·in), for every adapted module.
    func loraDeltas() throws -> [String: [Float]] {
        var deltas: [String: [Float]] = [:]
        let alpha = try ResolvedSettings(session: session).loraAlpha
        for a in updates.lora where a.name.hasSuffix(".lora_A.weight") {
            let module = String(a.name.dropLast(".lora_A.weight".count))
            guard let b = updates.lora.first(where: { $0.name == module + ".lora_B.weight" }) else {
                throw UserError("--merge: '\(a.name)' has no matching lora_B weight")
            }
            let (r, inputs, outputs) = (a.tensor.shape[0], a.tensor.shape[1], b.tensor.shape[0])
            let scale = Float(alpha / Double(r))
            let av = a.tensor.floats, bv = b.tensor.floats
            var delta = [Float](repeating: 0, count: outputs * inputs)
            for o in 0..<outputs {
                for k in 0..<r {
                    let w = bv[o * r + k]
                    if w == 0 { continue }
                    for i in 0..<inputs { delta[o * inputs + i] += w * av[k * inputs + i] }
                }
            }
            deltas[module + ".weight"] = delta.map { $0 * scale }
        }
        return deltas
    }

    func copy(_ source: String, to destination: String) throws {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: source))
            try OutputFile.write(Array(data), to: destination, regularOnly: true)
        } catch let failure as OutputFile.Failure {
            throw UserError(failure.description)
        } catch {
            throw UserError("cannot read '\(source)': \(describeWriteError(error))")
        }
    }
}
