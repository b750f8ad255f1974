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
    /// Every one calls oneDNN's `dnnl_sgemm` (Runtime DNNLGemm.swift), when libdnnl.so.2 loads;
    /// BLAS otherwise (the decision says why).
    case dnnl
}

/// The implementation a matmul shape got, and why: what the profile prints.
public struct GemmDecision: Codable, Sendable, Hashable {
    public var generated: Bool
    /// Seconds per call (the fastest run) of each, when measured.
    public var generatedSeconds: Double?
    public var blasSeconds: Double?
    /// oneDNN runs it (then `generated` is false), and its time when measured.
    public var dnnl = false
    public var dnnlSeconds: Double?
    /// Set when it was not measured: the policy, an f64 product, a spent time budget.
    public var reason: String?

    /// "gen", "dnnl", "blas".
    public var implementation: String { generated ? "gen" : dnnl ? "dnnl" : "blas" }

    /// "gen 1.62× BLAS (measured)", "blas: gen 0.81× (measured)", "dnnl 1.20× BLAS, gen 1.05×
    /// (measured)", "blas (--gemm blas)".
    public var description: String {
        guard let b = blasSeconds else { return implementation + (reason.map { " (\($0))" } ?? "") }
        func ratio(_ seconds: Double?) -> String? {
            seconds.flatMap { $0 > 0 ? String(format: "%.2f×", b / $0) : nil }
        }
        let others = [("gen", ratio(generatedSeconds)), ("dnnl", ratio(dnnlSeconds))]
            .filter { $0.0 != implementation }.compactMap { name, r in r.map { "\(name) \($0)" } }
        if implementation == "blas" { return "blas: " + others.joined(separator: ", ") + " (measured)" }
        let winner = implementation + " " + (ratio(implementation == "gen" ? generatedSeconds : dnnlSeconds) ?? "?") + " BLAS"
        return ([winner] + others).joined(separator: ", ") + " (measured)"
    }
}

/// Per-shape choice between the generated GEMM and BLAS for `GemmPolicy.measured`: each f32
/// matmul shape of a program is timed both ways on this machine, once, and the faster kept. The
/// results live in `CacheFolder.host()` beside the BLAS self-check, one file per machine key
/// (CPU identity, LLVM, OpenBLAS build and core, thread counts, kernel version), so a cold compile
/// measures only shapes no earlier compile measured, the ones with most of the program's GEMM work
/// first, and within `budget` seconds: shapes left over get BLAS now and are measured by a later
/// compile. Timings are noisy on shared machines; each
/// side's fastest of a few alternating runs is compared (more runs for a close call,
/// `GemmProbe.isCloseCall`) against a line that corrects the probe's bias by kind of product
/// (`requiredGain(for:)`).
public enum GemmChooser {
    /// Wall-clock seconds one compile may spend measuring (compiling the probes included): what
    /// keeps a cold `eptc compile` of EPT T5-small within 15 s.
    public static let budget = 2.5
    /// The same for `eptc run` (`CodegenOptions.gemmMeasuringBudget`): a ceiling, not a cost — the
    /// 20 shapes of a T5-small PT step take about 4.5 s on a 2-core Zen 4, where 2.5 s measured
    /// 7–12 of them and left attention's products on BLAS for the run.
    public static let runBudget = 30.0
    /// How much faster than BLAS another kernel must be on its probe to be chosen, by the kind of
    /// product (`requiredGain(for:)`). The probe times one shape alone, hot, and errs in opposite
    /// directions for the two kinds — measured inside steps (`eptc bench --profile`, `--gemm
    /// generated` against `--gemm blas`, README "Generated GEMMs, chosen per shape"):
    ///
    /// - GEMMs with one shared weight (linear layers, folded into one GEMM): probes said 0.92–1.17×
    ///   for eptc's kernel, yet in T5-small and MiniLM steps OpenBLAS ran the same shapes 1.0–1.4×
    ///   faster (Zen 4; 1.10 had already been needed on an earlier Zen 4 run). So eptc's kernel must
    ///   win its probe by 25%.
    /// - Batches of separate products (attention's per-head products): probes said 0.85–1.36×,
    ///   and in both train steps eptc's kernel ran every one of them 1.07–2.0× faster than
    ///   OpenBLAS. So it is kept unless its probe is more than 20% slower. Not a law: in the
    ///   T5-small EPT eval step (256 products of 168 × 168 × 64) OpenBLAS ran the scores
    ///   1.1–1.3× faster and P·V on par, where the probes said 1.05× and 1.19× for eptc's kernel —
    ///   a loss of ~1% of that step against 5–7% won in the train steps.
    /// Both were measured while OpenBLAS's idle workers spun and slowed eptc's kernels (BLASSetup
    /// `parkIdleWorkers`). With them parked (T5-small PT step, Zen 4): shared-weight GEMMs still
    /// 4–12% faster on OpenBLAS; attention's products 0.96–1.32× for eptc's kernel — the second
    /// line is now generous, kept because the difference is within that host's noise.
    public static let sharedWeightGain = 1.25, separateProductsGain = 0.8

    static func requiredGain(for s: MatmulShape) -> Double {
        s.batches > 1 && !s.bShared ? separateProductsGain : sharedWeightGain
    }

    /// Version of the generated kernel and of the choice rule: a change to either invalidates
    /// cached choices. (11: BLAS's idle workers sleep at once, so every BLAS call wakes them.)
    static let kernelVersion = "gemm-kernel-11"
    /// Whether `.measured` tries oneDNN as a third candidate where the library loads
    /// (`CodegenOptions.measureDNNL`'s default; README "Speed results" has the measurement behind it).
    public static let measuresDNNLByDefault = false

    private static let lock = NSLock()
    /// Decisions by cache folder (path; "" for none) and candidates, then by shape key.
    nonisolated(unsafe) private static var memo: [String: [String: GemmDecision]] = [:]

    /// A shape's key (with the tiling's vector width, which changes the generated code).
    static func shapeKey(_ s: MatmulShape, vectorBits: Int?) -> String {
        "\(s.batches)x\(s.m)x\(s.n)x\(s.k)|ta=\(s.ta)|tb=\(s.tb)|shared=\(s.bShared)|w=\(vectorBits ?? 0)"
    }

    /// What makes a measurement valid elsewhere; `candidates` names a third candidate.
    static func machineKey(_ candidates: String) -> String {
        let blas = BLASSetup.current()
        return HostCPU.current.identity + "|llvm-" + LLVMCompat.version + "|" + blas.config + "|" + blas.core
            + "|threads \(ThreadPool.shared.threadCount)/\(BLASSetup.threadCount)|\(blas.idleWorkers.description)|" + kernelVersion + candidates
    }

    /// The candidates beside BLAS and the generated kernel that `options` measures: "|dnnl-2.6.3
    /// (omp)" when oneDNN is one (asked for, and it loads), "" otherwise.
    static func candidates(_ options: CodegenOptions) -> String {
        guard options.measureDNNL, case .success(let version) = DNNL.load(options.dnnlLibrary) else { return "" }
        return "|dnnl-" + version
    }

    private struct CacheFile: Codable {
        var key: String
        var shapes: [String: GemmDecision]
    }

    private static func cacheURL(_ directory: URL?, _ machine: String) -> URL? {
        directory?.appendingPathComponent("gemm-choice-\(fnv1a(machine.utf8)).json")
    }

    /// The decision for `s` if one is known (from this process's measurements or the cache).
    static func known(_ s: MatmulShape, vectorBits: Int?, candidates: String = "",
                      cacheDirectory: URL? = CacheFolder.host()) -> GemmDecision? {
        lock.lock()
        defer { lock.unlock() }
        return loaded(cacheDirectory, candidates)[shapeKey(s, vectorBits: vectorBits)]
    }

    /// The decisions known for `directory`: its cache file read on first use (lock held).
    private static func loaded(_ directory: URL?, _ candidates: String) -> [String: GemmDecision] {
        let folder = (directory?.path ?? "") + candidates
        if let known = memo[folder] { return known }
        let machine = machineKey(candidates)
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
                        cacheDirectory: URL? = CacheFolder.host(), budget: Double? = nil) {
        let budget = budget ?? options.gemmMeasuringBudget
        let candidates = candidates(options)
        lock.lock()
        defer { lock.unlock() }
        var known = loaded(cacheDirectory, candidates)
        var unknown: [MatmulShape] = []
        var work: [String: Int] = [:]
        for s in shapes {
            let key = shapeKey(s, vectorBits: options.vectorWidth)
            guard known[key] == nil, options.pinnedGemm[key] == nil else { continue }
            if work[key] == nil { unknown.append(s) }
            work[key, default: 0] += s.batches * s.m * s.n * s.k
        }
        guard !unknown.isEmpty else { return }
        // The shapes holding most of the program's GEMM work first (a shape's multiply-adds
        // times its occurrences): when the budget runs out, what is left is what matters least.
        let key = { (s: MatmulShape) in shapeKey(s, vectorBits: options.vectorWidth) }
        unknown.sort { (work[key($0)] ?? 0, key($1)) > (work[key($1)] ?? 0, key($0)) }
        let measured = GemmProbe.measure(unknown, options: options, dnnl: !candidates.isEmpty, budget: budget)
        var stored: [String: GemmDecision] = [:]
        for s in unknown {
            let key = shapeKey(s, vectorBits: options.vectorWidth)
            if let d = measured[key] {
                stored[key] = d
            } else {
                known[key] = GemmDecision(generated: false, reason: "not measured: the \(budget) s budget was spent")
            }
        }
        // What the machine's file holds after merging is what this process uses: another process
        // that measured a shape first keeps its decision (`store`).
        let merged = store(stored, cacheDirectory, machineKey(candidates))
        for key in stored.keys { known[key] = merged[key] ?? stored[key] }
        memo[(cacheDirectory?.path ?? "") + candidates] = known
    }

    /// With `.measured` (or decisions pinned by a run), which kernel each of the graph's GEMM shapes
    /// gets on this machine (shapes not yet measured are measured first, as compiling would): part of
    /// the compile cache's key, so a program built while a shape was still unmeasured (on BLAS) is not
    /// reused once it is measured. With `.dnnl`, whether oneDNN loads.
    static func decisionKey(_ graph: Graph, options: CodegenOptions) -> String {
        if options.gemm == .dnnl, options.pinnedGemm.isEmpty {
            // Whether oneDNN loaded decides what the GEMMs call (a program built without it calls BLAS).
            guard case .success(let version) = DNNL.load(options.dnnlLibrary) else { return "|dnnl-absent" }
            return "|dnnl-" + version
        }
        guard options.gemm == .measured || !options.pinnedGemm.isEmpty else { return "" }
        let shapes = graph.gemmShapes(threshold: options.gemmThreshold)
        if options.gemm == .measured { resolve(shapes, options: options) }
        return "|gemm-decisions-" + String(shapes.map {
            let d = options.gemmDecision($0, .f32)
            return d.generated ? "g" : d.dnnl ? "d" : "b"
        })
    }

    /// The decision each of the graph's GEMM shapes gets under `options`, by shape key (measuring
    /// unknown shapes first with `.measured`): what a run records in its folder so that resuming
    /// it runs the same kernels (`CodegenOptions.pinnedGemm`).
    public static func decisions(_ graph: Graph, options: CodegenOptions) -> [String: GemmDecision] {
        let shapes = graph.gemmShapes(threshold: options.gemmThreshold)
        if options.gemm == .measured { resolve(shapes, options: options) }
        var out: [String: GemmDecision] = [:]
        for s in shapes { out[shapeKey(s, vectorBits: options.vectorWidth)] = options.gemmDecision(s, .f32) }
        return out
    }

    /// Merges `decisions` into the machine's cache file and returns the file's decisions after
    /// the merge. A shape already in the file keeps its decision (the first measurement on a
    /// machine is its decision, so processes that measured the same shape at the same time — a
    /// sweep, data-parallel ranks, a test suite — end up running the same kernels). Read, merge
    /// and atomic rename happen under a lock on the folder (`withExclusiveFolderLock`). Best effort,
    /// as the BLAS self-check's cache: an unwritable folder only means measuring again.
    @discardableResult
    private static func store(_ decisions: [String: GemmDecision], _ directory: URL?, _ machine: String)
        -> [String: GemmDecision] {
        guard !decisions.isEmpty, let url = cacheURL(directory, machine), let directory else { return decisions }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return withExclusiveFolderLock(directory.path) {
            var file = CacheFile(key: machine, shapes: [:])
            if let data = try? Data(contentsOf: url), let old = try? JSONDecoder().decode(CacheFile.self, from: data),
               old.key == machine {
                file = old
            }
            let before = file.shapes.count
            file.shapes.merge(decisions) { first, _ in first }
            guard file.shapes.count > before else { return file.shapes }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            if let data = try? encoder.encode(file) { try? data.write(to: url, options: .atomic) }
            return file.shapes
        }
    }
}

extension CodegenOptions {
    /// How a matmul of shape `s` and dtype `d` at or above the GEMM threshold runs.
    func gemmDecision(_ s: MatmulShape, _ d: DType) -> GemmDecision {
        guard d == .f32 else { return GemmDecision(generated: false, reason: "\(d) runs on BLAS") }
        guard s.m > 0, s.n > 0, s.k > 0 else { return GemmDecision(generated: false, reason: "empty product") }
        if let pinned = pinnedGemm[GemmChooser.shapeKey(s, vectorBits: vectorWidth)] { return pinned }
        switch gemm {
        case .blas: return GemmDecision(generated: false, reason: "--gemm blas")
        case .generated: return GemmDecision(generated: true, reason: "--gemm generated")
        case .dnnl:
            if case .failure(let why) = DNNL.load(dnnlLibrary) { return GemmDecision(generated: false, reason: "\(why)") }
            return GemmDecision(generated: false, dnnl: true, reason: "--gemm dnnl")
        case .measured:
            return GemmChooser.known(s, vectorBits: vectorWidth, candidates: GemmChooser.candidates(self))
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
