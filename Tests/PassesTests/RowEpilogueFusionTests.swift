import IR
import Passes
import Runtime
import Testing

/// IR in, IR out for `fuse-row-epilogues` (with the other generic passes after it, as the
/// pipeline runs them; `FusionPassTests.fusedText` also checks the round trip and that the
/// interpreter computes the same bits): row reductions and the epilogue reading them back
/// become one `row` region, except where a reduction is read outside, a shape changes between,
/// or the reduction is over another axis.
@Suite struct RowEpilogueFusionTests {
    /// Softmax's VJP as autodiff writes it, with the upstream gradient's dropout: one region,
    /// the dropout mask regenerated inside it.
    @Test func softmaxBackwardIsOneRegion() throws {
        let text = try FusionPassTests.fusedText("""
            entry f(p: f32[2, 3, 4, 24], g: f32[2, 3, 4, 24], seed: i32[]) -> (d: f32[2, 3, 4, 24]) {
              let gd = dropout(g, seed + 7, rate=0.1)
              let d = p * (gd - sum(gd * p, axes=[-1], keepdims=true))
              return d
            }
            """)
        #expect(text == """
            entry f(p: f32[2, 3, 4, 24], g: f32[2, 3, 4, 24], seed: i32[]) -> (d: f32[2, 3, 4, 24]) {
              let d: f32[2, 3, 4, 24] = fused row(seed, g, p) {
                let c: i32[] = const(value=7.0, dtype=i32)
                let add: i32[] = add(seed, c)
                let gd: f32[2, 3, 4, 24] = dropout(g, add, rate=0.1)
                let mul: f32[2, 3, 4, 24] = mul(gd, p)
                let sum: f32[2, 3, 4, 1] = sum(mul, axes=[-1], keepdims=true)
                let sub: f32[2, 3, 4, 24] = sub(gd, sum)
                let d_1: f32[2, 3, 4, 24] = mul(p, sub)
                return d_1
              }
              return d
            }

            """)
    }

    /// rms_norm's VJP: both means (the recomputed mean of squares and the gradient's) in one
    /// pass, the rsqrt once per row, the residual add after it too.
    @Test func rmsNormBackwardIsOneRegion() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[32] frozen init ones
            entry f(x: f32[2, 6, 32], g: f32[2, 6, 32], res: f32[2, 6, 32]) -> (dx: f32[2, 6, 32]) {
              let r = rsqrt(mean(square(x), axes=[-1], keepdims=true) + 0.000001)
              let gw = g * w
              let dx = res + r * (gw - x * (square(r) * mean(gw * x, axes=[-1], keepdims=true)))
              return dx
            }
            """)
        #expect(text.components(separatedBy: "fused").count == 2, "\(text)")
        #expect(text.contains("let dx: f32[2, 6, 32] = fused row(x, g, w, res) {"), "\(text)")
        #expect(try Self.plans(text) == [1])
    }

    /// layer_norm's VJP: mean, then variance, then the mean of g·w·x̂: three passes over the
    /// row, one kernel.
    @Test func layerNormBackwardIsOneRegion() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[32] frozen init ones
            entry f(x: f32[2, 6, 32], g: f32[2, 6, 32]) -> (dx: f32[2, 6, 32]) {
              let c = x - mean(x, axes=[-1], keepdims=true)
              let r = rsqrt(mean(square(c), axes=[-1], keepdims=true) + 0.00001)
              let gw = g * w
              let xh = c * r
              let dx = r * (gw - mean(gw, axes=[-1], keepdims=true) - xh * mean(gw * xh, axes=[-1], keepdims=true))
              return dx
            }
            """)
        #expect(text.components(separatedBy: "fused").count == 2, "\(text)")
        #expect(text.contains("fused row("), "\(text)")
        #expect(try Self.plans(text) == [3])
    }

    /// Where the row pass must not fuse; the other passes still may (so only "no row region"
    /// is checked).
    @Test(arguments: [
        // The reduction is also read outside (here: a result): it stays materialized.
        """
        entry f(p: f32[4, 16], g: f32[4, 16]) -> (d: f32[4, 16], s: f32[4, 1]) {
          let s = sum(g * p, axes=[-1], keepdims=true)
          let d = p * (g - s)
          return d, s
        }
        """,
        // Two epilogues read one reduction: it is materialized once, each epilogue alone.
        """
        entry f(p: f32[4, 16], g: f32[4, 16]) -> (d: f32[4, 16], e: f32[4, 16]) {
          let s = sum(g * p, axes=[-1], keepdims=true)
          let d = p * (g - s)
          let e = exp(g) * s
          return d, e
        }
        """,
        // A shape change between the reduction and its epilogue.
        """
        entry f(x: f32[4, 16], z: f32[16, 4]) -> (y: f32[16, 4]) {
          let s = sum(x, axes=[-1], keepdims=true)
          let y = z * reshape(s, shape=[4])
          return y
        }
        """,
        // A reduction over a leading axis.
        """
        entry f(x: f32[4, 16]) -> (y: f32[4, 16]) {
          let y = x - mean(x, axes=[0], keepdims=true)
          return y
        }
        """,
        // A max (softmax written out) is not a row sum.
        """
        entry f(x: f32[4, 16]) -> (y: f32[4, 16]) {
          let y = exp(x - max(x, axes=[-1], keepdims=true))
          return y
        }
        """,
        // Rows shorter than `minimumRow`: the unfused kernels are faster.
        """
        entry f(p: f32[64, 8], g: f32[64, 8]) -> (d: f32[64, 8]) {
          let d = p * (g - sum(g * p, axes=[-1], keepdims=true))
          return d
        }
        """,
        // Over all axes of a vector: one row, no parallel work (the optimizer's global norm).
        """
        entry f(x: f32[32]) -> (y: f32[32]) {
          let y = x * rsqrt(sum(square(x), axes=[-1], keepdims=true))
          return y
        }
        """,
    ])
    func mustNotFuse(_ source: String) throws {
        let text = try FusionPassTests.fusedText(source)
        #expect(!text.contains("fused row"), "\(text)")
    }

    /// `--no-fuse=fuse-row-epilogues` leaves the pass out (the name is known to the skip list);
    /// the softmax VJP is then a reduction region and an elementwise one.
    @Test func canBeSkipped() throws {
        let skip = try PassSkipList(["fuse-row-epilogues"])
        #expect(!standardPipeline(skipping: skip).map(\.name).contains("fuse-row-epilogues"))
        #expect(standardPipeline().map(\.name).suffix(5) == ["fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"])
        let graph = try FusionPassTests.elaborate("""
            entry f(p: f32[4, 16], g: f32[4, 16]) -> (d: f32[4, 16]) {
              let d = p * (g - sum(g * p, axes=[-1], keepdims=true))
              return d
            }
            """)
        var off = graph, on = graph
        for pass in fusionPipeline() {
            if !skip.skips(pass.name) { off = try pass.run(off) }
            on = try pass.run(on)
        }
        let text = Printer().print(off.entries[0], in: off)
        #expect(text.contains("fused reduction") && text.contains("fused elementwise") && !text.contains("fused row"))
        #expect(Printer().print(on.entries[0], in: on).contains("fused row"))
    }

    /// The number of reduction passes of each row region in `text` (an entry reading `w`).
    static func plans(_ text: String) throws -> [Int] {
        let graph = try FusionPassTests.elaborate("weight w: f32[32] frozen init ones\n" + text)
        return graph.entries[0].nodes.compactMap { node in
            if case .fused(let r) = node.op, r.name == RegionPattern.row { RowEpiloguePlan(r)?.passes.count } else { nil }
        }
    }
}
