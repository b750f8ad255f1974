import Codegen
import Driver
import Foundation
import IR
import Runtime
import TestSupport
import Testing

/// Ahead-of-time objects written by one process and loaded by another: the `eptc` executable
/// (built next to the test bundle by `swift test`) compiles graphs/mlp.graph to an object file +
/// manifest, and this process loads them and must match its own JIT bit for bit.
@Suite struct AOTProcessTests {

    /// The eptc binary of this build: beside the test runner executable.
    static var executable: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("eptc")
    }

    @Test func objectFromAnotherProcessMatchesTheJIT() throws {
        let binary = Self.executable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no eptc binary at \(binary.path)")
        let out = NSTemporaryDirectory() + "eptc-aot-process-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let graphFile = repositoryRoot + "/graphs/mlp.graph"

        let process = Process()
        process.executableURL = binary
        process.arguments = ["compile", graphFile, "-o", out, "--no-cache"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "eptc compile -o failed: \(stderr)")

        let graph = try GraphPipeline.finalGraph(file: graphFile)
        let aot = CompiledEngine(program: try CompiledProgram.load(graph, from: URL(fileURLWithPath: out)),
                                 weights: try WeightStore(graph: graph, seed: 3))
        let jit = try CompiledEngine(graph: graph, weights: WeightStore(graph: graph, seed: 3))
        var rng = SplitMix64(seed: 11)
        let x = initialize(.f32([8, 16]), .normal(mean: 0, std: 1), &rng)
        let labels = Tensor(shape: [8], ints: [0, 1, 2, 3, 3, 2, 1, 0])
        #expect(try aot.run("predict", inputs: ["x": x]) == jit.run("predict", inputs: ["x": x]))
        for _ in 0..<2 {
            let inputs = ["x": x, "labels": labels, "lr_scale": Tensor.scalar(Float(1))]
            #expect(try aot.run("train_step", inputs: inputs) == jit.run("train_step", inputs: inputs))
        }
        #expect(aot.weights.tensors == jit.weights.tensors)
    }
}
