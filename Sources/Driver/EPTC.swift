import ArgumentParser

public struct EPTC: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "eptc",
        abstract: "A static-graph compiler and ahead-of-time trainer for EPT prompt tuning.",
        subcommands: [])
    public init() {}
}
