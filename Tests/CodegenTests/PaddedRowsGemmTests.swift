import CodegenTestSupport
import Testing
import IR
import Runtime
@testable import Codegen

/// Linear layers over padded sequences (Passes/Analysis/ZeroRows.swift, Runtime/LiveRowsGemm.swift):
/// a folded GEMM whose rows are zero past each sequence's mask computes only the live rows and
/// zero-fills the rest, and agrees with the interpreter, which computes every row.
@Suite struct PaddedRowsGemmTests {
    /// Sequences of 9: full; 5 live then padding; all padding; 7 live with a hole at 2 (a hole is
    /// computed: only rows past the last set position are skipped).
    static let mask: [Int32] = [1, 1, 1, 1, 1, 1, 1, 1, 1,
                                1, 1, 1, 1, 1, 0, 0, 0, 0,
                                0, 0, 0, 0, 0, 0, 0, 0, 0,
                                1, 1, 0, 1, 1, 1, 1, 0, 0]

    /// Two linear layers, as an encoder block has them, with the mask computed in the graph (a
    /// prompt row of ones before the input's mask, as prompt tuning does) so that it lives in the
    /// arena, and values made between its last reader as an input and the second GEMM.
    static func graph() throws -> Graph {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 10, 64]))
        let inputMask = b.parameter("mask", .i32([4, 9]))
        let w1 = b.parameter("w1", .f32([56, 64])), w2 = b.parameter("w2", .f32([56, 72]))
        let ones = b.constant(1, .i32([4, 1]))
        let mask = try b.add(.concat(axis: 1), [ones, inputMask])                            // (4, 10)
        let z = try b.add(.keepRows, [x, mask])
        let h = try b.add(.matmul(transposeA: false, transposeB: true), [z, w1])             // (4, 10, 56)
        // Zeros made after the mask's last use as an input and read after the second GEMM: the
        // largest buffer, placed first at offset 0. Were the mask's buffer free after keep_rows,
        // it would share that offset, and the second GEMM would read a mask of zeros.
        let other = b.parameter("other", .f32([4, 10, 200]))
        let zeros = try b.add(.binary(.sub), [other, other])
        let soft = try b.add(.softmax(axis: -1), [h])                                        // no fact
        let r = try b.add(.unary(.relu), [h])
        let y = try b.add(.matmul(transposeA: false, transposeB: false), [r, w2])            // (4, 10, 72)
        b.result("h", h)
        b.result("y", y)
        b.result("soft", soft)
        b.result("after", try b.add(.binary(.add), [zeros, other]))
        return Graph(name: "padded", entries: [b.entry])
    }

    static func inputs() throws -> [String: Tensor] {
        var inputs = randomInputs(try graph().entries[0], seed: 3)
        inputs["mask"] = Tensor(shape: [4, 9], ints: mask)
        return inputs
    }

    @Test func bothLayersCallTheLiveRowsGemm() throws {
        let ir = try CodegenTarget.avx2.compiler().llvmIR(try Self.graph(), entry: "f").before
        #expect(GemmLoweringTests.count(ir, "call void @eptc_sgemm_live_rows(i32 112, i32 4, i32 10, i32 56, i32 64,") == 1, "\(ir)")
        #expect(GemmLoweringTests.count(ir, "call void @eptc_sgemm_live_rows(i32 111, i32 4, i32 10, i32 72, i32 56,") == 1)
        #expect(!ir.contains("@cblas_sgemm("))
    }

    /// Must not: the same layer on an unpadded input is a plain GEMM.
    @Test func anUnpaddedInputIsAPlainGemm() throws {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 10, 64])), w = b.parameter("w", .f32([56, 64]))
        b.result("h", try b.add(.matmul(transposeA: false, transposeB: true), [x, w]))
        let ir = try CodegenTarget.avx2.compiler().llvmIR(Graph(name: "plain", entries: [b.entry]), entry: "f").before
        #expect(!ir.contains("@eptc_sgemm_live_rows("))
        #expect(GemmLoweringTests.count(ir, "call void @cblas_sgemm(") == 1)
    }

    @Test(.executes(.avx2)) func matchesTheInterpreterAVX2() throws { try check(.avx2) }
    @Test(.executes(.avx512)) func matchesTheInterpreterAVX512() throws { try check(.avx512) }

    func check(_ target: CodegenTarget) throws {
        let graph = try Self.graph()
        let store = try WeightStore(graph: graph)
        let inputs = try Self.inputs()
        let got = try CompiledEngine(program: try CompiledProgram.compile(graph, options: target.options()), weights: store)
            .run("f", inputs: inputs)
        let want = try Interpreter(graph: graph, weights: store).run("f", inputs: inputs)
        for name in ["h", "y", "soft", "after"] {
            let error = scaledRelativeError(try #require(got[name]), try #require(want[name]))
            #expect(error <= 1e-6, "\(name) at \(target): error \(error)")
        }
        // Padded rows (mask 0, the prompt row counted) are exactly zero in both.
        let h = try #require(got["h"]).floats
        for (n, s) in [(1, 6), (1, 9), (2, 1), (2, 9), (3, 8), (3, 9)] {
            #expect(h[(n * 10 + s) * 56 ..< (n * 10 + s + 1) * 56].allSatisfy { $0 == 0 }, "row (\(n), \(s))")
        }
    }

    /// keep_rows of a value that dies there writes the padded rows only (a memset per masked row,
    /// no per-element select against 0.0); of a value read later, it copies with that select.
    @Test func keepRowsInPlaceWritesOnlyThePaddedRows() throws {
        func ir(readLater: Bool) throws -> String {
            var b = EntryBuilder(name: "f", weights: [])
            let x = try b.add(.unary(.neg), [b.parameter("x", .f32([4, 9, 64]))])
            let kept = try b.add(.keepRows, [x, b.parameter("mask", .i32([4, 9]))])
            b.result("y", try b.add(.unary(.neg), [kept]))
            if readLater { b.result("x2", try b.add(.binary(.mul), [x, x])) }
            return try CodegenTarget.avx2.compiler().llvmIR(Graph(name: "k", entries: [b.entry]), entry: "f").before
        }
        let inPlace = try ir(readLater: false), copy = try ir(readLater: true)
        #expect(inPlace.contains("@llvm.memset") && !inPlace.contains(", float 0.0"), "\(inPlace)")
        #expect(copy.contains(", float 0.0") && !copy.contains("@llvm.memset"), "\(copy)")
    }

    /// Runs of live rows: a full sequence joins the next one's live rows; empty sequences add none.
    @Test func liveRunsMergeAcrossFullSequences() {
        let runs = Self.mask.withUnsafeBufferPointer {
            LiveRowsGemm.liveRuns(mask: $0.baseAddress!, batches: 4, rows: 9)
        }
        #expect(runs == [0 ..< 14, 27 ..< 34])
    }
}
