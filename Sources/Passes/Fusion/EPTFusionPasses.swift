import IR

/// The named EPT fusions (docs/FUSION.md §8, "The EPT fusions"): each pass wraps the
/// nodes of its pattern into one `fused` region named after it, which codegen runs as one loop
/// nest (`NamedKernel`).
///
/// They run on the forward entries, before autodiff: autodiff differentiates each such region
/// as a whole (`RegionVJP`), so its backward is a region of its own too (`<name>_grad`), built
/// from the forward body by the ordinary VJP rules — not found again in autodiff's output, where
/// the gradient sums of different patterns interleave.
public enum EPTPattern {
    public static let lowRankEmbedding = "lowrank_embedding_add"
    public static let gatedProjection = "gated_projection"
    public static let promptAttention = "prompt_attention"
    /// The backward region of a pattern.
    public static func gradient(of name: String) -> String { name + "_grad" }
    public static let all = [lowRankEmbedding, gatedProjection, promptAttention]
}

/// `fuse-lowrank-embedding`: the encoder input `[P*; E[x] + c·A·B]` (and its input dropout) in
/// one pass over its output (`LowRankEmbeddingMatch`).
public struct LowRankEmbeddingFusionPass: Pass {
    public let name = "fuse-lowrank-embedding"
    public init() {}
    public func run(_ graph: Graph) throws -> Graph {
        try NamedFusion.run(graph, pattern: EPTPattern.lowRankEmbedding) { v, g in
            LowRankEmbeddingMatch.find(at: v, in: g)?.match
        }
    }
}

/// `fuse-gated-projection`: the N space projections, the gate softmax and the gated sum
/// (`GatedProjectionMatch`), one loop over the prompt rows.
public struct GatedProjectionFusionPass: Pass {
    public let name = "fuse-gated-projection"
    public init() {}
    public func run(_ graph: Graph) throws -> Graph {
        try NamedFusion.run(graph, pattern: EPTPattern.gatedProjection) { v, g in
            GatedProjectionMatch.find(at: v, in: g)?.match
        }
    }
}

/// `fuse-prompt-attention`: scores, softmax and weighted sum of the prompt-fusion attention
/// (`PromptAttentionMatch`), flash-style: one prompt row at a time, no score matrix.
public struct PromptAttentionFusionPass: Pass {
    public let name = "fuse-prompt-attention"
    public init() {}
    public func run(_ graph: Graph) throws -> Graph {
        try NamedFusion.run(graph, pattern: EPTPattern.promptAttention) { v, g in
            PromptAttentionMatch.find(at: v, in: g)?.match
        }
    }
}

/// Shared driver of the named fusions: every match of `find` (tried at each node) becomes one
/// region; overlapping matches keep the first.
enum NamedFusion {
    static func run(_ graph: Graph, pattern: String,
                    find: (ValueID, PatternView) -> PatternMatch?) throws -> Graph {
        var out = graph
        out.entries = try graph.entries.map { try fuse($0, pattern: pattern, find: find) }
        return out
    }

    static func fuse(_ entry: Entry, pattern: String, find: (ValueID, PatternView) -> PatternMatch?) throws -> Entry {
        let view = PatternView(entry: entry)
        var taken = [Bool](repeating: false, count: entry.nodes.count)
        var regions: [RegionGrowth.Candidate] = []
        for v in entry.nodes.indices {
            guard let m = find(v, view), m.members.allSatisfy({ !taken[$0] }) else { continue }
            for member in m.members where !m.copies.contains(member) { taken[member] = true }
            let node = RegionGrowth.build(entry, members: m.members, pattern: pattern, copyRootConstants: true)
            if case .fused(let region) = node.op {
                do {
                    _ = try region.check(inputs: node.inputs.map { entry.nodes[$0].type })
                } catch {
                    throw FusionError("\(pattern) at '\(entry.nodes[m.root].name)': \(error.message)")
                }
            }
            regions.append((m.members, m.copies, node))
        }
        return regions.isEmpty ? entry : try RegionGrowth.replace(entry, regions: regions)
    }
}
