import IR
import RealModule

/// T5 relative-position buckets, exactly as Hugging Face's `T5Attention._relative_position_bucket`
/// for relative_position = k − q (memory position minus query position):
///
///     bidirectional: n = num_buckets / 2; bucket = (rel > 0) · n; rel = |rel|
///     causal:        n = num_buckets;     bucket = 0;            rel = −min(rel, 0)
///     max_exact = n / 2
///     bucket += rel < max_exact ? rel
///             : min(max_exact + Int(log(Float(rel) / max_exact) / Float(log(max_distance / max_exact))
///                                   · Float(n − max_exact)), n − 1)
///
/// The log-spaced part is computed in Float32, like torch (`rel.float()`, a float32 tensor divided
/// by a Python float that is rounded to float32), then truncated toward zero, so boundary cases
/// round the same way as the reference. When max_exact is 0 (num_buckets < 4 bidirectional) the
/// reference divides by zero; here such positions get the last bucket, n − 1.
extension Interpreter {
    func positionBuckets(query: Int, key: Int, bidirectional: Bool, numBuckets: Int, maxDistance: Int) -> Tensor {
        var out = [Int32](repeating: 0, count: query * key)   // (Q, K)
        for q in 0..<query {
            for k in 0..<key {
                out[q * key + k] = Int32(truncatingIfNeeded: relativePositionBucket(
                    k - q, bidirectional: bidirectional, numBuckets: numBuckets, maxDistance: maxDistance))
            }
        }
        return Tensor(shape: [query, key], ints: out)
    }
}

/// One bucket; see the formula above.
public func relativePositionBucket(_ relative: Int, bidirectional: Bool, numBuckets: Int, maxDistance: Int) -> Int {
    var n = numBuckets
    var bucket = 0
    var rel = relative
    if bidirectional {
        n /= 2
        if rel > 0 { bucket += n }
        rel = abs(rel)
    } else {
        rel = -min(rel, 0)
    }
    let maxExact = n / 2
    if rel < maxExact { return bucket + rel }
    let logRatio = Float.log(Float(rel) / Float(maxExact))
    let logRange = Float(Double.log(Double(maxDistance) / Double(maxExact)))
    let scaled = logRatio / logRange * Float(n - maxExact)
    // Truncate toward zero like `.to(torch.long)`; anything past the last bucket is capped.
    let large = scaled.isFinite && scaled < Float(n) ? maxExact + Int(scaled) : n - 1
    return bucket + min(large, n - 1)
}
