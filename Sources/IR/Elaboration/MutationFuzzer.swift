import Syntax

/// A deterministic mutation fuzzer for the front end. Each mutant of a seed graph (byte and token
/// deletions, insertions, swaps, duplications, truncations) must either elaborate and verify —
/// and then round-trip through the printer — or fail with a diagnostic. A crash or hang is the bug
/// it looks for; a round-trip difference is reported as a failure.
public struct MutationFuzzer {
    public struct Failure: Sendable, CustomStringConvertible {
        public var mutant: Int
        public var source: String
        public var message: String
        public var description: String { "mutant #\(mutant): \(message)\n--- source ---\n\(source)" }
    }

    public struct Report: Sendable {
        public var mutants = 0
        public var verified = 0
        public var diagnosed = 0
        public var failures: [Failure] = []
    }

    public let seeds: [(path: String, text: String)]
    public let configBindings: [String: SymbolValue]
    private var rng: SplitMix64

    public init(seeds: [(path: String, text: String)], seed: UInt64 = 0x5EED,
                configBindings: [String: SymbolValue] = [:]) {
        self.seeds = seeds
        self.configBindings = configBindings
        self.rng = SplitMix64(seed: seed)
    }

    /// Runs `count` mutants. Files a seed imports come unmutated from `fallback`.
    public mutating func run(count: Int, fallback: any SourceLoader = InMemoryLoader(files: [:])) -> Report {
        var report = Report()
        guard !seeds.isEmpty else { return report }
        for n in 0..<count {
            let seed = seeds[n % seeds.count]
            var bytes = Array(seed.text.utf8)
            for _ in 0..<(1 + rng.next(below: 3)) { mutate(&bytes) }
            report.mutants += 1
            let elaborator = Elaborator(loader: OverlayLoader(files: [seed.path: bytes], fallback: fallback))
            let graph: Graph
            do {
                graph = try elaborator.elaborate(file: seed.path, configBindings: configBindings)
            } catch {
                report.diagnosed += 1
                continue
            }
            report.verified += 1
            if let problem = Self.roundTripProblem(graph) {
                report.failures.append(Failure(mutant: n, source: String(decoding: bytes, as: UTF8.self),
                                               message: problem))
            }
        }
        return report
    }

    /// Nil when `print(parse(print(g))) == print(g)`, else what went wrong.
    public static func roundTripProblem(_ graph: Graph) -> String? {
        let printed = Printer().print(graph)
        let again: Graph
        do {
            again = try Elaborator(loader: InMemoryLoader(files: ["dump.graph": printed])).elaborate(file: "dump.graph")
        } catch {
            return "the printed graph does not elaborate: \(error)\n--- printed ---\n\(printed)"
        }
        let reprinted = Printer().print(again)
        return reprinted == printed ? nil : "print(parse(print(g))) differs:\n\(printed)\n--- vs ---\n\(reprinted)"
    }

    // MARK: Mutations

    private static let fragments: [String] = [
        "(", ")", "{", "}", "[", "]", ",", ":", "=", "->", "..", "+", "-", "*", "/", "\"", "{i}", "0", "1", "-1",
        "1e-6", "1e", "99999999999999999999", "nan", "inf", "x", "let", "var", "fn", "entry", "weight", "for",
        "if", "else", "return", "assign", "import \"a.graph\"", "f32", "i32[", "true", "&&", "!", "\n", " ",
        "\u{FF}", "é", "//",
    ]

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let n = bytes.count
        switch rng.next(below: 8) {
        case 0 where n > 0:  // delete a byte
            bytes.remove(at: rng.next(below: n))
        case 1:  // insert a random byte
            bytes.insert(UInt8(truncatingIfNeeded: rng.next(below: 256)), at: rng.next(below: n + 1))
        case 2:  // insert a language fragment
            let f = Self.fragments[rng.next(below: Self.fragments.count)]
            bytes.insert(contentsOf: Array(f.utf8), at: rng.next(below: n + 1))
        case 3 where n > 1:  // swap two bytes
            bytes.swapAt(rng.next(below: n), rng.next(below: n))
        case 4 where n > 0:  // duplicate a span
            let start = rng.next(below: n)
            let end = min(n, start + 1 + rng.next(below: 40))
            bytes.insert(contentsOf: Array(bytes[start..<end]), at: rng.next(below: n + 1))
        case 5 where n > 0:  // truncate
            bytes.removeSubrange(rng.next(below: n)..<n)
        case 6:  // delete a token-ish span (up to the next space)
            guard n > 0 else { return }
            let start = rng.next(below: n)
            var end = start
            while end < n && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
            bytes.removeSubrange(start..<max(end, min(n, start + 1)))
        default:  // replace a digit with another
            let digits = bytes.indices.filter { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }
            if let i = digits.isEmpty ? nil : digits[rng.next(below: digits.count)] {
                bytes[i] = 0x30 + UInt8(rng.next(below: 10))
            }
        }
    }
}
