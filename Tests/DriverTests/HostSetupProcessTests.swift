import Foundation
import Runtime
import Testing

/// The OpenBLAS core switch end to end, in fresh `eptc host` processes (the switch happens once
/// at start-up, so it cannot be exercised inside this test process). `EPTC_TEST_OPENBLAS_DETECTS`
/// makes the process start on the core type Debian's OpenBLAS detects on CPUs it does not know
/// (Prescott), whatever this machine is.
@Suite struct HostSetupProcessTests {
    func host(_ environment: [String: String]) throws -> String {
        let binary = AOTProcessTests.executable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no eptc binary at \(binary.path)")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["host", "--sgemm-size", "0"]
        var env = ProcessInfo.processInfo.environment
        env["OPENBLAS_CORETYPE"] = nil
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "eptc host failed: \(text)")
        return text
    }

    /// From Prescott to the best core this CPU runs, self-checked the first time, cached after.
    @Test func switchesFromAWeakCoreAndCachesTheCheck() throws {
        let cache = NSTemporaryDirectory() + "eptc-host-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        guard let best = BLASCorePolicy.best(for: HostCPU.current, available: BLASSetup.availableCores()),
              best.rank > 1 else { return }  // nothing stronger than Prescott here
        let env = ["EPTC_TEST_OPENBLAS_DETECTS": "Prescott", "XDG_CACHE_HOME": cache]
        let first = try host(env)
        #expect(first.contains("core \(best.name) (chosen by eptc over OpenBLAS's Prescott; self-check passed:"), "\(first)")
        let second = try host(env)
        #expect(second.contains("core \(best.name) (chosen by eptc over OpenBLAS's Prescott; self-check passed (cached))"),
                "\(second)")
    }

    /// A failed self-check falls back to OpenBLAS's own choice and says so.
    @Test func failedCheckFallsBack() throws {
        let cache = NSTemporaryDirectory() + "eptc-host-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let out = try host(["EPTC_TEST_OPENBLAS_DETECTS": "Prescott", "XDG_CACHE_HOME": cache,
                            "EPTC_TEST_FAIL_BLAS_CHECK": "1"])
        #expect(out.contains("core Prescott (OpenBLAS's own; eptc's "), "\(out)")
        #expect(out.contains("failed its check"), "\(out)")
    }

    /// The user's OPENBLAS_CORETYPE wins, even when it is weaker than what eptc would choose.
    @Test func userCoreTypeWins() throws {
        let out = try host(["OPENBLAS_CORETYPE": "Prescott", "EPTC_TEST_OPENBLAS_DETECTS": "Prescott"])
        #expect(out.contains("core Prescott (OPENBLAS_CORETYPE set by the user)"), "\(out)")
    }
}
