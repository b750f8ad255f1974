import IR

/// rms_norm and layer_norm over the last axis.
extension Interpreter {
    /// rms_norm(x, w) = x · (1 / sqrt(mean(x², last axis) + eps)) · w      x (..., D), w (D)
    func rmsNorm(_ x: Tensor, _ w: Tensor, eps: Double) throws -> Tensor {
        switch (x.storage, w.storage) {
        case (.f32(let a), .f32(let g)): return Tensor(x.type, storage: .f32(rmsNormFloat(a, g, eps)))
        case (.f64(let a), .f64(let g)): return Tensor(x.type, storage: .f64(rmsNormFloat(a, g, eps)))
        default: throw EngineError("rms_norm needs float tensors of one dtype, got \(x.type) and \(w.type)")
        }
    }

    /// layer_norm(x, w, b) = (x − mean) / sqrt(var + eps) · w + b, biased variance, last axis.
    func layerNorm(_ x: Tensor, _ w: Tensor, _ b: Tensor, eps: Double) throws -> Tensor {
        switch (x.storage, w.storage, b.storage) {
        case (.f32(let a), .f32(let g), .f32(let h)):
            return Tensor(x.type, storage: .f32(layerNormFloat(a, g, h, eps)))
        case (.f64(let a), .f64(let g), .f64(let h)):
            return Tensor(x.type, storage: .f64(layerNormFloat(a, g, h, eps)))
        default:
            throw EngineError("layer_norm needs float tensors of one dtype, got \(x.type), \(w.type), \(b.type)")
        }
    }
}

private func rmsNormFloat<T: InterpreterFloat>(_ x: [T], _ w: [T], _ eps: Double) -> [T] {
    let d = w.count
    guard d > 0 else { return x }
    var out = [T](repeating: 0, count: x.count)
    for row in 0..<(x.count / d) {
        let base = row * d
        var sumSquares: T = 0
        for j in 0..<d { sumSquares += x[base + j] * x[base + j] }
        let scale = 1 / T.sqrt(sumSquares / T(d) + T(eps))
        for j in 0..<d { out[base + j] = x[base + j] * scale * w[j] }
    }
    return out
}

private func layerNormFloat<T: InterpreterFloat>(_ x: [T], _ w: [T], _ b: [T], _ eps: Double) -> [T] {
    let d = w.count
    guard d > 0 else { return x }
    var out = [T](repeating: 0, count: x.count)
    for row in 0..<(x.count / d) {
        let base = row * d
        var sum: T = 0
        for j in 0..<d { sum += x[base + j] }
        let mean = sum / T(d)
        var sumSquares: T = 0   // Σ (x − mean)², two-pass for accuracy
        for j in 0..<d { sumSquares += (x[base + j] - mean) * (x[base + j] - mean) }
        let invStd = 1 / T.sqrt(sumSquares / T(d) + T(eps))
        for j in 0..<d { out[base + j] = (x[base + j] - mean) * invStd * w[j] + b[j] }
    }
    return out
}
