import Foundation
import IR
import Passes
import Runtime
import Support

/// The collective operations data-parallel training needs, over every rank of one job. The driver
/// implements it on Open MPI (Driver/MPICollective.swift); the trainer never sees MPI. Every call
/// is collective: all ranks make it, in the same order, with the same element counts.
public protocol Collective: AnyObject {
    var rank: Int { get }
    var size: Int { get }
    /// Element-wise sums over all ranks, in place; every rank receives the same values.
    func allReduceSum(_ values: inout [Float]) throws
    func allReduceSum(_ values: inout [Double]) throws
    /// Element-wise maxima over all ranks, in place.
    func allReduceMax(_ values: inout [UInt64]) throws
    /// `root`'s bytes on every rank (the others' `bytes` are replaced, whatever their length).
    func broadcast(_ bytes: inout [UInt8], root: Int) throws
}

/// Data-parallel training over the ranks of a `Collective`. Every rank holds the whole model and
/// reads the whole data set; of each global batch (the epoch plan's, as a single process sees it) it
/// runs the contiguous shard `shard(rows:rank:size:)` through `loss_grad`, compiled for
/// ⌈B / ranks⌉ rows (a shorter shard is filled with rows whose labels are ignored). The gradients,
/// each scaled by the rank's share of the batch's labelled elements, and the loss go into one flat
/// float32 buffer, summed across ranks in one all-reduce: the sum is the gradient of the global
/// batch's mean loss. Then every rank runs `apply_gradients` (the same clipping and AdamW as
/// `train_step`) on the same sums, so the ranks' states never drift apart.
public final class DataParallel {
    public let collective: any Collective
    public let globalBatchSize: Int
    public var rank: Int { collective.rank }
    public var size: Int { collective.size }
    /// Rows each rank's programs are compiled for.
    public var localBatchSize: Int { (globalBatchSize + size - 1) / size }

    /// The all-reduced buffer's layout: each trainable weight's gradient, then the loss and the time.
    struct Slot {
        var name: String
        var shape: [Int]
        var offset: Int
        var count: Int
    }
    private var slots: [Slot] = []
    private var gradientCount = 0
    /// Start of the time this rank spent since its last all-reduce (see `step`).
    private var mark = Date()

    public init(collective: any Collective, globalBatchSize: Int) throws {
        self.collective = collective
        self.globalBatchSize = globalBatchSize
        guard collective.size <= globalBatchSize else {
            throw UserError("--distributed with \(collective.size) ranks needs a batch of at least \(collective.size) "
                               + "examples (--batch-size is \(globalBatchSize)): every rank trains on a share of each batch",
                               collective: true)
        }
    }

    /// Floats all-reduced per step: every trainable value, the loss and the step time.
    public var valuesPerStep: Int { gradientCount + 2 }
    public var bytesPerStep: Int { valuesPerStep * MemoryLayout<Float>.size }

    /// Rows [lo, hi) of a `rows`-row batch that `rank` trains on: contiguous, sizes differing by at most one.
    public static func shard(rows: Int, rank: Int, size: Int) -> Range<Int> {
        let base = rows / size, extra = rows % size
        let lo = rank * base + min(rank, extra)
        return lo..<(lo + base + (rank < extra ? 1 : 0))
    }

    /// This rank's part of a global batch, filled to `localBatchSize` rows with ignored `padding` rows.
    func localBatch(_ batch: Batch) -> Batch {
        var rows = Array(batch.rows[Self.shard(rows: batch.rows.count, rank: rank, size: size)])
        let filler = rows.last ?? batch.rows[0]
        let padding = localBatchSize - rows.count
        rows += [Int](repeating: filler, count: padding)
        return Batch(bucket: batch.bucket, rows: rows, padding: padding)
    }

    /// Rank 0 keeps the single-process dropout seed (a 1-rank run equals a plain one); other ranks
    /// get unrelated streams, so rows at the same local position of two shards get different masks.
    func dropoutSeed(_ base: Int32) -> Int32 {
        guard rank > 0 else { return base }
        var rng = SplitMix64(seed: UInt64(UInt32(bitPattern: base)) &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(rank))
        return Int32(truncatingIfNeeded: rng.next())
    }

    /// Reads the gradient layout off `apply_gradients` (its parameters, in order, but `lr_scale`).
    func prepare(_ programs: StepPrograms) throws {
        guard let apply = programs.engines.first?.graph.entry(named: StepPrograms.applyEntry) else {
            throw UserError("no '\(StepPrograms.applyEntry)' entry: the programs were not compiled for --distributed")
        }
        slots = []
        var offset = 0
        for p in apply.parameters where p.name != OptimizerPass.learningRateScale {
            guard p.type.dtype == .f32 else {
                throw UserError("--distributed all-reduces float32 gradients; '\(p.name)' is \(p.type)")
            }
            slots.append(Slot(name: p.name, shape: p.type.shape, offset: offset, count: p.type.elementCount))
            offset += p.type.elementCount
        }
        gradientCount = offset
        mark = Date()
    }

    /// Time from here to the next all-reduce is not training time (evaluation, checkpoints).
    func restartClock() { mark = Date() }

    /// One optimizer step on this rank's shard of `batch`: (global mean loss, gradient norm,
    /// seconds). `seconds` is the ranks' mean time between consecutive all-reduces, reduced with the
    /// gradients, so the time budget and time-based evaluation agree on every rank.
    func step(_ batch: Batch, engine: any Engine, apply: any Engine, examples: [EncodedExample], length: Int,
              padID: Int32, extra: [String: Tensor], lrScale: Float) throws -> (Double, Double, Double) {
        guard let entry = engine.graph.entry(named: StepPrograms.gradientEntry) else {
            throw UserError("no '\(StepPrograms.gradientEntry)' entry")
        }
        let local = localBatch(batch)
        let inputs = try BatchInputs.make(entry, examples: examples, batch: local, length: length, padID: padID,
                                          extra: extra, ignoredRows: local.padding)
        guard let labelType = entry.parameters.first(where: { $0.name == "labels" })?.type else {
            throw UserError("'\(entry.name)' takes no labels")
        }
        // Each rank's loss is a mean over its labelled elements (tokens for T5): weight it by its share.
        let mine = local.rows.prefix(local.rows.count - local.padding).reduce(0) { $0 + BatchInputs.labelCount(labelType, examples[$1]) }
        let total = batch.rows.reduce(0) { $0 + BatchInputs.labelCount(labelType, examples[$1]) }
        var buffer = [Float](repeating: 0, count: valuesPerStep)
        // No labelled element in the whole batch: the mean is 0/0, as a single process's loss would be.
        if total == 0, rank == 0 { buffer[gradientCount] = .nan }
        if mine > 0 {
            let out = try engine.run(StepPrograms.gradientEntry, inputs: inputs)
            let share = Float(Double(mine) / Double(total))
            let packed = buffer.withUnsafeMutableBufferPointer { flat -> Bool in
                for slot in slots {
                    guard case .f32(let g)? = out[slot.name]?.storage, g.count == slot.count else { return false }
                    for i in 0..<slot.count { flat[slot.offset + i] = g[i] * share }
                }
                return true
            }
            guard packed else {
                throw UserError("'\(StepPrograms.gradientEntry)' does not return every gradient '\(StepPrograms.applyEntry)' takes")
            }
            buffer[gradientCount] = (out["loss"]?.floats.first ?? .nan) * share
        }
        let now = Date()
        buffer[gradientCount + 1] = Float(now.timeIntervalSince(mark) / Double(size))
        mark = now
        try collective.allReduceSum(&buffer)

        var applyInputs: [String: Tensor] = [OptimizerPass.learningRateScale: .scalar(lrScale)]
        for slot in slots {
            applyInputs[slot.name] = Tensor(shape: slot.shape, floats: Array(buffer[slot.offset..<(slot.offset + slot.count)]))
        }
        let out = try apply.run(StepPrograms.applyEntry, inputs: applyInputs)
        let gradNorm = out["grad_norm"]?.doubles.first ?? .nan
        return (Double(buffer[gradientCount]), gradNorm, Double(buffer[gradientCount + 1]))
    }
}
