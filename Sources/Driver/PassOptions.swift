import ArgumentParser
import Passes
import Support

/// `--no-fuse=PASS`: optional passes to leave out, for comparing the graph (and its speed) with
/// and without them; shared by `compile` and `bench`.
struct PassOptions: ParsableArguments {
    @Option(name: .customLong("no-fuse"), help: ArgumentHelp(
        "Leave out an optional pass (repeatable, or comma-separated): "
            + PassSkipList.knownNames.joined(separator: ", ") + ". 'all' leaves only autodiff and the optimizer.",
        valueName: "PASS"))
    var noFuse: [String] = []
    @Option(name: .customLong("fuse"), help: ArgumentHelp(
        "Turn on a pass that is off by default (repeatable): " + PassSkipList.optInNames.joined(separator: ", ") + ".",
        valueName: "PASS"))
    var fuse: [String] = []

    /// The skip list, or a user error naming the known passes.
    func skipList() throws -> PassSkipList {
        let skipped: PassSkipList
        do {
            skipped = try PassSkipList(noFuse)
        } catch {
            throw UserError("--no-fuse: \(error)")
        }
        do {
            return try PassSkipList(Array(skipped.names), enabling: fuse.flatMap { $0.split(separator: ",").map(String.init) })
        } catch {
            throw UserError("--fuse: \(error)")
        }
    }
}
