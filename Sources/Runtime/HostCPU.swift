import CHostCPU

/// The raw cpuid words the host policy reads, as the CPU returns them. Recorded tables of these
/// (Tests/RuntimeTests/HostCPUTests.swift) drive the choice tests, so the decoding below is the
/// only place that knows bit positions.
public struct CPUIDSnapshot: Hashable, Sendable, Codable {
    /// Leaf 0: max leaf in eax; vendor in ebx, edx, ecx.
    public var leaf0: [UInt32]
    /// Leaf 1: eax signature, ebx, ecx and edx feature words.
    public var leaf1: [UInt32]
    /// Leaf 7 subleaf 0: eax, ebx, ecx, edx feature words.
    public var leaf7: [UInt32]
    /// Leaf 7 subleaf 1: eax (AVX-VNNI, AVX512_BF16), ebx, ecx, edx.
    public var leaf7s1: [UInt32]
    /// XCR0: the register states the OS saves (0 when xgetbv is not enabled).
    public var xcr0: UInt64
    /// The brand string (leaves 0x80000002-4), for display only.
    public var brand: String

    public init(leaf0: [UInt32], leaf1: [UInt32], leaf7: [UInt32], leaf7s1: [UInt32], xcr0: UInt64, brand: String = "") {
        self.leaf0 = leaf0
        self.leaf1 = leaf1
        self.leaf7 = leaf7
        self.leaf7s1 = leaf7s1
        self.xcr0 = xcr0
        self.brand = brand
    }

    /// Reads this machine's cpuid (all zero off x86-64).
    public static func current() -> CPUIDSnapshot {
        func leaf(_ l: UInt32, _ s: UInt32 = 0) -> [UInt32] {
            var r: [UInt32] = [0, 0, 0, 0]
            _ = r.withUnsafeMutableBufferPointer { eptc_cpuid(l, s, $0.baseAddress) }
            return r
        }
        var brandBytes: [UInt8] = []
        for l in UInt32(0x8000_0002)...0x8000_0004 {
            for word in leaf(l) { for k in 0..<4 { brandBytes.append(UInt8((word >> (8 * k)) & 0xFF)) } }
        }
        let brand = String(decoding: brandBytes.prefix { $0 != 0 }, as: UTF8.self)
            .split(separator: " ").joined(separator: " ")
        return CPUIDSnapshot(leaf0: leaf(0), leaf1: leaf(1), leaf7: leaf(7), leaf7s1: leaf(7, 1), xcr0: eptc_xcr0(),
                             brand: brand)
    }
}

/// An instruction-set feature the policy cares about. `usable` features are both reported by
/// cpuid and enabled by the OS (XCR0): an AVX-512 CPU under an OS that does not save ZMM state
/// cannot run AVX-512 code.
public enum CPUFeature: String, CaseIterable, Hashable, Sendable, Codable {
    case sse3, ssse3, sse41, sse42, avx, fma, avx2
    case avx512f, avx512dq, avx512cd, avx512bw, avx512vl, avx512bf16, avx512fp16
    case amxTile = "amx-tile", amxBF16 = "amx-bf16", amxInt8 = "amx-int8"
}

/// What the host CPU is and can run, decoded from a `CPUIDSnapshot`.
public struct HostCPU: Hashable, Sendable {
    public var vendor: String
    public var family: Int
    public var model: Int
    public var stepping: Int
    public var brand: String
    /// Features the CPU reports and the OS has enabled.
    public var features: Set<CPUFeature>

    public init(_ s: CPUIDSnapshot) {
        func reg(_ a: [UInt32], _ i: Int) -> UInt32 { i < a.count ? a[i] : 0 }
        func bit(_ word: UInt32, _ b: Int) -> Bool { word & (1 << UInt32(b)) != 0 }
        var vendorBytes: [UInt8] = []
        for word in [reg(s.leaf0, 1), reg(s.leaf0, 3), reg(s.leaf0, 2)] {
            for k in 0..<4 { vendorBytes.append(UInt8((word >> (8 * k)) & 0xFF)) }
        }
        vendor = String(decoding: vendorBytes.prefix { $0 != 0 }, as: UTF8.self)
        // Signature: stepping 3:0, model 7:4, family 11:8, extended model 19:16, extended family 27:20.
        let sig = reg(s.leaf1, 0)
        let baseFamily = Int((sig >> 8) & 0xF), baseModel = Int((sig >> 4) & 0xF)
        family = baseFamily == 0xF ? baseFamily + Int((sig >> 20) & 0xFF) : baseFamily
        model = (baseFamily == 0x6 || baseFamily == 0xF) ? baseModel | Int((sig >> 16) & 0xF) << 4 : baseModel
        stepping = Int(sig & 0xF)
        brand = s.brand

        let ecx1 = reg(s.leaf1, 2)
        let maxLeaf = reg(s.leaf0, 0)
        let ebx7 = maxLeaf >= 7 ? reg(s.leaf7, 1) : 0
        let edx7 = maxLeaf >= 7 ? reg(s.leaf7, 3) : 0
        let eax7s1 = maxLeaf >= 7 ? reg(s.leaf7s1, 0) : 0
        // OS support (XCR0): SSE+AVX state (bits 1, 2); AVX-512 opmask + ZMM (5, 6, 7); AMX tiles (17, 18).
        let osAVX = bit(ecx1, 27) && s.xcr0 & 0x6 == 0x6
        let osAVX512 = osAVX && s.xcr0 & 0xE0 == 0xE0
        let osAMX = s.xcr0 & 0x6_0000 == 0x6_0000
        var f: Set<CPUFeature> = []
        if bit(ecx1, 0) { f.insert(.sse3) }
        if bit(ecx1, 9) { f.insert(.ssse3) }
        if bit(ecx1, 19) { f.insert(.sse41) }
        if bit(ecx1, 20) { f.insert(.sse42) }
        if osAVX {
            if bit(ecx1, 28) { f.insert(.avx) }
            if bit(ecx1, 12) { f.insert(.fma) }
            if bit(ebx7, 5) { f.insert(.avx2) }
        }
        if osAVX512 && bit(ebx7, 16) {
            f.insert(.avx512f)
            if bit(ebx7, 17) { f.insert(.avx512dq) }
            if bit(ebx7, 28) { f.insert(.avx512cd) }
            if bit(ebx7, 30) { f.insert(.avx512bw) }
            if bit(ebx7, 31) { f.insert(.avx512vl) }
            if bit(eax7s1, 5) { f.insert(.avx512bf16) }
            if bit(edx7, 23) { f.insert(.avx512fp16) }
        }
        if osAMX && bit(edx7, 24) {
            f.insert(.amxTile)
            if bit(edx7, 22) { f.insert(.amxBF16) }
            if bit(edx7, 25) { f.insert(.amxInt8) }
        }
        features = f
    }

    /// This machine, read once.
    public static let current = HostCPU(CPUIDSnapshot.current())

    public func has(_ feature: CPUFeature) -> Bool { features.contains(feature) }

    /// The AVX-512 subset OpenBLAS's SkylakeX kernels and LLVM's skylake-avx512 code need.
    public var hasAVX512Core: Bool {
        [.avx512f, .avx512dq, .avx512cd, .avx512bw, .avx512vl].allSatisfy(features.contains)
    }

    /// "AVX2", "AVX-512", "AVX-512+BF16+AMX": the widest ISA, for headers.
    public var isaSummary: String {
        var parts: [String] = []
        if hasAVX512Core { parts.append("AVX-512") } else if has(.avx2) { parts.append(has(.fma) ? "AVX2+FMA" : "AVX2") }
        else if has(.avx) { parts.append("AVX") } else if has(.sse42) { parts.append("SSE4.2") } else { parts.append("SSE") }
        if has(.avx512bf16) { parts.append("BF16") }
        if has(.amxTile) { parts.append("AMX") }
        return parts.joined(separator: "+")
    }

    /// What tells two CPUs apart for anything measured or checked once per machine: vendor,
    /// family, model, stepping and the usable features. Two machines with the same chip but a
    /// different feature set (a hypervisor hiding AVX-512, an OS not saving ZMM state) differ.
    public var identity: String {
        "\(vendor)-\(family)-\(model)-\(stepping)|" + features.map(\.rawValue).sorted().joined(separator: ",")
    }

    /// "AuthenticAMD family 25 model 1 (AMD EPYC)".
    public var summary: String {
        "\(vendor) family \(family) model \(model)" + (brand.isEmpty ? "" : " (\(brand))")
    }
}
