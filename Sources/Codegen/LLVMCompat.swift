import CLLVM

/// The one place that knows which LLVM eptc was built against (14 and newer are supported; the
/// build finds it through llvm-config, see Package.swift). The code generator uses only C API
/// calls that are the same in 14 and 19: the typed `LLVMBuildLoad2` / `GEP2` / `Call2` builders,
/// pointers made by `LLVMPointerType` (typed in 14, opaque `ptr` from 17 on — every pointer the
/// generator makes is bitcast at its use, which is a no-op on opaque pointers), the new pass
/// manager's `LLVMRunPasses`, and ORC's LLJIT. What differs is bridged in C, in
/// Sources/CLLVM/shim.h (`#if LLVM_VERSION_MAJOR`), so Swift sees one spelling:
/// - `LLVMOrcCSymbolMapPair` (15+) is `LLVMJITCSymbolMapPair` in 14.
public enum LLVMCompat {
    /// "14.0.6", from llvm-config.h of the headers compiled against.
    public static let version: String = LLVM_VERSION_STRING
    public static let major: Int = Int(LLVM_VERSION_MAJOR)
}
