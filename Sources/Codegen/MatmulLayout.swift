import CLLVM
import IR
import Passes

/// Where one matmul operand's matrices sit in its buffer: product p's matrix starts at element
/// (p / heads)·outer + (p % heads)·headStride, its rows `rowStride` apart. A contiguous operand
/// has heads 1 and outer one matrix (0 for a b the whole batch shares); a head split or merge
/// planned as a view (Passes HeadTransposeViews.swift) has heads H and rows H·D apart, inside
/// the (N, S, H, D) bytes of the linear layer next to it.
struct MatrixBatchLayout: Hashable {
    var heads = 1
    var outer: Int
    var headStride = 0
    var rowStride: Int

    /// Matrices of rows × columns one after another (or one, `shared`).
    static func contiguous(rows: Int, columns: Int, shared: Bool = false) -> Self {
        Self(outer: shared ? 0 : rows * columns, rowStride: columns)
    }

    /// A rank-4 (N, H, R, C) value stored as (N, R, H, C).
    static func headMajor(_ shape: [Int]) -> Self {
        let l = HeadTransposeView.layout(viewShape: shape)
        return Self(heads: l.heads, outer: l.outerStride, headStride: l.headStride, rowStride: l.rowStride)
    }

    var isContiguous: Bool { heads == 1 }

    /// Element offset of product p's matrix.
    func offset(_ g: IRGen, _ p: LLVMValueRef) -> LLVMValueRef {
        guard heads > 1 else { return g.mul(p, g.int(outer)) }
        let outerIndex = LLVMBuildSDiv(g.builder, p, g.int(heads), "")!
        let head = LLVMBuildSRem(g.builder, p, g.int(heads), "")!
        return g.add(g.mul(outerIndex, g.int(outer)), g.mul(head, g.int(headStride)))
    }

    /// (outer, per-head) steps with the batch split as (p / h, p % h): what `eptc_gemm_batch`
    /// takes for every operand of one call. A contiguous operand steps one matrix per head.
    func steps(heads h: Int) -> (outer: Int, head: Int) {
        heads == 1 ? (outer * h, outer) : (outer, headStride)
    }
}

/// The three layouts of one matmul: its operands as stored, and its result as written.
struct MatmulLayout: Hashable {
    var a: MatrixBatchLayout, b: MatrixBatchLayout, c: MatrixBatchLayout

    /// The head count every strided operand shares (1: all contiguous).
    var heads: Int { max(a.heads, b.heads, c.heads) }
    var isContiguous: Bool { heads == 1 }
}

extension EntryLowerer {
    /// How v = op(a)·op(b) finds its operands and writes its result under the memory plan:
    /// contiguous, except a head split read in place (`.operand`) or a head merge written in
    /// place (`.result`).
    func matmulLayout(_ v: ValueID, _ a: ValueID, _ b: ValueID, _ s: MatmulShape) -> MatmulLayout {
        let aLayout = plan.headTransposes[a] == .operand ? .headMajor(type(a).shape)
            : MatrixBatchLayout.contiguous(rows: s.ta ? s.k : s.m, columns: s.lda)
        let bLayout = plan.headTransposes[b] == .operand ? .headMajor(type(b).shape)
            : MatrixBatchLayout.contiguous(rows: s.tb ? s.n : s.k, columns: s.ldb, shared: s.bShared)
        let cLayout = writesHeadMajor(v) ? .headMajor(type(v).shape) : MatrixBatchLayout.contiguous(rows: s.m, columns: s.n)
        return MatmulLayout(a: aLayout, b: bLayout, c: cLayout)
    }

    /// Whether v is a matmul whose result a head merge reads as its own bytes (`.result`).
    func writesHeadMajor(_ v: ValueID) -> Bool {
        plan.headTransposes.contains { t, view in view == .result && entry.nodes[t].inputs[0] == v }
    }
}
