// swift-tools-version:6.0
// eptc — a static-graph compiler and ahead-of-time trainer for EPT.
// Targets read in the order data flows: support (what all share) → syntax → IR → passes →
// runtime → codegen, with models (checkpoints, tokenizers) beside them and the driver on top.
import Foundation
import PackageDescription

// LLVM is found through llvm-config, never assumed. `make` runs `tools/llvm-pkgconfig.sh`, which asks
// `$(LLVM_CONFIG)` (default: the `llvm-config` that llvm-dev installs) for its include and library
// folders and writes them as `.build/pkgconfig/eptc-llvm.pc`, then builds with that folder on
// PKG_CONFIG_PATH; SwiftPM hands the .pc's flags to every target that imports CLLVM. A bare
// `swift build` without that file falls back to the prefix of the `llvm-config` on PATH (or
// $LLVM_CONFIG), read off its symlink as Debian and Ubuntu install it (/usr/lib/llvm-N/bin).
let llvm = LLVMLocation.find()
/// eptc's own targets build their release with warnings as errors: CI's release build (`make
/// install-check`) then fails on a new warning instead of letting them pile up.
let noWarnings: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"], .when(configuration: .release))]
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let package = Package(
    name: "eptc",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "eptc", targets: ["eptc"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-numerics", from: "1.0.0"),
    ],
    targets: [
        // System libraries.
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM", pkgConfig: llvm.pkgConfig, providers: [.apt(["llvm-dev"])]),
        .systemLibrary(name: "COpenBLAS", path: "Sources/COpenBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        // cpuid/xgetbv for host detection (Runtime/HostCPU.swift).
        .target(name: "CHostCPU", path: "Sources/CHostCPU"),
        // Open MPI for `eptc run --distributed`, dlopened at run time (libmpi.so.40): building needs
        // no MPI package, and eptc without --distributed never loads it (Sources/CMPI/include/eptc_mpi.h).
        .target(name: "CMPI", path: "Sources/CMPI", linkerSettings: [.linkedLibrary("dl")]),
        // oneDNN's sgemm as an optional GEMM provider, dlopened at run time (libdnnl.so.2): building
        // needs no oneDNN package, and without the library OpenBLAS stays (Sources/CDNNL/include/eptc_dnnl.h).
        .target(name: "CDNNL", path: "Sources/CDNNL", linkerSettings: [.linkedLibrary("dl")]),

        // What every stage shares, Foundation only: the JSON value, the user-error type, number and
        // duration formatting, the cache folder.
        .target(name: "Support", path: "Sources/Support", swiftSettings: optimizedInDebug + noWarnings),

        // Pipeline stages.
        // The front end, passes and models are built optimized in debug too: the test suite
        // elaborates T5-sized graphs thousands of times (fuzzing, round trips) and tokenizes every
        // GLUE sentence. Bounds checks and preconditions stay on.
        .target(name: "Syntax", path: "Sources/Syntax", swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "IR", dependencies: ["Support", "Syntax"], path: "Sources/IR", swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "Passes", dependencies: ["Syntax", "IR"], path: "Sources/Passes", swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "Runtime",
                dependencies: ["Support", "IR", "COpenBLAS", "CDNNL", "CHostCPU", .product(name: "Numerics", package: "swift-numerics")],
                path: "Sources/Runtime",
                // The interpreter's generic kernels are ~35× slower unoptimized; tests run it on T5-sized data.
                swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "Codegen", dependencies: ["Support", "IR", "Passes", "Runtime", "CLLVM"], path: "Sources/Codegen",
                swiftSettings: llvm.swiftSettings + optimizedInDebug + noWarnings, linkerSettings: llvm.linkerSettings),
        .target(name: "Models", dependencies: ["Support", "Syntax", "IR", "Runtime"], path: "Sources/Models", swiftSettings: optimizedInDebug + noWarnings),
        // GLUE/SuperGLUE tasks: readers, T5 templates, metrics (Foundation only); the trainer (the run
        // loop) feeds their examples through the compiled steps.
        .target(name: "Tasks", dependencies: ["Support", "Syntax"], path: "Sources/Tasks", swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "Trainer", dependencies: ["Support", "Syntax", "IR", "Passes", "Runtime", "Models", "Tasks"], path: "Sources/Trainer",
                swiftSettings: optimizedInDebug + noWarnings),
        // Sweeps over tasks, methods, settings and seeds, their reports and plots: experiments built
        // from runs (Trainer).
        .target(name: "Experiments", dependencies: ["Support", "IR", "Trainer"], path: "Sources/Experiments",
                swiftSettings: optimizedInDebug + noWarnings),
        .target(name: "Driver",
                dependencies: ["Support", "Syntax", "IR", "Passes", "Runtime", "Codegen", "Models", "Tasks", "Trainer", "Experiments", "CMPI",
                               .product(name: "ArgumentParser", package: "swift-argument-parser")],
                path: "Sources/Driver",
                swiftSettings: llvm.swiftSettings + noWarnings),
        .executableTarget(name: "eptc", dependencies: ["Driver"], path: "Sources/eptc",
                          swiftSettings: llvm.swiftSettings + noWarnings),

        // Tests, one target per stage, and what several of them share (the checkout, scratch folders).
        .target(name: "TestSupport", dependencies: ["Runtime"], path: "Tests/TestSupport"),
        // Recorded cpuid tables of real CPUs, for the host-policy tests of Runtime and Codegen.
        .target(name: "HostTestSupport", dependencies: ["Runtime"], path: "Tests/HostTestSupport"),
        // Compiled-code tests at each vector width the host can execute (the rest reported skipped).
        .target(name: "CodegenTestSupport", dependencies: ["Codegen", "Runtime", "HostTestSupport"], path: "Tests/CodegenTestSupport",
                swiftSettings: llvm.swiftSettings),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "IR"], path: "Tests/SyntaxTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "IRTests", dependencies: ["TestSupport", "IR", "Syntax"], path: "Tests/IRTests"),
        .testTarget(name: "PassesTests", dependencies: ["Passes", "IR", "Runtime", "Syntax"], path: "Tests/PassesTests"),
        .testTarget(name: "RuntimeTests", dependencies: ["HostTestSupport", "Support", "Runtime", "IR"], path: "Tests/RuntimeTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CodegenTests", dependencies: ["CodegenTestSupport", "HostTestSupport", "Codegen", "Runtime", "IR", "Passes", "Syntax"],
                    path: "Tests/CodegenTests",
                    swiftSettings: llvm.swiftSettings),
        .testTarget(name: "ModelsTests", dependencies: ["TestSupport", "Support", "Models", "IR", "Runtime", "Passes", "Codegen"],
                    path: "Tests/ModelsTests", resources: [.copy("Fixtures")],
                    swiftSettings: llvm.swiftSettings),
        .testTarget(name: "MethodsTests", dependencies: ["TestSupport", "CodegenTestSupport", "IR", "Passes", "Runtime", "Codegen", "Models"],
                    path: "Tests/MethodsTests",
                    swiftSettings: llvm.swiftSettings),
        .testTarget(name: "TasksTests", dependencies: ["Support", "Tasks"], path: "Tests/TasksTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TrainerTests", dependencies: ["TestSupport", "Support", "Trainer", "Experiments", "Tasks", "Models", "Runtime", "IR", "Passes", "Codegen", "Driver"],
                    path: "Tests/TrainerTests", exclude: ["Fixtures"],
                    swiftSettings: llvm.swiftSettings),
        .testTarget(name: "DriverTests", dependencies: ["TestSupport", "Support", "Driver", "Codegen", "Runtime", "IR", "Passes", "Models", "Syntax"], path: "Tests/DriverTests",
                    swiftSettings: llvm.swiftSettings),
    ],
    swiftLanguageModes: [.v5]
)

/// Where the LLVM C API comes from: the generated pkg-config file, or (bare `swift build`) flags
/// read off the `llvm-config` symlink. Either way, one LLVM for every target.
struct LLVMLocation {
    var pkgConfig: String?
    var swiftSettings: [SwiftSetting] = []
    var linkerSettings: [LinkerSetting] = []

    static func find() -> LLVMLocation {
        let env = ProcessInfo.processInfo.environment
        let fm = FileManager.default
        let pcDirs = (env["PKG_CONFIG_PATH"] ?? "").split(separator: ":").map(String.init)
        if pcDirs.contains(where: { fm.fileExists(atPath: $0 + "/eptc-llvm.pc") }) {
            return LLVMLocation(pkgConfig: "eptc-llvm")
        }
        // /usr/bin/llvm-config -> ../lib/llvm-N/bin/llvm-config: the prefix holds include/ and lib/.
        var tool = env["LLVM_CONFIG"] ?? "llvm-config"
        if !tool.contains("/") {
            let dirs = (env["PATH"] ?? "/usr/bin").split(separator: ":").map(String.init)
            tool = dirs.map { $0 + "/" + tool }.first { fm.isExecutableFile(atPath: $0) } ?? "/usr/bin/llvm-config"
        }
        let prefix = URL(fileURLWithPath: tool).resolvingSymlinksInPath().deletingLastPathComponent()
            .deletingLastPathComponent().path
        let lib = prefix + "/lib"
        let names = ((try? fm.contentsOfDirectory(atPath: lib)) ?? []).filter { $0.hasPrefix("libLLVM-") && $0.hasSuffix(".so") }
        let name = names.min { ($0.count, $0) < ($1.count, $1) }.map { String($0.dropFirst(3).dropLast(3)) } ?? "LLVM"
        return LLVMLocation(pkgConfig: nil, swiftSettings: [.unsafeFlags(["-Xcc", "-I\(prefix)/include"])],
                            linkerSettings: [.unsafeFlags(["-L\(lib)"]), .linkedLibrary(name)])
    }
}
