import IR

/// The passes `eptc compile` runs after elaboration, in order; `--dump-after NAME` names them.
/// `skippingFusion` names fusion passes to leave out (`--no-fuse`), for comparisons.
///
/// The named EPT fusions run first, on the forward entries: autodiff differentiates their
/// regions as a whole (`RegionVJP`), so each brings its backward region into `loss_grad` and
/// `train_step`. The generic fusions run last, over everything autodiff and AdamW made.
public func standardPipeline(optimizer: AdamWConfig = AdamWConfig(), skippingFusion: Set<String> = []) -> [any Pass] {
    let named: [any Pass] = eptFusionPipeline().filter { !skippingFusion.contains($0.name) }
    let fusion: [any Pass] = fusionPipeline().filter { !skippingFusion.contains($0.name) }
    return named + [AutodiffPass(), OptimizerPass(config: optimizer)] + fusion
}

/// The generic fusion passes, in the order they run: row ops take their prologues first, then
/// the remaining elementwise chains become single loops.
public func fusionPipeline() -> [any Pass] {
    [ReductionFusionPass(), ElementwiseFusionPass()]
}

/// The named EPT fusions (DESIGN.md §3.4): each wraps its pattern, where the graph has it, into
/// one region.
public func eptFusionPipeline() -> [any Pass] {
    [LowRankEmbeddingFusionPass(), GatedProjectionFusionPass(), FusionAttentionFusionPass()]
}

/// Names `--no-fuse` accepts (besides `all`).
public var fusionPassNames: [String] { (eptFusionPipeline() + fusionPipeline()).map(\.name) }
