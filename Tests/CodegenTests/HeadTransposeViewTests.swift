import CodegenTestSupport
import Testing
import IR
import Passes
import Runtime
import Syntax
@testable import Codegen

/// Head splits and merges planned as views (Passes HeadTransposeViews.swift): which transposes
/// the memory plan turns into views and which it must not, then the products that address them
/// strided — generated GEMM, BLAS and the small-product loops, at both vector widths — against
/// the interpreter, and bit for bit against the same code with every transpose a copy.
@Suite struct HeadTransposeViewTests {
    /// Odd sizes throughout: 7 queries, 5 keys, 3 heads of 65 (operand views want rows of at
    /// least `minimumOperandRow` = 64), 67 value columns, 9 columns on the other side.
    static let source = """
        // Attention: three head splits read in place, a head merge written in place.
        entry attention(x: f32[2, 7, 195], y: f32[2, 5, 195], wq: f32[195, 195], wk: f32[195, 195], wv: f32[195, 201]) -> (out: f32[2, 7, 201]) {
          let q = transpose(reshape(matmul(x, wq), shape=[2, 7, 3, 65]), perm=[0, 2, 1, 3])
          let k = transpose(reshape(matmul(y, wk), shape=[2, 5, 3, 65]), perm=[0, 2, 1, 3])
          let v = transpose(reshape(matmul(y, wv), shape=[2, 5, 3, 67]), perm=[0, 2, 1, 3])
          let p = softmax(matmul(q, k, transpose_b=true) * 0.125, axis=-1)
          let c = matmul(p, v)
          return reshape(transpose(c, perm=[0, 2, 1, 3]), shape=[2, 7, 201])
        }

        // The gradients' forms: a strided operand on the transposed side, on both sides.
        entry transposed(q0: f32[2, 7, 3, 65], k0: f32[2, 7, 3, 65], p: f32[2, 3, 7, 9]) -> (a: f32[2, 3, 65, 65], b: f32[2, 3, 65, 9]) {
          let q = transpose(q0, perm=[0, 2, 1, 3])
          let k = transpose(k0, perm=[0, 2, 1, 3])
          return matmul(q, k, transpose_a=true), matmul(k, p, transpose_a=true)
        }
        """

    static func graph() throws -> Graph {
        let g = try Elaborator(loader: InMemoryLoader(files: ["h.graph": source])).elaborate(file: "h.graph")
        try Verifier().verify(g)
        return g
    }

    static func transposes(_ entry: Entry) -> [ValueID] {
        entry.nodes.indices.filter { if case .transpose = entry.nodes[$0].op { true } else { false } }
    }

    @Test func theSplitsAreOperandViewsAndTheMergeAResultView() throws {
        let graph = try Self.graph()
        let attention = try #require(graph.entry(named: "attention"))
        let plan = MemoryPlanner().plan(attention, in: graph)
        let t = Self.transposes(attention)
        #expect(t.count == 4)
        #expect(t.prefix(3).map { plan.headTransposes[$0] } == [.operand, .operand, .operand])
        #expect(plan.headTransposes[t[3]] == .result)
        for v in t { #expect(plan.storage[v] == .view(of: attention.nodes[v].inputs[0])) }
        // No copy kernel left: the computed values are the five products, the scale and the softmax.
        #expect(plan.computed(in: attention).count == 7)
        let copies = MemoryPlanner(headTransposeViews: false).plan(attention, in: graph)
        #expect(copies.headTransposes.isEmpty && copies.computed(in: attention).count == 11)
        let transposed = try #require(graph.entry(named: "transposed"))
        let both = MemoryPlanner().plan(transposed, in: graph)
        #expect(Self.transposes(transposed).map { both.headTransposes[$0] } == [.operand, .operand])
    }

    /// Must not: a split read by a kernel that indexes it contiguously (softmax), a product with
    /// a 2-D (shared) operand, a product that another node also reads, another permutation, an
    /// entry output, rows of 32 (below `minimumOperandRow`).
    @Test func mustNotCases() throws {
        let text = """
            entry f(x: f32[2, 7, 3, 64], w: f32[64, 4], y: f32[2, 3, 7, 64], z: f32[2, 7, 3, 32]) -> (a: f32[2, 3, 7, 64], b: f32[2, 3, 7, 4], c: f32[2, 7, 21], d: f32[2, 3, 64, 64], e: f32[2, 3, 7, 64], s: f32[2, 3, 7, 7], g: f32[2, 3, 7, 7]) {
              let t = transpose(x, perm=[0, 2, 1, 3])
              let m = matmul(y, t, transpose_b=true)
              let u = transpose(x, perm=[0, 2, 1, 3])
              let r = transpose(x, perm=[0, 2, 3, 1])
              let e = transpose(x, perm=[0, 2, 1, 3])
              let c = reshape(transpose(m, perm=[0, 2, 1, 3]), shape=[2, 7, 21])
              let short = transpose(z, perm=[0, 2, 1, 3])
              return softmax(t, axis=-1), matmul(u, w), c, matmul(r, y), e, exp(m), matmul(short, short, transpose_b=true)
            }
            """
        let graph = try Elaborator(loader: InMemoryLoader(files: ["m.graph": text])).elaborate(file: "m.graph")
        let entry = try #require(graph.entry(named: "f"))
        let plan = MemoryPlanner().plan(entry, in: graph)
        #expect(plan.headTransposes.isEmpty, "\(plan.headTransposes)")
        for v in Self.transposes(entry) {
            if case .view = plan.storage[v] { Issue.record("transpose %\(v) planned as a view") }
        }
    }

    /// The fused attention kernels (Codegen/AttentionKernels.swift) address their operands too: q,
    /// k and v split in place, the forward's result merged in place, the backward's adjoint
    /// split in place — at any head width (32 here, below the products' `minimumOperandRow`).
    /// Odd sizes: 7 queries, 9 keys, 3 heads, value width 17.
    static let fusedSource = """
        weight wq: f32[96, 96] trainable init uniform(low=-0.3, high=0.3)
        weight wk: f32[96, 96] trainable init uniform(low=-0.3, high=0.3)
        weight wv: f32[96, 51] trainable init uniform(low=-0.3, high=0.3)
        entry loss(x: f32[2, 7, 96], y: f32[2, 9, 96], t: f32[2, 7, 51]) -> (loss: f32[]) {
          let q = transpose(reshape(matmul(x, wq), shape=[2, 7, 3, 32]), perm=[0, 2, 1, 3])
          let k = transpose(reshape(matmul(y, wk), shape=[2, 9, 3, 32]), perm=[0, 2, 1, 3])
          let v = transpose(reshape(matmul(y, wv), shape=[2, 9, 3, 17]), perm=[0, 2, 1, 3])
          let c = matmul(softmax(matmul(q, k, transpose_b=true) * 0.125, axis=-1), v)
          let o = reshape(transpose(c, perm=[0, 2, 1, 3]), shape=[2, 7, 51])
          return sum(square(o - t), axes=[0, 1, 2])
        }
        """

    static func fusedGraph() throws -> Graph {
        try RegionGraphs.elaborate(fusedSource, passes: [AttentionFusionPass(name: "fuse-attention-backward"), AutodiffPass()])
    }

    @Test func theFusedAttentionReadsAndWritesViews() throws {
        let graph = try Self.fusedGraph()
        let entry = try #require(graph.entry(named: "loss_grad"))
        #expect(RegionGraphs.namedKernels(entry).count == 2)
        let plan = MemoryPlanner().plan(entry, in: graph)
        let views = Self.transposes(entry).compactMap { plan.headTransposes[$0] }
        // q, k, v and the adjoint's split read in place; the merge written in place. The
        // gradients' transposes back (read by the matmul VJPs as rank-3) stay copies.
        #expect(views.filter { $0 == .operand }.count == 4 && views.filter { $0 == .result }.count == 1, "\(views)")
    }

    @Test(.executes(.avx2)) func fusedAttentionViewsMatchTheInterpreterAndTheCopiesAVX2() throws { try checkFused(.avx2) }

    @Test(.executes(.avx512)) func fusedAttentionViewsMatchTheInterpreterAndTheCopiesAVX512() throws { try checkFused(.avx512) }

    /// Tolerance 1e-4 scaled relative against the Float64 interpreter, as AttentionKernelTests;
    /// read in place or from copies, the same bits.
    func checkFused(_ target: CodegenTarget) throws {
        let graph = try Self.fusedGraph()
        var copying = target.options()
        copying.headTransposeViews = false
        let store = try WeightStore(graph: graph, seed: 4)
        let views = CompiledEngine(program: try CompiledProgram.compile(graph, options: target.options()), weights: store)
        let copies = CompiledEngine(program: try CompiledProgram.compile(graph, options: copying), weights: store)
        let reference = Interpreter(graph: graph, weights: store, precision: .float64)
        for entry in ["loss", "loss_grad"] {
            let inputs = randomInputs(try #require(graph.entry(named: entry)), seed: 9, range: -1...1)
            let got = try views.run(entry, inputs: inputs), want = try reference.run(entry, inputs: inputs)
            for (name, w) in want {
                let g = try #require(got[name])
                let error = scaledRelativeError(g, w.converted(to: g.type.dtype))
                #expect(error <= 1e-4, "\(entry).\(name) at \(target): \(error)")
            }
            let same = try copies.run(entry, inputs: inputs) == got
            #expect(same, "\(entry) at \(target): views and copies differ")
        }
    }

    /// `.dnnl`: oneDNN's batched entry where libdnnl loads (else the BLAS fallback).
    @Test(.executes(.avx2), arguments: [GemmPolicy.generated, .blas, .dnnl])
    func matchesTheInterpreterAndTheCopiesAVX2(_ policy: GemmPolicy) throws { try check(.avx2, policy, threshold: 0) }

    @Test(.executes(.avx512), arguments: [GemmPolicy.generated, .blas])
    func matchesTheInterpreterAndTheCopiesAVX512(_ policy: GemmPolicy) throws { try check(.avx512, policy, threshold: 0) }

    /// Below the GEMM threshold every product is the loop kernel.
    @Test(.executes(.avx2)) func loopsMatchTheInterpreterAndTheCopies() throws {
        try check(.avx2, .blas, threshold: 1 << 30)
    }

    /// Products too big for `eptc_gemm_batch` are one BLAS call each (offsets computed in the
    /// entry): forced at these shapes by a batch limit of 0.
    @Test(.executes(.avx2)) func oneBLASCallPerProductMatchesTheInterpreterAndTheCopies() throws {
        var options = CodegenTarget.avx2.options()
        (options.gemm, options.gemmThreshold, options.batchedProductLimit) = (.blas, 0, 0)
        let ir = try CodegenTarget.avx2.compiler(options).llvmIR(try Self.graph(), entry: "attention")
        #expect(ir.before.contains("@cblas_sgemm(") && !ir.before.contains("@eptc_gemm_batch("))
        try check(.avx2, .blas, threshold: 0, batchedProductLimit: 0)
    }

    func check(_ target: CodegenTarget, _ policy: GemmPolicy, threshold: Int, batchedProductLimit: Int = CodegenOptions.defaultBatchedProductLimit) throws {
        let graph = try Self.graph()
        var options = target.options()
        (options.gemm, options.gemmThreshold, options.batchedProductLimit) = (policy, threshold, batchedProductLimit)
        var copying = options
        copying.headTransposeViews = false
        let store = try WeightStore(graph: graph, seed: 3)
        let views = CompiledEngine(program: try CompiledProgram.compile(graph, options: options), weights: store)
        let copies = CompiledEngine(program: try CompiledProgram.compile(graph, options: copying), weights: store)
        let reference = Interpreter(graph: graph, weights: store)
        for entry in graph.entries {
            for seed: UInt64 in [1, 2] {
                // Inputs in ±0.5 keep the scores small: softmax near saturation would amplify
                // the f32 rounding of its inputs (±2 gave 8e-5 on the loops, views or copies).
                let inputs = randomInputs(entry, seed: seed, range: -0.5...0.5)
                // Products of up to K = 195 terms in f32 against the float64 interpreter: f32's
                // summation bound 2·K·ε (4.6e-5).
                let error = try compare(views, reference, entry: entry.name, inputs: inputs)
                #expect(error <= 2 * 195 * Double(Float.ulpOfOne), "\(entry.name) seed \(seed) at \(target), \(policy): \(error)")
                // The same products over the same numbers, read in place or from a copy: same bits.
                let a = try views.run(entry.name, inputs: inputs), b = try copies.run(entry.name, inputs: inputs)
                #expect(a == b, "\(entry.name) seed \(seed) at \(target), \(policy): views and copies differ")
            }
        }
    }
}
