import Driver
import Foundation
import TestSupport
import Testing

/// Lookup of shipped graphs, data and the default model, `--version` and `eptc doctor` — what an
/// installed eptc relies on to work from any folder. `make install-check` covers the installed
/// binary itself (tools/install-check.sh).
@Suite struct ResourcesTests {
    @Test func versionNamesLLVMOpenBLASAndTheHost() {
        let r = runEPTC(["--version"], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("eptc ") == true)
        #expect(lines.contains { $0.hasPrefix("LLVM ") && $0.dropFirst(5).first?.isNumber == true })
        #expect(lines.contains { $0.hasPrefix("OpenBLAS") })
        #expect(lines.contains { $0.hasPrefix("host: ") })
    }

    /// A bare name that is no file here is the shipped graph of that name.
    @Test func bareGraphNameIsTheShippedGraph() throws {
        let env = ["EPTC_HOME": repositoryRoot]
        #expect(!FileManager.default.fileExists(atPath: "mlp.graph"))
        let check = runEPTC(["check", "mlp.graph"], environment: env)
        #expect(check.exitCode == 0, "\(check.stderr)")
        #expect(check.stdout.contains("ok: graph mlp:"))
        let compile = runEPTC(["compile", "mlp.graph", "--no-codegen"], environment: env)
        #expect(compile.exitCode == 0, "\(compile.stderr)")
        #expect(compile.stdout.contains("graph mlp:"))
        // Neither here nor shipped: the error names what was typed.
        let missing = runEPTC(["check", "no-such.graph"], environment: env)
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("no-such.graph"))
        #expect(!missing.stderr.contains(repositoryRoot + "/graphs/no-such.graph"))
    }

    /// A file given by path is read as given, even when a shipped graph has the same name.
    @Test func anExistingFileBeatsTheShippedGraph() throws {
        let dir = try temporaryDirectory("own-graph")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let text = try String(contentsOfFile: repositoryRoot + "/graphs/mlp.graph", encoding: .utf8)
            .replacingOccurrences(of: "graph mlp", with: "graph mine")
        try text.write(toFile: dir + "/mlp.graph", atomically: true, encoding: .utf8)
        let r = runEPTC(["check", dir + "/mlp.graph"], environment: ["EPTC_HOME": repositoryRoot])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("ok: graph mine:"))
    }

    @Test func doctorSaysWhereEverythingIsLookedUp() throws {
        let dir = try temporaryDirectory("doctor")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["EPTC_HOME": repositoryRoot, "XDG_CACHE_HOME": dir + "/cache", "XDG_DATA_HOME": dir + "/data"]
        let r = runEPTC(["doctor"], environment: env)
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("[found] $EPTC_HOME: \(repositoryRoot)"))
        #expect(r.stdout.contains("installed beside the binary"))
        #expect(r.stdout.contains("using: \(repositoryRoot) ("))
        #expect(r.stdout.contains("T5 vocabulary present"))
        #expect(r.stdout.contains("\(repositoryRoot)/models/minilm-l6"))
        #expect(r.stdout.contains("\(dir)/data/eptc/models/minilm-l6"))
        #expect(r.stdout.contains("compile cache: \(dir)/cache/eptc (absent)"))
        #expect(r.stdout.contains("/runs unless --out"))
        #expect(r.stdout.contains("LLVM "))
        #expect(r.stdout.contains("Open MPI (eptc run --distributed only") && r.stdout.contains("libmpi.so.40"))
    }

    /// A root without the model falls back to the data home; with neither, doctor says how to get it.
    @Test func defaultModelFallsBackToTheDataHome() throws {
        let dir = try temporaryDirectory("data-home")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let root = dir + "/share/eptc", model = dir + "/data/eptc/models/minilm-l6"
        try FileManager.default.createDirectory(atPath: root + "/graphs", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repositoryRoot + "/graphs/ept.graph", toPath: root + "/graphs/ept.graph")
        let env = ["EPTC_HOME": root, "XDG_DATA_HOME": dir + "/data", "XDG_CACHE_HOME": dir + "/cache"]
        let none = runEPTC(["doctor"], environment: env)
        #expect(none.stdout.contains("none found: `make model` in a clone, or tools/fetch-minilm.sh \(model)"))
        try FileManager.default.createDirectory(atPath: model, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: model + "/config.json"))
        let found = runEPTC(["doctor"], environment: env)
        #expect(found.stdout.contains("[found] \(model)"))
        #expect(!found.stdout.contains("none found"))
    }

    @Test func eptcHomeWithoutGraphsIsAClearError() throws {
        let dir = try temporaryDirectory("bad-home")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["doctor"], environment: ["EPTC_HOME": dir])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("using: none — EPTC_HOME=\(dir) holds no graphs/ept.graph"))
        let run = runEPTC(["run", "--task", "cola"], environment: ["EPTC_HOME": dir])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("EPTC_HOME=\(dir) holds no graphs/ept.graph"))
    }
}
