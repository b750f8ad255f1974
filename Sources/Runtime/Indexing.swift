import IR

/// gather (embedding lookup) and scatter_add (its VJP).
extension Interpreter {
    /// gather(table (V, R...), ids i32 (I...)) → (I..., R...): out[i..., :] = table[ids[i...], :].
    func gather(_ table: Tensor, _ ids: Tensor, _ out: TensorType) throws -> Tensor {
        guard case .i32(let index) = ids.storage, table.type.rank >= 1 else {
            throw EngineError("gather needs a table of rank ≥ 1 and i32 ids, got \(table.type) and \(ids.type)")
        }
        let rows = table.shape[0]
        let rowSize = table.shape.dropFirst().reduce(1, *)
        var map: [Int] = []
        map.reserveCapacity(index.count * rowSize)
        for (i, id) in index.enumerated() {
            guard id >= 0, Int(id) < rows else {
                throw EngineError("id \(id) at position \(i) is outside the table's \(rows) rows")
            }
            for e in 0..<rowSize { map.append(Int(id) * rowSize + e) }
        }
        return Tensor(out, storage: table.storage.picking(map))
    }

    /// scatter_add(ids i32 (I...), updates (I..., R...); rows) → (rows, R...):
    /// out[r, :] = Σ over positions i with ids[i] = r of updates[i, :], summed in position order.
    func scatterAdd(_ ids: Tensor, _ updates: Tensor, rows: Int, _ out: TensorType) throws -> Tensor {
        guard case .i32(let index) = ids.storage else { throw EngineError("ids must be i32, got \(ids.type)") }
        let rowSize = index.isEmpty ? 0 : updates.count / index.count
        for (i, id) in index.enumerated() where id < 0 || Int(id) >= rows {
            throw EngineError("id \(id) at position \(i) is outside the \(rows) rows")
        }
        func scatter<E>(_ u: [E], _ zero: E, _ add: (E, E) -> E) -> [E] {
            var result = [E](repeating: zero, count: out.elementCount)
            for (i, id) in index.enumerated() {
                for e in 0..<rowSize {
                    let r = Int(id) * rowSize + e
                    result[r] = add(result[r], u[i * rowSize + e])
                }
            }
            return result
        }
        switch updates.storage {
        case .f32(let u): return Tensor(out, storage: .f32(scatter(u, 0, +)))
        case .f64(let u): return Tensor(out, storage: .f64(scatter(u, 0, +)))
        case .i32(let u): return Tensor(out, storage: .i32(scatter(u, 0, &+)))
        }
    }
}
