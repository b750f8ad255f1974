import Foundation
import IR
import Passes
import Runtime
import Support

/// What `eptc compile -o DIR` writes next to the object file: enough to check, before loading,
/// that the object belongs to this graph and this CPU, and to call its entries.
public struct Manifest: Codable, Equatable, Sendable {
    public struct Buffer: Codable, Equatable, Sendable {
        public var value: String
        public var type: String
        /// `weight N`, `parameter N`, `arena OFFSET`, `output N`, `view of NAME`, `immediate`.
        public var storage: String
    }
    public struct EntryInfo: Codable, Equatable, Sendable {
        public var name: String
        public var symbol: String
        public var layout: ArgumentLayout
        public var parameters: [String]
        public var results: [String]
        public var updates: [String]
        public var arenaBytes: Int
        public var peakLiveBytes: Int
        public var buffers: [Buffer]
    }
    public var formatVersion: Int
    /// The LLVM that generated the object (`LLVMCompat.version`); another one's object is refused.
    public var llvmVersion: String
    public var graphName: String
    public var graphHash: String
    public var target: HostTarget
    public var objectFile: String
    public var objectBytes: Int
    public var objectHash: String
    public var entries: [EntryInfo]

    public static let currentFormat = 2
    public static let fileName = "manifest.json"
}

/// The graph's identity for compiled artifacts: its printed form (shapes included), the codegen
/// version and the options that change the generated code.
public func graphHash(_ graph: Graph, options: CodegenOptions = CodegenOptions()) -> String {
    let text = Printer().print(graph) + "|codegen-19|gemm=\(options.gemmThreshold)|par=\(options.parallelThreshold)"
        + (options.vectorWidth.map { "|vw=\($0)" } ?? "") + (options.profile ? "|profile" : "") + "|gemm-\(options.gemm.rawValue)"
        + (options.measureDNNL ? "+dnnl" : "") + (options.headTransposeViews ? "" : "|head-copies")
        + (options.keepsAttentionProbabilities ? "" : "|recompute-probabilities")
        + (options.batchedProductLimit == CodegenOptions.defaultBatchedProductLimit ? "" : "|batched=\(options.batchedProductLimit)")
        + (options.eptSerialWork == EPTTiles.serialWork ? "" : "|ept-serial=\(options.eptSerialWork)")
    return fnv1a(Array(text.utf8))
}

extension CompiledProgram {
    /// Writes `<graph>.o` and `manifest.json` into `directory` (created if needed); each file is
    /// written to a temporary name and renamed, so a reader never sees half a file.
    public func write(to directory: URL, options: CodegenOptions = CodegenOptions()) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        removeStaleTemporaries(in: directory)
        let objectName = sanitizedIdentifier(graph.name) + ".o"
        let manifest = Manifest(
            formatVersion: Manifest.currentFormat, llvmVersion: LLVMCompat.version, graphName: graph.name, graphHash: graphHash(graph, options: options),
            target: target, objectFile: objectName, objectBytes: objectCode.count, objectHash: fnv1a(objectCode),
            entries: graph.entries.indices.map { describe(entry: $0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try Data(objectCode).write(to: directory.appendingPathComponent(objectName), options: .atomic)
        try encoder.encode(manifest).write(to: directory.appendingPathComponent(Manifest.fileName), options: .atomic)
    }

    private func describe(entry k: Int) -> Manifest.EntryInfo {
        let e = graph.entries[k], plan = plans[k]
        let buffers = e.nodes.indices.compactMap { v -> Manifest.Buffer? in
            let storage: String
            switch plan.storage[v] {
            case .unused: return nil
            case .weight(let i): storage = "weight \(i)"
            case .parameter(let i): storage = "parameter \(i)"
            case .arena(let o): storage = "arena \(o)"
            case .output(let s): storage = "output \(s)"
            case .view(let of):
                // A head split read strided, or a head merge its product writes strided.
                let how = plan.headTransposes[v].map { $0 == .operand ? " (heads, read strided)" : " (heads, written strided)" }
                storage = "view of \(e.nodes[of].name)" + (how ?? "")
            case .immediate: storage = "immediate"
            }
            return Manifest.Buffer(value: e.nodes[v].name, type: e.nodes[v].type.description, storage: storage)
        }
        return Manifest.EntryInfo(
            name: e.name, symbol: entrySymbol(k), layout: layouts[k], parameters: e.parameters.map(\.name),
            results: e.results.map(\.name), updates: e.updates.map { graph.weights[$0.weight].name },
            arenaBytes: plan.arenaBytes, peakLiveBytes: plan.peakLiveBytes, buffers: buffers)
    }

    /// Loads what `write(to:)` wrote, after checking it is for this graph, these options and this
    /// CPU, and that the object is whole. Any mismatch is a `CodegenError.artifact` saying what.
    public static func load(_ graph: Graph, from directory: URL, options: CodegenOptions = CodegenOptions()) throws -> CompiledProgram {
        let manifestURL = directory.appendingPathComponent(Manifest.fileName)
        guard let data = try? Data(contentsOf: manifestURL) else {
            throw CodegenError.artifact("\(manifestURL.path): cannot read the manifest")
        }
        // The format first, so an older manifest (which lacks fields) gets that message, not a decode error.
        struct Header: Decodable { var formatVersion: Int }
        if let header = try? JSONDecoder().decode(Header.self, from: data), header.formatVersion != Manifest.currentFormat {
            throw CodegenError.artifact("\(manifestURL.path): format \(header.formatVersion), expected \(Manifest.currentFormat); recompile")
        }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw CodegenError.artifact("\(manifestURL.path): not a valid manifest (\(error))")
        }
        guard manifest.llvmVersion == LLVMCompat.version else {
            throw CodegenError.artifact("\(manifestURL.path): compiled with LLVM \(manifest.llvmVersion); this eptc uses LLVM "
                + "\(LLVMCompat.version): recompile")
        }
        let hash = graphHash(graph, options: options)
        guard manifest.graphHash == hash else {
            throw CodegenError.artifact("\(manifestURL.path): compiled for another graph (hash \(manifest.graphHash), this graph \(hash))")
        }
        let host = HostTarget.current()
        guard manifest.target == host else {
            throw CodegenError.artifact("\(manifestURL.path): compiled for \(manifest.target.cpu) (\(manifest.target.triple)) "
                + "with other CPU features; this machine is \(host.cpu)")
        }
        let objectURL = directory.appendingPathComponent(manifest.objectFile)
        guard let object = try? Data(contentsOf: objectURL) else {
            throw CodegenError.artifact("\(objectURL.path): cannot read the object file")
        }
        guard object.count == manifest.objectBytes else {
            throw CodegenError.artifact("\(objectURL.path): truncated or resized (\(object.count) bytes, manifest says \(manifest.objectBytes))")
        }
        let bytes = [UInt8](object)
        guard fnv1a(bytes) == manifest.objectHash else {
            throw CodegenError.artifact("\(objectURL.path): corrupt (content hash differs from the manifest)")
        }
        let plans = ModuleCompiler(options: options, target: host).plans(for: graph)
        guard plans.map(\.arenaBytes) == manifest.entries.map(\.arenaBytes) else {
            throw CodegenError.artifact("\(manifestURL.path): memory plan differs from this compiler's")
        }
        return try CompiledProgram(graph: graph, plans: plans, objectCode: bytes, target: host, options: options)
    }
}

/// Foundation's atomic write goes through a temporary sibling (`.NAME.nosync…` on Linux) and a
/// rename; a process killed in between leaves the temporary behind. Ones older than a minute
/// (no live writer takes that long) are removed whenever the folder is used again.
public func removeStaleTemporaries(in directory: URL, olderThan seconds: TimeInterval = 60) {
    let fm = FileManager.default
    guard let names = try? fm.contentsOfDirectory(atPath: directory.path) else { return }
    for name in names where name.contains(".nosync") || name.hasPrefix(".tmp") {
        let path = directory.appendingPathComponent(name).path
        guard let modified = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
              Date().timeIntervalSince(modified) > seconds else { continue }
        try? fm.removeItem(atPath: path)
    }
}
