import Foundation
import IR
import Syntax
import Testing

@Suite struct FuzzTests {
    /// 20,000 mutants of the shipped graphs (fixed seed): each elaborates+verifies and
    /// round-trips, or yields a diagnostic. A crash or hang fails the whole run.
    @Test func mutantsNeverCrashAndVerifiedOnesRoundTrip() throws {
        // The small examples keep 20,000 mutants fast in a debug build; tools/fuzz-graphs.sh
        // runs every shipped graph for as long as asked.
        let paths = try shippedGraphPaths().filter { $0.hasSuffix("/mlp.graph") || $0.hasSuffix("/attention.graph") }
        var seeds: [(path: String, text: String)] = []
        var extra: [String: [UInt8]] = [:]
        for p in paths {
            let name = String(p.split(separator: "/").last ?? "")
            seeds.append((name, try String(contentsOfFile: p, encoding: .utf8)))
        }
        // Imported library files travel unmutated under their relative paths.
        let lib = repositoryRoot + "/graphs/lib"
        for f in (try? FileManager.default.contentsOfDirectory(atPath: lib)) ?? [] {
            extra["lib/" + f] = FileManager.default.contents(atPath: lib + "/" + f).map { Array($0) }
        }
        var fuzzer = MutationFuzzer(seeds: seeds, seed: 20_240_601, configBindings: smallModelConfig)
        let report = fuzzer.run(count: 20_000, extraFiles: extra)
        #expect(report.mutants == 20_000)
        #expect(report.verified > 100, "too few mutants verify for the round trip to mean anything")
        #expect(report.diagnosed > 1_000)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(3).map(\.description).joined(separator: "\n"))")
    }
}
