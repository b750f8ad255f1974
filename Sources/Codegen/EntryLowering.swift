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
    /// While a kernel or validator is being emitted: its `args` (i8**, the caller's pointer
    /// array) and the storage behind each slot of that array, in first-use order.
    private var outlinedArgs: LLVMValueRef?
    private var outlinedSlots: [ValueStorage] = []
    /// The entry's pointer array (`alloca i8*, N` in its first block): the caller fills it before
    /// each kernel call. Calls never overlap (a parallel-for returns when every chunk is done), so
    /// one array serves every call; N is set to the largest kernel's need at the end.
    private var pointerArray: LLVMValueRef?
    private var pointerArrayLength = 1
    /// Rows known to be zero where a sequence mask is (padded positions): GEMMs skip them.
    private(set) lazy var zeroRows: [ZeroRows?] = ZeroRowsAnalysis.facts(entry)

    init(gen: IRGen, graph: Graph, entry: Entry, plan: MemoryPlan, symbol: String, options: CodegenOptions,
         layout: ArgumentLayout? = nil) {
        self.gen = gen
        self.graph = graph
        self.entry = entry
        self.plan = plan
        self.layout = layout ?? ArgumentLayout(graph: graph, entry: entry)
        self.options = options
        self.symbol = symbol
    }

    func type(_ v: ValueID) -> TensorType { entry.nodes[v].type }

    /// Nodes per entry function. The entry is a straight line of kernel calls, and O3's work on
    /// one basic block grows faster than its length (instruction ordering, EarlyCSE): a graph
    /// with more nodes is split into `noinline` parts of this many nodes, called in order.
    static let nodesPerPart = 256

    /// Emits the entry function and its kernels; returns the entry function.
    @discardableResult
    func lower() -> LLVMValueRef {
        let fnType = gen.functionType(gen.i32, [gen.i8PtrPtr])
        let fn = gen.beginFunction(symbol, fnType, isInternal: false)
        let nodes = plan.computed(in: entry)
        let counters = options.profile ? profileCounters() : nil
        if nodes.count <= Self.nodesPerPart {
            beginBody()
            lowerNodes(nodes, counters)
        } else {
            let args = gen.param(0)
            for (k, start) in stride(from: 0, to: nodes.count, by: Self.nodesPerPart).enumerated() {
                let part = nodes[start..<min(start + Self.nodesPerPart, nodes.count)]
                let partFunction = gen.preservingInsertion { () -> LLVMValueRef in
                    let f = gen.beginFunction("\(symbol)_part\(k)", fnType, isInternal: true)
                    gen.addAttribute("noinline", to: f)
                    beginBody()
                    lowerNodes(part, counters)
                    endBody()
                    return f
                }
                // A part returns nonzero when an input failed validation; the entry passes it on.
                let status = gen.callFunction(partFunction, fnType, [args])
                let failed = gen.block("failed"), next = gen.block("next")
                LLVMBuildCondBr(gen.builder, LLVMBuildICmp(gen.builder, LLVMIntNE, status, gen.int32(0), ""), failed, next)
                gen.position(at: failed)
                LLVMBuildRet(gen.builder, status)
                gen.position(at: next)
            }
            entryArgs = args  // the final copies below need no pointer array
            pointerArray = nil
        }
        let copiesStart = counters != nil ? profileClock() : nil
        for (v, slot) in plan.finalCopies {
            let dst = rawPointer(.output(slot), entryArgs!)
            gen.memcpy(dst, valuePointer(v, entryArgs!), bytes: type(v).byteCount)
        }
        if let counters, let copiesStart {
            profileAccumulate(counterPointer(counters), slot: entry.nodes.count, since: copiesStart)
        }
        if options.injectVerifierFault == entry.name {
            // Test hook: a block with no terminator, which the LLVM verifier rejects.
            _ = gen.block("unterminated")
        }
        endBody()
        return fn
    }

    /// Lowers `nodes` into the current function, each timed into `counters` when profiling.
    private func lowerNodes(_ nodes: some Collection<ValueID>, _ counters: LLVMValueRef?) {
        let pointer = counters.map(counterPointer)
        for v in nodes {
            let start = pointer != nil && emitsCode(v) ? profileClock() : nil
            lowerNode(v)
            if let pointer, let start { profileAccumulate(pointer, slot: v, since: start) }
        }
    }

    /// A lowerer for a fused region's body (`body`, with a plan whose storage is this entry's),
    /// emitting into the function being built: it shares this one's `args` and pointer array.
    /// Call `adopt` when done.
    func nested(body: Entry, plan bodyPlan: MemoryPlan) -> EntryLowerer {
        let n = EntryLowerer(gen: gen, graph: graph, entry: body, plan: bodyPlan, symbol: symbol, options: options,
                             layout: layout)
        n.entryArgs = entryArgs
        n.pointerArray = pointerArray
        return n
    }

    /// Takes back the pointer-array size a nested lowerer needed.
    func adopt(_ n: EntryLowerer) {
        pointerArrayLength = max(pointerArrayLength, n.pointerArrayLength)
    }

    /// Starts the body of the entry (or of one of its parts): its `args` and pointer array.
    private func beginBody() {
        entryArgs = gen.param(0)
        pointerArray = LLVMBuildArrayAlloca(gen.builder, gen.i8Ptr, gen.int(1), "pointers")
        pointerArrayLength = 1
    }

    /// Returns 0 and sizes the pointer array to the largest kernel's need.
    private func endBody() {
        LLVMBuildRet(gen.builder, gen.int32(0))
        if let pointerArray { LLVMSetOperand(pointerArray, 0, gen.int(pointerArrayLength)) }
    }

    /// Nodes that lower to no code (values that are only addresses) are not timed.
    private func emitsCode(_ v: ValueID) -> Bool {
        switch entry.nodes[v].op {
        case .parameter, .weight, .reshape, .regionResult: return false
        default: return true
        }
    }

    // MARK: Profiling (options.profile): a global `i64 [2 × (nodes + 1)]` per entry,
    // `eptc_profile_<k>`, holding per node its total nanoseconds and call count (slot `nodes` is
    // the final output copies). The entry runs on one thread (kernels split inside), so plain
    // loads and stores suffice. With profiling off none of this is emitted.

    /// The entry's counter array (a global, shared by the entry and its parts).
    private func profileCounters() -> LLVMValueRef {
        let slots = 2 * (entry.nodes.count + 1)
        let arrayType = LLVMArrayType(gen.i64, UInt32(slots))
        let global = LLVMAddGlobal(gen.module, arrayType, profileSymbol(symbol))!
        LLVMSetInitializer(global, LLVMConstNull(arrayType))
        return global
    }

    /// The counters as an `i64*` in the function being emitted.
    private func counterPointer(_ global: LLVMValueRef) -> LLVMValueRef {
        gen.bitcast(global, gen.pointerType(gen.i64))
    }

    private func profileClock() -> LLVMValueRef {
        gen.call("eptc_profile_clock", gen.i64, [], types: [])
    }

    private func profileAccumulate(_ counters: LLVMValueRef, slot: Int, since start: LLVMValueRef) {
        let elapsed = LLVMBuildSub(gen.builder, profileClock(), start, "elapsed")!
        let t = gen.int(2 * slot), n = gen.int(2 * slot + 1)
        gen.store(LLVMBuildAdd(gen.builder, gen.load(gen.i64, counters, t), elapsed, "")!, counters, t, gen.i64)
        gen.store(LLVMBuildAdd(gen.builder, gen.load(gen.i64, counters, n), gen.int(1), "")!, counters, n, gen.i64)
    }

    func lowerNode(_ v: ValueID) {
        let node = entry.nodes[v]
        switch node.op {
        case .parameter, .weight, .reshape, .regionResult: break  // a region_result: its region writes it
        case .constant(let value, _): emitFill(v) { _ in self.gen.constant(value, node.type.dtype) }
        case .iota(_, let axis): emitIota(v, axis: axis)
        case .unary, .binary, .select, .cast, .dropout, .broadcast: emitElementwise(v)
        case .keepRows: emitKeepRows(v)
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
        case .fused(let region): emitFused(v, region)
        }
    }

    // MARK: Buffers

    /// i8* of a storage location, from an `args` block (i8**). Inside a kernel or validator the
    /// block is the caller's pointer array: the storage gets a slot there (the caller stores the
    /// pointer, arena offset included), so kernels that differ only in their buffers are identical.
    func rawPointer(_ storage: ValueStorage, _ args: LLVMValueRef) -> LLVMValueRef {
        let storage = inPlaceWeight(storage)
        if let outlined = outlinedArgs, args == outlined {
            let slot = outlinedSlots.firstIndex(of: storage) ?? outlinedSlots.count
            if slot == outlinedSlots.count { outlinedSlots.append(storage) }
            return gen.load(gen.i8Ptr, args, gen.int(slot))
        }
        guard let index = layout.index(of: storage) else { return LLVMConstPointerNull(gen.i8Ptr) }
        let p = gen.load(gen.i8Ptr, args, gen.int(index))
        if case .arena(let offset) = storage, offset != 0 { return gen.gep(gen.i8, p, gen.int(offset)) }
        return p
    }

    /// An in-place update's output slot is its weight's buffer (`MemoryPlan.inPlaceUpdates`; the
    /// engine passes one pointer for both): addressed as the weight, so a kernel that reads w and
    /// writes w′ uses one pointer, and LLVM sees the same element read and written, not two
    /// pointers it must check for overlap before it vectorizes.
    private func inPlaceWeight(_ storage: ValueStorage) -> ValueStorage {
        guard case .output(let slot) = storage else { return storage }
        let j = slot - entry.results.count
        guard j >= 0, plan.inPlaceUpdates.contains(j) else { return storage }
        return .weight(entry.updates[j].weight)
    }

    /// Typed element pointer of value `v` (views resolve to their root's bytes, from the view's
    /// offset on).
    func valuePointer(_ v: ValueID, _ args: LLVMValueRef) -> LLVMValueRef {
        var raw = rawPointer(plan.storage[plan.root(of: v)], args)
        let offset = plan.byteOffset(of: v)
        if offset != 0 { raw = gen.gep(gen.i8, raw, gen.int(offset)) }
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
    ///
    /// `workspace`, an entry-side i8* (the generated GEMM's packed operand), reaches the kernel
    /// as slot 0 of its pointer array: `workspacePointer(args)`.
    func kernel(outer: Int, workPerIteration: Int, workspace: LLVMValueRef? = nil,
                _ prepare: (LLVMValueRef) -> (LLVMValueRef) -> Void) {
        guard outer > 0 else { return }
        let (fn, slots) = outline(gen.kernelType, prefix: "eptc_kernel_", reserved: workspace == nil ? [] : [.unused]) { args in
            let body = prepare(args)
            gen.loop(gen.param(1), gen.param(2)) { o, _ in body(o); return [] }
            LLVMBuildRetVoid(gen.builder)
        }
        let pointers = passPointers(slots)
        if let workspace { gen.store(workspace, pointerArray!, gen.int(0), gen.i8Ptr) }
        let work = outer * max(workPerIteration, 1)
        if work >= options.parallelThreshold && outer >= 2 {
            let grain = max(1, options.parallelThreshold / 4 / max(workPerIteration, 1))
            let fnPtr = gen.pointerType(gen.kernelType)
            gen.call("eptc_parallel_for", gen.void, [fn, pointers, gen.int(outer), gen.int(grain)],
                     types: [fnPtr, gen.i8Ptr, gen.i64, gen.i64])
        } else {
            gen.callFunction(fn, gen.kernelType, [pointers, gen.int(0), gen.int(outer)])
        }
    }

    /// Emits an internal `noinline` function of type `type` whose first parameter (i8*) is a
    /// pointer array, and returns it (or an identical one emitted before, anywhere in the module)
    /// with the storage behind each slot.
    ///
    /// Why functions of their own: inlined (a directly called kernel has one call site, which the
    /// inliner always takes), a model entry became one function of thousands of loops, and O3's
    /// loop analyses (ScalarEvolution, loop passes) scale worse than linearly in function size.
    /// IPSCCP still propagates the constant bounds of direct calls into the kernel, so trip
    /// counts stay static. Why pointer arrays: the same op on same-shaped buffers (every layer
    /// of a model, the forward pass repeated in each entry) becomes one function, optimized and
    /// emitted once.
    private func outline(_ type: LLVMTypeRef, prefix: String, reserved: [ValueStorage] = [],
                         _ emit: (LLVMValueRef) -> Void) -> (LLVMValueRef, [ValueStorage]) {
        gen.preservingInsertion {
            let f = gen.beginFunction(IRGen.pendingName, type, isInternal: true)
            gen.addAttribute("noinline", to: f)
            let args = gen.bitcast(gen.param(0), gen.i8PtrPtr)
            outlinedArgs = args
            outlinedSlots = reserved
            emit(args)
            outlinedArgs = nil
            return (gen.deduplicate(f, prefix: prefix), outlinedSlots)
        }
    }

    /// Inside a kernel given a `workspace`: that pointer.
    func workspacePointer(_ args: LLVMValueRef) -> LLVMValueRef { gen.load(gen.i8Ptr, args, gen.int(0)) }

    /// Stores the entry-side pointers of `slots` into the pointer array; returns it as i8*.
    private func passPointers(_ slots: [ValueStorage]) -> LLVMValueRef {
        let array = pointerArray!
        for (j, storage) in slots.enumerated() {
            gen.store(rawPointer(storage, entryArgs!), array, gen.int(j), gen.i8Ptr)
        }
        pointerArrayLength = max(pointerArrayLength, slots.count)
        return gen.bitcast(array, gen.i8Ptr)
    }

    /// Returns 1 + v from the entry when `bad` holds for any i in 0..<count: input validation for
    /// ids and labels, before the kernel reads them. The scan is an outlined function,
    /// `i1 check(i8* pointers)` (true when some index is bad), so the entry stays a straight line
    /// of calls; `prepare` runs in its entry block with its args and returns the per-index test.
    func validate(_ v: ValueID, count: Int, _ prepare: (LLVMValueRef) -> (LLVMValueRef) -> LLVMValueRef) {
        guard count > 0 else { return }
        let checkType = gen.functionType(gen.i1, [gen.i8Ptr])
        let (check, slots) = outline(checkType, prefix: "eptc_check_") { args in
            let bad = prepare(args)
            let failBlock = gen.block("invalid")
            gen.loop(count: count) { i, _ in
                let next = gen.block("checked")
                LLVMBuildCondBr(gen.builder, bad(i), failBlock, next)
                gen.position(at: next)
                return []
            }
            LLVMBuildRet(gen.builder, LLVMConstInt(gen.i1, 0, 0))
            gen.position(at: failBlock)
            LLVMBuildRet(gen.builder, LLVMConstInt(gen.i1, 1, 0))
        }
        let bad = gen.callFunction(check, checkType, [passPointers(slots)])
        let failBlock = gen.block("invalid")
        let okBlock = gen.block("valid")
        LLVMBuildCondBr(gen.builder, bad, failBlock, okBlock)
        gen.position(at: failBlock)
        LLVMBuildRet(gen.builder, gen.int32(Int32(v + 1)))
        gen.position(at: okBlock)
    }
}

/// Options of code generation.
public struct CodegenOptions: Hashable, Sendable {
    /// Matmuls with M·N·K at or above this call BLAS; smaller ones are generated loops.
    public var gemmThreshold = 32 * 32 * 32
    /// Products up to this many multiply-adds in a batch of several go to `eptc_gemm_batch` (the
    /// batch split across eptc's pool, each product single-threaded in OpenBLAS; Runtime
    /// BatchedGemm.swift says why): 256³, far above attention's per-head products. Larger ones
    /// are one BLAS call each; tests set 0 to take that path at small shapes.
    public var batchedProductLimit = CodegenOptions.defaultBatchedProductLimit
    public static let defaultBatchedProductLimit = 1 << 24
    /// Kernels touching at least this many elements split their outer loop across threads.
    public var parallelThreshold = 1 << 15
    /// Named EPT kernels of fewer multiply-adds run their blocks on the calling thread
    /// (EPTTiles.swift); tests set 0 to take the parallel path at small shapes.
    public var eptSerialWork = EPTTiles.serialWork
    /// Test hook: emit invalid IR into the named entry, to check verifier errors are reported.
    public var injectVerifierFault: String?
    /// Vector width (bits) the loop and SLP vectorizers prefer (LLVM's `prefer-vector-width`);
    /// nil: LLVM's default for the host CPU. The default options take the host's measured choice
    /// (`HostVectorWidth`).
    public var vectorWidth: Int?
    /// Time every node of every entry (`eptc bench --profile`): counters in the module, read with
    /// `CompiledEngine.profile`. Off by default; when off no timing code is emitted at all.
    public var profile = false
    /// Generated kernel or BLAS for f32 matmuls at or above `gemmThreshold` (GemmChoice.swift).
    /// The host defaults measure per shape; without them every such matmul calls BLAS, so code
    /// built for a pinned target does not depend on this machine's timings.
    public var gemm: GemmPolicy
    /// Seconds one compile may spend measuring the shapes `.measured` has no decision for
    /// (`GemmChooser.budget`); what is left over runs on BLAS until a later compile measures it.
    /// A training run allows more (`GemmChooser.runBudget`): minutes of training are worth a few
    /// seconds that put every shape of its first programs on the faster kernel.
    public var gemmMeasuringBudget = GemmChooser.budget
    /// Decisions a run already made, by `GemmChooser.shapeKey` (its folder's kernel-choices.json):
    /// they win over `gemm` and the machine's cache, so a resumed run runs the kernels it started
    /// with even if this machine has since measured a shape it had left on BLAS.
    public var pinnedGemm: [String: GemmDecision] = [:]
    /// Test hook: the oneDNN library `.dnnl` and `.measured` try (nil: libdnnl.so.2); a path that
    /// does not load shows the fallback to BLAS.
    public var dnnlLibrary: String?
    /// `.measured` also times oneDNN per shape (where it loads): `GemmChooser.measuresDNNLByDefault`.
    public var measureDNNL = GemmChooser.measuresDNNLByDefault
    /// Name this program's functions in perf's map of JIT code (`PerfMap`; `eptc bench
    /// --perf-map`). Changes no code, so it is not part of the compile cache's key.
    public var perfMap = false
    /// Head splits and merges next to matmuls as views the products address strided (Passes
    /// HeadTransposeViews.swift); off (`eptc bench --no-head-views`, tests), each is a copy.
    public var headTransposeViews = true
    /// A fused attention's forward kernel keeps its probabilities for the backward kernel of the
    /// same entry (Passes StoredProbabilities.swift); off (`eptc bench
    /// --recompute-attention-probabilities`, tests), the backward recomputes them.
    public var keepsAttentionProbabilities = true

    public init() { (vectorWidth, gemm) = (HostVectorWidth.chosen, .measured) }

    /// `hostDefaults: false`: LLVM's defaults, without the host's measured choices (what the
    /// vector-width measurement itself compiles with).
    public init(hostDefaults: Bool) {
        (vectorWidth, gemm) = hostDefaults ? (HostVectorWidth.chosen, .measured) : (nil, .blas)
    }
}
