import CLLVM
import Runtime

/// An ORC LLJIT holding one compiled object. Process symbols (libm, OpenBLAS) resolve through a
/// DynamicLibrarySearchGenerator; the runtime's own C entry points are defined as absolute
/// symbols, so they resolve even when the executable does not export its symbols.
final class JIT {
    private let jit: LLVMOrcLLJITRef
    private let dylib: LLVMOrcJITDylibRef

    init() throws {
        LLVMSetup.once()
        var j: LLVMOrcLLJITRef?
        if let error = errorMessage(LLVMOrcCreateLLJIT(&j, nil)) { throw CodegenError.llvm("cannot create LLJIT: \(error)") }
        guard let j else { throw CodegenError.llvm("cannot create LLJIT") }
        jit = j
        dylib = LLVMOrcLLJITGetMainJITDylib(j)
        var generator: LLVMOrcDefinitionGeneratorRef?
        if let error = errorMessage(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
            &generator, LLVMOrcLLJITGetGlobalPrefix(j), nil, nil)) {
            LLVMOrcDisposeLLJIT(j)
            throw CodegenError.llvm("cannot search process symbols: \(error)")
        }
        LLVMOrcJITDylibAddGenerator(dylib, generator)
        try define(["eptc_parallel_for": RuntimeSymbols.parallelFor, "eptc_profile_clock": RuntimeSymbols.profileClock,
                    "eptc_gemm_batch": RuntimeSymbols.gemmBatch, "eptc_gemm_workspace": RuntimeSymbols.gemmWorkspace,
                    "eptc_dnnl_sgemm_call": RuntimeSymbols.dnnlSgemm, "eptc_dnnl_gemm_batch": RuntimeSymbols.dnnlGemmBatch,
                    "eptc_sgemm_live_rows": RuntimeSymbols.sgemmLiveRows])
    }

    deinit { LLVMOrcDisposeLLJIT(jit) }

    private func define(_ symbols: [String: UInt64]) throws {
        let flags = LLVMJITSymbolFlags(
            GenericFlags: UInt8(LLVMJITSymbolGenericFlagsExported.rawValue | LLVMJITSymbolGenericFlagsCallable.rawValue),
            TargetFlags: 0)
        var pairs = symbols.map { name, address in
            LLVMOrcCSymbolMapPair(Name: LLVMOrcLLJITMangleAndIntern(jit, name),
                                  Sym: LLVMJITEvaluatedSymbol(Address: address, Flags: flags))
        }
        let unit = pairs.withUnsafeMutableBufferPointer { LLVMOrcAbsoluteSymbols($0.baseAddress, $0.count) }
        if let error = errorMessage(LLVMOrcJITDylibDefine(dylib, unit)) {
            throw CodegenError.llvm("cannot define runtime symbols: \(error)")
        }
    }

    /// Adds an object file (copied).
    func addObject(_ bytes: [UInt8], name: String) throws {
        let buffer = bytes.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                LLVMCreateMemoryBufferWithMemoryRangeCopy($0, bytes.count, name)
            }
        }
        if let error = errorMessage(LLVMOrcLLJITAddObjectFile(jit, dylib, buffer)) {
            throw CodegenError.artifact("cannot load object \(name): \(error)")
        }
    }

    /// Address of a defined symbol; materializes (links) the object on first use.
    func lookup(_ name: String) throws -> UInt64 {
        var address: LLVMOrcExecutorAddress = 0
        if let error = errorMessage(LLVMOrcLLJITLookup(jit, &address, name)) {
            throw CodegenError.artifact("symbol \(name) not found in compiled code: \(error)")
        }
        guard address != 0 else { throw CodegenError.artifact("symbol \(name) has address 0") }
        return address
    }
}
