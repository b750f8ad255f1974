import IR

/// The passes `eptc compile` runs after elaboration, in order; `--dump-after NAME` names them.
public func standardPipeline(optimizer: AdamWConfig = AdamWConfig()) -> [any Pass] {
    [AutodiffPass(), OptimizerPass(config: optimizer)]
}
