@testable import Codegen
import Foundation
import IR
import Passes
import Testing

/// The perf map (`eptc bench --perf-map`): every sized function of the object's `.text`, placed
/// where the JIT loaded it.
@Suite struct PerfMapTests {
    /// Two entries (both exported, so the JIT resolves each) and kernels (internal, which only the
    /// map names).
    static func program() throws -> CompiledProgram {
        var graph = Graph(name: "perf_map")
        for name in ["first", "second"] {
            var b = EntryBuilder(name: name, weights: [])
            let x = b.parameter("x", .f32([64, 256]))
            b.result("y", try b.add(.softmax(axis: 1), [try b.add(.unary(.tanh), [x])]))
            graph.entries.append(b.entry)
        }
        for pass in standardPipeline() { graph = try pass.run(graph) }
        var options = CodegenOptions()
        options.gemm = .blas
        return try CompiledProgram.compile(graph, options: options)
    }

    @Test func functionsArePlacedWhereTheJITLoadedThem() throws {
        let program = try Self.program()
        let functions = try #require(PerfMap.functions(in: program.objectCode))
        let names = Set(functions.map(\.name))
        #expect(names.isSuperset(of: ["eptc_entry_0", "eptc_entry_1"]), "\(names.sorted())")
        #expect(names.contains { $0.hasPrefix("eptc_kernel_") }, "\(names.sorted())")
        #expect(functions.allSatisfy { $0.size > 0 })
        // Sorted by offset, and no two overlap.
        for (a, b) in zip(functions, functions.dropFirst()) { #expect(a.offset + a.size <= b.offset, "\(a) \(b)") }

        // Placed from entry 0's address, entry 1 lands where the JIT resolved it: `.text` was
        // loaded in one piece, which is what places the internal kernels.
        let first = try program.lookupSymbol("eptc_entry_0")
        let second = try program.lookupSymbol("eptc_entry_1")
        let lines = PerfMap.lines(functions, anchor: "eptc_entry_0", at: first)
        #expect(lines.count == functions.count)
        let entry1 = try #require(lines.first { $0.hasSuffix(" eptc_entry_1") })
        #expect(entry1.hasPrefix(String(second, radix: 16) + " "), "\(entry1) vs \(String(second, radix: 16))")
        #expect(PerfMap.lines(functions, anchor: "no_such_symbol", at: first).isEmpty)
    }

    @Test func somethingNotAnObjectHasNoFunctions() {
        #expect(PerfMap.functions(in: Array("not an ELF object".utf8)) == nil)
    }
}
