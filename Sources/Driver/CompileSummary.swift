import IR

/// The report `eptc compile` prints: entries with op counts and FLOPs, parameters by role.
struct CompileSummary {
    let graph: Graph
    let stages: [String]

    var text: String {
        var out = "graph \(graph.name): \(graph.entries.count) entries, \(graph.weights.count) weights\n"
        out += "stages: \(stages.joined(separator: " → "))\n"
        out += "parameters:\n"
        for role in WeightRole.allCases {
            let weights = graph.weights.filter { $0.role == role }
            let elements = weights.reduce(0) { saturatingAdd($0, $1.type.elementCount) }
            out += "  \(role.rawValue): \(grouped(elements)) elements in \(weights.count) weights\n"
        }
        for entry in graph.entries {
            let params = entry.parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ")
            let results = entry.results.map { "\($0.name): \(entry.nodes[$0.value].type)" }.joined(separator: ", ")
            out += "entry \(entry.name)(\(params)) -> (\(results))\n"
            let counts = opCounts(entry)
            let total = counts.reduce(0) { $0 + $1.1 }
            out += "  ops: \(total) (\(counts.map { "\($0.0) \($0.1)" }.joined(separator: ", ")))\n"
            out += "  flops: \(grouped(flops(entry))) (\(gigaflops(flops(entry))) GFLOP)\n"
        }
        return out
    }

    private func opCounts(_ entry: Entry) -> [(String, Int)] {
        var counts: [String: Int] = [:]
        for node in entry.nodes where !node.op.isSource { counts[node.op.spelling.name, default: 0] += 1 }
        return counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Summed with saturation: a huge graph reports a huge number instead of trapping.
    private func flops(_ entry: Entry) -> Int {
        var total = 0
        for node in entry.nodes where !node.op.isSource {
            let f = node.op.flops(inputs: node.inputs.map { entry.nodes[$0].type }, output: node.type)
            total = saturatingAdd(total, f)
        }
        return total
    }

    private func gigaflops(_ n: Int) -> String {
        let g = Double(n) / 1e9
        return g < 0.001 ? "<0.001" : String((g * 1000).rounded() / 1000)
    }
}

func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}

/// 1234567 → "1,234,567".
func grouped(_ n: Int) -> String {
    let digits = String(n.magnitude)
    var out = ""
    for (i, ch) in digits.enumerated() {
        if i > 0 && (digits.count - i) % 3 == 0 { out += "," }
        out.append(ch)
    }
    return (n < 0 ? "-" : "") + out
}
