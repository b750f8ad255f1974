/// What a mutation fuzzer run found (the model-folder fuzzer here, the runner's in Trainer): how
/// many mutants were accepted or refused cleanly, the ones that ended any other way, and the
/// slowest (a hang guard for long runs).
public struct FuzzReport: Sendable {
    public var mutants = 0
    public var accepted = 0
    public var refused = 0
    /// Mutants that ended in something other than a value or a typed refusal.
    public var failures: [String] = []
    /// The slowest mutant, in seconds, and which it was.
    public var slowest = 0.0
    public var slowestMutant = ""

    public init() {}
}
