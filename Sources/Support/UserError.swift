/// Something the user can fix — a flag, a configuration, a run or sweep folder, data, a diverged
/// loss — said in the user's words: exit code 1 (Driver/EPTC.swift's `classify` decides).
public struct UserError: Error, CustomStringConvertible, Equatable, Sendable {
    public var message: String
    /// Raised by every rank of a data-parallel job at the same point (a diverged loss, ranks that
    /// disagree): the job can end normally. Any other error on one rank must stop the whole job.
    public var collective = false
    public init(_ message: String, collective: Bool = false) {
        self.message = message
        self.collective = collective
    }
    public var description: String { message }
}
