import Foundation
import IR
import Passes
import Runtime
import Support

/// Which code runs the f32 matmuls that are big enough for a GEMM (`CodegenOptions.gemmThreshold`).
public enum GemmPolicy: String, Hashable, Sendable, Codable, CaseIterable {
    /// Every one calls BLAS (`cblas_sgemm`, or `eptc_gemm_batch` for a batch of small products).
    case blas
    /// Every one runs the generated kernel (GemmKernels.swift).
    case generated
    /// Per shape, whichever was faster on this machine (`GemmChooser`): measured once, cached.
    case measured
}

/// The implementation a matmul shape got, and why: what the profile prints.
public struct GemmDecision: Codable, Sendable, Hashable {
    public var generated: Bool
    /// Seconds per call (the fastest run) of each, when measured.
    public var generatedSeconds: Double?
    public var blasSeconds: Double?
    /// Set when it was not measured: the policy, an f64 product, a spent time budget.
    public var reason: String?

    /// "gen", "blas".
    public var implementation: String { generated ? "gen" : "blas" }

    /// "gen 1.62× BLAS (measured)", "blas: gen 0.81× (measured)", "blas (forced by --gemm blas)".
    public var description: String {
        if let g = generatedSeconds, let b = blasSeconds, g > 0 {
            let ratio = String(format: "%.2f×", b / g)
            return generated ? "gen \(ratio) BLAS (measured)" : "blas: gen \(ratio) (measured)"
        }
        return implementation + (reason.map { " (\($0))" } ?? "")
    }
}

/// Per-shape choice between the generated GEMM and BLAS for `GemmPolicy.measured`: each f32
/// matmul shape of a program is timed both ways on this machine, once, and the faster kept. The
/// results live in `CacheFolder.host()` beside the BLAS self-check, one file per machine key
/// (CPU identity, LLVM, OpenBLAS build and core, thread counts, kernel version), so a cold compile
/// measures only shapes no earlier compile measured, the ones with most of the program's GEMM work
/// first, and within `budget` seconds: shapes left over get BLAS now and are measured by a later
/// compile. Timings are noisy on shared machines; each
/// side's fastest of a few alternating runs is compared, and BLAS keeps ties.
public enum GemmChooser {
    /// Wall-clock seconds one compile may spend measuring (compiling the probes included).
    public static let budget = 2.5
    /// Version of the generated kernel: a change to its code invalidates cached choices.
    static let kernelVersion = "gemm-kernel-4"

    private static let lock = NSLock()
    /// Decisions by cache folder (path; "" for none), then by shape key.
    nonisolated(unsafe) private static var memo: [String: [String: GemmDecision]] = [:]

    /// A shape's key (with the tiling's vector width, which changes the generated code).
    static func shapeKey(_ s: MatmulShape, vectorBits: Int?) -> String {
        "\(s.batches)x\(s.m)x\(s.n)x\(s.k)|ta=\(s.ta)|tb=\(s.tb)|shared=\(s.bShared)|w=\(vectorBits ?? 0)"
    }

    /// What makes a measurement valid elsewhere.
    static func machineKey() -> String {
        let blas = BLASSetup.current()
        return HostCPU.current.identity + "|llvm-" + LLVMCompat.version + "|" + blas.config + "|" + blas.core
            + "|threads \(ThreadPool.shared.threadCount)/\(BLASSetup.threadCount)|" + kernelVersion
    }

    private struct CacheFile: Codable {
        var key: String
        var shapes: [String: GemmDecision]
    }

    private static func cacheURL(_ directory: URL?, _ machine: String) -> URL? {
        directory?.appendingPathComponent("gemm-choice-\(fnv1a(machine.utf8)).json")
    }

    /// The decision for `s` if one is known (from this process's measurements or the cache).
    static func known(_ s: MatmulShape, vectorBits: Int?, cacheDirectory: URL? = CacheFolder.host()) -> GemmDecision? {
        lock.lock()
        defer { lock.unlock() }
        return loaded(cacheDirectory)[shapeKey(s, vectorBits: vectorBits)]
    }

    /// The decisions known for `directory`: its cache file read on first use (lock held).
    private static func loaded(_ directory: URL?) -> [String: GemmDecision] {
        let folder = directory?.path ?? ""
        if let known = memo[folder] { return known }
        let machine = machineKey()
        var known: [String: GemmDecision] = [:]
        if let url = cacheURL(directory, machine), let data = try? Data(contentsOf: url),
           let file = try? JSONDecoder().decode(CacheFile.self, from: data), file.key == machine {
            known = file.shapes
        }
        memo[folder] = known
        return known
    }

    /// Decisions for every shape, measuring the unknown ones (best effort: a failed measurement
    /// leaves BLAS), and storing what was measured.
    static func resolve(_ shapes: [MatmulShape], options: CodegenOptions,
                        cacheDirectory: URL? = CacheFolder.host(), budget: Double = budget) {
        lock.lock()
        defer { lock.unlock() }
        var known = loaded(cacheDirectory)
        var unknown: [MatmulShape] = []
        var work: [String: Int] = [:]
        for s in shapes {
            let key = shapeKey(s, vectorBits: options.vectorWidth)
            guard known[key] == nil else { continue }
            if work[key] == nil { unknown.append(s) }
            work[key, default: 0] += s.batches * s.m * s.n * s.k
        }
        guard !unknown.isEmpty else { return }
        // The shapes holding most of the program's GEMM work first (a shape's multiply-adds
        // times its occurrences): when the budget runs out, what is left is what matters least.
        let key = { (s: MatmulShape) in shapeKey(s, vectorBits: options.vectorWidth) }
        unknown.sort { (work[key($0)] ?? 0, key($1)) > (work[key($1)] ?? 0, key($0)) }
        let measured = GemmProbe.measure(unknown, options: options, budget: budget)
        var stored: [String: GemmDecision] = [:]
        for s in unknown {
            let key = shapeKey(s, vectorBits: options.vectorWidth)
            if let d = measured[key] {
                known[key] = d
                stored[key] = d
            } else {
                known[key] = GemmDecision(generated: false, reason: "not measured: the \(budget) s budget was spent")
            }
        }
        memo[cacheDirectory?.path ?? ""] = known
        store(stored, cacheDirectory)
    }

    /// With `.measured`, which kernel each of the graph's GEMM shapes gets on this machine (shapes not
    /// yet measured are measured first, as compiling would): part of the compile cache's key, so a
    /// program built while a shape was still unmeasured (on BLAS) is not reused once it is measured.
    static func decisionKey(_ graph: Graph, options: CodegenOptions) -> String {
        guard options.gemm == .measured else { return "" }
        let shapes = graph.gemmShapes(threshold: options.gemmThreshold)
        resolve(shapes, options: options)
        return "|gemm-decisions-" + String(shapes.map { known($0, vectorBits: options.vectorWidth)?.generated == true ? "g" : "b" })
    }

    /// Merges `decisions` into the machine's cache file (atomic rename; best effort, as the
    /// BLAS self-check's cache: an unwritable folder only means measuring again).
    private static func store(_ decisions: [String: GemmDecision], _ directory: URL?) {
        let machine = machineKey()
        guard !decisions.isEmpty, let url = cacheURL(directory, machine), let directory else { return }
        var file = CacheFile(key: machine, shapes: [:])
        if let data = try? Data(contentsOf: url), let old = try? JSONDecoder().decode(CacheFile.self, from: data),
           old.key == machine {
            file = old
        }
        file.shapes.merge(decisions) { _, new in new }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(file) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}

extension CodegenOptions {
    /// How a matmul of shape `s` and dtype `d` at or above the GEMM threshold runs.
    func gemmDecision(_ s: MatmulShape, _ d: DType) -> GemmDecision {
        guard d == .f32 else { return GemmDecision(generated: false, reason: "\(d) runs on BLAS") }
        guard s.m > 0, s.n > 0, s.k > 0 else { return GemmDecision(generated: false, reason: "empty product") }
        switch gemm {
        case .blas: return GemmDecision(generated: false, reason: "--gemm blas")
        case .generated: return GemmDecision(generated: true, reason: "--gemm generated")
        case .measured:
            return GemmChooser.known(s, vectorBits: vectorWidth)
                ?? GemmDecision(generated: false, reason: "not measured")
        }
    }
}

extension Graph {
    /// The f32 matmuls of every entry (fused regions' bodies included) that reach a GEMM under
    /// `threshold`: what `GemmChooser` measures.
    func gemmShapes(threshold: Int) -> [MatmulShape] {
        var shapes: [MatmulShape] = []
        func visit(_ nodes: [Node]) {
            for node in nodes {
                if case .fused(let region) = node.op { visit(region.nodes) }
                guard case .matmul(let ta, let tb) = node.op, node.type.dtype == .f32, node.inputs.count == 2 else { continue }
                let s = MatmulShape(a: nodes[node.inputs[0]].type.shape, b: nodes[node.inputs[1]].type.shape,
                                    transposeA: ta, transposeB: tb)
                if s.m * s.n * s.k >= threshold, s.m > 0, s.n > 0, s.k > 0 { shapes.append(s) }
            }
        }
        for e in entries { visit(e.nodes) }
        return shapes
    }
}
