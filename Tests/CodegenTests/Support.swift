import IR
import Runtime
@testable import Codegen

/// Random inputs for an entry: floats uniform in `range`, i32 ids uniform in 0..<intBound.
func randomInputs(_ entry: Entry, seed: UInt64, range: ClosedRange<Double> = -2...2, intBound: Int32 = 5) -> [String: Tensor] {
    var rng = SplitMix64(seed: seed)
    var out: [String: Tensor] = [:]
    for p in entry.parameters {
        let n = p.type.elementCount
        switch p.type.dtype {
        case .i32:
            out[p.name] = Tensor(p.type, storage: .i32((0..<n).map { _ in Int32(rng.next() % UInt64(intBound)) }))
        case .f32:
            out[p.name] = Tensor(p.type, storage: .f32((0..<n).map { _ in
                Float(range.lowerBound + (range.upperBound - range.lowerBound) * rng.nextUnit()) }))
        case .f64:
            out[p.name] = Tensor(p.type, storage: .f64((0..<n).map { _ in
                range.lowerBound + (range.upperBound - range.lowerBound) * rng.nextUnit() }))
        }
    }
    return out
}

/// Largest |a − b| / max(|b|, 1% of max |b|, 1e-6): relative error, except that elements much
/// smaller than the tensor's scale (where summation order dominates) are measured against 1% of it.
func scaledRelativeError(_ a: Tensor, _ b: Tensor) -> Double {
    guard a.shape == b.shape else { return .infinity }
    let (x, y) = (a.doubles, b.doubles)
    let scale = max(y.map { Swift.abs($0) }.max() ?? 0, 0) * 0.01
    var worst = 0.0
    for (u, v) in zip(x, y) {
        if u.isNaN != v.isNaN { return .infinity }
        if u.isNaN { continue }
        worst = max(worst, Swift.abs(u - v) / max(Swift.abs(v), scale, 1e-6))
    }
    return worst
}

/// Runs `entry` on both engines with the same inputs and returns the worst error over results.
func compare(_ compiled: Engine, _ reference: Engine, entry: String, inputs: [String: Tensor]) throws -> Double {
    let got = try compiled.run(entry, inputs: inputs)
    let want = try reference.run(entry, inputs: inputs)
    var worst = 0.0
    for (name, w) in want {
        guard let g = got[name] else { return .infinity }
        worst = max(worst, scaledRelativeError(g, w.converted(to: g.type.dtype)))
    }
    return worst
}
