import Foundation
import Runtime
import TestSupport
import Testing

/// The OpenBLAS core switch end to end, in fresh `eptc host` processes (the switch happens once
/// at start-up, so it cannot be exercised inside this test process). `eptc host`'s hidden
/// `--pretend-openblas-detects Prescott` makes the process start on the core type Debian's OpenBLAS
/// detects on CPUs it does not know, whatever this machine is.
@Suite struct HostSetupProcessTests {
    static let prescott = ["host", "--sgemm-size", "0", "--pretend-openblas-detects", "Prescott"]

    func host(_ environment: [String: String], arguments: [String] = Self.prescott) throws -> String {
        let binary = AOTProcessTests.executable
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), "no eptc binary at \(binary.path)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
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
        // What this CPU should switch to is decided by the policy (tested on recorded CPUs in
        // HostCPUTests); here the switch itself runs, so it needs a CPU with a stronger core.
        guard let best = BLASCorePolicy.best(for: HostCPU.current, available: BLASSetup.availableCores()),
              best.rank > 1 else {
            try Test.cancel("this CPU (\(HostCPU.current.summary)) runs no OpenBLAS core stronger than Prescott")
        }
        let env = ["XDG_CACHE_HOME": cache]
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
        let out = try host(["XDG_CACHE_HOME": cache], arguments: Self.prescott + ["--fail-blas-check"])
        #expect(out.contains("core Prescott (OpenBLAS's own; eptc's "), "\(out)")
        #expect(out.contains("failed its check"), "\(out)")
    }

    /// The user's OPENBLAS_CORETYPE wins, even when it is weaker than what eptc would choose.
    @Test func userCoreTypeWins() throws {
        let cache = NSTemporaryDirectory() + "eptc-host-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: cache) }
        let out = try host(["OPENBLAS_CORETYPE": "Prescott", "EPTC_CACHE_DIR": cache])
        #expect(out.contains("core Prescott (OPENBLAS_CORETYPE set by the user)"), "\(out)")
    }

    /// OpenBLAS's idle workers sleep at once after start-up (its threads restarted with the
    /// shortest spin), BLAS still runs on every thread afterwards, and the user's
    /// OPENBLAS_THREAD_TIMEOUT wins. With one BLAS thread there is no worker to park.
    @Test func idleBLASWorkersSleepUnlessTheUserSetsTheirSpin() throws {
        let arguments = ["host", "--sgemm-size", "128"]
        let parked = try host([:], arguments: arguments)
        // The child's own BLAS thread count (this process's may have been limited by other tests).
        let threads = try #require(parked.firstMatch(of: #/threads: kernels \d+, BLAS (\d+) /#).flatMap { Int($0.1) },
                                   "no thread counts in \(parked)")
        if threads > 1 {
            #expect(parked.contains("BLAS \(threads) (idle BLAS workers sleep at once)"), "\(parked)")
        } else {
            #expect(parked.contains("(idle BLAS workers spin (one BLAS thread: no workers))"), "\(parked)")
        }
        #expect(parked.contains("sgemm 128×128×128: "), "\(parked)")
        let user = try host(["OPENBLAS_THREAD_TIMEOUT": "12"], arguments: arguments)
        #expect(user.contains("(idle BLAS workers spin 2^12 cycles (OPENBLAS_THREAD_TIMEOUT set by the user))"), "\(user)")
    }

    /// Everything eptc caches goes to EPTC_CACHE_DIR when it is set — the compile cache, the
    /// BLAS self-check and the vector-width measurement — and nothing under HOME.
    @Test func cachesGoToEPTCCacheDirOnly() throws {
        let home = NSTemporaryDirectory() + "eptc-home-\(UUID().uuidString)"
        let cache = NSTemporaryDirectory() + "eptc-cache-\(UUID().uuidString)"
        defer { for d in [home, cache] { try? FileManager.default.removeItem(atPath: d) } }
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        let env = ["HOME": home, "EPTC_CACHE_DIR": cache, "XDG_CACHE_HOME": ""]
        _ = try host(env, arguments: ["compile", repositoryRoot + "/graphs/mlp.graph"])
        _ = try host(env)  // the BLAS self-check, from Prescott
        #expect(try FileManager.default.contentsOfDirectory(atPath: home).isEmpty, "written under HOME")
        let written = FileManager.default.enumerator(atPath: cache)?.allObjects.compactMap { $0 as? String } ?? []
        #expect(written.contains { $0.hasSuffix("manifest.json") }, "no compile cache entry in \(written)")
        // What the child measured depends on the CPU it ran on; both kinds are checked, each way:
        // a CPU with a core stronger than Prescott self-checks it (and caches that), one without
        // has nothing to check; an AVX-512 CPU measures its vector width (cached), an AVX2 one has
        // a single width and caches nothing. The choices themselves are tested on recorded CPUs.
        let switches = BLASCorePolicy.best(for: HostCPU.current, available: BLASSetup.availableCores()).map { $0.rank > 1 } ?? false
        #expect(written.contains { $0.hasPrefix("host/blas-check-") } == switches, "\(HostCPU.current.summary): \(written)")
        let measures = BLASCorePolicy.vectorWidthCandidates(for: HostCPU.current).count > 1
        #expect(written.contains { $0.hasPrefix("host/vector-width-") } == measures, "\(HostCPU.current.summary): \(written)")
    }
}
