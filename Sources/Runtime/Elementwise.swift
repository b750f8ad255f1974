import IR
import RealModule

/// Elementwise kernels: unary math, binary ops with NumPy broadcasting, `where`, `keep_rows`, `cast`.
extension Interpreter {
    func unary(_ op: UnaryOp, _ x: Tensor) throws -> Tensor {
        switch x.storage {
        case .f32(let a): return Tensor(x.type, storage: .f32(unaryFloat(op, a)))
        case .f64(let a): return Tensor(x.type, storage: .f64(unaryFloat(op, a)))
        case .i32(let a):
            // Only sign ops are defined on integers (the type rules reject the rest); wrapping like
            // two's-complement hardware, so neg(Int32.min) does not trap.
            switch op {
            case .neg: return Tensor(x.type, storage: .i32(a.map { 0 &- $0 }))
            case .abs: return Tensor(x.type, storage: .i32(a.map { $0 < 0 ? 0 &- $0 : $0 }))
            default: throw EngineError("\(op.rawValue) is not defined on i32")
            }
        }
    }

    func binary(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, _ out: TensorType) throws -> Tensor {
        if a.shape == out.shape && b.shape == out.shape {
            return try binarySameShape(op, a, b, out)
        }
        let ia = broadcastIndexMap(from: a.shape, to: out.shape)   // out index → a index
        let ib = broadcastIndexMap(from: b.shape, to: out.shape)   // out index → b index
        switch (a.storage, b.storage) {
        case (.f32(let x), .f32(let y)):
            return Tensor(out, storage: .f32(zip(ia, ib).map { binaryFloat(op, x[$0], y[$1]) }))
        case (.f64(let x), .f64(let y)):
            return Tensor(out, storage: .f64(zip(ia, ib).map { binaryFloat(op, x[$0], y[$1]) }))
        case (.i32(let x), .i32(let y)):
            return Tensor(out, storage: .i32(try zip(ia, ib).map { try binaryInt(op, x[$0], y[$1]) }))
        default:
            throw EngineError("dtype mismatch: \(a.type) and \(b.type)")
        }
    }

    /// The common case without broadcasting: element i of a with element i of b.
    private func binarySameShape(_ op: BinaryOp, _ a: Tensor, _ b: Tensor, _ out: TensorType) throws -> Tensor {
        switch (a.storage, b.storage) {
        case (.f32(let x), .f32(let y)): return Tensor(out, storage: .f32(zip(x, y).map { binaryFloat(op, $0, $1) }))
        case (.f64(let x), .f64(let y)): return Tensor(out, storage: .f64(zip(x, y).map { binaryFloat(op, $0, $1) }))
        case (.i32(let x), .i32(let y)): return Tensor(out, storage: .i32(try zip(x, y).map { try binaryInt(op, $0, $1) }))
        default: throw EngineError("dtype mismatch: \(a.type) and \(b.type)")
        }
    }

    /// keep_rows(x (N, S, ...), mask i32 (N, S)): row (n, s) of x where mask[n, s] ≠ 0, else zeros.
    func keepRows(_ x: Tensor, mask: Tensor) throws -> Tensor {
        guard case .i32(let m) = mask.storage, x.shape.count >= 2, mask.shape == Array(x.shape.prefix(2)) else {
            throw EngineError("keep_rows needs an i32 mask of the first two axes of \(x.type), got \(mask.type)")
        }
        let width = x.shape.dropFirst(2).reduce(1, *)
        func apply<T: InterpreterFloat>(_ a: [T]) -> [T] {
            a.enumerated().map { i, v in m[i / width] != 0 ? v : 0 }
        }
        switch x.storage {
        case .f32(let a): return Tensor(x.type, storage: .f32(apply(a)))
        case .f64(let a): return Tensor(x.type, storage: .f64(apply(a)))
        case .i32: throw EngineError("keep_rows needs a float tensor, got \(x.type)")
        }
    }

    /// where(cond, a, b): a where cond ≠ 0, else b; all three broadcast to `out`.
    func select(_ cond: Tensor, _ a: Tensor, _ b: Tensor, _ out: TensorType) throws -> Tensor {
        let c = cond.doubles
        let ic = broadcastIndexMap(from: cond.shape, to: out.shape)
        let ia = broadcastIndexMap(from: a.shape, to: out.shape)
        let ib = broadcastIndexMap(from: b.shape, to: out.shape)
        // Index map into the concatenation [a; b]: b's elements start at a.count.
        let picks = (0..<out.elementCount).map { c[ic[$0]] != 0 ? ia[$0] : a.count + ib[$0] }
        guard let both = a.storage.appending(b.storage) else {
            throw EngineError("dtype mismatch: \(a.type) and \(b.type)")
        }
        return Tensor(out, storage: both.picking(picks))
    }

    /// Converts to `dtype` (a working dtype). Floats to i32 truncate toward zero; NaN, ±∞ and values
    /// outside the i32 range are errors rather than undefined behaviour.
    func cast(_ x: Tensor, to dtype: DType) throws -> Tensor {
        if dtype != .i32 || x.type.dtype == .i32 { return x.converted(to: dtype) }
        var ints = [Int32](repeating: 0, count: x.count)
        for (i, v) in x.doubles.enumerated() {
            guard let n = Int32(exactly: v.rounded(.towardZero)) else {
                throw EngineError("cannot cast \(v) (element \(i)) to i32")
            }
            ints[i] = n
        }
        return Tensor(x.type.with(dtype: .i32), storage: .i32(ints))
    }
}

/// The unary ops on a float array; formulas as in `UnaryOp`.
func unaryFloat<T: InterpreterFloat>(_ op: UnaryOp, _ x: [T]) -> [T] {
    let half = T(1) / 2
    let tanhScale = T.sqrt(2 / T.pi)     // √(2/π)
    let cubic = T(0.044715)
    let invSqrt2 = 1 / T.sqrt(2)
    let invSqrt2Pi = 1 / T.sqrt(2 * T.pi)
    switch op {
    case .neg: return x.map { -$0 }
    case .abs: return x.map { Swift.abs($0) }
    case .exp: return x.map { T.exp($0) }
    case .log: return x.map { T.log($0) }
    case .sqrt: return x.map { T.sqrt($0) }
    case .rsqrt: return x.map { 1 / T.sqrt($0) }
    case .tanh: return x.map { T.tanh($0) }
    case .sigmoid: return x.map { 1 / (1 + T.exp(-$0)) }
    case .relu: return x.map { $0 > 0 ? $0 : 0 }
    case .square: return x.map { $0 * $0 }
    case .reciprocal: return x.map { 1 / $0 }
    case .step: return x.map { $0 > 0 ? 1 : 0 }
    // The gelu forms below are the formulas of `UnaryOp` rewritten with exact identities that
    // avoid cancellation for x ≪ 0, where 1 + tanh(u) and 1 + erf(·) lose most digits in Float:
    //   ½(1 + tanh u) = 1 / (1 + e^(−2u)),  1 − tanh²u = 4 / (e^u + e^(−u))²,  1 + erf(z) = erfc(−z).
    case .geluTanh:
        // ½x(1 + tanh u), u = √(2/π)(x + 0.044715x³)
        return x.map { v in v / (1 + T.exp(-2 * tanhScale * (v + cubic * v * v * v))) }
    case .geluErf:
        // ½x(1 + erf(x/√2))
        return x.map { v in half * v * T.erfc(-v * invSqrt2) }
    case .geluTanhGrad:
        // d/dx ½x(1 + tanh u) = ½(1 + tanh u) + ½x(1 − tanh²u)·√(2/π)(1 + 3·0.044715x²)
        return x.map { v in
            let u = tanhScale * (v + cubic * v * v * v)
            let halfOnePlusTanh = 1 / (1 + T.exp(-2 * u))
            let coshSum = T.exp(u) + T.exp(-u)   // 2 cosh u; overflows to ∞ → sech² = 0, as it should
            let sech2 = 4 / (coshSum * coshSum)
            return halfOnePlusTanh + half * v * sech2 * tanhScale * (1 + 3 * cubic * v * v)
        }
    case .geluErfGrad:
        // d/dx ½x(1 + erf(x/√2)) = Φ(x) + x·φ(x)
        return x.map { v in half * T.erfc(-v * invSqrt2) + v * T.exp(-half * v * v) * invSqrt2Pi }
    }
}

/// Float binary ops: BinaryOp.apply (IR/ScalarSemantics.swift) with C's pow.
@inline(__always)
func binaryFloat<T: InterpreterFloat>(_ op: BinaryOp, _ a: T, _ b: T) -> T {
    op.apply(a, b, pow: T.cPow)
}

/// Integer binary ops: BinaryOp.apply; where it has no value the op is an error.
func binaryInt(_ op: BinaryOp, _ a: Int32, _ b: Int32) throws -> Int32 {
    guard let value = op.apply(a, b) else {
        throw EngineError(op == .div ? "i32 division by zero" : "i32 pow needs a non-negative exponent, got \(b)")
    }
    return value
}
