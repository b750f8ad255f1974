import CodegenTestSupport
import Testing
import IR
import Runtime
@testable import Codegen

/// One op under test: an entry built around it, its input range, and its tolerance.
struct OpCase {
    var name: String
    /// Max scaled relative error (see `scaledRelativeError`) against the interpreter.
    var tolerance: Double = 1e-5
    var range: ClosedRange<Double> = -2...2
    var build: (inout EntryBuilder) throws -> ValueID
}

let f = TensorType.f32
let i = TensorType.i32

/// Every op on odd shapes (vector remainders), 1-sized axes and broadcasting.
let opCases: [OpCase] = {
    var cases: [OpCase] = []
    for u in UnaryOp.allCases {
        let positive = [.log, .sqrt, .rsqrt, .reciprocal].contains(u)
        // Same formulas as the interpreter; in f32 exp/log/tanh/erf are the inline kernels of
        // VectorMath.swift (≤ 1.5 ulp) where the interpreter calls libm (< 1 ulp), a few ulp
        // apart, so 1e-5 holds; gelu_tanh_grad gets 5e-5 because its two terms cancel near
        // x ≈ −0.75 and amplify rounding differences there.
        let tolerance = u == .geluTanhGrad ? 5e-5 : 1e-5
        cases.append(OpCase(name: "unary_\(u.rawValue)", tolerance: tolerance, range: positive ? 0.1...3 : -3...3) { b in
            try b.add(.unary(u), [b.parameter("x", f([3, 1, 37]))])
        })
    }
    for op in BinaryOp.allCases {
        cases.append(OpCase(name: "binary_\(op.rawValue)", range: op == .pow ? 0.2...2 : -2...2) { b in
            try b.add(.binary(op), [b.parameter("x", f([4, 1, 19])), b.parameter("y", f([3, 19]))])
        })
    }
    cases.append(OpCase(name: "binary_scalar") { b in
        try b.add(.binary(.mul), [b.parameter("x", f([67])), b.parameter("y", f([]))])
    })
    cases.append(OpCase(name: "binary_i32") { b in
        let x = b.parameter("x", i([5, 9])), y = b.parameter("y", i([9]))
        return try b.add(.binary(.sub), [try b.add(.binary(.mul), [x, y]), y])
    })
    cases.append(OpCase(name: "immediate_constant") { b in
        let x = b.parameter("x", f([3, 11]))
        return try b.add(.binary(.add), [x, b.constant(2.5)])
    })
    cases.append(OpCase(name: "materialized_constant") { b in
        let x = b.parameter("x", f([3, 4]))
        return try b.add(.matmul(transposeA: false, transposeB: false), [x, b.constant(0.5, f([4, 5]))])
    })
    cases.append(OpCase(name: "select") { b in
        let x = b.parameter("x", f([6, 13])), y = b.parameter("y", f([13]))
        let c = try b.add(.binary(.greater), [x, y])
        return try b.add(.select, [c, x, y])
    })
    cases.append(OpCase(name: "cast_roundtrip", range: -50...50) { b in
        let x = b.parameter("x", f([7, 9]))
        return try b.add(.cast(.f32), [try b.add(.cast(.i32), [x])])
    })
    for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
        for (m, k, n) in [(3, 5, 7), (33, 40, 29)] {
            cases.append(OpCase(name: "matmul_\(ta)_\(tb)_\(m)x\(k)x\(n)", tolerance: 1e-5) { b in
                let a = b.parameter("a", f(ta ? [2, k, m] : [2, m, k]))
                let w = b.parameter("b", f(tb ? [n, k] : [k, n]))
                return try b.add(.matmul(transposeA: ta, transposeB: tb), [a, w])
            })
            cases.append(OpCase(name: "bmm_\(ta)_\(tb)_\(m)x\(k)x\(n)", tolerance: 1e-5) { b in
                let a = b.parameter("a", f(ta ? [3, k, m] : [3, m, k]))
                let w = b.parameter("b", f(tb ? [3, n, k] : [3, k, n]))
                return try b.add(.matmul(transposeA: ta, transposeB: tb), [a, w])
            })
        }
    }
    cases.append(OpCase(name: "gather") { b in
        try b.add(.gather, [b.parameter("table", f([5, 3, 7])), b.parameter("ids", i([2, 9]))])
    })
    cases.append(OpCase(name: "scatter_add") { b in
        try b.add(.scatterAdd(rows: 5), [b.parameter("ids", i([2, 9])), b.parameter("u", f([2, 9, 300]))])
    })
    for (op, axes, keep) in [(ReduceOp.sum, [2], false), (.mean, [0, 2], true), (.max, [1], false),
                             (.sum, [0], false), (.max, [-1], true), (.mean, [0, 1, 2], false)] {
        cases.append(OpCase(name: "reduce_\(op.rawValue)_\(axes)_\(keep)") { b in
            try b.add(.reduce(op, axes: axes, keepDims: keep), [b.parameter("x", f([5, 3, 41]))])
        })
    }
    // Over a block of adjacent axes with kept ones after it the compiled code reduces columns
    // (chunks of 256: here two and a part) in row order, which is the interpreter's order: the
    // results are bit for bit the same.
    for (op, axes, shape) in [(ReduceOp.sum, [0, 1], [7, 5, 600]), (.mean, [0], [7, 5, 600]), (.max, [0, 1], [7, 5, 600]),
                              (.sum, [1], [5, 7, 300]), (.mean, [1, 2], [3, 4, 5, 40])] {
        cases.append(OpCase(name: "reduce_columns_\(op.rawValue)_\(axes)_\(shape)", tolerance: 0) { b in
            try b.add(.reduce(op, axes: axes, keepDims: false), [b.parameter("x", f(shape))])
        })
    }
    for axis in [-1, 1, 0] {
        cases.append(OpCase(name: "softmax_\(axis)", range: -5...5) { b in
            try b.add(.softmax(axis: axis), [b.parameter("x", f([3, 7, 33]))])
        })
        cases.append(OpCase(name: "log_softmax_\(axis)", range: -5...5) { b in
            try b.add(.logSoftmax(axis: axis), [b.parameter("x", f([3, 7, 33]))])
        })
    }
    cases.append(OpCase(name: "rms_norm") { b in
        try b.add(.rmsNorm(eps: 1e-6), [b.parameter("x", f([2, 3, 37])), b.parameter("w", f([37]))])
    })
    cases.append(OpCase(name: "layer_norm") { b in
        try b.add(.layerNorm(eps: 1e-5), [b.parameter("x", f([2, 3, 37])), b.parameter("w", f([37])), b.parameter("b", f([37]))])
    })
    cases.append(OpCase(name: "reshape_transpose") { b in
        let r = try b.add(.reshape([3, 5, 7]), [b.parameter("x", f([15, 7]))])
        return try b.add(.transpose([2, 0, 1]), [r])
    })
    cases.append(OpCase(name: "concat_slice_broadcast") { b in
        let c = try b.add(.concat(axis: 1), [b.parameter("x", f([2, 3, 5])), b.parameter("y", f([2, 4, 5]))])
        let s = try b.add(.slice(axis: 1, start: 2, end: 6), [c])
        let z = try b.add(.broadcast([3, 2, 4, 5]), [s])
        return try b.add(.binary(.add), [z, try b.add(.broadcast([3, 1, 1, 5]), [b.parameter("w", f([5]))])])
    })
    cases.append(OpCase(name: "dropout") { b in
        try b.add(.dropout(rate: 0.3), [b.parameter("x", f([5, 33])), b.parameter("seed", i([]))])
    })
    cases.append(OpCase(name: "keep_rows", tolerance: 0) { b in
        try b.add(.keepRows, [b.parameter("x", f([3, 5, 2, 7])), b.parameter("mask", i([3, 5]))])
    })
    // Its input dies here, so the memory plan gives keep_rows that buffer: only padded rows are written.
    cases.append(OpCase(name: "keep_rows_in_place", tolerance: 0) { b in
        let x = try b.add(.unary(.neg), [b.parameter("x", f([3, 5, 37]))])
        let kept = try b.add(.keepRows, [x, b.parameter("mask", i([3, 5]))])
        return try b.add(.unary(.neg), [kept])
    })
    cases.append(OpCase(name: "cross_entropy", range: -4...4) { b in
        try b.add(.crossEntropy(ignoreIndex: 4), [b.parameter("z", f([9, 23])), b.parameter("labels", i([9]))])
    })
    cases.append(OpCase(name: "cross_entropy_grad", range: -4...4) { b in
        try b.add(.crossEntropyGrad(ignoreIndex: 4),
                  [b.parameter("z", f([9, 23])), b.parameter("labels", i([9])), b.parameter("g", f([]))])
    })
    // A vocabulary-sized row: the log-sum-exp's vector max, its exps parked in three chunks
    // (1024, 1024, 448) and a 7-element tail.
    cases.append(OpCase(name: "cross_entropy_vocab", range: -8...8) { b in
        try b.add(.crossEntropy(ignoreIndex: 4), [b.parameter("z", f([3, 2503])), b.parameter("labels", i([3]))])
    })
    cases.append(OpCase(name: "cross_entropy_grad_vocab", range: -8...8) { b in
        try b.add(.crossEntropyGrad(ignoreIndex: 4),
                  [b.parameter("z", f([3, 2503])), b.parameter("labels", i([3])), b.parameter("g", f([]))])
    })
    cases.append(OpCase(name: "iota") { b in
        let x = b.parameter("x", f([3, 5, 7]))
        return try b.add(.binary(.add), [x, try b.add(.iota(f([3, 5, 7]), axis: 1), [])])
    })
    for axis in [-1, 1] {
        cases.append(OpCase(name: "argmax_\(axis)", tolerance: 0) { b in
            try b.add(.argmax(axis: axis), [b.parameter("x", f([4, 9, 13]))])
        })
    }
    for bidirectional in [true, false] {
        cases.append(OpCase(name: "position_bucket_\(bidirectional)", tolerance: 0) { b in
            try b.add(.positionBucket(query: 40, key: 150, bidirectional: bidirectional, numBuckets: 32, maxDistance: 128), [])
        })
    }
    return cases
}()

/// A graph with one entry per case; compiled once for the whole suite (compile time matters on CI).
let opGraph: Graph = {
    var g = Graph(name: "ops")
    for c in opCases {
        var b = EntryBuilder(name: c.name, weights: [])
        do {
            let v = try c.build(&b)
            b.result("out", v)
            g.entries.append(b.entry)
        } catch {
            Issue.record("case \(c.name) does not build: \(error)")
        }
    }
    return g
}()

/// The op graph compiled for this machine at each pinned target's vector width, once per width
/// and only when a test that this machine runs asks for it.
let opProgram256 = Result { try CompiledProgram.compile(opGraph, options: CodegenTarget.avx2.options()) }
let opProgram512 = Result { try CompiledProgram.compile(opGraph, options: CodegenTarget.avx512.options()) }
func opProgram(_ target: CodegenTarget) -> Result<CompiledProgram, Error> {
    target.vectorWidth == 512 ? opProgram512 : opProgram256
}

@Suite struct OpDifferentialTests {
    @Test(.executes(.avx2), arguments: opCases.map(\.name))
    func compiledMatchesInterpreterAVX2(_ name: String) throws { try check(.avx2, name) }

    @Test(.executes(.avx512), arguments: opCases.map(\.name))
    func compiledMatchesInterpreterAVX512(_ name: String) throws { try check(.avx512, name) }

    func check(_ target: CodegenTarget, _ name: String) throws {
        let c = try #require(opCases.first { $0.name == name })
        let program = try opProgram(target).get()
        let store = try WeightStore(graph: opGraph)
        let compiled = CompiledEngine(program: program, weights: store)
        let reference = Interpreter(graph: opGraph, weights: store)
        let entry = try #require(opGraph.entry(named: name))
        for seed: UInt64 in [1, 2] {
            let inputs = randomInputs(entry, seed: seed, range: c.range)
            let error = try compare(compiled, reference, entry: name, inputs: inputs)
            #expect(error <= c.tolerance, "\(name) seed \(seed) at \(target): error \(error) > \(c.tolerance)")
        }
    }
}

/// A NaN logit anywhere in a kept row (a vector lane of the max, or its tail) makes the loss
/// and that row's gradient NaN, as in the interpreter; other rows' gradients stay finite.
@Suite struct CrossEntropyNaNTests {
    @Test(.executes(.avx2), arguments: [1500, 2501])
    func nanPropagatesAVX2(at column: Int) throws { try check(.avx2, column) }

    @Test(.executes(.avx512), arguments: [1500, 2501])
    func nanPropagatesAVX512(at column: Int) throws { try check(.avx512, column) }

    func check(_ target: CodegenTarget, _ column: Int) throws {
        let options = target.options()
        var b = EntryBuilder(name: "f", weights: [])
        let z = b.parameter("z", f([3, 2503])), labels = b.parameter("labels", i([3]))
        b.result("loss", try b.add(.crossEntropy(ignoreIndex: -100), [z, labels]))
        b.result("grad", try b.add(.crossEntropyGrad(ignoreIndex: -100), [z, labels, b.parameter("g", f([]))]))
        let graph = Graph(name: "nan", entries: [b.entry])
        var inputs = randomInputs(graph.entries[0], seed: 4, range: -3...3)
        var logits = inputs["z"]!.floats
        logits[2503 + column] = .nan
        inputs["z"] = Tensor(shape: [3, 2503], floats: logits)
        let store = try WeightStore(graph: graph)
        let got = try CompiledEngine(program: try CompiledProgram.compile(graph, options: options), weights: store)
            .run("f", inputs: inputs)
        let want = try Interpreter(graph: graph, weights: store).run("f", inputs: inputs)
        #expect(got["loss"]!.floats[0].isNaN && want["loss"]!.floats[0].isNaN)
        let (g, w) = (got["grad"]!.floats, want["grad"]!.floats)
        #expect(g[2503..<5006].allSatisfy(\.isNaN) && w[2503..<5006].allSatisfy(\.isNaN))
        #expect(g[0..<2503].allSatisfy(\.isFinite) && g[5006...].allSatisfy(\.isFinite))
    }
}

/// The same op graph with every kernel above 64 elements split across the thread pool, so the
/// blocked and per-line parallel paths (and their chunk boundaries) are checked too.
@Suite struct ParallelKernelTests {
    @Test(.executes(.avx2)) func parallelKernelsMatchInterpreterAVX2() throws { try check(.avx2) }
    @Test(.executes(.avx512)) func parallelKernelsMatchInterpreterAVX512() throws { try check(.avx512) }

    func check(_ target: CodegenTarget) throws {
        var options = target.options()
        options.parallelThreshold = 64
        let program = try CompiledProgram.compile(opGraph, options: options)
        let store = try WeightStore(graph: opGraph)
        let compiled = CompiledEngine(program: program, weights: store)
        let reference = Interpreter(graph: opGraph, weights: store)
        for c in opCases {
            let entry = try #require(opGraph.entry(named: c.name))
            let error = try compare(compiled, reference, entry: c.name, inputs: randomInputs(entry, seed: 5, range: c.range))
            #expect(error <= c.tolerance, "\(c.name) at \(target): error \(error) > \(c.tolerance)")
        }
    }
}
