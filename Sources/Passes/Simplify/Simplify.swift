import IR

/// The simplify stage: CSE, constant folding, algebraic identities and transpose folding, each
/// entry rewritten by them in turn until none changes anything (a rewrite can expose another:
/// folding `x·1` can make two nodes equal for CSE), then dead code removed.
///
/// It runs twice in `standardPipeline`: as `simplify` on the elaborated graph (so autodiff
/// differentiates the smaller forward) and as `resimplify` after autodiff and the optimizer (the
/// backward's `x + 0`, `broadcast`s feeding `mul`s, transposes of VJP matmuls, the forward values
/// the backward recomputes). Every rule keeps each result's and state update's value; see each
/// rule's comment for what it will not rewrite.
public struct SimplifyPass: Pass {
    public let name: String
    /// The rules in the order they run each round.
    public let rules: [any SimplifyRule]

    /// Names of the individual rules, in order (what `PassSkipList` accepts besides `simplify`).
    public static let ruleNames = allRules.map(\.name)
    static var allRules: [any SimplifyRule] {
        [CommonSubexpressionPass(), FoldConstantsPass(), AlgebraPass(), FoldTransposePass()]
    }

    /// A bound for safety: every rule fires only on a pattern its rewrite removes, so rounds end
    /// when nothing matches (a chain of transposes collapses in one round, since each node sees
    /// its inputs already rewritten).
    public static let maxRounds = 8

    /// `skipping` leaves out rules by name (`cse`, `fold-constants`, `algebra`, `fold-transpose`).
    public init(name: String = "simplify", skipping: PassSkipList = .none) {
        self.name = name
        self.rules = Self.allRules.filter { !skipping.skips($0.name) }
    }

    public func run(_ graph: Graph) throws -> Graph {
        var out = graph
        out.entries = graph.entries.map(simplify)
        return out
    }

    public func simplify(_ entry: Entry) -> Entry {
        var entry = entry
        for _ in 0..<Self.maxRounds {
            var changed = false
            for rule in rules {
                let (next, c) = rule.simplify(entry)
                if c { entry = DeadCodeElimination.run(next) }
                changed = changed || c
            }
            if !changed { break }
        }
        return DeadCodeElimination.run(entry)
    }
}
