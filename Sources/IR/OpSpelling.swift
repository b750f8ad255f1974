/// The textual form of ops: `name(args, attr=value, ...)`. The printer and the parser both go
/// through this file, so a printed graph always parses back to the same ops.

public enum AttributeValue: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case float(Double)
    case bool(Bool)
    case ints([Int])
    case dtype(DType)

    public var description: String {
        switch self {
        case .int(let v): return String(v)
        case .float(let v): return formatFloat(v)
        case .bool(let v): return v ? "true" : "false"
        case .ints(let v): return "[" + v.map(String.init).joined(separator: ", ") + "]"
        case .dtype(let d): return d.rawValue
        }
    }
}

/// Shortest text that reads back to the same Double, always with a `.` or exponent so it lexes
/// as a float.
public func formatFloat(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    if v.isInfinite { return v < 0 ? "-inf" : "inf" }
    let s = "\(v)"
    return s.contains(".") || s.contains("e") ? s : s + ".0"
}

/// How many tensor arguments an op takes.
public enum Arity: Hashable, Sendable, CustomStringConvertible {
    case exactly(Int)
    case atLeast(Int)

    public func accepts(_ n: Int) -> Bool {
        switch self {
        case .exactly(let k): return n == k
        case .atLeast(let k): return n >= k
        }
    }

    public var description: String {
        switch self {
        case .exactly(let k): return k == 1 ? "1 argument" : "\(k) arguments"
        case .atLeast(let k): return "at least \(k) argument\(k == 1 ? "" : "s")"
        }
    }
}

/// Why an op spelling could not be turned into an op.
public struct OpSpellingError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// The attribute the error is about, so a caller can point its caret there.
    public var attribute: String?
    public init(_ message: String, attribute: String? = nil) {
        self.message = message
        self.attribute = attribute
    }
    public var description: String { message }
}

extension OpKind {
    /// Every op name the language knows, for "unknown op" suggestions.
    public static var spelledNames: [String] {
        UnaryOp.allCases.map(\.rawValue) + BinaryOp.allCases.map(\.rawValue) + ReduceOp.allCases.map(\.rawValue) + [
            "const", "iota", "argmax", "where", "cast", "matmul", "gather", "scatter_add", "softmax", "log_softmax",
            "rms_norm", "layer_norm", "reshape", "transpose", "concat", "slice", "broadcast", "dropout",
            "cross_entropy", "cross_entropy_grad", "position_bucket", "region_result", "keep_rows",
        ]
    }

    public static func isKnownName(_ name: String) -> Bool { spelledNames.contains(name) }

    /// Number of tensor arguments for the op called `name` (nil for unknown names).
    public static func arity(ofName name: String) -> Arity? {
        if UnaryOp(rawValue: name) != nil { return .exactly(1) }
        if BinaryOp(rawValue: name) != nil { return .exactly(2) }
        if ReduceOp(rawValue: name) != nil { return .exactly(1) }
        switch name {
        case "const", "iota", "position_bucket": return .exactly(0)
        case "argmax", "cast", "softmax", "log_softmax", "reshape", "transpose", "slice", "broadcast", "region_result":
            return .exactly(1)
        case "matmul", "gather", "scatter_add", "rms_norm", "dropout", "cross_entropy", "keep_rows": return .exactly(2)
        case "where", "layer_norm", "cross_entropy_grad": return .exactly(3)
        case "concat": return .atLeast(1)
        default: return nil
        }
    }

    /// The op's printed name and attributes (in a fixed order).
    public var spelling: (name: String, attributes: [(String, AttributeValue)]) {
        switch self {
        case .parameter(let i): return ("parameter", [("index", .int(i))])
        case .weight(let i): return ("weight", [("index", .int(i))])
        case .constant(let v, let t):
            // Defaults (f32, scalar) are left out to keep dumps short.
            var attrs: [(String, AttributeValue)] = [("value", .float(v))]
            if t.dtype != .f32 { attrs.append(("dtype", .dtype(t.dtype))) }
            if !t.shape.isEmpty { attrs.append(("shape", .ints(t.shape))) }
            return ("const", attrs)
        case .iota(let t, let axis):
            var attrs: [(String, AttributeValue)] = [("shape", .ints(t.shape)), ("axis", .int(axis))]
            if t.dtype != .i32 { attrs.append(("dtype", .dtype(t.dtype))) }
            return ("iota", attrs)
        case .argmax(let axis): return ("argmax", [("axis", .int(axis))])
        case .unary(let u): return (u.rawValue, [])
        case .binary(let b): return (b.rawValue, [])
        case .select: return ("where", [])
        case .cast(let d): return ("cast", [("dtype", .dtype(d))])
        case .matmul(let ta, let tb):
            var attrs: [(String, AttributeValue)] = []
            if ta { attrs.append(("transpose_a", .bool(true))) }
            if tb { attrs.append(("transpose_b", .bool(true))) }
            return ("matmul", attrs)
        case .gather: return ("gather", [])
        case .scatterAdd(let rows): return ("scatter_add", [("rows", .int(rows))])
        case .reduce(let r, let axes, let keep):
            return (r.rawValue, keep ? [("axes", .ints(axes)), ("keepdims", .bool(true))] : [("axes", .ints(axes))])
        case .softmax(let axis): return ("softmax", [("axis", .int(axis))])
        case .logSoftmax(let axis): return ("log_softmax", [("axis", .int(axis))])
        case .rmsNorm(let eps): return ("rms_norm", [("eps", .float(eps))])
        case .layerNorm(let eps): return ("layer_norm", [("eps", .float(eps))])
        case .reshape(let s): return ("reshape", [("shape", .ints(s))])
        case .transpose(let p): return ("transpose", [("perm", .ints(p))])
        case .concat(let axis): return ("concat", [("axis", .int(axis))])
        case .slice(let axis, let start, let end):
            return ("slice", [("axis", .int(axis)), ("start", .int(start)), ("end", .int(end))])
        case .broadcast(let s): return ("broadcast", [("shape", .ints(s))])
        case .dropout(let rate): return ("dropout", [("rate", .float(rate))])
        case .keepRows: return ("keep_rows", [])
        case .crossEntropy(let ig): return ("cross_entropy", [("ignore_index", .int(ig))])
        case .crossEntropyGrad(let ig): return ("cross_entropy_grad", [("ignore_index", .int(ig))])
        case .positionBucket(let q, let k, let bi, let nb, let md):
            return ("position_bucket", [("query", .int(q)), ("key", .int(k)), ("bidirectional", .bool(bi)),
                                        ("num_buckets", .int(nb)), ("max_distance", .int(md))])
        case .fused:
            // Printed as a region with a body (Printer.swift), not as a call.
            return ("fused", [])
        case .regionResult(let index, let t):
            // Typed by its attributes like `const`: the type is the region's, not its input's.
            var attrs: [(String, AttributeValue)] = [("index", .int(index))]
            if t.dtype != .f32 { attrs.append(("dtype", .dtype(t.dtype))) }
            attrs.append(("shape", .ints(t.shape)))
            return ("region_result", attrs)
        }
    }

    /// Builds the op called `name` from its attributes. Attributes not given take their defaults;
    /// unknown, missing or mistyped ones are errors. The argument count is checked separately
    /// with `arity(ofName:)`.
    public static func make(name: String, attributes: [String: AttributeValue]) throws(OpSpellingError) -> OpKind {
        var reader = AttributeReader(op: name, attributes: attributes)
        let op: OpKind
        if let u = UnaryOp(rawValue: name) {
            op = .unary(u)
        } else if let b = BinaryOp(rawValue: name) {
            op = .binary(b)
        } else if let r = ReduceOp(rawValue: name) {
            op = .reduce(r, axes: try reader.ints("axes"), keepDims: try reader.bool("keepdims", default: false))
        } else {
            switch name {
            case "const":
                let value = try reader.float("value")
                let dtype = try reader.dtype("dtype", default: .f32)
                op = .constant(value, TensorType(dtype, try reader.ints("shape", default: [])))
            case "iota":
                let shape = try reader.ints("shape")
                op = .iota(TensorType(try reader.dtype("dtype", default: .i32), shape), axis: try reader.int("axis"))
            case "argmax": op = .argmax(axis: try reader.int("axis", default: -1))
            case "where": op = .select
            case "cast": op = .cast(try reader.dtype("dtype"))
            case "matmul":
                op = .matmul(transposeA: try reader.bool("transpose_a", default: false),
                             transposeB: try reader.bool("transpose_b", default: false))
            case "gather": op = .gather
            case "scatter_add": op = .scatterAdd(rows: try reader.int("rows"))
            case "softmax": op = .softmax(axis: try reader.int("axis", default: -1))
            case "log_softmax": op = .logSoftmax(axis: try reader.int("axis", default: -1))
            case "rms_norm": op = .rmsNorm(eps: try reader.epsilon(default: 1e-6))
            case "layer_norm": op = .layerNorm(eps: try reader.epsilon(default: 1e-12))
            case "reshape": op = .reshape(try reader.ints("shape"))
            case "transpose": op = .transpose(try reader.ints("perm"))
            case "concat": op = .concat(axis: try reader.int("axis"))
            case "slice":
                op = .slice(axis: try reader.int("axis"), start: try reader.int("start"), end: try reader.int("end"))
            case "broadcast": op = .broadcast(try reader.ints("shape"))
            case "dropout": op = .dropout(rate: try reader.float("rate"))
            case "keep_rows": op = .keepRows
            case "cross_entropy": op = .crossEntropy(ignoreIndex: try reader.int("ignore_index", default: -100))
            case "cross_entropy_grad":
                op = .crossEntropyGrad(ignoreIndex: try reader.int("ignore_index", default: -100))
            case "position_bucket":
                op = .positionBucket(query: try reader.int("query"), key: try reader.int("key"),
                                     bidirectional: try reader.bool("bidirectional"),
                                     numBuckets: try reader.int("num_buckets", default: 32),
                                     maxDistance: try reader.int("max_distance", default: 128))
            case "region_result":
                op = .regionResult(index: try reader.int("index"),
                                   TensorType(try reader.dtype("dtype", default: .f32), try reader.ints("shape")))
            default:
                throw OpSpellingError("unknown op '\(name)'")
            }
        }
        try reader.rejectUnused()
        return op
    }
}

/// Reads typed attributes for one op and remembers which were used, so leftovers are reported.
private struct AttributeReader {
    let op: String
    let attributes: [String: AttributeValue]
    var used: Set<String> = []

    init(op: String, attributes: [String: AttributeValue]) {
        self.op = op
        self.attributes = attributes
    }

    private mutating func value(_ key: String) -> AttributeValue? {
        used.insert(key)
        return attributes[key]
    }

    private func missing(_ key: String) -> OpSpellingError {
        OpSpellingError("op '\(op)' needs attribute '\(key)'")
    }

    private func wrongType(_ key: String, _ expected: String, _ got: AttributeValue) -> OpSpellingError {
        OpSpellingError("attribute '\(key)' of '\(op)' must be \(expected), got \(got)", attribute: key)
    }

    mutating func int(_ key: String, default fallback: Int? = nil) throws(OpSpellingError) -> Int {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard case .int(let i) = v else { throw wrongType(key, "an integer", v) }
        return i
    }

    mutating func float(_ key: String, default fallback: Double? = nil) throws(OpSpellingError) -> Double {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw missing(key)
        }
        switch v {
        case .float(let f): return f
        case .int(let i): return Double(i)
        default: throw wrongType(key, "a number", v)
        }
    }

    /// A norm's `eps`: finite and ≥ 0 (a negative one makes rsqrt of a negative variance NaN).
    mutating func epsilon(default fallback: Double) throws(OpSpellingError) -> Double {
        let eps = try float("eps", default: fallback)
        guard eps.isFinite, eps >= 0 else {
            throw OpSpellingError("attribute 'eps' of '\(op)' must be a finite number ≥ 0, got \(formatFloat(eps))",
                                  attribute: "eps")
        }
        return eps
    }

    mutating func bool(_ key: String, default fallback: Bool? = nil) throws(OpSpellingError) -> Bool {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard case .bool(let b) = v else { throw wrongType(key, "true or false", v) }
        return b
    }

    mutating func ints(_ key: String, default fallback: [Int]? = nil) throws(OpSpellingError) -> [Int] {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw missing(key)
        }
        switch v {
        case .ints(let list): return list
        case .int(let i): return [i]
        default: throw wrongType(key, "a list of integers", v)
        }
    }

    mutating func dtype(_ key: String, default fallback: DType? = nil) throws(OpSpellingError) -> DType {
        guard let v = value(key) else {
            if let fallback { return fallback }
            throw missing(key)
        }
        guard case .dtype(let d) = v else { throw wrongType(key, "a dtype (f32, f64, i32)", v) }
        return d
    }

    func rejectUnused() throws(OpSpellingError) {
        if let extra = attributes.keys.sorted().first(where: { !used.contains($0) }) {
            throw OpSpellingError("op '\(op)' has no attribute '\(extra)'", attribute: extra)
        }
    }
}
