import COpenBLAS
import Foundation

/// One line about the machine a run or benchmark uses: CPU model, vector ISA, BLAS core type and
/// thread counts — so every number printed can be traced to the host it came from.
enum HostDescription {
    static func line(threads: Int) -> String {
        let cpu = cpuModel() ?? "unknown CPU"
        let flags = cpuFlags()
        let isa = flags.contains("avx512f") ? "AVX-512" : flags.contains("avx2") ? "AVX2" : "SSE"
        let core = openblas_get_corename().map { String(cString: $0) } ?? "?"
        let blasThreads = openblas_get_num_threads()
        let kernelThreads = threads > 0 ? threads : Int(ProcessInfo.processInfo.activeProcessorCount)
        return "host: \(cpu) (\(isa)), OpenBLAS core \(core), \(blasThreads) BLAS / \(kernelThreads) kernel threads"
    }

    static func cpuinfo() -> String { (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? "" }

    static func cpuModel() -> String? {
        cpuinfo().split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func cpuFlags() -> Set<String> {
        guard let line = cpuinfo().split(separator: "\n").first(where: { $0.hasPrefix("flags") }),
              let list = line.split(separator: ":", maxSplits: 1).last else { return [] }
        return Set(list.split(separator: " ").map(String.init))
    }
}
