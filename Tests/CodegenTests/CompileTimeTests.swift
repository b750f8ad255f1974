import Testing
import IR
import Passes
import Runtime
@testable import Codegen

/// Compile time grows about linearly with the graph: a long entry is split into parts that O3
/// handles one at a time, and kernels are deduplicated by a key read from each kernel alone.
@Suite struct CompileTimeTests {
    /// 600 chained elementwise nodes and a gather at the end: the entry calls its parts in order,
    /// computes what the interpreter computes, and a bad id found in the last part is still
    /// reported by node.
    @Test func longEntriesAreSplitIntoParts() throws {
        var graph = Graph(name: "long")
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 8]))
        let ids = b.parameter("ids", .i32([4]))
        var h = x
        for k in 0..<600 {
            h = try b.add(k % 2 == 0 ? .binary(.mul) : .unary(.tanh), k % 2 == 0 ? [h, x] : [h])
        }
        b.result("out", try b.add(.gather, [h, ids]))
        graph.entries.append(b.entry)
        let ir = try CodegenTarget.avx2.compiler().llvmIR(graph, entry: "f").before
        #expect(ir.contains("@eptc_entry_0_part1("))
        #expect(ir.contains("@eptc_entry_0_part2("))

        let program = try CompiledProgram.compile(graph)
        let compiled = CompiledEngine(program: program, weights: try WeightStore(graph: graph, seed: 1))
        let reference = Interpreter(graph: graph, weights: try WeightStore(graph: graph, seed: 1))
        var inputs = randomInputs(graph.entries[0], seed: 3, intBound: 4)
        #expect(try compare(compiled, reference, entry: "f", inputs: inputs) <= 1e-5)
        inputs["ids"] = Tensor(.i32([4]), storage: .i32([0, 1, 7, 2]))
        #expect {
            _ = try compiled.run("f", inputs: inputs)
        } throws: { error in
            "\(error)".contains("(gather): an id is outside the table's 4 rows")
        }
    }

    /// The structural key tells kernels apart exactly when their code differs.
    @Test func structuralKeySeparatesDifferentKernels() throws {
        var graph = Graph(name: "keys")
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 8]))
        let y = b.parameter("y", .f32([8, 4]))
        // Same op twice on same shapes (one kernel), then another op and another shape.
        let a = try b.add(.unary(.tanh), [x])
        let c = try b.add(.unary(.tanh), [a])
        let d = try b.add(.unary(.exp), [c])
        let e = try b.add(.unary(.tanh), [y])
        b.result("d", d)
        b.result("e", e)
        graph.entries.append(b.entry)
        let ir = try CodegenTarget.avx2.compiler().llvmIR(graph, entry: "f").before
        let kernels = ir.components(separatedBy: "define internal void @eptc_kernel_").count - 1
        #expect(kernels == 3, "\(kernels) kernels for tanh[4,8] (twice), exp[4,8] and tanh[8,4]")
    }

    /// More than `MemoryPlanner.greedyLimit` buffers: the plan switches to placement in order of
    /// first use, which must still keep live buffers apart. Every softmax stays live to the end
    /// (summed there), so no multiply can run in place and each layer owns two buffers (4,200 in
    /// all) whose lifetimes overlap; compiled code must match the interpreter.
    @Test func longEntriesPlanInStartOrderCorrectly() throws {
        var graph = Graph(name: "plan")
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([2, 4]))
        var h = x
        var kept: [ValueID] = []
        for _ in 0..<2100 {
            h = try b.add(.softmax(axis: -1), [try b.add(.binary(.mul), [h, x])])
            kept.append(h)
        }
        var total = h
        for v in kept { total = try b.add(.binary(.add), [total, v]) }
        b.result("out", total)
        graph.entries.append(b.entry)
        let plan = MemoryPlanner().plan(graph.entries[0], in: graph)
        #expect(plan.placedInStartOrder)
        let compiled = CompiledEngine(program: try CompiledProgram.compile(graph), weights: try WeightStore(graph: graph, seed: 1))
        let reference = Interpreter(graph: graph, weights: try WeightStore(graph: graph, seed: 1))
        #expect(try compare(compiled, reference, entry: "f", inputs: randomInputs(graph.entries[0], seed: 9)) <= 1e-4)
    }
}
