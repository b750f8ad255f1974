import Foundation
import IR
import Support

/// What every rank of a data-parallel job must share before training: the resolved configuration,
/// the compiled graphs (a hash of each bucket's printed IR), the data it read and the eptc build.
/// Each rank broadcasts its fingerprint in turn; when any differs from rank 0's, every rank stops
/// with the same message naming each difference (and the rank's host), before the first step.
public struct RankFingerprint: Codable, Equatable, Sendable {
    public struct Item: Codable, Equatable, Sendable {
        public var name: String
        public var value: String
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    public var host: String
    public var configuration: RunConfiguration
    public var items: [Item]

    public init(host: String, configuration: RunConfiguration, items: [Item]) {
        self.host = host
        self.configuration = configuration
        self.items = items
    }

    /// `build` names the eptc binary (version, LLVM); the rest comes from what the rank prepared.
    public init(configuration: RunConfiguration, programs: StepPrograms, train: [EncodedExample],
                dev: [EncodedExample], build: String) {
        host = ProcessInfo.processInfo.hostName
        self.configuration = configuration
        items = [Item(name: "eptc build", value: build)]
        for (k, graph) in programs.graphs.enumerated() {
            var hash = StateHash()
            hash.add(Printer().print(graph))
            items.append(Item(name: "graph for length bucket \(programs.buckets.lengths[k])", value: hash.hex))
        }
        items.append(Item(name: "training data (\(train.count) examples)", value: Self.hash(train)))
        items.append(Item(name: "evaluation data (\(dev.count) examples)", value: Self.hash(dev)))
    }

    static func hash(_ examples: [EncodedExample]) -> String {
        var h = StateHash()
        for e in examples {
            for list in [e.ids, e.typeIDs, e.target] { h.add(list.withUnsafeBytes { Array($0) }) }
            h.add(e.label.map { "\($0)" } ?? "none")
        }
        return h.hex
    }

    /// How `other` (rank `rank`) differs from this fingerprint (rank 0's), one line per difference.
    public func differences(of other: RankFingerprint, rank: Int) -> [String] {
        let who = "rank \(rank) (\(other.host))"
        var out = other.configuration.rankDifferences(from: configuration).map { "\(who): configuration \($0)" }
        let mine = Dictionary(items.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(other.items.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        for item in other.items where mine[item.name] != item.value {
            out.append("\(who): \(item.name): \(mine[item.name] ?? "absent") → \(item.value)")
        }
        for item in items where theirs[item.name] == nil {
            out.append("\(who): \(item.name): \(item.value) → absent")
        }
        return out
    }
}

extension DataParallel {
    /// Every rank's fingerprint on every rank (one broadcast from each); throws, on every rank alike,
    /// when any differs from rank 0's.
    public func agree(on fingerprint: RankFingerprint) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let mine = [UInt8](try encoder.encode(fingerprint))
        var all: [RankFingerprint] = []
        for root in 0..<size {
            var bytes = root == rank ? mine : []
            try collective.broadcast(&bytes, root: root)
            guard let decoded = try? JSONDecoder().decode(RankFingerprint.self, from: Data(bytes)) else {
                throw UserError("rank \(root)'s fingerprint does not decode: the ranks run different eptc builds",
                                   collective: true)
            }
            all.append(decoded)
        }
        let differences = all.indices.dropFirst().flatMap { all[0].differences(of: all[$0], rank: $0) }
        guard differences.isEmpty else {
            throw UserError("the ranks disagree, so none starts (every rank must run the same eptc with the same "
                               + "flags, model, graphs and data; each line reads rank 0's value → that rank's):\n  "
                               + differences.joined(separator: "\n  "),
                               collective: true)
        }
    }
}
