import Codegen
import IR
import Runtime
import Testing

/// The vector-width choice: the attribute reaches LLVM, and the measurement that picks among
/// several widths (AVX-512 hosts: 512 or 256) runs. Here it runs on widths this host has.
@Suite struct VectorWidthTests {
    @Test func preferredWidthReachesEveryFunction() throws {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([64, 256]))
        b.result("y", try b.add(.softmax(axis: 1), [try b.add(.unary(.tanh), [x])]))
        let graph = Graph(name: "vw", entries: [b.entry])
        var options = CodegenOptions(hostDefaults: false)
        options.vectorWidth = 128
        let ir = try ModuleCompiler(options: options).llvmIR(graph, entry: "f").after
        #expect(ir.contains("\"prefer-vector-width\"=\"128\""))
        #expect(graphHash(graph, options: options) != graphHash(graph, options: CodegenOptions(hostDefaults: false)))
        let plain = try ModuleCompiler(options: CodegenOptions(hostDefaults: false)).llvmIR(graph, entry: "f").after
        #expect(!plain.contains("prefer-vector-width"))
    }

    @Test func measurementTimesEachCandidate() throws {
        let times = try HostVectorWidth.measure([128, 256])
        #expect(times.map(\.bits) == [128, 256])
        #expect(times.allSatisfy { $0.seconds > 0 && $0.seconds.isFinite })
    }

    /// One candidate (AVX2 hosts) means LLVM's default, unset; several mean a measured width.
    @Test func choiceMatchesTheCandidates() {
        let candidates = BLASCorePolicy.vectorWidthCandidates(for: HostCPU.current)
        if candidates.count == 1 {
            #expect(HostVectorWidth.chosen == nil)
        } else {
            #expect(HostVectorWidth.chosen.map(candidates.contains) ?? true)
        }
    }
}
