/// Everything that can go wrong finding, reading or naming task data. Row-level problems carry
/// the file and 1-based line; `description` is the message a user sees.
public enum TaskError: Error, Equatable, CustomStringConvertible {
    /// No task has this name.
    case unknownTask(String, known: [String])
    /// None of the files a split can come from exists. `lookedFor` lists them in search order;
    /// `hint` says what to do (e.g. the task is not shipped, or use split train32).
    case noData(task: String, split: Split, lookedFor: [String], hint: String?)
    /// A file exists but cannot be read at all.
    case unreadableFile(file: String, reason: String)
    /// A header or row is wrong: column count, label, UTF-8, JSON, missing field.
    case malformedRow(file: String, line: Int, reason: String)
    /// A file that reads but cannot be used as a whole (a custom training file with no rows or
    /// a single class).
    case unusableFile(file: String, reason: String)
    /// A custom task's definition (its flags, or the config.json that saved them) is wrong.
    case invalidTask(String)

    public var description: String {
        switch self {
        case .unknownTask(let name, let known):
            return "unknown task '\(name)'; known tasks: \(known.joined(separator: ", "))"
        case .noData(let task, let split, let files, let hint):
            var s = "no \(split.rawValue) data for task '\(task)'"
            if !files.isEmpty { s += "; looked for: \(files.joined(separator: ", "))" }
            if let hint { s += " (\(hint))" }
            return s
        case .unreadableFile(let file, let reason):
            return "\(file): \(reason)"
        case .malformedRow(let file, let line, let reason):
            return "\(file):\(line): \(reason)"
        case .unusableFile(let file, let reason):
            return "\(file): \(reason)"
        case .invalidTask(let reason):
            return reason
        }
    }
}
