import Foundation
import IR
import Runtime
import Support
import Tasks

/// What keeps the ranks of a data-parallel job identical: rank 0's state broadcast at the start
/// (fresh or resumed: rank 0 alone reads the run folder), a check at every evaluation that no rank
/// drifted, and evaluation predictions shared so every rank computes the same metrics.
extension DataParallel {
    /// Rank 0's non-frozen weights (trainable and optimizer state) and position, on every rank.
    /// One broadcast: the position as JSON, then every tensor's bytes in weight order.
    func broadcastState(_ store: WeightStore, position: TrainingPosition) throws -> TrainingPosition {
        var bytes: [UInt8] = []
        if rank == 0 {
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let json = [UInt8](try encoder.encode(position))
            withUnsafeBytes(of: UInt64(json.count).littleEndian) { bytes += $0 }
            bytes += json
            for (i, w) in store.weights.enumerated() where w.role != .frozen { Self.append(store[i], to: &bytes) }
        }
        try collective.broadcast(&bytes, root: 0)
        guard rank != 0 else { return position }
        guard bytes.count >= 8 else { throw UserError("rank \(rank): rank 0 sent no state") }
        let length = Int(bytes[0..<8].enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) })
        guard length <= bytes.count - 8,
              let received = try? JSONDecoder().decode(TrainingPosition.self, from: Data(bytes[8..<(8 + length)])) else {
            throw UserError("rank \(rank): rank 0's training position does not decode")
        }
        var offset = 8 + length
        var values: [(Int, Tensor)] = []
        for (i, w) in store.weights.enumerated() where w.role != .frozen {
            let size = w.type.byteCount
            guard offset + size <= bytes.count else { throw UserError("rank \(rank): rank 0's state is shorter than this rank's") }
            values.append((i, bytes.withUnsafeBytes { Tensor(w.type, copyingFrom: $0.baseAddress! + offset) }))
            offset += size
        }
        guard offset == bytes.count else { throw UserError("rank \(rank): rank 0's state is longer than this rank's") }
        for (i, t) in values { store[i] = t }
        return received
    }

    /// Whether every rank holds bit-identical non-frozen state: each rank's hash and its complement
    /// are max-reduced; all hashes are equal exactly when max(h) == ~max(~h).
    func statesAgree(_ store: WeightStore) throws -> Bool {
        var hash = StateHash()
        for (i, w) in store.weights.enumerated() where w.role != .frozen {
            var bytes: [UInt8] = []
            Self.append(store[i], to: &bytes)
            hash.add(bytes)
        }
        var values = [hash.value, ~hash.value]
        try collective.allReduceMax(&values)
        return values[0] == ~values[1]
    }

    /// Every example's prediction on every rank, from the ranks that made them (`mine`): two
    /// doubles per example (kind, value) summed across ranks, where only the predicting rank
    /// writes non-zeros. Predictions rather than confusion counts, so that any metric — Pearson
    /// and Spearman included — comes out the same as a single process's.
    func share(_ predictions: [Label?], mine: [Bool]) throws -> [Label?] {
        var buffer = [Double](repeating: 0, count: 2 * predictions.count)
        for (i, p) in predictions.enumerated() where mine[i] {
            switch p {
            case .index(let k)?: (buffer[2 * i], buffer[2 * i + 1]) = (1, Double(k))
            case .score(let s)?: (buffer[2 * i], buffer[2 * i + 1]) = (2, s)
            case nil: buffer[2 * i] = 3
            }
        }
        try collective.allReduceSum(&buffer)
        return predictions.indices.map { i in
            switch buffer[2 * i] {
            case 1: return .index(Int(buffer[2 * i + 1]))
            case 2: return .score(buffer[2 * i + 1])
            default: return nil
            }
        }
    }

    static func append(_ t: Tensor, to bytes: inout [UInt8]) {
        switch t.storage {
        case .f32(let a): a.withUnsafeBytes { bytes += $0 }
        case .f64(let a): a.withUnsafeBytes { bytes += $0 }
        case .i32(let a): a.withUnsafeBytes { bytes += $0 }
        }
    }
}

/// FNV-1a over 64-bit words (the tail bytes one by one): a fingerprint, not a cryptographic hash.
struct StateHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for k in 0..<words { mix(raw.loadUnaligned(fromByteOffset: 8 * k, as: UInt64.self)) }
            for k in (8 * words)..<raw.count { mix(UInt64(raw[k])) }
        }
        mix(UInt64(bytes.count))
    }

    mutating func add(_ text: String) { add(Array(text.utf8)) }

    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x0000_0100_0000_01B3
    }

    var hex: String { String(format: "%016llx", value) }
}
