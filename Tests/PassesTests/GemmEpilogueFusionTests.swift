import IR
import Passes
import Testing

/// `fuse-gemm-epilogue`, IR in and IR out (after the generic fusions before it;
/// `FusionPassTests.fusedText` also checks the round trip and the interpreter's bits).
@Suite struct GemmEpilogueFusionTests {
    @Test func linearLayerWithBiasAndActivation() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[8, 5] frozen init normal(mean=0.0, std=0.5)
            weight b: f32[5] frozen init normal(mean=0.0, std=0.5)
            entry f(x: f32[3, 8]) -> (y: f32[3, 5]) {
              return relu(matmul(x, w) + b)
            }
            """)
        #expect(text == """
            entry f(x: f32[3, 8]) -> (y: f32[3, 5]) {
              let relu: f32[3, 5] = fused gemm_epilogue(x, w, b) {
                let matmul: f32[3, 5] = matmul(x, w)
                let add: f32[3, 5] = add(matmul, b)
                let relu_1: f32[3, 5] = relu(add)
                return relu_1
              }
              return relu
            }

            """)
    }

    /// A lone elementwise op (no region formed around it) is an epilogue too: T5's feed-forward
    /// `relu(matmul(…))` in a forward entry.
    @Test func loneActivation() throws {
        let text = try FusionPassTests.fusedText("""
            weight w: f32[8, 5] frozen init normal(mean=0.0, std=0.5)
            entry f(x: f32[3, 8]) -> (y: f32[3, 5]) {
              return relu(matmul(x, w))
            }
            """)
        #expect(text == """
            entry f(x: f32[3, 8]) -> (y: f32[3, 5]) {
              let relu: f32[3, 5] = fused gemm_epilogue(x, w) {
                let matmul: f32[3, 5] = matmul(x, w)
                let relu_1: f32[3, 5] = relu(matmul)
                return relu_1
              }
              return relu
            }

            """)
    }

    /// Must not: the product is read elsewhere too (it must exist as a value), or the epilogue
    /// spans more than the product (it would run once per broadcast copy).
    @Test(arguments: [
        """
        entry f(x: f32[3, 8], w: f32[8, 5]) -> (p: f32[3, 5], y: f32[3, 5]) {
          let p = matmul(x, w)
          return p, tanh(p) * 2.0
        }
        """,
        """
        entry f(x: f32[3, 8], w: f32[8, 5], r: f32[2, 3, 5]) -> (y: f32[2, 3, 5]) {
          return exp(matmul(x, w) + r) * 2.0
        }
        """,
        """
        entry f(x: f32[3, 8], w: f32[8, 5]) -> (p: f32[3, 5], y: f32[3, 5]) {
          let p = matmul(x, w)
          return p, relu(p)
        }
        """,
        """
        entry f(x: f32[3, 8], w: f32[8, 5], r: f32[2, 3, 5]) -> (y: f32[2, 3, 5]) {
          return matmul(x, w) + r
        }
        """,
    ])
    func mustNotFuse(_ source: String) throws {
        let text = try FusionPassTests.fusedText(source)
        #expect(!text.contains("gemm_epilogue"), "\(text)")
        #expect(text.contains("matmul("), "\(text)")
    }
}
