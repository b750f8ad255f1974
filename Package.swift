// swift-tools-version:6.0
// eptc — a static-graph compiler and ahead-of-time trainer for EPT.
// Targets read in the order data flows: syntax → IR → passes → codegen → runtime,
// with models (checkpoints, tokenizers) beside them and the driver on top.
import PackageDescription

// LLVM 14 ships no pkg-config file on Debian; its C headers live here.
let llvmInclude = "/usr/lib/llvm-14/include"
let llvmLib = "/usr/lib/llvm-14/lib"
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
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM"),
        .systemLibrary(name: "COpenBLAS", path: "Sources/COpenBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),

        // cpuid/xgetbv for host detection (Runtime/HostCPU.swift).
        .target(name: "CHostCPU", path: "Sources/CHostCPU"),

        // Pipeline stages.
        // The front end, passes and models are built optimized in debug too: the test suite
        // elaborates T5-sized graphs thousands of times (fuzzing, round trips) and tokenizes every
        // GLUE sentence. Bounds checks and preconditions stay on.
        .target(name: "Syntax", path: "Sources/Syntax", swiftSettings: optimizedInDebug),
        .target(name: "IR", dependencies: ["Syntax"], path: "Sources/IR", swiftSettings: optimizedInDebug),
        .target(name: "Passes", dependencies: ["IR"], path: "Sources/Passes", swiftSettings: optimizedInDebug),
        .target(name: "Runtime",
                dependencies: ["IR", "COpenBLAS", "CHostCPU", .product(name: "Numerics", package: "swift-numerics")],
                path: "Sources/Runtime",
                // The interpreter's generic kernels are ~35× slower unoptimized; tests run it on T5-sized data.
                swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "Codegen", dependencies: ["IR", "Passes", "Runtime", "CLLVM"], path: "Sources/Codegen",
                swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])] + optimizedInDebug,
                linkerSettings: [.unsafeFlags(["-L\(llvmLib)"]), .linkedLibrary("LLVM-14")]),
        .target(name: "Models", dependencies: ["Syntax", "IR", "Runtime"], path: "Sources/Models", swiftSettings: optimizedInDebug),
        // GLUE/SuperGLUE tasks: readers, T5 templates, metrics (Foundation only); the trainer (the run
        // loop) feeds their examples through the compiled steps.
        .target(name: "Tasks", path: "Sources/Tasks", swiftSettings: optimizedInDebug),
        .target(name: "Trainer", dependencies: ["IR", "Passes", "Runtime", "Models", "Tasks"], path: "Sources/Trainer",
                swiftSettings: optimizedInDebug),
        .target(name: "Driver",
                dependencies: ["Syntax", "IR", "Passes", "Runtime", "Codegen", "Models", "Tasks", "Trainer", "COpenBLAS",
                               .product(name: "ArgumentParser", package: "swift-argument-parser")],
                path: "Sources/Driver",
                swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
        .executableTarget(name: "eptc", dependencies: ["Driver"], path: "Sources/eptc",
                          swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),

        // Tests, one target per stage.
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "IR"], path: "Tests/SyntaxTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "IRTests", dependencies: ["IR", "Syntax"], path: "Tests/IRTests"),
        .testTarget(name: "PassesTests", dependencies: ["Passes", "IR", "Runtime", "Syntax"], path: "Tests/PassesTests"),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "IR"], path: "Tests/RuntimeTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "CodegenTests", dependencies: ["Codegen", "Runtime", "IR", "Passes"],
                    path: "Tests/CodegenTests",
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
        .testTarget(name: "ModelsTests", dependencies: ["Models", "IR", "Runtime", "Passes", "Codegen"],
                    path: "Tests/ModelsTests", resources: [.copy("Fixtures")],
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
        .testTarget(name: "MethodsTests", dependencies: ["IR", "Passes", "Runtime", "Codegen", "Models"],
                    path: "Tests/MethodsTests",
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
        .testTarget(name: "TasksTests", dependencies: ["Tasks"], path: "Tests/TasksTests",
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "TrainerTests", dependencies: ["Trainer", "Tasks", "Models", "Runtime", "IR", "Passes", "Codegen", "Driver"],
                    path: "Tests/TrainerTests",
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
        .testTarget(name: "DriverTests", dependencies: ["Driver", "Codegen", "Runtime", "IR", "Passes", "Models", "Syntax"], path: "Tests/DriverTests",
                    swiftSettings: [.unsafeFlags(["-Xcc", "-I\(llvmInclude)"])]),
    ],
    swiftLanguageModes: [.v5]
)
