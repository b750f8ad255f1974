import CodegenTestSupport
import Testing
import IR
import Passes
import Runtime
import Syntax
@testable import Codegen

/// Hand-written fused regions of every kernel kind, compiled and compared with the interpreter
/// (the oracle runs the body op by op), and the interpreter on the region compared with the
/// interpreter on the same graph with the region inlined (bit for bit: the same ops).
@Suite struct FusedRegionTests {
    static let source = """
        weight b: f32[13] frozen init normal(mean=0.0, std=1.0)
        weight w: f32[13] frozen init normal(mean=1.0, std=0.2)
        weight lb: f32[13] frozen init normal(mean=0.0, std=0.2)
        weight m13: f32[13, 13] frozen init normal(mean=0.0, std=0.3)

        // Broadcast inputs, a scalar seed chain, dropout, compare/select/cast, iota.
        entry map(x: f32[3, 5, 13], s: f32[5, 1], seed: i32[]) -> (y: f32[3, 5, 13]) {
          let y = fused elementwise(x, s, b, seed) {
            let h = gelu_tanh(x * s + b)
            let d = dropout(h, seed + 3, rate=0.25)
            let big = greater(d, 0.5)
            let i = cast(iota(shape=[3, 5, 13], axis=2), dtype=f32)
            return where(big, d * i, exp(x) - 1.0)
          }
          return y
        }

        // T5 attention's shape: scores + position bias + mask, softmax per row.
        entry softmax_rows(q: f32[2, 3, 4, 13], bias: f32[3, 4, 13], mask: f32[2, 1, 1, 13]) -> (p: f32[2, 3, 4, 13], lp: f32[2, 3, 4, 13]) {
          let p = fused softmax(q, bias, mask) {
            return softmax(q + bias + (1.0 - mask) * -1000.0, axis=-1)
          }
          let lp = fused softmax(q, bias) {
            return log_softmax(q * 0.5 + bias, axis=3)
          }
          return p, lp
        }

        // Over the last axis, and over all axes (a row whose inputs walk it unevenly: c is (6, 1)).
        entry reductions(x: f32[6, 13], y: f32[13], c: f32[6, 1]) -> (s: f32[6], m: f32[6, 1], mx: f32[6], a: f32[], b: f32[1, 1]) {
          let s = fused reduction(x, y) { return sum(x * y, axes=[1]) }
          let m = fused reduction(x, y) { return mean(square(x - y), axes=[-1], keepdims=true) }
          let mx = fused reduction(x) { return max(abs(x), axes=[1]) }
          let a = fused reduction(x, y) { return sum(square(x) * y, axes=[0, 1]) }
          let b = fused reduction(x, c) { return mean(x * c + c, axes=[1, 0], keepdims=true) }
          return s, m, mx, a, b
        }

        entry norms(x: f32[2, 5, 13], r: f32[2, 5, 13], g: f32[13]) -> (a: f32[2, 5, 13], l: f32[2, 5, 13]) {
          let a = fused norm(x, r, g) { return rms_norm(x + r, g, eps=1e-6) }
          let l = fused norm(x, r, w, lb) { return layer_norm(gelu_erf(x) + r, w, lb, eps=1e-5) }
          return a, l
        }

        // Lowered node by node: a matmul inside, an immediate constant input, a reshape result,
        // an input as the result, cross-entropy's own scratch inside a body, a dropout narrower
        // than the result (its mask follows its own shape).
        entry generic(x: f32[6, 13], labels: i32[6], g: f32[13], seed: i32[]) -> (a: f32[6, 13], r: f32[78], i: f32[6, 13], l: f32[], k: f32[6, 13]) {
          let half = const(value=0.5)
          let a = fused generic(x, m13, half) {
            return relu(matmul(x, m13) * half)
          }
          let r = fused generic(a) { return reshape(exp(a), shape=[78]) }
          let i = fused generic(x) { return x }
          let l = fused generic(a, labels) { return cross_entropy(a * 2.0, labels, ignore_index=0) }
          let k = fused generic(g, x, half, seed) { return dropout(g * half, seed, rate=0.5) + x }
          return a, r, i, l, k
        }

        // Row reductions and the epilogue that reads them back, as autodiff writes softmax's,
        // rms_norm's and layer_norm's backward (one, one and three reduction passes); rows of
        // 37 take the 8-lane sums and a tail, rows of 13 the serial sum, rows of 4103 (longer
        // than the stack buffers) the unbuffered path.
        entry row_epilogues(s: f32[4, 3, 37], g: f32[4, 3, 37], x: f32[2, 5, 13], dy: f32[2, 5, 13], seed: i32[], q: f32[3, 4103], h: f32[3, 4103]) -> (ds: f32[4, 3, 37], dr: f32[2, 5, 13], dl: f32[2, 5, 13], dq: f32[3, 4103]) {
          let ds = fused row(g, s, seed) {
            let gd = dropout(g, seed + 5, rate=0.25)
            return s * (gd - sum(gd * s, axes=[-1], keepdims=true))
          }
          let dr = fused row(dy, w, x) {
            let r = rsqrt(mean(square(x), axes=[-1], keepdims=true) + 0.000001)
            let gw = dy * w
            return r * (gw - x * (square(r) * mean(gw * x, axes=[2], keepdims=true)))
          }
          let dl = fused row(dy, w, x) {
            let c = x - mean(x, axes=[-1], keepdims=true)
            let r = rsqrt(mean(square(c), axes=[-1], keepdims=true) + 0.00001)
            let gw = dy * w
            let xh = c * r
            return r * (gw - mean(gw, axes=[-1], keepdims=true) - xh * mean(gw * xh, axes=[-1], keepdims=true))
          }
          let dq = fused row(q, h, seed) {
            let hd = dropout(h, seed + 6, rate=0.25)
            return exp(q) * (hd - mean(hd * exp(q), axes=[-1], keepdims=true))
          }
          return ds, dr, dl, dq
        }

        // Several results (AdamW's loop after fuse-multi-result): one map writes three outputs, a
        // dropout over the whole shape and a scalar input among them; one extra result is read by
        // a later node, one is returned.
        entry multi(g: f32[7, 13], m: f32[7, 13], v: f32[7, 13], s: f32[], seed: i32[]) -> (w1: f32[7, 13], m1: f32[7, 13], v2: f32[7, 13]) {
          let w1 = fused elementwise(g, m, v, s, b, seed) {
            let gs = dropout(g * s, seed, rate=0.25)
            let m_new = m * 0.9 + gs * 0.1
            let v_new = square(v) * 0.999 + square(gs) * 0.001
            return b - 0.01 * m_new / (sqrt(v_new) + 0.00000001), m_new, v_new
          }
          let m1 = region_result(w1, index=1, shape=[7, 13])
          let v1 = region_result(w1, index=2, shape=[7, 13])
          return w1, m1, v1 * 2.0
        }

        // A row region returning two values (fuse-multi-result: a norm's backward and the dropout
        // that reads it): the final loop over each row writes both.
        entry row_multi(x: f32[2, 5, 13], dy: f32[2, 5, 13], seed: i32[]) -> (g: f32[2, 5, 13], d: f32[2, 5, 13]) {
          let g = fused row(dy, w, x, seed) {
            let r = rsqrt(mean(square(x), axes=[-1], keepdims=true) + 0.000001)
            let gw = dy * w
            let v = r * (gw - x * (square(r) * mean(gw * x, axes=[2], keepdims=true)))
            return v, dropout(v, seed + 2, rate=0.25) * 2.0
          }
          let d = region_result(g, index=1, shape=[2, 5, 13])
          return g, d
        }
        """

    static let graph: Result<Graph, Error> = Result {
        try Elaborator(loader: InMemoryLoader(files: ["regions.graph": source])).elaborate(file: "regions.graph")
    }
    /// The regions compiled for this machine at each pinned width, on first use.
    static let compiled256 = Result { (try graph.get(), try CompiledProgram.compile(graph.get(), options: CodegenTarget.avx2.options())) }
    static let compiled512 = Result { (try graph.get(), try CompiledProgram.compile(graph.get(), options: CodegenTarget.avx512.options())) }
    static func compiled(_ target: CodegenTarget) -> Result<(Graph, CompiledProgram), Error> {
        target.vectorWidth == 512 ? compiled512 : compiled256
    }

    static func regions(_ entry: Entry) -> [(ValueID, FusedRegion)] {
        entry.nodes.indices.compactMap { v in if case .fused(let r) = entry.nodes[v].op { (v, r) } else { nil } }
    }

    @Test func kernelsAreChosenByShape() throws {
        let graph = try Self.graph.get()
        let kinds = graph.entries.map { e in Self.regions(e).map { $0.1.kernel } }
        #expect(kinds[0] == [.map])
        #expect(kinds[1].allSatisfy { if case .rows = $0 { true } else { false } })
        #expect(kinds[2].count == 5 && kinds[2].allSatisfy { if case .rows = $0 { true } else { false } })
        #expect(kinds[3].count == 2 && kinds[3].allSatisfy { if case .rows = $0 { true } else { false } })
        #expect(kinds[4] == [.nodeByNode, .nodeByNode, .map, .nodeByNode, .nodeByNode])
        #expect(kinds[5] == [.rowEpilogue, .rowEpilogue, .rowEpilogue, .rowEpilogue])
        #expect(kinds[6] == [.map])
        #expect(kinds[7] == [.rowEpilogue])
        let passes = Self.regions(graph.entries[5]).map { RowEpiloguePlan($0.1)?.passes.count }
        #expect(passes == [1, 1, 3, 1])
        // The dropout and the exp are needed by both loops: computed once, parked.
        let parked = Self.regions(graph.entries[5]).map { RowEpiloguePlan($0.1)?.parked.count }
        #expect(parked == [1, 0, 0, 2])
        // Only the node-by-node fallback keeps body values in the arena.
        for entry in graph.entries {
            let plan = MemoryPlanner().plan(entry, in: graph)
            for (v, region) in Self.regions(entry) {
                #expect((plan.scratch[v] != nil) == (region.kernel == .nodeByNode), "\(entry.name) %\(v)")
            }
        }
    }

    static let entryNames = ["map", "softmax_rows", "reductions", "norms", "generic", "row_epilogues", "multi", "row_multi"]

    @Test(.executes(.avx2), arguments: entryNames)
    func compiledRegionsMatchTheInterpreterAVX2(_ name: String) throws { try checkRegions(.avx2, name) }

    @Test(.executes(.avx512), arguments: entryNames)
    func compiledRegionsMatchTheInterpreterAVX512(_ name: String) throws { try checkRegions(.avx512, name) }

    func checkRegions(_ target: CodegenTarget, _ name: String) throws {
        let (graph, program) = try Self.compiled(target).get()
        let entry = try #require(graph.entry(named: name))
        for seed in 0..<3 as Range<UInt64> {
            var inputs = randomInputs(entry, seed: seed + 11, intBound: 13)
            if entry.parameters.contains(where: { $0.name == "seed" }) { inputs["seed"] = .scalar(Int32(seed) * 977) }
            if name == "softmax_rows" {
                // A 0/1 mask, as attention masks are.
                inputs["mask"] = Tensor(shape: [2, 1, 1, 13], floats: (0..<26).map { $0 % 5 == 4 ? 0 : 1 })
            }
            let store = try WeightStore(graph: graph, seed: 5)
            let compiled = CompiledEngine(program: program, weights: store)
            let reference = Interpreter(graph: graph, weights: store)
            // Same ops as the kernels: 1e-5 scaled relative, as for single ops (OpDifferentialTests).
            let error = try compare(compiled, reference, entry: name, inputs: inputs)
            #expect(error <= 1e-5, "\(name) seed \(seed) at \(target): \(error)")
            // The region means its body: inlined, the interpreter gives the same bits.
            let inlined = Interpreter(graph: RegionInlining.run(graph), weights: store)
            let a = try reference.run(name, inputs: inputs), b = try inlined.run(name, inputs: inputs)
            #expect(a == b, "\(name): the region and its inlined body differ in the interpreter")
        }
    }

    /// Row regions with their rows split across the thread pool (every kernel above 64 elements).
    @Test(.executes(.avx2)) func rowEpiloguesInParallelAVX2() throws { try checkParallelRows(.avx2) }
    @Test(.executes(.avx512)) func rowEpiloguesInParallelAVX512() throws { try checkParallelRows(.avx512) }

    func checkParallelRows(_ target: CodegenTarget) throws {
        let graph = try Self.graph.get()
        var options = target.options()
        options.parallelThreshold = 64
        let store = try WeightStore(graph: graph, seed: 5)
        let compiled = CompiledEngine(program: try CompiledProgram.compile(graph, options: options), weights: store)
        let entry = try #require(graph.entry(named: "row_epilogues"))
        var inputs = randomInputs(entry, seed: 21)
        inputs["seed"] = .scalar(Int32(411))
        let error = try compare(compiled, Interpreter(graph: graph, weights: store), entry: entry.name, inputs: inputs)
        #expect(error <= 1e-5, "\(error)")
    }

    /// An elementwise region may write over an input that dies there (the planner's in-place rule).
    @Test func elementwiseRegionsRunInPlace() throws {
        let text = """
            entry f(x: f32[64, 33]) -> (y: f32[64, 33]) {
              let e = exp(x)
              let y = fused elementwise(e) { return tanh(e * 0.5) + e }
              return y * 2.0
            }
            """
        let graph = try Elaborator(loader: InMemoryLoader(files: ["f.graph": text])).elaborate(file: "f.graph")
        let entry = graph.entries[0]
        let plan = MemoryPlanner().plan(entry, in: graph)
        let (v, _) = try #require(Self.regions(entry).first)
        #expect(plan.storage[v] == plan.storage[entry.nodes[v].inputs[0]])
        let store = try WeightStore(graph: graph)
        let error = try compare(CompiledEngine(program: try CompiledProgram.compile(graph), weights: store),
                                Interpreter(graph: graph, weights: store), entry: "f",
                                inputs: randomInputs(entry, seed: 3))
        #expect(error <= 1e-5)
    }
}

/// Softmax rows long enough for the vector maximum (`bufferedMax`: `<8 x f32>` partial maxima,
/// then the tail), as a plain op and as a fused row region: within 1e-5 of the interpreter,
/// and a NaN in a vector lane (row 1) or in the tail (row 2) makes that row NaN and no other.
@Suite struct SoftmaxRowMaxTests {
    static let source = """
        weight bias: f32[43] frozen init normal(mean=0.0, std=1.0)
        entry f(x: f32[4, 43]) -> (p: f32[4, 43], q: f32[4, 43], lp: f32[4, 43]) {
          let q = fused softmax(x, bias) { return softmax(x * 0.5 + bias, axis=-1) }
          return softmax(x, axis=-1), q, log_softmax(x, axis=-1)
        }
        """

    @Test(.executes(.avx2)) func rowMaximaAVX2() throws { try check(.avx2) }
    @Test(.executes(.avx512)) func rowMaximaAVX512() throws { try check(.avx512) }

    func check(_ target: CodegenTarget) throws {
        let graph = try Elaborator(loader: InMemoryLoader(files: ["f.graph": Self.source])).elaborate(file: "f.graph")
        let store = try WeightStore(graph: graph, seed: 3)
        let compiled = CompiledEngine(program: try CompiledProgram.compile(graph, options: target.options()), weights: store)
        let reference = Interpreter(graph: graph, weights: store)
        var inputs = randomInputs(graph.entries[0], seed: 9, range: -6...6)
        #expect(try compare(compiled, reference, entry: "f", inputs: inputs) <= 1e-5, "\(target)")
        var x = inputs["x"]!.floats
        // Maxima of 200 (100 after the fused region's · 0.5): exp(x − a smaller maximum) overflows,
        // so a maximum that misses them fails the row.
        x[0 * 43 + 40] = 200  // row 0's maximum in the tail
        x[1 * 43 + 13] = .nan
        x[2 * 43 + 41] = .nan
        x[3 * 43 + 7] = 200   // row 3's maximum in a vector lane
        inputs["x"] = Tensor(shape: [4, 43], floats: x)
        let got = try compiled.run("f", inputs: inputs), want = try reference.run("f", inputs: inputs)
        for name in ["p", "q", "lp"] {
            let (g, w) = (got[name]!.floats, want[name]!.floats)
            for row in 0..<4 {
                let (gr, wr) = (g[(row * 43)..<(row * 43 + 43)], w[(row * 43)..<(row * 43 + 43)])
                if row == 1 || row == 2 {
                    #expect(gr.allSatisfy(\.isNaN) && wr.allSatisfy(\.isNaN), "\(name) row \(row) at \(target)")
                } else {
                    let error = zip(gr, wr).map { abs(Double($0) - Double($1)) }.max() ?? 0
                    #expect(gr.allSatisfy(\.isFinite) && error <= 1e-5, "\(name) row \(row) at \(target): \(error)")
                }
            }
        }
    }
}
