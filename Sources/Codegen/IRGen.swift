import CLLVM
import IR

/// A thin Swift layer over the LLVM 14 C API: one context, module and builder, the types the
/// kernels use, constants, loops with loop-carried values, and calls to intrinsics and libm.
/// Only the portable subset is used (GEP2, Load2, Call2, typed pointers via bitcasts), so a newer
/// LLVM is a drop-in switch.
final class IRGen {
    let context: LLVMContextRef
    let module: LLVMModuleRef
    let builder: LLVMBuilderRef
    let void: LLVMTypeRef, i1: LLVMTypeRef, i8: LLVMTypeRef, i32: LLVMTypeRef, i64: LLVMTypeRef
    let f32: LLVMTypeRef, f64: LLVMTypeRef
    let i8Ptr: LLVMTypeRef, i8PtrPtr: LLVMTypeRef
    /// Kernel signature: void kernel(i8* args, i64 lo, i64 hi).
    let kernelType: LLVMTypeRef
    private(set) var function: LLVMValueRef?
    /// Outlined functions by their structural key: identical kernels are emitted once per module.
    private var outlined: [[UInt64]: LLVMValueRef] = [:]
    private var outlinedCount: [String: Int] = [:]
    private var disposed = false

    init(moduleName: String) {
        context = LLVMContextCreate()
        module = LLVMModuleCreateWithNameInContext(moduleName, context)
        builder = LLVMCreateBuilderInContext(context)
        void = LLVMVoidTypeInContext(context)
        i1 = LLVMInt1TypeInContext(context)
        i8 = LLVMInt8TypeInContext(context)
        i32 = LLVMInt32TypeInContext(context)
        i64 = LLVMInt64TypeInContext(context)
        f32 = LLVMFloatTypeInContext(context)
        f64 = LLVMDoubleTypeInContext(context)
        i8Ptr = LLVMPointerType(i8, 0)
        i8PtrPtr = LLVMPointerType(i8Ptr, 0)
        var params: [LLVMTypeRef?] = [LLVMPointerType(LLVMInt8TypeInContext(context), 0), LLVMInt64TypeInContext(context),
                                      LLVMInt64TypeInContext(context)]
        let voidType: LLVMTypeRef = LLVMVoidTypeInContext(context)
        kernelType = params.withUnsafeMutableBufferPointer { LLVMFunctionType(voidType, $0.baseAddress, 3, 0) }
    }

    deinit { dispose() }

    /// Frees the builder, module and context (the module must not have been handed to LLVM).
    func dispose() {
        guard !disposed else { return }
        disposed = true
        LLVMDisposeBuilder(builder)
        LLVMDisposeModule(module)
        LLVMContextDispose(context)
    }

    /// Gives up ownership of the module and context (after emitting an object they are freed here).
    func elementType(_ d: DType) -> LLVMTypeRef {
        switch d {
        case .f32: return f32
        case .f64: return f64
        case .i32: return i32
        }
    }

    func pointerType(_ t: LLVMTypeRef) -> LLVMTypeRef { LLVMPointerType(t, 0) }

    // MARK: Functions and blocks

    func functionType(_ ret: LLVMTypeRef, _ params: [LLVMTypeRef]) -> LLVMTypeRef {
        var p: [LLVMTypeRef?] = params
        return p.withUnsafeMutableBufferPointer { LLVMFunctionType(ret, $0.baseAddress, UInt32(params.count), 0) }
    }

    /// Adds a function and positions the builder at its entry block.
    @discardableResult
    func beginFunction(_ name: String, _ type: LLVMTypeRef, isInternal: Bool) -> LLVMValueRef {
        let f: LLVMValueRef = LLVMAddFunction(module, name, type)
        if isInternal { LLVMSetLinkage(f, LLVMInternalLinkage) }
        let kind = LLVMGetEnumAttributeKindForName("nounwind", 8)
        LLVMAddAttributeAtIndex(f, UInt32(bitPattern: -1), LLVMCreateEnumAttribute(context, kind, 0))
        function = f
        LLVMPositionBuilderAtEnd(builder, LLVMAppendBasicBlockInContext(context, f, "entry"))
        return f
    }

    /// Adds a function attribute such as `noinline` by its name in LLVM IR.
    func addAttribute(_ name: String, to f: LLVMValueRef) {
        let kind = LLVMGetEnumAttributeKindForName(name, name.utf8.count)
        LLVMAddAttributeAtIndex(f, UInt32(bitPattern: -1), LLVMCreateEnumAttribute(context, kind, 0))
    }

    /// Sets `prefer-vector-width` (bits) on every function defined in the module: the x86 backend
    /// then sizes vectorized loops to it (skylake-avx512 and later otherwise prefer 256).
    func setPreferredVectorWidth(_ bits: Int) {
        let key = "prefer-vector-width", value = String(bits)
        var f = LLVMGetFirstFunction(module)
        while let fn = f {
            if LLVMIsDeclaration(fn) == 0 {
                let attribute = LLVMCreateStringAttribute(context, key, UInt32(key.utf8.count), value, UInt32(value.utf8.count))
                LLVMAddAttributeAtIndex(fn, UInt32(bitPattern: -1), attribute)
            }
            f = LLVMGetNextFunction(fn)
        }
    }

    /// The name of a function being emitted until `deduplicate` names (or deletes) it.
    static let pendingName = "eptc_pending"

    /// `f` (named `pendingName`), unless the module already has a function with the same
    /// structure (`StructuralKey`): then `f` is deleted and that one returned. A kept `f` is named
    /// `prefix` + a number.
    func deduplicate(_ f: LLVMValueRef, prefix: String) -> LLVMValueRef {
        let key = StructuralKey.of(f)
        if let existing = outlined[key] {
            LLVMDeleteFunction(f)
            return existing
        }
        let number = (outlinedCount[prefix] ?? 0) + 1
        outlinedCount[prefix] = number
        let name = prefix + String(number)
        LLVMSetValueName2(f, name, name.utf8.count)
        outlined[key] = f
        return f
    }

    func param(_ i: Int) -> LLVMValueRef { LLVMGetParam(function, UInt32(i)) }

    func block(_ name: String) -> LLVMBasicBlockRef { LLVMAppendBasicBlockInContext(context, function, name) }

    var currentBlock: LLVMBasicBlockRef { LLVMGetInsertBlock(builder) }

    func position(at b: LLVMBasicBlockRef) { LLVMPositionBuilderAtEnd(builder, b) }

    /// Saves and restores the insertion point around `body` (used to emit a kernel while the
    /// entry function is half built).
    func preservingInsertion<T>(_ body: () throws -> T) rethrows -> T {
        let savedBlock = LLVMGetInsertBlock(builder)
        let savedFunction = function
        defer {
            function = savedFunction
            if let savedBlock { LLVMPositionBuilderAtEnd(builder, savedBlock) }
        }
        return try body()
    }

    // MARK: Constants

    func int(_ v: Int) -> LLVMValueRef { LLVMConstInt(i64, UInt64(bitPattern: Int64(v)), 1) }
    func int32(_ v: Int32) -> LLVMValueRef { LLVMConstInt(i32, UInt64(bitPattern: Int64(v)), 1) }
    func real(_ v: Double, _ t: LLVMTypeRef) -> LLVMValueRef { LLVMConstReal(t, v) }

    /// `value` as a constant of dtype `d` (i32 truncates toward zero, like the interpreter).
    func constant(_ value: Double, _ d: DType) -> LLVMValueRef {
        switch d {
        case .f32: return LLVMConstReal(f32, Double(Float(value)))
        case .f64: return LLVMConstReal(f64, value)
        case .i32:
            let v = value.isFinite ? Int32(clamping: Int64(max(min(value, 9e18), -9e18))) : 0
            return int32(v)
        }
    }

    // MARK: Memory

    func gep(_ elem: LLVMTypeRef, _ ptr: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        var idx: [LLVMValueRef?] = [index]
        return idx.withUnsafeMutableBufferPointer { LLVMBuildInBoundsGEP2(builder, elem, ptr, $0.baseAddress, 1, "") }
    }

    func load(_ t: LLVMTypeRef, _ ptr: LLVMValueRef) -> LLVMValueRef { LLVMBuildLoad2(builder, t, ptr, "") }

    func load(_ t: LLVMTypeRef, _ base: LLVMValueRef, _ index: LLVMValueRef) -> LLVMValueRef {
        load(t, gep(t, base, index))
    }

    func store(_ v: LLVMValueRef, _ base: LLVMValueRef, _ index: LLVMValueRef, _ t: LLVMTypeRef) {
        LLVMBuildStore(builder, v, gep(t, base, index))
    }

    func bitcast(_ v: LLVMValueRef, _ t: LLVMTypeRef) -> LLVMValueRef { LLVMBuildBitCast(builder, v, t, "") }

    // MARK: Integer arithmetic on i64 indices

    func add(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildAdd(builder, a, b, "") }
    func mul(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildMul(builder, a, b, "") }
    func sub(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef { LLVMBuildSub(builder, a, b, "") }

    /// base + i·stride, folding the common strides 0 and 1.
    func offset(_ base: LLVMValueRef, _ i: LLVMValueRef, stride: Int) -> LLVMValueRef {
        if stride == 0 { return base }
        if stride == 1 { return add(base, i) }
        return add(base, mul(i, int(stride)))
    }

    func minimum(_ a: LLVMValueRef, _ b: LLVMValueRef) -> LLVMValueRef {
        LLVMBuildSelect(builder, LLVMBuildICmp(builder, LLVMIntSLT, a, b, ""), a, b, "")
    }

    // MARK: Control flow

    /// `for i in lo..<hi (step)` with loop-carried values; returns their final values.
    /// `vectorize`: the loop asks LLVM's loop vectorizer to vectorize it (`llvm.loop.vectorize.enable`),
    /// which then accepts up to 128 run-time alias checks instead of 8 — for element-wise loops
    /// over many buffers that may alias (a region updating in place). Never on a loop that carries
    /// a floating-point sum: a forced loop may reorder it.
    @discardableResult
    func loop(_ lo: LLVMValueRef, _ hi: LLVMValueRef, step: Int = 1, carrying initial: [LLVMValueRef] = [],
              vectorize: Bool = false,
              _ body: (LLVMValueRef, [LLVMValueRef]) -> [LLVMValueRef]) -> [LLVMValueRef] {
        let pre = currentBlock
        let header = block("loop"), bodyBlock = block("body"), exit = block("exit")
        LLVMBuildBr(builder, header)
        position(at: header)
        let i: LLVMValueRef = LLVMBuildPhi(builder, i64, "i")
        let carried: [LLVMValueRef] = initial.map { LLVMBuildPhi(builder, LLVMTypeOf($0), "acc") }
        addIncoming(i, lo, pre)
        for (phi, v) in zip(carried, initial) { addIncoming(phi, v, pre) }
        let cond = LLVMBuildICmp(builder, LLVMIntSLT, i, hi, "")
        LLVMBuildCondBr(builder, cond, bodyBlock, exit)
        position(at: bodyBlock)
        let next = body(i, carried)
        let latch = currentBlock
        let iNext = add(i, int(step))
        let backEdge = LLVMBuildBr(builder, header)!
        if vectorize { LLVMSetMetadata(backEdge, LLVMGetMDKindIDInContext(context, "llvm.loop", 9), vectorizeLoopID()) }
        addIncoming(i, iNext, latch)
        for (phi, v) in zip(carried, next) { addIncoming(phi, v, latch) }
        position(at: exit)
        return carried
    }

    /// `for i in 0..<count` over a static count; a count of 1 emits the body once, straight-line.
    @discardableResult
    func loop(count: Int, carrying initial: [LLVMValueRef] = [], vectorize: Bool = false,
              _ body: (LLVMValueRef, [LLVMValueRef]) -> [LLVMValueRef]) -> [LLVMValueRef] {
        if count == 1 { return body(int(0), initial) }
        return loop(int(0), int(count), carrying: initial, vectorize: vectorize, body)
    }

    /// A loop ID `!{self, !{"llvm.loop.vectorize.enable", i1 true}}` (the first operand must be the
    /// node itself for LLVM to read it as a loop's).
    private func vectorizeLoopID() -> LLVMValueRef {
        let name = "llvm.loop.vectorize.enable"
        var hint: [LLVMMetadataRef?] = [LLVMMDStringInContext2(context, name, name.utf8.count),
                                        LLVMValueAsMetadata(LLVMConstInt(LLVMInt1TypeInContext(context), 1, 0))]
        let hintNode = hint.withUnsafeMutableBufferPointer { LLVMMDNodeInContext2(context, $0.baseAddress, 2) }
        let placeholder = LLVMTemporaryMDNode(context, nil, 0)
        var operands: [LLVMMetadataRef?] = [placeholder, hintNode]
        let id = operands.withUnsafeMutableBufferPointer { LLVMMDNodeInContext2(context, $0.baseAddress, 2) }!
        LLVMMetadataReplaceAllUsesWith(placeholder, id)
        return LLVMMetadataAsValue(context, id)
    }

    private func addIncoming(_ phi: LLVMValueRef, _ v: LLVMValueRef, _ b: LLVMBasicBlockRef) {
        var vals: [LLVMValueRef?] = [v]
        var blocks: [LLVMBasicBlockRef?] = [b]
        vals.withUnsafeMutableBufferPointer { vp in
            blocks.withUnsafeMutableBufferPointer { bp in LLVMAddIncoming(phi, vp.baseAddress, bp.baseAddress, 1) }
        }
    }

    /// if cond { then() }
    func ifThen(_ cond: LLVMValueRef, _ then: () -> Void) {
        let thenBlock = block("then"), join = block("join")
        LLVMBuildCondBr(builder, cond, thenBlock, join)
        position(at: thenBlock)
        then()
        LLVMBuildBr(builder, join)
        position(at: join)
    }

    // MARK: Calls

    /// Declares (once) and calls an external function or intrinsic by name.
    @discardableResult
    func call(_ name: String, _ ret: LLVMTypeRef, _ args: [LLVMValueRef], types: [LLVMTypeRef]? = nil) -> LLVMValueRef {
        let fnType = functionType(ret, types ?? args.map { LLVMTypeOf($0) })
        let fn: LLVMValueRef = LLVMGetNamedFunction(module, name) ?? LLVMAddFunction(module, name, fnType)
        return callFunction(fn, LLVMGlobalGetValueType(fn), args)
    }

    @discardableResult
    func callFunction(_ fn: LLVMValueRef, _ fnType: LLVMTypeRef, _ args: [LLVMValueRef]) -> LLVMValueRef {
        var a: [LLVMValueRef?] = args
        return a.withUnsafeMutableBufferPointer {
            LLVMBuildCall2(builder, fnType, fn, $0.baseAddress, UInt32(args.count), "")
        }
    }

    /// An intrinsic's type suffix: "f32", "f64", or "v16f32" for a vector.
    func suffix(_ t: LLVMTypeRef) -> String {
        if LLVMGetTypeKind(t) == LLVMVectorTypeKind { return "v\(LLVMGetVectorSize(t))" + suffix(LLVMGetElementType(t)) }
        return t == f64 ? "f64" : "f32"
    }

    /// The lane count of a vector value; nil for a scalar.
    func vectorLanes(_ x: LLVMValueRef) -> Int? {
        let t = LLVMTypeOf(x)!
        return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? Int(LLVMGetVectorSize(t)) : nil
    }

    /// A constant vector with every lane the constant `c`.
    func broadcastConstant(_ c: LLVMValueRef, lanes: Int) -> LLVMValueRef {
        var elements: [LLVMValueRef?] = Array(repeating: c, count: lanes)
        return elements.withUnsafeMutableBufferPointer { LLVMConstVector($0.baseAddress, UInt32(lanes))! }
    }

    func intrinsic(_ name: String, _ args: [LLVMValueRef]) -> LLVMValueRef {
        let t = LLVMTypeOf(args[0])!
        return call("llvm.\(name).\(suffix(t))", t, args)
    }

    /// A libm function: `tanhf` / `tanh` etc.
    func libm(_ name: String, _ x: LLVMValueRef) -> LLVMValueRef {
        let t = LLVMTypeOf(x)!
        return call(t == f64 ? name : name + "f", t, [x])
    }

    func memcpy(_ dst: LLVMValueRef, _ src: LLVMValueRef, bytes: Int) {
        let d = bitcast(dst, i8Ptr), s = bitcast(src, i8Ptr)
        call(LLVMCompat.memcpyIntrinsic, void, [d, s, int(bytes), LLVMConstInt(i1, 0, 0)])
    }

    func memset(_ dst: LLVMValueRef, bytes: LLVMValueRef) {
        call(LLVMCompat.memsetIntrinsic, void, [bitcast(dst, i8Ptr), LLVMConstInt(i8, 0, 0), bytes, LLVMConstInt(i1, 0, 0)])
    }

    // MARK: Text

    func moduleText() -> String {
        guard let p = LLVMPrintModuleToString(module) else { return "" }
        defer { LLVMDisposeMessage(p) }
        return String(cString: p)
    }
}

/// Takes an LLVM-owned C string, copies it, and frees it.
func takeMessage(_ p: UnsafeMutablePointer<CChar>?) -> String {
    guard let p else { return "" }
    defer { LLVMDisposeMessage(p) }
    return String(cString: p)
}

/// The message of an LLVMErrorRef (consumed), or nil when there is no error.
func errorMessage(_ e: LLVMErrorRef?) -> String? {
    guard let e else { return nil }
    return takeMessage(LLVMGetErrorMessage(e))
}
