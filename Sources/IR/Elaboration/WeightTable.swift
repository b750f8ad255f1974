import Syntax

/// The graph's weights as elaboration declares them. A checkpoint name declared again with the
/// same type, role, initializer and group is the same weight (a function called twice shares it);
/// anything else reusing a name is a "duplicate weight" error.
struct WeightTable {
    private(set) var weights: [Weight] = []
    private var byName: [String: Int] = [:]
    private var byCheckpoint: [String: Int] = [:]

    struct Conflict: Error { var message: String }

    /// The index of `weight`, adding it if new. `shareable` is true for declarations inside
    /// bodies (`weight q = "ckpt": ...`), which may repeat.
    mutating func declare(_ weight: Weight, shareable: Bool) throws(Conflict) -> Int {
        if let c = weight.checkpointName, let i = byCheckpoint[c] {
            if shareable && same(weights[i], weight) { return i }
            throw Conflict(message: "duplicate weight '\(weight.name)': checkpoint name \(quoted(c)) is already "
                + "declared\(where_(weights[i])) as \(describe(weights[i]))")
        }
        if let i = byName[weight.name] {
            if shareable && same(weights[i], weight) { return i }
            throw Conflict(message: "duplicate weight '\(weight.name)': already declared\(where_(weights[i]))")
        }
        if weights.count >= ElaborationLimits.maxWeights {
            throw Conflict(message: "more than \(ElaborationLimits.maxWeights) weights")
        }
        weights.append(weight)
        byName[weight.name] = weights.count - 1
        if let c = weight.checkpointName { byCheckpoint[c] = weights.count - 1 }
        return weights.count - 1
    }

    func index(named name: String) -> Int? { byName[name] }

    private func same(_ a: Weight, _ b: Weight) -> Bool {
        a.name == b.name && a.checkpointName == b.checkpointName && a.type == b.type && a.role == b.role
            && a.initializer == b.initializer && a.group == b.group
    }

    private func describe(_ w: Weight) -> String { "\(w.type) \(w.role.rawValue)" }

    private func where_(_ w: Weight) -> String {
        guard let l = w.location else { return "" }
        return " at line \(l.line)" + (l.file.isEmpty ? "" : " of \(l.file)")
    }

    /// `trainable "GLOB" group NAME`: frozen weights whose checkpoint name matches become
    /// trainable in `group`, their first value read from the checkpoint. Returns how many matched.
    mutating func makeTrainable(matching pattern: String, group: String) -> Int {
        var matched = 0
        for i in weights.indices where weights[i].role == .frozen {
            guard let name = weights[i].checkpointName, globMatches(pattern, name) else { continue }
            weights[i].role = .trainable
            weights[i].group = group
            matched += 1
        }
        return matched
    }
}

/// Whether `text` matches `pattern`, where `*` stands for any run of characters (including none).
func globMatches(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern), t = Array(text)
    var (pi, ti) = (0, 0)
    var star = -1, resume = 0
    while ti < t.count {
        if pi < p.count && p[pi] != "*" && p[pi] == t[ti] {
            pi += 1; ti += 1
        } else if pi < p.count && p[pi] == "*" {
            star = pi; resume = ti; pi += 1
        } else if star >= 0 {
            pi = star + 1; resume += 1; ti = resume
        } else {
            return false
        }
    }
    while pi < p.count && p[pi] == "*" { pi += 1 }
    return pi == p.count
}
