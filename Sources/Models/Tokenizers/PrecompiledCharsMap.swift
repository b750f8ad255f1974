/// SentencePiece's precompiled normalization rules (e.g. "nmt_nfkc"): a blob holding a
/// little-endian UInt32 trie size, a darts-clone double-array trie over UTF-8 byte strings, and a
/// pool of NUL-terminated replacement strings the trie's values point into. Normalizing takes, at
/// each position, the longest input prefix the trie knows and emits its replacement; where none
/// matches, one UTF-8 character is copied (an invalid byte becomes U+FFFD), as `sentencepiece` does.
struct PrecompiledCharsMap {
    private let units: [UInt32]
    private let pool: [UInt8]

    struct Invalid: Error { let reason: String }

    init(_ blob: [UInt8]) throws {
        guard blob.count >= 4 else { throw Invalid(reason: "precompiled_charsmap is shorter than its size field") }
        let trieSize = Int(UInt32(blob[0]) | UInt32(blob[1]) << 8 | UInt32(blob[2]) << 16 | UInt32(blob[3]) << 24)
        guard trieSize % 4 == 0, trieSize <= blob.count - 4, trieSize >= 4 else {
            throw Invalid(reason: "precompiled_charsmap trie size \(trieSize) does not fit the \(blob.count)-byte blob")
        }
        var units = [UInt32](repeating: 0, count: trieSize / 4)
        for i in 0..<units.count {
            let b = 4 + 4 * i
            units[i] = UInt32(blob[b]) | UInt32(blob[b + 1]) << 8 | UInt32(blob[b + 2]) << 16 | UInt32(blob[b + 3]) << 24
        }
        self.units = units
        pool = Array(blob[(4 + trieSize)...])
    }

    // darts-clone unit layout.
    @inline(__always) private func hasLeaf(_ u: UInt32) -> Bool { (u >> 8) & 1 == 1 }
    @inline(__always) private func value(_ u: UInt32) -> Int { Int(u & 0x7FFF_FFFF) }
    @inline(__always) private func label(_ u: UInt32) -> UInt32 { u & (0x8000_0000 | 0xFF) }
    @inline(__always) private func offset(_ u: UInt32) -> Int { Int((u >> 10) << ((u & (1 << 9)) >> 6)) }

    /// The longest match at `start`: (matched byte count, replacement pool offset), or nil.
    func longestMatch(_ input: [UInt8], from start: Int) -> (length: Int, value: Int)? {
        var node = offset(units[0])
        var best: (Int, Int)?
        var i = start
        while i < input.count {
            let byte = input[i]
            node ^= Int(byte)
            guard node >= 0, node < units.count else { return best }
            let unit = units[node]
            guard label(unit) == UInt32(byte) else { return best }
            node ^= offset(unit)
            i += 1
            if hasLeaf(unit) {
                guard node < units.count else { return best }
                best = (i - start, value(units[node]))
            }
        }
        return best
    }

    /// The replacement bytes for a pool offset (up to its NUL), or nil when it points outside.
    func replacement(at offset: Int) -> ArraySlice<UInt8>? {
        guard offset >= 0, offset < pool.count else { return nil }
        var end = offset
        while end < pool.count && pool[end] != 0 { end += 1 }
        return pool[offset..<end]
    }
}

/// UTF-8 helpers shared by the SentencePiece code.
enum UTF8Scan {
    /// Length of the well-formed UTF-8 character starting at `i`, or nil when malformed.
    static func characterLength(_ s: [UInt8], at i: Int) -> Int? {
        let b0 = s[i]
        let n: Int
        switch b0 {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: n = 2
        case 0xE0...0xEF: n = 3
        case 0xF0...0xF4: n = 4
        default: return nil
        }
        guard i + n <= s.count else { return nil }
        for k in 1..<n where s[i + k] & 0xC0 != 0x80 { return nil }
        // Reject overlong forms and surrogates, as a strict decoder does.
        let b1 = s[i + 1]
        if b0 == 0xE0 && b1 < 0xA0 { return nil }
        if b0 == 0xED && b1 > 0x9F { return nil }
        if b0 == 0xF0 && b1 < 0x90 { return nil }
        if b0 == 0xF4 && b1 > 0x8F { return nil }
        return n
    }

    /// sentencepiece's OneCharLen: length from the lead byte only.
    static func leadLength(_ b: UInt8) -> Int {
        switch b >> 4 {
        case 0xC, 0xD: return 2
        case 0xE: return 3
        case 0xF: return 4
        default: return 1
        }
    }
}
