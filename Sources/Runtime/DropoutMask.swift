/// The counter-based random stream behind `dropout`. Compiled code must reproduce it bit for bit,
/// so it is defined here once, as plain integer arithmetic:
///
///     key(seed)   = hash32(UInt32(bitPattern: seed) &* 0x9E3779B9 &+ 0x7F4A7C15)
///     h(index)    = hash32(hash32(UInt32(truncatingIfNeeded: index)) ^ key(seed))
///     keep(index) = (h >> 8) >= UInt32(rate · 2^24)          // 24-bit uniform vs threshold
///
/// where `hash32` is the murmur3 finalizer (a bijection on 32 bits). The kept elements are scaled
/// by 1/(1 − rate).
///
/// Why the seed and the index are hashed separately before they meet: graphs give each dropout
/// site its own seed as `seed + site` (docs/LANGUAGE.md, "Dropout"), so the seeds of two sites
/// differ by a small constant. Had the key been linear in the seed and XORed with the raw index
/// (`seed·φ ^ index`), two sites could share a mask up to a fixed XOR of the indices whenever their
/// keys differ only in the low bits; with both sides hashed, two different seeds give unrelated
/// streams (their elements agree only by chance, like two independent draws), and the key being a
/// bijection of the seed means two different seeds never give the same stream.
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

    /// The stream key of a seed: computed once per tensor.
    @inline(__always)
    public static func key(seed: Int32) -> UInt32 {
        hash32(UInt32(bitPattern: seed) &* 0x9E37_79B9 &+ 0x7F4A_7C15)
    }

    @inline(__always)
    public static func keep(key: UInt32, index: Int, threshold: UInt32) -> Bool {
        let h = hash32(hash32(UInt32(truncatingIfNeeded: index)) ^ key)
        return (h >> 8) >= threshold
    }

    @inline(__always)
    public static func keep(seed: Int32, index: Int, threshold: UInt32) -> Bool {
        keep(key: key(seed: seed), index: index, threshold: threshold)
    }
}
