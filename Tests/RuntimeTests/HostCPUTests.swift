import Foundation
import HostTestSupport
import Support
import Testing
@testable import Runtime

@Suite struct HostCPUTests {
    @Test func decodesSignaturesAndFeatures() {
        let zen3 = HostCPU(CPUTables.zen3)
        #expect(zen3.vendor == "AuthenticAMD" && zen3.family == 25 && zen3.model == 1 && zen3.stepping == 1)
        #expect(zen3.features == [.sse3, .ssse3, .sse41, .sse42, .avx, .fma, .avx2])
        #expect(zen3.isaSummary == "AVX2+FMA")

        let xeon = HostCPU(CPUTables.xeon207)
        #expect(xeon.vendor == "GenuineIntel" && xeon.family == 6 && xeon.model == 207)
        #expect(xeon.hasAVX512Core && xeon.has(.avx512bf16) && xeon.has(.avx512fp16))
        #expect(xeon.has(.amxTile) && xeon.has(.amxBF16) && xeon.has(.amxInt8))
        #expect(xeon.isaSummary == "AVX-512+BF16+AMX")

        let haswell = HostCPU(CPUTables.haswell)
        #expect(haswell.family == 6 && haswell.model == 63)
        #expect(haswell.has(.avx2) && haswell.has(.fma) && !haswell.has(.avx512f))

        let zen4 = HostCPU(CPUTables.zen4)
        #expect(zen4.family == 25 && zen4.model == 17 && zen4.hasAVX512Core && zen4.has(.avx512bf16) && !zen4.has(.amxTile))
    }

    /// Features the OS does not save state for are not usable: no AVX-512, no AMX.
    @Test func osSupportGatesWideRegisters() {
        let cpu = HostCPU(CPUTables.xeon207NoOSAVX512)
        #expect(cpu.has(.avx2) && !cpu.has(.avx512f) && !cpu.has(.avx512bf16) && !cpu.has(.amxTile))
        #expect(BLASCorePolicy.best(for: cpu, available: CPUTables.debian0321)?.name == "Haswell")
        #expect(BLASCorePolicy.vectorWidthCandidates(for: cpu) == [256])
    }

    /// The issue's machine: Debian's OpenBLAS detects Prescott; eptc switches to Cooperlake.
    @Test func xeon207GetsCooperlakeOverPrescott() {
        let cpu = HostCPU(CPUTables.xeon207)
        let d = BLASCorePolicy.decide(cpu: cpu, own: "Prescott", available: CPUTables.debian0321, userSetting: nil,
                                      dynamicArch: true)
        #expect(d == .force(core: "Cooperlake", over: "Prescott"))
        // A library that has SapphireRapids kernels: the CPU runs them (AMX state enabled).
        #expect(BLASCorePolicy.best(for: cpu, available: CPUTables.allCores)?.name == "SapphireRapids")
        // Already right: kept.
        guard case .keep = BLASCorePolicy.decide(cpu: cpu, own: "Cooperlake", available: CPUTables.debian0321,
                                                 userSetting: nil, dynamicArch: true) else {
            Issue.record("a correct own choice must be kept")
            return
        }
        #expect(BLASCorePolicy.vectorWidthCandidates(for: cpu) == [512, 256])
    }

    /// Zen 3: AVX2, no AVX-512, no FMA4. OpenBLAS's own Zen is kept; from Prescott it goes to Zen,
    /// never to SkylakeX (AVX-512) nor to the FMA4 kernels of Excavator/Piledriver (SIGILL).
    @Test func zen3NeverGetsAVX512OrFMA4Kernels() {
        let cpu = HostCPU(CPUTables.zen3)
        for available in [CPUTables.debian0321, CPUTables.allCores] {
            #expect(BLASCorePolicy.best(for: cpu, available: available)?.name == "Zen")
            #expect(BLASCorePolicy.decide(cpu: cpu, own: "Prescott", available: available, userSetting: nil,
                                          dynamicArch: true) == .force(core: "Zen", over: "Prescott"))
        }
        guard case .keep = BLASCorePolicy.decide(cpu: cpu, own: "Zen", available: CPUTables.debian0321,
                                                 userSetting: nil, dynamicArch: true) else {
            Issue.record("Zen must be kept on Zen 3")
            return
        }
        #expect(BLASCorePolicy.vectorWidthCandidates(for: cpu) == [256])
    }

    @Test func olderIntelGetsHaswell() {
        let cpu = HostCPU(CPUTables.haswell)
        #expect(BLASCorePolicy.best(for: cpu, available: CPUTables.allCores)?.name == "Haswell")
        #expect(BLASCorePolicy.decide(cpu: cpu, own: "Sandybridge", available: CPUTables.debian0321, userSetting: nil,
                                      dynamicArch: true) == .force(core: "Haswell", over: "Sandybridge"))
        #expect(BLASCorePolicy.vectorWidthCandidates(for: cpu) == [256])
    }

    /// Whatever the table and library, the chosen core's kernels only use usable features.
    @Test func chosenCoreIsAlwaysRunnable() {
        for table in [CPUTables.zen3, CPUTables.zen4, CPUTables.xeon207, CPUTables.xeon207NoOSAVX512, CPUTables.haswell] {
            let cpu = HostCPU(table)
            for available in [CPUTables.debian0321, CPUTables.allCores] {
                let best = BLASCorePolicy.best(for: cpu, available: available)
                #expect(best != nil)
                if let best { #expect(best.choosable && best.requires.isSubset(of: cpu.features), "\(cpu.summary): \(best.name)") }
            }
        }
    }

    /// `OPENBLAS_CORETYPE` from the user wins over every choice, even a weaker one; empty is unset.
    @Test func userCoreTypeWins() {
        let cpu = HostCPU(CPUTables.xeon207)
        #expect(BLASCorePolicy.decide(cpu: cpu, own: "Haswell", available: CPUTables.debian0321, userSetting: "Haswell",
                                      dynamicArch: true) == .user("Haswell"))
        #expect(BLASCorePolicy.decide(cpu: cpu, own: "Prescott", available: CPUTables.debian0321, userSetting: "",
                                      dynamicArch: true) == .force(core: "Cooperlake", over: "Prescott"))
    }

    /// Unknown or single-core libraries are left alone.
    @Test func unknownOwnChoiceOrStaticBuildIsKept() {
        let cpu = HostCPU(CPUTables.xeon207)
        for (own, dynamic) in [("Bobcat", true), ("Prescott", false)] {
            guard case .keep = BLASCorePolicy.decide(cpu: cpu, own: own, available: CPUTables.debian0321,
                                                     userSetting: nil, dynamicArch: dynamic) else {
                Issue.record("\(own), dynamic \(dynamic): must keep")
                continue
            }
        }
    }

    /// The self-check passes with the core in use here, and its outcome round-trips the cache.
    @Test func selfCheckPassesAndIsCached() throws {
        let result = SgemmSelfCheck.run()
        #expect(result.passed, "\(result.detail)")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-hostcache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = HostCheckCache(directory: dir)
        let key = HostCheckCache.Key(cpu: HostCPU(CPUTables.xeon207), blasConfig: "OpenBLAS 0.3.21", core: "Cooperlake")
        #expect(cache.lookup(key) == nil)
        cache.store(key, .init(passed: false, detail: "x"))
        #expect(cache.lookup(key)?.passed == false)
        #expect(HostCheckCache(directory: nil).lookup(key) == nil)
    }

    /// A self-check stored for one CPU is not read for another of the same family, model and
    /// stepping whose usable features differ (here: the OS does not save AVX-512 state), nor
    /// from a file whose recorded key is another's.
    @Test func selfCheckCacheIsPerCPUIdentity() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-hostcache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = HostCheckCache(directory: dir)
        let full = HostCPU(CPUTables.xeon207), masked = HostCPU(CPUTables.xeon207NoOSAVX512)
        #expect((full.family, full.model, full.stepping) == (masked.family, masked.model, masked.stepping))
        #expect(full.identity != masked.identity)
        let key = HostCheckCache.Key(cpu: full, blasConfig: "OpenBLAS 0.3.21", core: "SkylakeX")
        let other = HostCheckCache.Key(cpu: masked, blasConfig: "OpenBLAS 0.3.21", core: "SkylakeX")
        cache.store(key, .init(passed: true, detail: "checked on the full Xeon"))
        #expect(cache.lookup(key)?.passed == true)
        #expect(cache.lookup(other) == nil)
        // The file names its key; one moved under another key's name is not trusted.
        let files = try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
        cache.store(other, .init(passed: false, detail: "x"))
        let otherFile = try #require(try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)
            .first { !files.contains($0) })
        try FileManager.default.removeItem(at: otherFile)
        try FileManager.default.copyItem(at: files[0], to: otherFile)
        #expect(cache.lookup(other) == nil)
    }

    /// One cache folder for everything eptc caches: EPTC_CACHE_DIR first, then XDG, then HOME.
    @Test func cacheFolderHonoursEPTCCacheDir() {
        let all = ["EPTC_CACHE_DIR": "/c", "XDG_CACHE_HOME": "/x", "HOME": "/h"]
        #expect(CacheFolder.resolve(all)?.path == "/c")
        #expect(CacheFolder.host(all)?.path == "/c/host")
        #expect(CacheFolder.resolve(["EPTC_CACHE_DIR": "", "XDG_CACHE_HOME": "/x", "HOME": "/h"])?.path == "/x/eptc")
        #expect(CacheFolder.resolve(["HOME": "/h"])?.path == "/h/.cache/eptc")
        #expect(CacheFolder.resolve([:]) == nil)
    }
}
