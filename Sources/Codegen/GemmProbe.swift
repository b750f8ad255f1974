import Foundation
import IR
import Passes

/// The measurement behind `GemmChooser`: every shape as an entry of one probe graph, compiled
/// once with the generated kernel and once with BLAS (and once with oneDNN when it is a
/// candidate), each entry called directly on the same buffers (no tensor copies around the call,
/// which would blur small products).
enum GemmProbe {
    /// Operands that `MatmulShape(a:b:…)` reads back as `s` (same batches, sharing, transposes).
    static func operandShapes(_ s: MatmulShape) -> (a: [Int], b: [Int]) {
        let a = s.ta ? [s.k, s.m] : [s.m, s.k], b = s.tb ? [s.n, s.k] : [s.k, s.n]
        let batch = s.batches > 1 || !s.bShared ? [s.batches] : []
        return (batch + a, s.bShared ? b : batch + b)
    }

    static func graph(_ shapes: [MatmulShape]) throws -> Graph {
        let entries = try shapes.enumerated().map { i, s in
            var e = EntryBuilder(name: "g\(i)", weights: [])
            let (sa, sb) = operandShapes(s)
            let y = try e.add(.matmul(transposeA: s.ta, transposeB: s.tb),
                              [e.parameter("a", .f32(sa)), e.parameter("b", .f32(sb))])
            e.result("y", y)
            return e.entry
        }
        return Graph(name: "gemm_probe", entries: entries)
    }

    /// A cheaper stand-in for timing `s`, with the same K, N, transposes and leading dimensions
    /// (so the same K and N blocking and packing, and the same A and B layouts): at most
    /// `proxyRows` rows (a folded batch keeps whole sequences; A transposed keeps its M, its lda)
    /// and, of a batch of separate products, as many as `proxyProductWork` multiply-adds hold
    /// (at least `GemmTiling.iterations`; each is a whole kernel iteration). A T5-small step's
    /// (8·168)-row GEMMs are timed on 4·168 rows, MiniLM's (32·64) on 8·64; attention's 64 products
    /// of 168×168×64 on 64, MiniLM's 384 of 104×104×32 on all 384. Why so many products: a call
    /// of 8 small ones is over in tens of microseconds, where the generated kernel's two parallel
    /// launches (pack, compute) against BLAS's one weigh as much as the products themselves — the
    /// probe then said 0.5–0.7× for MiniLM's attention products, which a step runs in calls of 384.
    static func proxy(_ s: MatmulShape) -> MatmulShape {
        var p = s
        if s.foldsBatchIntoRows {
            p.batches = min(s.batches, max(1, (proxyRows + s.m - 1) / s.m))
        } else {
            let perProduct = max(1, s.m * s.n * s.k)
            p.batches = min(s.batches, max(GemmTiling.iterations, proxyProductWork / perProduct))
        }
        if p.batches == 1, !s.ta, s.m > proxyRows { p.m = proxyRows }
        return p
    }

    static let proxyRows = 512
    /// Multiply-adds a batch of separate products is timed on: about a 512-row GEMM's of d 512.
    static let proxyProductWork = 1 << 27

    /// Shapes per probe module: compiled a few at a time, so a budget that runs out leaves the
    /// shapes measured so far decided (a later compile measures the rest).
    static let shapesPerModule = 4

    /// Timed decisions by shape key (each timed on its `proxy`), in the order given, until
    /// `budget` seconds (from the start, compiling included) are spent; shapes not reached are
    /// absent. Two passes: every shape its `rounds`, then the close calls (`isCloseCall`) up to
    /// `closeCallRounds` with what the budget has left — so refining a verdict never costs
    /// another shape its measurement.
    static func measure(_ shapes: [MatmulShape], options: CodegenOptions, dnnl: Bool = false,
                        budget: Double) -> [String: GemmDecision] {
        let start = DispatchTime.now().uptimeNanoseconds
        let elapsed = { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
        let over = { elapsed() >= budget }
        var out: [String: GemmDecision] = [:]
        var closeCalls: [Probe] = []
        var rng = SplitMix64(seed: 0x6E33)
        for first in stride(from: 0, to: shapes.count, by: shapesPerModule) where !over() {
            let chunk = Array(shapes[first..<min(first + shapesPerModule, shapes.count)])
            let proxies = chunk.map(proxy)
            guard let programs = compile(proxies, options, dnnl: dnnl) else { break }
            for (i, s) in chunk.enumerated() where !over() {
                var probe = Probe(key: GemmChooser.shapeKey(s, vectorBits: options.vectorWidth), proxy: proxies[i],
                                  entry: i, programs: programs, gain: GemmChooser.requiredGain(for: s))
                probe.time(rounds: rounds, &rng, until: over)
                out[probe.key] = decide(probe.best, gain: probe.gain)
                if isCloseCall(probe.best, gain: probe.gain) { closeCalls.append(probe) }
            }
        }
        for var probe in closeCalls where !over() {
            probe.time(rounds: closeCallRounds - rounds, &rng, until: over)
            out[probe.key] = decide(probe.best, gain: probe.gain)
        }
        return out
    }

    /// One shape's measurement: its proxy, compiled both ways (entry `entry` of `programs`), and
    /// each program's fastest time so far.
    private struct Probe {
        var key: String
        var proxy: MatmulShape
        var entry: Int
        var programs: [CompiledProgram]
        var gain: Double
        var best: [Double] = []

        /// `rounds` more alternating rounds (at least 2 when `over`), on fresh random operands.
        mutating func time(rounds: Int, _ rng: inout SplitMix64, until over: () -> Bool) {
            let times = GemmProbe.time(proxy, entry: entry, programs, rounds: rounds, &rng, until: over)
            best = best.isEmpty ? times : zip(best, times).map { min($0, $1) }
        }
    }

    /// The fastest times (generated, BLAS, oneDNN if timed) as a decision: another kernel only
    /// when it beats BLAS by `gain` (`GemmChooser.requiredGain(for:)`; the fastest of those that do).
    static func decide(_ best: [Double], gain: Double) -> GemmDecision {
        var d = GemmDecision(generated: false, generatedSeconds: best[0], blasSeconds: best[1])
        d.dnnlSeconds = best.count > 2 ? best[2] : nil
        let winners = best.indices.filter { $0 != 1 && best[$0] * gain < best[1] }
        let fastest = winners.min { best[$0] < best[$1] } ?? 1
        (d.generated, d.dnnl) = (fastest == 0, fastest == 2)
        return d
    }

    /// The probe graph of `shapes` compiled with the generated kernel, BLAS and (`dnnl`) oneDNN.
    private static func compile(_ shapes: [MatmulShape], _ options: CodegenOptions, dnnl: Bool) -> [CompiledProgram]? {
        guard let probe = try? graph(shapes) else { return nil }
        var programs: [CompiledProgram] = []
        for policy in [GemmPolicy.generated, .blas] + (dnnl ? [.dnnl] : []) {
            var o = options
            (o.gemm, o.profile) = (policy, false)
            guard let p = try? CompiledProgram.compile(probe, options: o) else { return nil }
            programs.append(p)
        }
        return programs
    }

    /// Every program's entry `entry` (shape `s`) on the same random operands, `rounds` rounds.
    private static func time(_ s: MatmulShape, entry: Int, _ programs: [CompiledProgram], rounds: Int,
                             _ rng: inout SplitMix64, until over: () -> Bool) -> [Double] {
        let (sa, sb) = operandShapes(s)
        var x = (0..<sa.reduce(1, *)).map { _ in Float(rng.nextUnit() * 2 - 1) }
        var w = (0..<sb.reduce(1, *)).map { _ in Float(rng.nextUnit() * 2 - 1) }
        var y = [Float](repeating: 0, count: s.batches * s.m * s.n)
        let arena = UnsafeMutableRawPointer.allocate(byteCount: max(programs.map(\.arenaBytes).max() ?? 0, 64),
                                                     alignment: 64)
        defer { arena.deallocate() }
        return x.withUnsafeMutableBytes { xp in
            w.withUnsafeMutableBytes { wp in
                y.withUnsafeMutableBytes { yp in
                    var block: [UnsafeMutableRawPointer?] = [xp.baseAddress, wp.baseAddress, yp.baseAddress, arena]
                    return block.withUnsafeMutableBufferPointer { args in
                        alternate(entry, programs, args.baseAddress!, rounds: rounds, until: over)
                    }
                }
            }
        }
    }

    /// Alternating rounds every shape gets, and how many a close call may get (`isCloseCall`).
    static let rounds = 5, closeCallRounds = 15

    /// Whether another kernel's best time so far sits so near the rule's line (`gain` times
    /// faster than BLAS) that the machine's load could put it on either side: within
    /// `closeCallBand` of the line. On a shared 2-core VM, five rounds had timed OpenBLAS's T5
    /// feed-forward (684×2048×512 Bᵀ) at 155 GFLOP/s where the step ran it at 175–190, and the
    /// generated kernel won at 1.13×, then ran slower than BLAS inside the step.
    static func isCloseCall(_ best: [Double], gain: Double) -> Bool {
        guard best.count > 1, best[1].isFinite, best[1] > 0 else { return false }
        return best.indices.contains { i in
            guard i != 1, best[i].isFinite, best[i] > 0 else { return false }
            let ratio = best[1] / best[i]
            return ratio > gain / closeCallBand && ratio < gain * closeCallBand
        }
    }

    static let closeCallBand = 1.15

    /// One warm-up call each, then `rounds` alternating rounds (at least 2 when `over`); the
    /// fastest of each — more rounds let each side's minimum reach its unloaded speed.
    private static func alternate(_ entry: Int, _ programs: [CompiledProgram],
                                  _ args: UnsafeMutablePointer<UnsafeMutableRawPointer?>,
                                  rounds: Int, until over: () -> Bool) -> [Double] {
        func once(_ p: CompiledProgram) -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            _ = p.call(entry: entry, args)
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }
        for p in programs { _ = once(p) }
        var best = [Double](repeating: .infinity, count: programs.count)
        for run in 0..<max(rounds, 1) {
            for (i, p) in programs.enumerated() { best[i] = min(best[i], once(p)) }
            if run >= 1, over() { break }
        }
        return best
    }
}
