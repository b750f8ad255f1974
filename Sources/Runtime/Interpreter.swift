import IR

/// The precision the interpreter computes f32 tensors in.
public enum Precision: Hashable, Sendable {
    /// In `Float`, like compiled code.
    case float32
    /// In `Double`, for finite-difference gradient checks; f32 results come back as f64 tensors.
    case float64
}

/// The reference interpreter: the oracle that compiled code, fusion and autodiff are checked against.
///
/// What it guarantees:
/// - Every `OpKind` is evaluated node by node, in SSA order, with the semantics written next to its
///   kernel (one file per op family: Elementwise, Matmul, Reductions, Normalization, DataMovement,
///   Indexing, Losses, PositionBucket; sources `const` and `iota` below). Kernels are plain loops
///   over row-major arrays, generic over `InterpreterFloat`; matmuls go through OpenBLAS
///   (`cblas_sgemm` / `cblas_dgemm`, one call per batch). Every op is checked against numpy/scipy
///   fixtures (tools/fixtures/make_op_fixtures.py) in both precisions.
/// - `evaluate` returns every node's value (for tests and autodiff debugging) and writes nothing;
///   `run` returns the named results and then applies the entry's `assign`s.
/// - `.float32` computes every f32 tensor in `Float`, as compiled code does. `.float64` computes
///   every f32 tensor in `Double` (for finite-difference gradient checks): f32 inputs and weights
///   may then be given as f32 or f64, and f32 results come back as f64 tensors. i32 and f64
///   tensors are computed in their own type in both modes.
/// - Bad calls and bad data (unknown entry, missing or mistyped inputs, ids or labels out of range,
///   casts of NaN or out-of-range values to i32, a malformed entry) raise `EngineError` naming the
///   entry and node; nothing traps.
/// - `assign` updates are simultaneous: every update value is computed before any weight is written.
///   In `.float64` mode updated f32 weights are stored as f64 tensors, so precision is not lost.
public final class Interpreter: Engine {
    public typealias Precision = Runtime.Precision

    public let graph: Graph
    public let weights: WeightStore
    public let precision: Precision

    public init(graph: Graph, weights: WeightStore, precision: Precision = .float32) {
        self.graph = graph
        self.weights = weights
        self.precision = precision
    }

    /// The type a value of IR type `type` is held in while evaluating.
    public func workingType(_ type: TensorType) -> TensorType {
        precision == .float64 && type.dtype == .f32 ? type.with(dtype: .f64) : type
    }

    public func run(_ entry: String, inputs: [String: Tensor]) throws -> [String: Tensor] {
        guard let e = graph.entry(named: entry) else {
            let known = graph.entries.map(\.name).joined(separator: ", ")
            throw EngineError("graph '\(graph.name)' has no entry '\(entry)' (entries: \(known))")
        }
        var positional: [Tensor] = []
        for p in e.parameters {
            guard let t = inputs[p.name] else { throw EngineError("entry '\(e.name)' needs input '\(p.name)': \(p.type)") }
            positional.append(t)
        }
        if let extra = inputs.keys.sorted().first(where: { name in !e.parameters.contains { $0.name == name } }) {
            throw EngineError("entry '\(e.name)' has no parameter '\(extra)'")
        }
        let values = try evaluate(e, inputs: positional)
        var results: [String: Tensor] = [:]
        for r in e.results {
            guard values.indices.contains(r.value) else {
                throw EngineError("entry '\(e.name)': result '\(r.name)' refers to missing value %\(r.value)")
            }
            results[r.name] = values[r.value]
        }
        try applyUpdates(e, values)
        return results
    }

    /// Evaluates every node of `entry` on positional `inputs` (one per parameter) and returns all
    /// node values, indexed like `entry.nodes`. Weights are read but never written.
    public func evaluate(_ entry: Entry, inputs: [Tensor]) throws -> [Tensor] {
        guard inputs.count == entry.parameters.count else {
            throw EngineError("entry '\(entry.name)' takes \(entry.parameters.count) inputs, got \(inputs.count)")
        }
        let arguments = try zip(entry.parameters, inputs).map { p, t in
            try accepted(t, as: p.type, what: "input '\(p.name)' of entry '\(entry.name)'")
        }
        var values: [Tensor] = []
        values.reserveCapacity(entry.nodes.count)
        // Every result of each region that returns several, for its `region_result` readers.
        var regionResults: [ValueID: [Tensor]] = [:]
        for (id, node) in entry.nodes.enumerated() {
            func fail(_ message: String) -> EngineError {
                EngineError("entry '\(entry.name)', node %\(id) '\(node.name)' (\(node.op.spelling.name)): \(message)")
            }
            guard let args = node.inputs.allSatisfy({ (0..<id).contains($0) }) ? node.inputs.map({ values[$0] }) : nil else {
                throw fail("inputs \(node.inputs) must refer to earlier nodes")
            }
            let value: Tensor
            do {
                try checkTypeRule(node, entry)
                switch node.op {
                case .fused(let region) where !region.extraResults.isEmpty:
                    let all = try evaluate(region, args, results: region.results)
                    regionResults[id] = all
                    value = all[0]
                case .regionResult(let k, _):
                    guard let all = regionResults[node.inputs[0]], all.indices.contains(k) else {
                        throw EngineError("reads no result #\(k) of a fused region")
                    }
                    value = all[k]
                default:
                    value = try compute(node, args, arguments)
                }
            } catch let error as EngineError {
                throw fail(error.message)
            }
            guard value.type == workingType(node.type) else {
                throw fail("computed \(value.type), but the node is typed \(node.type)")
            }
            values.append(value)
        }
        return values
    }

    /// Re-checks the op's type rule on the node's input types, so that a hand-built entry that
    /// skipped inference (wrong shape, bad attributes) is an error here, not an out-of-range index
    /// inside a kernel. Entry parameters and weights are typed by their declarations instead.
    private func checkTypeRule(_ node: Node, _ entry: Entry) throws {
        switch node.op {
        case .parameter, .weight: return
        default: break
        }
        let inferred: TensorType
        do {
            inferred = try node.op.resultType(node.inputs.map { entry.nodes[$0].type })
        } catch {
            throw EngineError(error.message)
        }
        guard inferred == node.type else { throw EngineError("typed \(node.type), but its op gives \(inferred)") }
    }

    /// Checks a caller-supplied tensor against its declared type and converts it to the working
    /// type. In `.float64` mode an f32 value may come as f64; weights (which may have been written
    /// by an engine of the other precision) may be f32 or f64 wherever a float is declared.
    private func accepted(_ t: Tensor, as type: TensorType, what: String, isWeight: Bool = false) throws -> Tensor {
        let working = workingType(type)
        let dtypeOK = t.type.dtype == type.dtype || t.type.dtype == working.dtype
            || (isWeight && t.type.dtype.isFloat && type.dtype.isFloat)
        guard t.shape == type.shape, dtypeOK else {
            throw EngineError("\(what) must be \(type), got \(t.type)")
        }
        return t.converted(to: working.dtype)
    }

    /// The value of one node from its argument values.
    private func compute(_ node: Node, _ args: [Tensor], _ inputs: [Tensor]) throws -> Tensor {
        let out = workingType(node.type)
        switch node.op {
        case .parameter(let i):
            guard inputs.indices.contains(i) else { throw EngineError("no entry parameter #\(i)") }
            return inputs[i]
        case .weight(let i):
            guard (0..<weights.count).contains(i), graph.weights.indices.contains(i) else {
                throw EngineError("no weight #\(i)")
            }
            return try accepted(weights[i], as: graph.weights[i].type, what: "weight '\(graph.weights[i].name)'",
                                isWeight: true)
        case .constant(let v, _):
            return constantTensor(v, out)
        case .iota(_, let axis):
            return try iotaTensor(out, axis: axis)
        default:
            return try computeOp(node.op, args, out)
        }
    }

    /// Non-source ops; `out` is the result's working type.
    private func computeOp(_ op: OpKind, _ args: [Tensor], _ out: TensorType) throws -> Tensor {
        switch op {
        case .parameter, .weight, .constant, .iota:
            throw EngineError("source op evaluated as a computation")
        case .unary(let u): return try unary(u, args[0])
        case .binary(let b): return try binary(b, args[0], args[1], out)
        case .select: return try select(args[0], args[1], args[2], out)
        case .cast: return try cast(args[0], to: out.dtype)
        case .matmul(let ta, let tb): return try matmul(args[0], args[1], transposeA: ta, transposeB: tb, out)
        case .gather: return try gather(args[0], args[1], out)
        case .scatterAdd(let rows): return try scatterAdd(args[0], args[1], rows: rows, out)
        case .reduce(let r, let axes, _): return try reduce(r, args[0], axes: axes, out)
        case .argmax(let axis): return try argmax(args[0], axis: axis, out)
        case .softmax(let axis): return try softmax(args[0], axis: axis, log: false)
        case .logSoftmax(let axis): return try softmax(args[0], axis: axis, log: true)
        case .rmsNorm(let eps): return try rmsNorm(args[0], args[1], eps: eps)
        case .layerNorm(let eps): return try layerNorm(args[0], args[1], args[2], eps: eps)
        case .reshape: return Tensor(out, storage: args[0].storage)
        case .transpose(let perm): return transpose(args[0], perm: perm, out)
        case .concat(let axis): return try concat(args, axis: axis, out)
        case .slice(let axis, let start, _): return slice(args[0], axis: axis, start: start, out)
        case .broadcast: return Tensor(out, storage: args[0].storage.picking(broadcastIndexMap(from: args[0].shape, to: out.shape)))
        case .dropout(let rate): return try dropout(args[0], seed: args[1], rate: rate)
        case .keepRows: return try keepRows(args[0], mask: args[1])
        case .crossEntropy(let ignore): return try crossEntropy(args[0], args[1], ignoreIndex: ignore)
        case .crossEntropyGrad(let ignore): return try crossEntropyGrad(args[0], args[1], args[2], ignoreIndex: ignore)
        case .positionBucket(let q, let k, let bidirectional, let buckets, let distance):
            return positionBuckets(query: q, key: k, bidirectional: bidirectional, numBuckets: buckets, maxDistance: distance)
        case .fused(let region): return try evaluate(region, args, results: [region.result])[0]
        case .regionResult:
            throw EngineError("region_result evaluated on its own (the entry loop reads it from its region)")
        }
    }

    /// A fused region means what its body means: the body's ops, one by one, on the inputs.
    private func evaluate(_ region: FusedRegion, _ args: [Tensor], results: [ValueID]) throws -> [Tensor] {
        var values: [Tensor] = []
        values.reserveCapacity(region.nodes.count)
        for node in region.nodes {
            let out = workingType(node.type)
            let value: Tensor
            switch node.op {
            case .parameter(let i):
                guard args.indices.contains(i) else { throw EngineError("fused \(region.name): no input #\(i)") }
                value = args[i]
            case .constant(let v, _): value = constantTensor(v, out)
            case .iota(_, let axis): value = try iotaTensor(out, axis: axis)
            default: value = try computeOp(node.op, node.inputs.map { values[$0] }, out)
            }
            guard value.type == out else {
                throw EngineError("fused \(region.name): body value '\(node.name)' computed \(value.type), typed \(node.type)")
            }
            values.append(value)
        }
        return results.map { values[$0] }
    }

    /// Writes every `assign` from values already computed, so updates see no partial writes.
    private func applyUpdates(_ entry: Entry, _ values: [Tensor]) throws {
        var pending: [(Int, Tensor)] = []
        for u in entry.updates {
            guard graph.weights.indices.contains(u.weight), values.indices.contains(u.value) else {
                throw EngineError("entry '\(entry.name)': assign refers to a missing weight or value")
            }
            guard !pending.contains(where: { $0.0 == u.weight }) else {
                throw EngineError("entry '\(entry.name)' assigns weight '\(graph.weights[u.weight].name)' twice")
            }
            let w = graph.weights[u.weight]
            let v = values[u.value]
            guard v.shape == w.type.shape else {
                throw EngineError("entry '\(entry.name)': assign of \(v.type) to weight '\(w.name)' (\(w.type))")
            }
            pending.append((u.weight, precision == .float64 ? v : v.converted(to: w.type.dtype)))
        }
        for (index, value) in pending { weights[index] = value }
    }
}

extension Interpreter {
/// A tensor of `type` with every element `value` (truncated toward zero for i32).
func constantTensor(_ value: Double, _ type: TensorType) -> Tensor {
    let n = type.elementCount
    switch type.dtype {
    case .f32: return Tensor(type, storage: .f32([Float](repeating: Float(value), count: n)))
    case .f64: return Tensor(type, storage: .f64([Double](repeating: value, count: n)))
    case .i32:
        let v = value.isFinite ? Int32(clamping: Int64(max(min(value, 9e18), -9e18))) : 0
        return Tensor(type, storage: .i32([Int32](repeating: v, count: n)))
    }
}

    /// A tensor of `type` whose every element is its own index along `axis`.
    func iotaTensor(_ type: TensorType, axis: Int) throws -> Tensor {
        guard let axis = normalizedAxis(axis, rank: type.rank) else {
            throw EngineError("axis \(axis) out of range for \(type)")
        }
        let (outer, length, inner) = splitAround(type.shape, axis: axis)
        var index = [Int](repeating: 0, count: type.elementCount)
        for o in 0..<outer {
            for j in 0..<length {
                for i in 0..<inner { index[(o * length + j) * inner + i] = j }
            }
        }
        let values = Tensor(TensorType(.i32, type.shape), storage: .i32(index.map { Int32(truncatingIfNeeded: $0) }))
        return values.converted(to: type.dtype)
    }
}
