import Foundation
import IR
import Runtime
import Support
import Tasks

/// What a run tells its caller while it trains: plain lines (setup, evaluations) and the live
/// progress line (the driver overwrites it in place on a terminal).
public enum TrainerEvent {
    case line(String)
    case progress(String)
}

/// The training loop: batches from the epoch plan, one compiled `train_step` per batch, evaluation
/// and checkpoints every `evalEvery` steps, the best checkpoint by the dev metric, a log line per
/// step, and at the end `summary.json` and `curves.svg`. Everything a step computes is a function of
/// (weights, batch, seed, step), so `resume` continues bit for bit.
///
/// Data-parallel (`parallel` set, `eptc run --distributed`): every rank runs this loop over the same
/// global epoch plan, trains on its shard of each batch (DataParallel) and evaluates its share of the
/// dev batches; rank 0 alone writes the run folder (log, checkpoints, summary, plot).
public final class Trainer {
    public let session: RunSession
    public let programs: StepPrograms
    public let folder: RunFolder
    public let train: [EncodedExample]
    public let dev: [EncodedExample]
    public let report: (TrainerEvent) -> Void
    /// Stop (as an interruption would: no summary) right after the first checkpoint at or past this
    /// step. Tests use it to show that a resumed run equals an uninterrupted one.
    public var interruptAfter: Int?
    /// Checked after every step of a single-process run: a pending request stops the run with a
    /// checkpoint of that step (`TrainingInterrupted`). Data-parallel ranks ignore it (mpirun
    /// signals every rank; a stop must be collective, which the kill-and-resume path already is).
    public var stopRequest: StopRequest?
    public let parallel: DataParallel?
    private var position: TrainingPosition
    private let evaluator: Evaluator
    private let trainBuckets: [Int]
    /// Batches per epoch: ⌈examples in the bucket / batch size⌉ summed over buckets (every epoch's
    /// plan has this many, whatever its order). Fixed at start: the step loop reads it every step.
    public let stepsPerEpoch: Int
    /// FNV-1a of the encoded training set (ids, token types, targets, labels, in order): recorded in every
    /// checkpoint, so a resume over other data is refused rather than silently continued.
    public let dataFingerprint: String
    private var config: RunConfiguration { session.configuration }
    /// Whether this process writes the run folder: a single process, or rank 0.
    public var writes: Bool { (parallel?.rank ?? 0) == 0 }

    public init(session: RunSession, programs: StepPrograms, folder: RunFolder, train: [EncodedExample],
                dev: [EncodedExample], parallel: DataParallel? = nil, report: @escaping (TrainerEvent) -> Void) throws {
        self.session = session
        self.parallel = parallel
        self.programs = programs
        self.folder = folder
        self.train = train
        self.dev = dev
        self.report = report
        position = TrainingPosition(seed: session.configuration.seed)
        var evaluator = Evaluator(programs: programs, codec: session.codec, task: session.task,
                                  batchSize: parallel?.localBatchSize ?? session.configuration.batchSize)
        evaluator.parallel = parallel
        self.evaluator = evaluator
        trainBuckets = train.map { programs.buckets.bucket(for: $0.ids.count) }
        var perBucket = [Int](repeating: 0, count: programs.buckets.lengths.count)
        for b in trainBuckets { perBucket[b] += 1 }
        let batchSize = session.configuration.batchSize
        stepsPerEpoch = perBucket.reduce(0) { $0 + ($1 + batchSize - 1) / batchSize }
        dataFingerprint = Self.fingerprint(train)
        if let parallel {
            guard programs.split else { throw UserError("--distributed needs programs compiled with split steps") }
            if case .regression = session.task.kind, !session.codec.isT5, batchSize % parallel.size != 0 {
                throw UserError("\(session.task.name) is a regression task (mean squared error over every row), so "
                                   + "--distributed needs --batch-size divisible by the number of ranks (\(batchSize) "
                                   + "by \(parallel.size)): no rank's shard may hold filler rows", collective: true)
            }
            try parallel.prepare(programs)
        }
    }

    /// The state and position now, with what identifies the run and its data.
    func saveCheckpoint(to path: String) throws {
        try TrainingCheckpoint.save(programs.store, position: position, configuration: config,
                                    dataFingerprint: dataFingerprint, dataSources: session.dataSources, to: path)
    }

    static func fingerprint(_ examples: [EncodedExample]) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(examples.count * 64)
        func add(_ values: [Int32]) {
            for v in values { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
            bytes.append(0xFF)
        }
        for e in examples {
            add(e.ids); add(e.typeIDs); add(e.target)
            bytes.append(contentsOf: Array(e.label.map { "\($0)" }?.utf8 ?? "-".utf8))
        }
        return "\(examples.count)-" + fnv1a(bytes)
    }

    /// Steps the budget allows when it is counted in steps (nil: a time budget only).
    var totalSteps: Int? {
        let byEpochs = config.epochs.map { $0 * stepsPerEpoch }
        switch (byEpochs, config.maxSteps) {
        case let (e?, m?): return min(e, m)
        case let (e?, nil): return e
        case let (nil, m?): return m
        case (nil, nil): return nil
        }
    }

    var schedule: LinearSchedule {
        if let total = totalSteps { return LinearSchedule(horizon: .steps(total), warmupFraction: config.warmupFraction) }
        return LinearSchedule(horizon: .seconds(config.timeBudget ?? 600), warmupFraction: config.warmupFraction)
    }

    /// Evaluation cadence in steps: as configured, else a tenth of a step budget, else (time budget)
    /// by seconds.
    var evalEvery: Int? {
        if let n = config.evalEvery { return n }
        if config.evalSeconds != nil { return nil }
        return totalSteps.map { max(1, ($0 + 9) / 10) }
    }
    var evalSeconds: Double? {
        if config.evalEvery != nil { return nil }
        return config.evalSeconds ?? (totalSteps == nil ? max(30, (config.timeBudget ?? 600) / 10) : nil)
    }

    // MARK: Starting

    /// A fresh run: P from vocabulary rows (frequent tokens of the training inputs).
    public func start() throws {
        try initializePrompt()
        guard writes else { return }
        try RunFiles.write(session.configuration.encoded(), to: folder.configuration)
        _ = try RunLog(path: folder.log)
    }

    /// Continues from `last.safetensors`: weights, moments and position; the log is cut back to it.
    /// Data-parallel: rank 0 reads the folder; `run` hands its state and position to the others.
    public func resume() throws {
        guard writes else { return }
        guard FileManager.default.fileExists(atPath: folder.lastCheckpoint) else {
            report(.line("resume: no checkpoint in \(folder.path) yet; starting from the beginning"))
            try RunLog.truncate(at: folder.log, after: 0)
            try start()
            return
        }
        position = try TrainingCheckpoint.load(folder.lastCheckpoint, into: programs.store, expecting: config,
                                               dataFingerprint: dataFingerprint, dataSources: session.dataSources)
        // The data position must be one of this run's: a batch past the epoch's plan would index
        // outside it.
        guard position.batch <= stepsPerEpoch else {
            throw UserError("\(folder.lastCheckpoint): eptc.position batch \(position.batch) is past the end of an epoch "
                               + "(\(stepsPerEpoch) batches): the checkpoint is not from this run's data")
        }
        try RunLog.truncate(at: folder.log, after: position.step)
        report(.line("resume: step \(position.step), epoch \(position.epoch) batch \(position.batch), "
                     + "best \(position.bestMetric.map { Self.percent($0) } ?? "—")"))
    }

    func initializePrompt() throws {
        guard let engine = programs.engines.first, let entry = engine.graph.entry(named: StepPrograms.promptInitEntry),
              let parameter = entry.parameters.first else { return }
        let count = parameter.type.elementCount
        var frequency: [Int32: Int] = [:]
        let special = session.codec.specialIDs
        for e in train { for id in e.ids where !special.contains(id) { frequency[id, default: 0] += 1 } }
        var pool = frequency.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5000).map(\.key)
        if pool.isEmpty { pool = (0..<Int32(min(5000, session.codec.vocabularySize))).filter { !special.contains($0) } }
        var rng = SplitMix64(seed: config.seed ^ 0x9E37_79B9)
        let ids = (0..<count).map { _ in pool[rng.next(below: pool.count)] }
        _ = try engine.run(StepPrograms.promptInitEntry, inputs: [parameter.name: Tensor(shape: [count], ints: ids)])
    }

    // MARK: The loop

    public func run() throws -> RunSummary {
        let wallStart = Date()
        let log = writes ? try RunLog(path: folder.log) : nil
        if let parallel {
            position = try parallel.broadcastState(programs.store, position: position)
            parallel.restartClock()
        }
        let total = totalSteps
        report(.line("training: \(train.count) examples, \(stepsPerEpoch) steps per epoch, "
                     + (total.map { "\($0) steps" } ?? "time budget \(Int(config.timeBudget ?? 0)) s")
                     + ", evaluation every " + (evalEvery.map { "\($0) steps" } ?? "\(Int(evalSeconds ?? 0)) s of training")))
        // Step cadences count from step 0, so a run resumed from any step (a stop between two
        // evaluations included) evaluates at the steps an uninterrupted run does.
        var lastEvalStep = evalEvery.map { position.step - position.step % $0 } ?? position.step
        var lastEvalSeconds = position.trainingSeconds
        var recent: [Double] = []
        var stopReason = "budget"
        var lastMetrics: [String: Double] = [:]

        training: while !budgetSpent(total) {
            let plan = EpochPlan.training(bucketOf: trainBuckets, bucketCount: programs.buckets.lengths.count,
                                          batchSize: config.batchSize, seed: config.seed, epoch: position.epoch)
            while position.batch < plan.count {
                let loss = try trainStep(plan[position.batch], log: log)
                recent.append(loss)
                if recent.count > 20 { recent.removeFirst() }
                report(.progress(progressLine(recent, total: total)))

                let dueBySteps = evalEvery.map { position.step - lastEvalStep >= $0 } ?? false
                let dueByTime = evalSeconds.map { position.trainingSeconds - lastEvalSeconds >= $0 } ?? false
                if dueBySteps || dueByTime {
                    lastMetrics = try evaluateAndCheckpoint(log)
                    lastEvalStep = position.step
                    lastEvalSeconds = position.trainingSeconds
                    parallel?.restartClock()
                    if let stop = interruptAfter, position.step >= stop {
                        throw UserError("interrupted after step \(position.step) (--interrupt-after); "
                                           + "continue with --resume \(folder.path)", collective: true)
                    }
                    if let patience = config.patience, position.evaluationsSinceBest >= patience {
                        stopReason = "no improvement in \(patience) evaluations"
                        break training
                    }
                }
                if budgetSpent(total) { break training }
                try stopIfRequested()
            }
            position.epoch += 1
            position.batch = 0
        }
        if lastEvalStep != position.step || lastMetrics.isEmpty {
            lastMetrics = try evaluateAndCheckpoint(log)
        }
        let summary = RunSummary(configuration: config, position: position, finalMetrics: lastMetrics,
                                 trainableParameters: programs.trainableCount, stepsPerEpoch: stepsPerEpoch,
                                 wallSeconds: Date().timeIntervalSince(wallStart), stoppedBecause: stopReason,
                                 primaryMetric: session.task.primaryMetric)
        if writes {
            try summary.write(to: folder.summary)
            try writePlot()
        }
        return summary
    }

    /// A pending stop request: `last.safetensors` at this step (no evaluation, so the best
    /// checkpoint and the evaluation record stay those of an uninterrupted run), then stop.
    func stopIfRequested() throws {
        guard parallel == nil, let signal = stopRequest?.signal else { return }
        if writes {
            try saveCheckpoint(to: folder.lastCheckpoint)
        }
        throw TrainingInterrupted(signal: signal, step: position.step, checkpoint: folder.lastCheckpoint, folder: folder.path)
    }

    func budgetSpent(_ total: Int?) -> Bool {
        if let total, position.step >= total { return true }
        if let budget = config.timeBudget, position.trainingSeconds >= budget { return true }
        return false
    }

    /// One step on the plan's next batch, logged; a non-finite loss or gradient stops the run (the
    /// last checkpoint on disk is from before it). Returns the loss.
    func trainStep(_ batch: Batch, log: RunLog?) throws -> Double {
        let stepStart = Date()
        let (loss, gradNorm, scale, reducedSeconds) = try step(batch)
        let seconds = reducedSeconds ?? Date().timeIntervalSince(stepStart)
        position.trainingSeconds += seconds
        position.step += 1
        position.batch += 1
        position.examplesSeen += batch.rows.count
        guard loss.isFinite, gradNorm.isFinite else {
            let advice = FileManager.default.fileExists(atPath: folder.lastCheckpoint)
                ? "The last good checkpoint is \(folder.lastCheckpoint) — lower the learning rates and resume from it, or start again"
                : "No checkpoint was written yet — start again with lower learning rates (--lr GROUP=VALUE)"
            throw UserError("step \(position.step): the loss is \(loss) (gradient norm \(gradNorm)); training stopped. "
                               + advice, collective: true)
        }
        log?.append(["step": .int(position.step), "epoch": .int(position.epoch), "loss": .double(loss),
                     "grad_norm": .double(gradNorm), "lr": .object(rates(scale).mapValues(JSONValue.double)),
                     "examples_per_s": .double(Double(batch.rows.count) / max(seconds, 1e-9)),
                     "bucket": .int(programs.buckets.lengths[batch.bucket])])
        return loss
    }

    /// One optimizer step on `batch`: (loss, gradient norm, lr scale, and the step's seconds as the
    /// ranks agree on them — nil for a single process, which times the step itself).
    func step(_ batch: Batch) throws -> (Double, Double, Double, Double?) {
        let engine = programs.engine(bucket: batch.bucket)
        let scale = schedule.scale(completedSteps: position.step, elapsed: position.trainingSeconds)
        if let parallel {
            let seed = parallel.dropoutSeed(Self.dropoutSeed(config.seed, step: position.step))
            let (loss, norm, seconds) = try parallel.step(
                batch, engine: engine, apply: programs.engines[0], examples: train,
                length: programs.buckets.lengths[batch.bucket], padID: session.codec.padID,
                extra: ["seed": .scalar(seed)], lrScale: Float(scale))
            return (loss, norm, scale, seconds)
        }
        guard let entry = engine.graph.entry(named: StepPrograms.trainingEntry) else {
            throw UserError("no '\(StepPrograms.trainingEntry)' entry")
        }
        let extra: [String: Tensor] = [
            "lr_scale": .scalar(Float(scale)),
            "seed": .scalar(Self.dropoutSeed(config.seed, step: position.step)),
        ]
        let inputs = try BatchInputs.make(entry, examples: train, batch: batch,
                                          length: programs.buckets.lengths[batch.bucket],
                                          padID: session.codec.padID, extra: extra)
        let out = try engine.run(StepPrograms.trainingEntry, inputs: inputs)
        let loss = out["loss"]?.doubles.first ?? .nan
        let gradNorm = out["grad_norm"]?.doubles.first ?? .nan
        return (loss, gradNorm, scale, nil)
    }

    /// The dropout seed of a step: SplitMix64 of (run seed, step), so masks never repeat across steps.
    static func dropoutSeed(_ seed: UInt64, step: Int) -> Int32 {
        var rng = SplitMix64(seed: seed &+ 0xD50B_0A75 &* UInt64(step + 1))
        return Int32(truncatingIfNeeded: rng.next())
    }

    func rates(_ scale: Double) -> [String: Double] {
        config.learningRates.mapValues { $0 * scale }
    }

    // MARK: Evaluation and checkpoints

    func evaluateAndCheckpoint(_ log: RunLog?) throws -> [String: Double] {
        if let parallel, try !parallel.statesAgree(programs.store) {
            position = try parallel.broadcastState(programs.store, position: position)
            report(.line("step \(position.step): the ranks' states differed (a reduction that was not bit-identical "
                         + "on every rank); every rank now holds rank 0's"))
        }
        let result = try evaluator.evaluate(dev)
        let primary = session.task.primaryMetric
        let value = result.metrics[primary]
        var improved = false
        if let value, value.isFinite, position.bestMetric.map({ value > $0 }) ?? true {
            position.bestMetric = value
            position.bestStep = position.step
            position.evaluationsSinceBest = 0
            improved = true
        } else {
            position.evaluationsSinceBest += 1
        }
        var record: [String: JSONValue] = [
            "step": .int(position.step), "split": .string(config.evalSplit.rawValue),
            "eval": .object(result.metrics.mapValues(JSONValue.double)), "eval_seconds": .double(result.seconds),
            "training_seconds": .double(position.trainingSeconds)]
        if session.codec.isT5 { record["unknown_predictions"] = .int(result.unknown) }
        log?.append(record)
        if writes {
            if improved {
                try saveCheckpoint(to: folder.bestCheckpoint)
            }
            try saveCheckpoint(to: folder.lastCheckpoint)
        }
        let metrics = session.task.metricNames.compactMap { name in result.metrics[name].map { "\(name) \(Self.percent($0))" } }
        let unknown = session.codec.isT5 && result.unknown > 0 ? ", \(result.unknown) unknown predictions" : ""
        report(.line("step \(position.step): \(config.evalSplit) " + metrics.joined(separator: ", ") + unknown
                     + (improved ? " (best)" : "") + String(format: " [%.1f s]", result.seconds)))
        return result.metrics
    }

    func writePlot() throws {
        let records = RunLog.records(at: folder.log)
        let losses = records.compactMap { r -> (Int, Double)? in
            guard let s = r["step"]?.intValue, let l = r["loss"]?.doubleValue else { return nil }
            return (s, l)
        }
        let primary = session.task.primaryMetric
        let metric = records.compactMap { r -> (Int, Double)? in
            guard let s = r["step"]?.intValue, let v = r["eval"]?[primary]?.doubleValue else { return nil }
            return (s, v * 100)
        }
        let svg = LossPlot.svg(losses: losses.map { (step: $0.0, loss: $0.1) }, metric: metric.map { (step: $0.0, value: $0.1) },
                               metricName: primary + " ×100", title: "\(config.task) · \(config.method)")
        try RunFiles.write(Array(svg.utf8), to: folder.plot)
    }

    func progressLine(_ recent: [Double], total: Int?) -> String {
        let loss = recent.reduce(0, +) / Double(max(1, recent.count))
        let rate = Double(position.examplesSeen) / max(position.trainingSeconds, 1e-9)
        var left = ""
        if let total, position.step > 0 {
            left = durationText(position.trainingSeconds / Double(position.step) * Double(total - position.step))
        } else if let budget = config.timeBudget {
            left = durationText(max(0, budget - position.trainingSeconds))
        }
        let best = position.bestMetric.map { " · best \(session.task.primaryMetric) \(Self.percent($0))" } ?? ""
        return "step \(position.step)\(total.map { "/\($0)" } ?? "") · loss \(String(format: "%.4f", loss)) · "
            + String(format: "%.1f ex/s", rate) + best + (left.isEmpty ? "" : " · \(left) left")
    }

    static func percent(_ v: Double) -> String { String(format: "%.1f", v * 100) }
}
