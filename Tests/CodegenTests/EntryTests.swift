import Testing
import IR
import Passes
import Runtime
@testable import Codegen

/// A small classifier over token ids: embedding (trainable) → layer norm (frozen) → linear →
/// gelu → dropout → linear → cross-entropy, differentiated and given AdamW by the pass pipeline.
func classifierGraph(skipping: PassSkipList = .none) throws -> Graph {
    let weights = [
        Weight(name: "emb", type: .f32([11, 8]), role: .trainable, initializer: .normal(mean: 0, std: 0.5)),
        Weight(name: "ln_w", type: .f32([8]), role: .frozen, initializer: .normal(mean: 1, std: 0.1)),
        Weight(name: "ln_b", type: .f32([8]), role: .frozen, initializer: .normal(mean: 0, std: 0.1)),
        Weight(name: "w1", type: .f32([8, 40]), role: .trainable, initializer: .uniform(low: -0.3, high: 0.3)),
        Weight(name: "b1", type: .f32([40]), role: .trainable, initializer: .zeros),
        Weight(name: "w2", type: .f32([40, 5]), role: .trainable, initializer: .uniform(low: -0.3, high: 0.3)),
    ]
    var b = EntryBuilder(name: "loss", weights: weights)
    let ids = b.parameter("ids", .i32([4, 6]))
    let labels = b.parameter("labels", .i32([24]))
    let seed = b.parameter("seed", .i32([]))
    let e = try b.add(.gather, [b.weight(0), ids])                                  // (4, 6, 8)
    let n = try b.add(.layerNorm(eps: 1e-5), [e, b.weight(1), b.weight(2)])
    let h = try b.add(.binary(.add), [try b.add(.matmul(transposeA: false, transposeB: false), [n, b.weight(3)]), b.weight(4)])
    let g = try b.add(.dropout(rate: 0.1), [try b.add(.unary(.geluTanh), [h]), seed])
    let logits = try b.add(.matmul(transposeA: false, transposeB: false), [g, b.weight(5)])  // (4, 6, 5)
    let flat = try b.add(.reshape([24, 5]), [logits])
    b.result("loss", try b.add(.crossEntropy(ignoreIndex: 0), [flat, labels]))
    var graph = Graph(name: "classifier", weights: weights, entries: [b.entry])
    for pass in standardPipeline(optimizer: AdamWConfig(defaultGroup: .init(learningRate: 0.05, weightDecay: 0.01)),
                                 skipping: skipping) {
        graph = try pass.run(graph)
    }
    return graph
}

/// Compiled once and shared by the tests (compile time matters on 2-core CI).
let classifier: Result<(Graph, CompiledProgram), Error> = Result {
    let graph = try classifierGraph()
    return (graph, try CompiledProgram.compile(graph))
}

@Suite struct EntryTests {
    @Test func trainStepsMatchInterpreter() throws {
        let (graph, program) = try classifier.get()
        let step = try #require(graph.entry(named: "train_step"))
        let compiledStore = try WeightStore(graph: graph, seed: 7)
        let referenceStore = try WeightStore(graph: graph, seed: 7)
        let compiled = CompiledEngine(program: program, weights: compiledStore)
        let reference = Interpreter(graph: graph, weights: referenceStore)
        var losses: [Float] = []
        for s in 0..<6 {
            // One fixed batch (so the loss must fall), a new dropout mask every step.
            var inputs = randomInputs(step, seed: 100, intBound: 5)
            inputs["ids"] = randomInputs(step, seed: 200, intBound: 11)["ids"]
            inputs["seed"] = .scalar(Int32(s))
            inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
            let got = try compiled.run("train_step", inputs: inputs)
            let want = try reference.run("train_step", inputs: inputs)
            for (name, w) in want {
                let error = scaledRelativeError(try #require(got[name]), w)
                #expect(error <= 1e-4, "step \(s) result \(name): \(error)")
            }
            losses.append(try #require(got["loss"]).floats[0])
        }
        // Six AdamW steps compound rounding differences: 1e-4 relative (stated), per weight.
        for (k, w) in graph.weights.enumerated() {
            let error = scaledRelativeError(compiledStore[k], referenceStore[k].converted(to: .f32))
            #expect(error <= 1e-4, "weight \(w.name): \(error)")
        }
        #expect(losses.last! < losses.first!, "loss should fall: \(losses)")
    }

    @Test func badIdsAreRejectedAndWeightsUntouched() throws {
        let (graph, program) = try classifier.get()
        let step = try #require(graph.entry(named: "train_step"))
        let store = try WeightStore(graph: graph, seed: 7)
        let before = store.tensors
        let engine = CompiledEngine(program: program, weights: store)
        var inputs = randomInputs(step, seed: 1, intBound: 5)
        inputs["seed"] = .scalar(Int32(0))
        inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
        inputs["ids"] = Tensor(shape: [4, 6], ints: (0..<24).map { $0 == 13 ? 11 : 1 })
        #expect(throws: EngineError.self) { try engine.run("train_step", inputs: inputs) }
        do { _ = try engine.run("train_step", inputs: inputs) } catch let error as EngineError {
            #expect(error.message.contains("gather"), "\(error.message)")
        }
        inputs["ids"] = Tensor(shape: [4, 6], ints: Array(repeating: 1, count: 24))
        inputs["labels"] = Tensor(shape: [24], ints: (0..<24).map { $0 == 3 ? 5 : 1 })
        #expect(throws: EngineError.self) { try engine.run("train_step", inputs: inputs) }
        #expect(store.tensors == before)
        inputs["labels"] = Tensor(shape: [24], ints: Array(repeating: 2, count: 24))
        inputs["ids"] = Tensor(shape: [4, 5], ints: Array(repeating: 1, count: 20))
        #expect(throws: EngineError.self) { try engine.run("train_step", inputs: inputs) }
    }

    @Test func verifierFailureNamesTheEntry() throws {
        let graph = try classifierGraph()
        var options = CodegenOptions()
        options.injectVerifierFault = "loss"
        #expect {
            _ = try CompiledProgram.compile(graph, options: options)
        } throws: { error in
            guard case CodegenError.internalError(let m) = error else { return false }
            return m.contains("'loss'")
        }
    }
}
