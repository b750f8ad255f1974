import IR
import Passes
import Runtime
import Testing

/// `fuse-multi-result`, IR in and IR out (after the generic fusions before it, as the pipeline
/// runs them; `FusionPassTests.fusedText` also checks the round trip and that the interpreter
/// computes the same bits before and after).
@Suite struct MultiResultFusionTests {
    /// AdamW's three loops per weight (m′, v′, then w′ reading both; m′ and v′ are also state
    /// updates) become one loop returning w′, m′, v′.
    @Test func adamWBecomesOneLoopPerWeight() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[2, 3] trainable init ones
            weight m: f32[2, 3] state init zeros
            weight v: f32[2, 3] state init zeros
            entry step(g: f32[2, 3], lr: f32[]) -> (n: f32[]) {
              let m1 = m * 0.9 + g * 0.1
              let v1 = v * 0.999 + square(g) * 0.001
              let w1 = w - lr * m1 / (sqrt(v1) + 0.00000001)
              assign w = w1
              assign m = m1
              assign v = v1
              return sum(square(g), axes=[0, 1])
            }
            """)
        #expect(text == """
            entry step(g: f32[2, 3], lr: f32[]) -> (n: f32[]) {
              let w1: f32[2, 3] = fused elementwise(lr, w, m, g, v) {
                let c: f32[] = const(value=0.999)
                let c_1: f32[] = const(value=0.001)
                let mul: f32[2, 3] = mul(v, c)
                let square: f32[2, 3] = square(g)
                let mul_1: f32[2, 3] = mul(square, c_1)
                let v1_1: f32[2, 3] = add(mul, mul_1)
                let c_2: f32[] = const(value=0.9)
                let c_3: f32[] = const(value=0.1)
                let mul_2: f32[2, 3] = mul(m, c_2)
                let mul_3: f32[2, 3] = mul(g, c_3)
                let m1_1: f32[2, 3] = add(mul_2, mul_3)
                let c_4: f32[] = const(value=1e-08)
                let mul_4: f32[2, 3] = mul(lr, m1_1)
                let sqrt: f32[2, 3] = sqrt(v1_1)
                let add: f32[2, 3] = add(sqrt, c_4)
                let div: f32[2, 3] = div(mul_4, add)
                let w1_1: f32[2, 3] = sub(w, div)
                return w1_1, m1_1, v1_1
              }
              let v1: f32[2, 3] = region_result(w1, index=2, shape=[2, 3])
              let m1: f32[2, 3] = region_result(w1, index=1, shape=[2, 3])
              let sum: f32[] = fused reduction(g) {
                let square_1: f32[2, 3] = square(g)
                let sum_1: f32[] = sum(square_1, axes=[0, 1])
                return sum_1
              }
              assign w = w1
              assign m = m1
              assign v = v1
              return sum
            }

            """)
    }

    /// A norm's backward (a `row` region) and the dropout that reads it, which the residual sum
    /// does not: the row kernel takes the dropout and returns both values.
    @Test func aRowRegionTakesTheDropoutThatReadsIt() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[16] frozen init ones
            entry f(x: f32[4, 16], dy: f32[4, 16], r: f32[4, 16], seed: i32[]) -> (dx: f32[4, 16], dd: f32[4, 16]) {
              let rs = rsqrt(mean(square(x), axes=[-1], keepdims=true) + 0.000001)
              let gw = dy * w
              let g = rs * (gw - x * (square(rs) * mean(gw * x, axes=[-1], keepdims=true)))
              let dd = dropout(g, seed, rate=0.25) * 2.0
              let dx = g + r
              return dx, dd
            }
            """)
        #expect(text == """
            entry f(x: f32[4, 16], dy: f32[4, 16], r: f32[4, 16], seed: i32[]) -> (dx: f32[4, 16], dd: f32[4, 16]) {
              let g: f32[4, 16] = fused row(x, dy, w, seed) {
                let c: f32[] = const(value=1e-06)
                let square: f32[4, 16] = square(x)
                let mean: f32[4, 1] = mean(square, axes=[-1], keepdims=true)
                let add: f32[4, 1] = add(mean, c)
                let rs: f32[4, 1] = rsqrt(add)
                let gw: f32[4, 16] = mul(dy, w)
                let square_1: f32[4, 1] = square(rs)
                let mul: f32[4, 16] = mul(gw, x)
                let mean_1: f32[4, 1] = mean(mul, axes=[-1], keepdims=true)
                let mul_1: f32[4, 1] = mul(square_1, mean_1)
                let mul_2: f32[4, 16] = mul(x, mul_1)
                let sub: f32[4, 16] = sub(gw, mul_2)
                let g_1: f32[4, 16] = mul(rs, sub)
                let c_1: f32[] = const(value=2.0)
                let dropout: f32[4, 16] = dropout(g_1, seed, rate=0.25)
                let dd_1: f32[4, 16] = mul(dropout, c_1)
                return g_1, dd_1
              }
              let dd: f32[4, 16] = region_result(g, index=1, shape=[4, 16])
              let dx: f32[4, 16] = add(g, r)
              return dx, dd
            }

            """)
    }

    /// Must not: a region narrower than its reader (merged, one loop over the reader's shape would
    /// compute it once per row, and write it as often).
    @Test func shapesMustMatch() throws {
        let text = try FusionPassTests.fusedText("""
            entry f(x: f32[2, 3], h: f32[3]) -> (p: f32[3], y: f32[2, 3]) {
              let p = exp(h) * 2.0
              let y = exp(x * p) + 1.0
              return p, y
            }
            """)
        #expect(!text.contains("region_result"), "\(text)")
        #expect(text.components(separatedBy: "fused elementwise").count == 3, "\(text)")
    }

    /// Must not: another reader (`t`) runs between the producer and the region that would take it,
    /// so the value must exist before that region runs.
    @Test func aReaderBeforeTheConsumerKeepsTheProducerApart() throws {
        let text = try FusionPassTests.fusedText("""
            entry f(g: f32[2, 3], m: f32[2, 3]) -> (t: f32[2, 3], w: f32[2, 3]) {
              let m1 = m * 0.9 + g * 0.1
              let t = exp(m1)
              let w = m1 * g - 1.0
              return t, w
            }
            """)
        #expect(!text.contains("region_result"), "\(text)")
        #expect(text.components(separatedBy: "fused elementwise").count == 3, "\(text)")
    }

    /// The whole pipeline on a trainable graph: one AdamW loop per trainable weight, writing its
    /// weight and both moments.
    @Test func trainStepHasOneOptimizerLoopPerWeight() throws {
        let graph = try FusionPassTests.elaborate("""
            weight w1: f32[4, 8] trainable init normal(mean=0.0, std=0.1)
            weight b1: f32[8] trainable init zeros
            entry loss(x: f32[3, 4], t: f32[3, 8]) -> (loss: f32[]) {
              return mean(square(tanh(matmul(x, w1) + b1) - t), axes=[0, 1])
            }
            """)
        var g = graph
        for pass in standardPipeline() { g = try pass.run(g) }
        try Verifier().verify(g)
        let step = try #require(g.entry(named: "train_step"))
        let optimizer = step.nodes.filter { node in
            guard case .fused(let region) = node.op else { return false }
            return region.name == RegionPattern.elementwise && region.results.count == 3
        }
        #expect(optimizer.count == 2)
        let readers = step.nodes.filter { if case .regionResult = $0.op { true } else { false } }
        #expect(readers.count == 4)
    }
}
