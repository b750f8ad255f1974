#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import Runtime

/// The pool's hand-offs — a worker spinning for the next job, parked when the gap outlasts its
/// spin, the caller spinning for the workers or parked on `done` — run every iteration of every
/// job exactly once.
@Suite struct ThreadPoolTests {
    @Test func everyIterationRunsOnceAcrossSpinsAndParks() {
        let pool = ThreadPool(threads: 3)
        let counts = UnsafeMutablePointer<Int32>.allocate(capacity: 5000)
        defer { counts.deallocate() }
        // Gaps between jobs: none (workers still spinning), then longer than both spin budgets
        // (2 ms: workers parked, woken by the condition variable).
        for (job, size) in [1, 7, 64, 999, 5000, 3, 4096, 2, 500].enumerated() {
            for gap in [0, 2_000] {
                counts.initialize(repeating: 0, count: size)
                if gap > 0 { usleep(UInt32(gap)) }
                pool.parallelFor(count: Int64(size), grain: 1, context: counts) { context, lo, hi in
                    let c = context!.assumingMemoryBound(to: Int32.self)
                    for i in lo..<hi { c[Int(i)] += 1 }
                    // Some chunks outlast the caller's spin, so it parks on `done` too.
                    if lo == 0 && hi > 1 { usleep(300) }
                }
                let wrong = (0..<size).filter { counts[$0] != 1 }
                #expect(wrong.isEmpty, "job \(job) (\(size) iterations, gap \(gap) µs): \(wrong.prefix(5))")
            }
        }
    }
}
