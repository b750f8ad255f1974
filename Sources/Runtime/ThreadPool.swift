#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import CHostCPU

/// The body of a parallel loop as compiled code passes it: `body(context, lo, hi)` runs the
/// iterations lo..<hi of the loop.
public typealias ParallelBody = @convention(c) (UnsafeMutableRawPointer?, Int64, Int64) -> Void

/// A small fixed pool of worker threads for compiled kernels' outer loops.
///
/// Threading policy (why this does not oversubscribe with OpenBLAS): compiled entries run their
/// nodes one after another. Elementwise and reduction kernels split their outer loop across this
/// pool; `cblas_sgemm` calls are made from the calling thread between kernels, while every pool
/// worker is parked on a condition variable, so OpenBLAS's own threads get the cores during GEMMs
/// and this pool gets them otherwise. The two never compute at the same time. (A batch of small
/// products, `eptc_gemm_batch`, is split across this pool with OpenBLAS set to one thread.)
///
/// A parallel-for issued while another one is running (nested, or from a second thread) runs
/// serially on its caller, so the pool can never deadlock on itself.
///
/// Waiting spins before it sleeps: a worker that finished a job watches for the next one (20 µs),
/// and the caller watches for the workers to finish (100 µs), before parking on the condition
/// variable. Why: a step is hundreds of short kernels, and waking a parked thread costs tens of
/// microseconds on a virtual machine (the idle vCPU halts; the wake is an interrupt through the
/// host). Measured on a 2-vCPU KVM guest (AMD Zen 4): 200 chained kernels of 64k elements took
/// 72 µs each on 2 threads against 24 µs on one, and 15 µs with the spins; the EPT T5-small train
/// step's minimum fell by ~8% (docs/CODEGEN.md, "Threading"). The spin pauses and yields now
/// and then, so an OpenBLAS worker that the next GEMM wakes on the same core still gets it; a
/// longer worker spin (0.5 ms) took cores from those GEMMs and lost.
public final class ThreadPool: @unchecked Sendable {
    /// The process-wide pool; its size is `EPTC_THREADS` or the number of online cores.
    public static let shared = ThreadPool(threads: ThreadPool.defaultThreadCount())

    /// Threads that run chunks, the caller included (workers that failed to start not counted):
    /// the started ones, or fewer after `limit(to:)`.
    public var threadCount: Int {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return active
    }
    /// Threads started (the caller included), and how many of them take part in a job.
    private var started = 1
    private var active = 1

    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let wake = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private let done = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    // Job state, guarded by `mutex`.
    private var busy = false
    private var body: ParallelBody?
    private var context: UnsafeMutableRawPointer?
    private var count: Int64 = 0
    private var chunk: Int64 = 1
    private var nextStart: Int64 = 0
    /// Workers taking part in the current job: those with index < jobWorkers.
    private var jobWorkers = 0
    /// The job counter and the workers still running the current job, in two words written
    /// only under `mutex` but atomically, so spinning threads read them without it.
    private let counters = UnsafeMutablePointer<Int>.allocate(capacity: 2)
    private var generationWord: UnsafeMutablePointer<Int> { counters }
    private var workingWord: UnsafeMutablePointer<Int> { counters + 1 }
    private var generation: Int {
        get { generationWord.pointee }
        set { eptc_atomic_store(generationWord, newValue) }
    }
    private var working: Int {
        get { workingWord.pointee }
        set { eptc_atomic_store(workingWord, newValue) }
    }
    /// How long a worker watches for the next job, and the caller for the workers to finish,
    /// before parking. A worker's spin is short because the next node is often a GEMM, whose
    /// OpenBLAS threads want that core; the caller's core is idle while it waits anyway.
    static let workerSpinNanoseconds = 20_000
    static let callerSpinNanoseconds = 100_000

    public init(threads: Int) {
        counters.initialize(repeating: 0, count: 2)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(wake, nil)
        pthread_cond_init(done, nil)
        var workers = 0
        for _ in 1..<max(1, threads) where spawnWorker(index: workers) { workers += 1 }
        pthread_mutex_lock(mutex)
        started = 1 + workers
        active = started
        pthread_mutex_unlock(mutex)
    }

    /// Uses at most `threads` threads (the caller included) from the next job on: the pool starts
    /// with every core before a command knows its budget (`--threads`, or the cores a data-parallel
    /// rank shares with the ranks beside it). Workers beyond the limit stay parked.
    public func limit(to threads: Int) {
        pthread_mutex_lock(mutex)
        active = max(1, min(threads, started))
        pthread_mutex_unlock(mutex)
    }

    /// CPUs this process may run on (its affinity mask), nil when unknown.
    public static func affinityCPUCount() -> Int? {
        let n = Int(eptc_affinity_cpus())
        return n > 0 ? n : nil
    }

    public static func defaultThreadCount() -> Int {
        if let s = getenv("EPTC_THREADS"), let n = Int(String(cString: s)), n > 0 { return n }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// Runs body(context, lo, hi) over 0..<count in chunks of at least `grain` iterations and
    /// returns when all are done.
    public func parallelFor(count: Int64, grain: Int64, context: UnsafeMutableRawPointer?, body: ParallelBody) {
        guard count > 0 else { return }
        pthread_mutex_lock(mutex)
        let chunks = min(Int64(active) * 4, max(1, count / max(grain, 1)))
        if active == 1 || chunks <= 1 || busy {
            pthread_mutex_unlock(mutex)
            body(context, 0, count)
            return
        }
        busy = true
        self.body = body
        self.context = context
        self.count = count
        self.chunk = (count + chunks - 1) / chunks
        nextStart = 0
        working = active - 1
        jobWorkers = active - 1
        generation += 1
        pthread_cond_broadcast(wake)
        pthread_mutex_unlock(mutex)

        runChunks()

        spinUntilWorkersFinish()
        pthread_mutex_lock(mutex)
        while working > 0 { pthread_cond_wait(done, mutex) }
        busy = false
        self.body = nil
        pthread_mutex_unlock(mutex)
    }

    /// Spins while workers of the current job are still running (each finishing one restarts the
    /// budget); the caller then parks on `done` if any is left.
    private func spinUntilWorkersFinish() {
        var left = eptc_atomic_load(workingWord)
        while left > 0 {
            let now = eptc_spin_while_equal(workingWord, left, Self.callerSpinNanoseconds)
            if now == left { return }
            left = now
        }
    }

    /// Claims chunks until none is left.
    private func runChunks() {
        while true {
            pthread_mutex_lock(mutex)
            let lo = nextStart
            nextStart += chunk
            let (f, ctx, n) = (body, context, count)
            pthread_mutex_unlock(mutex)
            guard lo < n, let f else { return }
            f(ctx, lo, min(n, lo + chunk))
        }
    }

    private func workerLoop(index: Int) {
        var seen = 0
        pthread_mutex_lock(mutex)
        while true {
            while generation == seen {
                pthread_mutex_unlock(mutex)
                _ = eptc_spin_while_equal(generationWord, seen, Self.workerSpinNanoseconds)
                pthread_mutex_lock(mutex)
                if generation == seen { pthread_cond_wait(wake, mutex) }
            }
            seen = generation
            // Beyond the limit: not counted in `working`, back to waiting (the mutex stays held).
            if index >= jobWorkers { continue }
            pthread_mutex_unlock(mutex)
            runChunks()
            pthread_mutex_lock(mutex)
            working -= 1
            if working == 0 { pthread_cond_signal(done) }
        }
    }

    private final class WorkerStart {
        let pool: ThreadPool
        let index: Int
        init(pool: ThreadPool, index: Int) {
            self.pool = pool
            self.index = index
        }
    }

    private func spawnWorker(index: Int) -> Bool {
        let box = Unmanaged.passRetained(WorkerStart(pool: self, index: index)).toOpaque()
        var thread = pthread_t()
        let rc = pthread_create(&thread, nil, { raw in
            guard let raw else { return nil }
            let start = Unmanaged<WorkerStart>.fromOpaque(raw).takeRetainedValue()
            start.pool.workerLoop(index: start.index)
            return nil
        }, box)
        if rc == 0 { pthread_detach(thread); return true }
        Unmanaged<WorkerStart>.fromOpaque(box).release()
        return false
    }
}

/// The C entry point compiled code calls: `eptc_parallel_for(body, context, count, grain)`.
@_cdecl("eptc_parallel_for")
public func eptcParallelFor(_ body: ParallelBody?, _ context: UnsafeMutableRawPointer?, _ count: Int64,
                            _ grain: Int64) {
    guard let body else { return }
    ThreadPool.shared.parallelFor(count: count, grain: grain, context: context, body: body)
}

/// Addresses of the runtime's C entry points, for defining them in a JIT.
public enum RuntimeSymbols {
    public static var parallelFor: UInt64 {
        let f: @convention(c) (ParallelBody?, UnsafeMutableRawPointer?, Int64, Int64) -> Void = eptcParallelFor
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}

/// The clock profiled code reads around every node (`eptc bench --profile`): monotonic nanoseconds.
@_cdecl("eptc_profile_clock")
public func eptcProfileClock() -> UInt64 {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
}

extension RuntimeSymbols {
    public static var profileClock: UInt64 {
        let f: @convention(c) () -> UInt64 = eptcProfileClock
        return UInt64(UInt(bitPattern: unsafeBitCast(f, to: Int.self)))
    }
}
