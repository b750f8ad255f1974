import Codegen
@testable import Driver
import Foundation
import IR
import Runtime
import Support
import TestSupport
import Testing

/// A graph small enough that compiling its four entries (loss, predict, and the derived
/// loss_grad and train_step) stays well under a second, with ids, labels and a BLAS-free matmul.
private let tinyGraph = """
    graph tiny
    param n: int = 2
    weight table: f32[5, 4] trainable init normal(mean=0.0, std=0.5) from "tiny.table"
    weight w: f32[4, 3] trainable init normal(mean=0.0, std=0.5) from "tiny.w"
    entry loss(ids: i32[n], labels: i32[n]) -> (loss: f32[]) {
      return cross_entropy(matmul(gather(table, ids), w), labels)
    }
    entry predict(ids: i32[n]) -> (logits: f32[n, 3]) {
      return matmul(gather(table, ids), w)
    }

    """

/// Writes the tiny graph into a fresh folder; returns (folder, graph path).
private func tinyFixture(_ name: String) throws -> (String, String) {
    let dir = try temporaryDirectory(name)
    let path = dir + "/tiny.graph"
    try tinyGraph.write(toFile: path, atomically: true, encoding: .utf8)
    return (dir, path)
}

@Suite struct CodegenCLITests {
    @Test func compileJITCompilesThenServesFromTheCache() throws {
        let (dir, graph) = try tinyFixture("cache")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["EPTC_CACHE_DIR": dir + "/cache"]
        let first = runEPTC(["compile", graph], environment: env)
        #expect(first.exitCode == 0, "\(first.stderr)")
        #expect(first.stdout.contains("codegen: JIT-compiled 4 entries"), "\(first.stdout)")
        #expect(first.stdout.contains("stored in cache \(dir)/cache/"))
        let second = runEPTC(["compile", graph], environment: env)
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(second.stdout.contains("codegen: cached: loaded 4 entries"), "\(second.stdout)")
        // Nothing is written without -o.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["cache", "tiny.graph"])

        // A damaged cache entry is recompiled and replaced, saying why.
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: dir + "/cache").first)
        try Data([1, 2, 3]).write(to: URL(fileURLWithPath: "\(dir)/cache/\(entry)/tiny.o"))
        let third = runEPTC(["compile", graph], environment: env)
        #expect(third.exitCode == 0, "\(third.stderr)")
        #expect(third.stdout.contains("cache entry unusable ("), "\(third.stdout)")
        #expect(third.stdout.contains("truncated or resized"))
        #expect(runEPTC(["compile", graph], environment: env).stdout.contains("codegen: cached:"))
    }

    @Test func noCodegenAndNoCacheFlags() throws {
        let (dir, graph) = try tinyFixture("flags")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let env = ["EPTC_CACHE_DIR": dir + "/cache"]
        let quick = runEPTC(["compile", graph, "--no-codegen"], environment: env)
        #expect(quick.exitCode == 0, "\(quick.stderr)")
        #expect(!quick.stdout.contains("codegen:"))
        #expect(quick.stdout.contains("entry train_step("))
        let uncached = runEPTC(["compile", graph, "--no-cache"], environment: env)
        #expect(uncached.stdout.contains("(cache off)"), "\(uncached.stdout)")
        #expect(!FileManager.default.fileExists(atPath: dir + "/cache"))
        let clash = runEPTC(["compile", graph, "--no-codegen", "--dump-llvm"], environment: env)
        #expect(clash.exitCode == 1)
        #expect(clash.stderr.contains("--no-codegen cannot be combined"))
        // An unwritable cache costs a compile, not the run.
        let blocked = runEPTC(["compile", graph], environment: ["EPTC_CACHE_DIR": graph + "/cache"])
        #expect(blocked.exitCode == 0, "\(blocked.stderr)")
        #expect(blocked.stdout.contains("(not stored in the cache: "), "\(blocked.stdout)")
        // check stays front-end only: it never reaches codegen.
        #expect(!runEPTC(["check", graph], environment: env).stdout.contains("codegen"))
    }

    /// `compile -o DIR` writes an object + manifest; loading them into a new JIT (no compiling)
    /// gives results and weight updates bit-identical to a fresh JIT compile.
    @Test func aotObjectLoadsAndMatchesJITBitForBit() throws {
        let (dir, graph) = try tinyFixture("aot")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        let r = runEPTC(["compile", graph, "-o", out, "--no-cache"], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("wrote \(out)/tiny.o\nwrote \(out)/manifest.json\n"), "\(r.stdout)")
        let final = try GraphPipeline.finalGraph(file: graph)
        let loaded = try CompiledProgram.load(final, from: URL(fileURLWithPath: out))
        let aot = CompiledEngine(program: loaded, weights: try WeightStore(graph: final, seed: 7))
        let jit = try CompiledEngine(graph: final, weights: WeightStore(graph: final, seed: 7))
        let ids = Tensor(.i32([2]), storage: .i32([4, 1])), labels = Tensor(.i32([2]), storage: .i32([2, 0]))
        #expect(try aot.run("predict", inputs: ["ids": ids]) == jit.run("predict", inputs: ["ids": ids]))
        for _ in 0..<3 {
            let inputs = ["ids": ids, "labels": labels, "lr_scale": Tensor.scalar(Float(1))]
            #expect(try aot.run("train_step", inputs: inputs) == jit.run("train_step", inputs: inputs))
        }
        #expect(aot.weights.tensors == jit.weights.tensors)
        #expect(aot.weights.tensors != (try WeightStore(graph: final, seed: 7)).tensors, "train_step must move weights")

        let load = runEPTC(["compile", graph, "--load", out], environment: [:])
        #expect(load.exitCode == 0, "\(load.stderr)")
        #expect(load.stdout.contains("codegen: loaded 4 entries"))
    }

    /// Artifacts the user names with --load are checked, and a bad one stops the run (exit 1)
    /// with the reason; they are not silently recompiled (only cache entries are).
    @Test func damagedOrMismatchedArtifactsStopWithExitOne() throws {
        let (dir, graph) = try tinyFixture("damaged")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        func expectRejected(_ fragment: String, _ extra: [String] = [], sourceLine: Int = #line) {
            let r = runEPTC(["compile", graph, "--load", out] + extra, environment: [:])
            #expect(r.exitCode == 1, "line \(sourceLine): \(r.stdout)")
            #expect(r.stderr.hasPrefix("error: \(out)/"), "line \(sourceLine): \(r.stderr)")
            #expect(r.stderr.contains(fragment), "line \(sourceLine): \(r.stderr)")
        }
        func rewrite() { #expect(runEPTC(["compile", graph, "-o", out, "--no-cache"], environment: [:]).exitCode == 0) }
        rewrite()
        let object = try Data(contentsOf: URL(fileURLWithPath: out + "/tiny.o"))
        try object.prefix(object.count / 2).write(to: URL(fileURLWithPath: out + "/tiny.o"))
        expectRejected("truncated or resized")
        rewrite()
        try Data("{\"formatVersion\": 1, ".utf8).write(to: URL(fileURLWithPath: out + "/manifest.json"))
        expectRejected("not a valid manifest")
        rewrite()
        expectRejected("compiled for another graph", ["--set", "n=3"])
        try FileManager.default.removeItem(atPath: out + "/manifest.json")
        expectRejected("cannot read the manifest")
    }

    @Test func dumpLLVMWritesBeforeAndAfterPerEntry() throws {
        let (dir, graph) = try tinyFixture("llvm")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let out = dir + "/out"
        let r = runEPTC(["compile", graph, "--dump-llvm", "-o", out], environment: ["EPTC_CACHE_DIR": dir + "/cache"])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let names = ["00-loss", "01-predict", "02-loss_grad", "03-train_step"]
        let expected = ["manifest.json", "tiny.o"] + names.flatMap { [$0 + ".after.ll", $0 + ".before.ll"] }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == expected.sorted())
        for (k, name) in names.enumerated() {
            let before = try String(contentsOfFile: "\(out)/\(name).before.ll", encoding: .utf8)
            let after = try String(contentsOfFile: "\(out)/\(name).after.ll", encoding: .utf8)
            // "define i32 @…" in LLVM 14; 19 adds a return range: "define range(i32 0, 19) i32 @…".
            #expect(before.contains(" i32 @eptc_entry_\(k)(") && after.contains(" i32 @eptc_entry_\(k)("))
            #expect(before != after)
            // The user's own machine, not the pinned target of the checked-in codegen/ dumps: the
            // host's triple, and the host's width — none set on an AVX2 CPU (one width, LLVM's
            // default), the measured 512 or 256 on an AVX-512 one.
            #expect(before.contains("target triple = \"\(HostTarget.current().triple)\""))
            if BLASCorePolicy.vectorWidthCandidates(for: HostCPU.current).count > 1 {
                #expect(before.contains("\"prefer-vector-width\"=\"512\"") || before.contains("\"prefer-vector-width\"=\"256\""))
            } else {
                #expect(!before.contains("prefer-vector-width"), "an AVX2 host sets no width")
            }
            #expect(r.stdout.contains("wrote \(out)/\(name).before.ll"))
        }
    }

    /// `--gemm` picks the code the dumps and the object file show: eptc's kernel, or the
    /// library call; a policy it does not know is a usage error.
    @Test func compileGemmPolicyShowsInTheDumps() throws {
        let dir = try temporaryDirectory("gemm-policy")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let graph = dir + "/product.graph"
        try """
            graph product
            entry f(a: f32[64, 96], b: f32[96, 80]) -> (y: f32[64, 80]) {
              return matmul(a, b)
            }

            """.write(toFile: graph, atomically: true, encoding: .utf8)
        let env = ["EPTC_CACHE_DIR": dir + "/cache"]
        for (policy, blas) in [("generated", false), ("blas", true)] {
            let out = dir + "/" + policy
            let r = runEPTC(["compile", graph, "--gemm", policy, "--dump-llvm", "-o", out], environment: env)
            #expect(r.exitCode == 0, "\(r.stderr)")
            let ir = try String(contentsOfFile: out + "/00-f.before.ll", encoding: .utf8)
            #expect(ir.contains("@cblas_sgemm(") == blas, "--gemm \(policy)")
            #expect(ir.contains("@llvm.fmuladd.v") != blas, "--gemm \(policy): the kernel's vector multiply-adds")
        }
        let bad = runEPTC(["compile", graph, "--gemm", "fastest"], environment: env)
        #expect(bad.exitCode == 1 && bad.stderr.contains("--gemm"), "\(bad.stderr)")
    }

    /// `bench --perf-map` names the map it wrote, which lists the program's entries and kernels.
    @Test func benchWritesAPerfMap() throws {
        let (dir, graph) = try tinyFixture("perfmap")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["bench", graph, "--repeat", "1", "--sgemm-size", "16", "--no-interpreter", "--entry", "loss",
                         "--perf-map"], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let path = "/tmp/perf-\(ProcessInfo.processInfo.processIdentifier).map"
        #expect(r.stdout.contains("perf map: \(path)"), "\(r.stdout)")
        let map = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(map.contains { $0.hasSuffix(" eptc_entry_0") } && map.contains { $0.hasSuffix(" eptc_kernel_1") })
        #expect(map.allSatisfy { $0.split(separator: " ").count == 3 && UInt64($0.split(separator: " ")[0], radix: 16) != nil })
    }

    @Test func benchPrintsATableForEveryEntry() throws {
        let (dir, graph) = try tinyFixture("bench")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = runEPTC(["bench", graph, "--repeat", "3", "--sgemm-size", "64"], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        #expect(r.stdout.contains("compile: cold "))
        #expect(r.stdout.contains("(compile + store), cached "))
        #expect(r.stdout.contains("sgemm 64×64×64: "))
        let lines = r.stdout.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("entry ") })
        #expect(lines[header].contains("speedup") && lines[header].contains("of sgemm"))
        let rows = lines[(header + 1)...].prefix(4).map { $0.split(separator: " ").first.map(String.init) }
        #expect(rows == ["loss", "predict", "loss_grad", "train_step"])
        for row in lines[(header + 1)...].prefix(4) { #expect(row.hasSuffix("%") && row.contains("x ")) }

        let only = runEPTC(["bench", graph, "--repeat", "1", "--sgemm-size", "16", "--entry", "predict",
                            "--no-interpreter"], environment: [:])
        #expect(only.exitCode == 0, "\(only.stderr)")
        #expect(only.stdout.contains("\npredict ") && !only.stdout.contains("\nloss "))
        let unknown = runEPTC(["bench", graph, "--entry", "nope"], environment: [:])
        #expect(unknown.exitCode == 1)
        #expect(unknown.stderr.contains("has no entry 'nope'"))
        #expect(runEPTC(["bench", graph, "--repeat", "0"], environment: [:]).exitCode == 1)

        // Fused vs unfused: one row per entry with both kernel counts and the ratio.
        let compare = runEPTC(["bench", graph, "--repeat", "2", "--sgemm-size", "16", "--no-interpreter",
                               "--compare-fusion"], environment: [:])
        #expect(compare.exitCode == 0, "\(compare.stderr)")
        let table = compare.stdout.components(separatedBy: "\nentry ").last ?? ""
        #expect(table.contains("kernels") && table.contains("unfused min") && table.contains("fused min"), "\(compare.stdout)")
        for name in ["loss", "predict", "loss_grad", "train_step"] {
            #expect(table.contains("\n\(name) "), "\(name) missing: \(table)")
        }
        #expect(table.contains(" → ") && table.contains("x\n"))
        let off = runEPTC(["bench", graph, "--repeat", "1", "--sgemm-size", "16", "--no-interpreter", "--no-fuse=all"],
                          environment: [:])
        #expect(off.exitCode == 0, "\(off.stderr)")
    }

    /// `--json FILE`: the results as one JSON object (Support's JSONValue), numbers typed, every
    /// entry with its flops and timed runs.
    @Test func benchWritesItsResultsAsJSON() throws {
        let (dir, graph) = try tinyFixture("bench-json")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let file = dir + "/bench.json"
        let r = runEPTC(["bench", graph, "--repeat", "2", "--sgemm-size", "16", "--no-interpreter", "--json", file],
                        environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
        let json = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: file)))
        #expect(json["graph"]?.stringValue != nil && json["sgemm_size"] == .int(16))
        #expect((json["sgemm_gflops"]?.doubleValue ?? 0) > 0 && (json["peak_rss_bytes"]?.intValue ?? 0) > 0)
        let entries = try #require(json["entries"]?.arrayValue)
        #expect(entries.compactMap { $0["entry"]?.stringValue } == ["loss", "predict", "loss_grad", "train_step"])
        for entry in entries {
            #expect((entry["flops"]?.intValue ?? 0) > 0)
            #expect(entry["seconds"]?.arrayValue?.count == 2 && entry["seconds"]?.arrayValue?.allSatisfy { ($0.doubleValue ?? 0) > 0 } == true)
        }
    }

    /// Ids below the table's rows and labels below the class count, through reshapes too.
    @Test func benchInputsRespectIdAndLabelBounds() throws {
        let (dir, graph) = try tinyFixture("bounds")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let final = try GraphPipeline.finalGraph(file: graph, bindings: ["n": .int(64)])
        let entry = try #require(final.entry(named: "loss"))
        let inputs = BenchInputs.make(for: entry, seed: 3)
        guard case .i32(let ids)? = inputs["ids"]?.storage, case .i32(let labels)? = inputs["labels"]?.storage else {
            Issue.record("ids and labels must be i32")
            return
        }
        #expect(ids.allSatisfy { (0..<5).contains($0) } && Set(ids).count == 5)
        #expect(labels.allSatisfy { (0..<3).contains($0) } && Set(labels).count == 3)

        let reshaped = dir + "/reshaped.graph"
        try """
            weight table: f32[7, 2] trainable init zeros from "t"
            entry e(ids: i32[3, 4]) -> (y: f32[12, 2]) {
              return gather(table, reshape(ids, shape=[12]))
            }

            """.write(toFile: reshaped, atomically: true, encoding: .utf8)
        let e = try #require(try GraphPipeline.finalGraph(file: reshaped).entry(named: "e"))
        guard case .i32(let values)? = BenchInputs.make(for: e, seed: 1)["ids"]?.storage else {
            Issue.record("ids must be i32")
            return
        }
        #expect(values.allSatisfy { (0..<7).contains($0) } && values.contains { $0 >= 2 })
    }
}

@Suite struct CodegenDumpTests {
    /// codegen/ holds what this compiler makes of the example graphs, as LLVM 14 prints it (the
    /// LLVM CI builds with; another LLVM's text differs by design), and of every method graph.
    @Test(.enabled(if: LLVMCompat.major == 14, "codegen/ holds LLVM 14's IR text"))
    func codegenDumpsAreCurrent() {
        let r = runEPTC(["codegen-dumps", "--check", "--root", repositoryRoot], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
    }

    /// Row kernels' last pass asks LLVM to vectorize it (`llvm.loop.vectorize.enable`), and no
    /// loop that carries a floating-point value (a sum the forced vectorizer could reorder) does:
    /// read in the committed dumps of the attention example, whose backward has row regions
    /// (`codegenDumpsAreCurrent` keeps them current).
    @Test func vectorizeHintsOnlyOnLoopsWithoutFloatSums() throws {
        let ir = try String(contentsOfFile: repositoryRoot + "/codegen/attention/02-loss_grad.ll", encoding: .utf8)
        #expect(ir.contains("!{!\"llvm.loop.vectorize.enable\", i1 true}"))
        var hinted = 0
        for function in ir.components(separatedBy: "\ndefine ").dropFirst() {
            let lines = function.components(separatedBy: "\n")
            for line in lines where line.contains(", !llvm.loop !") {
                guard let target = line.components(separatedBy: "br label %").last?.components(separatedBy: ",").first,
                      let header = lines.firstIndex(where: { $0.hasPrefix(target + ":") }) else {
                    Issue.record("a hinted back edge without its header: \(line)")
                    continue
                }
                let phis = lines[(header + 1)...].prefix { $0.contains(" = phi ") }
                #expect(!phis.contains { $0.contains("phi float") || $0.contains("x float> ") }, "\(target): \(phis)")
                hinted += 1
            }
        }
        #expect(hinted >= 2)
    }

    @Test func staleDumpsFailWithTheRegenerateHint() throws {
        let (dir, graph) = try tinyFixture("stale")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let written = runEPTC(["codegen-dumps", graph, "-o", dir + "/dumps"], environment: [:])
        #expect(written.exitCode == 0, "\(written.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/dumps/tiny").sorted()
                    == ["00-loss.ll", "01-predict.ll", "02-loss_grad.ll", "03-train_step.ll", "final.graph", "summary.txt"])
        let ir = try String(contentsOfFile: dir + "/dumps/tiny/00-loss.ll", encoding: .utf8)
        // Built for the pinned target, not this machine: the same bytes on every host.
        #expect(ir.contains("\ntarget triple = \"\(CodegenDumps.target.machine.triple)\""))
        #expect(ir.contains("\"prefer-vector-width\"=\"\(CodegenDumps.target.vectorWidth)\""))
        #expect(runEPTC(["codegen-dumps", "--check", graph, "-o", dir + "/dumps"], environment: [:]).exitCode == 0)
        // A changed graph makes the dumps stale.
        try tinyGraph.replacingOccurrences(of: "std=0.5) from \"tiny.w\"", with: "std=0.25) from \"tiny.w\"")
            .write(toFile: graph, atomically: true, encoding: .utf8)
        let stale = runEPTC(["codegen-dumps", "--check", graph, "-o", dir + "/dumps"], environment: [:])
        #expect(stale.exitCode == 1)
        #expect(stale.stderr.contains("codegen/ is stale: run tools/regen-codegen.sh"), "\(stale.stderr)")
        #expect(stale.stderr.contains("tiny/final.graph"))
    }
}
