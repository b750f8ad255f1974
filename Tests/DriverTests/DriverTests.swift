import Driver
import Foundation
import Passes
import TestSupport
import Testing

@Suite struct DriverTests {
    let mlp = repositoryRoot + "/graphs/mlp.graph"

    @Test func compilePrintsSummary() {
        let r = runEPTC(["compile", mlp], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("graph mlp:"))
        #expect(r.stdout.contains("entry loss(x: f32[8, 16], labels: i32[8]) -> (loss: f32[])"))
        #expect(r.stdout.contains("entry predict("))
        // 16·32 + 32 + 2·(32·32 + 32) + 32·4 + 4 trainable elements.
        #expect(r.stdout.contains("trainable: 2,788 elements in 8 weights"))
        #expect(r.stdout.contains("frozen: 0 elements"))
        // All four matmuls carry their bias (and GELU) as `gemm_epilogue` regions (the output
        // layer's lone bias add too).
        #expect(r.stdout.contains("matmuls: 4") && r.stdout.contains("ops: 5 (cross_entropy 1, fused gemm_epilogue 4)"))
        #expect(r.stdout.contains("flops: "))
    }

    @Test func dumpAfterAllWritesOneCheckableDumpPerStage() throws {
        let dir = try temporaryDirectory("dump")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["compile", mlp, "--no-codegen", "--dump-after", "all", "-o", dir], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let stages = ["elaborate"] + standardPipeline().map(\.name)
        #expect(files == stages.enumerated().map { String(format: "%02d-%@.graph", $0.offset, $0.element) })
        for f in files {
            let check = runEPTC(["check", dir + "/" + f], environment: [:])
            #expect(check.exitCode == 0, "\(f): \(check.stderr)")
        }
    }

    @Test func dumpEnvironmentVariableDumpsEveryStage() throws {
        let dir = try temporaryDirectory("env")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["compile", mlp, "--no-codegen", "-o", dir], environment: ["EPTC_DUMP": "1"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).count == 1 + standardPipeline().count)
    }

    @Test func dumpOfOneStageWritesOneFile() throws {
        let dir = try temporaryDirectory("one")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["compile", mlp, "--no-codegen", "--dump-after", "elaborate", "-o", dir], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["00-elaborate.graph"])
    }

    @Test func badGraphIsUserErrorWithCaret() throws {
        let dir = try temporaryDirectory("bad")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/bad.graph"
        try "entry e(x: f32[2]) -> (y: f32[3]) {\n  return relu(x)\n}\n".write(toFile: path, atomically: true,
                                                                              encoding: .utf8)
        for command in ["check", "compile"] {
            let r = runEPTC([command, path], environment: [:])
            #expect(r.exitCode == 1)
            let lines = r.stderr.split(separator: "\n").map(String.init)
            #expect(lines.first == "\(path):2:10: error: result 'y' is declared f32[3] but the returned value is f32[2]")
            #expect(lines.count == 3 && lines[1] == "  return relu(x)" && lines[2] == "         ^")
        }
    }

    @Test(arguments: [
        ["check", "/nonexistent/x.graph"],
        ["compile"],
        ["compile", "--bogus-flag", "x.graph"],
        ["frobnicate"],
    ])
    func userErrorsExitWithOne(_ arguments: [String]) {
        let r = runEPTC(arguments, environment: [:])
        #expect(r.exitCode == 1, "\(arguments): \(r.stderr)")
        #expect(!r.stderr.isEmpty)
    }

    @Test func unknownStageAndUnknownSetAreUserErrors() {
        let stage = runEPTC(["compile", mlp, "--dump-after", "nope"], environment: [:])
        #expect(stage.exitCode == 1)
        #expect(stage.stderr.contains("unknown stage 'nope'"))
        let set = runEPTC(["check", mlp, "--set", "no_such_param=3"], environment: [:])
        #expect(set.exitCode == 1)
        #expect(set.stderr.contains("declares no param 'no_such_param'"))
    }

    /// `--no-fuse` leaves optional passes out (stages and dumps follow); an unknown name is a user
    /// error listing the known ones.
    @Test func noFuseSkipsPassesAndRejectsUnknownNames() throws {
        let dir = try temporaryDirectory("nofuse")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let all = runEPTC(["compile", mlp, "--no-codegen", "--no-fuse=all", "--dump-after", "all", "-o", dir],
                          environment: [:])
        #expect(all.exitCode == 0, "\(all.stderr)")
        #expect(all.stdout.contains("stages: elaborate → autodiff → optimizer\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
                == ["00-elaborate.graph", "01-autodiff.graph", "02-optimizer.graph"])
        let some = runEPTC(["compile", mlp, "--no-codegen", "--no-fuse", "cse,algebra"], environment: [:])
        #expect(some.exitCode == 0, "\(some.stderr)")
        #expect(some.stdout.contains("stages: elaborate → simplify → fuse-lowrank-embedding → fuse-gated-projection → fuse-prompt-attention → autodiff → optimizer → resimplify → elide-keep-rows → fuse-row-epilogues → fuse-reductions → fuse-elementwise → fuse-gemm-epilogue → fuse-multi-result\n"))
        let bad = runEPTC(["compile", mlp, "--no-codegen", "--no-fuse", "nope"], environment: [:])
        #expect(bad.exitCode == 1)
        #expect(bad.stderr.contains("--no-fuse: unknown pass 'nope' (known: all, simplify, cse,"))
        let bench = runEPTC(["bench", mlp, "--no-fuse", "nope"], environment: [:])
        #expect(bench.exitCode == 1)
        #expect(bench.stderr.contains("--no-fuse: unknown pass 'nope'"))
        let dump = runEPTC(["compile", mlp, "--no-codegen", "--no-fuse=all", "--dump-after", "simplify"], environment: [:])
        #expect(dump.exitCode == 1)
        #expect(dump.stderr.contains("unknown stage 'simplify'"))
    }

    @Test func setBeatsConfigBeatsDefault() throws {
        let dir = try temporaryDirectory("bind")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let graph = dir + "/g.graph", config = dir + "/config.json"
        try "param n: int = 2\nparam m: int = 5\nentry e(x: f32[n, m]) -> (y: f32[n, m]) {\n  return x\n}\n"
            .write(toFile: graph, atomically: true, encoding: .utf8)
        try #"{"n": 3, "m": 7, "unrelated": "text", "list": [1, 2]}"#.write(toFile: config, atomically: true,
                                                                           encoding: .utf8)
        #expect(runEPTC(["compile", graph], environment: [:]).stdout.contains("(x: f32[2, 5])"))
        #expect(runEPTC(["compile", graph, "--config", config], environment: [:]).stdout.contains("(x: f32[3, 7])"))
        let both = runEPTC(["compile", graph, "--config", config, "--set", "n=4"], environment: [:])
        #expect(both.stdout.contains("(x: f32[4, 7])"), "\(both.stderr)")
    }

    @Test func helpExitsZero() {
        let r = runEPTC(["--help"], environment: [:])
        #expect(r.exitCode == 0)
        #expect(r.stdout.contains("compile"))
    }

    @Test func fuzzCommandRunsAndReports() {
        let r = runEPTC(["fuzz", mlp, "--mutants", "200", "--seed", "7"], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("mutants: 200"))
        #expect(r.stdout.contains("round-trip failures: 0"))
    }
}
