/// What a binary elementwise op computes on one pair of elements: the one definition the
/// interpreter (Runtime/Elementwise.swift) and constant folding (Passes/Simplify/FoldConstants.swift)
/// share, so a folded constant is exactly what the op computes when the graph runs. Codegen emits
/// the same semantics in LLVM IR (Codegen/ScalarOps.swift) and is checked against the interpreter.
extension BinaryOp {
    /// Floating point. maximum/minimum propagate NaN (NumPy's maximum/minimum, not IEEE maxNum);
    /// comparisons give 1 or 0. `pow` is the caller's: the interpreter uses C's pow per dtype.
    @inlinable @inline(__always)
    public func apply<T: FloatingPoint>(_ a: T, _ b: T, pow: (T, T) -> T) -> T {
        switch self {
        case .add: return a + b
        case .sub: return a - b
        case .mul: return a * b
        case .div: return a / b
        case .maximum: return a.isNaN || b.isNaN ? .nan : Swift.max(a, b)
        case .minimum: return a.isNaN || b.isNaN ? .nan : Swift.min(a, b)
        case .pow: return pow(a, b)
        case .less: return a < b ? 1 : 0
        case .greater: return a > b ? 1 : 0
        case .equal: return a == b ? 1 : 0
        }
    }

    /// i32: wrapping arithmetic (like compiled code), C-style truncating division, pow by
    /// square-and-multiply. Nil where running the op is an error: division by zero, a negative power.
    @inlinable
    public func apply(_ a: Int32, _ b: Int32) -> Int32? {
        switch self {
        case .add: return a &+ b
        case .sub: return a &- b
        case .mul: return a &* b
        case .div: return b == 0 ? nil : a.dividedReportingOverflow(by: b).partialValue
        case .maximum: return Swift.max(a, b)
        case .minimum: return Swift.min(a, b)
        case .pow:
            guard b >= 0 else { return nil }
            var result: Int32 = 1, base = a, e = b
            while e > 0 {
                if e & 1 == 1 { result = result &* base }
                base = base &* base
                e >>= 1
            }
            return result
        case .less: return a < b ? 1 : 0
        case .greater: return a > b ? 1 : 0
        case .equal: return a == b ? 1 : 0
        }
    }
}
