import IR

/// Optional passes to leave out of `standardPipeline`, for comparing a graph with and without
/// them (`eptc compile --no-fuse=PASS`, `--no-fuse=all`). Autodiff and the optimizer are not
/// optional; every pass that only makes the graph faster is. A few passes are off unless enabled
/// (`optInNames`, `eptc compile --fuse=PASS`): measured not to pay at the shapes eptc trains.
public struct PassSkipList: Hashable, Sendable, CustomStringConvertible {
    /// The names given (`all` stands for every optional pass).
    public private(set) var names: Set<String>
    /// Opt-in passes turned on.
    public private(set) var enabled: Set<String> = []

    /// Passes that are skipped unless enabled: the attention kernels, forward and backward
    /// (Fusion/AttentionFusion.swift; docs/FUSION.md §9 has the measurements).
    public static let optInNames = ["fuse-attention", "fuse-attention-backward"]

    public static let none = PassSkipList(checked: [])
    public static let all = PassSkipList(checked: ["all"])

    /// Every name the list accepts: `all`, the optional stages, then their rules.
    public static var knownNames: [String] { ["all", "simplify"] + SimplifyPass.ruleNames + [ElideKeepRowsPass.passName] + fusionPassNames }

    private init(checked names: Set<String>) { self.names = names }

    /// Names as given on a command line: each may be a comma-separated list (`cse,algebra`).
    /// An unknown name is an error that lists the known ones.
    public init(_ names: [String], enabling: [String] = []) throws(PassSkipListError) {
        for name in enabling where !Self.optInNames.contains(name) {
            throw PassSkipListError(name: name, known: Self.optInNames)
        }
        enabled = Set(enabling)
        var set = Set<String>()
        for item in names {
            for part in item.split(separator: ",", omittingEmptySubsequences: false) {
                var trimmed = part
                while trimmed.first == " " { trimmed.removeFirst() }
                while trimmed.last == " " { trimmed.removeLast() }
                let name = String(trimmed)
                guard Self.knownNames.contains(name) else {
                    throw PassSkipListError(name: name, known: Self.knownNames)
                }
                set.insert(name)
            }
        }
        self.names = set
    }

    /// Whether the pass or rule called `name` is left out.
    public func skips(_ name: String) -> Bool {
        if Self.optInNames.contains(name), !enabled.contains(name) { return true }
        return names.contains("all") || names.contains(name)
    }

    public var description: String {
        let on = enabled.sorted().map { "+" + $0 }
        return names.isEmpty && on.isEmpty ? "none" : (names.sorted() + on).joined(separator: ",")
    }
}

public struct PassSkipListError: Error, Hashable, Sendable, CustomStringConvertible {
    public var name: String
    public var known: [String]
    public var description: String {
        "unknown pass '\(name)' (known: \(known.joined(separator: ", ")))"
    }
}
