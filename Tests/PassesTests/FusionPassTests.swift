import IR
import Passes
import Runtime
import Syntax
import Testing

/// IR in, IR out: each case is a graph and the entry the fusion passes (`fuse-reductions` then
/// `fuse-elementwise`, as the pipeline runs them) make of it, in the graph syntax. Cases where
/// fusion must not happen print their input unchanged. Every output is also run by the
/// interpreter against its input (same bits: a region means its body).
@Suite struct FusionPassTests {
    static func elaborate(_ text: String) throws -> Graph {
        try Elaborator(loader: InMemoryLoader(files: ["case.graph": text])).elaborate(file: "case.graph")
    }

    static func fuse(_ graph: Graph) throws -> Graph {
        var g = graph
        for pass in fusionPipeline() { g = try pass.run(g) }
        try Verifier().verify(g)
        return g
    }

    /// The fused entry as text, after checking the fused graph prints, parses back, and computes
    /// what the unfused one does.
    static func fusedText(_ source: String) throws -> String {
        let graph = try elaborate(source)
        let fused = try fuse(graph)
        let printed = Printer().print(fused)
        #expect(Printer().print(try elaborate(printed)) == printed, "the fused graph does not round-trip")
        let store = try WeightStore(graph: graph, seed: 3)
        let entry = graph.entries[0]
        var rng = SplitMix64(seed: 9)
        var inputs: [String: Tensor] = [:]
        for p in entry.parameters {
            inputs[p.name] = initialize(p.type, .uniform(low: -2, high: 2), &rng)
        }
        let want = try Interpreter(graph: graph, weights: store).run(entry.name, inputs: inputs)
        let got = try Interpreter(graph: fused, weights: store).run(entry.name, inputs: inputs)
        #expect(got == want, "fusion changed what the entry computes")
        return Printer().print(fused.entries[0], in: fused)
    }

    @Test func elementwiseChainBecomesOneRegion() throws {
        let text = try Self.fusedText("""
            weight w: f32[8] frozen init ones
            weight b: f32[8] frozen init zeros
            entry f(x: f32[4, 8]) -> (y: f32[4, 8]) {
              let y = relu(x * w + b)
              return y
            }
            """)
        #expect(text == """
            entry f(x: f32[4, 8]) -> (y: f32[4, 8]) {
              let y: f32[4, 8] = fused elementwise(x, w, b) {
                let mul: f32[4, 8] = mul(x, w)
                let add: f32[4, 8] = add(mul, b)
                let y_1: f32[4, 8] = relu(add)
                return y_1
              }
              return y
            }

            """)
    }

    /// Scores + position bias + mask into the softmax row kernel; the dropout after it (its
    /// `seed + site` computed once per call) is a region of its own, since the probabilities are
    /// the softmax's output.
    @Test func attentionScoresBiasMaskSoftmax() throws {
        let text = try Self.fusedText("""
            entry f(scores: f32[2, 3, 4, 4], bias: f32[1, 3, 4, 4], mask: f32[2, 1, 1, 4], seed: i32[]) -> (p: f32[2, 3, 4, 4]) {
              let s = scores + bias + (1.0 - mask) * -1000000000.0
              let p = dropout(softmax(s, axis=-1), seed + 3, rate=0.1)
              return p
            }
            """)
        #expect(text == """
            entry f(scores: f32[2, 3, 4, 4], bias: f32[1, 3, 4, 4], mask: f32[2, 1, 1, 4], seed: i32[]) -> (p: f32[2, 3, 4, 4]) {
              let softmax: f32[2, 3, 4, 4] = fused softmax(scores, bias, mask) {
                let c: f32[] = const(value=1.0)
                let c_1: f32[] = const(value=-1000000000.0)
                let add: f32[2, 3, 4, 4] = add(scores, bias)
                let sub: f32[2, 1, 1, 4] = sub(c, mask)
                let mul: f32[2, 1, 1, 4] = mul(sub, c_1)
                let s: f32[2, 3, 4, 4] = add(add, mul)
                let softmax_1: f32[2, 3, 4, 4] = softmax(s, axis=-1)
                return softmax_1
              }
              let p: f32[2, 3, 4, 4] = fused elementwise(seed, softmax) {
                let c_2: i32[] = const(value=3.0, dtype=i32)
                let add_1: i32[] = add(seed, c_2)
                let p_1: f32[2, 3, 4, 4] = dropout(softmax, add_1, rate=0.1)
                return p_1
              }
              return p
            }

            """)
    }

    /// A residual add feeding a norm joins it; one read by anything else (here the add after
    /// the norm) is materialized and the norm stays alone.
    @Test func normsTakeTheirPrologueUnlessItIsUsedElsewhere() throws {
        let text = try Self.fusedText("""
            weight ln: f32[8] frozen init ones
            entry f(h: f32[4, 8], a: f32[4, 8]) -> (y: f32[4, 8], z: f32[4, 8]) {
              let y = rms_norm(h + a * 0.5, ln, eps=1e-6)
              let r = h - a
              let z = layer_norm(r, ln, ln, eps=1e-5) + r
              return y, z
            }
            """)
        #expect(text == """
            entry f(h: f32[4, 8], a: f32[4, 8]) -> (y: f32[4, 8], z: f32[4, 8]) {
              let y: f32[4, 8] = fused norm(a, h, ln) {
                let c: f32[] = const(value=0.5)
                let mul: f32[4, 8] = mul(a, c)
                let add: f32[4, 8] = add(h, mul)
                let y_1: f32[4, 8] = rms_norm(add, ln, eps=1e-06)
                return y_1
              }
              let r: f32[4, 8] = sub(h, a)
              let layer_norm: f32[4, 8] = layer_norm(r, ln, ln, eps=1e-05)
              let z: f32[4, 8] = add(layer_norm, r)
              return y, z
            }

            """)
    }

    /// Cases where nothing may fuse: the entry comes out as it went in.
    @Test(arguments: [
        // An outside consumer: `a` feeds two chains; it is materialized once, not recomputed.
        """
        entry f(x: f32[4, 8]) -> (b: f32[4, 8], c: f32[4, 8]) {
          let a: f32[4, 8] = exp(x)
          let b: f32[4, 8] = neg(a)
          let c: f32[4, 8] = abs(a)
          return b, c
        }
        """,
        // A value that is also a result is materialized.
        """
        entry f(x: f32[4, 8]) -> (a: f32[4, 8], b: f32[4, 8]) {
          let a: f32[4, 8] = exp(x)
          let b: f32[4, 8] = neg(a)
          return a, b
        }
        """,
        // A shape change between: a reshape (and a transpose) ends a region.
        """
        entry f(x: f32[4, 8]) -> (b: f32[32], c: f32[8, 4]) {
          let a: f32[4, 8] = exp(x)
          let r: f32[32] = reshape(a, shape=[32])
          let b: f32[32] = neg(r)
          let e: f32[4, 8] = tanh(x)
          let t: f32[8, 4] = transpose(e, perm=[1, 0])
          let c: f32[8, 4] = abs(t)
          return b, c
        }
        """,
        // A reduction over the wrong (leading) axis keeps its input materialized.
        """
        entry f(x: f32[4, 8]) -> (s: f32[8]) {
          let a: f32[4, 8] = exp(x)
          let s: f32[8] = sum(a, axes=[0])
          return s
        }
        """,
        // A softmax over a leading axis likewise.
        """
        entry f(x: f32[4, 8]) -> (s: f32[4, 8]) {
          let a: f32[4, 8] = exp(x)
          let s: f32[4, 8] = softmax(a, axis=0)
          return s
        }
        """,
        // An expensive op narrower than the region would be recomputed per element: not absorbed.
        """
        entry f(x: f32[4, 8], b: f32[8]) -> (y: f32[4, 8]) {
          let e: f32[8] = exp(b)
          let y: f32[4, 8] = add(x, e)
          return y
        }
        """,
        // A dropout narrower than the region: its mask follows its own index, so it stays.
        """
        entry f(x: f32[4, 8], b: f32[8], seed: i32[]) -> (y: f32[4, 8]) {
          let d: f32[8] = dropout(b, seed, rate=0.5)
          let y: f32[4, 8] = add(x, d)
          return y
        }
        """,
        // A matmul is no elementwise op: its bias add alone is no region (and, the product being a
        // result too, no GEMM epilogue: GemmEpilogueFusionTests has the lone op that fuses).
        """
        entry f(x: f32[4, 8], w: f32[8, 8]) -> (m: f32[4, 8], y: f32[4, 8]) {
          let m: f32[4, 8] = matmul(x, w)
          let y: f32[4, 8] = add(m, x)
          return m, y
        }
        """,
    ])
    func mustNotFuse(_ source: String) throws {
        #expect(try Self.fusedText(source) == source + "\n")
    }

    /// A cheap op narrower than the region (a bias scaled, a mask turned into a large negative)
    /// is recomputed per element rather than materialized.
    @Test func cheapNarrowOpsAreAbsorbed() throws {
        let text = try Self.fusedText("""
            entry f(x: f32[4, 8], b: f32[8]) -> (y: f32[4, 8]) {
              let y = tanh(x + b * 2.0)
              return y
            }
            """)
        #expect(text.contains("let mul: f32[8] = mul(b, c)"))
        #expect(text.components(separatedBy: "fused elementwise").count == 2)
    }

    /// A cheap op of one tensor read by two fusible consumers is recomputed in both (its
    /// original dies); what it reads stays materialized for both copies — even though, once the
    /// copies are made, nothing else reads it (a region rooted at the dead original must not
    /// take it).
    @Test func cheapSharedOpsAreCopiedIntoEachConsumer() throws {
        let text = try Self.fusedText("""
            entry f(x: f32[4, 8], s: f32[]) -> (a: f32[4, 8], b: f32[4, 8]) {
              let q = exp(x)
              let p = q * s
              let a = tanh(p)
              let b = neg(p)
              return a, b
            }
            """)
        #expect(text == """
            entry f(x: f32[4, 8], s: f32[]) -> (a: f32[4, 8], b: f32[4, 8]) {
              let q: f32[4, 8] = exp(x)
              let a: f32[4, 8] = fused elementwise(q, s) {
                let p: f32[4, 8] = mul(q, s)
                let a_1: f32[4, 8] = tanh(p)
                return a_1
              }
              let b: f32[4, 8] = fused elementwise(q, s) {
                let p_1: f32[4, 8] = mul(q, s)
                let b_1: f32[4, 8] = neg(p_1)
                return b_1
              }
              return a, b
            }

            """)
    }

    /// ... but not when a consumer cannot take it (a matmul): it is materialized anyway, so a
    /// copy would only repeat work.
    @Test func noCopiesWhenAConsumerIsNotFusible() throws {
        let text = try Self.fusedText("""
            entry f(x: f32[4, 8], w: f32[8, 8]) -> (a: f32[4, 8], b: f32[4, 8]) {
              let p = x * 2.0
              let a = tanh(p)
              let b = matmul(p, w)
              return a, b
            }
            """)
        #expect(!text.contains("fused"))
    }

    /// The optimizer's global norm: the square of each gradient joins its sum over all axes.
    @Test func squaredGradientsJoinTheirSums() throws {
        let text = try Self.fusedText("""
            entry f(g: f32[4, 8], h: f32[8]) -> (n: f32[]) {
              let n = sqrt(sum(square(g), axes=[0, 1]) + sum(square(h), axes=[0]))
              return n
            }
            """)
        #expect(text.components(separatedBy: "fused reduction").count == 3, "\(text)")
        #expect(text.components(separatedBy: "fused elementwise").count == 2, "\(text)")
    }

    /// Passes off: `standardPipeline(skipping:)` leaves the named passes out; the named EPT
    /// fusions run before autodiff, the generic ones last; the attention passes only when enabled
    /// (`fuse-attention-backward` before autodiff, `fuse-attention` first of the generic ones).
    @Test func fusionPassesCanBeSkipped() throws {
        let named = ["fuse-lowrank-embedding", "fuse-gated-projection", "fuse-prompt-attention"]
        let generic = ["fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"]
        #expect(standardPipeline().map(\.name) == ["simplify"] + named + ["autodiff", "optimizer", "resimplify", "elide-keep-rows"] + generic)
        #expect(standardPipeline(skipping: try PassSkipList(["fuse-reductions"])).map(\.name)
                == ["simplify"] + named + ["autodiff", "optimizer", "resimplify", "elide-keep-rows", "fuse-row-epilogues", "fuse-elementwise",
                                           "fuse-gemm-epilogue", "fuse-multi-result"])
        #expect(standardPipeline(skipping: try PassSkipList(["fuse-gated-projection"])).map(\.name)
                == ["simplify", "fuse-lowrank-embedding", "fuse-prompt-attention", "autodiff", "optimizer", "resimplify",
                   "elide-keep-rows"] + generic)
        #expect(standardPipeline(skipping: try PassSkipList([], enabling: ["fuse-attention", "fuse-attention-backward"]))
                .map(\.name) == ["simplify"] + named + ["fuse-attention-backward", "autodiff", "optimizer", "resimplify",
                                                          "elide-keep-rows", "fuse-attention"] + generic)
        #expect(throws: PassSkipListError.self) { try PassSkipList([], enabling: ["fuse-elementwise"]) }
        #expect(standardPipeline(skipping: .fusionOff).map(\.name) == ["simplify", "autodiff", "optimizer", "resimplify", "elide-keep-rows"])
        #expect(standardPipeline(skipping: .all).map(\.name) == ["autodiff", "optimizer"])
    }
}
