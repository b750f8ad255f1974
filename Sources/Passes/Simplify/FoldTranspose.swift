import IR

/// Folds transposes of the last two axes into matmul flags, so no transposed copy is written:
///
///     matmul(transpose(a, swap), b, ta, tb)  → matmul(a, b, !ta, tb)     (likewise for b)
///     transpose(matmul(a, b, ta, tb), swap)  → matmul(b, a, !tb, !ta)    ((AB)ᵀ = BᵀAᵀ)
///
/// where `swap` exchanges the last two axes and keeps the batch axes in place. The second form
/// catches the transposes autodiff's matmul VJP writes; it applies only when the matmul has no
/// other reader (else both would be computed) and both operands share the batch axes (a 2-D `b`
/// shared across a batch cannot become the batched side). Any other permutation stays; the head
/// split and merge `[0, 2, 1, 3]` next to a matmul become strided views in the memory plan
/// instead (Analysis/HeadTransposeViews.swift).
public struct FoldTransposePass: SimplifyRule {
    public let name = "fold-transpose"
    public init() {}

    public func simplify(_ entry: Entry) -> (Entry, changed: Bool) {
        EntryRewriter.rewrite(entry) { r, node in Self.rewrite(&r, node) }
    }

    /// Whether `perm` swaps the last two axes and nothing else.
    static func isLastTwoSwap(_ perm: [Int]) -> Bool {
        let n = perm.count
        guard n >= 2 else { return false }
        var expected = Array(0..<n)
        expected.swapAt(n - 1, n - 2)
        return perm == expected
    }

    /// The input of `v` if `v` is a transpose of its last two axes.
    static func swappedInput(_ r: EntryRewriter, _ v: ValueID) -> ValueID? {
        if case .transpose(let perm) = r.node(of: v).op, isLastTwoSwap(perm) { return r.node(of: v).inputs[0] }
        return nil
    }

    static func rewrite(_ r: inout EntryRewriter, _ node: Node) -> ValueID? {
        switch node.op {
        case .matmul(var ta, var tb):
            var (a, b) = (node.inputs[0], node.inputs[1])
            if let inner = swappedInput(r, a) { (a, ta) = (inner, !ta) }
            if let inner = swappedInput(r, b) { (b, tb) = (inner, !tb) }
            guard [a, b] != node.inputs else { return nil }
            return r.make(.matmul(transposeA: ta, transposeB: tb), [a, b])
        case .transpose(let perm) where isLastTwoSwap(perm):
            let m = node.inputs[0]
            guard case .matmul(let ta, let tb) = r.node(of: m).op, r.uses(of: m) == 1 else { return nil }
            let (a, b) = (r.node(of: m).inputs[0], r.node(of: m).inputs[1])
            // make() type-checks: a shared 2-D operand on the batched side fails and the node stays.
            return r.make(.matmul(transposeA: !tb, transposeB: !ta), [b, a])
        default:
            return nil
        }
    }
}
