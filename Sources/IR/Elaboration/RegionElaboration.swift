import Syntax

/// `fused PATTERN(a, b) { ... return y }`: the body is elaborated on its own node list, with the
/// named values as its inputs (body nodes 0..<k are `parameter(i)`), and becomes one `fused` node.
extension BodyElaborator {
    mutating func region(_ pattern: String, _ arguments: [Expr], _ body: [Stmt], nameHint: String?,
                         at location: SourceLocation) throws(Diagnostic) -> Value {
        if inRegion { throw error("fused regions do not nest", at: location) }
        var inputs: [ValueID] = []
        var names: [String] = []
        for a in arguments {
            guard case .name(let n) = a.kind else {
                throw error("the inputs of fused region '\(pattern)' must be value names", at: a.location)
            }
            if names.contains(n) { throw error("'\(n)' is given to fused region '\(pattern)' twice", at: a.location) }
            guard case .tensor(let id) = try resolve(n, at: a.location) else {
                throw error("'\(n)' is not a tensor; a fused region's inputs are tensors", at: a.location)
            }
            inputs.append(id)
            names.append(n)
        }
        guard let last = body.last, case .returns(let returned) = last.kind else {
            throw error("the body of fused region '\(pattern)' must end with 'return'", at: body.last?.location ?? location)
        }
        guard !returned.isEmpty else {
            throw error("fused region '\(pattern)' must return at least one value", at: last.location)
        }
        var sub = BodyElaborator(context: context, entryName: entryName)
        sub.inRegion = true
        sub.steps = steps
        for (i, name) in names.enumerated() {
            let input = try sub.append(Node(op: .parameter(i), inputs: [], type: nodes[inputs[i]].type, name: name,
                                            location: arguments[i].location))
            try sub.define(name, .tensor(input), mutable: false, at: arguments[i].location)
        }
        sub.frames.append([:])
        try sub.statements(body.dropLast())
        // Several values: the fused node is the first; `region_result(r, index=k)` reads the others.
        var results: [ValueID] = []
        for r in returned { results.append(try sub.tensor(try sub.value(r), as: .f32, at: r.location)) }
        steps = sub.steps
        let region = FusedRegion(name: pattern, nodes: sub.nodes, result: results[0], extraResults: Array(results.dropFirst()))
        return .tensor(try opNode(.fused(region), inputs, name: nameHint ?? pattern, at: location))
    }
}
