import Runtime

/// cpuid tables of real CPU families and what eptc must choose on each. The AMD Zen 3 row is this
/// project's build machine, recorded with cpuid/xgetbv (AMD EPYC, family 25 model 1, KVM guest).
/// The Intel rows are assembled bit by bit from the Intel SDM (leaf 1, leaf 7.0, leaf 7.1, XCR0)
/// for the signatures named: the Xeon of the speed issue (family 6 model 207: AVX-512, BF16, FP16,
/// AMX), and a Haswell Xeon (family 6 model 63: AVX2, no AVX-512).
public enum CPUTables {
    public static let intel: [UInt32] = [0x20, 0x756e_6547, 0x6c65_746e, 0x4965_6e69]  // "GenuineIntel"

    /// AMD EPYC Zen 3 (recorded here).
    public static let zen3 = CPUIDSnapshot(
        leaf0: [0x0000_000d, 0x6874_7541, 0x444d_4163, 0x6974_6e65],
        leaf1: [0x00a0_0f11, 0x0002_0800, 0xfffa_3203, 0x178b_fbff],
        leaf7: [0x0000_0000, 0x219c_07ab, 0x0040_0684, 0x0000_0010],
        leaf7s1: [0, 0, 0, 0], xcr0: 0x7, brand: "AMD EPYC")

    /// Intel Xeon family 6 model 207 (0xCF), stepping 2: AVX-512 F/DQ/CD/BW/VL/IFMA/VBMI/VNNI,
    /// AVX512_BF16 and AVX-VNNI (leaf 7.1), AVX512_FP16 and AMX-BF16/TILE/INT8 (leaf 7 edx);
    /// XCR0 = x87|SSE|AVX|opmask|ZMM_Hi256|Hi16_ZMM|PKRU|XTILECFG|XTILEDATA.
    public static let xeon207 = CPUIDSnapshot(
        leaf0: intel,
        leaf1: [0x000c_06f2, 0x0010_0800, 0xfef8_3203, 0x1f8b_fbff],
        leaf7: [0x0000_0002, 0xf1bf_07a9, 0x0040_5f66, 0x03c1_4010],
        leaf7s1: [0x0000_0030, 0, 0, 0], xcr0: 0x602e7, brand: "Intel(R) Xeon(R) Processor")

    /// The same Xeon under an OS (or hypervisor) that does not save AVX-512 or AMX state.
    public static let xeon207NoOSAVX512 = CPUIDSnapshot(
        leaf0: xeon207.leaf0, leaf1: xeon207.leaf1, leaf7: xeon207.leaf7, leaf7s1: xeon207.leaf7s1, xcr0: 0x7)

    /// Intel Xeon E5 v3 (Haswell-EP), family 6 model 63: AVX2 + FMA, no AVX-512.
    public static let haswell = CPUIDSnapshot(
        leaf0: [0xf, 0x756e_6547, 0x6c65_746e, 0x4965_6e69],
        leaf1: [0x0003_06f2, 0x0010_0800, 0x7ed8_3203, 0x1f8b_fbff],
        leaf7: [0x0000_0000, 0x0000_37ab, 0x0000_0000, 0x0000_0000],
        leaf7s1: [0, 0, 0, 0], xcr0: 0x7)

    /// AMD Zen 4 (family 25 model 17): AVX-512 with BF16, no AMX.
    public static let zen4 = CPUIDSnapshot(
        leaf0: [0x10, 0x6874_7541, 0x444d_4163, 0x6974_6e65],
        leaf1: [0x00a1_0f11, 0x0002_0800, 0xfef8_3203, 0x178b_fbff],
        leaf7: [0x0000_0001, 0xf1bf_07ab, 0x0040_5fce, 0x0000_0010],
        leaf7s1: [0x0000_0020, 0, 0, 0], xcr0: 0x2e7)

    /// Core tables Debian's OpenBLAS 0.3.21 exports (no SapphireRapids).
    public static let debian0321: Set<String> = [
        "Prescott", "Core2", "Penryn", "Dunnington", "Nehalem", "Sandybridge", "Bulldozer", "Piledriver",
        "Steamroller", "Haswell", "Excavator", "Zen", "SkylakeX", "Cooperlake",
    ]
    public static let allCores = Set(BLASCorePolicy.cores.map(\.name))
}
