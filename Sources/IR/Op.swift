/// The op set of the graph IR. Every op is printed as `name(args, attr=value, ...)`;
/// `OpSpelling.swift` maps between the two forms and `TypeInference.swift` gives the shape rules.

public enum UnaryOp: String, Hashable, Sendable, CaseIterable {
    case neg, abs, exp, log, sqrt, rsqrt, tanh, sigmoid, relu, square, reciprocal
    case geluTanh = "gelu_tanh"        // 0.5·x·(1 + tanh(√(2/π)·(x + 0.044715·x³)))
    case geluErf = "gelu_erf"          // 0.5·x·(1 + erf(x/√2))
    /// Derivatives used by autodiff: d/dx of the forms above, and the unit step (relu').
    case geluTanhGrad = "gelu_tanh_grad"
    case geluErfGrad = "gelu_erf_grad"
    case step                          // 1 where x > 0, else 0
}

public enum BinaryOp: String, Hashable, Sendable, CaseIterable {
    case add, sub, mul, div, maximum, minimum, pow
    /// Comparisons yield 1 or 0 in the operands' dtype.
    case less, greater, equal
}

public enum ReduceOp: String, Hashable, Sendable, CaseIterable {
    case sum, mean, max
}

public enum OpKind: Hashable, Sendable {
    // Sources.
    case parameter(Int)                         // entry argument #i
    case weight(Int)                            // graph weight #i (frozen, trainable or state)
    case constant(Double, TensorType)           // every element = value
    case iota(TensorType, axis: Int)            // element = its index along `axis` (causal masks, positions)

    // Elementwise, with NumPy broadcasting.
    case unary(UnaryOp)
    case binary(BinaryOp)
    case select                                 // where(cond, a, b): a where cond ≠ 0
    case cast(DType)

    // Linear algebra and indexing.
    case matmul(transposeA: Bool, transposeB: Bool)   // [..., M, K] × [..., K, N]; b may be 2-D
    case gather                                 // table[V, ...] rows at ids i32[...]
    case scatterAdd(rows: Int)                  // VJP of gather: sums updates[..., D] into [rows, D]

    // Reductions and normalizations.
    case reduce(ReduceOp, axes: [Int], keepDims: Bool)
    case argmax(axis: Int)                      // i32 index of the largest element (first on ties); axis removed
    case softmax(axis: Int)
    case logSoftmax(axis: Int)
    case rmsNorm(eps: Double)                   // x·rsqrt(mean(x², -1) + eps)·w
    case layerNorm(eps: Double)                 // (x − mean)·rsqrt(var + eps)·w + b

    // Data movement.
    case reshape([Int])
    case transpose([Int])
    case concat(axis: Int)
    case slice(axis: Int, start: Int, end: Int)
    case broadcast([Int])

    // Padded positions. keep_rows(x[N, S, ...], mask i32[N, S]): x where mask ≠ 0, zero in the other
    // rows. Rows that are zero past the last set position let a GEMM skip them (Analysis/ZeroRows.swift).
    case keepRows

    // Training.
    case dropout(rate: Double)                  // (x, seed i32[]): counter-based mask, scaled by 1/(1−rate)
    case crossEntropy(ignoreIndex: Int)         // (logits[N, C], labels i32[N]) → mean over kept rows
    case crossEntropyGrad(ignoreIndex: Int)     // (logits, labels, dloss f32[]) → dlogits

    // T5 relative position buckets: bucket[q, k] of (k − q).
    case positionBucket(query: Int, key: Int, bidirectional: Bool, numBuckets: Int, maxDistance: Int)

    // A fused region (FusedRegion.swift): its body's ops, run as one kernel.
    case fused(FusedRegion)
    // Result #index (≥ 1) of the fused region that is its input; the fused node itself is #0.
    case regionResult(index: Int, TensorType)

    /// Ops with no inputs that read state rather than compute.
    public var isSource: Bool {
        switch self {
        case .parameter, .weight, .constant, .iota: return true
        default: return false
        }
    }
}

extension OpKind {
    /// Ops that compute output element i from input elements at the same (broadcast) index only,
    /// so an input that dies here may share the output's buffer, and constants may be immediates.
    /// A fused region is elementwise when its whole body is.
    public var isElementwise: Bool {
        switch self {
        case .unary, .binary, .select, .cast, .dropout, .broadcast: return true
        case .fused(let region): return region.isElementwise
        default: return false
        }
    }
}
