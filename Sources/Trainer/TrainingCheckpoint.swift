import Foundation
import IR
import Models
import Runtime
import Support

/// Where a run stands: enough to continue bit for bit. The data order is a pure function of
/// (seed, epoch) and the dropout seed of (seed, step), so the position needs no RNG state beyond them.
public struct TrainingPosition: Codable, Equatable, Sendable {
    /// Optimizer steps taken.
    public var step: Int = 0
    /// Epoch in progress and the index of the next batch in its plan.
    public var epoch: Int = 0
    public var batch: Int = 0
    public var examplesSeen: Int = 0
    /// Seconds spent training (evaluation excluded), across resumes.
    public var trainingSeconds: Double = 0
    /// Best dev value of the primary metric so far and the step it was reached at.
    public var bestMetric: Double?
    public var bestStep: Int?
    /// Evaluations since the best one (early stopping).
    public var evaluationsSinceBest: Int = 0
    public var seed: UInt64 = 0

    public init(seed: UInt64 = 0) { self.seed = seed }

    /// Counts no run reaches (2^48 steps or examples): above it the loop's `+= 1` could overflow
    /// and trap instead of being refused.
    public static let countLimit = 1 << 48

    /// What makes this position impossible for a run (counts below zero or past `countLimit`, a
    /// best step after the current one, non-finite times or metrics), or nil. Read back from a
    /// checkpoint, such a position would index the data plan out of range.
    public var problem: String? {
        for (name, value) in [("step", step), ("epoch", epoch), ("batch", batch), ("examplesSeen", examplesSeen),
                              ("evaluationsSinceBest", evaluationsSinceBest)] where value < 0 || value > Self.countLimit {
            return "\(name) is \(value)"
        }
        if !(trainingSeconds >= 0 && trainingSeconds <= Double(Self.countLimit)) { return "trainingSeconds is \(trainingSeconds)" }
        if let bestStep, bestStep < 0 || bestStep > step { return "bestStep is \(bestStep) at step \(step)" }
        if let bestMetric, !bestMetric.isFinite { return "bestMetric is \(bestMetric)" }
        return nil
    }
}

/// The trainable state of a run as one safetensors file: every trainable and optimizer-state weight
/// under its IR name, plus the position as JSON in the metadata (`eptc.position`). Written atomically
/// (temporary file, fsync, rename) by `SafeTensorsWriter`.
public enum TrainingCheckpoint {
    public static let format = "eptc-run-checkpoint-1"

    /// What a checkpoint records of the run that wrote it, checked against the run that reads it:
    /// metadata key → value. `dataFingerprint` is `Trainer.fingerprint` of the encoded training
    /// set; `dataSources` (`RunSession.dataSources`) where each split came from, as
    /// `eptc.source.<split>`. An entry the checkpoint lacks is not checked (older checkpoints, a
    /// split the run never read).
    static func identity(_ configuration: RunConfiguration, dataFingerprint: String?,
                         dataSources: [String: String] = [:]) -> [(key: String, value: String)] {
        var out = [("eptc.task", configuration.task), ("eptc.method", configuration.method),
                   ("eptc.model", configuration.model)]
        // Sources before the fingerprint: a split gone from the data folder changes both, and the
        // source says what happened.
        for (split, source) in dataSources.sorted(by: { $0.key < $1.key }) { out.append((sourceKey + split, source)) }
        if let dataFingerprint { out.append(("eptc.data", dataFingerprint)) }
        return out
    }

    static let sourceKey = "eptc.source."

    public static func save(_ store: WeightStore, position: TrainingPosition, configuration: RunConfiguration,
                            dataFingerprint: String? = nil, dataSources: [String: String] = [:], to path: String) throws {
        var tensors: [(name: String, tensor: Tensor)] = []
        for (i, w) in store.weights.enumerated() where w.role != .frozen {
            tensors.append((w.name, store[i]))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        var metadata = ["format": format, "eptc.position": String(decoding: try encoder.encode(position), as: UTF8.self)]
        for (key, value) in identity(configuration, dataFingerprint: dataFingerprint, dataSources: dataSources) {
            metadata[key] = value
        }
        do {
            try SafeTensorsWriter.write(tensors, metadata: metadata, to: path)
        } catch {
            throw UserError("cannot write checkpoint '\(path)': \(error)")
        }
    }

    /// A split of a run with a data folder now read from elsewhere: the folder lost the file (or
    /// gained one), and the run would silently go on with other data.
    private static func sourceChanged(_ path: String, split: String, recorded: String, folder: String) -> UserError {
        let now = recorded == DataSource.dataFolder
            ? "\(folder) no longer holds it (it would be the shipped data now)"
            : "\(folder) now holds one (the run read the shipped data)"
        return UserError("\(path) was written by a run that read its \(split) split from its \(recorded), but \(now); "
                            + "restore the data the run was trained on")
    }

    /// Reads `path` into `store` (every non-frozen weight must be there with its shape, finite) and
    /// returns the saved position. Nothing is written into the store unless the whole file checks out.
    /// With `expecting`, the checkpoint must come from that run: the same task, method and model
    /// (and, given `dataFingerprint` and `dataSources`, the same training data, and each split from
    /// the same place) — or the error names what differs.
    public static func load(_ path: String, into store: WeightStore, expecting configuration: RunConfiguration? = nil,
                            dataFingerprint: String? = nil, dataSources: [String: String] = [:]) throws -> TrainingPosition {
        let file: SafeTensorsFile
        do {
            file = try SafeTensorsFile(path: path)
        } catch {
            throw UserError("cannot read checkpoint: \(error)")
        }
        guard file.metadata["format"] == format, let json = file.metadata["eptc.position"],
              let position = try? JSONDecoder().decode(TrainingPosition.self, from: Data(json.utf8)) else {
            throw UserError("\(path): not an eptc run checkpoint (no '\(format)' metadata)")
        }
        if let configuration {
            for (key, expected) in identity(configuration, dataFingerprint: dataFingerprint, dataSources: dataSources) {
                guard let recorded = file.metadata[key], recorded != expected else { continue }
                if key.hasPrefix(sourceKey) {
                    throw sourceChanged(path, split: String(key.dropFirst(sourceKey.count)), recorded: recorded,
                                        folder: configuration.dataDirectory ?? "")
                }
                let what = key == "eptc.data" ? "training data (its fingerprint)" : String(key.dropFirst("eptc.".count))
                throw UserError("\(path) was written by a run with another \(what): \(recorded), but config.json says "
                                   + "\(key == "eptc.data" ? "the data now read is \(expected)" : expected); "
                                   + "the run folder's files do not belong together")
            }
        }
        if let problem = position.problem {
            throw UserError("\(path): eptc.position \(problem): not a position a run reaches (a damaged or edited checkpoint)")
        }
        var values: [(Int, Tensor)] = []
        for (i, w) in store.weights.enumerated() where w.role != .frozen {
            guard file.info(w.name) != nil else { throw UserError("\(path): tensor '\(w.name)' is missing") }
            var t: Tensor
            do { t = try file.tensor(w.name) } catch { throw UserError("\(path): \(error)") }
            guard t.shape == w.type.shape else {
                throw UserError("\(path): tensor '\(w.name)' has shape \(t.shape), the run needs \(w.type.shape)")
            }
            if t.type.dtype != w.type.dtype { t = t.converted(to: w.type.dtype) }
            if w.type.dtype.isFloat, t.doubles.contains(where: { !$0.isFinite }) {
                throw UserError("\(path): tensor '\(w.name)' holds non-finite values")
            }
            values.append((i, t))
        }
        for (i, t) in values { store[i] = t }
        return position
    }
}
