import Codegen
import Foundation
import Runtime

/// What `eptc --version` prints: eptc's version, the LLVM it was built against, the OpenBLAS it
/// loaded and the host CPU — the first lines of a useful bug report.
enum BuildInfo {
    static let version = "0.1.0"

    static var versionText: String {
        ["eptc \(version)", "LLVM \(LLVMCompat.version)", openBLAS, "host: \(hostCPU)"].joined(separator: "\n")
    }

    /// "OpenBLAS 0.3.21 DYNAMIC_ARCH ... (core Haswell)".
    static var openBLAS: String {
        let config = BLASSetup.configString()
        return "\(config.isEmpty ? "OpenBLAS ?" : config) (core \(BLASSetup.coreName()))"
    }

    /// "AMD EPYC (AuthenticAMD family 25 model 1), AVX2+FMA, 2 cores", from cpuid (HostSetup).
    static var hostCPU: String {
        let cpu = HostSetup.report().cpu
        return "\(cpu.brand.isEmpty ? cpu.vendor : cpu.brand) (\(cpu.vendor) family \(cpu.family) model \(cpu.model)), "
            + "\(cpu.isaSummary), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    /// The file a shared library was loaded from (from /proc/self/maps), e.g. libLLVM-14.so.1.
    static func loadedLibrary(_ stem: String) -> String? {
        // Read to the end: procfs files report size 0, so a sized read can come back short.
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/maps"),
              let maps = String(data: handle.readDataToEndOfFile(), encoding: .utf8) else { return nil }
        for line in maps.split(separator: "\n") {
            guard let path = line.split(separator: " ", omittingEmptySubsequences: true).last, path.hasPrefix("/") else { continue }
            if URL(fileURLWithPath: String(path)).lastPathComponent.hasPrefix(stem) { return String(path) }
        }
        return nil
    }
}
