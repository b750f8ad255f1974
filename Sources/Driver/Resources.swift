import Foundation

/// Where eptc finds what ships with it — the graphs, the task data and the T5 vocabulary — and the
/// embedded default model. Looked up, in order: `$EPTC_HOME`; the folder holding the running binary
/// and its parents (a build inside the repository: `.build/release/eptc`); the current directory
/// and its parents. The default model is `models/minilm-l6` under that root (`make model` puts it
/// there), or `$EPTC_DEFAULT_MODEL`.
struct Resources {
    let root: String

    var graphs: String { root + "/graphs" }
    var data: String { root + "/data" }
    var t5Vocabulary: String { root + "/data/t5-vocab/spiece.model" }

    static func locate(_ environment: [String: String]) throws -> Resources {
        let fm = FileManager.default
        func isRoot(_ path: String) -> Bool { fm.fileExists(atPath: path + "/graphs/ept.graph") }
        if let home = environment["EPTC_HOME"], !home.isEmpty {
            guard isRoot(home) else { throw UserError("EPTC_HOME=\(home) holds no graphs/ept.graph") }
            return Resources(root: home)
        }
        var starts: [URL] = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()]
        starts.append(URL(fileURLWithPath: fm.currentDirectoryPath))
        for start in starts {
            var url = start.standardizedFileURL
            for _ in 0..<8 {
                if isRoot(url.path) { return Resources(root: url.path) }
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        throw UserError("cannot find eptc's graphs and data (looked next to the binary and in the current directory "
                        + "and their parents); set EPTC_HOME to the folder that holds graphs/ and data/")
    }

    func defaultModel(_ environment: [String: String]) -> String {
        if let m = environment["EPTC_DEFAULT_MODEL"], !m.isEmpty { return m }
        return root + "/models/minilm-l6"
    }

    /// A graph named on the command line: as given when it exists, else under `graphs/`.
    func graph(_ name: String) -> String {
        FileManager.default.fileExists(atPath: name) ? name : graphs + "/" + name
    }
}
