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
    return passes
}
