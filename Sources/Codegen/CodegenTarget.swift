import Runtime

/// What generated code is built for: a machine (triple, CPU name, features) and the vector width
/// LLVM's vectorizers prefer. Two such targets are named and fixed, so that code compiled for
/// them reads the same on every machine: the checked-in codegen/ dumps and the tests that inspect
/// generated IR use them. LLVM emits code for a target whatever the host is; only running it
/// needs a host that has the target's instructions (`unsupportedReason(on:)`).
public struct CodegenTarget: Hashable, Sendable, CustomStringConvertible {
    /// "AVX2" or "AVX-512", for test names and messages.
    public var name: String
    public var machine: HostTarget
    /// Bits: LLVM's `prefer-vector-width` on every function.
    public var vectorWidth: Int
    /// What a CPU must have (and its OS enable) to run code built for `machine`.
    public var requiredFeatures: Set<CPUFeature>

    /// Haswell: AVX2 + FMA, 256-bit vectors — the code every AVX2 host (AMD Zen, Intel since
    /// 2013) runs.
    public static let avx2 = CodegenTarget(
        name: "AVX2", machine: HostTarget(triple: pinnedTriple, cpu: "haswell", features: ""), vectorWidth: 256,
        requiredFeatures: [.avx, .avx2, .fma])

    /// Skylake-AVX512 at 512-bit vectors: the AVX-512 F/CD/BW/DQ/VL subset every AVX-512 server
    /// CPU has (Intel Xeon since Skylake, AMD Zen 4), at the width eptc picks when it measures
    /// 512-bit vectors faster (LLVM's own default for these CPUs is 256).
    public static let avx512 = CodegenTarget(
        name: "AVX-512", machine: HostTarget(triple: pinnedTriple, cpu: "skylake-avx512", features: ""),
        vectorWidth: 512, requiredFeatures: [.avx, .avx2, .fma, .avx512f, .avx512cd, .avx512bw, .avx512dq, .avx512vl])

    /// Both widths, narrow first: what code-inspecting and compiled-vs-interpreter tests cover.
    public static let pinned: [CodegenTarget] = [.avx2, .avx512]

    /// The triple of the pinned targets (64-bit x86 Linux, the platform eptc builds for).
    public static let pinnedTriple = "x86_64-unknown-linux-gnu"

    public var description: String { "\(name) (\(machine.cpu), \(vectorWidth)-bit vectors)" }

    /// Lanes of an f32 vector at this width: 8 for 256 bits.
    public var floatLanes: Int { vectorWidth / 32 }

    /// The LLVM IR type of a full-width f32 vector: `<8 x float>` for 256 bits.
    public var floatVector: String { "<\(floatLanes) x float>" }

    /// nil when `cpu` can run code built for this target; otherwise why not, naming what it lacks.
    public func unsupportedReason(on cpu: HostCPU) -> String? {
        let missing = requiredFeatures.subtracting(cpu.features).map(\.rawValue).sorted()
        guard !missing.isEmpty else { return nil }
        return "this CPU (\(cpu.summary), \(cpu.isaSummary)) lacks " + missing.joined(separator: ", ")
    }

    /// `options` with this target's vector width.
    public func options(_ options: CodegenOptions = CodegenOptions(hostDefaults: false)) -> CodegenOptions {
        var options = options
        options.vectorWidth = vectorWidth
        return options
    }

    /// A compiler that builds for this pinned machine (what code inspection reads; the result
    /// runs only where `unsupportedReason(on:)` is nil).
    public func compiler(_ options: CodegenOptions = CodegenOptions(hostDefaults: false)) -> ModuleCompiler {
        ModuleCompiler(options: self.options(options), target: machine)
    }
}
