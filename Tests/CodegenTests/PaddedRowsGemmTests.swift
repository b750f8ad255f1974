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

    /// The GEMM test's input mask, (4, 99): full; 20 live then padding (a gap of 79 rows with the
    /// prompt row: split off); all padding (only the prompt row lives); 40 live with holes.
    static let longMask: [Int32] = (0..<4).flatMap { n -> [Int32] in
        let live = [99, 20, 0, 40][n]
        return (0..<99).map { s in s < live && !(n == 3 && s % 7 == 3) ? 1 : 0 }
    }

    /// Two linear layers, as an encoder block has them, with the mask computed in the graph (a
    /// prompt row of ones before the input's mask, as prompt tuning does) so that it lives in the
    /// arena, and values made between its last reader as an input and the second GEMM.
    static func graph() throws -> Graph {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 100, 64]))
        let inputMask = b.parameter("mask", .i32([4, 99]))
        let w1 = b.parameter("w1", .f32([56, 64])), w2 = b.parameter("w2", .f32([56, 72]))
        let ones = b.constant(1, .i32([4, 1]))
        let mask = try b.add(.concat(axis: 1), [ones, inputMask])                            // (4, 100)
        let z = try b.add(.keepRows, [x, mask])
        let h = try b.add(.matmul(transposeA: false, transposeB: true), [z, w1])             // (4, 100, 56)
        // Zeros made after the mask's last use as an input and read after the second GEMM: the
        // largest buffer, placed first at offset 0. Were the mask's buffer free after keep_rows,
        // it would share that offset, and the second GEMM would read a mask of zeros.
        let other = b.parameter("other", .f32([4, 100, 200]))
        let zeros = try b.add(.binary(.sub), [other, other])
        let soft = try b.add(.softmax(axis: -1), [h])                                        // no fact
        let r = try b.add(.unary(.relu), [h])
        let y = try b.add(.matmul(transposeA: false, transposeB: false), [r, w2])            // (4, 100, 72)
        b.result("h", h)
        b.result("y", y)
        b.result("soft", soft)
        b.result("after", try b.add(.binary(.add), [zeros, other]))
        return Graph(name: "padded", entries: [b.entry])
    }

    static func inputs() throws -> [String: Tensor] {
        var inputs = randomInputs(try graph().entries[0], seed: 3)
        inputs["mask"] = Tensor(shape: [4, 99], ints: longMask)
        return inputs
    }

    @Test func bothLayersCallTheLiveRowsGemm() throws {
        let ir = try CodegenTarget.avx2.compiler().llvmIR(try Self.graph(), entry: "f").before
        #expect(GemmLoweringTests.count(ir, "call void @eptc_sgemm_live_rows(i32 112, i32 4, i32 100, i32 56, i32 64,") == 1, "\(ir)")
        #expect(GemmLoweringTests.count(ir, "call void @eptc_sgemm_live_rows(i32 111, i32 4, i32 100, i32 72, i32 56,") == 1)
        #expect(!ir.contains("@cblas_sgemm("))
    }

    /// The profile's gemm column names the live-rows GEMMs (and only those).
    @Test func profileSaysWhichGemmsSkipPadding() throws {
        var options = CodegenOptions()
        (options.gemm, options.profile) = (.blas, true)
        let graph = try Self.graph()
        let engine = CompiledEngine(program: try CompiledProgram.compile(graph, options: options),
                                    weights: try WeightStore(graph: graph))
        _ = try engine.run("f", inputs: try Self.inputs())
        let rows = try #require(engine.profile("f")?.rows.filter { $0.op == "matmul" })
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.gemm == "blas (--gemm blas); skips padded runs of \(LiveRowsGemm.minimumGap)+ rows" },
                "\(rows.map(\.gemm))")
    }

    /// Must not: the same layer on an unpadded input is a plain GEMM.
    @Test func anUnpaddedInputIsAPlainGemm() throws {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([4, 100, 64])), w = b.parameter("w", .f32([56, 64]))
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
        // 1e-5, the matmul tolerance of OpDifferentialTests: BLAS sums a 121-row run in another
        // order than the interpreter's one 400-row call (measured 2e-6 to 5e-6).
        for name in ["h", "y", "soft", "after"] {
            let error = scaledRelativeError(try #require(got[name]), try #require(want[name]))
            #expect(error <= 1e-5, "\(name) at \(target): error \(error)")
        }
        // Padded rows (mask 0; row 0 is the prompt's) are exactly zero, skipped or computed.
        let h = try #require(got["h"]).floats
        for (n, s) in [(1, 21), (1, 99), (2, 1), (2, 50), (3, 4), (3, 41), (3, 99)] {
            #expect(h[(n * 100 + s) * 56 ..< (n * 100 + s + 1) * 56].allSatisfy { $0 == 0 }, "row (\(n), \(s))")
        }
        // Runs: the first two sequences' live rows, the prompt row of the third, the fourth's.
        var mask: [Int32] = []
        for n in 0..<4 { mask += [1] + Self.longMask[n * 99 ..< (n + 1) * 99] }
        #expect(Self.liveRuns(mask, batches: 4, rows: 100) == [0 ..< 121, 200 ..< 201, 300 ..< 341])
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

    /// Runs of live rows: a full sequence joins the next one's live rows; empty sequences add none;
    /// a gap shorter than the minimum is computed rather than split off.
    @Test func liveRunsMergeAcrossFullSequencesAndShortGaps() {
        #expect(Self.liveRuns(Self.mask, batches: 4, rows: 9, minimumGap: 1) == [0 ..< 14, 27 ..< 34])
        #expect(Self.liveRuns(Self.mask, batches: 4, rows: 9, minimumGap: 13) == [0 ..< 14, 27 ..< 34])
        #expect(Self.liveRuns(Self.mask, batches: 4, rows: 9, minimumGap: 14) == [0 ..< 34])
    }

    /// The runs `LiveRowsGemm.forEachLiveRun` calls its body with.
    static func liveRuns(_ mask: [Int32], batches: Int, rows: Int,
                         minimumGap: Int = LiveRowsGemm.minimumGap) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        mask.withUnsafeBufferPointer {
            LiveRowsGemm.forEachLiveRun(mask: $0.baseAddress!, batches: batches, rows: rows, minimumGap: minimumGap) {
                runs.append($0)
            }
        }
        return runs
    }
}
