import CLLVM
import IR
import Passes

/// The host machine as LLVM sees it: triple, CPU name and feature string. A compiled object is
/// only valid on a machine with the same CPU name and features.
public struct HostTarget: Hashable, Sendable, Codable {
    public var triple: String
    public var cpu: String
    public var features: String

    public init(triple: String, cpu: String, features: String) {
        self.triple = triple
        self.cpu = cpu
        self.features = features
    }

    public static func current() -> HostTarget {
        LLVMSetup.once()
        return HostTarget(triple: takeMessage(LLVMGetDefaultTargetTriple()),
                          cpu: takeMessage(LLVMGetHostCPUName()), features: takeMessage(LLVMGetHostCPUFeatures()))
    }
}

enum LLVMSetup {
    private static let done: Bool = {
        LLVMInitializeX86TargetInfo()
        LLVMInitializeX86Target()
        LLVMInitializeX86TargetMC()
        LLVMInitializeX86AsmPrinter()
        LLVMInitializeX86AsmParser()
        return true
    }()
    static func once() { _ = done }
}

/// The symbol of entry #k in a compiled module.
func entrySymbol(_ index: Int) -> String { "eptc_entry_\(index)" }

/// One module for all of a graph's entries: plans, LLVM IR, verification, `default<O3>` for the
/// host, and object code.
public struct ModuleCompiler {
    public var options: CodegenOptions
    public var target: HostTarget

    public init(options: CodegenOptions = CodegenOptions(), target: HostTarget = .current()) {
        self.options = options
        self.target = target
    }

    /// Memory plans of every entry, in entry order.
    public func plans(for graph: Graph) -> [MemoryPlan] {
        graph.entries.map { MemoryPlanner(headTransposeViews: options.headTransposeViews,
                          keepsAttentionProbabilities: options.keepsAttentionProbabilities).plan($0, in: graph) }
    }

    /// Object code (ELF) for every entry of `graph`, optimized for the host.
    public func compileObject(_ graph: Graph, plans: [MemoryPlan]) throws -> [UInt8] {
        let gen = try buildModule(graph, plans: plans, only: nil)
        let tm = try makeTargetMachine()
        defer { LLVMDisposeTargetMachine(tm) }
        try optimize(gen, tm)
        var buffer: LLVMMemoryBufferRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMTargetMachineEmitToMemoryBuffer(tm, gen.module, LLVMObjectFile, &message, &buffer) != 0 {
            throw CodegenError.llvm("object emission failed: \(takeMessage(message))")
        }
        guard let buffer else { throw CodegenError.llvm("object emission produced no buffer") }
        defer { LLVMDisposeMemoryBuffer(buffer) }
        let size = LLVMGetBufferSize(buffer)
        guard let start = LLVMGetBufferStart(buffer) else { return [] }
        return start.withMemoryRebound(to: UInt8.self, capacity: size) { Array(UnsafeBufferPointer(start: $0, count: size)) }
    }

    /// LLVM IR of one entry (with its kernels) before and after `default<O3>`.
    public func llvmIR(_ graph: Graph, entry name: String) throws -> (before: String, after: String) {
        guard let index = graph.entryIndex(named: name) else {
            throw CodegenError.internalError("no entry '\(name)' in graph '\(graph.name)'")
        }
        let plans = plans(for: graph)
        let gen = try buildModule(graph, plans: plans, only: index)
        let before = gen.moduleText()
        let tm = try makeTargetMachine()
        defer { LLVMDisposeTargetMachine(tm) }
        try optimize(gen, tm)
        return (before, gen.moduleText())
    }

    /// Builds and verifies the module; a verifier failure is an internal error naming the entry.
    func buildModule(_ graph: Graph, plans: [MemoryPlan], only: Int?) throws -> IRGen {
        LLVMSetup.once()
        if options.gemm == .measured, target == HostTarget.current() {
            // Before the module exists: the probes compile modules of their own.
            GemmChooser.resolve(graph.gemmShapes(threshold: options.gemmThreshold), options: options)
        }
        let gen = IRGen(moduleName: graph.name)
        LLVMSetTarget(gen.module, target.triple)
        for (k, e) in graph.entries.enumerated() where only == nil || only == k {
            let lowerer = EntryLowerer(gen: gen, graph: graph, entry: e, plan: plans[k], symbol: entrySymbol(k),
                                       options: options)
            let fn = lowerer.lower()
            if LLVMVerifyFunction(fn, LLVMReturnStatusAction) != 0 || kernelsFail(gen, prefix: "eptc_") {
                var message: UnsafeMutablePointer<CChar>?
                LLVMVerifyModule(gen.module, LLVMReturnStatusAction, &message)
                let text = takeMessage(message).split(separator: "\n").prefix(3).joined(separator: "; ")
                throw CodegenError.internalError("LLVM verifier rejected the code for entry '\(e.name)': \(text)")
            }
        }
        if let width = options.vectorWidth { gen.setPreferredVectorWidth(width) }
        var message: UnsafeMutablePointer<CChar>?
        if LLVMVerifyModule(gen.module, LLVMReturnStatusAction, &message) != 0 {
            throw CodegenError.internalError("LLVM verifier rejected module '\(graph.name)': \(takeMessage(message))")
        }
        LLVMDisposeMessage(message)
        return gen
    }

    private func kernelsFail(_ gen: IRGen, prefix: String) -> Bool {
        var f = LLVMGetFirstFunction(gen.module)
        while let fn = f {
            var length = 0
            if LLVMIsDeclaration(fn) == 0, let p = LLVMGetValueName2(fn, &length), String(cString: p).hasPrefix(prefix),
               LLVMVerifyFunction(fn, LLVMReturnStatusAction) != 0 {
                return true
            }
            f = LLVMGetNextFunction(fn)
        }
        return false
    }

    func makeTargetMachine() throws -> LLVMTargetMachineRef {
        LLVMSetup.once()
        var targetRef: LLVMTargetRef?
        var message: UnsafeMutablePointer<CChar>?
        if LLVMGetTargetFromTriple(target.triple, &targetRef, &message) != 0 {
            throw CodegenError.llvm("no target for \(target.triple): \(takeMessage(message))")
        }
        guard let tm = LLVMCreateTargetMachine(targetRef, target.triple, target.cpu, target.features,
                                               LLVMCodeGenLevelAggressive, LLVMRelocPIC, LLVMCodeModelDefault) else {
            throw CodegenError.llvm("cannot create a target machine for \(target.cpu)")
        }
        return tm
    }

    /// The new pass manager's `default<O3>` with the host's cost model.
    func optimize(_ gen: IRGen, _ tm: LLVMTargetMachineRef) throws {
        let dl = LLVMCreateTargetDataLayout(tm)
        LLVMSetModuleDataLayout(gen.module, dl)
        LLVMDisposeTargetData(dl)
        let opts = LLVMCreatePassBuilderOptions()
        defer { LLVMDisposePassBuilderOptions(opts) }
        LLVMPassBuilderOptionsSetLoopVectorization(opts, 1)
        LLVMPassBuilderOptionsSetSLPVectorization(opts, 1)
        // Full unrolling of the many small static loops made the train_step of a small MLP 10×
        // larger and its compile 6× slower (8.8 s → 1.4 s without), for no measured run-time
        // gain; the vectorizer still interleaves its vector loops.
        LLVMPassBuilderOptionsSetLoopUnrolling(opts, 0)
        LLVMPassBuilderOptionsSetLoopInterleaving(opts, 1)
        if let error = errorMessage(LLVMRunPasses(gen.module, "default<O3>", tm, opts)) {
            throw CodegenError.llvm("optimization failed: \(error)")
        }
    }
}
