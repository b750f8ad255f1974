/// Prints an elaborated graph in the graph language. The output is itself a valid graph file:
/// parsing and elaborating it gives back a graph that prints identically.

/// Words the language reserves; printed names that collide get a trailing underscore.
public let reservedWords: Set<String> = [
    "graph", "import", "param", "weight", "fn", "entry", "let", "var", "for", "in", "if", "else",
    "return", "assign", "true", "false", "frozen", "trainable", "state", "init", "group", "from",
    "inf", "nan",  // float literals in the language
]

/// Turns any string into an identifier: `encoder.block.0.q.weight` → `encoder_block_0_q_weight`.
public func sanitizedIdentifier(_ raw: String) -> String {
    var out = String(raw.unicodeScalars.map { s -> Character in
        let ok = (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9") || s == "_"
        return ok ? Character(s) : "_"
    })
    if out.isEmpty || out.first!.isNumber { out = "_" + out }
    if reservedWords.contains(out) { out += "_" }
    return out
}

public struct Printer {
    public init() {}

    public func print(_ graph: Graph) -> String {
        var out = "graph \(sanitizedIdentifier(graph.name))\n"
        if !graph.weights.isEmpty { out += "\n" }
        for w in graph.weights { out += print(w) + "\n" }
        for e in graph.entries { out += "\n" + print(e, in: graph) }
        return out
    }

    public func print(_ w: Weight) -> String {
        var line = "weight \(w.name): \(w.type) \(w.role.rawValue)"
        if let i = w.initializer { line += " init \(i)" }
        if w.group != "default" { line += " group \(w.group)" }
        if let c = w.checkpointName { line += " from \(quoted(c))" }
        return line
    }

    public func print(_ entry: Entry, in graph: Graph) -> String {
        let names = valueNames(entry, graph)
        let params = entry.parameters.map { "\(names.parameter[$0.name] ?? $0.name): \($0.type)" }
        let results = entry.results.map { "\($0.name): \(entry.nodes[$0.value].type)" }
        var out = "entry \(entry.name)(\(params.joined(separator: ", "))) -> (\(results.joined(separator: ", "))) {\n"
        for (id, node) in entry.nodes.enumerated() where !node.op.isSource || isConstant(node.op) {
            let spelling = node.op.spelling
            var args = node.inputs.map { names.value[$0] }
            args += spelling.attributes.map { "\($0.0)=\($0.1)" }
            out += "  let \(names.value[id]): \(node.type) = \(spelling.name)(\(args.joined(separator: ", ")))\n"
        }
        for u in entry.updates {
            out += "  assign \(graph.weights[u.weight].name) = \(names.value[u.value])\n"
        }
        out += "  return \(entry.results.map { names.value[$0.value] }.joined(separator: ", "))\n}\n"
        return out
    }

    /// Sources computed from attributes alone (const, iota) are printed; parameters and
    /// weights are referred to by name.
    private func isConstant(_ op: OpKind) -> Bool {
        switch op {
        case .parameter, .weight: return false
        default: return true
        }
    }

    /// Unique identifiers for every value: parameters and weights keep their names, computed
    /// values get theirs with a numeric suffix where needed.
    private func valueNames(_ entry: Entry, _ graph: Graph) -> (value: [String], parameter: [String: String]) {
        var taken = Set(graph.weights.map(\.name)).union(reservedWords)
        var names: [String] = []
        var parameterNames: [String: String] = [:]
        for p in entry.parameters { taken.insert(p.name) }
        for node in entry.nodes {
            switch node.op {
            case .parameter(let i):
                names.append(entry.parameters[i].name)
                parameterNames[entry.parameters[i].name] = entry.parameters[i].name
            case .weight(let i):
                names.append(graph.weights[i].name)
            default:
                let base = sanitizedIdentifier(node.name)
                var candidate = base
                var n = 1
                while taken.contains(candidate) {
                    candidate = "\(base)_\(n)"
                    n += 1
                }
                taken.insert(candidate)
                names.append(candidate)
            }
        }
        return (names, parameterNames)
    }
}

/// A string literal with `"` and `\` escaped.
public func quoted(_ s: String) -> String {
    var out = "\""
    for ch in s {
        switch ch {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "{": out += "\\{"  // braces interpolate in the language; escape literal ones
        case "}": out += "\\}"
        default: out.append(ch)
        }
    }
    return out + "\""
}
