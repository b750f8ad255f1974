import Runtime

/// A (B, S, D) tensor with the rows where mask (B, S) is 0 set to zero: what eptc's T5 encoder
/// outputs at padded positions (graphs/lib/t5-model.graph, `padded_zero`), for comparing it with
/// a reference that computed those positions.
public func zeroingPaddedRows(_ t: Tensor, mask: Tensor) -> Tensor {
    let d = t.shape[2]
    let m = mask.ints
    return Tensor(shape: t.shape, floats: t.floats.enumerated().map { i, v in m[i / d] != 0 ? v : 0 })
}
