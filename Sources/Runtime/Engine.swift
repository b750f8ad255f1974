import IR

/// Errors an engine raises on bad calls (wrong entry, missing or mistyped inputs).
public struct EngineError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Something that runs a graph's entries: the reference interpreter, or compiled code.
/// Tests are written against this protocol so that any of them runs on either engine.
public protocol Engine: AnyObject {
    var graph: Graph { get }
    /// The persistent weights (frozen, trainable, optimizer state), indexed like `graph.weights`.
    var weights: WeightStore { get }

    /// Runs one entry. Inputs are keyed by parameter name; results come back keyed by result
    /// name. State updates (`assign`) are written into `weights` before returning.
    func run(_ entry: String, inputs: [String: Tensor]) throws -> [String: Tensor]
}

extension Engine {
    /// Checks that `inputs` match the entry's parameters exactly, by name, dtype and shape.
    public func checkedInputs(_ entry: Entry, _ inputs: [String: Tensor]) throws -> [Tensor] {
        var out: [Tensor] = []
        for p in entry.parameters {
            guard let t = inputs[p.name] else { throw EngineError("entry '\(entry.name)' needs input '\(p.name)': \(p.type)") }
            guard t.type == p.type else {
                throw EngineError("input '\(p.name)' of entry '\(entry.name)' must be \(p.type), got \(t.type)")
            }
            out.append(t)
        }
        if let extra = inputs.keys.sorted().first(where: { name in !entry.parameters.contains { $0.name == name } }) {
            throw EngineError("entry '\(entry.name)' has no parameter '\(extra)'")
        }
        return out
    }
}

/// The values of a graph's weights, shared by reference so engines and the trainer see updates.
///
/// Frozen f32 weights can be *mapped*: read in place from a memory-mapped checkpoint, never copied.
/// Compiled engines pass their pointer straight to the generated code (`mappedPointer(_:)`); reading
/// such a weight as a `Tensor` (the interpreter does) copies it once and keeps the copy.
public final class WeightStore: @unchecked Sendable {
    /// A frozen f32 tensor that lives in someone else's memory (a checkpoint mapping).
    public struct MappedTensor: @unchecked Sendable {
        public let type: TensorType
        public let pointer: UnsafeRawPointer
        /// Keeps the memory alive (the mapped file).
        public let owner: AnyObject

        public init(type: TensorType, pointer: UnsafeRawPointer, owner: AnyObject) {
            self.type = type
            self.pointer = pointer
            self.owner = owner
        }
    }

    public let weights: [Weight]
    private var values: [Tensor?]
    private var mappings: [MappedTensor?]

    /// Initializes every weight: frozen f32 ones can be `mapped` in place; others come from
    /// `provided` (by IR name or checkpoint name) or from their initializer with a seeded generator.
    public init(graph: Graph, provided: [String: Tensor] = [:], mapped: [String: MappedTensor] = [:],
                seed: UInt64 = 0) throws {
        weights = graph.weights
        var rng = SplitMix64(seed: seed)
        values = []
        mappings = []
        for w in graph.weights {
            if let m = mapped[w.name] {
                guard m.type == w.type, w.role == .frozen, w.type.dtype == .f32 else {
                    throw EngineError("weight '\(w.name)' (\(w.role.rawValue) \(w.type)) cannot be mapped as \(m.type)")
                }
                values.append(nil)
                mappings.append(m)
                continue
            }
            mappings.append(nil)
            if let t = provided[w.name] ?? w.checkpointName.flatMap({ provided[$0] }) {
                guard t.shape == w.type.shape else {
                    throw EngineError("weight '\(w.name)' must be \(w.type), got \(t.type)")
                }
                // Float values keep their precision (f64 for gradient checks); ints convert.
                values.append(t.type.dtype.isFloat && w.type.dtype.isFloat ? t : t.converted(to: w.type.dtype))
            } else if let initializer = w.initializer {
                values.append(initialize(w.type, initializer, &rng))
            } else {
                throw EngineError("no value for weight '\(w.checkpointName ?? w.name)' (\(w.type))")
            }
        }
    }

    public var count: Int { weights.count }

    /// Every weight as a tensor (mapped ones are copied).
    public var tensors: [Tensor] { weights.indices.map { self[$0] } }

    public subscript(index: Int) -> Tensor {
        get {
            if let v = values[index] { return v }
            let m = mappings[index]!
            let t = Tensor(m.type, copyingFrom: m.pointer)
            values[index] = t
            return t
        }
        set {
            precondition(newValue.shape == weights[index].type.shape)
            values[index] = newValue
            mappings[index] = nil
        }
    }

    /// Writes weight #index from `source` (its declared dtype and element count), reusing the
    /// current storage when nothing else holds it: compiled `assign` updates allocate nothing.
    public func overwrite(_ index: Int, from source: UnsafeRawPointer) {
        let type = weights[index].type
        if var t = values[index], t.type == type, mappings[index] == nil {
            values[index] = nil  // drop the store's reference so `t` owns its storage
            t.overwrite(from: source)
            values[index] = t
        } else {
            values[index] = Tensor(type, copyingFrom: source)
            mappings[index] = nil
        }
    }

    /// Runs `body` with writable pointers to the storage of those of `indices` held in their
    /// declared dtype (not mapped, not f64 values of an f32 weight): a compiled entry writes
    /// their updates in place. Each storage is made unique first, so no earlier copy of a weight
    /// (a checkpoint being written, a test's snapshot) sees the writes. Inside `body` those
    /// weights must be reached through the pointers only.
    public func withWritableStorage<R>(_ indices: [Int], _ body: ([Int: UnsafeMutableRawPointer]) throws -> R) rethrows -> R {
        var pointers: [Int: UnsafeMutableRawPointer] = [:]
        func step(_ k: Int) throws -> R {
            guard k < indices.count else { return try body(pointers) }
            let i = indices[k]
            guard pointers[i] == nil, var t = values[i], mappings[i] == nil, t.type == weights[i].type else {
                return try step(k + 1)
            }
            values[i] = nil  // the store lets go, so `t` owns its storage
            defer { values[i] = t }
            return try t.withUnsafeMutableBytes { raw in
                pointers[i] = raw.baseAddress ?? UnsafeMutableRawPointer(bitPattern: 64)!
                return try step(k + 1)
            }
        }
        return try step(0)
    }

    public subscript(name: String) -> Tensor? {
        guard let i = weights.firstIndex(where: { $0.name == name }) else { return nil }
        return self[i]
    }

    public func index(of name: String) -> Int? { weights.firstIndex { $0.name == name } }

    /// The weight's bytes in place, when it is mapped from a checkpoint (else nil).
    public func mappedPointer(_ index: Int) -> UnsafeRawPointer? { mappings[index]?.pointer }

    /// Bytes of weights read in place rather than copied.
    public var mappedBytes: Int { mappings.reduce(0) { $0 + ($1?.type.byteCount ?? 0) } }
}

/// Fills a tensor from an initializer.
public func initialize(_ type: TensorType, _ initializer: Initializer, _ rng: inout SplitMix64) -> Tensor {
    let n = type.elementCount
    var values = [Double](repeating: 0, count: n)
    switch initializer {
    case .zeros: break
    case .ones: values = [Double](repeating: 1, count: n)
    case .constant(let v): values = [Double](repeating: v, count: n)
    case .normal(let mean, let std):
        for i in 0..<n { values[i] = mean + std * rng.nextNormal() }
    case .uniform(let lo, let hi):
        for i in 0..<n { values[i] = lo + (hi - lo) * rng.nextUnit() }
    }
    return Tensor(TensorType(.f64, type.shape), storage: .f64(values)).converted(to: type.dtype)
}
