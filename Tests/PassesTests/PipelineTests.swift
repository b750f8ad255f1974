import IR
import Passes
import Testing

/// The standard pipeline's stages and the `--no-fuse` skip list.
@Suite struct PipelineTests {
    @Test func simplifyRunsBeforeAutodiffAndAfterTheOptimizer() {
        #expect(standardPipeline().map(\.name) == ["simplify", "fuse-lowrank-embedding", "fuse-gated-projection", "fuse-prompt-attention", "autodiff", "optimizer", "resimplify", "elide-keep-rows", "fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"])
        #expect(standardPipeline(skipping: .all).map(\.name) == ["autodiff", "optimizer"])
        #expect(standardPipeline(skipping: try! PassSkipList(["simplify"])).map(\.name) == ["fuse-lowrank-embedding", "fuse-gated-projection", "fuse-prompt-attention", "autodiff", "optimizer", "elide-keep-rows", "fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"])
    }

    @Test func skippingRulesKeepsTheStageWithTheRest() throws {
        let skip = try PassSkipList(["cse,algebra", " fold-transpose "])
        let stages = standardPipeline(skipping: skip)
        #expect(stages.map(\.name) == ["simplify", "fuse-lowrank-embedding", "fuse-gated-projection", "fuse-prompt-attention", "autodiff", "optimizer", "resimplify", "elide-keep-rows", "fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"])
        let simplify = try #require(stages.first as? SimplifyPass)
        #expect(simplify.rules.map(\.name) == ["fold-constants"])
        // Every rule skipped: nothing is left to run, so the stages go.
        let none = try PassSkipList(SimplifyPass.ruleNames)
        #expect(standardPipeline(skipping: none).map(\.name) == ["fuse-lowrank-embedding", "fuse-gated-projection", "fuse-prompt-attention", "autodiff", "optimizer", "elide-keep-rows", "fuse-row-epilogues", "fuse-reductions", "fuse-elementwise", "fuse-gemm-epilogue", "fuse-multi-result"])
    }

    @Test func unknownNameListsTheKnownOnes() {
        #expect(throws: PassSkipListError.self) { try PassSkipList(["cse,fuse-everything"]) }
        do {
            _ = try PassSkipList(["fuse-everything"])
        } catch {
            #expect(error.description == "unknown pass 'fuse-everything' (known: all, simplify, cse, fold-constants, algebra, fold-transpose, elide-keep-rows, fuse-lowrank-embedding, fuse-gated-projection, fuse-prompt-attention, fuse-attention-backward, fuse-attention, fuse-row-epilogues, fuse-reductions, fuse-elementwise, fuse-gemm-epilogue, fuse-multi-result)")
        }
        #expect(throws: PassSkipListError.self) { try PassSkipList([""]) }
    }

    /// `simplify` on an already simplified graph changes nothing (the rounds reached a fixpoint).
    @Test func simplifyIsIdempotent() throws {
        let g = try SimplifyCheck.graph("""
            entry e(x: f32[2, 3], v: f32[3]) -> (y: f32[2, 3]) {
              let one: f32[] = const(value=1.0)
              let bv: f32[2, 3] = broadcast(v, shape=[2, 3])
              let a: f32[2, 3] = mul(x, one)
              let b: f32[2, 3] = mul(one, x)
              let s: f32[2, 3] = add(a, bv)
              let t: f32[2, 3] = add(b, bv)
              let y: f32[2, 3] = mul(s, t)
              return y
            }
            """)
        let once = try SimplifyPass().run(g)
        #expect(try SimplifyPass().run(once) == once)
        // x·1 goes, the two sums become one (CSE after algebra), the broadcast folds into it.
        #expect(once.entries[0].nodes.count == 4)
    }
}
