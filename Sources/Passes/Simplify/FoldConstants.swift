import Foundation
import IR

/// Constant folding over splat constants: a node whose inputs are all `const` nodes, and whose
/// op maps splats to a splat, becomes one `const` of its type. Cheap by design — a constant is one
/// number, so folding never allocates a tensor, and big constants stay one number (immediates
/// for elementwise users, see MemoryPlan).
///
/// Values are computed in Double from the stored Doubles, which is exactly what the Float64
/// interpreter computes for the unfolded graph; an f32 engine reads the folded value rounded
/// once to Float, where the unfolded graph rounded each step — a difference of an ulp or so.
/// Integer values follow the runtime's i32 rules (wrapping arithmetic, truncating division); a
/// fold that would be a runtime error there (division by zero, a NaN cast to i32) is left alone
/// so the error still happens where it did. `elaboration`'s ConstantFolding folds symbols, not
/// tensors; this is the graph-level counterpart.
public struct FoldConstantsPass: SimplifyRule {
    public let name = "fold-constants"
    public init() {}

    public func simplify(_ entry: Entry) -> (Entry, changed: Bool) {
        EntryRewriter.rewrite(entry) { r, node in
            guard !node.inputs.isEmpty else { return nil }
            var values: [Double] = []
            for v in node.inputs {
                guard let c = r.constantValue(v) else { return nil }
                values.append(c)
            }
            let types = node.inputs.map { r.type(of: $0) }
            guard let folded = SplatFolding.fold(node.op, values, types, node.type) else { return nil }
            return r.constant(folded, node.type)
        }
    }
}

/// The value of an op applied to splat inputs, or nil where the result is not a splat or the
/// fold is not worth it (gathers, norms, losses, dropout masks).
enum SplatFolding {
    static func fold(_ op: OpKind, _ x: [Double], _ types: [TensorType], _ out: TensorType) -> Double? {
        let dtype = types[0].dtype
        switch op {
        case .unary(let u):
            return dtype == .i32 ? integerUnary(u, int32(x[0])) : floatUnary(u, x[0])
        case .binary(let b):
            // The runtime's own semantics (BinaryOp.apply); an i32 op that would fail at run time is not folded.
            return dtype == .i32 ? b.apply(int32(x[0]), int32(x[1])).map(Double.init) : b.apply(x[0], x[1], pow: Foundation.pow)
        case .select:
            let taken = dtype == .i32 ? int32(x[0]) != 0 : x[0] != 0
            return taken ? x[1] : x[2]
        case .cast(let to):
            return cast(x[0], from: dtype, to: to)
        case .reshape, .broadcast, .transpose, .slice:
            return x[0]
        case .concat:
            return x.allSatisfy({ $0.bitPattern == x[0].bitPattern }) ? x[0] : nil
        case .reduce(let r, let axes, _):
            let count = axes.reduce(1) { $0 * types[0].shape[normalizedAxis($1, rank: types[0].rank) ?? 0] }
            return reduce(r, x[0], count: count, dtype: dtype)
        case .softmax(let axis), .logSoftmax(let axis):
            guard let a = normalizedAxis(axis, rank: types[0].rank), x[0].isFinite else { return nil }
            let n = Double(types[0].shape[a])
            if case .softmax = op { return 1 / n }
            return -log(n)
        case .matmul(let ta, _):
            guard dtype.isFloat else { return nil }
            let a = types[0]
            let k = ta ? a.shape[a.rank - 2] : a.shape[a.rank - 1]
            return x[0] * x[1] * Double(k)
        default:
            return nil
        }
    }

    /// The runtime's reading of a stored constant as i32 (Interpreter.constantTensor).
    static func int32(_ v: Double) -> Int32 {
        v.isFinite ? Int32(clamping: Int64(max(min(v, 9e18), -9e18))) : 0
    }

    static func floatUnary(_ u: UnaryOp, _ x: Double) -> Double? {
        switch u {
        case .neg: return -x
        case .abs: return Swift.abs(x)
        case .exp: return exp(x)
        case .log: return log(x)
        case .sqrt: return x.squareRoot()
        case .rsqrt: return 1 / x.squareRoot()
        case .tanh: return tanh(x)
        case .sigmoid: return 1 / (1 + exp(-x))
        case .relu: return x > 0 ? x : 0
        case .square: return x * x
        case .reciprocal: return 1 / x
        case .step: return x > 0 ? 1 : 0
        case .geluTanh, .geluErf, .geluTanhGrad, .geluErfGrad: return nil
        }
    }

    static func integerUnary(_ u: UnaryOp, _ x: Int32) -> Double? {
        switch u {
        case .neg: return Double(0 &- x)
        case .abs: return Double(x < 0 ? 0 &- x : x)
        default: return nil
        }
    }


    static func cast(_ x: Double, from: DType, to: DType) -> Double? {
        switch (from, to) {
        case (.i32, _): return Double(int32(x))
        case (_, .i32):
            // As the runtime: truncation toward zero; NaN, ±∞ and out-of-range values are errors.
            guard let n = Int32(exactly: x.rounded(.towardZero)) else { return nil }
            return Double(n)
        default: return x
        }
    }

    /// Σ of `count` copies is count·x (the runtime's summation order only moves the last bits);
    /// the mean and max of copies are the copy.
    static func reduce(_ r: ReduceOp, _ x: Double, count: Int, dtype: DType) -> Double? {
        switch (r, dtype) {
        case (.max, _): return dtype == .i32 ? Double(int32(x)) : x
        case (.mean, .i32): return nil
        case (.mean, _): return x
        case (.sum, .i32): return Double(int32(x) &* Int32(truncatingIfNeeded: count))
        case (.sum, _): return x * Double(count)
        }
    }
}
