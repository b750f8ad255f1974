import Foundation
import Testing
import IR
import Passes
import Runtime
@testable import Codegen

@Suite struct BenchmarkTests {
    private func trainInputs(_ graph: Graph) throws -> [String: Tensor] {
        let step = try #require(graph.entry(named: "train_step"))
        var inputs = randomInputs(step, seed: 100, intBound: 5)
        inputs["ids"] = randomInputs(step, seed: 200, intBound: 11)["ids"]
        inputs["seed"] = .scalar(Int32(0))
        inputs[OptimizerPass.learningRateScale] = .scalar(Float(1))
        return inputs
    }

    /// Timed train_steps start from the same weights every run and leave them as they were.
    @Test func timedRunsRestoreTheWeights() throws {
        let (graph, program) = try classifier.get()
        let engine = CompiledEngine(program: program, weights: try WeightStore(graph: graph, seed: 7))
        let before = engine.weights.tensors
        let inputs = try trainInputs(graph)
        let times = try CodegenBenchmark.timeRuns(engine, "train_step", inputs, 3)
        #expect(times.count == 3 && times == times.sorted() && times.allSatisfy { $0 > 0 })
        #expect(engine.weights.tensors == before)
        // Without the restore the same call would move them (so the check above can fail).
        _ = try engine.run("train_step", inputs: inputs)
        #expect(engine.weights.tensors != before)
    }

    @Test func reportCoversEntriesWithInputsInGraphOrder() throws {
        let (graph, _) = try classifier.get()
        let cache = CompileCache(directory: temporaryDirectory("bench"))
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let weights = try WeightStore(graph: graph, seed: 3)
        let before = weights.tensors
        var loss = try trainInputs(graph)
        loss[OptimizerPass.learningRateScale] = nil
        let report = try CodegenBenchmark.run(graph, weights: weights, inputs: ["train_step": try trainInputs(graph), "loss": loss],
                                              repeats: 2, cache: cache)
        #expect(report.entries.map(\.entry) == ["loss", "train_step"])
        for e in report.entries {
            #expect(e.compiled.count == 2 && e.interpreted?.count == 2)
            #expect(e.flops == graph.entry(named: e.entry)?.statistics().flops)
            #expect(e.compiledMin <= e.compiledMedian && (e.speedup ?? 0) > 0)
        }
        #expect(weights.tensors == before)
        #expect(CodegenBenchmark.median([1, 2, 3, 10]) == 2.5 && CodegenBenchmark.median([4]) == 4)
    }
}
