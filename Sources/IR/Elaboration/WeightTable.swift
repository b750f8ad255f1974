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
}
