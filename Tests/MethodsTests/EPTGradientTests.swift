import IR
import Passes
import Runtime
import Syntax
import Testing

/// Finite-difference checks of every EPT trainable weight, on a tiny T5 and a tiny BERT, in the
/// Float64 interpreter. Every weight is random (U_i, λ and B non-zero, else half the paths would be
/// switched off and their gradients trivially zero). Central differences with step 1e-6; error =
/// max |fd − analytic| over the tensor / max |analytic|, tolerance 1e-6 (observed worst ~1e-7, from
/// the f64 rounding of the difference quotient at this step). The graph goes through every pass
/// (autodiff, optimizer, fusion), so `loss` and `loss_grad` are checked as compiled: with fused
/// regions, which the interpreter runs body by body.
@Suite struct EPTGradientTests {
    static let step = 1e-6
    static let tolerance = 1e-6

    /// Checks every element of every trainable weight; returns the worst relative error per weight.
    /// `passes` make `loss_grad`: by default the whole standard pipeline (simplify, autodiff, the
    /// optimizer, fusion), so the check covers fused regions too.
    static func check(_ graph: Graph, inputs: [String: Tensor], seed: UInt64,
                      passes: [any Pass] = standardPipeline()) throws -> [String: Double] {
        var differentiated = graph
        for pass in passes { differentiated = try pass.run(differentiated) }
        if passes.contains(where: { fusionPassNames.contains($0.name) }) {
            #expect(differentiated.entry(named: "loss_grad")?.nodes.contains { if case .fused = $0.op { true } else { false } } == true,
                    "no fused region in loss_grad: the check would not cover fusion")
        }
        // EPT's own modules: with the named fusions on, the check goes through their backward
        // regions (RegionVJP), not through inlined ops.
        if graph.weightIndex(named: "fusion_scale") != nil, passes.contains(where: { $0.name == "fuse-prompt-attention" }) {
            let names = Set(differentiated.entry(named: "loss_grad")?.nodes.compactMap { node -> String? in
                if case .fused(let r) = node.op { r.name } else { nil }
            } ?? [])
            #expect(names.isSuperset(of: EPTPattern.all.map(EPTPattern.gradient(of:))), "backward regions: \(names)")
        }
        let store = try WeightStore(graph: differentiated, provided: randomWeights(differentiated, seed: seed))
        let interpreter = Interpreter(graph: differentiated, weights: store, precision: .float64)
        let lossInputs = inputs
        let analytic = try interpreter.run("loss_grad", inputs: lossInputs)
        var worst: [String: Double] = [:]
        for (index, weight) in differentiated.weights.enumerated() where weight.role == .trainable {
            let grad = try #require(analytic[Autodiff.gradientResultName(weight)]).doubles
            let base = store[index].doubles
            var numeric = [Double](repeating: 0, count: base.count)
            for i in base.indices {
                func lossAt(_ v: Double) throws -> Double {
                    var perturbed = base
                    perturbed[i] = v
                    store[index] = Tensor(shape: weight.type.shape, doubles: perturbed)
                    return try #require(try interpreter.run("loss", inputs: lossInputs)["loss"]).doubles[0]
                }
                numeric[i] = (try lossAt(base[i] + step) - lossAt(base[i] - step)) / (2 * step)
            }
            store[index] = Tensor(shape: weight.type.shape, doubles: base)
            let scale = grad.map(Swift.abs).max() ?? 0
            #expect(scale > 1e-8, "gradient of \(weight.name) is zero: the check would be vacuous")
            worst[weight.name] = zip(numeric, grad).map { Swift.abs($0 - $1) }.max()! / max(scale, 1e-12)
        }
        return worst
    }

    static let eptWeights: Set<String> = ["prompt", "lowrank_a", "lowrank_b", "space_gate", "space_0_down", "space_0_up",
                                          "space_1_down", "space_1_up", "fusion_scale"]

    @Test func tinyT5() throws {
        var bindings = tinyEPTBindings
        bindings["B"] = .int(2)
        bindings["L"] = .int(3)
        bindings["T"] = .int(2)
        let graph = try elaborateMethod("ept", bindings, config: tinyT5Config)
        let errors = try Self.check(graph, inputs: t5Batch(B: 2, L: 3, T: 2, vocab: 20, seed: 11), seed: 1)
        #expect(Set(errors.keys) == Self.eptWeights)
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= Self.tolerance, "T5: gradient of \(name) off by \(error) (relative)")
        }
    }

    @Test func tinyBERT() throws {
        var bindings = tinyEPTBindings
        bindings["B"] = .int(2)
        bindings["L"] = .int(4)
        let graph = try elaborateMethod("ept-bert", bindings, config: tinyBERTConfig)
        let errors = try Self.check(graph, inputs: bertBatch(B: 2, L: 4, vocab: 20, seed: 12), seed: 2)
        // The graph's default head: a linear map of its own on each hidden state's standardized pooled
        // vector (the embedding output and the tiny model's one layer), logits summed.
        #expect(Set(errors.keys) == Self.eptWeights.union(["classifier_bias", "classifier_layer_0_weight",
                                                           "classifier_layer_1_weight"]))
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= Self.tolerance, "BERT: gradient of \(name) off by \(error) (relative)")
        }
    }

    /// The encoder head's ablations (`head_per_layer=false`): one map of the last layer's pooled
    /// vector, raw or standardized, and `mix_layers`, a learned mix over every layer's pooled vector
    /// (its weights get gradients through the softmax).
    @Test(arguments: [
        (["normalize_pooled": false], ["classifier_weight", "classifier_bias"]),
        (["normalize_pooled": true], ["classifier_weight", "classifier_bias"]),
        (["mix_layers": true], ["classifier_weight", "classifier_bias", "classifier_layer_mix"]),
    ])
    func tinyBERTHeadSwitch(_ switches: [String: Bool], headWeights: [String]) throws {
        var bindings = tinyEPTBindings
        bindings["B"] = .int(2)
        bindings["L"] = .int(4)
        bindings["head_per_layer"] = .bool(false)
        for (name, on) in switches { bindings[name] = .bool(on) }
        let setting = switches.map { "\($0.key)=\($0.value)" }.joined()
        let graph = try elaborateMethod("ept-bert", bindings, config: tinyBERTConfig)
        let errors = try Self.check(graph, inputs: bertBatch(B: 2, L: 4, vocab: 20, seed: 13), seed: 3)
        #expect(Set(errors.keys) == Self.eptWeights.union(headWeights))
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= Self.tolerance, "BERT head with \(setting): gradient of \(name) off by \(error) (relative)")
        }
    }

    /// The baselines' own weights too: LoRA's A and B (non-zero B, else A's gradient is zero) and
    /// DePT's decomposition, on the tiny models.
    @Test(arguments: ["lora", "lora-bert", "dept", "pt-bert"])
    func baselines(_ method: String) throws {
        let bert = method.hasSuffix("bert")
        var bindings: [String: SymbolValue] = ["B": .int(2), "L": .int(3)]
        if !bert { bindings["T"] = .int(2) }
        if method.hasPrefix("lora") { bindings.merge(["lora_rank": .int(2), "lora_alpha": .float(3.0)]) { $1 } }
        if method == "dept" { bindings.merge(["prompt_len": .int(2), "max_len": .int(4), "rank": .int(2)]) { $1 } }
        if method == "pt-bert" { bindings["prompt_len"] = .int(2) }
        let graph = try elaborateMethod(method, bindings, config: bert ? tinyBERTConfig : tinyT5Config)
        let inputs = bert ? bertBatch(B: 2, L: 3, vocab: 20, seed: 13) : t5Batch(B: 2, L: 3, T: 2, vocab: 20, seed: 13)
        let errors = try Self.check(graph, inputs: inputs, seed: 3)
        #expect(errors.count == graph.weights.filter { $0.role == .trainable }.count)
        for (name, error) in errors.sorted(by: { $0.key < $1.key }) {
            #expect(error <= Self.tolerance, "\(method): gradient of \(name) off by \(error) (relative)")
        }
    }
}
