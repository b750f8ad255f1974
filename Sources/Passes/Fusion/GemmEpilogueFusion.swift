import IR

/// `fuse-gemm-epilogue`: a matmul read only by an elementwise region over its own shape (the
/// bias, activation, residual add, dropout or scale after a linear layer — `fuse-elementwise`
/// made it one region already), or by one elementwise op that stayed alone (T5's feed-forward
/// `relu(matmul(…))`), becomes one `gemm_epilogue` region: GEMM and epilogue are one kernel, the
/// epilogue applied to each output tile before it is stored (Codegen/GemmEpilogueKernels.swift).
/// Unfused, the product is written to memory, then read back by the epilogue's own pass.
///
/// Must not: a product read elsewhere too (it must exist as a value), a region narrower than the
/// product or with several results, an f64 product.
public struct GemmEpilogueFusionPass: Pass {
    public let name = "fuse-gemm-epilogue"
    public init() {}

    public func run(_ graph: Graph) throws -> Graph { try RegionGrowth.rewriteEntries(graph, Self.fuse) }

    public static func fuse(_ entry: Entry) throws -> Entry {
        let graph = RegionGrowth(entry)  // consumers and outputs of every value
        let (users, isOutput) = (graph.users, graph.isOutput)

        var regions: [RegionGrowth.Candidate] = []
        var absorbed = Set<ValueID>()         // the products taken so far
        for (e, node) in entry.nodes.enumerated() {
            guard let epilogue = epilogue(e, in: entry) else { continue }
            for x in node.inputs {
                let product = entry.nodes[x]
                guard case .matmul = product.op, product.type.dtype == .f32, product.type == node.type,
                      users[x] == [e], !isOutput[x], !absorbed.contains(x) else { continue }
                let fused = build(product: x, epilogue: epilogue, entry)
                guard case .fused(let r) = fused.op, case .gemmEpilogue = r.kernel else { continue }
                regions.append((members: [x, e], copies: [], node: fused))
                absorbed.insert(x)
                break
            }
        }
        return regions.isEmpty ? entry : try RegionGrowth.replace(entry, regions: regions)
    }

    /// Node `e` as an epilogue: an elementwise map region as it is, a lone elementwise op as a
    /// one-op region (`RegionGrowth.build`); nil for anything else.
    static func epilogue(_ e: ValueID, in entry: Entry) -> Node? {
        let node = entry.nodes[e]
        if case .fused(let region) = node.op {
            guard region.name == RegionPattern.elementwise, region.extraResults.isEmpty, case .map = region.kernel else {
                return nil
            }
            return node
        }
        guard node.op.isElementwise else { return nil }
        return RegionGrowth.build(entry, members: [e], pattern: RegionPattern.elementwise, copyRootConstants: false)
    }

    /// The `gemm_epilogue` node: inputs the product's operands, then the epilogue's other inputs;
    /// body the matmul, then the epilogue's body reading it.
    static func build(product x: ValueID, epilogue node: Node, _ entry: Entry) -> Node {
        let product = entry.nodes[x]
        guard case .fused(let region) = node.op else { return node }
        var inputs: [ValueID] = []
        for input in product.inputs + node.inputs where input != x && !inputs.contains(input) { inputs.append(input) }
        var body = inputs.enumerated().map { i, v in
            Node(op: .parameter(i), inputs: [], type: entry.nodes[v].type, name: entry.nodes[v].name)
        }
        var mm = product
        mm.inputs = product.inputs.map { inputs.firstIndex(of: $0)! }
        body.append(mm)
        let mmID = body.count - 1
        var id = node.inputs.map { $0 == x ? mmID : inputs.firstIndex(of: $0)! }
        for inner in region.computedNodes {
            var n = inner
            n.inputs = inner.inputs.map { id[$0] }
            body.append(n)
            id.append(body.count - 1)
        }
        let fused = FusedRegion(name: RegionPattern.gemmEpilogue, nodes: body, result: id[region.result])
        return Node(op: .fused(fused), inputs: inputs, type: node.type, name: node.name, location: node.location)
    }
}
