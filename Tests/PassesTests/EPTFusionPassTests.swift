import IR
import Passes
import Runtime
import Syntax
import Testing

/// IR in, IR out, for the three named EPT fusions (`fuse-lowrank-embedding`,
/// `fuse-gated-projection`, `fuse-prompt-attention`): each case is a graph in the syntax, the pass
/// alone runs over it, and the entry it makes is compared with the expected text. Cases where the
/// pattern is not there (an outside consumer, a shape change between, a softmax over the wrong
/// axis, a different value) print their input unchanged. Every output round-trips through the
/// printer and parser, computes what its input computes (interpreter, same bits), and a region it
/// makes has its pattern's own kernel plan (`NamedKernel`), not the node-by-node fallback.
@Suite struct EPTFusionPassTests {
    static func elaborate(_ text: String) throws -> Graph {
        try Elaborator(loader: InMemoryLoader(files: ["case.graph": text])).elaborate(file: "case.graph")
    }

    /// Entry inputs: floats uniform in ±2, integer inputs (ids, seeds) in 0..<5.
    static func inputs(_ entry: Entry) -> [String: Tensor] {
        var rng = SplitMix64(seed: 9)
        var out: [String: Tensor] = [:]
        for p in entry.parameters {
            if p.type.dtype == .i32 {
                out[p.name] = Tensor(shape: p.type.shape, ints: (0..<p.type.elementCount).map { _ in Int32(rng.next() % 5) })
            } else {
                out[p.name] = initialize(p.type, .uniform(low: -2, high: 2), &rng)
            }
        }
        return out
    }

    static func fusedText(_ source: String, _ pass: any Pass) throws -> String {
        let graph = try elaborate(source)
        let fused = try pass.run(graph)
        try Verifier().verify(fused)
        let printed = Printer().print(fused)
        #expect(Printer().print(try elaborate(printed)) == printed, "the fused graph does not round-trip")
        let store = try WeightStore(graph: graph, seed: 3)
        let entry = graph.entries[0]
        let x = inputs(entry)
        let want = try Interpreter(graph: graph, weights: store).run(entry.name, inputs: x)
        let got = try Interpreter(graph: fused, weights: store).run(entry.name, inputs: x)
        #expect(got == want, "fusion changed what the entry computes")
        for node in fused.entries[0].nodes {
            if case .fused(let region) = node.op {
                #expect(NamedKernel(region) != nil, "\(region.name): no kernel plan for the region the pass made")
            }
        }
        return Printer().print(fused.entries[0], in: fused)
    }

    static let lowRank = """
        weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
        weight k: f32[5, 4] trainable init uniform(low=-1.0, high=1.0)
        weight p: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
        entry f(ids: i32[3, 3], seed: i32[]) -> (y: f32[3, 5, 4], k2: f32[5, 4]) {
          let update = slice(k, axis=0, start=0, end=3)
          let emb = gather(table, ids) + update
          let rows = broadcast(reshape(p, shape=[1, 2, 4]), shape=[3, 2, 4])
          let y = dropout(concat(rows, emb, axis=1), seed, rate=0.1)
          return y, k * 2.0
        }
        """

    /// T5's encoder input: the first L rows of K (also read elsewhere: an input, not a member),
    /// the prompt rows in front, the input dropout as the epilogue.
    @Test func lowRankEmbeddingWithSliceAndDropout() throws {
        let text = try Self.fusedText(Self.lowRank, LowRankEmbeddingFusionPass())
        #expect(text == """
            entry f(ids: i32[3, 3], seed: i32[]) -> (y: f32[3, 5, 4], k2: f32[5, 4]) {
              let y: f32[3, 5, 4] = fused lowrank_embedding_add(k, table, ids, p, seed) {
                let update: f32[3, 4] = slice(k, axis=0, start=0, end=3)
                let gather: f32[3, 3, 4] = gather(table, ids)
                let emb: f32[3, 3, 4] = add(gather, update)
                let reshape: f32[1, 2, 4] = reshape(p, shape=[1, 2, 4])
                let rows: f32[3, 2, 4] = broadcast(reshape, shape=[3, 2, 4])
                let concat: f32[3, 5, 4] = concat(rows, emb, axis=1)
                let y_1: f32[3, 5, 4] = dropout(concat, seed, rate=0.1)
                return y_1
              }
              let c: f32[] = const(value=2.0)
              let mul: f32[5, 4] = mul(k, c)
              return y, mul
            }

            """)
    }

    /// DePT's shape (`use_fusion=false`): c·(A[:L]·B), the scale absorbed, the GEMM left outside;
    /// no dropout (evaluation).
    @Test func lowRankEmbeddingWithScale() throws {
        let text = try Self.fusedText("""
            weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
            weight a: f32[5, 2] trainable init uniform(low=-1.0, high=1.0)
            weight b: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
            weight p: f32[2, 4] trainable init uniform(low=-1.0, high=1.0)
            entry f(ids: i32[3, 3]) -> (y: f32[3, 5, 4]) {
              let update = matmul(slice(a, axis=0, start=0, end=3), b) * 0.7
              let rows = broadcast(reshape(p, shape=[1, 2, 4]), shape=[3, 2, 4])
              let y = concat(rows, gather(table, ids) + update, axis=1)
              return y
            }
            """, LowRankEmbeddingFusionPass())
        #expect(text == """
            entry f(ids: i32[3, 3]) -> (y: f32[3, 5, 4]) {
              let slice: f32[3, 2] = slice(a, axis=0, start=0, end=3)
              let matmul: f32[3, 4] = matmul(slice, b)
              let y: f32[3, 5, 4] = fused lowrank_embedding_add(matmul, p, table, ids) {
                let c: f32[] = const(value=0.7)
                let update: f32[3, 4] = mul(matmul, c)
                let reshape: f32[1, 2, 4] = reshape(p, shape=[1, 2, 4])
                let rows: f32[3, 2, 4] = broadcast(reshape, shape=[3, 2, 4])
                let gather: f32[3, 3, 4] = gather(table, ids)
                let add: f32[3, 3, 4] = add(gather, update)
                let y_1: f32[3, 5, 4] = concat(rows, add, axis=1)
                return y_1
              }
              return y
            }

            """)
    }

    static let gated = """
        weight p: f32[3, 6] trainable init uniform(low=-1.0, high=1.0)
        weight wg: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
        weight d0: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
        weight u0: f32[2, 6] trainable init uniform(low=-1.0, high=1.0)
        weight d1: f32[6, 2] trainable init uniform(low=-1.0, high=1.0)
        weight u1: f32[2, 6] trainable init uniform(low=-1.0, high=1.0)
        entry f(x: f32[3, 6]) -> (y: f32[3, 6]) {
          let gate = softmax(matmul(p, wg), axis=-1)
          let t0 = slice(gate, axis=1, start=0, end=1) * (p + matmul(matmul(p, d0), u0))
          let t1 = slice(gate, axis=1, start=1, end=2) * (p + matmul(matmul(p, d1), u1))
          let y = (t0 + t1) * x
          return y
        }
        """

    @Test func gatedProjection() throws {
        let text = try Self.fusedText(Self.gated, GatedProjectionFusionPass())
        #expect(text == """
            entry f(x: f32[3, 6]) -> (y: f32[3, 6]) {
              let add: f32[3, 6] = fused gated_projection(p, wg, d0, u0, d1, u1) {
                let matmul: f32[3, 2] = matmul(p, wg)
                let gate: f32[3, 2] = softmax(matmul, axis=-1)
                let slice: f32[3, 1] = slice(gate, axis=1, start=0, end=1)
                let matmul_1: f32[3, 2] = matmul(p, d0)
                let matmul_2: f32[3, 6] = matmul(matmul_1, u0)
                let add_1: f32[3, 6] = add(p, matmul_2)
                let t0: f32[3, 6] = mul(slice, add_1)
                let slice_1: f32[3, 1] = slice(gate, axis=1, start=1, end=2)
                let matmul_3: f32[3, 2] = matmul(p, d1)
                let matmul_4: f32[3, 6] = matmul(matmul_3, u1)
                let add_2: f32[3, 6] = add(p, matmul_4)
                let t1: f32[3, 6] = mul(slice_1, add_2)
                let add_3: f32[3, 6] = add(t0, t1)
                return add_3
              }
              let y: f32[3, 6] = mul(add, x)
              return y
            }

            """)
    }

    static let attention = """
        weight p: f32[3, 4] trainable init uniform(low=-1.0, high=1.0)
        weight k: f32[5, 4] trainable init uniform(low=-1.0, high=1.0)
        weight lambda: f32[4] trainable init uniform(low=-1.0, high=1.0)
        entry f(x: f32[3, 4]) -> (y: f32[3, 4]) {
          let scores = matmul(p, k, transpose_b=true) * 0.5
          let y = matmul(softmax(scores, axis=-1), k) * lambda + x
          return y
        }
        """

    @Test func promptAttention() throws {
        let text = try Self.fusedText(Self.attention, PromptAttentionFusionPass())
        #expect(text == """
            entry f(x: f32[3, 4]) -> (y: f32[3, 4]) {
              let mul: f32[3, 4] = fused prompt_attention(p, k, lambda) {
                let c: f32[] = const(value=0.5)
                let matmul: f32[3, 5] = matmul(p, k, transpose_b=true)
                let scores: f32[3, 5] = mul(matmul, c)
                let softmax: f32[3, 5] = softmax(scores, axis=-1)
                let matmul_1: f32[3, 4] = matmul(softmax, k)
                let mul_1: f32[3, 4] = mul(matmul_1, lambda)
                return mul_1
              }
              let y: f32[3, 4] = add(mul, x)
              return y
            }

            """)
    }

    /// K = c·A·B of low rank (2·R·(M + D) ≤ M·D): the product and its scale join the region,
    /// which works through A and B (`FactoredPromptAttentionPlan`). Here K is also read outside
    /// (EPT's position update reads its first rows), so the entry keeps computing it and the
    /// body recomputes it — the kernel never does.
    static func factored(rank: Int, shared: Bool = true) -> String {
        let result = shared ? ", first: f32[2, 8]" : ""
        let first = shared ? ", slice(k, axis=0, start=0, end=2)" : ""
        return """
        weight p: f32[3, 8] trainable init uniform(low=-1.0, high=1.0)
        weight a: f32[8, \(rank)] trainable init uniform(low=-1.0, high=1.0)
        weight b: f32[\(rank), 8] trainable init uniform(low=-1.0, high=1.0)
        weight lambda: f32[8] trainable init uniform(low=-1.0, high=1.0)
        entry f(x: f32[3, 8]) -> (y: f32[3, 8]\(result)) {
          let k = matmul(a, b) * 0.5
          let scores = matmul(p, k, transpose_b=true) * 0.25
          let y = matmul(softmax(scores, axis=-1), k) * lambda + x
          return y\(first)
        }
        """
    }

    @Test func promptAttentionThroughTheFactors() throws {
        let text = try Self.fusedText(Self.factored(rank: 1), PromptAttentionFusionPass())
        #expect(text == """
            entry f(x: f32[3, 8]) -> (y: f32[3, 8], first: f32[2, 8]) {
              let matmul: f32[8, 8] = matmul(a, b)
              let c: f32[] = const(value=0.5)
              let k: f32[8, 8] = mul(matmul, c)
              let mul: f32[3, 8] = fused prompt_attention(a, b, p, lambda) {
                let c_1: f32[] = const(value=0.5)
                let c_2: f32[] = const(value=0.25)
                let matmul_1: f32[8, 8] = matmul(a, b)
                let k_1: f32[8, 8] = mul(matmul_1, c_1)
                let matmul_2: f32[3, 8] = matmul(p, k_1, transpose_b=true)
                let scores: f32[3, 8] = mul(matmul_2, c_2)
                let softmax: f32[3, 8] = softmax(scores, axis=-1)
                let matmul_3: f32[3, 8] = matmul(softmax, k_1)
                let mul_1: f32[3, 8] = mul(matmul_3, lambda)
                return mul_1
              }
              let y: f32[3, 8] = add(mul, x)
              let slice: f32[2, 8] = slice(k, axis=0, start=0, end=2)
              return y, slice
            }

            """)
    }

    /// Read by the attention alone, K's product and scale move into the region.
    @Test func promptAttentionAbsorbsAnUnsharedFactoredKnowledge() throws {
        let text = try Self.fusedText(Self.factored(rank: 1, shared: false), PromptAttentionFusionPass())
        #expect(text == """
            entry f(x: f32[3, 8]) -> (y: f32[3, 8]) {
              let mul: f32[3, 8] = fused prompt_attention(a, b, p, lambda) {
                let c: f32[] = const(value=0.5)
                let c_1: f32[] = const(value=0.25)
                let matmul: f32[8, 8] = matmul(a, b)
                let k: f32[8, 8] = mul(matmul, c)
                let matmul_1: f32[3, 8] = matmul(p, k, transpose_b=true)
                let scores: f32[3, 8] = mul(matmul_1, c_1)
                let softmax: f32[3, 8] = softmax(scores, axis=-1)
                let matmul_2: f32[3, 8] = matmul(softmax, k)
                let mul_1: f32[3, 8] = mul(matmul_2, lambda)
                return mul_1
              }
              let y: f32[3, 8] = add(mul, x)
              return y
            }

            """)
    }

    /// R = 3: 2·3·(8 + 8) > 8·8, so K stays a region input and the attention works over it.
    @Test func promptAttentionOverAKnowledgeOfHighRank() throws {
        let text = try Self.fusedText(Self.factored(rank: 3), PromptAttentionFusionPass())
        #expect(text == """
            entry f(x: f32[3, 8]) -> (y: f32[3, 8], first: f32[2, 8]) {
              let matmul: f32[8, 8] = matmul(a, b)
              let c: f32[] = const(value=0.5)
              let k: f32[8, 8] = mul(matmul, c)
              let mul: f32[3, 8] = fused prompt_attention(p, k, lambda) {
                let c_1: f32[] = const(value=0.25)
                let matmul_1: f32[3, 8] = matmul(p, k, transpose_b=true)
                let scores: f32[3, 8] = mul(matmul_1, c_1)
                let softmax: f32[3, 8] = softmax(scores, axis=-1)
                let matmul_2: f32[3, 8] = matmul(softmax, k)
                let mul_1: f32[3, 8] = mul(matmul_2, lambda)
                return mul_1
              }
              let y: f32[3, 8] = add(mul, x)
              let slice: f32[2, 8] = slice(k, axis=0, start=0, end=2)
              return y, slice
            }

            """)
    }

    struct Unfusible: Sendable, CustomTestStringConvertible {
        var why: String
        var pass: String
        var source: String
        var testDescription: String { "\(pass): \(why)" }
    }

    static let unfusible: [Unfusible] = [
        Unfusible(why: "an outside consumer (the embeddings are also a result)", pass: "fuse-lowrank-embedding", source: """
            weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
            weight p: f32[2, 4] frozen init uniform(low=-1.0, high=1.0)
            entry f(ids: i32[3, 3], u: f32[3, 4]) -> (y: f32[3, 5, 4], emb: f32[3, 3, 4]) {
              let emb: f32[3, 3, 4] = add(gather(table, ids), u)
              let rows: f32[3, 2, 4] = broadcast(reshape(p, shape=[1, 2, 4]), shape=[3, 2, 4])
              let y: f32[3, 5, 4] = concat(rows, emb, axis=1)
              return y, emb
            }
            """),
        Unfusible(why: "a shape change between (the prompt is reshaped from a flat vector)", pass: "fuse-lowrank-embedding", source: """
            weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
            weight q: f32[8] frozen init uniform(low=-1.0, high=1.0)
            entry f(ids: i32[3, 3], u: f32[3, 4]) -> (y: f32[3, 5, 4]) {
              let rows: f32[3, 2, 4] = broadcast(reshape(q, shape=[1, 2, 4]), shape=[3, 2, 4])
              let y: f32[3, 5, 4] = concat(rows, add(gather(table, ids), u), axis=1)
              return y
            }
            """),
        Unfusible(why: "the wrong axis (features, not positions)", pass: "fuse-lowrank-embedding", source: """
            weight table: f32[10, 4] frozen init uniform(low=-1.0, high=1.0)
            weight p: f32[3, 4] frozen init uniform(low=-1.0, high=1.0)
            entry f(ids: i32[3, 3], u: f32[3, 4]) -> (y: f32[3, 3, 8]) {
              let rows: f32[3, 3, 4] = broadcast(reshape(p, shape=[1, 3, 4]), shape=[3, 3, 4])
              let y: f32[3, 3, 8] = concat(rows, add(gather(table, ids), u), axis=2)
              return y
            }
            """),
        Unfusible(why: "an outside consumer (the gate is also a result)", pass: "fuse-gated-projection", source: """
            entry f(p: f32[3, 6], wg: f32[6, 1], d0: f32[6, 2], u0: f32[2, 6]) -> (y: f32[3, 6], gate: f32[3, 1]) {
              let gate: f32[3, 1] = softmax(matmul(p, wg), axis=-1)
              let y: f32[3, 6] = mul(slice(gate, axis=1, start=0, end=1), add(p, matmul(matmul(p, d0), u0)))
              return y, gate
            }
            """),
        Unfusible(why: "a softmax over the wrong axis (over the prompt rows)", pass: "fuse-gated-projection", source: """
            entry f(p: f32[3, 6], wg: f32[6, 1], d0: f32[6, 2], u0: f32[2, 6]) -> (y: f32[3, 6]) {
              let gate: f32[3, 1] = softmax(matmul(p, wg), axis=0)
              let y: f32[3, 6] = mul(slice(gate, axis=1, start=0, end=1), add(p, matmul(matmul(p, d0), u0)))
              return y
            }
            """),
        Unfusible(why: "a shape change between (the gate column is reshaped)", pass: "fuse-gated-projection", source: """
            entry f(p: f32[3, 6], wg: f32[6, 1], d0: f32[6, 2], u0: f32[2, 6]) -> (y: f32[3, 6]) {
              let gate: f32[3, 1] = softmax(matmul(p, wg), axis=-1)
              let g: f32[1, 3, 1] = reshape(slice(gate, axis=1, start=0, end=1), shape=[1, 3, 1])
              let y: f32[1, 3, 6] = mul(g, add(p, matmul(matmul(p, d0), u0)))
              return reshape(y, shape=[3, 6])
            }
            """),
        Unfusible(why: "an outside consumer (the probabilities are also a result)", pass: "fuse-prompt-attention", source: """
            entry f(p: f32[3, 4], k: f32[5, 4]) -> (y: f32[3, 4], a: f32[3, 5]) {
              let a: f32[3, 5] = softmax(matmul(p, k, transpose_b=true), axis=-1)
              let y: f32[3, 4] = matmul(a, k)
              return y, a
            }
            """),
        Unfusible(why: "a softmax over the wrong axis (over the prompt rows)", pass: "fuse-prompt-attention", source: """
            entry f(p: f32[3, 4], k: f32[5, 4]) -> (y: f32[3, 4]) {
              let y: f32[3, 4] = matmul(softmax(matmul(p, k, transpose_b=true), axis=0), k)
              return y
            }
            """),
        Unfusible(why: "a shape change between (the scores are transposed)", pass: "fuse-prompt-attention", source: """
            entry f(p: f32[3, 4], k: f32[5, 4], v: f32[3, 4]) -> (y: f32[5, 4]) {
              let s: f32[5, 3] = transpose(matmul(p, k, transpose_b=true), perm=[1, 0])
              let y: f32[5, 4] = matmul(softmax(s, axis=-1), v)
              return y
            }
            """),
        Unfusible(why: "the weighted sum reads other values than the keys", pass: "fuse-prompt-attention", source: """
            entry f(p: f32[3, 4], k: f32[5, 4], v: f32[5, 4]) -> (y: f32[3, 4]) {
              let y: f32[3, 4] = matmul(softmax(matmul(p, k, transpose_b=true), axis=-1), v)
              return y
            }
            """),
    ]

    @Test(arguments: unfusible)
    func patternAbsentLeavesTheGraph(_ c: Unfusible) throws {
        let pass = try #require(eptFusionPipeline().first { $0.name == c.pass })
        let graph = try Self.elaborate(c.source)
        let fused = try pass.run(graph)
        #expect(fused == graph, "\(c.why): \(Printer().print(fused))")
    }

    /// A region that merely carries a pattern's name (its body is not exactly the pattern) has no
    /// kernel plan: codegen lowers it node by node.
    @Test func aRegionThatIsNotThePatternGetsNoPlan() throws {
        let graph = try Self.elaborate("""
            entry f(p: f32[3, 4], k: f32[5, 4]) -> (y: f32[3, 4]) {
              let y = fused prompt_attention(p, k) {
                return matmul(softmax(matmul(p, k, transpose_b=true), axis=-1), k) + 1.0
              }
              return y
            }
            """)
        guard case .fused(let region) = try #require(graph.entries[0].nodes.last { if case .fused = $0.op { true } else { false } }).op
        else { return }
        #expect(NamedKernel(region) == nil)
        #expect(region.kernel == .nodeByNode)
    }
}
