import Foundation
import Testing
import IR
import Passes
import Runtime
@testable import Codegen

func temporaryDirectory(_ tag: String) -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-codegen-\(tag)-\(UInt64.random(in: 0...UInt64.max))")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite struct AOTTests {
    /// Written to a directory and loaded back (a new JIT, no compilation), results are identical.
    @Test func roundTripGivesIdenticalResults() throws {
        let (graph, program) = try classifier.get()
        let dir = temporaryDirectory("roundtrip")
        defer { try? FileManager.default.removeItem(at: dir) }
        try program.write(to: dir)
        let loaded = try CompiledProgram.load(graph, from: dir)
        let entry = try #require(graph.entry(named: "loss"))
        var inputs = randomInputs(entry, seed: 3, intBound: 5)
        inputs["seed"] = .scalar(Int32(1))
        let a = try CompiledEngine(program: program, weights: WeightStore(graph: graph, seed: 1)).run("loss", inputs: inputs)
        let b = try CompiledEngine(program: loaded, weights: WeightStore(graph: graph, seed: 1)).run("loss", inputs: inputs)
        #expect(a == b)
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: dir.appendingPathComponent("manifest.json")))
        #expect(manifest.entries.map(\.name) == graph.entries.map(\.name))
        #expect(manifest.entries.allSatisfy { $0.arenaBytes >= $0.peakLiveBytes })
    }

    @Test func damagedArtifactsAreRejected() throws {
        let (graph, program) = try classifier.get()
        let dir = temporaryDirectory("damaged")
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifestURL = dir.appendingPathComponent("manifest.json")
        func expectRejected(_ fragment: String, _ g: Graph? = nil) {
            #expect {
                _ = try CompiledProgram.load(g ?? graph, from: dir)
            } throws: { error in
                guard case CodegenError.artifact(let m) = error else { return false }
                return m.contains(fragment)
            }
        }
        // Truncated object.
        try program.write(to: dir)
        let objectURL = dir.appendingPathComponent("classifier.o")
        try Data(program.objectCode.prefix(program.objectCode.count / 2)).write(to: objectURL)
        expectRejected("truncated")
        // Same size, flipped bytes.
        var flipped = program.objectCode
        flipped[flipped.count / 2] ^= 0xFF
        try Data(flipped).write(to: objectURL)
        expectRejected("corrupt")
        // Manifest that is not JSON.
        try program.write(to: dir)
        try Data("{ not json".utf8).write(to: manifestURL)
        expectRejected("not a valid manifest")
        // Another CPU's features.
        try program.write(to: dir)
        var manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
        manifest.target.features = "-avx2,-fma"
        try JSONEncoder().encode(manifest).write(to: manifestURL)
        expectRejected("CPU features")
        // Another LLVM's object: refused, asking for a recompile.
        try program.write(to: dir)
        manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: manifestURL))
        #expect(manifest.llvmVersion == LLVMCompat.version)
        manifest.llvmVersion = "13.0.1"
        try JSONEncoder().encode(manifest).write(to: manifestURL)
        expectRejected("compiled with LLVM 13.0.1; this eptc uses LLVM \(LLVMCompat.version): recompile")
        // An older manifest format (no llvmVersion field): the format is named, not a decode error.
        try Data(#"{"formatVersion": 1, "graphName": "classifier"}"#.utf8).write(to: manifestURL)
        expectRejected("format 1, expected \(Manifest.currentFormat); recompile")
        // Another graph.
        try program.write(to: dir)
        var other = graph
        other.weights[1].type = .f32([8])
        other.name = "classifier"
        other.weights[1].initializer = .ones
        expectRejected("another graph", other)
    }

    /// The second request for the same graph is served from the cache, without compiling.
    @Test func cacheServesTheSecondCompile() throws {
        let (graph, _) = try classifier.get()
        let cache = CompileCache(directory: temporaryDirectory("cache"))
        defer { try? FileManager.default.removeItem(at: cache.directory) }
        let first = try cache.program(for: graph)
        let second = try cache.program(for: graph)
        #expect(!first.hit)
        #expect(second.hit)
        #expect(second.program.objectCode == first.program.objectCode)
        // A damaged cache entry is recompiled, not trusted.
        try Data([0, 1, 2]).write(to: cache.folder(for: graph, options: CodegenOptions()).appendingPathComponent("classifier.o"))
        let third = try cache.program(for: graph)
        #expect(!third.hit)
    }

    @Test(arguments: CodegenTarget.pinned)
    func llvmDumpShowsBeforeAndAfterO3(_ target: CodegenTarget) throws {
        let (graph, _) = try classifier.get()
        let ir = try target.compiler().llvmIR(graph, entry: "loss")
        // " i32 @…": LLVM 19 prints a return range between "define" and the type.
        #expect(ir.before.contains(" i32 @eptc_entry_0("))
        #expect(ir.after.contains(" i32 @eptc_entry_0("))
        #expect(ir.after.contains(target.floatVector), "O3 should vectorize at full width for \(target)")
        #expect(ir.before != ir.after)
    }
}
