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
        let seeds = try paths.map { (path: $0, text: try String(contentsOfFile: $0, encoding: .utf8)) }
        var fuzzer = MutationFuzzer(seeds: seeds, seed: 20_240_601, configBindings: smallModelConfig)
        let report = fuzzer.run(count: 20_000, fallback: FileSystemLoader())
        #expect(report.mutants == 20_000)
        #expect(report.verified > 100, "too few mutants verify for the round trip to mean anything")
        #expect(report.diagnosed > 1_000)
        #expect(report.failures.isEmpty, "\(report.failures.prefix(3).map(\.description).joined(separator: "\n"))")
    }

    /// Mutants of a dump with fused regions (the region parser and elaborator, multi-line
    /// bodies, the contextual `fused`): the same contract.
    @Test func regionMutantsNeverCrashAndVerifiedOnesRoundTrip() {
        var fuzzer = MutationFuzzer(seeds: [(path: "regions.graph", text: RegionTests.specimen)], seed: 20_261_130)
        let report = fuzzer.run(count: 5_000)
        #expect(report.mutants == 5_000)
        #expect(report.verified > 50, "too few mutants verify for the round trip to mean anything")
        #expect(report.failures.isEmpty, "\(report.failures.prefix(3).map(\.description).joined(separator: "\n"))")
    }
}
