import Foundation
import Support

/// Where eptc finds what ships with it — the graphs, the task data and the T5 vocabulary — the
/// embedded default model, and where it keeps state. The one place lookup happens; `eptc doctor`
/// prints the same search.
///
/// The root (a folder holding `graphs/ept.graph` and `data/`) is, in order:
///   1. `$EPTC_HOME` (an error when it holds no graphs);
///   2. `PREFIX/share/eptc` beside an installed binary `PREFIX/bin/eptc` (`make install`);
///   3. the binary's folder and its parents (a build inside the repository: `.build/release/eptc`);
///   4. the current directory and its parents.
/// The default model is `$EPTC_DEFAULT_MODEL`, else `models/minilm-l6` under the root (`make model`
/// in a clone; `make install` copies it to `share/eptc/models`), else the same under the data home
/// (`$XDG_DATA_HOME/eptc`, default `~/.local/share/eptc`), where a user without write access to the
/// prefix fetches it. State: runs go to `./runs` unless `--out`; compiled graphs to the cache
/// (`cacheDirectory` in CodegenStep.swift). Nothing is written
/// next to the binary.
struct Resources {
    let root: String

    var graphs: String { root + "/graphs" }
    var data: String { root + "/data" }
    var t5Vocabulary: String { root + "/data/t5-vocab/spiece.model" }

    static let defaultModelName = "models/minilm-l6"

    /// One place a root was looked for, and whether it holds eptc's graphs.
    struct Candidate {
        var origin: String
        var path: String
        var found: Bool
    }

    static func isRoot(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path + "/graphs/ept.graph") }

    /// The running binary, symlinks resolved (`/proc/self/exe`: argv[0] may be a bare name found on PATH).
    static func executable() -> URL {
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        return (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
    }

    /// Every place looked, in order (after `$EPTC_HOME`, which is never skipped when set).
    static func candidates(_ environment: [String: String]) -> [Candidate] {
        let bin = executable().deletingLastPathComponent().standardizedFileURL
        var list = [Candidate]()
        let installed = bin.deletingLastPathComponent().appendingPathComponent("share/eptc").path
        list.append(Candidate(origin: "installed beside the binary", path: installed, found: isRoot(installed)))
        func walk(_ start: URL, _ origin: String) {
            var url = start.standardizedFileURL
            for _ in 0..<8 {
                list.append(Candidate(origin: origin, path: url.path, found: isRoot(url.path)))
                let parent = url.deletingLastPathComponent()
                if parent.path == url.path { break }
                url = parent
            }
        }
        walk(bin, "the binary's folder or a parent")
        walk(URL(fileURLWithPath: FileManager.default.currentDirectoryPath), "the current directory or a parent")
        return list
    }

    static func locate(_ environment: [String: String]) throws -> Resources {
        if let home = environment["EPTC_HOME"], !home.isEmpty {
            guard isRoot(home) else { throw UserError("EPTC_HOME=\(home) holds no graphs/ept.graph") }
            return Resources(root: home)
        }
        if let hit = candidates(environment).first(where: \.found) { return Resources(root: hit.path) }
        throw UserError("cannot find eptc's graphs and data (looked in PREFIX/share/eptc beside the binary, next to "
                        + "the binary and in the current directory and their parents); set EPTC_HOME to the folder "
                        + "that holds graphs/ and data/, or run `eptc doctor`")
    }

    /// `$XDG_DATA_HOME/eptc`, else `~/.local/share/eptc`: models a user fetched without write access to the prefix.
    static func dataHome(_ environment: [String: String]) -> String? {
        if let d = environment["XDG_DATA_HOME"], !d.isEmpty { return d + "/eptc" }
        if let d = environment["HOME"], !d.isEmpty { return d + "/.local/share/eptc" }
        return nil
    }

    /// Where the default model is looked for, in order (`$EPTC_DEFAULT_MODEL` alone when set).
    func defaultModelCandidates(_ environment: [String: String]) -> [String] {
        if let m = environment["EPTC_DEFAULT_MODEL"], !m.isEmpty { return [m] }
        return [root + "/" + Self.defaultModelName] + (Self.dataHome(environment).map { [$0 + "/" + Self.defaultModelName] } ?? [])
    }

    /// The first candidate that holds a config.json; the first one when none does (its error names it).
    func defaultModel(_ environment: [String: String]) -> String {
        let list = defaultModelCandidates(environment)
        return list.first { FileManager.default.fileExists(atPath: $0 + "/config.json") } ?? list[0]
    }

    /// A graph named on the command line: as given when it exists, else under `graphs/`.
    func graph(_ name: String) -> String {
        FileManager.default.fileExists(atPath: name) ? name : graphs + "/" + name
    }

    /// A graph file for `check` / `compile` / `bench`: as given when it exists (the current
    /// directory first), else the shipped graph of that name; unchanged when neither exists, so
    /// the reader's error names what the user typed.
    static func graphFile(_ name: String, _ environment: [String: String]) -> String {
        if FileManager.default.fileExists(atPath: name) || name.hasPrefix("/") { return name }
        guard let resources = try? locate(environment) else { return name }
        let shipped = resources.graph(name)
        return FileManager.default.fileExists(atPath: shipped) ? shipped : name
    }
}
