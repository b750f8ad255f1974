/// Element types. Float tensors are `f32` in every graph; the interpreter can evaluate
/// them in double precision for gradient checks without changing the IR.
public enum DType: String, Hashable, Sendable, CaseIterable {
    case f32, f64, i32

    public var isFloat: Bool { self != .i32 }
    public var byteSize: Int { self == .f64 ? 8 : 4 }
}

/// A tensor's element type and static shape, printed `f32[B, L, D]` with dims bound to numbers.
public struct TensorType: Hashable, Sendable, CustomStringConvertible {
    public var dtype: DType
    public var shape: [Int]

    public init(_ dtype: DType, _ shape: [Int]) {
        self.dtype = dtype
        self.shape = shape
    }

    public static func f32(_ shape: [Int]) -> TensorType { TensorType(.f32, shape) }
    public static func i32(_ shape: [Int]) -> TensorType { TensorType(.i32, shape) }
    public static let scalarF32 = TensorType(.f32, [])

    public var rank: Int { shape.count }
    public var elementCount: Int { shape.reduce(1, *) }
    public var byteCount: Int { elementCount * dtype.byteSize }

    public func with(shape: [Int]) -> TensorType { TensorType(dtype, shape) }
    public func with(dtype: DType) -> TensorType { TensorType(dtype, shape) }

    public var description: String { "\(dtype.rawValue)[\(shape.map(String.init).joined(separator: ", "))]" }
}

/// Row-major strides for a shape.
public func rowMajorStrides(_ shape: [Int]) -> [Int] {
    var strides = [Int](repeating: 1, count: shape.count)
    var running = 1
    for axis in stride(from: shape.count - 1, through: 0, by: -1) {
        strides[axis] = running
        running *= shape[axis]
    }
    return strides
}

/// NumPy broadcasting of two shapes (aligned at the trailing axis), or nil when incompatible.
public func broadcastShapes(_ a: [Int], _ b: [Int]) -> [Int]? {
    let rank = max(a.count, b.count)
    var out = [Int](repeating: 1, count: rank)
    for i in 0..<rank {
        let da = i < rank - a.count ? 1 : a[i - (rank - a.count)]
        let db = i < rank - b.count ? 1 : b[i - (rank - b.count)]
        if da == db || db == 1 { out[i] = da } else if da == 1 { out[i] = db } else { return nil }
    }
    return out
}

/// Normalizes a possibly negative axis against a rank, or nil when out of range.
public func normalizedAxis(_ axis: Int, rank: Int) -> Int? {
    let a = axis < 0 ? axis + rank : axis
    return (0..<max(rank, 0)).contains(a) ? a : nil
}
