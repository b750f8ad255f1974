import IR

/// Index arithmetic shared by the interpreter's kernels. Data movement is expressed as an
/// *index map*: for every output element in row-major order, the flat index of the source element
/// it copies. Maps are plain `[Int]`, easy to check by eye, and independent of the dtype.

/// For every element of `shape` in row-major order: `offset + Σ index[axis] · strides[axis]`.
func linearIndices(shape: [Int], strides: [Int], offset: Int = 0) -> [Int] {
    let count = shape.reduce(1, *)
    var out = [Int](repeating: 0, count: count)
    if count == 0 { return out }
    var index = [Int](repeating: 0, count: shape.count)   // the odometer
    var flat = offset
    for i in 0..<count {
        out[i] = flat
        // Advance the last axis; carry into earlier axes.
        var axis = shape.count - 1
        while axis >= 0 {
            index[axis] += 1
            flat += strides[axis]
            if index[axis] < shape[axis] { break }
            flat -= strides[axis] * shape[axis]
            index[axis] = 0
            axis -= 1
        }
    }
    return out
}

/// Source index of every element of `outShape` when `shape` is broadcast to it (NumPy rules:
/// trailing alignment, size-1 axes repeat). The caller has checked that they broadcast.
func broadcastIndexMap(from shape: [Int], to outShape: [Int]) -> [Int] {
    let sourceStrides = rowMajorStrides(shape)
    let lead = outShape.count - shape.count
    var strides = [Int](repeating: 0, count: outShape.count)
    for axis in 0..<shape.count where shape[axis] != 1 {
        strides[lead + axis] = sourceStrides[axis]
    }
    return linearIndices(shape: outShape, strides: strides)
}

/// Sizes around an axis: a tensor of `shape` is `(outer, shape[axis], inner)` in row-major order.
func splitAround(_ shape: [Int], axis: Int) -> (outer: Int, length: Int, inner: Int) {
    let outer = shape[..<axis].reduce(1, *)
    let inner = shape[(axis + 1)...].reduce(1, *)
    return (outer, shape[axis], inner)
}

extension Tensor.Storage {
    /// The elements at `indices`, in that order (any dtype).
    func picking(_ indices: [Int]) -> Tensor.Storage {
        switch self {
        case .f32(let a): return .f32(indices.map { a[$0] })
        case .f64(let a): return .f64(indices.map { a[$0] })
        case .i32(let a): return .i32(indices.map { a[$0] })
        }
    }

    /// The same dtype with `other`'s elements appended; nil when the dtypes differ.
    func appending(_ other: Tensor.Storage) -> Tensor.Storage? {
        switch (self, other) {
        case (.f32(let a), .f32(let b)): return .f32(a + b)
        case (.f64(let a), .f64(let b)): return .f64(a + b)
        case (.i32(let a), .i32(let b)): return .i32(a + b)
        default: return nil
        }
    }

    var dtype: DType {
        switch self {
        case .f32: return .f32
        case .f64: return .f64
        case .i32: return .i32
        }
    }
}
