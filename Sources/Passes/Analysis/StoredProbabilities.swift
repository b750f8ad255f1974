import IR

/// Attention probabilities kept from the forward kernel for the backward one.
///
/// A training entry that fuses the backbone's attention (`fuse-attention-backward`) runs the
/// forward region `attention(q, k, v, bias…, seed)` and later its backward region
/// `attention_grad(q, k, v, bias…, seed, dy)` (RegionVJP), whose body recomputes the
/// probabilities from q and k. When both regions read the same values, the forward kernel also
/// writes its probabilities (softmax, before dropout: N·H·Q·K floats) into scratch that the
/// memory plan keeps alive until the backward runs, and the backward kernel reads them back
/// instead of recomputing the scores and the softmax (Codegen/AttentionKernels.swift). The IR does
/// not change: the backward body still says what the values are, and the interpreter still
/// recomputes them. The kernels compute them with the same code in both directions, so the bits
/// read back are the bits a recomputation would give.
///
/// Why: recomputing is one (Q × K × d) product and one softmax per block of the backward's five
/// products and one — measured in docs/FUSION.md (§9), it is what made the fused backward lose to
/// the unfused one, which stores the probabilities as a tensor.
public enum StoredProbabilities {
    /// For each backward attention node that has its forward in the entry: that forward node.
    /// A forward read by several backward nodes (not made by autodiff, but legal) serves all of
    /// them.
    public static func sources(_ entry: Entry) -> [ValueID: ValueID] {
        var forwards: [ForwardKey: ValueID] = [:]
        var sources: [ValueID: ValueID] = [:]
        for (v, node) in entry.nodes.enumerated() {
            guard case .fused(let region) = node.op, case .named(let kernel) = region.kernel else { continue }
            switch kernel {
            case .attention(let p):
                let key = ForwardKey(plan: p, inputs: node.inputs)
                if forwards[key] == nil { forwards[key] = v }
            case .gradient(.attention(let p), let adjoint, _):
                if let forward = forwards[ForwardKey(plan: p, inputs: Array(node.inputs[..<adjoint]))] {
                    sources[v] = forward
                }
            default: continue
            }
        }
        return sources
    }

    /// Bytes of the kept probabilities: one f32 per (block, query row, key).
    public static func bytes(_ p: AttentionPlan) -> Int { 4 * p.blocks * p.queries * p.keys }

    private struct ForwardKey: Hashable {
        var plan: AttentionPlan
        var inputs: [ValueID]
    }
}
