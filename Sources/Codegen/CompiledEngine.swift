import IR
import Passes
import Runtime

/// A compiled entry's C function: `int32_t entry(void **args)` (see `ArgumentLayout`).
public typealias EntryFunction = @convention(c) (UnsafeMutablePointer<UnsafeMutableRawPointer?>?) -> Int32

/// Native code for every entry of a graph, loaded in a JIT, with its memory plans.
public final class CompiledProgram {
    public let graph: Graph
    public let plans: [MemoryPlan]
    public let layouts: [ArgumentLayout]
    /// The ELF object the functions were loaded from (what `compile -o` writes).
    public let objectCode: [UInt8]
    public let target: HostTarget
    /// The options it was compiled with (what the profile reads the GEMM choices from).
    public let options: CodegenOptions
    private let jit: JIT
    private let functions: [EntryFunction]

    /// Compiles `graph` for this machine.
    public static func compile(_ graph: Graph, options: CodegenOptions = CodegenOptions()) throws -> CompiledProgram {
        let compiler = ModuleCompiler(options: options)
        let plans = compiler.plans(for: graph)
        let object = try compiler.compileObject(graph, plans: plans)
        return try CompiledProgram(graph: graph, plans: plans, objectCode: object, target: compiler.target, options: options)
    }

    /// Loads already compiled object code for `graph` (plans must be the ones it was built with).
    init(graph: Graph, plans: [MemoryPlan], objectCode: [UInt8], target: HostTarget, options: CodegenOptions) throws {
        self.graph = graph
        self.plans = plans
        self.layouts = graph.entries.map { ArgumentLayout(graph: graph, entry: $0) }
        self.objectCode = objectCode
        self.target = target
        self.options = options
        let jit = try JIT()
        try jit.addObject(objectCode, name: "\(graph.name).o")
        let addresses = try graph.entries.indices.map { k in try jit.lookup(entrySymbol(k)) }
        functions = addresses.map { unsafeBitCast(UInt($0), to: EntryFunction.self) }
        self.jit = jit
        if options.perfMap, let first = addresses.first { PerfMap.add(self, anchor: entrySymbol(0), at: first) }
    }

    /// Address of a symbol defined by the compiled code (profile counters).
    func lookupSymbol(_ name: String) throws -> UInt64 { try jit.lookup(name) }

    /// Calls entry #k on a prepared argument block; returns the entry's status (0 = success).
    public func call(entry k: Int, _ args: UnsafeMutablePointer<UnsafeMutableRawPointer?>) -> Int32 {
        functions[k](args)
    }

    /// Arena bytes needed to run any entry.
    public var arenaBytes: Int { plans.map(\.arenaBytes).max() ?? 0 }
}

/// The compiled counterpart of `Interpreter`: same `Engine` contract, native code underneath.
/// Weights are passed by pointer (no copies); assigned weights come back in output buffers and
/// are written into the `WeightStore` only when the call succeeds. One call at a time per engine
/// (the scratch arena is shared by its entries).
public final class CompiledEngine: Engine {
    public let graph: Graph
    public let weights: WeightStore
    public let program: CompiledProgram
    private let arena: UnsafeMutableRawPointer
    /// Per entry: its result and assigned-weight buffers, each allocated on first need and reused
    /// (an update written in place into its weight never needs one).
    private var outputBuffers: [[UnsafeMutableRawPointer?]]

    public convenience init(graph: Graph, weights: WeightStore, options: CodegenOptions = CodegenOptions()) throws {
        try self.init(program: CompiledProgram.compile(graph, options: options), weights: weights)
    }

    public init(program: CompiledProgram, weights: WeightStore) {
        self.graph = program.graph
        self.weights = weights
        self.program = program
        arena = UnsafeMutableRawPointer.allocate(byteCount: max(program.arenaBytes, 64), alignment: 64)
        outputBuffers = program.graph.entries.map { e in Array(repeating: nil, count: e.results.count + e.updates.count) }
    }

    deinit {
        arena.deallocate()
        for buffers in outputBuffers { buffers.forEach { $0?.deallocate() } }
    }

    /// Entry #k's output types: results, then the weights it assigns.
    private func outputTypes(_ entry: Entry) -> [TensorType] {
        entry.results.map { entry.nodes[$0.value].type } + entry.updates.map { graph.weights[$0.weight].type }
    }

    /// Output slot `i` of entry #k: its buffer, allocated on first use.
    private func outputBuffer(_ k: Int, _ i: Int) -> UnsafeMutableRawPointer {
        if let buffer = outputBuffers[k][i] { return buffer }
        let type = outputTypes(graph.entries[k])[i]
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(type.byteCount, 4), alignment: 64)
        outputBuffers[k][i] = buffer
        return buffer
    }

    public func run(_ entryName: String, inputs: [String: Tensor]) throws -> [String: Tensor] {
        guard let k = graph.entryIndex(named: entryName) else {
            let known = graph.entries.map(\.name).joined(separator: ", ")
            throw EngineError("graph '\(graph.name)' has no entry '\(entryName)' (entries: \(known))")
        }
        let entry = graph.entries[k]
        let parameters = try checkedInputs(entry, inputs)
        // Updates the plan puts in place are written into their weight's buffer (the code
        // addresses them as the weight); the rest come back in output buffers and are copied
        // into the store only when the call succeeded.
        let inPlace = program.plans[k].inPlaceUpdates
        let status = weights.withWritableStorage(inPlace.sorted().map { entry.updates[$0].weight }) { writable in
            call(k, parameters, writable: writable, inPlace: inPlace)
        }
        if status != 0 { throw failure(entry, node: Int(status) - 1) }
        var results: [String: Tensor] = [:]
        for (i, r) in entry.results.enumerated() {
            results[r.name] = Tensor(entry.nodes[r.value].type, copyingFrom: outputBuffer(k, i))
        }
        for (j, u) in entry.updates.enumerated() where !inPlace.contains(j) {
            weights.overwrite(u.weight, from: outputBuffer(k, entry.results.count + j))
        }
        return results
    }

    /// Fills entry #k's argument block and calls it. `writable` weights are passed by their own
    /// storage, which the updates in `inPlace` write. An in-place update whose weight the store
    /// holds in another dtype (f64 values for gradient checks) is written into the converted
    /// copy passed for it, and copied into the store from there after a successful call. The
    /// weight tensors it borrows are released on return, so the caller's in-place weight
    /// updates find their storage unshared.
    private func call(_ k: Int, _ parameters: [Tensor], writable: [Int: UnsafeMutableRawPointer], inPlace: Set<Int>) -> Int32 {
        // Mapped frozen weights are passed in place; weights held in another dtype are converted.
        let entry = graph.entries[k]
        let mapped = graph.weights.indices.map { weights.mappedPointer($0) }
        let passed = graph.weights.indices.filter { mapped[$0] == nil && writable[$0] == nil }
        let weightTensors = passed.map { i in
            weights[i].type.dtype == graph.weights[i].type.dtype ? weights[i] : weights[i].converted(to: graph.weights[i].type.dtype)
        }
        let layout = program.layouts[k]
        return withRawPointers(weightTensors + parameters) { sources in
            var block = [UnsafeMutableRawPointer?](repeating: nil, count: layout.count)
            var next = sources.makeIterator()
            for i in mapped.indices {
                block[i] = writable[i] ?? UnsafeMutableRawPointer(mutating: mapped[i] ?? next.next()!)
            }
            for j in parameters.indices { block[layout.parametersStart + j] = UnsafeMutableRawPointer(mutating: next.next()!) }
            for i in 0..<(entry.results.count + entry.updates.count) {
                let j = i - entry.results.count
                block[layout.outputsStart + i] = j >= 0 && inPlace.contains(j) ? block[entry.updates[j].weight] : outputBuffer(k, i)
            }
            block[layout.arenaIndex] = arena
            let status = block.withUnsafeMutableBufferPointer { program.call(entry: k, $0.baseAddress!) }
            if status == 0 {
                for j in inPlace where writable[entry.updates[j].weight] == nil {
                    let w = entry.updates[j].weight
                    if let copy = block[w] { weights.overwrite(w, from: copy) }
                }
            }
            return status
        }
    }

    private func failure(_ entry: Entry, node v: Int) -> EngineError {
        guard entry.nodes.indices.contains(v) else { return EngineError("entry '\(entry.name)' failed with status \(v + 1)") }
        let node = entry.nodes[v]
        let what: String
        switch node.op {
        case .crossEntropy(let i), .crossEntropyGrad(let i):
            what = "a label is outside [0, \(entry.nodes[node.inputs[0]].type.shape[1])) and is not ignore_index \(i)"
        case .gather:
            what = "an id is outside the table's \(entry.nodes[node.inputs[0]].type.shape[0]) rows"
        case .scatterAdd(let rows):
            what = "an id is outside the \(rows) rows"
        default:
            what = "invalid input data"
        }
        return EngineError("entry '\(entry.name)', node %\(v) '\(node.name)' (\(node.op.spelling.name)): \(what)")
    }
}

/// Calls `body` with the base addresses of every tensor's storage (no copies), valid only inside.
func withRawPointers<R>(_ tensors: [Tensor], _ body: ([UnsafeRawPointer]) -> R) -> R {
    var collected: [UnsafeRawPointer] = []
    collected.reserveCapacity(tensors.count)
    func step(_ i: Int) -> R {
        if i == tensors.count { return body(collected) }
        func with<E>(_ a: [E]) -> R {
            a.withUnsafeBytes { raw in
                collected.append(raw.baseAddress ?? UnsafeRawPointer(bitPattern: 64)!)
                return step(i + 1)
            }
        }
        switch tensors[i].storage {
        case .f32(let a): return with(a)
        case .f64(let a): return with(a)
        case .i32(let a): return with(a)
        }
    }
    return step(0)
}
