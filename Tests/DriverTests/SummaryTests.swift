import Driver
import Foundation
import TestSupport
import Testing

/// What `eptc compile` reports about training entries and tuning methods.
@Suite struct SummaryTests {

    @Test func trainingEntriesSplitForwardAndBackward() {
        // Unfused: FLOPs count what the compiled code evaluates, and fusion recomputes a few
        // cheap ops (docs/FUSION.md), so the model's own counts are read with fusion off.
        let out = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph", "--no-fuse=all"], environment: [:]).stdout
        // Three hidden/out layers get input gradients (the first layer's input is data), four get
        // weight gradients: 7 backward matmuls next to the 4 forward ones.
        #expect(out.contains("entry loss_grad("))
        #expect(out.contains("forward: 45,248 flops, 4 matmuls; backward + update: 80,832 flops, 7 matmuls"), "\(out)")
        #expect(out.contains("entry train_step("))
        #expect(out.contains("memory: arena "))
        #expect(out.contains("trainable group default: 2,788"))
    }

    /// Per entry, kernels and estimated bytes moved before and after the fusion passes; with
    /// them off the two agree; an unknown pass name is refused.
    @Test func fusionReportAndSwitch() {
        let fused = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph", "--no-codegen"], environment: [:]).stdout
        #expect(fused.contains("stages: elaborate → simplify → fuse-lowrank-embedding → fuse-gated-projection → fuse-prompt-attention → autodiff → optimizer → resimplify → elide-keep-rows → fuse-row-epilogues → fuse-reductions → fuse-elementwise"))
        #expect(fused.contains("kernels: "), "\(fused)")
        #expect(fused.components(separatedBy: "\n  kernels: ").count - 1 == 4, "one line per entry: \(fused)")
        #expect(fused.contains("after fusion (") && fused.contains("bytes moved (est.): "))
        let off = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph", "--no-codegen", "--no-fuse=all"],
                          environment: [:]).stdout
        #expect(off.contains("stages: elaborate → autodiff → optimizer\n"), "\(off)")
        #expect(off.contains("(0 regions)") && !off.contains("fused "), "\(off)")
        let one = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph", "--no-codegen", "--no-fuse", "fuse-reductions"],
                          environment: [:]).stdout
        #expect(one.contains("stages: elaborate → simplify → fuse-lowrank-embedding → fuse-gated-projection → fuse-prompt-attention → autodiff → optimizer → resimplify → elide-keep-rows → fuse-row-epilogues → fuse-elementwise → fuse-gemm-epilogue → fuse-multi-result\n") && !one.contains("fused reduction"))
        let bad = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph", "--no-fuse=fuse-everything"], environment: [:])
        #expect(bad.exitCode != 0)
        #expect(bad.stderr.contains("unknown pass 'fuse-everything'"), "\(bad.stderr)")
    }

    @Test func frozenBackboneShare() throws {
        let model = repositoryRoot + "/Tests/ModelsTests/Fixtures/bert-tiny"
        let out = runEPTC(["compile", repositoryRoot + "/graphs/bert.graph", "--model", model], environment: [:]).stdout
        #expect(out.contains("trainable group head: "), "\(out)")
        #expect(out.contains("of the ") && out.contains("-element frozen backbone)"))
    }

    @Test func missingModelFolderIsAUserError() {
        let r = runEPTC(["check", repositoryRoot + "/graphs/bert.graph", "--model", "/no/such/folder"], environment: [:])
        #expect(r.exitCode == 1)
        #expect(r.stderr.contains("no such model folder"))
    }
}
