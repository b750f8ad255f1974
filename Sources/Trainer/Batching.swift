import IR

/// Input lengths the compiled programs are specialized to. Each example goes to the shortest bucket
/// that holds it; every bucket is compiled once (and cached), so a batch of short sentences does not
/// pay for the longest one.
public struct LengthBuckets: Sendable, Equatable {
    public let lengths: [Int]                 // ascending

    public init(lengths: [Int]) { self.lengths = lengths.sorted() }

    /// Up to `count` buckets that minimize the padded tokens of `lengths` (each example pays its
    /// bucket's length), by dynamic programming over the distinct lengths (rounded up to a multiple
    /// of 4, capped at `maxLength`). The last bucket holds the longest example.
    public static func fitted(to lengths: [Int], count: Int, maxLength: Int) -> LengthBuckets {
        var histogram: [Int: Int] = [:]
        for n in lengths { histogram[min(maxLength, roundUp(max(n, 1), to: 4)), default: 0] += 1 }
        let values = histogram.keys.sorted()
        guard !values.isEmpty else { return LengthBuckets(lengths: [min(8, maxLength)]) }
        let counts = values.map { histogram[$0]! }
        var prefix = [0]
        for c in counts { prefix.append(prefix.last! + c) }
        let n = values.count, k = max(1, min(count, n))
        // best[b][j]: least cost of covering values[0...j] with b + 1 buckets, the last ending at j.
        var best = [[Int]](repeating: [Int](repeating: Int.max, count: n), count: k)
        var previous = [[Int]](repeating: [Int](repeating: -1, count: n), count: k)
        for j in 0..<n { best[0][j] = prefix[j + 1] * values[j] }
        for b in 1..<k {
            for j in b..<n {
                for i in (b - 1)..<j where best[b - 1][i] != Int.max {
                    let cost = best[b - 1][i] + (prefix[j + 1] - prefix[i + 1]) * values[j]
                    if cost < best[b][j] {
                        best[b][j] = cost
                        previous[b][j] = i
                    }
                }
            }
        }
        var b = (0..<k).min { best[$0][n - 1] < best[$1][n - 1] } ?? 0
        var j = n - 1
        var out: [Int] = []
        while j >= 0 {
            out.append(values[j])
            j = b > 0 ? previous[b][j] : -1
            b -= 1
        }
        return LengthBuckets(lengths: out)
    }

    static func roundUp(_ n: Int, to multiple: Int) -> Int { (n + multiple - 1) / multiple * multiple }

    /// The index of the shortest bucket holding `length` tokens (the last one when none does).
    public func bucket(for length: Int) -> Int {
        lengths.firstIndex { $0 >= length } ?? lengths.count - 1
    }
}

/// A static-shape batch: `rows` index examples; `padding` rows at the end are repeats that only fill
/// the batch (evaluation ignores their predictions).
public struct Batch: Sendable, Equatable {
    public var bucket: Int
    public var rows: [Int]
    public var padding: Int = 0
}

/// Which batches an epoch runs, in which order: a pure function of (seed, epoch), so a run resumed
/// at (epoch, batch) sees exactly the batches it would have seen.
public enum EpochPlan {
    /// Training: examples shuffled, split by bucket, cut into batches of `batchSize` (a bucket's last,
    /// short batch is filled with the bucket's first examples of this epoch, so small data sets still
    /// train and shapes stay static), batch order shuffled.
    public static func training(bucketOf: [Int], bucketCount: Int, batchSize: Int, seed: UInt64, epoch: Int) -> [Batch] {
        var rng = SplitMix64(seed: seed ^ (0xE90C_5EED &* UInt64(epoch + 1)))
        var order = Array(bucketOf.indices)
        shuffle(&order, &rng)
        var byBucket = [[Int]](repeating: [], count: bucketCount)
        for i in order { byBucket[bucketOf[i]].append(i) }
        var batches: [Batch] = []
        for (b, members) in byBucket.enumerated() where !members.isEmpty {
            var start = 0
            while start < members.count {
                var rows = Array(members[start..<min(start + batchSize, members.count)])
                let fill = batchSize - rows.count
                for k in 0..<fill { rows.append(members[k % members.count]) }
                batches.append(Batch(bucket: b, rows: rows, padding: 0))
                start += batchSize
            }
        }
        shuffle(&batches, &rng)
        return batches
    }

    /// Evaluation: every example once, in order within its bucket; short batches padded with repeats
    /// of their last row, marked as padding.
    public static func evaluation(bucketOf: [Int], bucketCount: Int, batchSize: Int) -> [Batch] {
        var batches: [Batch] = []
        for b in 0..<bucketCount {
            let members = bucketOf.indices.filter { bucketOf[$0] == b }
            var start = 0
            while start < members.count {
                var rows = Array(members[start..<min(start + batchSize, members.count)])
                let padding = batchSize - rows.count
                rows += [Int](repeating: rows[rows.count - 1], count: padding)
                batches.append(Batch(bucket: b, rows: rows, padding: padding))
                start += batchSize
            }
        }
        return batches
    }

    /// Fisher–Yates with our own generator (Swift's `shuffle(using:)` algorithm is not promised stable
    /// across releases; checkpoints must be).
    static func shuffle<T>(_ a: inout [T], _ rng: inout SplitMix64) {
        guard a.count > 1 else { return }
        for i in stride(from: a.count - 1, to: 0, by: -1) {
            a.swapAt(i, rng.next(below: i + 1))
        }
    }
}
