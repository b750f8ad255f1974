import Foundation
import IR
import Runtime

/// A Hugging Face model folder as the compiler uses it: `config.json` for the graph's symbols and
/// `model.safetensors` (or a sharded `model.safetensors.index.json`) for its weights.
///
///     let folder = try ModelFolder(path: "models/minilm-l6")
///     let graph = try Elaborator(loader: FileSystemLoader())
///         .elaborate(file: "graphs/bert.graph", bindings: ["B": .int(3)], configBindings: folder.symbols)
///     let store = try folder.weightStore(for: graph)
///
/// Pickle-based checkpoints are refused by `Checkpoint`, never read.
public final class ModelFolder: @unchecked Sendable {
    public let path: String
    public let config: ModelConfig
    public let checkpoint: Checkpoint

    /// Opens `path`'s `config.json` and checkpoint; errors name the file and the problem.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CheckpointError(.unreadable, file: path, "no such model folder")
        }
        guard isDirectory.boolValue else {
            throw CheckpointError(.unreadable, file: path, "expected a model folder (config.json + model.safetensors)")
        }
        self.path = path
        config = try ModelConfig.load(path: URL(fileURLWithPath: path).appendingPathComponent("config.json").path)
        checkpoint = try Checkpoint(path: path)
    }

    /// Bindings for the graph's symbols: every `ModelConfig.symbols()` value, plus for T5
    /// `untied_lm_head` (the checkpoint has its own `lm_head.weight`, so the head is not `shared.weight`).
    /// Pass them as the elaborator's `configBindings`: params the graph does not declare are ignored.
    public var symbols: [String: SymbolValue] {
        var out = config.symbols()
        if case .t5 = config {
            out["untied_lm_head"] = .bool(checkpoint.contains("lm_head.weight"))
        }
        return out
    }

    /// Elaborates a graph file for this model: `symbols` as config bindings, `bindings` (B, L, …,
    /// `--set` values) beating them.
    public func elaborate(_ file: String, bindings: [String: SymbolValue] = [:]) throws -> Graph {
        let elaborator = Elaborator(loader: FileSystemLoader())
        // The family first, so a BERT graph over a T5 folder says so instead of failing at the
        // first binding only one family has.
        try checkFamily(graphParams: try elaborator.declaredParams(file: file), graphFile: file)
        return try elaborator.elaborate(file: file, bindings: bindings, configBindings: symbols)
    }

    /// The graph's weights: every weight with a checkpoint name that the checkpoint holds (through
    /// `Checkpoint.resolve`: `bert.` prefixes, T5's `embed_tokens` aliases of `shared.weight`) is read
    /// from it with its shape checked; trainable and state weights the checkpoint lacks come from their
    /// initializers (seeded by `seed`). `overrides` (by IR or checkpoint name) beat the checkpoint.
    /// Every missing frozen tensor and every shape mismatch is reported at once.
    ///
    /// Frozen F32 tensors whose bytes are 4-byte aligned in the mapping are not copied at all: the
    /// store maps them in place and compiled code reads the checkpoint file's pages directly.
    public func weightStore(for graph: Graph, overrides: [String: Tensor] = [:], seed: UInt64 = 0) throws -> WeightStore {
        var mapped: [String: WeightStore.MappedTensor] = [:]
        let provided = try loadWeights(graph.weights, overrides: overrides, mapped: &mapped)
        do {
            let store = try WeightStore(graph: graph, provided: provided, mapped: mapped, seed: seed)
            try checkFinite(store, graph: graph)
            return store
        } catch let error as EngineError {
            // loadWeights has checked every shape and every frozen weight; this is a weight with
            // neither checkpoint name nor initializer nor override.
            throw CheckpointError(.missingTensor, file: path, error.message)
        }
    }

    /// Checkpoint tensors for `weights`, keyed by IR weight name.
    func loadWeights(_ weights: [Weight], overrides: [String: Tensor],
                     mapped: inout [String: WeightStore.MappedTensor]) throws -> [String: Tensor] {
        var provided: [String: Tensor] = [:]
        var missing: [String] = []
        var mismatched: [CheckpointError] = []
        for w in weights {
            if let t = overrides[w.name] ?? w.checkpointName.flatMap({ overrides[$0] }) {
                if t.shape != w.type.shape {
                    mismatched.append(CheckpointError(.shapeMismatch, file: path,
                        "shape mismatch for the value given for '\(w.checkpointName ?? w.name)': it has \(t.shape), "
                        + "graph wants \(w.type.shape)"))
                }
                provided[w.name] = t
                continue
            }
            guard let name = w.checkpointName else {
                if w.role == .frozen && w.initializer == nil { missing.append(w.name) }
                continue
            }
            guard let stored = checkpoint.resolve(name), let file = checkpoint.file(holding: stored),
                  let info = file.info(stored) else {
                if w.role == .frozen { missing.append(name) }
                continue
            }
            guard info.shape == w.type.shape else {
                mismatched.append(CheckpointError(.shapeMismatch, file: file.path,
                    "shape mismatch for tensor '\(stored)'\(stored == name ? "" : " (graph weight '\(name)')"): "
                    + "checkpoint has \(info.shape), graph wants \(w.type.shape)"))
                continue
            }
            guard w.type.dtype.isFloat == info.dtype.isFloat else {
                mismatched.append(CheckpointError(.badTensorEntry, file: file.path,
                    "tensor '\(stored)' is \(info.dtype.rawValue), graph wants \(w.type.dtype)"))
                continue
            }
            if w.role == .frozen, let inPlace = try Self.mapInPlace(stored, from: file, as: w.type) {
                mapped[w.name] = inPlace
            } else {
                provided[w.name] = try Self.read(stored, from: file)
            }
        }
        try report(missing: missing, mismatched: mismatched)
        return provided
    }

    /// One error for everything wrong (up to 20 problems shown), so a wrong config is obvious. It names
    /// the checkpoint file (or, for a sharded checkpoint, the folder and each problem's shard).
    func report(missing: [String], mismatched: [CheckpointError]) throws {
        if missing.isEmpty && mismatched.isEmpty { return }
        let files = checkpoint.files.map(\.path)
        let file = files.count == 1 ? files[0] : checkpoint.path
        var problems = missing.map { "tensor '\($0)' missing" }
        problems += mismatched.map { $0.file == file ? $0.detail : "\($0.detail) (in \($0.file))" }
        let shown = problems.prefix(20).joined(separator: "; ")
        let more = problems.count > 20 ? " (and \(problems.count - 20) more)" : ""
        throw CheckpointError(missing.isEmpty ? mismatched[0].kind : .missingTensor, file: file, shown + more)
    }

    /// F32 tensors are copied once, straight from the mapping; other dtypes convert through the reader.
    static func read(_ name: String, from file: SafeTensorsFile) throws -> Tensor {
        let (info, bytes) = try file.rawBytes(name)
        guard info.dtype == .f32, hostIsLittleEndian else { return try file.tensor(name) }
        let n = info.elementCount
        let values = [Float](unsafeUninitializedCapacity: n) { buffer, count in
            if n > 0, let source = bytes.baseAddress, let target = buffer.baseAddress {
                // memcpy: the mapping's offsets need not be 4-byte aligned.
                UnsafeMutableRawPointer(target).copyMemory(from: source, byteCount: n * 4)
            }
            count = n
        }
        return Tensor(TensorType(.f32, info.shape), storage: .f32(values))
    }

    /// The tensor's bytes in place when they can be used as f32 directly: F32 on a little-endian
    /// host, 4-byte aligned in the mapping (safetensors does not promise alignment).
    static func mapInPlace(_ name: String, from file: SafeTensorsFile, as type: TensorType) throws -> WeightStore.MappedTensor? {
        let (info, bytes) = try file.rawBytes(name)
        guard info.dtype == .f32, type.dtype == .f32, hostIsLittleEndian, info.elementCount > 0,
              let base = bytes.baseAddress, Int(bitPattern: base) % MemoryLayout<Float>.alignment == 0 else { return nil }
        return WeightStore.MappedTensor(type: type, pointer: base, owner: file)
    }

    private static let hostIsLittleEndian = 1.littleEndian == 1
}
