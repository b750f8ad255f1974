import IR

/// How code generation runs a fused region. Decided here, from the body alone, because the
/// memory planner must know it too: only the node-by-node fallback needs scratch for the body's
/// intermediates; the specialised kernels keep them in registers (or in the output row).
public enum FusedKernel: Hashable, Sendable {
    /// Every body op elementwise over shapes that broadcast to the result: one loop over the
    /// result's elements evaluates the whole body per element (one pass over memory).
    case map
    /// An elementwise prologue over `x`'s shape feeding one row op over the last axis (the
    /// body's result, at body index `op`): one kernel, one row at a time, the prologue computed
    /// once per element into the (hot) output row, or folded into the reduction.
    case rows(op: ValueID)
    /// Row reductions (sum/mean over the last axis) and an elementwise epilogue at the rows'
    /// full width that reads them back (`RowEpiloguePlan`): per row, one pass per stage of
    /// reductions, then one that writes the result.
    case rowEpilogue
    /// A named EPT fusion (or its backward) whose body is exactly its pattern: the pattern's
    /// own loop nest (`NamedKernel`, Codegen/*Kernels.swift of each pattern).
    case named(NamedKernel)
    /// A matmul (body value `matmul`) and an elementwise epilogue over its shape
    /// (`RegionPattern.gemmEpilogue`): the GEMM writes the region's buffer, each tile then
    /// rewritten by the epilogue while in cache (GemmEpilogueKernels.swift).
    case gemmEpilogue(matmul: ValueID)
    /// Anything else: the body's nodes lowered one by one, intermediates in scratch. Correct,
    /// just unfused.
    case nodeByNode
}

extension FusedRegion {
    public var kernel: FusedKernel {
        // Several results: `check` admits them only for elementwise bodies of one shape (dropout
        // over all of it), which one map writes, and for row bodies, whose final loop writes them.
        if !extraResults.isEmpty {
            if isElementwise { return .map }
            if RowEpiloguePlan(self) != nil { return .rowEpilogue }
            return .nodeByNode  // not reached: `check` admits no other body with several results
        }
        if let named = NamedKernel(self) { return .named(named) }
        if let mm = gemmEpilogueMatmul { return .gemmEpilogue(matmul: mm) }
        if isMapBody(upTo: result, domain: resultType.shape) { return .map }
        if let op = rowOp { return .rows(op: op) }
        if RowEpiloguePlan(self) != nil { return .rowEpilogue }
        return .nodeByNode
    }

    /// Whether the body values that `value` depends on are all elementwise over shapes that
    /// broadcast to `domain` (dropout and iota exactly `domain`: their values depend on the
    /// flat index), and no body value outside that cone is needed.
    func isMapBody(upTo value: ValueID, domain: [Int]) -> Bool {
        for v in cone(of: value) where v >= inputCount {
            let node = nodes[v]
            guard broadcastShapes(node.type.shape, domain) == domain else { return false }
            switch node.op {
            case .constant: continue
            case .dropout, .iota:
                if node.type.shape != domain { return false }
            case .unary, .binary, .select, .cast, .broadcast: continue
            default: return false
            }
        }
        return true
    }

    /// For a `gemm_epilogue` region: its one matmul — f32, of two region inputs, shaped like the
    /// result, not the result itself — when the rest of the body is an elementwise map over that
    /// shape reading it (`epilogue`).
    public var gemmEpilogueMatmul: ValueID? {
        guard name == RegionPattern.gemmEpilogue else { return nil }
        let products = computedNodes.indices.filter { if case .matmul = nodes[$0].op { true } else { false } }
        guard products.count == 1, let mm = products.first, mm != result else { return nil }
        let node = nodes[mm]
        guard node.type.dtype == .f32, node.type == resultType, node.inputs.allSatisfy({ $0 < inputCount }),
              node.type.rank >= 2 else { return nil }
        let epilogue = epilogue(replacing: mm)
        return epilogue.isMapBody(upTo: epilogue.result, domain: resultType.shape) ? mm : nil
    }

    /// The body with value `v` turned into one more input (#inputCount): the elementwise part of
    /// a `gemm_epilogue` region, reading the product as an input.
    public func epilogue(replacing v: ValueID) -> FusedRegion {
        let k = inputCount
        var id = [ValueID](repeating: -1, count: nodes.count)
        var body = Array(nodes[..<k])
        body.append(Node(op: .parameter(k), inputs: [], type: nodes[v].type, name: nodes[v].name))
        for i in 0..<k { id[i] = i }
        id[v] = k
        for (i, node) in nodes.enumerated().dropFirst(k) where i != v {
            var n = node
            n.inputs = node.inputs.map { id[$0] }
            body.append(n)
            id[i] = body.count - 1
        }
        return FusedRegion(name: RegionPattern.elementwise, nodes: body, result: id[result])
    }

    /// The body values `value` depends on (itself included), in body order.
    public func cone(of value: ValueID) -> [ValueID] {
        var needed = [Bool](repeating: false, count: nodes.count)
        needed[value] = true
        for v in stride(from: value, through: 0, by: -1) where needed[v] {
            for input in nodes[v].inputs { needed[input] = true }
        }
        return nodes.indices.filter { needed[$0] }
    }

    /// The result, when it is a float row op (a sum/mean/max reduction over trailing axes, or
    /// softmax, log_softmax, rms_norm, layer_norm over the last axis) whose `x` is an elementwise
    /// map over `x`'s shape and whose other operands (norm weight and bias) are region inputs.
    var rowOp: ValueID? {
        let node = nodes[result]
        guard node.inputs.count >= 1, node.type.dtype.isFloat else { return nil }
        let x = node.inputs[0]
        let shape = nodes[x].type.shape
        guard let last = shape.indices.last else { return nil }
        switch node.op {
        case .reduce(_, let axes, _):
            guard isTrailing(axes, rank: shape.count) else { return nil }
        case .softmax(let axis), .logSoftmax(let axis):
            guard normalizedAxis(axis, rank: shape.count) == last else { return nil }
        case .rmsNorm, .layerNorm:
            guard node.inputs.dropFirst().allSatisfy({ $0 < inputCount && $0 != x }) else { return nil }
        default:
            return nil
        }
        return isMapBody(upTo: x, domain: shape) ? result : nil
    }
}

/// Where the node-by-node fallback keeps a region's body values: each computed intermediate
/// (and each body op's own scratch, e.g. cross-entropy's per-row losses) at an offset in the
/// fused node's scratch; reshapes are views; constants read only by elementwise body ops are
/// immediates; the result is written straight into the fused node's own buffer.
public struct FusedBodyLayout: Hashable, Sendable {
    public enum Place: Hashable, Sendable {
        case input(Int)
        case immediate
        case view(of: ValueID)
        case scratch(offset: Int)
        case result
    }

    public var places: [Place]
    /// Offsets (in the fused node's scratch) of body nodes' own scratch.
    public var nodeScratch: [ValueID: Int]
    public var bytes: Int

    public init(_ region: FusedRegion) {
        let k = region.inputCount
        var elementwiseOnly = [Bool](repeating: true, count: region.nodes.count)
        for node in region.nodes where !node.op.isElementwise {
            for input in node.inputs { elementwiseOnly[input] = false }
        }
        var places: [Place] = []
        var scratch: [ValueID: Int] = [:]
        var offset = 0
        func take(_ n: Int) -> Int {
            defer { offset += (max(n, 1) + MemoryPlan.alignment - 1) / MemoryPlan.alignment * MemoryPlan.alignment }
            return offset
        }
        for (v, node) in region.nodes.enumerated() {
            if v < k { places.append(.input(v)); continue }
            if v == region.result { places.append(.result) } else {
                switch node.op {
                case .reshape: places.append(.view(of: node.inputs[0]))
                case .constant where elementwiseOnly[v]: places.append(.immediate)
                default: places.append(.scratch(offset: take(node.type.byteCount)))
                }
            }
            let rows = node.inputs.first.map { region.nodes[$0].type.shape.first ?? 1 } ?? 1
            let own = MemoryPlanner.scratchBytes(node, rows: rows)
            if own > 0 { scratch[v] = take(own) }
        }
        self.places = places
        self.nodeScratch = scratch
        self.bytes = offset
    }
}

/// Whether `axes` are exactly the trailing axes k..<rank for some k < rank (a row reduction).
public func isTrailing(_ axes: [Int], rank: Int) -> Bool {
    let normalized = axes.compactMap { normalizedAxis($0, rank: rank) }.sorted()
    guard normalized.count == axes.count, let first = normalized.first else { return false }
    return normalized == Array(first..<rank)
}

/// The number of leading (row-indexing) axes of a row op: a reduction's kept axes, else all but
/// the last.
public func rowSplit(_ op: OpKind, rank: Int) -> Int {
    if case .reduce(_, let axes, _) = op { return axes.compactMap { normalizedAxis($0, rank: rank) }.min() ?? rank - 1 }
    return rank - 1
}
