import Foundation

// Finding and reading a task's split. A split's file is searched for, in order:
//   1. in `dataDir` (a user's GLUE/SuperGLUE folder):  <dataDir>/<Folder>/<file>, then
//      <dataDir>/glue/<Folder>/<file> (GLUE) or <dataDir>/superglue/<Folder>/<file> (SuperGLUE);
//   2. in the shipped data: <shippedDataDir>/glue|superglue/<Folder>/<file>.
// The first file that exists is read; `Example.source` names it. File names per split:
//   GLUE       train.tsv, dev.tsv, test.tsv; MNLI dev_matched.tsv / test_matched.tsv (task mnli),
//              dev_mismatched.tsv / test_mismatched.tsv (task mnli-mm); STS-B dev.tsv, else the
//              STS-benchmark original-sts-dev.tsv (shipped). GLUE has no train32.
//   SuperGLUE  train.jsonl, val.jsonl (dev), test.jsonl, train32.jsonl (FewGLUE, 32 examples).
// The shipped SuperGLUE data has no train.jsonl: training on it means asking for train32.
// A custom task names its files itself (Custom/CustomData.swift).

/// A split as read: its examples, the bad rows skipped (empty unless `skipBadRows`), and the file.
public struct LoadedSplit: Sendable {
    public var examples: [Example]
    /// One `.malformedRow` per skipped line (a MultiRC line holds many examples).
    public var skipped: [TaskError]
    public var file: String
    /// FNV-1a of the file's bytes (custom tasks' files; nil for the GLUE / SuperGLUE readers).
    public var fingerprint: String? = nil
}

public struct TaskData {
    /// Reads `split` of `task` from the first file found (see above). Throws `TaskError.noData`
    /// naming every file looked for, or `.malformedRow` (file:line) for the first bad row unless
    /// `skipBadRows`, which skips bad rows and counts them.
    public static func load(_ task: TaskDefinition, split: Split, dataDir: String?, shippedDataDir: String,
                            skipBadRows: Bool) throws -> (examples: [Example], skipped: Int) {
        let loaded = try loadSplit(task, split: split, dataDir: dataDir, shippedDataDir: shippedDataDir,
                                   skipBadRows: skipBadRows)
        return (loaded.examples, loaded.skipped.count)
    }

    /// `load`, also returning the file read and the skipped rows' messages.
    public static func loadSplit(_ task: TaskDefinition, split: Split, dataDir: String?, shippedDataDir: String,
                                 skipBadRows: Bool) throws -> LoadedSplit {
        if let custom = task.custom { return try CustomData.load(custom, split: split, skipBadRows: skipBadRows) }
        if let dataDir { try checkFolder(dataDir) }
        let candidates = candidateFiles(task, split: split, dataDir: dataDir, shippedDataDir: shippedDataDir)
        // The first path that is there at all: a folder, a broken link or a link loop where a
        // file should be is read (and refused, named) — never skipped for the shipped copy.
        guard let file = candidates.first(where: isPresent) else {
            throw TaskError.noData(task: task.name, split: split, lookedFor: candidates,
                                   hint: missingHint(task, split: split, shippedDataDir: shippedDataDir))
        }
        return try read(task, split: split, file: file, skipBadRows: skipBadRows)
    }

    /// Reads one file in the layout `task` and `split` call for (the layout can depend on the
    /// file name: CoLA test.tsv has a header, STS-B original-sts-dev.tsv is the STS benchmark's).
    /// A custom task reads the file in the format its extension names, else its training file's.
    public static func read(_ task: TaskDefinition, split: Split, file: String, skipBadRows: Bool) throws -> LoadedSplit {
        let rows: RowCollector<Example>
        switch task.benchmark {
        case .custom:
            guard let custom = task.custom else { throw TaskError.unknownTask(task.name, known: TaskRegistry.all.map(\.name)) }
            return try CustomData.read(custom, path: file, format: nil, labelRequired: split != .test, skipBadRows: skipBadRows)
        case .glue:
            let fileName = URL(fileURLWithPath: file).lastPathComponent
            rows = try GLUEReader.read(task, split: split, file: file, fileName: fileName, skipBadRows: skipBadRows)
        case .superglue:
            rows = try SuperGLUEReader.read(task, split: split, file: file, skipBadRows: skipBadRows)
        }
        return LoadedSplit(examples: rows.examples, skipped: rows.skipped, file: file)
    }

    /// Every path `load` tries, in order.
    public static func candidateFiles(_ task: TaskDefinition, split: Split, dataDir: String?,
                                      shippedDataDir: String) -> [String] {
        let names = fileNames(task, split: split)
        let benchmarkFolder = task.benchmark.rawValue
        var paths: [String] = []
        if let dataDir {
            for name in names {
                paths.append(join(dataDir, task.folder, name))
                paths.append(join(dataDir, benchmarkFolder, task.folder, name))
            }
        }
        for name in names { paths.append(join(shippedDataDir, benchmarkFolder, task.folder, name)) }
        return paths
    }

    /// The file names a split can have inside the task's folder, preferred first.
    public static func fileNames(_ task: TaskDefinition, split: Split) -> [String] {
        switch (task.benchmark, split) {
        case (.custom, _): return []
        case (.superglue, .train): return ["train.jsonl"]
        case (.superglue, .dev): return ["val.jsonl"]
        case (.superglue, .test): return ["test.jsonl"]
        case (.superglue, .train32): return ["train32.jsonl"]
        case (.glue, .train32): return []
        case (.glue, .train): return ["train.tsv"]
        case (.glue, .dev):
            switch task.id {
            case .mnli: return ["dev_matched.tsv"]
            case .mnliMismatched: return ["dev_mismatched.tsv"]
            case .stsb: return ["dev.tsv", "original-sts-dev.tsv"]
            default: return ["dev.tsv"]
            }
        case (.glue, .test):
            switch task.id {
            case .mnli: return ["test_matched.tsv"]
            case .mnliMismatched: return ["test_mismatched.tsv"]
            default: return ["test.tsv"]
            }
        }
    }

    /// Why a split is missing, in words the user can act on.
    static func missingHint(_ task: TaskDefinition, split: Split, shippedDataDir: String) -> String? {
        if task.benchmark == .glue && split == .train32 {
            return "train32 is the 32-example FewGLUE training set, which exists only for SuperGLUE tasks"
        }
        let benchmark = task.benchmark == .glue ? "GLUE" : "SuperGLUE"
        if !task.isShipped {
            return "\(task.folder) is not shipped; give a data folder holding the \(benchmark) data in its standard layout"
        }
        if task.benchmark == .superglue && split == .train
            && isFile(join(shippedDataDir, "superglue", task.folder, "train32.jsonl")) {
            return "the shipped \(task.folder) data has only the 32-example FewGLUE training set: use split train32, "
                + "or give a data folder holding the full SuperGLUE data"
        }
        return "no \(split.rawValue) file ships for \(task.folder); give a data folder holding the \(benchmark) data"
    }

    /// A user's data folder must be one: a missing path or a file there is an error, not a
    /// silent switch to the shipped data.
    static func checkFolder(_ path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            // A link is there but leads nowhere: say so, not that nothing is there.
            let reason = isPresent(path) ? "the data folder is a link that leads nowhere (broken, or a loop)"
                : "the data folder does not exist"
            throw TaskError.unreadableFile(file: path, reason: reason)
        }
        guard isDirectory.boolValue else { throw TaskError.unreadableFile(file: path, reason: "the data folder is a file, not a folder") }
    }

    /// Whether anything is at `path`, links included (followed or not: a link loop is present).
    private static func isPresent(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    private static func isFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    private static func join(_ parts: String...) -> String {
        parts.dropFirst().reduce(parts[0]) { $0.hasSuffix("/") ? $0 + $1 : $0 + "/" + $1 }
    }
}
