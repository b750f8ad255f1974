import IR

/// Short spellings for the ops passes emit most, so VJP rules read like the math.
extension EntryBuilder {
    public mutating func add(_ a: ValueID, _ b: ValueID) throws(TypeError) -> ValueID { try add(.binary(.add), [a, b], name: "d") }
    public mutating func sub(_ a: ValueID, _ b: ValueID) throws(TypeError) -> ValueID { try add(.binary(.sub), [a, b], name: "d") }
    public mutating func mul(_ a: ValueID, _ b: ValueID) throws(TypeError) -> ValueID { try add(.binary(.mul), [a, b], name: "d") }
    public mutating func div(_ a: ValueID, _ b: ValueID) throws(TypeError) -> ValueID { try add(.binary(.div), [a, b], name: "d") }
    public mutating func unary(_ u: UnaryOp, _ x: ValueID) throws(TypeError) -> ValueID { try add(.unary(u), [x], name: "d") }
    public mutating func scalar(_ v: Double, like x: ValueID) -> ValueID {
        constant(v, TensorType(type(of: x).dtype, []))
    }

    /// Sums over `axes`, keeping them as size 1 (so the result broadcasts back).
    public mutating func sumKeep(_ x: ValueID, axes: [Int]) throws(TypeError) -> ValueID {
        try add(.reduce(.sum, axes: axes, keepDims: true), [x], name: "d")
    }

    /// Mean over the last axis, kept.
    public mutating func meanLast(_ x: ValueID) throws(TypeError) -> ValueID {
        try add(.reduce(.mean, axes: [-1], keepDims: true), [x], name: "d")
    }

    /// Reduces a broadcast gradient back to `shape`: sums the leading axes that broadcasting
    /// added and the axes where `shape` has size 1, then reshapes.
    public mutating func unbroadcast(_ g: ValueID, to shape: [Int]) throws(TypeError) -> ValueID {
        let gShape = type(of: g).shape
        if gShape == shape { return g }
        let lead = gShape.count - shape.count
        var axes = Array(0..<lead)
        for (i, d) in shape.enumerated() where d == 1 && gShape[lead + i] != 1 { axes.append(lead + i) }
        var out = g
        if !axes.isEmpty { out = try add(.reduce(.sum, axes: axes, keepDims: false), [g], name: "d") }
        if type(of: out).shape != shape { out = try add(.reshape(shape), [out], name: "d") }
        return out
    }
}
