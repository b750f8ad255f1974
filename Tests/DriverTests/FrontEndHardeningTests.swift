import Codegen
import Driver
import Foundation
import Syntax
import TestSupport
import Testing

/// Classes 1–3 of the hardening issue: inputs that crashed (stack overflow), read forever, or took
/// quadratic or unbounded time are refused quickly with a clear first line. The time limit is a
/// hang guard, not a benchmark: each case takes well under a second of CPU, but the suites run in
/// parallel on a shared machine, so the limit leaves room for waiting.
@Suite(.timeLimit(.minutes(10))) struct FrontEndHardeningTests {
    let mlp = repositoryRoot + "/graphs/mlp.graph"

    // MARK: 1. Long flat expressions

    @Test func longAdditionChainInAnEntryIsRefused() throws {
        let s = try Scratch("chain"); defer { s.remove() }
        let chain = Array(repeating: "x", count: 5000).joined(separator: " + ")
        let file = try s.write("chain.graph", entryGraph("  let z = \(chain)"))
        expectRefused(["check", file], firstLine: "error: expression too deep (more than 256 chained operators")
    }

    @Test func longAndChainInAParamDefaultIsRefused() throws {
        let s = try Scratch("and"); defer { s.remove() }
        let chain = Array(repeating: "true", count: 5000).joined(separator: " && ")
        let file = try s.write("and.graph", entryGraph("", prelude: "param flag: bool = \(chain)"))
        expectRefused(["check", file], firstLine: "expression too deep")
    }

    @Test func chainsWithinTheLimitStillWork() throws {
        let s = try Scratch("okchain"); defer { s.remove() }
        let chain = Array(repeating: "x", count: 200).joined(separator: " + ")
        let file = try s.write("ok.graph", entryGraph("  let z = \(chain)"))
        #expect(runEPTC(["check", file], environment: [:]).exitCode == 0)
    }

    // MARK: 2. Unbounded reads

    @Test func devicesAreNotReadAsGraphs() throws {
        expectRefused(["check", "/dev/zero"], firstLine: "cannot read graph file '/dev/zero': a device, not a regular file")
        let s = try Scratch("dev"); defer { s.remove() }
        let file = try s.write("imp.graph", entryGraph("", prelude: "import \"/dev/urandom\""))
        expectRefused(["check", file], firstLine: "cannot open imported file '/dev/urandom': a device, not a regular file")
    }

    @Test func pipesAndFoldersAreNotRead() throws {
        let s = try Scratch("fifo"); defer { s.remove() }
        #expect(mkfifo(s.path + "/pipe.graph", 0o600) == 0)
        let file = try s.write("imp.graph", entryGraph("", prelude: "import \"pipe.graph\""))
        expectRefused(["check", file], firstLine: "a pipe, not a regular file")
        expectRefused(["check", s.path], firstLine: "a folder, not a regular file")
        expectRefused(["check", mlp, "--config", s.path + "/pipe.graph"], firstLine: "a pipe, not a regular file")
    }

    @Test func filesOverTheSizeCapAreRefused() throws {
        let s = try Scratch("cap"); defer { s.remove() }
        let file = try s.write("big.graph", String(repeating: "// padding\n", count: 100))
        guard case .failure(let why) = InputFile.read(file, maxBytes: 500) else {
            Issue.record("a 1100-byte file was read under a 500-byte cap")
            return
        }
        #expect(why.kind == .tooLarge)
        #expect(why.description.contains("over the input limit of 500 bytes (raise it with EPTC_MAX_INPUT_BYTES)"))
        #expect((try? InputFile.read(file, maxBytes: 2000).get())?.count == 1100)
    }

    /// One file reached as `lib.graph`, `./sub/../lib.graph` and through a symlink is imported once.
    @Test func importsThroughOtherSpellingsAreTheSameFile() throws {
        let s = try Scratch("canon"); defer { s.remove() }
        try s.write("lib.graph", "param width: int = 2\n")
        try FileManager.default.createDirectory(atPath: s.path + "/sub", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: s.path + "/link.graph", withDestinationPath: s.path + "/lib.graph")
        let main = try s.write("main.graph", """
            import "lib.graph"
            import "./sub/../lib.graph"
            import "link.graph"
            entry f(x: f32[width]) -> (y: f32[width]) {
              return x
            }
            """)
        let r = runEPTC(["check", main], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
    }

    // MARK: 3. Quadratic and unbounded work

    /// 16,000 reassignments copied the whole node array each time (14 s); now linear.
    @Test func reassigningAVarInALoopIsLinear() throws {
        let s = try Scratch("reassign"); defer { s.remove() }
        let file = try s.write("loop.graph", """
            entry f(a: f32[2]) -> (y: f32[2]) {
              var h = a
              for i in 0..16000 {
                h = h + 1.0
              }
              return h
            }
            """)
        let r = runEPTC(["check", file], environment: [:])
        #expect(r.exitCode == 0, "\(r.stderr)")
    }

    @Test func hugeLayerCountsStopAtTheNodeLimit() {
        expectRefused(["check", mlp, "--set", "num_layers=100000"], firstLine: "has more than 200000 values")
    }

    @Test func nestedLoopsShareOneBudget() throws {
        let s = try Scratch("nest"); defer { s.remove() }
        let file = try s.write("nest.graph", entryGraph("""
              for i in 0..100000 {
                for j in 0..100000 {
                }
              }
            """))
        expectRefused(["check", file], firstLine: "takes more than 2000000 statements, loop iterations and calls")
    }

    /// Each function calls the next twice: 2^30 calls without a single loop.
    @Test func fanOutCallsShareTheBudget() throws {
        let s = try Scratch("fan"); defer { s.remove() }
        var text = "fn f30(x: f32[2]) -> f32[2] {\n  return x\n}\n"
        for k in stride(from: 29, through: 0, by: -1) {
            text += "fn f\(k)(x: f32[2]) -> f32[2] {\n  let a = f\(k + 1)(x)\n  return f\(k + 1)(a)\n}\n"
        }
        let file = try s.write("fan.graph", entryGraph("  let z = f0(x)", prelude: text))
        expectRefused(["check", file], firstLine: "takes more than 2000000 statements")
    }

    @Test func doublingAStringIsBounded() throws {
        let s = try Scratch("str"); defer { s.remove() }
        let file = try s.write("str.graph", entryGraph("""
              var name = "ab"
              for i in 0..64 {
                name = "{name}{name}"
              }
            """))
        expectRefused(["check", file], firstLine: "compile-time string longer than 65536 bytes")
    }

    @Test func backwardsLoopRangesAreErrors() {
        expectRefused(["check", mlp, "--set", "num_layers=-3"], firstLine: "loop range 0..-3 runs backwards")
    }
}
