import IR

/// dropout, cross_entropy and its gradient.
extension Interpreter {
    /// dropout(x, seed; rate): element i is kept iff `DropoutMask.keep(seed:index: i, ...)` (row-major flat index), kept
    /// elements are scaled by 1/(1 − rate), the others are 0. rate 0 is the identity.
    func dropout(_ x: Tensor, seed: Tensor, rate: Double) throws -> Tensor {
        guard case .i32(let s) = seed.storage, s.count == 1 else { throw EngineError("seed must be i32[], got \(seed.type)") }
        guard rate >= 0, rate < 1 else { throw EngineError("rate must be in [0, 1), got \(rate)") }
        let threshold = DropoutMask.threshold(rate: rate), key = DropoutMask.key(seed: s[0])
        func apply<T: InterpreterFloat>(_ a: [T]) -> [T] {
            let scale = 1 / (1 - T(rate))
            return a.enumerated().map { i, v in DropoutMask.keep(key: key, index: i, threshold: threshold) ? v * scale : 0 }
        }
        switch x.storage {
        case .f32(let a): return Tensor(x.type, storage: .f32(apply(a)))
        case .f64(let a): return Tensor(x.type, storage: .f64(apply(a)))
        case .i32: throw EngineError("dropout needs a float tensor, got \(x.type)")
        }
    }

    /// cross_entropy(logits (N, C), labels i32 (N); ignore_index) = mean over rows with
    /// label ≠ ignore_index of −log_softmax(logits)[row, label]; 0 when every row is ignored.
    func crossEntropy(_ logits: Tensor, _ labels: Tensor, ignoreIndex: Int) throws -> Tensor {
        let rows = try keptRows(logits, labels, ignoreIndex)
        func loss<T: InterpreterFloat>(_ z: [T]) -> [T] {
            let c = logits.shape[1]
            var total: T = 0
            for (row, label) in rows {
                let logp = logSoftmaxRow(z, row * c, c)
                total -= logp[label]
            }
            return [rows.isEmpty ? 0 : total / T(rows.count)]
        }
        let out = TensorType(logits.type.dtype, [])
        switch logits.storage {
        case .f32(let z): return Tensor(out, storage: .f32(loss(z)))
        case .f64(let z): return Tensor(out, storage: .f64(loss(z)))
        case .i32: throw EngineError("logits must be float, got \(logits.type)")
        }
    }

    /// d cross_entropy / d logits, times dloss: dloss · (softmax(row) − onehot(label)) / count for
    /// kept rows, 0 for ignored rows.
    func crossEntropyGrad(_ logits: Tensor, _ labels: Tensor, _ dloss: Tensor, ignoreIndex: Int) throws -> Tensor {
        let rows = try keptRows(logits, labels, ignoreIndex)
        let c = logits.shape[1]
        func grad<T: InterpreterFloat>(_ z: [T], _ g: T) -> [T] {
            var out = [T](repeating: 0, count: z.count)
            let scale = rows.isEmpty ? 0 : g / T(rows.count)
            for (row, label) in rows {
                let logp = logSoftmaxRow(z, row * c, c)
                for j in 0..<c { out[row * c + j] = scale * (T.exp(logp[j]) - (j == label ? 1 : 0)) }
            }
            return out
        }
        switch (logits.storage, dloss.storage) {
        case (.f32(let z), .f32(let g)) where g.count == 1: return Tensor(logits.type, storage: .f32(grad(z, g[0])))
        case (.f64(let z), .f64(let g)) where g.count == 1: return Tensor(logits.type, storage: .f64(grad(z, g[0])))
        default: throw EngineError("needs float logits and a scalar dloss of one dtype, got \(logits.type), \(dloss.type)")
        }
    }

    /// The (row, label) pairs that count; a label outside [0, C) that is not ignore_index is an error.
    private func keptRows(_ logits: Tensor, _ labels: Tensor, _ ignoreIndex: Int) throws -> [(Int, Int)] {
        guard logits.type.rank == 2, case .i32(let l) = labels.storage, l.count == logits.shape[0] else {
            throw EngineError("needs logits (N, C) and i32 labels (N), got \(logits.type) and \(labels.type)")
        }
        let classes = logits.shape[1]
        var rows: [(Int, Int)] = []
        for (row, label) in l.enumerated() where Int(label) != ignoreIndex {
            guard label >= 0, Int(label) < classes else {
                throw EngineError("label \(label) in row \(row) is outside [0, \(classes)) and is not ignore_index \(ignoreIndex)")
            }
            rows.append((row, Int(label)))
        }
        return rows
    }
}

/// log_softmax of z[base ..< base + count], max-subtracted.
private func logSoftmaxRow<T: InterpreterFloat>(_ z: [T], _ base: Int, _ count: Int) -> [T] {
    var m = -T.infinity
    for j in 0..<count { m = max(m, z[base + j]) }
    var sum: T = 0
    for j in 0..<count { sum += T.exp(z[base + j] - m) }
    let logSum = T.log(sum)
    return (0..<count).map { z[base + $0] - m - logSum }
}
