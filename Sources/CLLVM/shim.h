// The LLVM C API (14 and newer), from the include folder that llvm-config names; Package.swift
// says how that folder and -lLLVM-N reach the compiler. No `link` here: the library's name
// carries the version. llvm-config.h gives LLVM_VERSION_STRING for the AOT manifest.
#include <llvm/Config/llvm-config.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Error.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Object.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Support.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <llvm-c/BitWriter.h>

// Differences between LLVM versions in the C API, bridged here so Swift sees one spelling
// (Sources/Codegen/LLVMCompat.swift lists them):
// - LLVM 15 renamed ORC's LLVMJITCSymbolMapPair (an absolute symbol for LLVMOrcAbsoluteSymbols)
//   to LLVMOrcCSymbolMapPair; the Swift code uses the new name.
#if LLVM_VERSION_MAJOR < 15
typedef LLVMJITCSymbolMapPair LLVMOrcCSymbolMapPair;
#endif
