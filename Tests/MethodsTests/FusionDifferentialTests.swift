import Codegen
import IR
import Passes
import Runtime
import Syntax
import Testing

/// Fused vs unfused vs interpreter on the EPT, DePT and PT graphs over the tiny T5 and BERT, with
/// training dropout on (so dropout regions run too): `loss`, `loss_grad` and three `train_step`s.
///
/// Tolerances (scaled relative error, `scaledError`):
/// - fused vs unfused compiled code: 1e-6. A region evaluates the same f32 operations in the
///   same order as the separate kernels did (no fast-math, no contraction), and the row kernels
///   run the same row algorithms, so the two agree to rounding noise in practice (bit for bit
///   where the schedule is the same).
/// - compiled (fused) vs the interpreter on the unfused graph: 1e-4, as the other whole-graph
///   tests state (inline exp/log/tanh a few ulp from libm, differently ordered sums), for
///   losses, gradients and each step's loss and gradient norm (the loss of step k + 1 is
///   computed from the weights step k wrote, so the trajectories agree).
/// - the weights after three steps, elementwise against the interpreter: no worse than the
///   unfused compiled code's. AdamW's first updates are nearly ±lr·sign(g) for every element,
///   so an element whose gradient is ~0 moves by a rounding-decided amount; elementwise weight
///   errors of 1e-3 … 0.2 against the oracle are there without fusion too (tiny EPT, lr 0.3).
@Suite(.serialized) struct FusionDifferentialTests {
    typealias Case = MethodCase

    static let cases: [Case] = [
        Case(method: "ept", bindings: tinyEPTBindings),
        Case(method: "dept", bindings: tinyPromptBindings),
        Case(method: "pt", bindings: ["prompt_len": .int(3)]),
        Case(method: "ept-bert", bindings: tinyEPTBindings),
        Case(method: "dept-bert", bindings: tinyPromptBindings),
        Case(method: "pt-bert", bindings: ["prompt_len": .int(3)]),
    ]

    static let optimizer = AdamWConfig(groups: ["prompt": .init(learningRate: 0.3), "lowrank": .init(learningRate: 0.1),
                                                "head": .init(learningRate: 0.1)],
                                       maxGradNorm: 1.0)

    /// The method's graph through the pipeline, with the generic fusion passes on or off. The
    /// named fusions (the EPT patterns, the backbone's attention) sum in their own order, so they
    /// have their own tests and tolerances (EPTFusionTests, AttentionFusionTests); here they are
    /// off on both sides.
    static func graphs(_ c: Case) throws -> (fused: Graph, plain: Graph) {
        try graphs(c, fusedSkipping: try PassSkipList(namedFusionPipeline().map(\.name) + [AttentionFusionPass().name]))
    }

    /// The graph through the pipeline skipping `fusedSkipping` (fused) and every fusion (plain),
    /// cut to the training entries.
    static func graphs(_ c: Case, fusedSkipping: PassSkipList) throws -> (fused: Graph, plain: Graph) {
        let elaborated = try c.elaborate(dropout: 0.1)
        var fused = elaborated, plain = elaborated
        for pass in standardPipeline(optimizer: optimizer, skipping: fusedSkipping) { fused = try pass.run(fused) }
        for pass in standardPipeline(optimizer: optimizer, skipping: .fusionOff) { plain = try pass.run(plain) }
        let keep = ["loss", "loss_grad", "train_step"]
        fused.entries.removeAll { !keep.contains($0.name) }
        plain.entries.removeAll { !keep.contains($0.name) }
        try Verifier().verify(fused)
        return (fused, plain)
    }

    /// Largest |a − b| / max(|b|, 1% of max |b|, 1e-6) over every element.
    static func scaledError(_ a: Tensor, _ b: Tensor) -> Double {
        guard a.shape == b.shape else { return .infinity }
        let (x, y) = (a.doubles, b.doubles)
        let scale = (y.map { Swift.abs($0) }.max() ?? 0) * 0.01
        var worst = 0.0
        for (u, v) in zip(x, y) {
            if u.isNaN != v.isNaN { return .infinity }
            if !u.isNaN { worst = max(worst, Swift.abs(u - v) / max(Swift.abs(v), scale, 1e-6)) }
        }
        return worst
    }

    static func worst(_ got: [String: Tensor], _ want: [String: Tensor]) -> Double {
        want.reduce(0.0) { acc, kv in max(acc, got[kv.key].map { scaledError($0, kv.value.converted(to: $0.type.dtype)) } ?? .infinity) }
    }

    @Test(arguments: cases)
    func fusedMatchesUnfusedAndInterpreter(_ c: Case) throws {
        let (fused, plain) = try Self.graphs(c)
        // Fusion did something in every entry, and only where it may.
        for entry in fused.entries {
            let regions = entry.nodes.filter { if case .fused = $0.op { true } else { false } }.count
            #expect(regions > 0, "\(c.method).\(entry.name): no region")
            #expect(entry.nodes.count < plain.entry(named: entry.name)!.nodes.count)
        }
        let batch = c.batch(seed: 21)
        let fusedEngine = try CompiledEngine(graph: fused, weights: try initialStore(fused, seed: 3))
        let plainEngine = try CompiledEngine(graph: plain, weights: try initialStore(plain, seed: 3))
        let oracle = Interpreter(graph: plain, weights: try initialStore(plain, seed: 3))
        for name in ["loss", "loss_grad"] {
            let f = try fusedEngine.run(name, inputs: batch)
            let p = try plainEngine.run(name, inputs: batch)
            let o = try oracle.run(name, inputs: batch)
            #expect(Self.worst(f, p) <= 1e-6, "\(c.method).\(name) fused vs unfused: \(Self.worst(f, p))")
            #expect(Self.worst(f, o) <= 1e-4, "\(c.method).\(name) fused vs interpreter: \(Self.worst(f, o))")
        }
        for step in 0..<3 {
            var inputs = c.batch(seed: 30 + UInt64(step))
            inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
            let f = try fusedEngine.run("train_step", inputs: inputs)
            let p = try plainEngine.run("train_step", inputs: inputs)
            let o = try oracle.run("train_step", inputs: inputs)
            #expect(Self.worst(f, p) <= 1e-6, "\(c.method) step \(step) fused vs unfused: \(Self.worst(f, p))")
            #expect(Self.worst(f, o) <= 1e-4, "\(c.method) step \(step) fused vs interpreter: \(Self.worst(f, o))")
        }
        for (k, w) in fused.weights.enumerated() where w.role != .frozen {
            let f = fusedEngine.weights[k]
            let p = try #require(plainEngine.weights[w.name]), o = try #require(oracle.weights[w.name])
            #expect(Self.scaledError(f, p) <= 1e-6, "\(c.method) weight \(w.name) fused vs unfused: \(Self.scaledError(f, p))")
            // Against the oracle, fusion adds no error to what the unfused code already has.
            let (fo, po) = (Self.scaledError(f, o.converted(to: .f32)), Self.scaledError(p, o.converted(to: .f32)))
            #expect(fo <= po + 1e-6, "\(c.method) weight \(w.name): fused \(fo) vs unfused \(po) from the interpreter")
        }
    }
}
