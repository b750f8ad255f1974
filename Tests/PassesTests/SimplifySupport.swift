import IR
import Passes
import Runtime
import Syntax
import Testing

/// IR-in / IR-out checks for the simplify rules: the input and the expected output are graph
/// texts (in the printed dialect, `let name: type = op(...)`); the expected one is elaborated and
/// printed too, so the comparison is of canonical prints and the expected text must itself be a
/// valid graph. A case where the rewrite must not happen expects its own input back. A case that
/// rewrites is also run, before and after, on the Float64 interpreter with random inputs: every
/// result must agree to 1e-12 relative (the rewrites are exact; that bound allows a constant
/// folded in one Double step instead of two).
enum SimplifyCheck {
    static func graph(_ source: String) throws -> Graph {
        let loader = InMemoryLoader(files: ["t.graph": "graph t\n" + source])
        let g = try Elaborator(loader: loader).elaborate(file: "t.graph")
        try Verifier().verify(g)
        return g
    }

    /// Runs `pass` over `input`, verifies the result and compares its print with `expected`'s.
    static func expect(_ pass: any Pass, _ input: String, gives expected: String,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let out = try pass.run(try graph(input))
        try Verifier().verify(out)
        let got = Printer().print(out)
        let want = Printer().print(try graph(expected))
        #expect(got == want, "\(pass.name) gave:\n\(got)\nexpected:\n\(want)", sourceLocation: sourceLocation)
        if input != expected { try sameValues(try graph(input), out, sourceLocation: sourceLocation) }
    }

    /// Runs every entry of both graphs on the same random inputs (floats normal(0, 1), ints in
    /// 0..<5) in Float64 and compares every result.
    static func sameValues(_ a: Graph, _ b: Graph, sourceLocation: Testing.SourceLocation) throws {
        var rng = SplitMix64(seed: 17)
        for entry in a.entries {
            var inputs: [String: Tensor] = [:]
            for p in entry.parameters {
                inputs[p.name] = p.type.dtype == .i32
                    ? Tensor(shape: p.type.shape, ints: (0..<p.type.elementCount).map { _ in Int32(rng.next() % 5) })
                    : initialize(p.type, .normal(mean: 0, std: 1), &rng).converted(to: .f64)
            }
            let before = try Interpreter(graph: a, weights: WeightStore(graph: a), precision: .float64).run(entry.name, inputs: inputs)
            let after = try Interpreter(graph: b, weights: WeightStore(graph: b), precision: .float64).run(entry.name, inputs: inputs)
            for (name, x) in before {
                let y = try #require(after[name])
                let scale = max(x.doubles.map(Swift.abs).max() ?? 0, 1e-300)
                let error = zip(x.doubles, y.doubles).map { Swift.abs($0 - $1) }.max() ?? 0
                #expect(x.shape == y.shape && error <= 1e-12 * scale, "result \(name) differs by \(error)",
                        sourceLocation: sourceLocation)
            }
        }
    }

    /// The rewrite must not happen: the output prints as the input.
    static func unchanged(_ pass: any Pass, _ input: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expect(pass, input, gives: input, sourceLocation: sourceLocation)
    }
}
