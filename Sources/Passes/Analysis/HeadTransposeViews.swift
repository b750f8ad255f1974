import IR

/// A head split or merge (`transpose(x, perm=[0, 2, 1, 3])`) between attention's linear layers
/// and its per-(sequence, head) products, planned as a view instead of a copy: the products
/// read and write the (N, S, H, D) bytes in place, matrix rows H·D apart (BLAS's lda/ldc and
/// the generated GEMM's row stride). Two ways:
///
///     q   = transpose(x, [0, 2, 1, 3])     (N, H, S, D) over x's (N, S, H, D) bytes: `.operand`
///     s   = matmul(q, k, transpose_b)       reads q's matrices strided
///
///     c   = matmul(p, v)                    writes (N, H, S, D) in t's layout: `.result`
///     t   = transpose(c, [0, 2, 1, 3])      (N, S, H, D), contiguous: c's own bytes
///
/// A T5-small train step at batch 8 moved ~21 ms of its ~800 ms through 60 such copies. The fused
/// attention kernels (Codegen/AttentionKernels.swift) address their q, k, v, the backward's
/// adjoint and the forward's result the same way, so a split read only by them, or a merge of
/// a forward attention's result, is a view too.
///
/// Must not: an operand view read by anything but a plain matmul on rank-4 operands or a fused
/// attention in one of those roles (every other kernel indexes its inputs as contiguous), or
/// read by a matmul with rows shorter than `minimumOperandRow`; a result view whose producer has
/// another reader; any transpose that is an entry output.
public enum HeadTransposeView: Hashable, Sendable {
    /// The transpose's bytes are its input's: its matmul readers address them strided.
    case operand
    /// The transpose's bytes are its input's, and that input — a matmul — writes them strided.
    case result

    /// The head split/merge permutation.
    public static let permutation = [0, 2, 1, 3]

    /// Where product p of a rank-4 (n0, n1, r, c) value with this view stores its (r, c) matrix,
    /// given the contiguous shape it sits in, (n0, r, n1, c): p = i0·n1 + i1 starts at
    /// i0·(r·n1·c) + i1·c, rows n1·c apart.
    public static func layout(viewShape s: [Int]) -> (heads: Int, outerStride: Int, headStride: Int, rowStride: Int) {
        (heads: s[1], outerStride: s[2] * s[1] * s[3], headStride: s[3], rowStride: s[1] * s[3])
    }
}

extension MemoryPlanner {
    /// Operand views need rows (the head dimension D) of at least this many elements. Why:
    /// OpenBLAS reads short strided rows slowly — on the attention alone (Zen 4, batch 32),
    /// T5's D = 64 ran 18.3–18.6 ms with the split read in place against 21.5–21.8 ms copied,
    /// but MiniLM's D = 32 broke even forward (7.1–7.5 against 7.2–7.8 ms) and its train step's
    /// products took 141–157 ms read in place against 91–113 ms from copies. The merge's result
    /// view pays at both.
    static let minimumOperandRow = 64

    /// The transposes of `entry` to plan as views (see `HeadTransposeView`), by value id.
    static func headTransposeViews(_ entry: Entry, live: [Bool], outputs: [ValueID]) -> [ValueID: HeadTransposeView] {
        // Readers that are dead code count too: a view they would block is only given up.
        let users = entry.nodes.users
        let isOutput = Set(outputs)
        var views: [ValueID: HeadTransposeView] = [:]
        for (t, node) in entry.nodes.enumerated() where live[t] && !isOutput.contains(t) {
            guard case .transpose(let perm) = node.op, perm == HeadTransposeView.permutation,
                  node.type.dtype.isFloat, let x = node.inputs.first else { continue }
            // (An operand view's input is laid out as itself: it is read by this transpose, so it is
            // no operand view, and a result view's bytes are its own layout.)
            if isRank4Product(x, entry) || attentionRoles(x, entry)?.forward == true, users[x] == [t], !isOutput.contains(x) {
                views[t] = .result
            } else if !users[t].isEmpty, users[t].allSatisfy({ u in
                isRank4Product(u, entry) ? node.type.shape[3] >= minimumOperandRow : readsStrided(t, at: u, entry)
            }) {
                views[t] = .operand
            }
        }
        return views
    }

    /// Whether `u` is a fused attention that reads `t` only as q, k, v or (backward) the adjoint.
    private static func readsStrided(_ t: ValueID, at u: ValueID, _ entry: Entry) -> Bool {
        guard let roles = attentionRoles(u, entry) else { return false }
        return entry.nodes[u].inputs.enumerated().allSatisfy { i, input in input != t || roles.strided.contains(i) }
    }

    /// A fused attention region's inputs that its kernel addresses through a layout: q, k, v, and
    /// the backward's adjoint; and whether it is the forward.
    private static func attentionRoles(_ v: ValueID, _ entry: Entry) -> (strided: Set<Int>, forward: Bool)? {
        guard case .fused(let region) = entry.nodes[v].op, case .named(let kernel) = region.kernel else { return nil }
        switch kernel {
        case .attention(let p): return ([p.q, p.k, p.v], true)
        case .gradient(.attention(let p), let adjoint, _): return ([p.q, p.k, p.v, adjoint], false)
        default: return nil
        }
    }

    /// A plain matmul whose operands are both rank 4 (a batch over (N, H) on each side).
    private static func isRank4Product(_ v: ValueID, _ entry: Entry) -> Bool {
        let node = entry.nodes[v]
        guard case .matmul = node.op, node.inputs.count == 2 else { return false }
        return node.inputs.allSatisfy { entry.nodes[$0].type.rank == 4 }
    }
}
