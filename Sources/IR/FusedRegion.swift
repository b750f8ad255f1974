/// A fused region: a small graph of ordinary nodes that runs as one kernel.
///
/// A `fused` node's inputs are the region's inputs; its body is a node list in SSA order whose
/// first `inputCount` nodes are `parameter(0) … parameter(inputCount − 1)`, typed like the inputs
/// (so body value i < inputCount *is* input i). The rest are ordinary ops over earlier body values
/// (constants and iota allowed; weights, entry parameters and nested regions are not: a region
/// reads only what it is given). `result` is the body value the `fused` node stands for.
///
/// `name` says which pattern made the region (`elementwise`, `softmax`, …, later the named EPT
/// fusions): codegen picks a specialised kernel by pattern and shape, and lowers any region it
/// does not specialise node by node (correct, just unfused). The interpreter always runs the body
/// op by op, so a region means exactly what its body means.
///
/// A region may return several body values (`extraResults`, after `result`): one kernel, one pass
/// over the inputs, several outputs. The `fused` node stands for the first; each extra one is
/// read as `region_result(r, index=k)`, a node with no kernel of its own whose buffer the region's
/// kernel writes. Only elementwise regions whose results share one shape take extra results.
///
/// Printed as (see docs/LANGUAGE.md, "Fused regions"):
/// ```
/// let y: f32[4, 8] = fused elementwise(x, b) {
///   let t: f32[4, 8] = add(x, b)
///   let u: f32[4, 8] = gelu_tanh(t)
///   return u
/// }
/// ```
public struct FusedRegion: Hashable, Sendable {
    public var name: String
    public var nodes: [Node]
    public var result: ValueID
    /// Further body values the region returns (result #1, #2, …); usually none.
    public var extraResults: [ValueID]

    public init(name: String, nodes: [Node], result: ValueID, extraResults: [ValueID] = []) {
        self.name = name
        self.nodes = nodes
        self.result = result
        self.extraResults = extraResults
    }

    /// Every returned body value: `result`, then `extraResults`.
    public var results: [ValueID] { [result] + extraResults }

    /// The number of leading `parameter` nodes: the region's inputs.
    public var inputCount: Int {
        var n = 0
        while n < nodes.count, case .parameter(let i) = nodes[n].op, i == n { n += 1 }
        return n
    }

    public var resultType: TensorType { nodes[result].type }

    /// Body values that compute something (not inputs).
    public var computedNodes: ArraySlice<Node> { nodes[inputCount...] }

    /// Whether every computed body op is elementwise (a pure per-element map of its inputs).
    public var isElementwise: Bool {
        computedNodes.allSatisfy { n in
            switch n.op {
            case .constant: return true
            default: return n.op.isElementwise
            }
        }
    }

    /// A `row` body (the kernel of Passes/Fusion/RowEpilogueFusion.swift) that may return several
    /// values: float result of rank ≥ 2 whose last axis is ≥ 2 long; every computed value
    /// elementwise (or a constant), or a sum or mean over the last axis, keepdims, of a value of
    /// the result's shape and dtype.
    var isRowBody: Bool {
        let domain = nodes[result].type.shape
        guard nodes[result].type.dtype.isFloat, domain.count >= 2, (domain.last ?? 0) >= 2 else { return false }
        return computedNodes.allSatisfy { n in
            switch n.op {
            case .constant: return true
            case .reduce(let op, let axes, true) where op != .max:
                let x = nodes[n.inputs[0]].type
                return x.shape == domain && x.dtype == nodes[result].type.dtype && axes.count == 1
                    && normalizedAxis(axes[0], rank: domain.count) == domain.count - 1
            default: return n.op.isElementwise
            }
        }
    }

    /// Checks the body against `inputs` (the region's input types) and returns the result type.
    /// Every body node is re-inferred, so a region is as well-typed as the graph around it.
    public func check(inputs: [TensorType]) throws(TypeError) -> TensorType {
        func fail(_ message: String) -> TypeError { TypeError("fused \(name): \(message)") }
        guard !name.isEmpty else { throw TypeError("fused: a region needs a pattern name") }
        let k = inputCount
        guard k == inputs.count else {
            throw fail("the body declares \(k) input(s) but the region is given \(inputs.count)")
        }
        guard nodes.indices.contains(result) else { throw fail("the result names no body value") }
        for r in extraResults where !nodes.indices.contains(r) { throw fail("result %\(r) names no body value") }
        for (id, node) in nodes.enumerated() {
            for input in node.inputs where input < 0 || input >= id {
                throw fail("body value %\(id) '\(node.name)' uses %\(input), which is not defined before it")
            }
            let expected: TensorType
            switch node.op {
            case .parameter(let i):
                guard id < k, i == id else { throw fail("body value %\(id) reads input #\(i) outside the input list") }
                expected = inputs[i]
            case .weight:
                throw fail("a region body cannot read weights; pass '\(node.name)' as an input")
            case .fused, .regionResult:
                throw fail("regions do not nest")
            default:
                expected = try node.op.resultType(node.inputs.map { nodes[$0].type })
            }
            if expected != node.type {
                throw fail("'\(node.name)' is typed \(node.type) but \(node.op.spelling.name) gives \(expected)")
            }
        }
        if !extraResults.isEmpty {
            guard isElementwise || isRowBody else {
                throw fail("only an elementwise or row region (sums and means over the last axis) returns several values")
            }
            for r in extraResults where nodes[r].type.shape != nodes[result].type.shape {
                throw fail("every returned value must have the first one's shape \(nodes[result].type.shape); '\(nodes[r].name)' is \(nodes[r].type)")
            }
            if !isElementwise {
                for r in extraResults where nodes[r].type != nodes[result].type {
                    throw fail("a row region's returned values must all be \(nodes[result].type); '\(nodes[r].name)' is \(nodes[r].type)")
                }
            }
            // One loop over that shape computes every result: dropout's mask follows the flat
            // index, so it must span the whole domain.
            for node in computedNodes {
                if case .dropout = node.op, node.type.shape != nodes[result].type.shape {
                    throw fail("a region returning several values needs dropout over its whole shape; '\(node.name)' is \(node.type)")
                }
            }
        }
        return nodes[result].type
    }
}

/// Region pattern names the compiler makes (a hand-written region may use any identifier).
public enum RegionPattern {
    /// Elementwise ops over inputs broadcastable to the output: one loop, one pass over memory.
    public static let elementwise = "elementwise"
    /// An elementwise prologue feeding a reduction over the last axis (sum, mean, max).
    public static let reduction = "reduction"
    /// An elementwise prologue (e.g. scores + position bias + mask) feeding softmax or
    /// log_softmax over the last axis: one pass per row.
    public static let softmax = "softmax"
    /// An elementwise prologue (e.g. a residual add) feeding rms_norm or layer_norm.
    public static let norm = "norm"
    /// Row reductions (sum, mean over the last axis) and the elementwise epilogue that reads
    /// them back, such as softmax's and the norms' backward: per row, the reductions in one or
    /// more passes over the (hot) row, then one pass that writes the result.
    public static let row = "row"
    /// A matmul and the elementwise epilogue that reads it (bias, activation, residual add,
    /// dropout, scale): one kernel, the epilogue applied to each output tile of the GEMM while it
    /// is in cache, so the product is never written and read back as a separate pass.
    public static let gemmEpilogue = "gemm_epilogue"
}
