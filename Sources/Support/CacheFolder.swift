import Foundation

/// eptc's cache folder, one rule for every cache it keeps (compiled graphs, host measurements):
/// `$EPTC_CACHE_DIR`, else `$XDG_CACHE_HOME/eptc`, else `$HOME/.cache/eptc`; nil when the
/// environment names none of them (then nothing is cached).
public enum CacheFolder {
    public static func resolve(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let d = environment["EPTC_CACHE_DIR"], !d.isEmpty { return URL(fileURLWithPath: d) }
        if let d = environment["XDG_CACHE_HOME"], !d.isEmpty { return URL(fileURLWithPath: d).appendingPathComponent("eptc") }
        if let d = environment["HOME"], !d.isEmpty { return URL(fileURLWithPath: d).appendingPathComponent(".cache/eptc") }
        return nil
    }

    /// Measurements of this machine (the BLAS self-check, the vector width): `<cache>/host`.
    public static func host(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        resolve(environment)?.appendingPathComponent("host")
    }
}

/// Stable 64-bit FNV-1a, hex: names cache files after their keys and fingerprints compiled
/// objects (Swift's `Hasher` is seeded per process, so it cannot key files).
public func fnv1a(_ bytes: some Sequence<UInt8>) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
    let s = String(h, radix: 16)
    return String(repeating: "0", count: 16 - s.count) + s
}
