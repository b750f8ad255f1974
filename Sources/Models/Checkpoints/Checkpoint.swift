import Foundation
import IR
import Runtime

/// A model's weights: one `.safetensors` file, a folder holding `model.safetensors`, or a folder
/// with a sharded `model.safetensors.index.json`. Pickle-based files are refused, never parsed.
public final class Checkpoint: @unchecked Sendable {
    public static let indexFileName = "model.safetensors.index.json"
    public static let singleFileName = "model.safetensors"
    static let pickleExtensions: Set<String> = ["bin", "pt", "pth", "ckpt", "pkl", "pickle"]

    /// Where the checkpoint was opened from (file or folder), as given.
    public let path: String
    /// Every tensor name → the file that holds it.
    private let owner: [String: SafeTensorsFile]

    public var tensorNames: [String] { owner.keys.sorted() }
    public var files: [SafeTensorsFile] {
        var seen = Set<String>()
        return owner.values.filter { seen.insert($0.path).inserted }.sorted { $0.path < $1.path }
    }

    public init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CheckpointError(.unreadable, file: path, "no such file or folder")
        }
        if !isDirectory.boolValue {
            try Self.refusePickle(path)
            let file = try SafeTensorsFile(path: path)
            owner = Dictionary(uniqueKeysWithValues: file.tensors.keys.map { ($0, file) })
            return
        }
        let folder = URL(fileURLWithPath: path)
        let single = folder.appendingPathComponent(Self.singleFileName).path
        let index = folder.appendingPathComponent(Self.indexFileName).path
        if FileManager.default.fileExists(atPath: single) {
            let file = try SafeTensorsFile(path: single)
            owner = Dictionary(uniqueKeysWithValues: file.tensors.keys.map { ($0, file) })
        } else if FileManager.default.fileExists(atPath: index) {
            owner = try Self.openSharded(index: index, folder: folder)
        } else {
            try Self.refusePickleFolder(folder)
            throw CheckpointError(.unreadable, file: path,
                                  "no \(Self.singleFileName) or \(Self.indexFileName) in this folder")
        }
    }

    // MARK: Pickle refusal

    static func pickleMessage(_ file: String) -> CheckpointError {
        CheckpointError(.pickleRefused, file: file,
                        "refusing to read a pickle-based checkpoint (it could run arbitrary code). Convert it "
                        + "to safetensors where PyTorch is installed: load it with transformers "
                        + "(`AutoModel.from_pretrained(folder)`) and save it with "
                        + "`model.save_pretrained(out_folder, safe_serialization=True)`")
    }

    private static func refusePickle(_ path: String) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if name == "pytorch_model.bin" || pickleExtensions.contains(ext) { throw pickleMessage(path) }
    }

    private static func refusePickleFolder(_ folder: URL) throws {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        if let pickle = names.sorted().first(where: {
            $0 == "pytorch_model.bin" || $0.hasPrefix("pytorch_model-")
                || pickleExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
        }) {
            throw pickleMessage(folder.appendingPathComponent(pickle).path)
        }
    }

    // MARK: Sharded checkpoints

    private static func openSharded(index: String, folder: URL) throws -> [String: SafeTensorsFile] {
        let data = try readModelFile(index)
        let weightMap: [String: String]
        do {
            weightMap = try JSONDecoder().decode(ShardIndex.self, from: data).weight_map
        } catch {
            throw CheckpointError(.malformedIndex, file: index,
                                  "not a valid index: expected a JSON object with \"weight_map\": {tensor: shard file}")
        }
        if weightMap.isEmpty {
            throw CheckpointError(.malformedIndex, file: index, "the index lists no tensors (\"weight_map\" is empty)")
        }
        var shards: [String: SafeTensorsFile] = [:]
        var owner: [String: SafeTensorsFile] = [:]
        for (name, shard) in weightMap.sorted(by: { $0.key < $1.key }) {
            // A stranger's index must not point outside its own folder.
            guard !shard.isEmpty, !shard.contains("/"), !shard.contains("\\"), shard != ".", shard != ".." else {
                throw CheckpointError(.malformedIndex, file: index,
                                      "tensor '\(name)' maps to '\(shard)', which is not a file name in this folder")
            }
            try refusePickle(shard)
            let file: SafeTensorsFile
            if let open = shards[shard] {
                file = open
            } else {
                file = try SafeTensorsFile(path: folder.appendingPathComponent(shard).path)
                shards[shard] = file
            }
            guard file.tensors[name] != nil else {
                throw CheckpointError(.missingTensor, file: file.path,
                                      "tensor '\(name)' is listed in \(indexFileName) but not in this shard")
            }
            owner[name] = file
        }
        return owner
    }

    private struct ShardIndex: Decodable { let weight_map: [String: String] }

    // MARK: Access

    public func contains(_ name: String) -> Bool { owner[name] != nil }
    public func info(_ name: String) -> TensorInfo? { owner[name]?.info(name) }

    /// The file that holds `name`, for zero-copy access through `SafeTensorsFile.rawBytes`.
    public func file(holding name: String) -> SafeTensorsFile? { owner[name] }

    /// The checkpoint tensor a graph weight name binds to: the name itself, else the same name
    /// with or without a `bert.` prefix (BertModel vs BertFor… checkpoints), else T5's tied
    /// fallbacks — `encoder/decoder.embed_tokens.weight` and `lm_head.weight` → `shared.weight`
    /// (DESIGN §5: the LM head is `lm_head.weight` when the checkpoint has it, else `shared.weight`).
    public func resolve(_ graphName: String) -> String? {
        if owner[graphName] != nil { return graphName }
        var candidates = graphName.hasPrefix("bert.") ? [String(graphName.dropFirst(5))] : ["bert." + graphName]
        if ["encoder.embed_tokens.weight", "decoder.embed_tokens.weight", "lm_head.weight"].contains(graphName) {
            candidates.append("shared.weight")
        }
        return candidates.first { owner[$0] != nil }
    }

    /// A graph weight by its graph name, through `resolve`.
    public func weight(_ graphName: String) throws -> Tensor {
        guard let name = resolve(graphName) else {
            throw CheckpointError(.missingTensor, file: path, "missing tensor '\(graphName)'")
        }
        return try tensor(name)
    }

    /// A tensor by its exact checkpoint name (floats as f32, integers as i32).
    public func tensor(_ name: String) throws -> Tensor {
        guard let file = owner[name] else {
            throw CheckpointError(.missingTensor, file: path, "missing tensor '\(name)'")
        }
        return try file.tensor(name)
    }

    /// Checks that every requested graph weight resolves to a tensor with the requested shape.
    /// Reports all problems at once (up to 20), so a wrong config or another model's checkpoint is obvious.
    public func check(_ requirements: [(name: String, shape: [Int])]) throws {
        var missing: [String] = []
        var mismatched: [String] = []
        for (name, shape) in requirements {
            guard let info = resolve(name).flatMap(info) else {
                missing.append("missing tensor '\(name)' (expected shape \(shape))")
                continue
            }
            if info.shape != shape {
                mismatched.append("shape mismatch for '\(name)': checkpoint has \(info.shape), the model "
                                  + "expects \(shape)")
            }
        }
        let problems = missing + mismatched
        guard !problems.isEmpty else { return }
        let shown = problems.prefix(20).joined(separator: "; ")
        let more = problems.count > 20 ? " (and \(problems.count - 20) more)" : ""
        throw CheckpointError(missing.isEmpty ? .shapeMismatch : .missingTensor, file: path, shown + more)
    }
}
