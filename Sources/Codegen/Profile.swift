import Foundation
import IR
import Passes
import Runtime

/// The symbol of an entry's profile counters (`CodegenOptions.profile`).
func profileSymbol(_ entrySymbol: String) -> String { entrySymbol + "_profile" }

/// What kind of work a node is, for reading a profile: where a step's time goes.
public enum KernelClass: String, CaseIterable, Sendable {
    case blasMatmul = "BLAS matmul"
    case generatedMatmul = "matmul (generated GEMM)"
    case dnnlMatmul = "oneDNN matmul"
    case loopMatmul = "matmul (loops)"
    case elementwise = "elementwise"
    case reduction = "reductions/norms"
    case softmax = "softmax/losses"
    /// The backbone's attention kernels, forward and backward (AttentionKernels.swift).
    case attention = "attention (fused)"
    case dataMovement = "data movement"
    case optimizer = "optimizer"

    /// Node names the optimizer pass gives its nodes (Passes/Optimizer/AdamW.swift).
    static let optimizerNames: Set<String> = ["grad_sq", "grad_norm", "clip_coef", "beta1_t", "beta2_t"]

    public static func of(_ node: Node, in entry: Entry, options: CodegenOptions) -> KernelClass {
        if node.name.hasPrefix("adamw_") || optimizerNames.contains(node.name) { return .optimizer }
        switch node.op {
        case .matmul:
            guard let decision = gemmDecision(node, in: entry, options: options) else { return .loopMatmul }
            return decision.generated ? .generatedMatmul : decision.dnnl ? .dnnlMatmul : .blasMatmul
        case .unary, .binary, .select, .cast, .dropout, .broadcast, .constant, .iota: return .elementwise
        case .reduce, .argmax, .rmsNorm, .layerNorm: return .reduction
        case .softmax, .logSoftmax, .crossEntropy, .crossEntropyGrad: return .softmax
        case .transpose, .slice, .concat, .gather, .scatterAdd, .positionBucket, .parameter, .weight, .reshape, .keepRows,
             .regionResult:
            return .dataMovement
        case .fused(let region) where region.name.hasPrefix(AttentionPattern.name) && region.kernel != .nodeByNode:
            return .attention
        case .fused(let region) where region.kernel == .rowEpilogue:
            return .reduction  // its passes are row reductions; the epilogue rides along
        case .fused(let region):
            // A GEMM with its epilogue riding along; else a region does the work of its result's
            // op (its prologue rides along).
            if let mm = region.gemmEpilogueMatmul {
                return of(region.nodes[mm], in: Entry(name: entry.name, nodes: region.nodes), options: options)
            }
            return of(region.nodes[region.result], in: Entry(name: entry.name, nodes: region.nodes), options: options)
        }
    }

    /// What the profile's gemm column says of a node: a matmul's decision, and for a GEMM with its
    /// epilogue also where the epilogue runs ("gen 1.16× BLAS (measured); epilogue in registers").
    /// A BLAS GEMM that skips padded rows (`zeroRows`: the entry's facts) says so too.
    static func gemmDescription(_ node: Node, in entry: Entry, options: CodegenOptions,
                                zeroRows: [ZeroRows?] = []) -> String? {
        guard case .fused(let region) = node.op, let mm = region.gemmEpilogueMatmul else {
            guard let decision = gemmDecision(node, in: entry, options: options) else { return nil }
            return decision.description + paddedRowsNote(node, operands: node.inputs, decision, entry, zeroRows)
        }
        guard let decision = gemmDecision(region.nodes[mm], in: Entry(name: entry.name, nodes: region.nodes),
                                          options: options) else { return nil }
        // The product's operands as entry values (body node i < inputCount is region input i;
        // a computed operand has no entry value and no fact).
        let operands = region.nodes[mm].inputs.map { $0 < region.inputCount ? node.inputs[$0] : -1 }
        let padded = paddedRowsNote(region.nodes[mm], operands: operands, decision, entry, zeroRows)
        guard decision.generated else { return decision.description + padded + "; epilogue a map after the call" }
        let shapes = node.inputs.map { entry.nodes[$0].type.shape } + [node.type.shape]
        let inRegisters = gemmEpilogueRunsOnVectors(region.epilogue(replacing: mm), inputShapes: shapes,
                                                    shape: node.type.shape)
        return decision.description + (inRegisters ? "; epilogue in registers" : "; epilogue over each stored tile")
    }

    /// "; skips padded runs of 64+ rows" where BLAS runs the product `mm` (operands: entry values)
    /// over a's live rows only (`MatmulShape.skipsPaddedRows`, what the lowering checks).
    private static func paddedRowsNote(_ mm: Node, operands: [ValueID], _ decision: GemmDecision, _ entry: Entry,
                                       _ zeroRows: [ZeroRows?]) -> String {
        guard !decision.generated, !decision.dnnl, case .matmul(let ta, let tb) = mm.op, operands.count == 2,
              operands.allSatisfy(zeroRows.indices.contains) else { return "" }
        let (a, b) = (entry.nodes[operands[0]].type, entry.nodes[operands[1]].type)
        let s = MatmulShape(a: a.shape, b: b.shape, transposeA: ta, transposeB: tb)
        guard MatmulShape.skipsPaddedRows(s, aRank: a.rank, zeroRows[operands[0]]) else { return "" }
        return "; skips padded runs of \(LiveRowsGemm.minimumGap)+ rows"
    }

    /// How a matmul node at or above the GEMM threshold runs (nil: below it, generated loops).
    static func gemmDecision(_ node: Node, in entry: Entry, options: CodegenOptions) -> GemmDecision? {
        guard case .matmul(let ta, let tb) = node.op, node.inputs.count == 2 else { return nil }
        let s = MatmulShape(a: entry.nodes[node.inputs[0]].type.shape, b: entry.nodes[node.inputs[1]].type.shape,
                            transposeA: ta, transposeB: tb)
        guard s.m * s.n * s.k >= options.gemmThreshold else { return nil }
        return options.gemmDecision(s, node.type.dtype)
    }
}

/// Per-node times of one entry, averaged over the calls since the counters were reset.
public struct EntryProfile: Sendable {
    public struct Row: Sendable {
        /// Node index (`nil`: the final copies into output buffers).
        public var node: Int?
        public var name: String
        public var op: String
        /// Shape detail: M×N×K (with batch and transposes) for matmuls, the output shape otherwise.
        public var shape: String
        public var kernelClass: KernelClass
        /// For a GEMM: which implementation ran and why (`GemmDecision.description`).
        public var gemm: String?
        /// Seconds per entry call, and how often the node ran per call (1 for every timed node).
        public var seconds: Double
        public var flops: Int
        /// Bytes read and written (inputs + output), for a bandwidth figure.
        public var bytes: Int
    }

    public var entry: String
    public var calls: Int
    public var rows: [Row]

    public var totalSeconds: Double { rows.reduce(0) { $0 + $1.seconds } }

    /// Reads counters `[ns, count]` per node (+1 slot for the final copies), per call.
    init(entry: Entry, counters: UnsafePointer<UInt64>, options: CodegenOptions) {
        self.entry = entry.name
        var rows: [Row] = []
        var calls = 0
        let zeroRows = ZeroRowsAnalysis.facts(entry)
        for (v, node) in entry.nodes.enumerated() where counters[2 * v + 1] > 0 {
            calls = max(calls, Int(counters[2 * v + 1]))
            let inputs = node.inputs.map { entry.nodes[$0].type }
            rows.append(Row(node: v, name: node.name, op: node.op.spelling.name, shape: Self.shape(node, inputs),
                            kernelClass: KernelClass.of(node, in: entry, options: options),
                            gemm: KernelClass.gemmDescription(node, in: entry, options: options, zeroRows: zeroRows),
                            seconds: Double(counters[2 * v]) / 1e9,
                            flops: node.op.flops(inputs: inputs, output: node.type),
                            bytes: inputs.reduce(node.type.byteCount) { $0 + $1.byteCount }))
        }
        let c = entry.nodes.count
        if counters[2 * c + 1] > 0 {
            calls = max(calls, Int(counters[2 * c + 1]))
            rows.append(Row(node: nil, name: "(outputs)", op: "copy", shape: "", kernelClass: .dataMovement, gemm: nil,
                            seconds: Double(counters[2 * c]) / 1e9, flops: 0, bytes: 0))
        }
        self.calls = calls
        self.rows = rows.map { r in
            var r = r
            r.seconds /= Double(max(calls, 1))
            return r
        }
    }

    /// A matmul's products as the lowering runs them (`MatmulShape.label`: "(8·168)×512×2048 Bᵀ"
    /// for one GEMM over a folded batch, "8×(128×128×64 Bᵀ)" for a batch of products);
    /// "[8, 228, 512]" for other nodes.
    static func shape(_ node: Node, _ inputs: [TensorType]) -> String {
        guard case .matmul(let ta, let tb) = node.op, inputs.count == 2 else { return "\(node.type.shape)" }
        return MatmulShape(a: inputs[0].shape, b: inputs[1].shape, transposeA: ta, transposeB: tb).label
    }

    /// One line per kernel class: nodes, ms per call, share, GFLOP/s and GB/s.
    public struct ClassTotal: Sendable {
        public var kernelClass: KernelClass
        /// For a GEMM: which implementation ran and why (`GemmDecision.description`).
        public var gemm: String?
        public var nodes: Int
        public var seconds: Double
        public var flops: Int
        public var bytes: Int
    }

    public var byClass: [ClassTotal] {
        KernelClass.allCases.compactMap { k in
            let rs = rows.filter { $0.kernelClass == k }
            guard !rs.isEmpty else { return nil }
            return ClassTotal(kernelClass: k, nodes: rs.count, seconds: rs.reduce(0) { $0 + $1.seconds },
                              flops: rs.reduce(0) { $0 + $1.flops }, bytes: rs.reduce(0) { $0 + $1.bytes })
        }.sorted { $0.seconds > $1.seconds }
    }

    /// The table `eptc bench --profile` prints: classes, then the `top` slowest nodes.
    public func table(top: Int = 12) -> String {
        let total = max(totalSeconds, 1e-12)
        func rate(_ amount: Int, _ s: Double, _ unit: Double) -> String {
            amount > 0 && s > 0 ? String(format: "%.1f", Double(amount) / unit / s) : "-"
        }
        var cells = [["class", "kernels", "ms/step", "share", "GFLOP/s", "GB/s"]]
        for c in byClass {
            cells.append([c.kernelClass.rawValue, String(c.nodes), milliseconds(c.seconds),
                          String(format: "%.1f%%", c.seconds / total * 100), rate(c.flops, c.seconds, 1e9),
                          rate(c.bytes, c.seconds, 1e9)])
        }
        cells.append(["total", String(rows.count), milliseconds(total), "100.0%",
                      rate(rows.reduce(0) { $0 + $1.flops }, total, 1e9), "-"])
        let text = "profile of \(entry) (mean of \(calls) calls):\n" + formatColumns(cells)
        var nodes = [["slowest nodes", "op", "shape", "class", "ms/step", "share", "GFLOP/s", "GB/s", "gemm"]]
        for r in rows.sorted(by: { $0.seconds > $1.seconds }).prefix(top) {
            nodes.append([r.node.map { "%\($0) \(r.name)" } ?? r.name, r.op, r.shape, r.kernelClass.rawValue,
                          milliseconds(r.seconds), String(format: "%.1f%%", r.seconds / total * 100),
                          rate(r.flops, r.seconds, 1e9), rate(r.bytes, r.seconds, 1e9), r.gemm ?? ""])
        }
        return text + formatColumns(nodes)
    }
}

/// Milliseconds with three significant digits (0.0123, 1.23, 123).
func milliseconds(_ seconds: Double) -> String {
    let ms = seconds * 1000
    return ms >= 100 ? String(format: "%.0f", ms) : ms >= 10 ? String(format: "%.1f", ms)
        : ms >= 1 ? String(format: "%.2f", ms) : String(format: "%.3g", ms)
}

/// Left-aligned first column, right-aligned others, two spaces apart.
func formatColumns(_ cells: [[String]]) -> String {
    guard let first = cells.first else { return "" }
    let widths = first.indices.map { c in cells.map { c < $0.count ? $0[c].count : 0 }.max() ?? 0 }
    return cells.map { row in
        row.enumerated().map { c, s in
            c == 0 ? s.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: max(widths[c] - s.count, 0)) + s
        }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
}

extension CompiledProgram {
    /// Entry #k's profile counters, when the program was compiled with `CodegenOptions.profile`.
    func profileCounters(entry k: Int) -> UnsafeMutablePointer<UInt64>? {
        guard let address = try? lookupSymbol(profileSymbol(entrySymbol(k))) else { return nil }
        return UnsafeMutablePointer(bitPattern: UInt(address))
    }
}

extension CompiledEngine {
    /// Per-node times of `entryName` since the last reset (nil: not compiled with profiling).
    public func profile(_ entryName: String) -> EntryProfile? {
        guard let k = graph.entryIndex(named: entryName), let counters = program.profileCounters(entry: k) else { return nil }
        return EntryProfile(entry: graph.entries[k], counters: counters, options: program.options)
    }

    /// Zeroes `entryName`'s counters (after warm-up runs).
    public func resetProfile(_ entryName: String) {
        guard let k = graph.entryIndex(named: entryName), let counters = program.profileCounters(entry: k) else { return }
        counters.update(repeating: 0, count: 2 * (graph.entries[k].nodes.count + 1))
    }
}
