/// Shape and dtype rules for every op. Errors carry a message naming the op and the shapes,
/// e.g. `matmul: inner dimensions differ: f32[8, 16] × f32[32, 4]`.

public struct TypeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension OpKind {
    /// The result type of this op applied to arguments of the given types.
    /// Sources (`parameter`, `weight`) take their type from context and are not handled here.
    public func resultType(_ args: [TensorType]) throws(TypeError) -> TensorType {
        let name = spelling.name
        func fail(_ message: String) -> TypeError { TypeError("\(name): \(message)") }
        func requireFloat(_ t: TensorType, _ what: String = "argument") throws(TypeError) {
            if !t.dtype.isFloat { throw fail("\(what) must be a float tensor, got \(t)") }
        }
        func requireSameDType(_ types: [TensorType]) throws(TypeError) {
            if let first = types.first, let other = types.first(where: { $0.dtype != first.dtype }) {
                throw fail("dtype mismatch: \(first) and \(other)")
            }
        }
        func axis(_ a: Int, _ rank: Int) throws(TypeError) -> Int {
            guard let n = normalizedAxis(a, rank: rank) else { throw fail("axis \(a) out of range for rank \(rank)") }
            return n
        }
        if let arity = OpKind.arity(ofName: name), !arity.accepts(args.count) {
            throw fail("expects \(arity), got \(args.count)")
        }

        switch self {
        case .parameter, .weight:
            throw TypeError("\(name): the type of a source comes from its declaration")

        case .constant(_, let t):
            return t

        case .iota(let t, let a):
            guard t.shape.allSatisfy({ $0 > 0 }) else { throw fail("dimensions must be positive: \(t.shape)") }
            _ = try axis(a, t.rank)
            return t

        case .argmax(let a):
            let n = try axis(a, args[0].rank)
            var shape = args[0].shape
            shape.remove(at: n)
            return TensorType(.i32, shape)

        case .unary(let u):
            let x = args[0]
            if u != .neg && u != .abs { try requireFloat(x) }
            return x

        case .binary:
            try requireSameDType(args)
            guard let shape = broadcastShapes(args[0].shape, args[1].shape) else {
                throw fail("shapes do not broadcast: \(args[0]) and \(args[1])")
            }
            return TensorType(args[0].dtype, shape)

        case .select:
            try requireSameDType([args[1], args[2]])
            guard let ab = broadcastShapes(args[1].shape, args[2].shape),
                  let shape = broadcastShapes(args[0].shape, ab) else {
                throw fail("shapes do not broadcast: \(args[0]), \(args[1]) and \(args[2])")
            }
            return TensorType(args[1].dtype, shape)

        case .cast(let d):
            return args[0].with(dtype: d)

        case .matmul(let ta, let tb):
            let a = args[0], b = args[1]
            try requireFloat(a, "left operand")
            try requireSameDType([a, b])
            guard a.rank >= 2, b.rank >= 2 else { throw fail("operands must have rank ≥ 2: \(a) × \(b)") }
            let (m, ka) = ta ? (a.shape[a.rank - 1], a.shape[a.rank - 2]) : (a.shape[a.rank - 2], a.shape[a.rank - 1])
            let (kb, n) = tb ? (b.shape[b.rank - 1], b.shape[b.rank - 2]) : (b.shape[b.rank - 2], b.shape[b.rank - 1])
            guard ka == kb else {
                throw fail("inner dimensions differ (\(ka) vs \(kb)): \(a)\(ta ? "ᵀ" : "") × \(b)\(tb ? "ᵀ" : "")")
            }
            let batchA = Array(a.shape.dropLast(2)), batchB = Array(b.shape.dropLast(2))
            // b is either shared across the batch (rank 2) or has exactly a's batch dims.
            guard batchB.isEmpty || batchB == batchA else {
                throw fail("batch dimensions differ: \(a) × \(b)")
            }
            return TensorType(a.dtype, batchA + [m, n])

        case .gather:
            let table = args[0], ids = args[1]
            guard table.rank >= 1 else { throw fail("table must have rank ≥ 1, got \(table)") }
            guard ids.dtype == .i32 else { throw fail("indices must be i32, got \(ids)") }
            return TensorType(table.dtype, ids.shape + table.shape.dropFirst())

        case .scatterAdd(let rows):
            let ids = args[0], updates = args[1]
            guard ids.dtype == .i32 else { throw fail("indices must be i32, got \(ids)") }
            guard rows > 0 else { throw fail("rows must be positive, got \(rows)") }
            guard updates.rank >= ids.rank, Array(updates.shape.prefix(ids.rank)) == ids.shape else {
                throw fail("updates \(updates) do not start with the index shape \(ids)")
            }
            return TensorType(updates.dtype, [rows] + updates.shape.dropFirst(ids.rank))

        case .reduce(_, let axes, let keep):
            let x = args[0]
            var normalized = Set<Int>()
            for a in axes {
                let n = try axis(a, x.rank)
                if !normalized.insert(n).inserted { throw fail("axis \(a) listed twice") }
            }
            if normalized.isEmpty { throw fail("needs at least one axis") }
            var shape: [Int] = []
            for (i, d) in x.shape.enumerated() {
                if normalized.contains(i) { if keep { shape.append(1) } } else { shape.append(d) }
            }
            return x.with(shape: shape)

        case .softmax(let a), .logSoftmax(let a):
            try requireFloat(args[0])
            _ = try axis(a, args[0].rank)
            return args[0]

        case .rmsNorm:
            let x = args[0], w = args[1]
            try requireFloat(x)
            try requireSameDType(args)
            guard x.rank >= 1, w.shape == [x.shape[x.rank - 1]] else {
                throw fail("weight must be [\(x.shape.last ?? 0)] for \(x), got \(w)")
            }
            return x

        case .layerNorm:
            let x = args[0], w = args[1], b = args[2]
            try requireFloat(x)
            try requireSameDType(args)
            guard x.rank >= 1, w.shape == [x.shape[x.rank - 1]], b.shape == w.shape else {
                throw fail("weight and bias must be [\(x.shape.last ?? 0)] for \(x), got \(w) and \(b)")
            }
            return x

        case .reshape(let shape):
            guard shape.allSatisfy({ $0 > 0 }) else { throw fail("dimensions must be positive: \(shape)") }
            let count = shape.reduce(1, *)
            guard count == args[0].elementCount else {
                throw fail("cannot reshape \(args[0]) (\(args[0].elementCount) elements) to \(shape) (\(count) elements)")
            }
            return args[0].with(shape: shape)

        case .transpose(let perm):
            let x = args[0]
            guard perm.count == x.rank, Set(perm) == Set(0..<x.rank) else {
                throw fail("perm \(perm) is not a permutation of the \(x.rank) axes of \(x)")
            }
            return x.with(shape: perm.map { x.shape[$0] })

        case .concat(let a):
            let first = args[0]
            try requireSameDType(args)
            let n = try axis(a, first.rank)
            var total = 0
            for t in args {
                guard t.rank == first.rank,
                      t.shape.enumerated().allSatisfy({ $0.offset == n || $0.element == first.shape[$0.offset] }) else {
                    throw fail("shapes differ off axis \(a): \(first) and \(t)")
                }
                total += t.shape[n]
            }
            var shape = first.shape
            shape[n] = total
            return first.with(shape: shape)

        case .slice(let a, let start, let end):
            let x = args[0]
            let n = try axis(a, x.rank)
            guard 0 <= start, start < end, end <= x.shape[n] else {
                throw fail("range \(start)..<\(end) is empty or outside axis \(a) of \(x)")
            }
            var shape = x.shape
            shape[n] = end - start
            return x.with(shape: shape)

        case .broadcast(let shape):
            guard broadcastShapes(args[0].shape, shape) == shape else {
                throw fail("cannot broadcast \(args[0]) to \(shape)")
            }
            return args[0].with(shape: shape)

        case .dropout(let rate):
            try requireFloat(args[0])
            guard args[1] == TensorType(.i32, []) else { throw fail("seed must be i32[], got \(args[1])") }
            guard rate >= 0, rate < 1 else { throw fail("rate must be in [0, 1), got \(rate)") }
            return args[0]

        case .keepRows:
            let x = args[0], mask = args[1]
            try requireFloat(x)
            guard x.rank >= 2, mask.dtype == .i32, mask.shape == Array(x.shape.prefix(2)) else {
                throw fail("mask must be i32[\(x.shape.prefix(2).map(String.init).joined(separator: ", "))] (the rows of \(x)), got \(mask)")
            }
            return x

        case .crossEntropy, .crossEntropyGrad:
            let logits = args[0], labels = args[1]
            try requireFloat(logits, "logits")
            guard logits.rank == 2 else { throw fail("logits must be [N, C], got \(logits)") }
            guard labels.dtype == .i32, labels.shape == [logits.shape[0]] else {
                throw fail("labels must be i32[\(logits.shape[0])] for logits \(logits), got \(labels)")
            }
            if case .crossEntropyGrad = self {
                guard args[2] == TensorType(logits.dtype, []) else { throw fail("dloss must be a scalar, got \(args[2])") }
                return logits
            }
            return TensorType(logits.dtype, [])

        case .positionBucket(let q, let k, _, let buckets, let distance):
            guard q > 0, k > 0, buckets > 1, distance > 0 else {
                throw fail("query, key, num_buckets and max_distance must be positive")
            }
            return TensorType(.i32, [q, k])

        case .fused(let region):
            return try region.check(inputs: args)

        case .regionResult(let index, let t):
            // The region's body gives the type (Verifier checks it against the fused input).
            guard index >= 1 else { throw fail("index must be 1 or more (result 0 is the fused value itself)") }
            return t
        }
    }
}
