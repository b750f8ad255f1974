import IR

/// The passes `eptc compile` runs after elaboration, in order; `--dump-after NAME` names them.
/// `skippingFusion` names fusion passes to leave out (`--no-fuse`), for comparisons.
public func standardPipeline(optimizer: AdamWConfig = AdamWConfig(), skippingFusion: Set<String> = []) -> [any Pass] {
    let fusion: [any Pass] = fusionPipeline().filter { !skippingFusion.contains($0.name) }
    return [AutodiffPass(), OptimizerPass(config: optimizer)] + fusion
}

/// The fusion passes, in the order they run: row ops take their prologues first, then the
/// remaining elementwise chains become single loops.
public func fusionPipeline() -> [any Pass] {
    [ReductionFusionPass(), ElementwiseFusionPass()]
}

/// Names `--no-fuse` accepts (besides `all`).
public var fusionPassNames: [String] { fusionPipeline().map(\.name) }
