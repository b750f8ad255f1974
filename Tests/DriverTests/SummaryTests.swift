import Driver
import Foundation
import Testing

/// What `eptc compile` reports about training entries and tuning methods.
@Suite struct SummaryTests {

    @Test func trainingEntriesSplitForwardAndBackward() {
        let out = runEPTC(["compile", repositoryRoot + "/graphs/mlp.graph"], environment: [:]).stdout
        // Three hidden/out layers get input gradients (the first layer's input is data), four get
        // weight gradients: 7 backward matmuls next to the 4 forward ones.
        #expect(out.contains("entry loss_grad("))
        #expect(out.contains("forward: 45,248 flops, 4 matmuls; backward + update: 80,832 flops, 7 matmuls"), "\(out)")
        #expect(out.contains("entry train_step("))
        #expect(out.contains("memory: arena "))
        #expect(out.contains("trainable group default: 2,788"))
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
