import Codegen
import IR
import Passes
import Runtime
import Syntax
import Testing

/// The simplify stages change the graph, never what it computes: EPT, DePT and PT on the tiny
/// T5 and BERT (training dropout on, so dropout sites and their seeds are in the graph) through
/// the pipeline with and without them (`PassSkipList.all`), compared on `loss`, every result of
/// `loss_grad`, and three `train_step`s (their loss and grad_norm, then every weight and optimizer
/// state).
///
/// Tolerances, each relative to the largest magnitude of the tensor compared:
/// - Float64 interpreter, simplified vs not: 1e-9. The rewrites are exact except a constant folded
///   in Double once instead of step by step, and a transpose read through matmul flags, which
///   moves no rounding in f64 beyond ~1e-16; three AdamW steps keep that far below 1e-9.
/// - Compiled (f32) simplified vs the f32 interpreter of the unsimplified graph: 1e-4, the bound
///   the other compiled-vs-interpreter tests use for differently ordered f32 sums.
@Suite(.serialized) struct SimplifyDifferentialTests {
    typealias Case = MethodCase

    static let cases: [Case] = [
        Case(method: "ept", bindings: tinyEPTBindings), Case(method: "dept", bindings: tinyPromptBindings),
        Case(method: "pt", bindings: ["prompt_len": .int(3)]),
        Case(method: "ept-bert", bindings: tinyEPTBindings), Case(method: "dept-bert", bindings: tinyPromptBindings),
        Case(method: "pt-bert", bindings: ["prompt_len": .int(3)]),
    ]
    static let optimizer = AdamWConfig(groups: ["prompt": .init(learningRate: 0.3), "lowrank": .init(learningRate: 0.1),
                                                "head": .init(learningRate: 0.1)], maxGradNorm: 1.0)

    /// The elaborated graph through the standard pipeline, skipping `skipping`; `loss`,
    /// `loss_grad` and `train_step` only.
    static func graph(_ c: Case, skipping: PassSkipList) throws -> Graph {
        var graph = try c.elaborate(dropout: 0.1)
        for pass in standardPipeline(optimizer: optimizer, skipping: skipping) { graph = try pass.run(graph) }
        try Verifier().verify(graph)
        graph.entries.removeAll { !["loss", "loss_grad", "train_step"].contains($0.name) }
        return graph
    }

    static func batch(_ c: Case) -> [String: Tensor] {
        c.batch(seed: 31)
    }

    /// Max |a − b| over max |b| (1e-30 floor), over every named tensor of `b`.
    static func worstError(_ a: [String: Tensor], _ b: [String: Tensor]) -> (String, Double) {
        var worst = ("", 0.0)
        for (name, expected) in b {
            let e = expected.doubles, g = a[name]?.doubles ?? []
            guard e.count == g.count else { return (name, .infinity) }
            let scale = max(e.map(Swift.abs).max() ?? 0, 1e-30)
            let err = zip(g, e).map { Swift.abs($0 - $1) }.max().map { $0 / scale } ?? 0
            if err > worst.1 || err.isNaN { worst = (name, err) }
        }
        return worst
    }

    /// Runs loss, loss_grad and three train_steps; returns every output and the final weights.
    static func trace(_ engine: any Engine, _ store: WeightStore, _ graph: Graph, _ batch: [String: Tensor]) throws
        -> [String: Tensor] {
        var out: [String: Tensor] = [:]
        for (name, t) in try engine.run("loss", inputs: batch) { out["loss." + name] = t }
        for (name, t) in try engine.run("loss_grad", inputs: batch) { out["loss_grad." + name] = t }
        var step = batch
        step[OptimizerPass.learningRateScale] = .scalar(Float(1))
        for k in 0..<3 {
            for (name, t) in try engine.run("train_step", inputs: step) { out["train_step\(k)." + name] = t }
        }
        for (i, w) in graph.weights.enumerated() { out["weight." + w.name] = store[i] }
        return out
    }

    @Test(arguments: cases)
    func interpreterAgreesInFloat64(_ c: Case) throws {
        let plain = try Self.graph(c, skipping: .all), simple = try Self.graph(c, skipping: .none)
        #expect(plain.weights == simple.weights)
        let count = { (g: Graph) in g.entry(named: "train_step")!.nodes.count }
        #expect(count(simple) < count(plain), "\(c.method): simplify removed nothing from train_step")
        let values = randomWeights(plain, seed: 7)
        let ps = try WeightStore(graph: plain, provided: values), ss = try WeightStore(graph: simple, provided: values)
        let expected = try Self.trace(Interpreter(graph: plain, weights: ps, precision: .float64), ps, plain, Self.batch(c))
        let got = try Self.trace(Interpreter(graph: simple, weights: ss, precision: .float64), ss, simple, Self.batch(c))
        let (name, error) = Self.worstError(got, expected)
        #expect(error <= 1e-9, "\(c.method): \(name) differs by \(error) (relative)")
    }

    @Test(arguments: cases)
    func compiledAgreesWithTheUnsimplifiedInterpreter(_ c: Case) throws {
        let plain = try Self.graph(c, skipping: .all), simple = try Self.graph(c, skipping: .none)
        let values = randomWeights(plain, seed: 8, dtype: .f32)
        let ps = try WeightStore(graph: plain, provided: values), ss = try WeightStore(graph: simple, provided: values)
        let expected = try Self.trace(Interpreter(graph: plain, weights: ps), ps, plain, Self.batch(c))
        let got = try Self.trace(CompiledEngine(graph: simple, weights: ss), ss, simple, Self.batch(c))
        let (name, error) = Self.worstError(got, expected)
        #expect(error <= 1e-4, "\(c.method): \(name) differs by \(error) (relative)")
    }

    /// Finite differences still match `loss_grad` when it is built from the simplified forward
    /// and simplified again (as `standardPipeline` does); tolerance as EPTGradientTests.
    @Test(arguments: ["ept", "ept-bert", "dept", "pt-bert"])
    func gradientsMatchFiniteDifferences(_ method: String) throws {
        let bert = method.hasSuffix("bert")
        var bindings: [String: SymbolValue] = method.hasPrefix("ept") ? tinyEPTBindings
            : method == "dept" ? tinyPromptBindings : ["prompt_len": .int(2)]
        bindings.merge(["B": .int(2), "L": .int(3)]) { $1 }
        if !bert { bindings["T"] = .int(2) }
        let graph = try elaborateMethod(method, bindings, config: bert ? tinyBERTConfig : tinyT5Config)
        let inputs = bert ? bertBatch(B: 2, L: 3, vocab: 20, seed: 12) : t5Batch(B: 2, L: 3, T: 2, vocab: 20, seed: 11)
        let passes: [any Pass] = [SimplifyPass(), AutodiffPass(), SimplifyPass(name: "resimplify")]
        let errors = try EPTGradientTests.check(graph, inputs: inputs, seed: 4, passes: passes)
        #expect(errors.keys.count == graph.weights.filter { $0.role == .trainable }.count)
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= EPTGradientTests.tolerance, "\(method): gradient of \(name) off by \(error) (relative)")
        }
    }
}
