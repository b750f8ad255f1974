import Foundation
import Testing
@testable import Runtime

/// cpuid tables of real CPU families and what eptc must choose on each. The AMD Zen 3 row is this
/// project's build machine, recorded with cpuid/xgetbv (AMD EPYC, family 25 model 1, KVM guest).
/// The Intel rows are assembled bit by bit from the Intel SDM (leaf 1, leaf 7.0, leaf 7.1, XCR0)
/// for the signatures named: the Xeon of the speed issue (family 6 model 207: AVX-512, BF16, FP16,
/// AMX), and a Haswell Xeon (family 6 model 63: AVX2, no AVX-512).
enum CPUTables {
    static let intel: [UInt32] = [0x20, 0x756e_6547, 0x6c65_746e, 0x4965_6e69]  // "GenuineIntel"

    /// AMD EPYC Zen 3 (recorded here).
    static let zen3 = CPUIDSnapshot(
        leaf0: [0x0000_000d, 0x6874_7541, 0x444d_4163, 0x6974_6e65],
        leaf1: [0x00a0_0f11, 0x0002_0800, 0xfffa_3203, 0x178b_fbff],
        leaf7: [0x0000_0000, 0x219c_07ab, 0x0040_0684, 0x0000_0010],
        leaf7s1: [0, 0, 0, 0], xcr0: 0x7, brand: "AMD EPYC")

    /// Intel Xeon family 6 model 207 (0xCF), stepping 2: AVX-512 F/DQ/CD/BW/VL/IFMA/VBMI/VNNI,
    /// AVX512_BF16 and AVX-VNNI (leaf 7.1), AVX512_FP16 and AMX-BF16/TILE/INT8 (leaf 7 edx);
    /// XCR0 = x87|SSE|AVX|opmask|ZMM_Hi256|Hi16_ZMM|PKRU|XTILECFG|XTILEDATA.
    static let xeon207 = CPUIDSnapshot(
        leaf0: intel,
        leaf1: [0x000c_06f2, 0x0010_0800, 0xfef8_3203, 0x1f8b_fbff],
        leaf7: [0x0000_0002, 0xf1bf_07a9, 0x0040_5f66, 0x03c1_4010],
        leaf7s1: [0x0000_0030, 0, 0, 0], xcr0: 0x602e7, brand: "Intel(R) Xeon(R) Processor")

    /// The same Xeon under an OS (or hypervisor) that does not save AVX-512 or AMX state.
    static let xeon207NoOSAVX512 = CPUIDSnapshot(
        leaf0: xeon207.leaf0, leaf1: xeon207.leaf1, leaf7: xeon207.leaf7, leaf7s1: xeon207.leaf7s1, xcr0: 0x7)

    /// Intel Xeon E5 v3 (Haswell-EP), family 6 model 63: AVX2 + FMA, no AVX-512.
    static let haswell = CPUIDSnapshot(
        leaf0: [0xf, 0x756e_6547, 0x6c65_746e, 0x4965_6e69],
        leaf1: [0x0003_06f2, 0x0010_0800, 0x7ed8_3203, 0x1f8b_fbff],
        leaf7: [0x0000_0000, 0x0000_37ab, 0x0000_0000, 0x0000_0000],
        leaf7s1: [0, 0, 0, 0], xcr0: 0x7)

    /// AMD Zen 4 (family 25 model 17): AVX-512 with BF16, no AMX.
    static let zen4 = CPUIDSnapshot(
        leaf0: [0x10, 0x6874_7541, 0x444d_4163, 0x6974_6e65],
        leaf1: [0x00a1_0f11, 0x0002_0800, 0xfef8_3203, 0x178b_fbff],
        leaf7: [0x0000_0001, 0xf1bf_07ab, 0x0040_5fce, 0x0000_0010],
        leaf7s1: [0x0000_0020, 0, 0, 0], xcr0: 0x2e7)

    /// Core tables Debian's OpenBLAS 0.3.21 exports (no SapphireRapids).
    static let debian0321: Set<String> = [
        "Prescott", "Core2", "Penryn", "Dunnington", "Nehalem", "Sandybridge", "Bulldozer", "Piledriver",
        "Steamroller", "Haswell", "Excavator", "Zen", "SkylakeX", "Cooperlake",
    ]
    static let allCores = Set(BLASCorePolicy.cores.map(\.name))
}

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
}
