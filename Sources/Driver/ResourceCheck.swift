import Foundation
import IR
import Passes
import Support
import Syntax
#if canImport(Glibc)
import Glibc
#endif

/// Checks what running a graph needs against what the machine (and `ulimit -v`, and the cgroup)
/// allows, before allocating anything: allocation failures in Swift arrays abort the process, and
/// OpenBLAS retries a failed buffer allocation forever.
struct ResourceCheck {
    /// OpenBLAS reserves one buffer of this size per thread, plus one for the caller (x86-64 builds).
    static let blasBufferBytes = 128 << 20

    /// Bytes an `eptc bench`/`run` of `graph` holds at its peak: every weight (the interpreter and
    /// the benchmark keep a copy to restore), the largest arena, each entry's inputs and outputs
    /// once per engine, and the BLAS buffers.
    static func need(_ graph: Graph, blasThreads: Int, copies: Int) -> (total: Int, parts: [(String, Int)]) {
        let weights = graph.weights.reduce(0) { $0 + $1.type.byteCount } * copies
        let arena = graph.entries.map { MemoryPlanner().plan($0, in: graph).arenaBytes }.max() ?? 0
        let io = graph.entries.map { e in
            e.parameters.reduce(0) { $0 + $1.type.byteCount } + e.results.reduce(0) { $0 + e.nodes[$1.value].type.byteCount }
        }.max() ?? 0
        let blas = (blasThreads + 1) * blasBufferBytes
        let parts = [("weights", weights), ("arena", arena), ("inputs and outputs", io * copies), ("BLAS buffers", blas)]
        return (parts.reduce(0) { $0 + $1.1 }, parts)
    }

    /// The bytes this process may still allocate: the smallest of free physical memory, the
    /// address-space limit less what is mapped now, and the cgroup's limit less its usage.
    static func available() -> (bytes: Int, limitedBy: String) {
        var best = (Int.max, "")
        let page = sysconf(Int32(_SC_PAGESIZE))
        let physical = sysconf(Int32(_SC_PHYS_PAGES)) * page
        if physical > 0 { best = (physical, "physical memory") }
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            let mapped = currentMappedBytes()
            let left = Int(clamping: limit.rlim_cur) - mapped
            if left < best.0 { best = (max(left, 0), "ulimit -v (\(Int(clamping: limit.rlim_cur) >> 20) MiB address space)") }
        }
        if let max = number(in: "/sys/fs/cgroup/memory.max"), let used = number(in: "/sys/fs/cgroup/memory.current"),
           max - used < best.0 {
            best = (Swift.max(max - used, 0), "the cgroup memory limit (\(max >> 20) MiB)")
        }
        return best
    }

    /// Throws with the numbers when `graph` needs more than is available.
    static func require(_ graph: Graph, blasThreads: Int, copies: Int, what: String) throws {
        let (total, parts) = need(graph, blasThreads: blasThreads, copies: copies)
        let (free, reason) = available()
        guard total > free else { return }
        let detail = parts.filter { $0.1 > 0 }.map { "\($0.0) \(mebibytes($0.1))" }.joined(separator: ", ")
        throw UserError("\(what) needs about \(mebibytes(total)) (\(detail)) but only \(mebibytes(free)) can be "
                        + "allocated (limited by \(reason))")
    }

    private static func mebibytes(_ n: Int) -> String {
        n >= 1 << 30 ? String(format: "%.1f GiB", Double(n) / Double(1 << 30)) : "\((n + (1 << 20) - 1) >> 20) MiB"
    }

    private static func currentMappedBytes() -> Int {
        guard case .success(let bytes) = InputFile.read("/proc/self/statm"),
              let first = String(decoding: bytes, as: UTF8.self).split(separator: " ").first, let pages = Int(first)
        else { return 0 }
        return pages * sysconf(Int32(_SC_PAGESIZE))
    }

    private static func number(in path: String) -> Int? {
        guard case .success(let bytes) = InputFile.read(path) else { return nil }
        return Int(String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
