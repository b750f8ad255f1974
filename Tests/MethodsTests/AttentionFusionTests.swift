import CodegenTestSupport
import Codegen
import IR
import Passes
import Runtime
import Testing

/// The attention passes (both opt-in) on the shipped method graphs (tiny T5 and BERT, training
/// dropout 0.1): with `fuse-attention-backward` the backbone's attention becomes one region per
/// attention (T5: encoder self, decoder self and cross; BERT: one per layer) with its backward
/// region in the gradient entries; with `fuse-attention` alone only the attentions whose
/// probabilities nothing else reads (all of `loss`) have the regions. The compiled step with the attention
/// kernels alone (every other fusion off on both sides) agrees with the unfused one and the
/// interpreter.
///
/// Tolerances (scaled relative, `FusionDifferentialTests.scaledError`), as EPTFusionTests: the
/// kernel sums its dot products in its own order, so it differs from the unfused code by rounding
/// (1e-4 for losses, gradients and steps; the compiled unfused code is itself ~1e-5 from the
/// Float64 oracle in the attention gradients, AttentionKernelTests), 1e-4 against the interpreter,
/// and the weights after three steps no more than 1e-4 further from the interpreter than the
/// unfused ones. Full fine-tuning trains T5's relative position bias: its attention regions are
/// inlined before autodiff (the kernel computes no bias gradient), the forward ones stay.
@Suite(.serialized) struct AttentionFusionTests {
    static let cases: [MethodCase] = [
        MethodCase(method: "ept", bindings: tinyEPTBindings),
        MethodCase(method: "pt", bindings: ["prompt_len": .int(3)]),
        MethodCase(method: "finetune"),
        MethodCase(method: "ept-bert", bindings: tinyEPTBindings),
        MethodCase(method: "lora-bert"),
    ]

    static let backward = "fuse-attention-backward"

    /// Every fusion pass off but the attention's, enabled: both placements (`wholeBackward`), or
    /// `fuse-attention` alone.
    static func graphs(_ c: MethodCase, wholeBackward: Bool = true) throws -> (fused: Graph, plain: Graph) {
        let others = fusionPassNames.filter { $0 != AttentionFusionPass().name && $0 != backward }
        return try FusionDifferentialTests.graphs(
            c, fusedSkipping: try PassSkipList(others, enabling: [AttentionFusionPass().name] + (wholeBackward ? [backward] : [])))
    }

    static func regions(_ entry: Entry, _ name: String) -> [FusedRegion] {
        entry.nodes.compactMap { node in
            guard case .fused(let r) = node.op, r.name == name else { return nil }
            return r
        }
    }

    /// Regions (forward, backward) per entry. T5 has three attentions (encoder self, decoder self
    /// and cross), the tiny BERT one. Where no input of an attention needs a gradient (T5's decoder
    /// self-attention under PT and EPT: its inputs are the frozen target embeddings) autodiff makes
    /// no backward for it, so nothing else reads its probabilities and the forward kernel stays in
    /// the training entries too; under full fine-tuning T5's position-bias tables train, so only
    /// the cross-attention keeps its regions there (the others are inlined before autodiff).
    static func expected(_ c: MethodCase, _ entry: String, wholeBackward: Bool) -> (forward: Int, backward: Int) {
        if entry == "loss" { return (c.isBERT ? 1 : 3, 0) }
        switch (c.isBERT, c.method, wholeBackward) {
        case (true, _, true): return (1, 1)
        case (true, _, false): return (0, 0)
        case (false, "finetune", true): return (1, 1)
        case (false, "finetune", false): return (0, 0)
        case (false, _, true): return (3, 2)
        case (false, _, false): return (1, 0)
        }
    }

    @Test(arguments: cases, [true, false])
    func regionsWhereTheyBelong(_ c: MethodCase, _ wholeBackward: Bool) throws {
        let (fused, _) = try Self.graphs(c, wholeBackward: wholeBackward)
        for entry in fused.entries {
            let forward = Self.regions(entry, AttentionPattern.name)
            let backward = Self.regions(entry, AttentionPattern.name + "_grad")
            let want = Self.expected(c, entry.name, wholeBackward: wholeBackward)
            #expect(forward.count == want.forward && backward.count == want.backward,
                    "\(c.method).\(entry.name): \(forward.count) forward, \(backward.count) backward regions")
            for r in forward + backward {
                guard case .named = r.kernel else {
                    Issue.record("\(c.method).\(entry.name): \(r.name) runs node by node")
                    continue
                }
            }
        }
    }

    // One test per vector width (the attention kernel's row tile is 6 rows at 256 bits, 12 at
    // 512), so the host the suite runs on does not decide which code is checked.
    @Test(.executes(.avx2), arguments: cases)
    func fusedMatchesUnfusedAndInterpreterAVX2(_ c: MethodCase) throws {
        try check(c, .avx2, wholeBackward: true)
        try check(c, .avx2, wholeBackward: false)
    }

    @Test(.executes(.avx512), arguments: cases)
    func fusedMatchesUnfusedAndInterpreterAVX512(_ c: MethodCase) throws {
        try check(c, .avx512, wholeBackward: true)
        try check(c, .avx512, wholeBackward: false)
    }

    func check(_ c: MethodCase, _ target: CodegenTarget, wholeBackward: Bool) throws {
        let (fused, plain) = try Self.graphs(c, wholeBackward: wholeBackward)
        let scaled = FusionDifferentialTests.scaledError, worst = FusionDifferentialTests.worst
        let options = target.options()
        let fusedEngine = try CompiledEngine(graph: fused, weights: try initialStore(fused, seed: 3), options: options)
        let plainEngine = try CompiledEngine(graph: plain, weights: try initialStore(plain, seed: 3), options: options)
        let oracle = Interpreter(graph: plain, weights: try initialStore(plain, seed: 3))
        for name in ["loss", "loss_grad"] {
            let batch = c.batch(seed: 21)
            let f = try fusedEngine.run(name, inputs: batch)
            let p = try plainEngine.run(name, inputs: batch)
            let o = try oracle.run(name, inputs: batch)
            #expect(worst(f, p) <= 1e-4, "\(c.method).\(name) fused vs unfused: \(worst(f, p))")
            #expect(worst(f, o) <= 1e-4, "\(c.method).\(name) fused vs interpreter: \(worst(f, o))")
        }
        for step in 0..<3 {
            var inputs = c.batch(seed: 30 + UInt64(step))
            inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
            let f = try fusedEngine.run("train_step", inputs: inputs)
            let p = try plainEngine.run("train_step", inputs: inputs)
            let o = try oracle.run("train_step", inputs: inputs)
            #expect(worst(f, p) <= 1e-4, "\(c.method) step \(step) fused vs unfused: \(worst(f, p))")
            #expect(worst(f, o) <= 1e-4, "\(c.method) step \(step) fused vs interpreter: \(worst(f, o))")
        }
        for (k, w) in fused.weights.enumerated() where w.role != .frozen {
            let f = fusedEngine.weights[k]
            let p = try #require(plainEngine.weights[w.name]), o = try #require(oracle.weights[w.name])
            let (fo, po) = (scaled(f, o.converted(to: .f32)), scaled(p, o.converted(to: .f32)))
            #expect(fo <= po + 1e-4, "\(c.method) weight \(w.name): fused \(fo) vs unfused \(po) from the interpreter")
        }
    }
}
