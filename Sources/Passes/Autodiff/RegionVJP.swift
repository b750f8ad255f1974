import IR

/// Differentiates a named EPT region (`NamedKernel`) as a whole: its VJP is one region too,
/// `<name>_grad(inputs..., dy)`, whose body is the forward body followed by the ordinary VJP
/// rules run over it, so the backward recomputes what it needs of the forward (row statistics,
/// the gate, the attention probabilities — all prompt-sized) instead of keeping it alive.
///
/// The backward region computes the gradient of every differentiable input of the pattern
/// (`NamedKernel.differentiableInputs`). With one, its result is that gradient; with several,
/// they are flattened and concatenated into one 1-D result, and each gradient is read back as
/// `reshape(slice(result, axis=0, …))` — views, no copies (`MemoryPlanner`).
enum RegionVJP {
    /// The entry autodiff differentiates: regions inlined, except named ones whose every input
    /// that needs a gradient is one the backward region computes.
    static func prepare(_ entry: Entry, weights: [Weight], loss: String) -> Entry {
        let plain = RegionInlining.run(entry) { _, region in NamedKernel(region) == nil }
        guard let lossValue = plain.result(named: loss)?.value, plain.nodes.indices.contains(lossValue) else {
            return RegionInlining.run(plain)
        }
        let activity = Activity(entry: plain, weights: weights, loss: lossValue)
        return RegionInlining.run(plain) { v, region in
            guard let plan = NamedKernel(region) else { return true }
            let wanted = plain.nodes[v].inputs.indices.filter { activity.isActive(plain.nodes[v].inputs[$0]) }
            return !Set(wanted).isSubset(of: plan.differentiableInputs)
        }
    }

    /// The adjoint contributions of a named region `node` (value `id`) with adjoint `g`.
    static func contributions(_ region: FusedRegion, node: Node, g: ValueID, wants: (ValueID) -> Bool,
                              _ b: inout EntryBuilder) throws -> [(ValueID, ValueID)] {
        guard let plan = NamedKernel(region) else {
            throw AutodiffError("fused region '\(region.name)' must be inlined before differentiation")
        }
        let outputs = plan.differentiableInputs
        let backward = try backwardRegion(region, outputs: outputs)
        let x = node.inputs
        guard outputs.contains(where: { wants(x[$0]) }) else { return [] }
        let packed = try b.add(.fused(backward), x + [g], name: "d")
        var out: [(ValueID, ValueID)] = []
        var offset = 0
        for k in outputs {
            let t = region.nodes[k].type
            defer { offset += t.elementCount }
            guard wants(x[k]) else { continue }
            if outputs.count == 1 {
                out.append((x[k], packed))
                continue
            }
            var grad = try b.add(.slice(axis: 0, start: offset, end: offset + t.elementCount), [packed], name: "d")
            if t.shape != [t.elementCount] { grad = try b.add(.reshape(t.shape), [grad], name: "d") }
            out.append((x[k], grad))
        }
        return out
    }

    /// The backward region of `forward`: inputs are the forward inputs then the result's
    /// adjoint; the body copies the forward body, then backpropagates through it.
    static func backwardRegion(_ forward: FusedRegion, outputs: [Int]) throws -> FusedRegion {
        let k = forward.inputCount
        var b = EntryBuilder(name: forward.name, weights: [])
        for i in 0..<k { _ = b.parameter(forward.nodes[i].name, forward.nodes[i].type) }
        let dy = b.parameter("d_" + forward.nodes[forward.result].name, forward.resultType)
        let shift = { (v: ValueID) in v < k ? v : v + 1 }
        for node in forward.nodes.dropFirst(k) {
            try b.add(node.op, node.inputs.map(shift), name: node.name)
        }
        let nodes = b.nodes
        let root = shift(forward.result)
        // Activity inside the body: depends on an output input, and the result depends on it.
        var varies = [Bool](repeating: false, count: nodes.count)
        for i in outputs { varies[i] = true }
        for v in (k + 1)..<nodes.count where nodes[v].type.dtype.isFloat && Activity.differentiable(nodes[v].op) {
            varies[v] = nodes[v].inputs.contains { varies[$0] }
        }
        var useful = [Bool](repeating: false, count: nodes.count)
        useful[root] = true
        for v in stride(from: root, through: 0, by: -1) where useful[v] {
            for input in nodes[v].inputs { useful[input] = true }
        }
        let adjoint = try Autodiff.backpropagate(nodes, from: root, seed: dy, active: { varies[$0] && useful[$0] },
                                                 into: &b)
        var grads: [ValueID] = []
        for i in outputs {
            grads.append(adjoint[i] ?? b.constant(0, nodes[i].type, name: "zeros"))
        }
        var result = grads[0]
        if grads.count > 1 {
            let flat = try grads.map { g -> ValueID in
                let t = b.type(of: g)
                return t.shape == [t.elementCount] ? g : try b.add(.reshape([t.elementCount]), [g], name: "flat")
            }
            result = try b.add(.concat(axis: 0), flat, name: "packed")
        }
        return FusedRegion(name: EPTPattern.gradient(of: forward.name), nodes: b.nodes, result: result)
    }

    /// The forward region a backward region was built from, and its outputs, when `region` is
    /// exactly what `backwardRegion` makes of it. The forward body is the backward body's prefix
    /// (inputs, then the forward's computed nodes), of a length found by trying each.
    static func forwardRegion(ofBackward region: FusedRegion) -> (FusedRegion, [Int])? {
        guard let base = NamedKernel.patternNames.first(where: { EPTPattern.gradient(of: $0) == region.name }) else { return nil }
        let k = region.inputCount - 1
        guard k >= 1 else { return nil }
        var nodes = Array(region.nodes[0..<k])
        for v in (k + 1)..<region.nodes.count {
            var node = region.nodes[v]
            guard !node.inputs.contains(k) else { return nil }  // the forward never reads the adjoint
            node.inputs = node.inputs.map { $0 < k ? $0 : $0 - 1 }
            nodes.append(node)
            let forward = FusedRegion(name: base, nodes: nodes, result: nodes.count - 1)
            guard let plan = NamedKernel(forward) else { continue }
            let outputs = plan.differentiableInputs
            // A shorter prefix may be a pattern of its own (the attention without λ): go on.
            if let rebuilt = try? backwardRegion(forward, outputs: outputs), rebuilt.sameComputation(as: region) {
                return (forward, outputs)
            }
        }
        return nil
    }
}

extension Activity {
    /// Ops whose value can carry a derivative (not sources, comparisons or the unit step).
    static func differentiable(_ op: OpKind) -> Bool {
        switch op {
        case .parameter, .weight, .constant, .iota, .positionBucket, .argmax: return false
        case .binary(.less), .binary(.greater), .binary(.equal), .unary(.step): return false
        default: return true
        }
    }
}

extension FusedRegion {
    /// Same ops on the same values with the same types (names aside).
    func sameComputation(as other: FusedRegion) -> Bool {
        guard name == other.name, result == other.result, nodes.count == other.nodes.count else { return false }
        return zip(nodes, other.nodes).allSatisfy { $0.op == $1.op && $0.inputs == $1.inputs && $0.type == $1.type }
    }
}
