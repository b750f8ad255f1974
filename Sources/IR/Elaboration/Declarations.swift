import Syntax

/// Weight declarations, top-level and inside bodies.
extension BodyElaborator {
    /// Declares (or, for a repeated identical body declaration, finds) a weight.
    mutating func declareWeight(_ decl: WeightDecl, shareable: Bool) throws(Diagnostic) -> Int {
        let type = try tensorType(decl.type)
        guard let role = WeightRole(rawValue: decl.role) else {
            throw error("unknown weight role '\(decl.role)'", at: decl.location)
        }
        let checkpoint = try decl.checkpoint.map { parts throws(Diagnostic) in try string(parts) }
        if decl.checkpointFromEquals, checkpoint?.isEmpty == true {
            throw error("the checkpoint name is empty", at: decl.location)
        }
        let name = decl.checkpointFromEquals ? sanitizedIdentifier(checkpoint ?? decl.binding) : decl.binding
        let initializer = try decl.initializer.map { i throws(Diagnostic) in try self.initializer(i) }
        if role != .frozen, initializer == nil, checkpoint == nil {
            throw error("\(role.rawValue) weight '\(name)' needs an initializer (init zeros, normal(mean=, std=), ...)",
                        at: decl.location)
        }
        let weight = Weight(name: name, checkpointName: checkpoint, type: type, role: role, initializer: initializer,
                            group: decl.group ?? "default", location: decl.location)
        do {
            return try context.weights.declare(weight, shareable: shareable)
        } catch {
            throw self.error(error.message, at: decl.location)
        }
    }

    private mutating func initializer(_ i: InitializerExpr) throws(Diagnostic) -> Initializer {
        var values: [String: Double] = [:]
        for a in i.arguments {
            guard let d = try constant(a.value, "initializer argument '\(a.name)'").asDouble else {
                throw error("initializer argument '\(a.name)' must be a number", at: a.location)
            }
            // An infinite std or bound would fill the weight with inf/NaN before training starts.
            guard d.isFinite else {
                throw error("initializer argument '\(a.name)' must be a finite number, got \(formatFloat(d))", at: a.location)
            }
            values[a.name] = d
        }
        let expected: [String]
        switch i.name {
        case "zeros", "ones": expected = []
        case "constant": expected = ["value"]
        case "normal": expected = ["mean", "std"]
        case "uniform": expected = ["low", "high"]
        default:
            throw error("unknown initializer '\(i.name)' (zeros, ones, constant, normal, uniform)", at: i.location)
        }
        if let extra = i.arguments.first(where: { !expected.contains($0.name) }) {
            throw error("initializer '\(i.name)' has no argument '\(extra.name)'", at: extra.location)
        }
        func arg(_ key: String, default fallback: Double? = nil) throws(Diagnostic) -> Double {
            if let v = values[key] ?? fallback { return v }
            throw error("initializer '\(i.name)' needs '\(key)='", at: i.location)
        }
        switch i.name {
        case "zeros": return .zeros
        case "ones": return .ones
        case "constant": return .constant(try arg("value"))
        case "normal":
            let std = try arg("std")
            if !(std >= 0) { throw error("normal std must be ≥ 0, got \(formatFloat(std))", at: i.location) }
            return .normal(mean: try arg("mean", default: 0), std: std)
        default:
            let low = try arg("low"), high = try arg("high")
            if !(low <= high) { throw error("uniform needs low ≤ high", at: i.location) }
            return .uniform(low: low, high: high)
        }
    }
}
