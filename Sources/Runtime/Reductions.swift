import IR

/// reduce(sum|mean|max; axes, keepdims) and softmax / log_softmax along one axis.
extension Interpreter {
    /// Reduces over `axes` (negative axes count from the end). `out` already carries the keepdims
    /// shape; the flat output index is the same either way, since dropped axes have size 1.
    func reduce(_ op: ReduceOp, _ x: Tensor, axes: [Int], _ out: TensorType) throws -> Tensor {
        let rank = x.type.rank
        var reduced = Set<Int>()
        for a in axes {
            guard let n = normalizedAxis(a, rank: rank) else { throw EngineError("axis \(a) out of range for \(x.type)") }
            reduced.insert(n)
        }
        // For every input element, the flat index of the output element it folds into:
        // walk the input with the output's strides, stride 0 along reduced axes.
        let keptShape = x.shape.enumerated().map { reduced.contains($0.offset) ? 1 : $0.element }
        let keptStrides = rowMajorStrides(keptShape)
        let strides = (0..<rank).map { reduced.contains($0) ? 0 : keptStrides[$0] }
        let target = linearIndices(shape: x.shape, strides: strides)
        let groupSize = reduced.map { x.shape[$0] }.reduce(1, *)
        switch x.storage {
        case .f32(let a): return Tensor(out, storage: .f32(reduceFloat(op, a, target, out.elementCount, groupSize)))
        case .f64(let a): return Tensor(out, storage: .f64(reduceFloat(op, a, target, out.elementCount, groupSize)))
        case .i32(let a): return Tensor(out, storage: .i32(reduceInt(op, a, target, out.elementCount, groupSize)))
        }
    }

    /// argmax(x; axis) → i32 with `axis` removed: the index of the largest element along the axis,
    /// the first one on ties; a NaN counts as the largest (the first NaN wins), as in NumPy.
    func argmax(_ x: Tensor, axis: Int, _ out: TensorType) throws -> Tensor {
        guard let axis = normalizedAxis(axis, rank: x.type.rank) else {
            throw EngineError("axis \(axis) out of range for \(x.type)")
        }
        let (outer, length, inner) = splitAround(x.shape, axis: axis)
        let v = x.doubles   // exact for f32, f64 and i32
        var result = [Int32](repeating: 0, count: outer * inner)
        for o in 0..<outer {
            for i in 0..<inner {
                var best = 0
                for j in 0..<length {
                    let candidate = v[(o * length + j) * inner + i], current = v[(o * length + best) * inner + i]
                    if current.isNaN { break }
                    if candidate.isNaN || candidate > current { best = j }
                }
                result[o * inner + i] = Int32(truncatingIfNeeded: best)
            }
        }
        return Tensor(out, storage: .i32(result))
    }

    /// softmax(x)_i = exp(x_i − m) / Σ_j exp(x_j − m) along `axis`, m = max along the axis;
    /// log_softmax(x)_i = x_i − m − log Σ_j exp(x_j − m).
    func softmax(_ x: Tensor, axis: Int, log: Bool) throws -> Tensor {
        guard let axis = normalizedAxis(axis, rank: x.type.rank) else {
            throw EngineError("axis \(axis) out of range for \(x.type)")
        }
        let (outer, length, inner) = splitAround(x.shape, axis: axis)
        switch x.storage {
        case .f32(let a): return Tensor(x.type, storage: .f32(softmaxFloat(a, outer, length, inner, log)))
        case .f64(let a): return Tensor(x.type, storage: .f64(softmaxFloat(a, outer, length, inner, log)))
        case .i32: throw EngineError("softmax needs a float tensor, got \(x.type)")
        }
    }
}

/// out[target[i]] ⊕= x[i] in input order; mean divides the sums by the group size.
private func reduceFloat<T: InterpreterFloat>(_ op: ReduceOp, _ x: [T], _ target: [Int], _ count: Int,
                                             _ groupSize: Int) -> [T] {
    switch op {
    case .sum, .mean:
        var out = [T](repeating: 0, count: count)
        for (i, o) in target.enumerated() { out[o] += x[i] }
        if op == .mean { out = out.map { $0 / T(groupSize) } }
        return out
    case .max:
        var out = [T](repeating: -.infinity, count: count)
        for (i, o) in target.enumerated() {
            // NaN propagates, as in NumPy's max.
            if x[i].isNaN || out[o].isNaN { out[o] = .nan } else if x[i] > out[o] { out[o] = x[i] }
        }
        return out
    }
}

/// Integer reductions: sums wrap like compiled code; mean truncates toward zero.
private func reduceInt(_ op: ReduceOp, _ x: [Int32], _ target: [Int], _ count: Int, _ groupSize: Int) -> [Int32] {
    switch op {
    case .sum, .mean:
        var out = [Int32](repeating: 0, count: count)
        for (i, o) in target.enumerated() { out[o] = out[o] &+ x[i] }
        if op == .mean, groupSize > 0 { out = out.map { $0 / Int32(clamping: groupSize) } }
        return out
    case .max:
        var out = [Int32](repeating: .min, count: count)
        for (i, o) in target.enumerated() { out[o] = max(out[o], x[i]) }
        return out
    }
}

/// Softmax over the middle axis of a (outer, length, inner) array.
private func softmaxFloat<T: InterpreterFloat>(_ x: [T], _ outer: Int, _ length: Int, _ inner: Int,
                                              _ log: Bool) -> [T] {
    var out = [T](repeating: 0, count: x.count)
    for o in 0..<outer {
        for i in 0..<inner {
            let base = o * length * inner + i   // element j of this line is at base + j·inner
            var m = -T.infinity
            for j in 0..<length { m = max(m, x[base + j * inner]) }
            var sum: T = 0
            for j in 0..<length { sum += T.exp(x[base + j * inner] - m) }
            let logSum = T.log(sum)
            for j in 0..<length {
                let shifted = x[base + j * inner] - m
                out[base + j * inner] = log ? shifted - logSum : T.exp(shifted) / sum
            }
        }
    }
    return out
}
