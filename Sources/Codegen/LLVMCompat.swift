import CLLVM

/// The one place that knows which LLVM eptc was built against (14 and newer are supported; the
/// build finds it through llvm-config, see Package.swift). The code generator uses only C API
/// calls that are the same in 14 and 19: the typed `LLVMBuildLoad2` / `GEP2` / `Call2` builders,
/// pointers made by `LLVMPointerType` (typed in 14, opaque `ptr` from 17 on — every pointer the
/// generator makes is bitcast at its use, which is a no-op on opaque pointers), the new pass
/// manager's `LLVMRunPasses`, and ORC's LLJIT. What differs is bridged in C, in
/// Sources/CLLVM/shim.h (`#if LLVM_VERSION_MAJOR`), so Swift sees one spelling:
/// - `LLVMOrcCSymbolMapPair` (15+) is `LLVMJITCSymbolMapPair` in 14.
/// What differs in the IR itself is here: intrinsics overloaded on a pointer type are mangled by
/// it, `p0i8` with 14's typed pointers and `p0` with the opaque pointers of 15 on.
public enum LLVMCompat {
    /// "14.0.6", from llvm-config.h of the headers compiled against.
    public static let version: String = LLVM_VERSION_STRING
    public static let major: Int = Int(LLVM_VERSION_MAJOR)

    /// `llvm.memcpy(i8* dst, i8* src, i64 bytes, i1 volatile)`.
    public static let memcpyIntrinsic = major >= 15 ? "llvm.memcpy.p0.p0.i64" : "llvm.memcpy.p0i8.p0i8.i64"
    /// `llvm.memset(i8* dst, i8 value, i64 bytes, i1 volatile)`.
    public static let memsetIntrinsic = major >= 15 ? "llvm.memset.p0.i64" : "llvm.memset.p0i8.i64"

    /// `llvm.masked.load` / `llvm.masked.store` of `<lanes x float>`, mangled by the vector and
    /// its pointer: `.v8f32.p0v8f32` in 14, `.v8f32.p0` from 15 on.
    public static func maskedIntrinsic(_ operation: String, lanes: Int) -> String {
        "llvm.masked.\(operation).v\(lanes)f32." + (major >= 15 ? "p0" : "p0v\(lanes)f32")
    }
}
