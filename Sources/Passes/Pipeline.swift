import IR

/// The passes `eptc compile` runs after elaboration, in order; `--dump-after NAME` names them.
/// `skipping` leaves optional passes out (`--no-fuse`); with `.all` the graph is exactly what
/// autodiff and the optimizer alone make.
///
/// The named EPT fusions run on the forward entries, after the first simplification and before
/// autodiff: autodiff differentiates their regions as a whole (`RegionVJP`), so each brings its
/// backward region into `loss_grad` and `train_step`. The generic fusions run last, over
/// everything autodiff and AdamW made.
public func standardPipeline(optimizer: AdamWConfig = AdamWConfig(), skipping: PassSkipList = .none) -> [any Pass] {
    let simplify = !skipping.skips("simplify") && !SimplifyPass(skipping: skipping).rules.isEmpty
    var passes: [any Pass] = []
    if simplify { passes.append(SimplifyPass(name: "simplify", skipping: skipping)) }
    passes += namedFusionPipeline().filter { !skipping.skips($0.name) }
    passes += [AutodiffPass(), OptimizerPass(config: optimizer)] as [any Pass]
    if simplify { passes.append(SimplifyPass(name: "resimplify", skipping: skipping)) }
    if !skipping.skips(ElideKeepRowsPass.passName) { passes.append(ElideKeepRowsPass()) }
    passes += fusionPipeline().filter { !skipping.skips($0.name) }
    return passes
}

/// The passes of a data-parallel (split) step: the named EPT fusions (they form before autodiff,
/// so `loss_grad` has them as `train_step` does, and one rank computes a single process's
/// gradients bit for bit), autodiff, and the optimizer as its own `apply` entry; the other
/// optional passes stay off there (the opt-in attention passes too).
public func splitStepPipeline(optimizer: AdamWConfig, applyEntry: String) -> [any Pass] {
    eptFusionPipeline() + [AutodiffPass(), OptimizerPass(config: optimizer, applyEntry: applyEntry)]
}

/// The generic fusion passes, in the order they run: the backbone's attention where nothing else
/// reads its probabilities (forward-only entries: in a training step the backward reads them),
/// before the softmax is taken by a row region; row reductions take the epilogues that read them
/// back (a softmax's or a norm's backward), on the plain ops; then row ops take their prologues;
/// then the remaining elementwise chains become single loops; a loop that is a matmul's epilogue
/// joins the GEMM's kernel; last, loops whose value another loop of the same shape reads merge
/// into it as an extra result (AdamW: one loop per weight).
public func fusionPipeline() -> [any Pass] {
    [AttentionFusionPass(), RowEpilogueFusionPass(), ReductionFusionPass(), ElementwiseFusionPass(),
     GemmEpilogueFusionPass(), MultiResultFusionPass()]
}

/// The named EPT fusions (docs/FUSION.md §8, "The EPT fusions"): each wraps its pattern, where the
/// graph has it, into one region.
public func eptFusionPipeline() -> [any Pass] {
    [LowRankEmbeddingFusionPass(), GatedProjectionFusionPass(), PromptAttentionFusionPass()]
}

/// The passes that form named regions before autodiff: the EPT fusions, then the backbone's
/// attention with its whole backward as one kernel too (`fuse-attention-backward`, opt-in:
/// `PassSkipList.optInNames`).
public func namedFusionPipeline() -> [any Pass] {
    eptFusionPipeline() + [AttentionFusionPass(name: "fuse-attention-backward")]
}

/// Names of the fusion passes, named and generic (`--no-fuse` accepts them, and `all`).
public var fusionPassNames: [String] { (namedFusionPipeline() + fusionPipeline()).map(\.name) }

extension PassSkipList {
    /// Every fusion pass off, simplification kept: the unfused side of a fused/unfused comparison.
    public static var fusionOff: PassSkipList { (try? PassSkipList(fusionPassNames)) ?? .none }
}
