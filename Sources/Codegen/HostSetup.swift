import Foundation
import IR
import Runtime
import Support

/// What eptc runs on and how it set itself up for it: the one-line header `eptc bench` and
/// `eptc run` print.
public struct HostReport: Sendable {
    public var cpu: HostCPU
    public var blas: BLASSetup.State
    public var blasThreads: Int
    public var kernelThreads: Int
    /// LLVM's CPU name (what generated code is tuned for).
    public var llvmCPU: String
    public var vector: HostVectorWidth.Choice

    /// "CPU AMD EPYC (AuthenticAMD family 25 model 1), AVX2+FMA, LLVM znver3, vectors 256-bit (…);
    /// BLAS OpenBLAS 0.3.21 core Zen (…); threads: kernels 2, BLAS 2 (idle BLAS workers sleep at once)".
    public var description: String {
        let version = blas.config.split(separator: " ").prefix(2).joined(separator: " ")
        return "CPU \(cpu.brand.isEmpty ? cpu.vendor : cpu.brand) (\(cpu.vendor) family \(cpu.family) model \(cpu.model)), "
            + "\(cpu.isaSummary), LLVM \(llvmCPU), vectors \(vector.description); "
            + "BLAS \(version.isEmpty ? "OpenBLAS" : version) core \(blas.description); "
            + "threads: kernels \(kernelThreads), BLAS \(blasThreads) (\(blas.idleWorkers.description))"
    }
}

/// The host setup eptc does at start-up, for every command that runs compiled code.
public enum HostSetup {
    /// Reads cpuid, puts OpenBLAS on the strongest kernel set the CPU runs (unless the user set
    /// `OPENBLAS_CORETYPE`; self-checked once per machine), makes its idle workers sleep at once
    /// (unless the user set `OPENBLAS_THREAD_TIMEOUT`), and picks the vector width for
    /// generated kernels. Idempotent; call it at process start, before any BLAS call and before
    /// other threads use BLAS (`EPTC.main` does).
    @discardableResult
    public static func configure(overrides: BLASSetup.Overrides = BLASSetup.Overrides()) -> HostReport {
        let blas = BLASSetup.configure(overrides: overrides)
        return report(blas)
    }

    /// The report without changing anything (what `configure` did, if it ran).
    public static func report() -> HostReport { report(BLASSetup.current()) }

    private static func report(_ blas: BLASSetup.State) -> HostReport {
        HostReport(cpu: HostCPU.current, blas: blas, blasThreads: BLASSetup.threadCount,
                   kernelThreads: ThreadPool.shared.threadCount, llvmCPU: HostTarget.current().cpu,
                   vector: HostVectorWidth.choice)
    }
}

/// The vector width generated kernels are tuned for. With one candidate (AVX2: 256 bits) it is
/// LLVM's default for the CPU and nothing is set; with several (AVX-512: 512 or 256 — wide
/// vectors lower the clock on some chips) each is measured once per machine on a kernel mix of
/// what models run (a generated GEMM, GELU, softmax, row sums) and the choice is cached.
public enum HostVectorWidth {
    public struct Choice: Sendable, Codable {
        /// nil: LLVM's default for the host (no attribute set).
        public var bits: Int?
        public var how: String
        /// What the measurement was made on (`cacheKey`); a cached choice is used only when it
        /// matches. Absent in files of older eptc versions, which are then measured again.
        public var key: String?
        public var description: String { "\(bits.map { "\($0)-bit" } ?? "LLVM default") (\(how))" }
    }

    public typealias Measurement = (bits: Int, seconds: Double)

    public static var chosen: Int? { choice.bits }

    public static let choice: Choice = choose(for: HostCPU.current, cacheDirectory: CacheFolder.host(), measure: measure)

    /// How much faster than the widest candidate a narrower one must measure to be chosen. The
    /// choice is made once and then changes every kernel (and which GEMM shapes eptc's kernel
    /// wins), so a near tie — which on a shared machine is the neighbours' load deciding — keeps
    /// the widest: on a 2-core Zen 4 VM, five single-shot measurements of near-equal widths had
    /// picked 512, 512, 512, 256, 256 (README, "Speed").
    public static let requiredGain = 1.05

    /// Rounds of the measurement; each times every width once, in turn.
    static let rounds = 24

    /// What makes a measurement valid on another machine: the CPU (chip and usable features), the
    /// LLVM that compiled the probe, and the probe and rule (`probeVersion`).
    public static func cacheKey(_ cpu: HostCPU) -> String {
        cpu.identity + "|llvm-" + LLVMCompat.version + "|" + probeVersion
    }

    /// Version of the probe and the choice rule: choices stored by an earlier one are measured again
    /// (version 1 timed the widths one after the other, and a near tie could land either way).
    static let probeVersion = "width-probe-2"

    /// The choice for `cpu`: its only candidate, or the measured one (`pick`) — read from
    /// `cacheDirectory` when a measurement for this very key is there, else measured and stored.
    public static func choose(for cpu: HostCPU, cacheDirectory: URL?,
                              measure: ([Int]) throws -> [Measurement]) -> Choice {
        let candidates = BLASCorePolicy.vectorWidthCandidates(for: cpu)
        if candidates.count == 1 {
            return Choice(bits: nil, how: "\(candidates[0])-bit, the widest \(cpu.isaSummary) has")
        }
        let key = cacheKey(cpu)
        let cacheFile = cacheDirectory?.appendingPathComponent("vector-width-\(fnv1a(key.utf8)).json")
        let cached = {
            cacheFile.flatMap { try? Data(contentsOf: $0) }.flatMap { try? JSONDecoder().decode(Choice.self, from: $0) }
                .flatMap { c in c.key == key && c.bits.map(candidates.contains) == true ? c : nil }
        }
        if var choice = cached() {
            choice.how += ", cached"
            return choice
        }
        guard let times = try? measure(candidates), let bits = pick(times) else {
            return Choice(bits: nil, how: "measurement failed; LLVM default")
        }
        let how = "measured: " + times.map { String(format: "%d-bit %.3f ms", $0.bits, $0.seconds * 1000) }
            .joined(separator: ", ")
        let choice = Choice(bits: bits, how: how, key: key)
        guard let cacheFile else { return choice }
        // The first measurement stored is the machine's choice: a process that measured at the
        // same time takes it too, so processes sharing the cache build the same code.
        try? FileManager.default.createDirectory(at: cacheFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        return withExclusiveFolderLock(cacheFile.deletingLastPathComponent().path) {
            if var first = cached() {
                first.how += ", cached"
                return first
            }
            if let data = try? JSONEncoder().encode(choice) { try? data.write(to: cacheFile, options: .atomic) }
            return choice
        }
    }

    /// The width to use given each candidate's time: the fastest, unless the widest is within
    /// `requiredGain` of it. Times that are not finite and positive are ignored; nil if none is.
    public static func pick(_ times: [Measurement]) -> Int? {
        let usable = times.filter { $0.seconds.isFinite && $0.seconds > 0 }
        guard let widest = usable.max(by: { $0.bits < $1.bits }),
              let fastest = usable.min(by: { $0.seconds < $1.seconds }) else { return nil }
        return fastest.seconds * requiredGain < widest.seconds ? fastest.bits : widest.bits
    }

    /// Each width's fastest run of the probe kernels (`probeGraph`), compiled at every width
    /// first and then timed in alternating rounds (the order turning each round), so that a
    /// burst of load on a shared machine falls on every width alike rather than on whichever
    /// was being timed.
    public static func measure(_ widths: [Int]) throws -> [Measurement] {
        let graph = try probeGraph()
        var rng = SplitMix64(seed: 7)
        let inputs = [
            "x": Tensor(.f32([64, 4096]), storage: .f32((0..<64 * 4096).map { _ in Float(rng.nextUnit() * 4 - 2) })),
            "a": Tensor(.f32([256, 512]), storage: .f32((0..<256 * 512).map { _ in Float(rng.nextUnit() * 2 - 1) })),
            "b": Tensor(.f32([512, 512]), storage: .f32((0..<512 * 512).map { _ in Float(rng.nextUnit() * 2 - 1) })),
        ]
        let engines = try widths.map { bits in
            var options = CodegenOptions(hostDefaults: false)
            (options.vectorWidth, options.gemm) = (bits, .generated)
            return try CompiledEngine(program: CompiledProgram.compile(graph, options: options),
                                      weights: WeightStore(graph: graph, provided: [:]))
        }
        for engine in engines { _ = try engine.run("probe", inputs: inputs) }  // warm-up
        var best = [Double](repeating: .infinity, count: widths.count)
        for round in 0..<rounds {
            for turn in 0..<widths.count {
                let i = (round + turn) % widths.count
                let start = DispatchTime.now().uptimeNanoseconds
                _ = try engines[i].run("probe", inputs: inputs)
                best[i] = min(best[i], Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
        }
        return zip(widths, best).map { ($0, $1) }
    }

    /// probe(x: f32[64, 4096], a: f32[256, 512], b: f32[512, 512]) = (row sums of
    /// softmax(gelu(x)), a·b): row kernels and a GEMM on eptc's kernel, whose register tile
    /// follows the width.
    static func probeGraph() throws -> Graph {
        var e = EntryBuilder(name: "probe", weights: [])
        let x = e.parameter("x", .f32([64, 4096]))
        let g = try e.add(.unary(.geluTanh), [x])
        let s = try e.add(.softmax(axis: 1), [g])
        e.result("r", try e.add(.reduce(.sum, axes: [1], keepDims: false), [s]))
        let product = try e.add(.matmul(transposeA: false, transposeB: false),
                                [e.parameter("a", .f32([256, 512])), e.parameter("b", .f32([512, 512]))])
        e.result("y", product)
        var graph = Graph(name: "vector_width_probe")
        graph.entries = [e.entry]
        return graph
    }
}
