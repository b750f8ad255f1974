import CLLVM
import IR
import Passes

/// Lowers one entry to `int32_t eptc_entry_<k>(void **args)` (see `ArgumentLayout`): nodes in
/// schedule order, each as one or more kernels `void kernel(void *args, i64 lo, i64 hi)` over an
/// outer range, called directly when small and through `eptc_parallel_for` when large; matmuls
/// above a size threshold call `cblas_sgemm` from the entry itself.
final class EntryLowerer {
    let gen: IRGen
    let graph: Graph
    let entry: Entry
    let plan: MemoryPlan
    let layout: ArgumentLayout
    let options: CodegenOptions
    let symbol: String
    /// The entry function's `args` (i8**) while emitting the entry body.
    private(set) var entryArgs: LLVMValueRef?
    private var kernelCount = 0

    init(gen: IRGen, graph: Graph, entry: Entry, plan: MemoryPlan, symbol: String, options: CodegenOptions) {
        self.gen = gen
        self.graph = graph
        self.entry = entry
        self.plan = plan
        self.layout = ArgumentLayout(graph: graph, entry: entry)
        self.options = options
        self.symbol = symbol
    }

    func type(_ v: ValueID) -> TensorType { entry.nodes[v].type }

    /// Emits the entry function and its kernels; returns the entry function.
    @discardableResult
    func lower() -> LLVMValueRef {
        let fnType = gen.functionType(gen.i32, [gen.i8PtrPtr])
        let fn = gen.beginFunction(symbol, fnType, isInternal: false)
        entryArgs = gen.param(0)
        for v in plan.computed(in: entry) {
            lowerNode(v)
        }
        for (v, slot) in plan.finalCopies {
            let dst = rawPointer(.output(slot), entryArgs!)
            gen.memcpy(dst, valuePointer(v, entryArgs!), bytes: type(v).byteCount)
        }
        if options.injectVerifierFault == entry.name {
            // Test hook: a block with no terminator, which the LLVM verifier rejects.
            _ = gen.block("unterminated")
        }
        LLVMBuildRet(gen.builder, gen.int32(0))
        return fn
    }

    private func lowerNode(_ v: ValueID) {
        let node = entry.nodes[v]
        switch node.op {
        case .parameter, .weight, .reshape: break
        case .constant(let value, _): emitFill(v) { _ in self.gen.constant(value, node.type.dtype) }
        case .iota(_, let axis): emitIota(v, axis: axis)
        case .unary, .binary, .select, .cast, .dropout, .broadcast: emitElementwise(v)
        case .transpose(let perm): emitTranspose(v, perm: perm)
        case .slice(let axis, let start, _): emitSlice(v, axis: axis, start: start)
        case .concat(let axis): emitConcat(v, axis: axis)
        case .matmul(let ta, let tb): emitMatmul(v, transposeA: ta, transposeB: tb)
        case .gather: emitGather(v)
        case .scatterAdd: emitScatterAdd(v)
        case .reduce(let op, let axes, _): emitReduce(v, op: op, axes: axes)
        case .argmax(let axis): emitArgmax(v, axis: axis)
        case .softmax(let axis): emitSoftmax(v, axis: axis, log: false)
        case .logSoftmax(let axis): emitSoftmax(v, axis: axis, log: true)
        case .rmsNorm(let eps): emitRMSNorm(v, eps: eps)
        case .layerNorm(let eps): emitLayerNorm(v, eps: eps)
        case .crossEntropy(let ignore): emitCrossEntropy(v, ignoreIndex: ignore)
        case .crossEntropyGrad(let ignore): emitCrossEntropyGrad(v, ignoreIndex: ignore)
        case .positionBucket(let q, let k, let bidirectional, let buckets, let distance):
            emitPositionBucket(v, query: q, key: k, bidirectional: bidirectional, buckets: buckets, distance: distance)
        }
    }

    // MARK: Buffers

    /// i8* of a storage location, from an `args` block (i8**).
    func rawPointer(_ storage: ValueStorage, _ args: LLVMValueRef) -> LLVMValueRef {
        guard let index = layout.index(of: storage) else { return LLVMConstPointerNull(gen.i8Ptr) }
        let p = gen.load(gen.i8Ptr, args, gen.int(index))
        if case .arena(let offset) = storage, offset != 0 { return gen.gep(gen.i8, p, gen.int(offset)) }
        return p
    }

    /// Typed element pointer of value `v` (views resolve to their root's bytes).
    func valuePointer(_ v: ValueID, _ args: LLVMValueRef) -> LLVMValueRef {
        let raw = rawPointer(plan.storage[plan.root(of: v)], args)
        return gen.bitcast(raw, gen.pointerType(gen.elementType(type(v).dtype)))
    }

    /// Scratch of node `v`, typed as `element`.
    func scratchPointer(_ v: ValueID, _ args: LLVMValueRef, _ element: LLVMTypeRef) -> LLVMValueRef {
        let raw = rawPointer(.arena(offset: plan.scratch[v] ?? 0), args)
        return gen.bitcast(raw, gen.pointerType(element))
    }

    /// An operand reader: an immediate constant, or a load from the value's buffer.
    func reader(_ v: ValueID, _ args: LLVMValueRef) -> (LLVMValueRef) -> LLVMValueRef {
        let t = gen.elementType(type(v).dtype)
        if case .immediate = plan.storage[v], case .constant(let c, _) = entry.nodes[v].op {
            let k = gen.constant(c, type(v).dtype)
            return { _ in k }
        }
        let p = valuePointer(v, args)
        return { i in self.gen.load(t, p, i) }
    }

    // MARK: Kernels

    /// Emits a kernel over `outer` iterations and calls it from the entry. `prepare` runs once in
    /// the kernel's entry block with the kernel's args (i8**) and returns the per-iteration body.
    func kernel(outer: Int, workPerIteration: Int,
                _ prepare: (LLVMValueRef) -> (LLVMValueRef) -> Void) {
        guard outer > 0 else { return }
        kernelCount += 1
        let name = "\(symbol)_k\(kernelCount)"
        let fn: LLVMValueRef = gen.preservingInsertion {
            let f = gen.beginFunction(name, gen.kernelType, isInternal: true)
            let args = gen.bitcast(gen.param(0), gen.i8PtrPtr)
            let body = prepare(args)
            gen.loop(gen.param(1), gen.param(2)) { o, _ in body(o); return [] }
            LLVMBuildRetVoid(gen.builder)
            return f
        }
        let argsRaw = gen.bitcast(entryArgs!, gen.i8Ptr)
        let work = outer * max(workPerIteration, 1)
        if work >= options.parallelThreshold && outer >= 2 {
            let grain = max(1, options.parallelThreshold / 4 / max(workPerIteration, 1))
            let fnPtr = gen.pointerType(gen.kernelType)
            gen.call("eptc_parallel_for", gen.void, [fn, argsRaw, gen.int(outer), gen.int(grain)],
                     types: [fnPtr, gen.i8Ptr, gen.i64, gen.i64])
        } else {
            gen.callFunction(fn, gen.kernelType, [argsRaw, gen.int(0), gen.int(outer)])
        }
    }

    /// Returns 1 + v from the entry when `bad` (an i1 computed by `check` over index i) holds for
    /// any i in 0..<count: input validation for ids and labels, before the kernel reads them.
    func validate(_ v: ValueID, count: Int, _ check: (LLVMValueRef) -> LLVMValueRef) {
        let failBlock = gen.block("invalid")
        let okBlock = gen.block("valid")
        let start = gen.currentBlock
        _ = start
        gen.loop(count: count) { i, _ in
            let bad = check(i)
            let next = gen.block("checked")
            LLVMBuildCondBr(gen.builder, bad, failBlock, next)
            gen.position(at: next)
            return []
        }
        LLVMBuildBr(gen.builder, okBlock)
        gen.position(at: failBlock)
        LLVMBuildRet(gen.builder, gen.int32(Int32(v + 1)))
        gen.position(at: okBlock)
    }
}

/// Options of code generation.
public struct CodegenOptions: Hashable, Sendable {
    /// Matmuls with M·N·K at or above this call BLAS; smaller ones are generated loops.
    public var gemmThreshold = 32 * 32 * 32
    /// Kernels touching at least this many elements split their outer loop across threads.
    public var parallelThreshold = 1 << 15
    /// Test hook: emit invalid IR into the named entry, to check verifier errors are reported.
    public var injectVerifierFault: String?

    public init() {}
}
