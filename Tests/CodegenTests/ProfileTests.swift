import Codegen
import IR
import Passes
import Runtime
import Testing

/// `CodegenOptions.profile` only adds timing around nodes: results and weight updates are bit for
/// bit those of the uninstrumented program, and the profile accounts for every node that runs.
@Suite struct ProfileTests {
    /// loss = cross_entropy(relu(gather(table, ids) · w1) · w2, labels): a BLAS-sized matmul
    /// (64×64×64), a small loop matmul, elementwise, gather, softmax; train_step adds AdamW.
    static func graph() throws -> Graph {
        let weights = [Weight(name: "w1", type: .f32([64, 64]), role: .trainable, initializer: .normal(mean: 0, std: 0.2)),
                       Weight(name: "w2", type: .f32([64, 5]), role: .trainable, initializer: .normal(mean: 0, std: 0.2)),
                       Weight(name: "table", type: .f32([50, 64]), role: .frozen, initializer: .normal(mean: 0, std: 1))]
        var b = EntryBuilder(name: "loss", weights: weights)
        let ids = b.parameter("ids", .i32([64]))
        let labels = b.parameter("labels", .i32([64]))
        let rows = try b.add(.gather, [b.weight(named: "table")!, ids])
        let h = try b.add(.unary(.relu), [try b.add(.matmul(transposeA: false, transposeB: false), [rows, b.weight(named: "w1")!])])
        let logits = try b.add(.matmul(transposeA: false, transposeB: false), [h, b.weight(named: "w2")!])
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [logits, labels]))
        var graph = Graph(name: "profiled", weights: weights, entries: [b.entry])
        for pass in standardPipeline() { graph = try pass.run(graph) }
        return graph
    }

    @Test func profilingOnAndOffAreBitIdentical() throws {
        let graph = try Self.graph()
        // BLAS pinned: the class checks below must not depend on this machine's GEMM timings.
        var on = CodegenOptions()
        (on.profile, on.gemm) = (true, .blas)
        var off = CodegenOptions()
        (off.profile, off.gemm) = (false, .blas)
        let inputs = ["ids": Tensor(shape: [64], ints: (0..<64).map { Int32($0 * 7 % 50) }),
                      "labels": Tensor(shape: [64], ints: (0..<64).map { Int32($0 % 5) }),
                      "lr_scale": Tensor.scalar(Float(1))]
        var runs: [([[Float]], [[Float]])] = []
        var profiled: CompiledEngine?
        for options in [off, on] {
            let store = try WeightStore(graph: graph, seed: 11)
            let engine = CompiledEngine(program: try CompiledProgram.compile(graph, options: options), weights: store)
            var results: [[Float]] = []
            for _ in 0..<3 {
                let out = try engine.run("train_step", inputs: inputs)
                results += out.keys.sorted().map { out[$0]!.floats }
                let lossInputs = inputs.filter { $0.key != "lr_scale" }
                results.append(try engine.run("loss", inputs: lossInputs)["loss"]!.floats)
            }
            runs.append((results, store.weights.indices.map { store[$0].floats }))
            if options.profile { profiled = engine }
        }
        #expect(runs[0].0.map { $0.map(\.bitPattern) } == runs[1].0.map { $0.map(\.bitPattern) })
        #expect(runs[0].1.map { $0.map(\.bitPattern) } == runs[1].1.map { $0.map(\.bitPattern) })

        let engine = try #require(profiled)
        let profile = try #require(engine.profile("train_step"))
        #expect(profile.calls == 3)
        let classes = Set(profile.rows.map(\.kernelClass))
        #expect(classes.isSuperset(of: [.blasMatmul, .loopMatmul, .elementwise, .softmax, .dataMovement, .optimizer]))
        #expect(profile.totalSeconds > 0)
        engine.resetProfile("train_step")
        #expect(engine.profile("train_step")?.rows.isEmpty == true)
        // Uninstrumented code has no counters.
        let plain = CompiledEngine(program: try CompiledProgram.compile(graph, options: off),
                                   weights: try WeightStore(graph: graph, seed: 11))
        #expect(plain.profile("train_step") == nil)
    }
}
