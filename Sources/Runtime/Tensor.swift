import IR

/// A dense row-major tensor owned by Swift arrays: the interpreter's values, and the currency
/// between engines, checkpoints and tests.
public struct Tensor: Hashable, Sendable, CustomStringConvertible {
    public enum Storage: Hashable, Sendable {
        case f32([Float])
        case f64([Double])
        case i32([Int32])
    }

    public private(set) var type: TensorType
    public var storage: Storage

    public init(_ type: TensorType, storage: Storage) {
        self.type = type
        self.storage = storage
        precondition(count == type.elementCount, "storage holds \(count) elements, \(type) needs \(type.elementCount)")
    }

    public init(shape: [Int], floats: [Float]) { self.init(TensorType(.f32, shape), storage: .f32(floats)) }
    public init(shape: [Int], doubles: [Double]) { self.init(TensorType(.f64, shape), storage: .f64(doubles)) }
    public init(shape: [Int], ints: [Int32]) { self.init(TensorType(.i32, shape), storage: .i32(ints)) }

    public static func zeros(_ type: TensorType) -> Tensor {
        let n = type.elementCount
        switch type.dtype {
        case .f32: return Tensor(type, storage: .f32([Float](repeating: 0, count: n)))
        case .f64: return Tensor(type, storage: .f64([Double](repeating: 0, count: n)))
        case .i32: return Tensor(type, storage: .i32([Int32](repeating: 0, count: n)))
        }
    }

    /// A tensor holding a copy of `type.elementCount` elements read from `source`.
    public init(_ type: TensorType, copyingFrom source: UnsafeRawPointer) {
        let n = type.elementCount
        func read<E>(_: E.Type) -> [E] { Array(UnsafeBufferPointer(start: source.assumingMemoryBound(to: E.self), count: n)) }
        switch type.dtype {
        case .f32: self.init(type, storage: .f32(read(Float.self)))
        case .f64: self.init(type, storage: .f64(read(Double.self)))
        case .i32: self.init(type, storage: .i32(read(Int32.self)))
        }
    }

    /// Overwrites every element with bytes read from `source` (same dtype and count), in the
    /// existing storage when this tensor is its only owner — no allocation on the update path.
    public mutating func overwrite(from source: UnsafeRawPointer) {
        func fill<E>(_ a: inout [E]) {
            a.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(start: source, count: $0.count)) }
        }
        switch storage {
        case .f32(var a): storage = .f32([]); fill(&a); storage = .f32(a)
        case .f64(var a): storage = .f64([]); fill(&a); storage = .f64(a)
        case .i32(var a): storage = .i32([]); fill(&a); storage = .i32(a)
        }
    }

    /// Runs `body` on this tensor's own bytes, writable; the storage is made unique first (copied
    /// when shared), so no other copy of the tensor sees the writes.
    public mutating func withUnsafeMutableBytes<R>(_ body: (UnsafeMutableRawBufferPointer) throws -> R) rethrows -> R {
        switch storage {
        case .f32(var a): storage = .f32([]); defer { storage = .f32(a) }; return try a.withUnsafeMutableBytes(body)
        case .f64(var a): storage = .f64([]); defer { storage = .f64(a) }; return try a.withUnsafeMutableBytes(body)
        case .i32(var a): storage = .i32([]); defer { storage = .i32(a) }; return try a.withUnsafeMutableBytes(body)
        }
    }

    public static func scalar(_ v: Float) -> Tensor { Tensor(shape: [], floats: [v]) }
    public static func scalar(_ v: Int32) -> Tensor { Tensor(shape: [], ints: [v]) }

    public var shape: [Int] { type.shape }
    public var count: Int {
        switch storage {
        case .f32(let a): return a.count
        case .f64(let a): return a.count
        case .i32(let a): return a.count
        }
    }

    /// Elements as Double, whatever the dtype (for comparisons and printing).
    public var doubles: [Double] {
        switch storage {
        case .f32(let a): return a.map(Double.init)
        case .f64(let a): return a
        case .i32(let a): return a.map(Double.init)
        }
    }

    /// Elements as Float (f64 rounded, i32 converted).
    public var floats: [Float] {
        switch storage {
        case .f32(let a): return a
        case .f64(let a): return a.map(Float.init)
        case .i32(let a): return a.map(Float.init)
        }
    }

    public var ints: [Int32] {
        switch storage {
        case .i32(let a): return a
        case .f32(let a): return a.map { Int32($0) }
        case .f64(let a): return a.map { Int32($0) }
        }
    }

    /// Same elements converted to another dtype.
    public func converted(to dtype: DType) -> Tensor {
        if dtype == type.dtype { return self }
        switch dtype {
        case .f32: return Tensor(type.with(dtype: .f32), storage: .f32(floats))
        case .f64: return Tensor(type.with(dtype: .f64), storage: .f64(doubles))
        case .i32: return Tensor(type.with(dtype: .i32), storage: .i32(ints))
        }
    }

    public func reshaped(_ shape: [Int]) -> Tensor {
        var t = self
        t.type = type.with(shape: shape)
        precondition(t.type.elementCount == count)
        return t
    }

    public var description: String {
        let values = doubles.prefix(8).map { String($0) }.joined(separator: ", ")
        return "\(type) [\(values)\(count > 8 ? ", …" : "")]"
    }
}

/// Largest elementwise |a − b| / max(|b|, floor): the error measure tests state tolerances in.
public func maxRelativeError(_ a: Tensor, _ b: Tensor, floor: Double = 1e-6) -> Double {
    precondition(a.shape == b.shape, "shapes differ: \(a.type) vs \(b.type)")
    var worst = 0.0
    for (x, y) in zip(a.doubles, b.doubles) {
        if x.isNaN != y.isNaN { return .infinity }
        if x.isNaN { continue }
        worst = max(worst, Swift.abs(x - y) / max(Swift.abs(y), floor))
    }
    return worst
}
