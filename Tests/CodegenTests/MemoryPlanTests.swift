import Testing
import IR
import Passes

@Suite struct MemoryPlanTests {
    /// A chain of elementwise ops reuses one buffer in place; the arena holds one tensor.
    @Test func elementwiseChainRunsInPlace() throws {
        var b = EntryBuilder(name: "chain", weights: [])
        let x = b.parameter("x", .f32([100]))
        var v = try b.add(.unary(.exp), [x])
        for _ in 0..<5 { v = try b.add(.unary(.tanh), [v]) }
        let r = try b.add(.reduce(.sum, axes: [0], keepDims: false), [v])
        b.result("r", r)
        let plan = MemoryPlanner().plan(b.entry, in: Graph(name: "g"))
        let offsets = Set((1...6).compactMap { id -> Int? in
            if case .arena(let o) = plan.storage[id] { return o } else { return nil }
        })
        #expect(offsets.count == 1)
        #expect(plan.arenaBytes == 448)   // 400 bytes rounded up to the 64-byte alignment
        #expect(plan.storage[r] == .output(0))
        #expect(plan.storage[x] == .parameter(0))
    }

    /// Buffers whose lifetimes do not overlap share space: a long chain of non-elementwise ops
    /// needs two buffers at a time, not one per value; live buffers never overlap.
    @Test func deadBuffersAreReused() throws {
        var b = EntryBuilder(name: "mm", weights: [])
        let w = b.parameter("w", .f32([64, 64]))
        var v = b.parameter("x", .f32([8, 64]))
        var ids: [ValueID] = []
        for _ in 0..<10 {
            v = try b.add(.matmul(transposeA: false, transposeB: false), [v, w])
            ids.append(v)
        }
        b.result("y", try b.add(.softmax(axis: -1), [v]))
        let plan = MemoryPlanner().plan(b.entry, in: Graph(name: "g"))
        #expect(plan.arenaBytes == 2 * 8 * 64 * 4)
        #expect(plan.peakLiveBytes == 2 * 8 * 64 * 4)
        for (a, c) in zip(ids, ids.dropFirst()) {
            #expect(plan.storage[a] != plan.storage[c], "consecutive matmuls must not share a buffer")
        }
    }

    /// Dead values are not computed; a reshape is a view; a result that is a parameter is copied.
    @Test func unusedViewsAndCopies() throws {
        var b = EntryBuilder(name: "e", weights: [])
        let x = b.parameter("x", .f32([4, 6]))
        let dead = try b.add(.unary(.exp), [x])
        let r = try b.add(.reshape([24]), [x])
        let n = try b.add(.unary(.neg), [r])
        b.result("x", x)
        b.result("n", n)
        b.result("n2", n)
        let plan = MemoryPlanner().plan(b.entry, in: Graph(name: "g"))
        #expect(plan.storage[dead] == .unused)
        #expect(plan.storage[r] == .view(of: x))
        #expect(plan.storage[n] == .output(1))
        #expect(plan.finalCopies.map { [$0.value, $0.slot] } == [[x, 0], [n, 2]])
    }
}
