import COpenBLAS
import IR
import Foundation
import Support

/// A few `cblas_sgemm` shapes — odd sizes, each transpose combination, one large enough to use
/// every BLAS thread, beta 0 and 1 — against a plain float64 reference: run once per machine on a
/// core type eptc chose, before trusting it (an old OpenBLAS is known to compute wrong results
/// with some kernel sets on some CPUs).
public enum SgemmSelfCheck {
    public struct Result: Sendable {
        public var passed: Bool
        /// Largest error relative to the error bound, and the worst shape.
        public var detail: String
    }

    /// (M, N, K, transpose A, transpose B, beta).
    static let shapes: [(Int, Int, Int, Bool, Bool, Float)] = [
        (37, 53, 61, false, false, 0), (64, 96, 128, true, false, 0), (96, 64, 200, false, true, 1),
        (33, 17, 250, true, true, 0), (256, 384, 320, false, false, 1), (384, 256, 512, false, true, 0),
    ]

    public static func run() -> Result {
        var rng = SplitMix64(seed: 0xB1A5)
        var worst = 0.0, worstRel = 0.0, worstShape = ""
        for (m, n, k, ta, tb, beta) in shapes {
            let a = (0..<m * k).map { _ in Float(rng.nextUnit() * 2 - 1) }
            let b = (0..<k * n).map { _ in Float(rng.nextUnit() * 2 - 1) }
            let c0 = (0..<m * n).map { _ in Float(rng.nextUnit() * 2 - 1) }
            var c = c0
            // Row-major; A is m×k (stored k×m when transposed), B is k×n (n×k when transposed).
            cblas_sgemm(CblasRowMajor, ta ? CblasTrans : CblasNoTrans, tb ? CblasTrans : CblasNoTrans,
                        Int32(m), Int32(n), Int32(k), 1, a, Int32(ta ? m : k), b, Int32(tb ? k : n), beta,
                        &c, Int32(n))
            for i in 0..<m {
                for j in 0..<n {
                    var exact = Double(beta) * Double(c0[i * n + j]), magnitude = abs(exact)
                    for p in 0..<k {
                        let x = Double(ta ? a[p * m + i] : a[i * k + p]) * Double(tb ? b[j * k + p] : b[p * n + j])
                        exact += x
                        magnitude += abs(x)
                    }
                    // Worst-case float32 accumulation error is about K·ε·Σ|a·b|; a correct kernel
                    // stays well inside it, a wrong one (garbage, a missed tile) far outside.
                    let bound = Double(k + 1) * Double(Float.ulpOfOne) * magnitude + 1e-30
                    let error = abs(Double(c[i * n + j]) - exact)
                    if error / bound > worst {
                        worst = error / bound
                        worstShape = "\(m)×\(n)×\(k)\(ta ? " Aᵀ" : "")\(tb ? " Bᵀ" : "")"
                    }
                    worstRel = max(worstRel, error / max(magnitude, 1e-30))
                }
            }
        }
        let detail = String(format: "%d sgemm shapes, max error %.2g of the bound (%.1e relative) at %@",
                            shapes.count, worst, worstRel, worstShape)
        return Result(passed: worst <= 1, detail: detail)
    }
}

/// The outcome of a core type's self-check per machine, in `CacheFolder.host()`: one small JSON
/// file per (CPU identity, OpenBLAS build, core type), which records its key and is used only
/// when that key matches — a cache written on one CPU is never read on another.
public struct HostCheckCache: Sendable {
    public var directory: URL?

    public struct Key: Hashable, Sendable {
        public var text: String
        public init(cpu: HostCPU, blasConfig: String, core: String) {
            text = "\(cpu.identity)|\(blasConfig)|\(core)"
        }
    }

    public struct Entry: Codable, Sendable {
        public var passed: Bool
        public var detail: String
        /// The key it was stored under (files of older eptc versions have none: not used).
        public var key: String?
        public init(passed: Bool, detail: String, key: String? = nil) {
            self.passed = passed
            self.detail = detail
            self.key = key
        }
    }

    /// The default folder; `directory: nil` disables the cache (always check, never store).
    public init(directory: URL? = CacheFolder.host()) { self.directory = directory }

    private func file(_ key: Key) -> URL? {
        directory?.appendingPathComponent("blas-check-" + fnv1a(key.text.utf8) + ".json")
    }

    public func lookup(_ key: Key) -> Entry? {
        guard let url = file(key), let data = try? Data(contentsOf: url),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key.text else { return nil }
        return entry
    }

    /// Best effort: an unwritable cache only means the check runs again next time.
    public func store(_ key: Key, _ entry: Entry) {
        var entry = entry
        entry.key = key.text
        guard let url = file(key), let directory, let data = try? JSONEncoder().encode(entry) else { return }
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
