import IR

/// transpose, concat, slice (reshape and broadcast are one-liners in the dispatcher). Each builds an
/// index map and picks elements, so they work on every dtype.
extension Interpreter {
    /// out[i_0, …] = x[i_{perm⁻¹(0)}, …]: output axis j is input axis perm[j].
    func transpose(_ x: Tensor, perm: [Int], _ out: TensorType) -> Tensor {
        let inStrides = rowMajorStrides(x.shape)
        let map = linearIndices(shape: out.shape, strides: perm.map { inStrides[$0] })
        return Tensor(out, storage: x.storage.picking(map))
    }

    /// Joins `parts` along `axis`: for each outer index, part 0's block, then part 1's, ...
    func concat(_ parts: [Tensor], axis: Int, _ out: TensorType) throws -> Tensor {
        guard let first = parts.first, let axis = normalizedAxis(axis, rank: first.type.rank) else {
            throw EngineError("concat needs at least one input and a valid axis")
        }
        // Index map into the concatenation of all parts' flat storages.
        var map: [Int] = []
        map.reserveCapacity(out.elementCount)
        let outer = first.shape[..<axis].reduce(1, *)
        var starts = [0]            // where each part begins in the joined storage
        var joined = first.storage
        for p in parts.dropFirst() {
            starts.append(storageCount(joined))
            guard let j = joined.appending(p.storage) else {
                throw EngineError("dtype mismatch in concat: \(first.type) and \(p.type)")
            }
            joined = j
        }
        for o in 0..<outer {
            for (p, part) in parts.enumerated() {
                let block = part.shape[axis...].reduce(1, *)   // elements of one outer slice
                for e in 0..<block { map.append(starts[p] + o * block + e) }
            }
        }
        return Tensor(out, storage: joined.picking(map))
    }

    /// Elements start..<end along `axis` (the end is implied by `out`).
    func slice(_ x: Tensor, axis: Int, start: Int, _ out: TensorType) -> Tensor {
        let inStrides = rowMajorStrides(x.shape)
        let a = normalizedAxis(axis, rank: x.type.rank) ?? 0
        let map = linearIndices(shape: out.shape, strides: inStrides, offset: start * inStrides[a])
        return Tensor(out, storage: x.storage.picking(map))
    }
}

private func storageCount(_ s: Tensor.Storage) -> Int {
    switch s {
    case .f32(let a): return a.count
    case .f64(let a): return a.count
    case .i32(let a): return a.count
    }
}
