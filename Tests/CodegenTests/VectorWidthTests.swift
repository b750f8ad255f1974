import Codegen
import Foundation
import HostTestSupport
import IR
import Runtime
import Testing

/// The vector-width choice: the attribute reaches LLVM, and the measurement that picks among
/// several widths (AVX-512 hosts: 512 or 256) runs and is cached per CPU identity.
@Suite struct VectorWidthTests {
    @Test func preferredWidthReachesEveryFunction() throws {
        var b = EntryBuilder(name: "f", weights: [])
        let x = b.parameter("x", .f32([64, 256]))
        b.result("y", try b.add(.softmax(axis: 1), [try b.add(.unary(.tanh), [x])]))
        let graph = Graph(name: "vw", entries: [b.entry])
        var options = CodegenOptions(hostDefaults: false)
        options.vectorWidth = 128
        let machine = CodegenTarget.avx2.machine
        let ir = try ModuleCompiler(options: options, target: machine).llvmIR(graph, entry: "f").after
        #expect(ir.contains("\"prefer-vector-width\"=\"128\""))
        #expect(graphHash(graph, options: options) != graphHash(graph, options: CodegenOptions(hostDefaults: false)))
        let plain = try ModuleCompiler(options: CodegenOptions(hostDefaults: false), target: machine)
            .llvmIR(graph, entry: "f").after
        #expect(!plain.contains("prefer-vector-width"))
    }

    /// Both widths timed (on this host's CPU; 128 and 256 bits run on any x86-64 eptc supports).
    @Test func measurementTimesEachCandidate() throws {
        let times = try HostVectorWidth.measure([128, 256])
        #expect(times.map(\.bits) == [128, 256])
        #expect(times.allSatisfy { $0.seconds > 0 && $0.seconds.isFinite })
    }

    /// A narrower width must beat the widest by `requiredGain` to be chosen: a near tie is the
    /// machine's load deciding, and the choice is cached for good. Unusable times are ignored.
    @Test func nearTiesKeepTheWidest() {
        let gain = HostVectorWidth.requiredGain
        #expect(HostVectorWidth.pick([(512, 1.0), (256, 1.0 / gain * 1.001)]) == 512)
        #expect(HostVectorWidth.pick([(512, 1.0), (256, 1.0 / gain * 0.999)]) == 256)
        #expect(HostVectorWidth.pick([(512, 1.0), (256, 1.5)]) == 512)
        #expect(HostVectorWidth.pick([(512, .infinity), (256, 1.0)]) == 256)
        #expect(HostVectorWidth.pick([(512, .nan), (256, 0)]) == nil)
        #expect(HostVectorWidth.pick([]) == nil)
    }

    /// The choice on recorded CPUs (never this host's): one candidate (AVX2) means LLVM's
    /// default, unmeasured; several (AVX-512) are measured once and then read from the cache,
    /// but only by a CPU with the same identity — same chip, same usable features, same LLVM.
    @Test func choiceIsMeasuredOncePerCPUIdentity() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-vw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var measured: [[Int]] = []
        let fake: ([Int]) throws -> [HostVectorWidth.Measurement] = { widths in
            measured.append(widths)
            return widths.map { ($0, $0 == 512 ? 1.0 : 2.0) }
        }
        for table in [CPUTables.zen3, CPUTables.haswell, CPUTables.xeon207NoOSAVX512] {
            let choice = HostVectorWidth.choose(for: HostCPU(table), cacheDirectory: dir, measure: fake)
            #expect(choice.bits == nil && choice.how.hasPrefix("256-bit, the widest"), "\(choice)")
        }
        #expect(measured.isEmpty)

        let zen4 = HostCPU(CPUTables.zen4)
        let first = HostVectorWidth.choose(for: zen4, cacheDirectory: dir, measure: fake)
        #expect(first.bits == 512 && first.how.hasPrefix("measured: 512-bit"), "\(first)")
        let again = HostVectorWidth.choose(for: zen4, cacheDirectory: dir, measure: fake)
        #expect(again.bits == 512 && again.how.hasSuffix(", cached"), "\(again)")
        #expect(measured == [[512, 256]])

        // Another AVX-512 CPU, and the same Xeon with one feature fewer (BF16 hidden by a
        // hypervisor): neither may use the measurement of another.
        var noBF16 = CPUTables.xeon207
        noBF16.leaf7s1 = [0, 0, 0, 0]
        for table in [CPUTables.xeon207, noBF16] {
            let choice = HostVectorWidth.choose(for: HostCPU(table), cacheDirectory: dir, measure: fake)
            #expect(!choice.how.hasSuffix(", cached"), "\(choice)")
        }
        #expect(measured.count == 3)
        #expect(HostVectorWidth.cacheKey(HostCPU(CPUTables.xeon207)) != HostVectorWidth.cacheKey(HostCPU(noBF16)))
    }

    /// Processes sharing a cache build the same code: one that measured while another stored its
    /// measurement first takes the stored choice, not its own.
    @Test func aChoiceStoredMeanwhileWins() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-vw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let zen4 = HostCPU(CPUTables.zen4)
        let choice = HostVectorWidth.choose(for: zen4, cacheDirectory: dir) { widths in
            // Meanwhile another process measures 256-bit as the faster and stores it.
            let theirs = HostVectorWidth.choose(for: zen4, cacheDirectory: dir) { $0.map { ($0, $0 == 256 ? 1.0 : 2.0) } }
            #expect(theirs.bits == 256)
            return widths.map { ($0, $0 == 512 ? 1.0 : 2.0) }
        }
        #expect(choice.bits == 256 && choice.how.hasSuffix(", cached"), "\(choice)")
    }

    /// A cache file whose recorded key is another CPU's (a copied cache folder, a hash
    /// collision) is not used.
    @Test func cachedChoiceOfAnotherCPUIsIgnored() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eptc-vw-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let zen4 = HostCPU(CPUTables.zen4)
        _ = HostVectorWidth.choose(for: zen4, cacheDirectory: dir) { $0.map { ($0, $0 == 256 ? 1.0 : 2.0) } }
        let file = try #require(try FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil).first)
        var stored = try JSONDecoder().decode(HostVectorWidth.Choice.self, from: Data(contentsOf: file))
        #expect(stored.bits == 256)
        stored.key = HostVectorWidth.cacheKey(HostCPU(CPUTables.xeon207))
        try JSONEncoder().encode(stored).write(to: file)
        let choice = HostVectorWidth.choose(for: zen4, cacheDirectory: dir) { $0.map { ($0, $0 == 512 ? 1.0 : 2.0) } }
        #expect(choice.bits == 512 && !choice.how.hasSuffix(", cached"), "\(choice)")
    }

    /// A failed measurement leaves LLVM's default, and says so.
    @Test func failedMeasurementKeepsLLVMDefault() {
        struct Failure: Error {}
        let choice = HostVectorWidth.choose(for: HostCPU(CPUTables.xeon207), cacheDirectory: nil) { _ in throw Failure() }
        #expect(choice.bits == nil && choice.how.contains("measurement failed"))
    }
}

/// Which machines can run code for the pinned targets, on recorded CPUs.
@Suite struct CodegenTargetTests {
    @Test func pinnedTargetsRunWhereTheirFeaturesAre() {
        for table in [CPUTables.zen3, CPUTables.haswell, CPUTables.xeon207NoOSAVX512] {
            let cpu = HostCPU(table)
            #expect(CodegenTarget.avx2.unsupportedReason(on: cpu) == nil, "\(cpu.summary)")
            let reason = CodegenTarget.avx512.unsupportedReason(on: cpu)
            #expect(reason?.contains("lacks avx512") == true, "\(cpu.summary): \(reason ?? "runs")")
        }
        for table in [CPUTables.zen4, CPUTables.xeon207] {
            for target in CodegenTarget.pinned {
                #expect(target.unsupportedReason(on: HostCPU(table)) == nil, "\(target) on \(HostCPU(table).summary)")
            }
        }
        // No AVX at all (an SSE-only snapshot): neither runs.
        let sse = HostCPU(CPUIDSnapshot(leaf0: CPUTables.intel, leaf1: [0x0001_06a5, 0, 0x0098_0201, 0], leaf7: [0, 0, 0, 0],
                                        leaf7s1: [0, 0, 0, 0], xcr0: 0x3))
        #expect(CodegenTarget.pinned.allSatisfy { $0.unsupportedReason(on: sse) != nil })
    }

    /// The pinned machines are what the compiler is given, whatever the host.
    @Test func pinnedTargetsReachTheModule() throws {
        var b = EntryBuilder(name: "f", weights: [])
        b.result("y", try b.add(.unary(.tanh), [b.parameter("x", .f32([64, 256]))]))
        let graph = Graph(name: "pin", entries: [b.entry])
        for target in CodegenTarget.pinned {
            let ir = try target.compiler().llvmIR(graph, entry: "f")
            #expect(ir.before.contains("target triple = \"\(CodegenTarget.pinnedTriple)\""))
            #expect(ir.before.contains("\"prefer-vector-width\"=\"\(target.vectorWidth)\""))
            #expect(ir.after.contains(target.floatVector), "\(target)")
        }
    }
}
