import Foundation
import Support

/// The files of one run, under `runs/<task>-<method>-<time>` unless `--out` names the folder.
///
///     config.json        the resolved configuration (RunConfiguration)
///     log.jsonl          one JSON object per step and per evaluation (RunLog)
///     best.safetensors   trainable + optimizer state at the best dev metric (TrainingCheckpoint)
///     last.safetensors   the same at the last evaluation: what --resume continues from
///     summary.json       final and best metrics, speed, time, parameter count (RunSummary)
///     curves.svg         training loss and dev metric against steps (LossPlot)
///     kernel-choices.json  vector width and each GEMM shape's kernel; --resume keeps them (Driver RunKernelChoices)
///     .lock              held by the one process training here (RunFolderLock)
public struct RunFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public var configuration: String { path + "/config.json" }
    public var log: String { path + "/log.jsonl" }
    public var bestCheckpoint: String { path + "/best.safetensors" }
    public var lastCheckpoint: String { path + "/last.safetensors" }
    public var summary: String { path + "/summary.json" }
    public var plot: String { path + "/curves.svg" }

    /// The default folder name: `<task>-<method>-<UTC time>`.
    public static func defaultName(task: String, method: String, date: Date = Date()) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return "\(task)-\(method)-\(f.string(from: date))"
    }

    /// Creates the folder (and parents) and proves it writable before any training starts.
    public func prepare() throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw UserError("run folder '\(path)' exists and is not a folder")
        }
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw UserError("cannot create the run folder '\(path)': \(describeWriteError(error))")
        }
        let probe = path + "/.write-test-\(getpid())"
        guard fm.createFile(atPath: probe, contents: Data("ok".utf8)) else {
            throw UserError("the run folder '\(path)' is not writable")
        }
        try? fm.removeItem(atPath: probe)
    }

    /// A new run may only go into an empty folder or one that holds nothing but eptc's own
    /// lock: someone's `log.jsonl` or `summary.json` there would be appended to or overwritten.
    /// Called with the lock held, so a run that started here meanwhile is seen as one.
    public func checkEmptyForNewRun() throws {
        if hasRun { throw UserError("run folder '\(path)' already holds a run; use --resume \(path) or another --out") }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
            .filter { $0 != RunFolderLock.fileName && !$0.hasPrefix(".write-test-") }.sorted()
        guard names.isEmpty else {
            let shown = names.prefix(5).joined(separator: ", ") + (names.count > 5 ? ", …" : "")
            throw UserError("run folder '\(path)' is not empty (\(shown)) and holds no eptc run (no config.json); "
                               + "choose another --out")
        }
    }

    /// Takes the folder for this process: a second `eptc run` or `--resume` on it stops at once
    /// (readers — eval, predict, report — do not need it). The kernel drops the lock when the
    /// process ends however it ends, so a `kill -9` never leaves the folder blocked.
    public func lock() throws -> RunFolderLock { try RunFolderLock(folder: path) }

    /// Whether a run was already started here (a configuration is written).
    public var hasRun: Bool { FileManager.default.fileExists(atPath: configuration) }

}

/// `summary.json`: how the run ended.
public struct RunSummary: Codable, Sendable {
    public var task: String
    public var method: String
    public var steps: Int
    public var epochs: Double
    public var examplesSeen: Int
    public var examplesPerSecond: Double
    public var trainingSeconds: Double
    public var wallSeconds: Double
    public var trainableParameters: Int
    public var primaryMetric: String
    public var bestMetric: Double?
    public var bestStep: Int?
    public var finalMetrics: [String: Double]
    public var stoppedBecause: String

    public init(configuration: RunConfiguration, position: TrainingPosition, finalMetrics: [String: Double],
                trainableParameters: Int, stepsPerEpoch: Int, wallSeconds: Double, stoppedBecause: String,
                primaryMetric: String = "") {
        task = configuration.task
        method = configuration.method
        steps = position.step
        epochs = Double(position.step) / Double(max(1, stepsPerEpoch))
        examplesSeen = position.examplesSeen
        examplesPerSecond = Double(position.examplesSeen) / max(position.trainingSeconds, 1e-9)
        trainingSeconds = position.trainingSeconds
        self.wallSeconds = wallSeconds
        self.trainableParameters = trainableParameters
        self.primaryMetric = primaryMetric
        bestMetric = position.bestMetric
        bestStep = position.bestStep
        self.finalMetrics = finalMetrics
        self.stoppedBecause = stoppedBecause
    }

    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try RunFiles.write(encoder.encode(self), to: path)
    }
}

/// An exclusive `flock` on `<run folder>/.lock`, held while this object lives; the file records
/// the holder's pid for the message a second process gets.
public final class RunFolderLock {
    public static let fileName = ".lock"
    private let fd: Int32

    init(folder: String) throws {
        let path = folder + "/" + Self.fileName
        // O_NOFOLLOW and the regular-file check: a planted link or pipe named .lock is refused,
        // never followed (the pid written below would truncate its target) nor waited on.
        let fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw UserError("cannot lock the run folder '\(folder)': \(path): \(String(cString: strerror(errno)).lowercased())")
        }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            throw UserError("cannot lock the run folder '\(folder)': \(path) is not a regular file")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            let busy = code == EWOULDBLOCK
            var buffer = [UInt8](repeating: 0, count: 32)
            let n = read(fd, &buffer, buffer.count)
            close(fd)
            let holder = n > 0 ? String(decoding: buffer[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : "?"
            throw UserError(busy ? "run folder '\(folder)' is in use by another eptc process (pid \(holder)); "
                                   + "wait for it to finish or use another --out"
                               : "cannot lock the run folder '\(folder)': \(String(cString: strerror(code)).lowercased())")
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pwrite(fd, pid, pid.count, 0)
        self.fd = fd
    }

    deinit { close(fd) }  // releases the flock
}
