import Foundation
import IR
import Runtime
import Support
import Tasks

extension Evaluator {
    /// The graphs' entry that scores given decoder inputs (teacher forcing): T5's `logits`.
    public static let scoringEntry = "logits"

    /// T5's probability of each label word per example (class order): the decoder's log-likelihood
    /// of the word's tokens, EOS included, given the input — each word fed through `logits` by
    /// teacher forcing — then a softmax over the words. What greedy decoding cannot give: a number
    /// per label. The programs must keep `scoringEntry` (`RunSession.programs(extraEntries:)`).
    public func labelWordProbabilities(_ examples: [EncodedExample]) throws -> [[Double]] {
        let words = task.labelWords.indices.map { codec.target(.index($0), task: task) }
        var out = [[Double]](repeating: [], count: examples.count)
        let bucketOf = examples.map { programs.buckets.bucket(for: $0.ids.count) }
        let plan = EpochPlan.evaluation(bucketOf: bucketOf, bucketCount: programs.buckets.lengths.count, batchSize: batchSize)
        for batch in plan {
            let engine = programs.engine(bucket: batch.bucket)
            guard let entry = engine.graph.entry(named: Self.scoringEntry),
                  let t = entry.parameters.first(where: { $0.name == "decoder_input_ids" })?.type.shape.last else {
                throw UserError("the method's graph has no '\(Self.scoringEntry)' entry taking decoder_input_ids: "
                                   + "label words cannot be scored")
            }
            let b = batch.rows.count
            var logLikelihoods = [[Double]](repeating: [], count: b)  // (b, words)
            for word in words {
                let tokens = Array(word.prefix(t))
                // Decoder inputs: start token 0, then the word shifted right, padded with 0.  (b, t)
                let shifted = Array(([Int32(0)] + tokens.dropLast()).prefix(t))
                let decoderInput = shifted + [Int32](repeating: 0, count: t - shifted.count)
                let extra = ["decoder_input_ids": Tensor(shape: [b, t], ints: Array([[Int32]](repeating: decoderInput, count: b).joined()))]
                let inputs = try BatchInputs.make(entry, examples: examples, batch: batch,
                                                  length: programs.buckets.lengths[batch.bucket], padID: codec.padID, extra: extra)
                guard let logits = try engine.run(Self.scoringEntry, inputs: inputs)[Self.scoringEntry] else {
                    throw UserError("'\(Self.scoringEntry)' returned no logits")
                }
                let v = logits.shape[2]  // logits: (b, t, v)
                let values = logits.floats
                for r in 0..<b {
                    var sum = 0.0
                    for (j, token) in tokens.enumerated() {
                        let start = (r * t + j) * v
                        sum += Self.logSoftmax(values[start..<(start + v)], at: Int(token))
                    }
                    logLikelihoods[r].append(sum)
                }
            }
            for (r, row) in batch.rows.prefix(b - batch.padding).enumerated() {
                out[row] = Self.softmax(logLikelihoods[r])
            }
        }
        return out
    }

    /// log softmax(x)[k] = x[k] − max − log Σ exp(x − max), in Double.
    static func logSoftmax(_ x: ArraySlice<Float>, at k: Int) -> Double {
        let top = Double(x.max() ?? 0)
        let sum = x.reduce(0.0) { $0 + Foundation.exp(Double($1) - top) }
        return Double(x[x.startIndex + k]) - top - Foundation.log(sum)
    }
}
