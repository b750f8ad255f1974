import COpenBLAS
import Foundation
import IR
#if canImport(Glibc)
import Glibc
#endif

/// Puts OpenBLAS on the kernel set `BLASCorePolicy` chooses, once per process, before any BLAS call.
///
/// How: OpenBLAS reads `OPENBLAS_CORETYPE` in its library constructor, which has run before
/// `main`. A DYNAMIC_ARCH OpenBLAS (Debian's, every distribution's) exports the two functions that
/// constructor uses, `gotoblas_dynamic_quit` (forget the core table) and `gotoblas_dynamic_init`
/// (read `OPENBLAS_CORETYPE`, pick the table, set its blocking parameters). Calling them again
/// with the variable set, before the first BLAS call, leaves the library exactly as if the
/// variable had been set at load time: the work buffers are allocated on the first call, and the
/// table is read on every call. Why not re-exec the process with the variable set: that changes
/// nothing for library users (tests, a host program) and doubles start-up; why not `dlopen` after
/// `setenv`: every BLAS call site (runtime, JIT-resolved symbols) would go through pointers.
/// The variable is restored afterwards, so child processes make their own choice.
public enum BLASSetup {
    /// How the core type in use came to be.
    public enum Source: Hashable, Sendable {
        /// The user's `OPENBLAS_CORETYPE` (always wins).
        case user
        /// OpenBLAS's own detection, kept (`why`).
        case openblas(why: String)
        /// eptc switched from OpenBLAS's choice `over`; `check` says how it was checked.
        case eptc(over: String, check: String)
        /// eptc's choice `rejected` failed its self-check; back on OpenBLAS's own choice.
        case fallback(rejected: String, why: String)
    }

    public struct State: Hashable, Sendable {
        /// `openblas_get_corename()` now.
        public var core: String
        public var source: Source
        /// `openblas_get_config()`: version and build options.
        public var config: String
        /// How OpenBLAS's worker threads wait between calls (`parkIdleWorkers`).
        public var idleWorkers: IdleWorkers = .spinning(why: "eptc's host setup did not run")

        public var description: String {
            switch source {
            case .user: return "\(core) (OPENBLAS_CORETYPE set by the user)"
            case .openblas(let why): return "\(core) (OpenBLAS's own choice: \(why))"
            case .eptc(let over, let check): return "\(core) (chosen by eptc over OpenBLAS's \(over); \(check))"
            case .fallback(let rejected, let why): return "\(core) (OpenBLAS's own; eptc's \(rejected) failed its check: \(why))"
            }
        }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var configured: State?

    /// What tests may make the set-up do on any machine, handed in as a value (`eptc host`'s
    /// hidden flags) — production code reads no test switch from the environment.
    public struct Overrides: Sendable {
        /// Start from this core type as if OpenBLAS had detected it (e.g. `Prescott`, what Debian's
        /// 0.3.21 picks on CPUs it does not know), to exercise the switch on any machine.
        public var detectedCore: String?
        /// Make the self-check fail, as a core that computes wrong results would.
        public var failSelfCheck = false
        public init(detectedCore: String? = nil, failSelfCheck: Bool = false) {
            self.detectedCore = detectedCore
            self.failSelfCheck = failSelfCheck
        }
    }

    /// Chooses and installs the core type once; later calls return the first result. Call it at
    /// process start, before any BLAS call and before other threads run BLAS.
    public static func configure(environment: [String: String] = ProcessInfo.processInfo.environment,
                                 cache: HostCheckCache = HostCheckCache(), overrides: Overrides = Overrides()) -> State {
        lock.lock()
        defer { lock.unlock() }
        if let configured { return configured }
        var state = choose(environment: environment, cache: cache, overrides: overrides)
        state.idleWorkers = parkIdleWorkers(environment: environment)
        configured = state
        return state
    }

    /// The state now, without changing anything (OpenBLAS's own choice if `configure` never ran).
    public static func current() -> State {
        lock.lock()
        defer { lock.unlock() }
        if let configured { return configured }
        let user = ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"].map { !$0.isEmpty } ?? false
        return State(core: coreName(), source: user ? .user : .openblas(why: "eptc's host setup did not run"),
                     config: configString())
    }

    /// Core names the loaded library has kernels for (its exported `gotoblas_<NAME>` tables).
    public static func availableCores() -> Set<String> {
        Set(BLASCorePolicy.cores.map(\.name).filter { symbol("gotoblas_" + $0.uppercased()) != nil })
    }

    public static func coreName() -> String { openblas_get_corename().map { String(cString: $0) } ?? "unknown" }
    public static func configString() -> String {
        (openblas_get_config().map { String(cString: $0) } ?? "").trimmingCharacters(in: .whitespaces)
    }
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    private static func choose(environment: [String: String], cache: HostCheckCache, overrides: Overrides) -> State {
        if let pretend = overrides.detectedCore, !pretend.isEmpty,
           environment["OPENBLAS_CORETYPE"].map({ $0.isEmpty }) ?? true {
            _ = reinitialize(coreType: pretend)
        }
        let own = coreName()
        let config = configString()
        let canSwitch = symbol("gotoblas_dynamic_init") != nil && symbol("gotoblas_dynamic_quit") != nil
        let decision = BLASCorePolicy.decide(cpu: HostCPU.current, own: own, available: availableCores(),
                                             userSetting: environment["OPENBLAS_CORETYPE"],
                                             dynamicArch: canSwitch && config.contains("DYNAMIC_ARCH"))
        switch decision {
        case .user:
            return State(core: own, source: .user, config: config)
        case .keep(let why):
            return State(core: own, source: .openblas(why: why), config: config)
        case .force(let core, _):
            let key = HostCheckCache.Key(cpu: HostCPU.current, blasConfig: config, core: core)
            if let cached = cache.lookup(key), !cached.passed {
                return State(core: own, source: .fallback(rejected: core, why: cached.detail + " (cached)"), config: config)
            }
            guard reinitialize(coreType: core), coreName().caseInsensitiveCompare(core) == .orderedSame else {
                _ = reinitialize(coreType: own)
                return State(core: coreName(), source: .fallback(rejected: core, why: "OpenBLAS did not accept it"),
                             config: config)
            }
            if let cached = cache.lookup(key), cached.passed {
                return State(core: core, source: .eptc(over: own, check: "self-check passed (cached)"), config: config)
            }
            var result = SgemmSelfCheck.run()
            if overrides.failSelfCheck {
                result = SgemmSelfCheck.Result(passed: false, detail: "failure forced by --fail-blas-check")
            }
            cache.store(key, HostCheckCache.Entry(passed: result.passed, detail: result.detail))
            if result.passed {
                return State(core: core, source: .eptc(over: own, check: "self-check passed: \(result.detail)"), config: config)
            }
            _ = reinitialize(coreType: own)
            return State(core: coreName(), source: .fallback(rejected: core, why: result.detail), config: config)
        }
    }

    /// How OpenBLAS's workers wait for the next call once their share of one is done.
    public enum IdleWorkers: Hashable, Sendable, CustomStringConvertible {
        /// They sleep at once (eptc set the shortest spin OpenBLAS takes, 2⁴ cycles).
        case parked
        /// `OPENBLAS_THREAD_TIMEOUT` set by the user (log2 of the cycles they spin): it wins.
        case user(String)
        /// OpenBLAS's default spin (2²⁸ cycles, ~0.1 s), and why it was kept.
        case spinning(why: String)

        public var description: String {
            switch self {
            case .parked: return "idle BLAS workers sleep at once"
            case .user(let value): return "idle BLAS workers spin 2^\(value) cycles (OPENBLAS_THREAD_TIMEOUT set by the user)"
            case .spinning(let why): return "idle BLAS workers spin (\(why))"
            }
        }
    }

    /// Makes OpenBLAS's idle workers sleep as soon as their share of a call is done. By default
    /// each spins, calling `sched_yield`, for 2²⁸ cycles (~0.1 s) after every call; a step calls
    /// BLAS every few milliseconds, so its workers never sleep, and between two calls, while
    /// eptc's own kernels run on eptc's pool, the spinning worker shares a core with eptc's
    /// worker. On a 2-core Zen 4 the pool's worker got a third of the cycles the main thread
    /// did, and eptc's attention GEMMs ran at 75–110 GFLOP/s inside a T5-small step against
    /// 170–210 alone; parked, the PT step's minimum fell 4–5% and the EPT eval step's 7–10%
    /// (README, "Speed"). Waking a parked worker costs each BLAS call a few microseconds.
    ///
    /// How: OpenBLAS reads `OPENBLAS_THREAD_TIMEOUT` into a setting (`openblas_read_env`, run
    /// by its constructor before `main`) and applies it when it starts its threads; so the
    /// variable is set, read, the threads restarted (`blas_thread_shutdown_`, `blas_thread_init`:
    /// exported, like the core-switch hooks above), and the variable restored and read again,
    /// which leaves child processes to their own default.
    private static func parkIdleWorkers(environment: [String: String]) -> IdleWorkers {
        if let user = environment["OPENBLAS_THREAD_TIMEOUT"], !user.isEmpty { return .user(user) }
        guard openblas_get_num_threads() > 1 else { return .spinning(why: "one BLAS thread: no workers") }
        typealias ReadEnvironment = @convention(c) () -> Void
        typealias Restart = @convention(c) () -> Int32
        guard let readP = symbol("openblas_read_env"), let stopP = symbol("blas_thread_shutdown_"),
              let startP = symbol("blas_thread_init") else {
            return .spinning(why: "this OpenBLAS cannot restart its threads")
        }
        let readEnvironment = unsafeBitCast(readP, to: ReadEnvironment.self)
        let previous = getenv("OPENBLAS_THREAD_TIMEOUT").map { String(cString: $0) }
        setenv("OPENBLAS_THREAD_TIMEOUT", "4", 1)  // OpenBLAS's minimum
        readEnvironment()
        _ = unsafeBitCast(stopP, to: Restart.self)()
        _ = unsafeBitCast(startP, to: Restart.self)()
        if let previous { setenv("OPENBLAS_THREAD_TIMEOUT", previous, 1) } else { unsetenv("OPENBLAS_THREAD_TIMEOUT") }
        readEnvironment()
        return .parked
    }

    /// Re-runs OpenBLAS's core selection with `OPENBLAS_CORETYPE` = `coreType` (nil: its own
    /// detection), then restores the variable. False when the library cannot switch.
    private static func reinitialize(coreType: String?) -> Bool {
        typealias Hook = @convention(c) () -> Void
        guard let initP = symbol("gotoblas_dynamic_init"), let quitP = symbol("gotoblas_dynamic_quit") else { return false }
        let previous = getenv("OPENBLAS_CORETYPE").map { String(cString: $0) }
        if let coreType { setenv("OPENBLAS_CORETYPE", coreType, 1) } else { unsetenv("OPENBLAS_CORETYPE") }
        unsafeBitCast(quitP, to: Hook.self)()
        unsafeBitCast(initP, to: Hook.self)()
        if let previous { setenv("OPENBLAS_CORETYPE", previous, 1) } else { unsetenv("OPENBLAS_CORETYPE") }
        return true
    }

    private static func symbol(_ name: String) -> UnsafeMutableRawPointer? {
        #if canImport(Glibc)
        return dlsym(UnsafeMutableRawPointer(bitPattern: 0), name)  // RTLD_DEFAULT
        #else
        return nil
        #endif
    }
}

extension BLASSetup {
    /// The threads BLAS and the generated kernels' pool (`ThreadPool.shared`) may use: both start
    /// with every core; a command limits them here, before the first kernel runs. 0 keeps them.
    public static func limitThreads(to threads: Int) {
        guard threads > 0 else { return }
        openblas_set_num_threads(Int32(threads))
        ThreadPool.shared.limit(to: threads)
    }

    /// The machine's measured single-precision GEMM rate: the best of `repeats` timed
    /// `cblas_sgemm` calls on n×n×n (after one warm-up call), in GFLOP/s (2·n³ flops per call).
    public static func measuredSgemmRate(size n: Int, repeats: Int = 10) -> Double {
        var rng = SplitMix64(seed: 42)
        let a = (0..<n * n).map { _ in Float(rng.nextUnit() - 0.5) }
        let b = (0..<n * n).map { _ in Float(rng.nextUnit() - 0.5) }
        var c = [Float](repeating: 0, count: n * n)
        let dim = Int32(n)
        func call() {
            c.withUnsafeMutableBufferPointer { cp in
                cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, dim, dim, dim, 1, a, dim, b, dim, 0,
                            cp.baseAddress, dim)
            }
        }
        call()
        var best = Double.infinity
        for _ in 0..<max(repeats, 1) {
            let start = DispatchTime.now().uptimeNanoseconds
            call()
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return 2 * Double(n) * Double(n) * Double(n) / best / 1e9
    }
}
