import Codegen
import IR
import Passes
import Runtime
import Syntax
import Testing

/// A compiled `train_step` writes its updated weights and optimizer moments into the store's
/// existing storage: the weights' buffers keep their addresses from step to step, and where the
/// memory plan allows (`MemoryPlan.inPlaceUpdates`) the step writes them directly.
@Suite struct InPlaceUpdateTests {
    /// A gather, a trainable matmul and a cross-entropy, through the whole pipeline.
    static func trainStepGraph() throws -> Graph {
        let weights = [Weight(name: "w", type: .f32([6, 3]), role: .trainable, initializer: .normal(mean: 0, std: 0.5)),
                       Weight(name: "table", type: .f32([10, 6]), role: .frozen)]
        var b = EntryBuilder(name: "loss", weights: weights)
        let ids = b.parameter("ids", .i32([4]))
        let labels = b.parameter("labels", .i32([4]))
        let rows = try b.add(.gather, [b.weight(named: "table")!, ids])
        let logits = try b.add(.matmul(transposeA: false, transposeB: false), [rows, b.weight(named: "w")!])
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [logits, labels]))
        var graph = Graph(name: "inplace", weights: weights, entries: [b.entry])
        for pass in standardPipeline() { graph = try pass.run(graph) }
        return graph
    }

    static func store(_ graph: Graph) throws -> WeightStore {
        var rng = SplitMix64(seed: 1)
        return try WeightStore(graph: graph, provided: ["table": initialize(.f32([10, 6]), .normal(mean: 0, std: 1), &rng)])
    }

    static let inputs = ["ids": Tensor(shape: [4], ints: [1, 7, 3, 3]), "labels": Tensor(shape: [4], ints: [0, 2, 1, 1]),
                         "lr_scale": Tensor.scalar(Float(1))]

    @Test func trainStepUpdatesWeightsWithoutReallocating() throws {
        let graph = try Self.trainStepGraph()
        let store = try Self.store(graph)
        let engine = try CompiledEngine(graph: graph, weights: store)
        let inputs = Self.inputs
        func address(_ name: String) -> Int {
            let i = store.index(of: name)!
            guard case .f32(let a) = store[i].storage else { return 0 }
            return a.withUnsafeBytes { Int(bitPattern: $0.baseAddress) }
        }
        _ = try engine.run("train_step", inputs: inputs)
        let before = ["w", "adam_m_w", "adam_v_w"].map(address)
        let w0 = store["w"]!.doubles   // a copy: holding the tensor itself would share its storage
        for _ in 0..<3 { _ = try engine.run("train_step", inputs: inputs) }
        #expect(["w", "adam_m_w", "adam_v_w"].map(address) == before)
        #expect(store["w"]!.doubles != w0, "the steps must change the weight")
    }

    /// AdamW's loop writes w′, m′, v′ over w, m, v (and the step counter over itself): every update
    /// of the step is in place, no output buffer, no copy; the weights agree with the interpreter's
    /// step after step; a copy of a weight taken before a step keeps its values.
    @Test func trainStepWritesItsUpdatesInPlace() throws {
        let graph = try Self.trainStepGraph()
        let step = try #require(graph.entries.firstIndex { $0.name == "train_step" })
        let plan = MemoryPlanner().plan(graph.entries[step], in: graph)
        #expect(plan.inPlaceUpdates == Set(graph.entries[step].updates.indices))
        let compiledStore = try Self.store(graph), interpretedStore = try Self.store(graph)
        let engine = try CompiledEngine(graph: graph, weights: compiledStore)
        let reference = Interpreter(graph: graph, weights: interpretedStore)
        let snapshot = compiledStore["w"]!  // shares the store's storage until the step writes it
        let w0 = snapshot.doubles
        for _ in 0..<3 {
            _ = try engine.run("train_step", inputs: Self.inputs)
            _ = try reference.run("train_step", inputs: Self.inputs)
        }
        #expect(snapshot.doubles == w0, "a step wrote into an earlier copy of the weight")
        for name in ["w", "adam_m_w", "adam_v_w", "adam_step"] {
            let got = compiledStore[name]!.doubles, want = interpretedStore[name]!.doubles
            let error = zip(got, want).map { abs($0 - $1) / max(abs($1), 1e-3) }.max() ?? 0
            #expect(error <= 1e-5, "\(name): \(error)")
        }
    }

    /// A call that fails on a bad label (after the gather, before AdamW) leaves every weight as it
    /// was: no node that can fail runs after an in-place write.
    @Test func aFailedStepLeavesTheWeights() throws {
        let graph = try Self.trainStepGraph()
        let store = try Self.store(graph)
        let engine = try CompiledEngine(graph: graph, weights: store)
        _ = try engine.run("train_step", inputs: Self.inputs)
        let before = ["w", "adam_m_w", "adam_v_w", "adam_step"].map { store[$0]!.doubles }
        var bad = Self.inputs
        bad["labels"] = Tensor(shape: [4], ints: [0, 2, 9, 1])
        #expect(throws: EngineError.self) { try engine.run("train_step", inputs: bad) }
        #expect(["w", "adam_m_w", "adam_v_w", "adam_step"].map { store[$0]!.doubles } == before)
    }

    /// Must not: the old weight is read after the update's value is computed (`y = w + 1` after
    /// `w2 = w · x`), so the update comes back in an output buffer; the entry still computes what
    /// the interpreter does.
    @Test func aLaterReaderKeepsTheUpdateOutOfPlace() throws {
        let text = """
            weight w: f32[5] trainable init normal(mean=0.0, std=1.0)
            entry f(x: f32[5]) -> (y: f32[5]) {
              let w2 = exp(w * x)
              let y = tanh(w + 1.0)
              assign w = w2
              return y
            }
            """
        let graph = try Elaborator(loader: InMemoryLoader(files: ["f.graph": text])).elaborate(file: "f.graph")
        #expect(MemoryPlanner().plan(graph.entries[0], in: graph).inPlaceUpdates.isEmpty)
        let a = try WeightStore(graph: graph, seed: 4), b = try WeightStore(graph: graph, seed: 4)
        let x = ["x": Tensor(shape: [5], floats: [0.5, -1, 2, 0.25, 1])]
        let got = try CompiledEngine(graph: graph, weights: a).run("f", inputs: x)["y"]!.doubles
        let want = try Interpreter(graph: graph, weights: b).run("f", inputs: x)["y"]!.doubles
        #expect(zip(got, want).allSatisfy { abs($0 - $1) <= 1e-6 })
        #expect(zip(a["w"]!.doubles, b["w"]!.doubles).allSatisfy { abs($0 - $1) <= 1e-5 * max(abs($1), 1) })
    }
}
