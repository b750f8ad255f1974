import IR
import Runtime
import Support
import Tasks

/// The tensors an entry takes for one batch, by parameter name: `input_ids`, `attention_mask`,
/// `token_type_ids` (B, L), `labels` — class ids i32[B], scores f32[B] or T5 targets i32[B, T] — and
/// anything else (`seed`, `lr_scale`) from `extra`. Padding positions get the pad id and mask 0.
/// The last `ignoredRows` rows (a data-parallel shard's filler) get the ignored label -100.
enum BatchInputs {
    static func make(_ entry: Entry, examples: [EncodedExample], batch: Batch, length: Int, padID: Int32,
                     extra: [String: Tensor] = [:], ignoredRows: Int = 0) throws -> [String: Tensor] {
        let rows = batch.rows.map { examples[$0] }
        let b = rows.count
        var out: [String: Tensor] = [:]
        for p in entry.parameters {
            switch p.name {
            case "input_ids":
                out[p.name] = Tensor(shape: [b, length], ints: rows.flatMap { padded($0.ids, length, padID) })
            case "attention_mask":
                out[p.name] = Tensor(shape: [b, length], ints: rows.flatMap {
                    padded([Int32](repeating: 1, count: min($0.ids.count, length)), length, 0)
                })
            case "token_type_ids":
                out[p.name] = Tensor(shape: [b, length], ints: rows.flatMap { padded($0.typeIDs, length, 0) })
            case "labels":
                out[p.name] = try labels(p.type, rows, entry: entry.name, ignoredRows: ignoredRows)
            default:
                guard let t = extra[p.name] else {
                    throw UserError("entry '\(entry.name)' takes '\(p.name)' (\(p.type)), which the runner does not provide")
                }
                out[p.name] = t
            }
        }
        return out
    }

    static func padded(_ a: [Int32], _ n: Int, _ pad: Int32) -> [Int32] {
        a.count >= n ? Array(a.prefix(n)) : a + [Int32](repeating: pad, count: n - a.count)
    }

    static func labels(_ type: TensorType, _ rows: [EncodedExample], entry: String, ignoredRows: Int = 0) throws -> Tensor {
        let kept = rows.count - ignoredRows
        switch (type.dtype, type.rank) {
        case (.i32, 1):
            return Tensor(shape: type.shape, ints: rows.enumerated().map { r, row in
                if r < kept, case .index(let i)? = row.label { return Int32(i) }
                return -100
            })
        case (.f32, 1):
            guard ignoredRows == 0 else {
                throw UserError("entry '\(entry)': regression labels (f32) cannot mark rows as ignored", collective: true)
            }
            return Tensor(shape: type.shape, floats: rows.map { row in
                switch row.label {
                case .score(let s)?: return Float(s)
                case .index(let i)?: return Float(i)
                case nil: return 0
                }
            })
        case (.i32, 2):
            return Tensor(shape: type.shape, ints: rows.enumerated().flatMap { r, row in
                padded(r < kept ? row.target : [], type.shape[1], -100)
            })
        default:
            throw UserError("entry '\(entry)': labels of type \(type) are not supported (i32[B], f32[B] or i32[B, T])")
        }
    }

    /// Labelled elements `example` adds to a loss taking `type` labels (what its mean divides by):
    /// one class or score, or the target tokens that fit T5's target length.
    static func labelCount(_ type: TensorType, _ example: EncodedExample) -> Int {
        switch (type.dtype, type.rank) {
        case (.i32, 1):
            if case .index? = example.label { return 1 }
            return 0
        case (.f32, 1): return 1
        case (.i32, 2): return min(example.target.count, type.shape[1])
        default: return 0
        }
    }
}
