/// The counter-based random stream behind `dropout`. Compiled code must reproduce it bit for bit,
/// so it is defined here once, as plain integer arithmetic:
///
///     h = hash32(UInt32(bitPattern: seed) &* 0x9E3779B9 ^ UInt32(truncatingIfNeeded: index))
///     keep(index) = (h >> 8) >= UInt32(rate · 2^24)          // 24-bit uniform vs threshold
///
/// where `hash32` is the murmur3 finalizer. The kept elements are scaled by 1/(1 − rate).
public enum DropoutMask {
    @inline(__always)
    public static func hash32(_ x: UInt32) -> UInt32 {
        var h = x
        h ^= h >> 16
        h &*= 0x85EB_CA6B
        h ^= h >> 13
        h &*= 0xC2B2_AE35
        h ^= h >> 16
        return h
    }

    @inline(__always)
    public static func threshold(rate: Double) -> UInt32 { UInt32((rate * 16_777_216).rounded(.down)) }

    @inline(__always)
    public static func keep(seed: Int32, index: Int, threshold: UInt32) -> Bool {
        let h = hash32((UInt32(bitPattern: seed) &* 0x9E37_79B9) ^ UInt32(truncatingIfNeeded: index))
        return (h >> 8) >= threshold
    }
}
