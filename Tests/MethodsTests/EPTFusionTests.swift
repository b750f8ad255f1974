import Codegen
import IR
import Passes
import Runtime
import Syntax
import Testing

/// The three named EPT fusions on the shipped graphs (graphs/ept.graph over T5, graphs/ept-bert
/// .graph over BERT) and their switches: every pass on vs every fusion pass off vs the
/// interpreter, `loss`, `loss_grad` and three `train_step`s with training dropout on; and the dump
/// of ept.graph shows each fusion as one region.
///
/// Tolerances (scaled relative error, `FusionDifferentialTests.scaledError`):
/// - all passes vs no fusion, compiled: 1e-5 for losses, gradients and each step's loss and
///   gradient norm. The named kernels compute the same math in another order (dot products and
///   batch sums accumulated row by row, the backward regions' adjoint sums in VJP order inside,
///   the dP sums across the regions outside), so they differ from the unfused code by rounding,
///   not bit for bit as the generic fusions do (observed ≤ 1e-6).
/// - compiled (all passes) vs the interpreter on the unfused graph: 1e-4, as every whole-graph
///   test.
/// - the weights after three steps: 1e-4 against the unfused compiled weights (observed ≤ 2e-5:
///   AdamW's first updates are nearly ±lr·sign(g), so an element whose gradient is ~0 moves by a
///   rounding-decided amount — the same reason the unfused weights are 1e-3…0.2 from the
///   interpreter's), and against the interpreter no more than 1e-4 further than the unfused ones.
@Suite(.serialized) struct EPTFusionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var method: String
        var bindings: [String: SymbolValue]
        /// The named patterns the graph has (forward regions per entry).
        var patterns: Set<String>
        var testDescription: String { name }
        var isBERT: Bool { method.hasSuffix("bert") }
    }

    static let all = Set(EPTPattern.all)

    static let cases: [Case] = [
        Case(name: "ept", method: "ept", bindings: tinyEPTBindings, patterns: all),
        Case(name: "ept use_fusion=false", method: "ept", bindings: tinyEPTBindings.merging(["use_fusion": .bool(false)]) { $1 },
             patterns: [EPTPattern.lowRankEmbedding, EPTPattern.gatedProjection]),
        Case(name: "ept use_multispace=false", method: "ept",
             bindings: tinyEPTBindings.merging(["use_multispace": .bool(false)]) { $1 },
             patterns: [EPTPattern.lowRankEmbedding, EPTPattern.promptAttention]),
        Case(name: "ept-bert", method: "ept-bert", bindings: tinyEPTBindings, patterns: all),
        // The prompt joining after the embedding layer, under the single-map head (the graph's
        // default head, per layer, is the case above): with both switches the tiny space weights'
        // Adam moments drift past 1e-4 from the unfused program's by rounding alone.
        Case(name: "ept-bert prompt_after_embeddings", method: "ept-bert",
             bindings: tinyEPTBindings.merging(["prompt_after_embeddings": .bool(true), "head_per_layer": .bool(false),
                                                "normalize_pooled": .bool(false)]) { $1 }, patterns: all),
        Case(name: "dept", method: "dept", bindings: tinyPromptBindings,
             patterns: [EPTPattern.lowRankEmbedding]),
    ]

    static func graphs(_ c: Case) throws -> (fused: Graph, plain: Graph) {
        // The backbone's attention region has its own test (AttentionFusionTests).
        try FusionDifferentialTests.graphs(MethodCase(method: c.method, bindings: c.bindings),
                                           fusedSkipping: try PassSkipList([AttentionFusionPass().name]))  // fuse-attention-backward is opt-in
    }

    /// The named regions of an entry, by pattern name, with their kernels.
    static func namedRegions(_ entry: Entry) -> [(name: String, kernel: FusedKernel)] {
        entry.nodes.compactMap { node in
            guard case .fused(let r) = node.op, EPTPattern.all.contains(where: { r.name.hasPrefix($0) }) else { return nil }
            return (r.name, r.kernel)
        }
    }

    @Test(arguments: cases)
    func regionsWhereThePatternIs(_ c: Case) throws {
        let (fused, _) = try Self.graphs(c)
        for entry in fused.entries {
            let regions = Self.namedRegions(entry)
            let forward = regions.map(\.name).filter { !$0.hasSuffix("_grad") }
            #expect(forward.sorted() == c.patterns.sorted(), "\(c.name).\(entry.name): \(forward)")
            let backward = regions.map(\.name).filter { $0.hasSuffix("_grad") }
            let wantBackward = entry.name == "loss" ? [] : c.patterns.map { EPTPattern.gradient(of: $0) }.sorted()
            #expect(backward.sorted() == wantBackward, "\(c.name).\(entry.name): \(backward)")
            for (name, kernel) in regions {
                guard case .named = kernel else {
                    Issue.record("\(c.name).\(entry.name): \(name) runs node by node")
                    continue
                }
            }
        }
    }

    @Test(arguments: cases)
    func fusedMatchesUnfusedAndInterpreter(_ c: Case) throws {
        let (fused, plain) = try Self.graphs(c)
        let scaled = FusionDifferentialTests.scaledError, worst = FusionDifferentialTests.worst
        let batch = { (seed: UInt64) in
            MethodCase(method: c.method).batch(seed: seed)
        }
        let fusedEngine = try CompiledEngine(graph: fused, weights: try initialStore(fused, seed: 3))
        let plainEngine = try CompiledEngine(graph: plain, weights: try initialStore(plain, seed: 3))
        let oracle = Interpreter(graph: plain, weights: try initialStore(plain, seed: 3))
        for name in ["loss", "loss_grad"] {
            let f = try fusedEngine.run(name, inputs: batch(21))
            let p = try plainEngine.run(name, inputs: batch(21))
            let o = try oracle.run(name, inputs: batch(21))
            #expect(worst(f, p) <= 1e-5, "\(c.name).\(name) fused vs unfused: \(worst(f, p))")
            #expect(worst(f, o) <= 1e-4, "\(c.name).\(name) fused vs interpreter: \(worst(f, o))")
        }
        for step in 0..<3 {
            var inputs = batch(30 + UInt64(step))
            inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
            let f = try fusedEngine.run("train_step", inputs: inputs)
            let p = try plainEngine.run("train_step", inputs: inputs)
            let o = try oracle.run("train_step", inputs: inputs)
            #expect(worst(f, p) <= 1e-5, "\(c.name) step \(step) fused vs unfused: \(worst(f, p))")
            #expect(worst(f, o) <= 1e-4, "\(c.name) step \(step) fused vs interpreter: \(worst(f, o))")
        }
        for (k, w) in fused.weights.enumerated() where w.role != .frozen {
            let f = fusedEngine.weights[k]
            let p = try #require(plainEngine.weights[w.name]), o = try #require(oracle.weights[w.name])
            #expect(scaled(f, p) <= 1e-4, "\(c.name) weight \(w.name) fused vs unfused: \(scaled(f, p))")
            let (fo, po) = (scaled(f, o.converted(to: .f32)), scaled(p, o.converted(to: .f32)))
            #expect(fo <= po + 1e-4, "\(c.name) weight \(w.name): fused \(fo) vs unfused \(po) from the interpreter")
        }
    }

    /// `eptc compile graphs/ept.graph --dump-after fuse-elementwise` (the final stage): each named
    /// fusion is one region in every entry that has the pattern, its backward one region in the
    /// gradient entries, and the dump parses back into regions with the same kernels.
    @Test(arguments: [("ept", tinyT5Config), ("ept-bert", miniLMConfig)])
    func dumpShowsEachFusionAsOneRegion(_ method: String, _ config: [String: SymbolValue]) throws {
        var bindings: [String: SymbolValue] = ["B": .int(2), "L": .int(8)]
        if method == "ept" { bindings["T"] = .int(3) }
        var graph = try elaborateMethod(method, bindings, config: config)
        for pass in standardPipeline() { graph = try pass.run(graph) }
        let dump = Printer().print(graph)
        let reparsed = try Elaborator(loader: InMemoryLoader(files: ["dump.graph": dump])).elaborate(file: "dump.graph")
        #expect(Printer().print(reparsed) == dump)
        for entry in reparsed.entries where ["loss", "loss_grad", "train_step"].contains(entry.name) {
            let text = Printer().print(entry, in: reparsed)
            for pattern in EPTPattern.all {
                #expect(text.components(separatedBy: "= fused \(pattern)(").count - 1 == 1, "\(method).\(entry.name): \(pattern)")
                let grads = text.components(separatedBy: "= fused \(pattern)_grad(").count - 1
                #expect(grads == (entry.name == "loss" ? 0 : 1), "\(method).\(entry.name): \(pattern)_grad")
            }
            for (name, kernel) in Self.namedRegions(entry) {
                if case .named = kernel { continue }
                Issue.record("\(method).\(entry.name): \(name) parsed back without its kernel")
            }
        }
    }
}
