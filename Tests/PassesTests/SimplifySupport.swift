import IR
import Passes
import Syntax
import Testing

/// IR-in / IR-out checks for the simplify rules: the input and the expected output are graph
/// texts (in the printed dialect, `let name: type = op(...)`); the expected one is elaborated and
/// printed too, so the comparison is of canonical prints and the expected text must itself be a
/// valid graph. A case where the rewrite must not happen expects its own input back.
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
    }

    /// The rewrite must not happen: the output prints as the input.
    static func unchanged(_ pass: any Pass, _ input: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expect(pass, input, gives: input, sourceLocation: sourceLocation)
    }
}
