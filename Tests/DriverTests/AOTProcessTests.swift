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

    /// Runs `eptc ARGUMENTS` as a child process and requires it to succeed.
    static func compile(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        try #require(process.terminationStatus == 0, "eptc \(arguments.joined(separator: " ")) failed: \(stderr)")
    }

    /// Processes that compile the same graph write the same bytes: nothing in the pipeline may
    /// follow a process's hash seed (Swift randomizes dictionary order per process). The compile
    /// cache depends on it — processes that compile one key at once (a sweep, data-parallel ranks,
    /// a test suite) each store their object in the same folder, and a resumed run must get the
    /// code its run started with. The memory plan once placed buffers of equal size and lifetime
    /// in dictionary order: four processes wrote four different objects for this graph.
    @Test func processesCompilingTheSameGraphWriteTheSameObject() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let root = NSTemporaryDirectory() + "eptc-aot-determinism-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        var objects: [Data] = []
        for run in 0..<3 {
            let out = root + "/\(run)"
            try Self.compile(["compile", repositoryRoot + "/graphs/ept.graph", "--model",
                              repositoryRoot + "/Tests/ModelsTests/Fixtures/t5-v1_1-tiny", "--gemm", "blas", "--no-cache", "-o", out])
            objects.append(try Data(contentsOf: URL(fileURLWithPath: out + "/ept.o")))
        }
        #expect(objects.allSatisfy { $0 == objects[0] }, "object sizes \(objects.map(\.count))")
    }

    @Test func objectFromAnotherProcessMatchesTheJIT() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path), "no eptc binary at \(Self.executable.path)")
        let out = NSTemporaryDirectory() + "eptc-aot-process-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let graphFile = repositoryRoot + "/graphs/mlp.graph"

        try Self.compile(["compile", graphFile, "-o", out, "--no-cache"])

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
