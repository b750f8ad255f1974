import IR

/// The passes `eptc compile` runs after elaboration, in order; `--dump-after NAME` names them.
/// `skipping` leaves optional passes out (`--no-fuse`); with `.all` the graph is exactly what
/// autodiff and the optimizer alone make.
public func standardPipeline(optimizer: AdamWConfig = AdamWConfig(), skipping: PassSkipList = .none) -> [any Pass] {
    let simplify = !skipping.skips("simplify") && !SimplifyPass(skipping: skipping).rules.isEmpty
    var passes: [any Pass] = []
    if simplify { passes.append(SimplifyPass(name: "simplify", skipping: skipping)) }
    passes += [AutodiffPass(), OptimizerPass(config: optimizer)] as [any Pass]
    if simplify { passes.append(SimplifyPass(name: "resimplify", skipping: skipping)) }
    passes += fusionPipeline().filter { !skipping.skips($0.name) }
    return passes
}

/// The fusion passes, in the order they run: row ops take their prologues first, then the
/// remaining elementwise chains become single loops.
public func fusionPipeline() -> [any Pass] {
    [ReductionFusionPass(), ElementwiseFusionPass()]
}

/// Names of the fusion passes (`--no-fuse` accepts them, and `all`).
public var fusionPassNames: [String] { fusionPipeline().map(\.name) }

extension PassSkipList {
    /// Every fusion pass off, simplification kept: the unfused side of a fused/unfused comparison.
    public static var fusionOff: PassSkipList { (try? PassSkipList(fusionPassNames)) ?? .none }
}
