import Foundation
import Models
import Support
import Trainer

/// Child processes for the data-parallel tests: the built `eptc` alone or under `mpirun`.
enum MPIRun {
    /// `mpirun` on PATH, or nil (the tests that need it are skipped, saying so).
    static let mpirun: String? = executable("mpirun")
    static let mpicc: String? = executable("mpicc")

    static let skipMessage = "mpirun is not installed (apt-get install openmpi-bin libopenmpi-dev; `make deps` does)"

    static func executable(_ name: String) -> String? {
        let dirs = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return dirs.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Result {
        var status: Int32
        var signaled: Bool
        var stdout: String
        var stderr: String
        var seconds: Double
    }

    /// The environment every child gets: the shared compile cache; Open MPI allowed to run as root
    /// (CI containers), to place more ranks than cores (the 2-core development machine) and to work
    /// inside a container.
    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["EPTC_CACHE_DIR"] = sharedCache
        env["OMPI_ALLOW_RUN_AS_ROOT"] = "1"
        env["OMPI_ALLOW_RUN_AS_ROOT_CONFIRM"] = "1"
        env["OMPI_MCA_rmaps_base_oversubscribe"] = "1"
        // Containers often forbid the cross-process reads (ptrace) of Open MPI's single-copy
        // shared-memory transfers; plain copies work everywhere.
        env["OMPI_MCA_btl_vader_single_copy_mechanism"] = "none"
        return env
    }

    /// `mpirun -np N eptc ARGS…` (several programs with `:` between app contexts when `contexts` has more).
    static func mpirunArguments(_ contexts: [(ranks: Int, arguments: [String])]) -> [String] {
        var out = ["--oversubscribe"]
        for (k, c) in contexts.enumerated() {
            if k > 0 { out.append(":") }
            out += ["-np", String(c.ranks), eptcExecutable.path] + c.arguments
        }
        return out
    }

    /// Starts `executable ARGS…` with stdout and stderr in files (no pipe to fill up).
    static func start(_ executable: String, _ arguments: [String], logs: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        _ = FileManager.default.createFile(atPath: logs + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: logs + ".err", contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: logs + ".out")
        process.standardError = FileHandle(forWritingAtPath: logs + ".err")
        try process.run()
        return process
    }

    /// Waits for `process` (killing it past `timeout` seconds) and reads its output.
    static func finish(_ process: Process, logs: String, started: Date, timeout: Double) -> Result {
        let deadline = started.addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            for child in children(of: process.processIdentifier) { kill(child, SIGKILL) }
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: process.terminationStatus, signaled: process.terminationReason == .uncaughtSignal,
                      stdout: read(logs + ".out"), stderr: read(logs + ".err"), seconds: Date().timeIntervalSince(started))
    }

    static func run(_ executable: String, _ arguments: [String], logs: String, timeout: Double = 1800) throws -> Result {
        let started = Date()
        let process = try start(executable, arguments, logs: logs)
        return finish(process, logs: logs, started: started, timeout: timeout)
    }

    /// `eptc ARGS…` as a child process.
    static func eptc(_ arguments: [String], logs: String) throws -> Result {
        try run(eptcExecutable.path, arguments, logs: logs)
    }

    /// `mpirun -np N eptc ARGS…`.
    static func eptc(ranks: Int, _ arguments: [String], logs: String) throws -> Result {
        guard let mpirun else { throw UserError(skipMessage) }
        return try run(mpirun, mpirunArguments([(ranks, arguments)]), logs: logs)
    }

    /// The running children of `parent` (from /proc: the parent pid is stat's fourth field).
    static func children(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                  let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { return nil }
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            return fields.count > 2 && pid_t(fields[1]) == parent ? pid : nil
        }
    }

    /// The pid of `rank`'s eptc among `mpirun`'s children (from their environment), if running.
    static func rankProcess(of mpirun: pid_t, rank: Int) -> pid_t? {
        children(of: mpirun).first { pid in
            guard let environ = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
            return environ.split(separator: 0).contains { String(decoding: $0, as: UTF8.self) == "OMPI_COMM_WORLD_RANK=\(rank)" }
        }
    }
}

/// A run folder's log and checkpoint, for comparing runs.
struct RunRecord {
    var losses: [Double]
    var gradNorms: [Double]
    var state: [String: [Float]]

    init(_ folder: String) throws {
        let records = RunLog.records(at: folder + "/log.jsonl").filter { $0["loss"] != nil }
        losses = records.compactMap { $0["loss"]?.doubleValue }
        gradNorms = records.compactMap { $0["grad_norm"]?.doubleValue }
        state = try DeterminismTests.state(folder + "/last.safetensors")
    }

    /// Largest |a − b| / max(|a|, |b|) over two equally long series.
    static func relative(_ a: [Double], _ b: [Double]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return .infinity }
        return zip(a, b).map { abs($0 - $1) / max(abs($0), abs($1), 1e-12) }.max() ?? 0
    }

    /// Largest |a − b| over the tensors whose names pass `filter`.
    func largestDifference(to other: RunRecord, where filter: (String) -> Bool) -> Double {
        var worst = 0.0
        for (name, values) in state where filter(name) {
            guard let theirs = other.state[name], theirs.count == values.count else { return .infinity }
            for (x, y) in zip(values, theirs) { worst = max(worst, Double(abs(x - y))) }
        }
        return worst
    }

    /// ‖a − b‖ / ‖a‖ over the tensors whose names pass `filter` (all of them as one vector).
    func relativeNorm(to other: RunRecord, where filter: (String) -> Bool) -> Double {
        var diff = 0.0, norm = 0.0
        for (name, values) in state where filter(name) {
            guard let theirs = other.state[name], theirs.count == values.count else { return .infinity }
            for (x, y) in zip(values, theirs) {
                diff += Double(x - y) * Double(x - y)
                norm += Double(x) * Double(x)
            }
        }
        return (diff / max(norm, 1e-30)).squareRoot()
    }
}
