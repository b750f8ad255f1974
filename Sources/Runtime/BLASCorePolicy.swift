/// Which OpenBLAS core type (kernel set) to run on a CPU, and which vector widths generated code
/// may use: pure functions of the decoded cpuid, so recorded cpuid tables test them.
///
/// Why eptc chooses at all: a distribution's OpenBLAS detects only the CPU models it knew when it
/// was built. Debian's 0.3.21 falls back to its generic SSE3 `Prescott` kernels on Intel family 6
/// model 207 (AVX-512 + AMX), 3.4× slower than its `Cooperlake` kernels on the same machine. The
/// kernels need only the ISA, so the choice is made from features, never from model numbers.
public enum BLASCorePolicy {
    /// One OpenBLAS x86-64 core type: its name (as `OPENBLAS_CORETYPE` spells it), its rank on
    /// the ISA ladder, and the features its kernels execute.
    public struct Core: Sendable {
        public var name: String
        public var rank: Int
        public var requires: Set<CPUFeature>
        /// A core tuned for this vendor wins ties on rank (Zen over Haswell on AMD).
        public var vendor: String?
        /// False for cores eptc only recognizes as OpenBLAS's own choice and never picks: the
        /// Bulldozer family's kernels use AMD's FMA4, which no Zen has (SIGILL on Zen 3).
        public var choosable = true
    }

    private static let avx512Core: Set<CPUFeature> = [.avx512f, .avx512dq, .avx512cd, .avx512bw, .avx512vl]

    /// The ladder, weakest first. Older cores OpenBLAS also has (Katmai, Athlon, Opteron, Bobcat,
    /// Atom, Nano, ...) are left out: eptc never chooses them and never replaces what it does not know.
    public static let cores: [Core] = [
        Core(name: "Prescott", rank: 1, requires: [.sse3]),
        Core(name: "Core2", rank: 2, requires: [.sse3, .ssse3]),
        Core(name: "Penryn", rank: 3, requires: [.sse3, .ssse3, .sse41]),
        Core(name: "Dunnington", rank: 3, requires: [.sse3, .ssse3, .sse41]),
        Core(name: "Nehalem", rank: 4, requires: [.sse3, .ssse3, .sse41, .sse42]),
        Core(name: "Sandybridge", rank: 5, requires: [.sse42, .avx]),
        Core(name: "Bulldozer", rank: 5, requires: [.sse42, .avx], vendor: "AuthenticAMD", choosable: false),
        Core(name: "Piledriver", rank: 5, requires: [.sse42, .avx, .fma], vendor: "AuthenticAMD", choosable: false),
        Core(name: "Steamroller", rank: 5, requires: [.sse42, .avx, .fma], vendor: "AuthenticAMD", choosable: false),
        Core(name: "Haswell", rank: 6, requires: [.avx, .avx2, .fma]),
        Core(name: "Excavator", rank: 6, requires: [.avx, .avx2, .fma], vendor: "AuthenticAMD", choosable: false),
        Core(name: "Zen", rank: 6, requires: [.avx, .avx2, .fma], vendor: "AuthenticAMD"),
        Core(name: "SkylakeX", rank: 7, requires: avx512Core.union([.avx2, .fma])),
        Core(name: "Cooperlake", rank: 8, requires: avx512Core.union([.avx2, .fma, .avx512bf16])),
        Core(name: "SapphireRapids", rank: 9,
             requires: avx512Core.union([.avx2, .fma, .avx512bf16, .avx512fp16, .amxTile, .amxBF16])),
    ]

    public static func core(named name: String) -> Core? {
        cores.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// The decision for one process.
    public enum Decision: Hashable, Sendable {
        /// `OPENBLAS_CORETYPE` was set by the user: it wins, whatever it is.
        case user(String)
        /// Keep OpenBLAS's own choice; the string says why.
        case keep(String)
        /// Switch to `core` (stronger than OpenBLAS's own `over`), after a self-check.
        case force(core: String, over: String)
    }

    /// The strongest core in `available` (names the library has) whose kernels this CPU runs.
    public static func best(for cpu: HostCPU, available: Set<String>) -> Core? {
        let runnable = cores.filter { c in
            c.choosable && available.contains { $0.caseInsensitiveCompare(c.name) == .orderedSame }
                && c.requires.isSubset(of: cpu.features)
                && (c.vendor == nil || c.vendor == cpu.vendor)
        }
        return runnable.max { a, b in
            a.rank != b.rank ? a.rank < b.rank : (a.vendor == nil && b.vendor != nil)
        }
    }

    /// What to do. `userSetting` is `OPENBLAS_CORETYPE` from the environment (nil or empty when
    /// unset); `own` is OpenBLAS's own choice (`openblas_get_corename()` with no override);
    /// `dynamicArch` says whether the library has more than one kernel set to choose from.
    public static func decide(cpu: HostCPU, own: String, available: Set<String>, userSetting: String?,
                              dynamicArch: Bool) -> Decision {
        if let user = userSetting, !user.isEmpty { return .user(user) }
        guard dynamicArch else { return .keep("OpenBLAS is built for one core type") }
        guard let ownCore = core(named: own) else {
            return .keep("OpenBLAS chose \(own), a core type eptc does not rank")
        }
        guard let best = best(for: cpu, available: available) else {
            return .keep("no known core type fits this CPU")
        }
        if best.rank > ownCore.rank { return .force(core: best.name, over: own) }
        return .keep("the best this CPU and library allow")
    }

    /// Vector widths (bits) generated kernels may be tuned for, preferred first: 512 and 256 on
    /// AVX-512 hosts (which is faster depends on the chip's clocks and ports: measured), 256 with
    /// AVX, 128 otherwise.
    public static func vectorWidthCandidates(for cpu: HostCPU) -> [Int] {
        if cpu.hasAVX512Core { return [512, 256] }
        if cpu.has(.avx) { return [256] }
        return [128]
    }
}
