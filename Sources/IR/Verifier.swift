import Syntax

/// Checks the invariants every pass may rely on. Errors point at the offending node's source
/// location when it has one.
public struct Verifier {
    public init() {}

    public func verify(_ graph: Graph) throws(Diagnostic) {
        var weightNames = Set<String>()
        var checkpointNames = Set<String>()
        for w in graph.weights {
            if !weightNames.insert(w.name).inserted {
                throw Diagnostic("duplicate weight '\(w.name)'", at: w.location)
            }
            if let c = w.checkpointName, !checkpointNames.insert(c).inserted {
                throw Diagnostic("duplicate checkpoint name '\(c)'", at: w.location)
            }
            if w.type.shape.contains(where: { $0 <= 0 }) {
                throw Diagnostic("weight '\(w.name)' has a non-positive dimension: \(w.type)", at: w.location)
            }
            if w.role != .frozen && w.initializer == nil && w.checkpointName == nil {
                throw Diagnostic("\(w.role.rawValue) weight '\(w.name)' needs an initializer", at: w.location)
            }
        }
        var entryNames = Set<String>()
        for e in graph.entries {
            if !entryNames.insert(e.name).inserted {
                throw Diagnostic("duplicate entry '\(e.name)'", at: e.location)
            }
            try verify(e, in: graph)
        }
    }

    public func verify(_ entry: Entry, in graph: Graph) throws(Diagnostic) {
        func fail(_ message: String, _ node: Node? = nil) -> Diagnostic {
            Diagnostic("in entry '\(entry.name)': \(message)", at: node?.location ?? entry.location)
        }
        if entry.results.isEmpty { throw fail("an entry needs at least one result") }
        var parameterNames = Set<String>()
        for p in entry.parameters where !parameterNames.insert(p.name).inserted {
            throw fail("duplicate parameter '\(p.name)'")
        }
        for (id, node) in entry.nodes.enumerated() {
            for input in node.inputs where input < 0 || input >= id {
                throw fail("value %\(id) '\(node.name)' uses %\(input), which is not defined before it", node)
            }
            let expected: TensorType
            switch node.op {
            case .parameter(let i):
                guard entry.parameters.indices.contains(i) else { throw fail("no parameter #\(i)", node) }
                expected = entry.parameters[i].type
            case .weight(let i):
                guard graph.weights.indices.contains(i) else { throw fail("no weight #\(i)", node) }
                expected = graph.weights[i].type
            default:
                do {
                    expected = try node.op.resultType(node.inputs.map { entry.nodes[$0].type })
                } catch {
                    throw fail(error.message, node)
                }
            }
            if expected != node.type {
                throw fail("'\(node.name)' is declared \(node.type) but \(node.op.spelling.name) gives \(expected)", node)
            }
            // Each input once: the printed region names its inputs, and a body reads each by name.
            if case .fused(let region) = node.op, Set(node.inputs).count != node.inputs.count {
                throw fail("fused region '\(region.name)' (value '\(node.name)') is given the same value twice", node)
            }
            if case .regionResult(let index, let type) = node.op {
                guard case .fused(let region) = entry.nodes[node.inputs[0]].op else {
                    throw fail("region_result '\(node.name)' reads '\(entry.nodes[node.inputs[0]].name)', which is not a fused region", node)
                }
                guard region.results.indices.contains(index) else {
                    throw fail("region_result '\(node.name)': fused region '\(region.name)' returns \(region.results.count) value(s), no #\(index)", node)
                }
                let returned = region.nodes[region.results[index]].type
                guard returned == type else {
                    throw fail("region_result '\(node.name)' is typed \(type) but result #\(index) of '\(region.name)' is \(returned)", node)
                }
            }
        }
        var resultNames = Set<String>()
        for r in entry.results {
            if !resultNames.insert(r.name).inserted { throw fail("duplicate result '\(r.name)'") }
            if !entry.nodes.indices.contains(r.value) { throw fail("result '\(r.name)' names no value") }
        }
        var assigned = Set<Int>()
        for u in entry.updates {
            guard graph.weights.indices.contains(u.weight), entry.nodes.indices.contains(u.value) else {
                throw fail("assignment names no weight or value")
            }
            let w = graph.weights[u.weight]
            if w.role == .frozen { throw fail("cannot assign to frozen weight '\(w.name)'") }
            if !assigned.insert(u.weight).inserted { throw fail("weight '\(w.name)' is assigned twice") }
            if entry.nodes[u.value].type != w.type {
                throw fail("assigning \(entry.nodes[u.value].type) to weight '\(w.name)' of type \(w.type)")
            }
        }
    }
}
