import IR

/// What an entry costs in kernel calls and memory traffic, estimated from its memory plan: how
/// `eptc compile` shows what fusion saved.
///
/// - kernels: one per computed node (a concat one per part, cross-entropy and its gradient two,
///   a fused region one — or, lowered node by node, one per body op it computes);
/// - bytes moved: per kernel, every distinct buffer it reads (immediates and views are free;
///   a broadcast operand counts its own size once; a gather only the rows it picks) plus what it
///   writes, plus the final copies
///   into output slots. A matmul counts its operands once (BLAS's blocking re-reads them from
///   cache). It measures passes over memory, the thing fusion removes, not cache behaviour.
public struct KernelEstimate: Hashable, Sendable {
    public var kernels = 0
    public var bytesMoved = 0

    public init(entry: Entry, plan: MemoryPlan) {
        func read(_ v: ValueID) -> Int {
            switch plan.storage[plan.root(of: v)] {
            case .immediate, .unused: return 0
            default: return entry.nodes[v].type.byteCount
            }
        }
        for v in plan.computed(in: entry) {
            let node = entry.nodes[v]
            var reads = Set(node.inputs).reduce(0) { $0 + read($1) }
            switch node.op {
            case .gather:
                // Only the rows it picks: the ids, and as many table bytes as it writes.
                reads = read(node.inputs[1]) + node.type.byteCount
                kernels += 1
            case .concat:
                kernels += node.inputs.count
            case .crossEntropy, .crossEntropyGrad:
                kernels += 2
            case .fused(let region) where region.kernel == .nodeByNode:
                let (k, bytes) = Self.bodyCost(region, outerReads: node.inputs.map(read))
                kernels += k
                bytesMoved += bytes
                continue
            case .fused(let region):
                guard case .named(let k) = region.kernel else {
                    kernels += 1
                    bytesMoved += region.extraResults.reduce(0) { $0 + region.nodes[$1].type.byteCount }  // written too
                    break
                }
                kernels += k.kernelCount
                switch k {
                case .lowRankEmbedding(let p):
                    // The embedding rows it picks, not the whole table (as gather).
                    reads += p.batch * p.length * p.width * 4 - read(node.inputs[p.table])
                case .gradient(.lowRankEmbedding(let p), let adjoint, _):
                    // Only the encoder input's gradient (and the seed): the forward's inputs are
                    // there for the body's meaning, the kernel does not read them.
                    reads = read(node.inputs[adjoint]) + (p.seed.map { read(node.inputs[$0]) } ?? 0)
                default:
                    break
                }
            default:
                kernels += 1
            }
            bytesMoved += reads + node.type.byteCount
        }
        for (v, _) in plan.finalCopies { bytesMoved += 2 * entry.nodes[v].type.byteCount }
    }

    public init(graph: Graph) {
        for entry in graph.entries {
            let e = KernelEstimate(entry: entry, plan: MemoryPlanner().plan(entry, in: graph))
            kernels += e.kernels
            bytesMoved += e.bytesMoved
        }
    }

    /// A region lowered node by node: each computed body op is a kernel reading its inputs
    /// (region inputs at their outer cost) and writing its value.
    private static func bodyCost(_ region: FusedRegion, outerReads: [Int]) -> (Int, Int) {
        var kernels = 0, bytes = 0
        for v in region.cone(of: region.result) where v >= region.inputCount {
            let node = region.nodes[v]
            switch node.op {
            case .reshape, .constant: continue
            default: break
            }
            kernels += 1
            bytes += node.type.byteCount
            for input in Set(node.inputs) {
                bytes += input < region.inputCount ? outerReads[input] : region.nodes[input].type.byteCount
            }
        }
        return (max(kernels, 1), bytes)
    }
}
