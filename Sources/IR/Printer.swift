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
        var namer = Namer(graph: graph, entry: entry)
        let names = namer.outer
        let params = entry.parameters.map { "\($0.name): \($0.type)" }
        let results = entry.results.map { "\($0.name): \(entry.nodes[$0.value].type)" }
        var out = "entry \(entry.name)(\(params.joined(separator: ", "))) -> (\(results.joined(separator: ", "))) {\n"
        printNodes(entry.nodes, names: names, indent: "  ", namer: &namer, into: &out)
        for u in entry.updates {
            out += "  assign \(graph.weights[u.weight].name) = \(names[u.value])\n"
        }
        out += "  return \(entry.results.map { names[$0.value] }.joined(separator: ", "))\n}\n"
        return out
    }

    /// `let` lines for every computed node (and constant); a fused node prints its body as a
    /// nested block whose values are named by `namer` as they come.
    private func printNodes(_ nodes: [Node], names: [String], indent: String, namer: inout Namer,
                            into out: inout String) {
        for (id, node) in nodes.enumerated() where !node.op.isSource || isConstant(node.op) {
            if case .fused(let region) = node.op {
                let args = node.inputs.map { names[$0] }.joined(separator: ", ")
                out += "\(indent)let \(names[id]): \(node.type) = fused \(sanitizedIdentifier(region.name))(\(args)) {\n"
                // Body inputs read as the outer values they are bound to.
                var bodyNames = node.inputs.map { names[$0] }
                for inner in region.nodes.dropFirst(bodyNames.count) { bodyNames.append(namer.fresh(inner.name)) }
                printNodes(Array(region.nodes), names: bodyNames, indent: indent + "  ", namer: &namer, into: &out)
                let returned = region.results.map { bodyNames[$0] }.joined(separator: ", ")
                out += "\(indent)  return \(returned)\n\(indent)}\n"
                continue
            }
            let spelling = node.op.spelling
            var args = node.inputs.map { names[$0] }
            args += spelling.attributes.map { "\($0.0)=\($0.1)" }
            out += "\(indent)let \(names[id]): \(node.type) = \(spelling.name)(\(args.joined(separator: ", ")))\n"
        }
    }

    /// Sources computed from attributes alone (const, iota) are printed; parameters and
    /// weights are referred to by name.
    private func isConstant(_ op: OpKind) -> Bool {
        switch op {
        case .parameter, .weight: return false
        default: return true
        }
    }
}

/// Unique identifiers for every value of an entry: parameters and weights keep their names,
/// computed values get theirs with a numeric suffix where needed. Region bodies draw from the
/// same pool, so no body value shadows an outer one.
private struct Namer {
    var taken: Set<String>
    var outer: [String] = []

    init(graph: Graph, entry: Entry) {
        taken = Set(graph.weights.map(\.name)).union(reservedWords)
        for p in entry.parameters { taken.insert(p.name) }
        for node in entry.nodes {
            switch node.op {
            case .parameter(let i): outer.append(entry.parameters[i].name)
            case .weight(let i): outer.append(graph.weights[i].name)
            default: outer.append(fresh(node.name))
            }
        }
    }

    mutating func fresh(_ name: String) -> String {
        let base = sanitizedIdentifier(name)
        var candidate = base
        var n = 1
        while taken.contains(candidate) {
            candidate = "\(base)_\(n)"
            n += 1
        }
        taken.insert(candidate)
        return candidate
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
