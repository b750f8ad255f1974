import Foundation
import IR
import Passes
import Runtime
import Testing

/// IR in, IR out, for `fuse-attention` (Passes/Fusion/AttentionFusion.swift): the backbone's
/// attention — QKᵀ, an optional constant scale, an optional bias, softmax over the keys, optional
/// dropout, the product with V — becomes one `attention` region; where the pattern is not whole
/// (the probabilities or the scores read elsewhere, softmax over another axis, K not transposed,
/// the same value as Q and K, a non-constant scale) the entry is unchanged. Outputs round-trip,
/// compute what the input computes (interpreter, same bits) and get the attention kernel plan
/// (`EPTFusionPassTests.fusedText` checks all three).
@Suite struct AttentionFusionPassTests {
    static let pass = AttentionFusionPass()

    /// An attention over (2, 3, 4, 5) q and (2, 3, 6, 5) k, v; `scores`, `probs` and `tail`
    /// spell the variant.
    static func source(scores: String = "matmul(q, k, transpose_b=true) * 0.5 + bias",
                       probs: String = "dropout(softmax(s, axis=-1), seed + 1, rate=0.25)",
                       results: String = "(y: f32[2, 3, 4, 7])", tail: String = "") -> String {
        """
        entry f(q: f32[2, 3, 4, 5], k: f32[2, 3, 6, 5], v: f32[2, 3, 6, 7], bias: f32[2, 1, 1, 6], seed: i32[],
                c: f32[]) -> \(results) {
          let s = \(scores)
          let p = \(probs)
          let y = matmul(p, v)
          \(tail)
        }
        """
    }

    @Test func theWholeAttentionIsOneRegion() throws {
        let text = try EPTFusionPassTests.fusedText(Self.source(tail: "return y"), Self.pass)
        #expect(text == """
            entry f(q: f32[2, 3, 4, 5], k: f32[2, 3, 6, 5], v: f32[2, 3, 6, 7], bias: f32[2, 1, 1, 6], seed: i32[], c: f32[]) -> (y: f32[2, 3, 4, 7]) {
              let c_1: i32[] = const(value=1.0, dtype=i32)
              let add: i32[] = add(seed, c_1)
              let y: f32[2, 3, 4, 7] = fused attention(q, k, bias, add, v) {
                let c_2: f32[] = const(value=0.5)
                let matmul: f32[2, 3, 4, 6] = matmul(q, k, transpose_b=true)
                let mul: f32[2, 3, 4, 6] = mul(matmul, c_2)
                let s: f32[2, 3, 4, 6] = add(mul, bias)
                let softmax: f32[2, 3, 4, 6] = softmax(s, axis=-1)
                let p: f32[2, 3, 4, 6] = dropout(softmax, add, rate=0.25)
                let y_1: f32[2, 3, 4, 7] = matmul(p, v)
                return y_1
              }
              return y
            }

            """, "\(text)")
    }

    /// T5's form (no scale, no dropout, a full-shape bias) and BERT's (`/ c`) fuse too.
    @Test(arguments: ["matmul(q, k, transpose_b=true) + bias", "matmul(q, k, transpose_b=true) / 8.0 + bias",
                      "matmul(q, k, transpose_b=true)"])
    func variantsFuse(_ scores: String) throws {
        let text = try EPTFusionPassTests.fusedText(
            Self.source(scores: scores, probs: "softmax(s, axis=-1)", tail: "return y"), Self.pass)
        #expect(text.components(separatedBy: "= fused attention(").count == 2, "\(text)")
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("  let ") }.count == 1, "\(text)")
    }

    /// T5's bias: the position bias (1, H, Q, K) plus the mask (N, 1, 1, K), summed once and read
    /// by two attentions. Each region takes the two parts and recomputes the sum (a copy), so the
    /// (N, H, Q, K) sum is left with no reader and is gone from the entry. A bias that is not such
    /// a sum stays one input (the first case above).
    @Test func t5BiasIsTakenApartAndCopiedIntoEachAttention() throws {
        let text = """
            entry f(q: f32[2, 3, 4, 5], k: f32[2, 3, 6, 5], v: f32[2, 3, 6, 5], pos: f32[1, 3, 4, 6], mask: f32[2, 1, 1, 6]) -> (y: f32[2, 3, 4, 5]) {
              let bias = pos + mask
              let a = matmul(softmax(matmul(q, k, transpose_b=true) + bias, axis=-1), v)
              let b = matmul(softmax(matmul(a, k, transpose_b=true) + bias, axis=-1), v)
              return b
            }
            """
        let fused = try EPTFusionPassTests.fusedText(text, Self.pass)
        #expect(fused == """
            entry f(q: f32[2, 3, 4, 5], k: f32[2, 3, 6, 5], v: f32[2, 3, 6, 5], pos: f32[1, 3, 4, 6], mask: f32[2, 1, 1, 6]) -> (y: f32[2, 3, 4, 5]) {
              let a: f32[2, 3, 4, 5] = fused attention(pos, mask, q, k, v) {
                let bias: f32[2, 3, 4, 6] = add(pos, mask)
                let matmul: f32[2, 3, 4, 6] = matmul(q, k, transpose_b=true)
                let add: f32[2, 3, 4, 6] = add(matmul, bias)
                let softmax: f32[2, 3, 4, 6] = softmax(add, axis=-1)
                let a_1: f32[2, 3, 4, 5] = matmul(softmax, v)
                return a_1
              }
              let b: f32[2, 3, 4, 5] = fused attention(pos, mask, a, k, v) {
                let bias_1: f32[2, 3, 4, 6] = add(pos, mask)
                let matmul_1: f32[2, 3, 4, 6] = matmul(a, k, transpose_b=true)
                let add_1: f32[2, 3, 4, 6] = add(matmul_1, bias_1)
                let softmax_1: f32[2, 3, 4, 6] = softmax(add_1, axis=-1)
                let b_1: f32[2, 3, 4, 5] = matmul(softmax_1, v)
                return b_1
              }
              return b
            }

            """, "\(fused)")
    }

    /// Cases where the pattern is not whole: the entry prints unchanged.
    @Test(arguments: [
        // the probabilities are a result too (a backward, or an attention map, reads them)
        source(probs: "softmax(s, axis=-1)", results: "(y: f32[2, 3, 4, 7], p: f32[2, 3, 4, 6])", tail: "return y, p"),
        // the scores are read elsewhere
        source(probs: "softmax(s, axis=-1)", results: "(y: f32[2, 3, 4, 7], s: f32[2, 3, 4, 6])", tail: "return y, s"),
        // softmax over the queries
        source(scores: "matmul(q, k, transpose_b=true)", probs: "softmax(s, axis=2)", tail: "return y"),
        // a scale that is not a constant
        source(scores: "matmul(q, k, transpose_b=true) * c", probs: "softmax(s, axis=-1)", tail: "return y"),
    ])
    func incompletePatternsAreLeftAlone(_ text: String) throws {
        let graph = try EPTFusionPassTests.elaborate(text)
        let fused = try Self.pass.run(graph)
        #expect(Printer().print(fused) == Printer().print(graph))
    }

    /// Q and K the same value (x·xᵀ), K not transposed: not this pattern; 8 query rows over 168
    /// keys of 64 (T5's cross-attention from the targets): packing Kᵀ would cost more than the
    /// products, left alone — with 32 rows it fuses.
    @Test func otherProductsAreLeftAlone() throws {
        let few = "entry f(q: f32[1, 2, ROWS, 64], k: f32[1, 2, 168, 64], v: f32[1, 2, 168, 64]) -> (y: f32[1, 2, ROWS, 64]) {\n"
            + "  return matmul(softmax(matmul(q, k, transpose_b=true), axis=-1), v)\n}\n"
        let many = try EPTFusionPassTests.fusedText(few.replacingOccurrences(of: "ROWS", with: "32"), Self.pass)
        #expect(many.contains("= fused attention("), "\(many)")
        for text in [few.replacingOccurrences(of: "ROWS", with: "8"), """
            entry f(x: f32[2, 3, 6, 5], v: f32[2, 3, 6, 7]) -> (y: f32[2, 3, 6, 7]) {
              return matmul(softmax(matmul(x, x, transpose_b=true), axis=-1), v)
            }
            """, """
            entry f(q: f32[2, 3, 4, 5], k: f32[2, 3, 5, 6], v: f32[2, 3, 6, 7]) -> (y: f32[2, 3, 4, 7]) {
              return matmul(softmax(matmul(q, k), axis=-1), v)
            }
            """] {
            let graph = try EPTFusionPassTests.elaborate(text)
            #expect(Printer().print(try Self.pass.run(graph)) == Printer().print(graph))
        }
    }
}
