import IR
import Runtime
import Syntax
import Testing

/// EPT with both modules switched off is DePT: the same weights (by name), the same batch, the
/// same loss — bit for bit, since the graphs compute the same ops in the same order. With the
/// modules on but at their initialization (U_i = 0, λ = 0) it still starts as DePT, up to the
/// rounding of Σ_i G_i = 1.
@Suite struct EquivalenceTests {
    struct Backbone: Sendable, CustomTestStringConvertible {
        var ept: String, dept: String, config: [String: SymbolValue], batch: [String: Tensor]
        var testDescription: String { ept }
    }

    static let backbones = [
        Backbone(ept: "ept", dept: "dept", config: tinyT5Config, batch: t5Batch(B: 2, L: 3, T: 2, vocab: 20, seed: 5)),
        Backbone(ept: "ept-bert", dept: "dept-bert", config: tinyBERTConfig, batch: bertBatch(B: 2, L: 4, vocab: 20, seed: 6)),
    ]

    static func bindings(_ b: Backbone) -> [String: SymbolValue] {
        var out = tinyEPTBindings
        out.removeValue(forKey: "spaces")
        out.removeValue(forKey: "space_width")
        out["B"] = .int(2)
        out["L"] = .int(b.batch["input_ids"]!.shape[1])
        if b.batch["token_type_ids"] == nil { out["T"] = .int(2) }
        return out
    }

    static func loss(_ graph: Graph, _ values: [String: Tensor], _ batch: [String: Tensor]) throws -> Double {
        let store = try WeightStore(graph: graph, provided: values)
        return try #require(try Interpreter(graph: graph, weights: store).run("loss", inputs: batch)["loss"]).doubles[0]
    }

    @Test(arguments: backbones)
    func switchedOffIsDePT(_ b: Backbone) throws {
        let dept = try elaborateMethod(b.dept, Self.bindings(b), config: b.config)
        var off = Self.bindings(b)
        off["use_fusion"] = .bool(false)
        off["use_multispace"] = .bool(false)
        let ept = try elaborateMethod(b.ept, off, config: b.config)
        #expect(ept.weights.map(\.name) .sorted() == dept.weights.map(\.name).sorted())
        let values = randomWeights(dept, seed: 9, dtype: .f32)   // B ≠ 0: the low-rank path counts
        let deptLoss = try Self.loss(dept, values, b.batch)
        let eptLoss = try Self.loss(ept, values, b.batch)
        #expect(deptLoss.isFinite && deptLoss > 0)
        #expect(eptLoss == deptLoss)
    }

    @Test(arguments: backbones)
    func startsAsDePT(_ b: Backbone) throws {
        var on = Self.bindings(b)
        on["spaces"] = .int(2)
        on["space_width"] = .int(3)
        let ept = try elaborateMethod(b.ept, on, config: b.config)
        let dept = try elaborateMethod(b.dept, Self.bindings(b), config: b.config)
        // DePT's weights random; EPT's extra modules random too, except U_i and λ at their zero init.
        var values = randomWeights(ept, seed: 10, dtype: .f32)
        for w in ept.weights where w.name.hasSuffix("_up") || w.name == "fusion_scale" {
            values[w.name] = Tensor.zeros(w.type)
        }
        let deptLoss = try Self.loss(dept, values, b.batch)
        let eptLoss = try Self.loss(ept, values, b.batch)
        #expect(Swift.abs(eptLoss - deptLoss) <= 1e-5 * Swift.abs(deptLoss), "EPT \(eptLoss) vs DePT \(deptLoss)")
        // And the modules do act once U_i and λ move: the losses part.
        values["space_0_up"] = randomWeights(ept, seed: 11, dtype: .f32)["space_0_up"]
        values["fusion_scale"] = randomWeights(ept, seed: 12, dtype: .f32)["fusion_scale"]
        let moved = try Self.loss(ept, values, b.batch)
        #expect(Swift.abs(moved - deptLoss) > 1e-4 * Swift.abs(deptLoss))
    }

    /// LoRA and fine-tuning restate the backbone's blocks (lib/lora-*.graph, lib/*-finetune.graph);
    /// with LoRA's B at its zero init, and fine-tuning's weights at the checkpoint values, they must
    /// compute graphs/t5.graph's and graphs/bert.graph's loss bit for bit — on every activation the
    /// backbone library supports.
    @Test(arguments: [("lora", "t5", false), ("finetune", "t5", false), ("finetune", "t5", true),
                      ("lora-bert", "bert", false), ("finetune-bert", "bert", false), ("lora-bert", "bert", true),
                      ("finetune-bert", "bert", true)])
    func restatedBackbonesMatch(_ method: String, _ backbone: String, _ variant: Bool) throws {
        let bert = backbone == "bert"
        var config = bert ? tinyBERTConfig : tinyT5Config
        // The variant: gated-gelu FFN with an untied head (T5 v1.1), tanh GELU (BERT gelu_new).
        if bert { config["gelu_tanh"] = .bool(variant) } else { config["gated_ffn"] = .bool(variant); config["untied_lm_head"] = .bool(variant) }
        var bindings: [String: SymbolValue] = ["B": .int(2), "L": .int(4)]
        if !bert { bindings["T"] = .int(3) }
        let adapted = try elaborateMethod(method, bindings, config: config)
        let original = try elaborateMethod(backbone, bindings, config: config)
        var values = randomWeights(adapted, seed: 14, dtype: .f32)
        for w in adapted.weights where w.name.hasSuffix("lora_B_weight") { values[w.name] = Tensor.zeros(w.type) }
        #expect(Set(original.weights.map(\.name)).isSubset(of: Set(adapted.weights.map(\.name))))
        let batch = bert ? bertBatch(B: 2, L: 4, vocab: 20, seed: 15) : t5Batch(B: 2, L: 4, T: 3, vocab: 20, seed: 15)
        let expected = try Self.loss(original, values, batch)
        #expect(expected.isFinite && expected > 0)
        #expect(try Self.loss(adapted, values, batch) == expected)
    }
}
