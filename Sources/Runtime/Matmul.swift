import IR

/// matmul(a, b; transpose_a, transpose_b): a (..., M, K) × b (..., K, N) → (..., M, N), where a
/// transposed flag means the operand is stored with its last two axes swapped. A rank-2 b is
/// shared by every batch of a; otherwise b has exactly a's batch axes. One BLAS gemm per batch.
extension Interpreter {
    func matmul(_ a: Tensor, _ b: Tensor, transposeA: Bool, transposeB: Bool, _ out: TensorType) throws -> Tensor {
        guard a.type.rank >= 2, b.type.rank >= 2 else { throw EngineError("operands must have rank ≥ 2") }
        let (ra, rb) = (a.shape[a.type.rank - 2], a.shape[a.type.rank - 1])   // a as stored
        let (sb0, sb1) = (b.shape[b.type.rank - 2], b.shape[b.type.rank - 1]) // b as stored
        let (m, k) = transposeA ? (rb, ra) : (ra, rb)
        let (kb, n) = transposeB ? (sb1, sb0) : (sb0, sb1)
        let batches = a.shape.dropLast(2).reduce(1, *)
        let bShared = b.type.rank == 2
        guard k == kb, out.shape == Array(a.shape.dropLast(2)) + [m, n],
              bShared || b.shape.dropLast(2).reduce(1, *) == batches else {
            throw EngineError("shapes do not multiply: \(a.type) × \(b.type)")
        }
        let shape = (m: m, n: n, k: k, lda: rb, ldb: sb1, batches: batches, bShared: bShared)
        switch (a.storage, b.storage) {
        case (.f32(let x), .f32(let y)):
            return Tensor(out, storage: .f32(batchedGemm(x, y, transposeA, transposeB, shape)))
        case (.f64(let x), .f64(let y)):
            return Tensor(out, storage: .f64(batchedGemm(x, y, transposeA, transposeB, shape)))
        default:
            throw EngineError("matmul needs two float tensors of one dtype, got \(a.type) × \(b.type)")
        }
    }
}

/// Loops the batch and calls gemm on each (M, K)·(K, N) slice. Empty products give zeros.
private func batchedGemm<T: InterpreterFloat>(
    _ a: [T], _ b: [T], _ ta: Bool, _ tb: Bool,
    _ s: (m: Int, n: Int, k: Int, lda: Int, ldb: Int, batches: Int, bShared: Bool)
) -> [T] {
    var c = [T](repeating: 0, count: s.batches * s.m * s.n)   // (batches, M, N)
    guard s.m > 0, s.n > 0, s.k > 0 else { return c }
    let aStride = s.m * s.k, bStride = s.bShared ? 0 : s.k * s.n, cStride = s.m * s.n
    a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            c.withUnsafeMutableBufferPointer { pc in
                guard let a0 = pa.baseAddress, let b0 = pb.baseAddress, let c0 = pc.baseAddress else { return }
                for batch in 0..<s.batches {
                    T.gemm(transposeA: ta, transposeB: tb, m: s.m, n: s.n, k: s.k,
                           a: a0 + batch * aStride, lda: s.lda, b: b0 + batch * bStride, ldb: s.ldb,
                           c: c0 + batch * cStride)
                }
            }
        }
    }
    return c
}
