import IR

/// Where one value's bytes live while an entry runs.
///
/// The compiled step function sees a flat list of buffers (see `ArgumentLayout` in Codegen):
/// graph weights, entry parameters, output slots (results, then state updates) and one scratch
/// arena. Every computed value is placed in one of them, or needs no storage at all.
public enum ValueStorage: Hashable, Sendable {
    /// Graph weight #i, read in place (frozen weights are never copied).
    case weight(Int)
    /// Entry parameter #i, read in place.
    case parameter(Int)
    /// Byte offset in the entry's scratch arena.
    case arena(offset: Int)
    /// Written straight into output slot #i (results first, then state updates).
    case output(Int)
    /// Same bytes as another value (a reshape is a view, never a copy), or a contiguous part of
    /// them (a slice along the first axis that is not 1: `MemoryPlan.viewOffsets`).
    case view(of: ValueID)
    /// A constant read by elementwise users as an immediate; it has no buffer.
    case immediate
    /// Not needed by any result or update; not computed.
    case unused
}

/// The memory plan of one entry: where each value lives, what is copied into the output slots
/// at the end, and how big the scratch arena is.
public struct MemoryPlan: Hashable, Sendable {
    public var entryName: String
    /// Indexed by value id.
    public var storage: [ValueStorage]
    /// Extra scratch a node needs while it runs (e.g. per-row losses), at this arena offset.
    public var scratch: [ValueID: Int]
    /// (value, output slot) pairs copied after every node ran: values that could not be placed
    /// in their slot (sources, views, a value used by two outputs).
    public var finalCopies: [(value: ValueID, slot: Int)]
    /// Bytes of the arena (a multiple of `MemoryPlan.alignment`).
    public var arenaBytes: Int
    /// Largest sum of arena buffer sizes alive at one point of the schedule.
    public var peakLiveBytes: Int
    /// Number of output slots: results then updates.
    public var outputCount: Int
    /// Byte offset of a value within the bytes of what it is a view of (a contiguous slice), or
    /// within its own storage (a region body's input that is such a slice outside); absent: 0.
    public var viewOffsets: [ValueID: Int] = [:]
    /// Whether the buffers were placed in order of first use (entries with more than
    /// `MemoryPlanner.greedyLimit` buffers) rather than largest first.
    public var placedInStartOrder = false
    /// Updates (indices into `entry.updates`) whose value may be written straight into the
    /// weight's own buffer: the engine passes that buffer as the update's output slot and copies
    /// nothing back (`MemoryPlanner.inPlaceUpdates` says when that is safe).
    public var inPlaceUpdates: Set<Int> = []
    /// Head splits and merges planned as views (`HeadTransposeView`): their storage is
    /// `.view(of: input)`, and the matmuls around them address it strided.
    public var headTransposes: [ValueID: HeadTransposeView] = [:]
    /// Backward attention node → the forward attention node whose kept probabilities it reads
    /// (`StoredProbabilities`): they sit in the forward node's scratch, alive until then.
    public var storedProbabilities: [ValueID: ValueID] = [:]

    public static let alignment = 64

    public init(entryName: String, storage: [ValueStorage], scratch: [ValueID: Int],
                finalCopies: [(value: ValueID, slot: Int)], arenaBytes: Int, peakLiveBytes: Int, outputCount: Int,
                placedInStartOrder: Bool = false) {
        self.entryName = entryName
        self.storage = storage
        self.scratch = scratch
        self.finalCopies = finalCopies
        self.arenaBytes = arenaBytes
        self.peakLiveBytes = peakLiveBytes
        self.outputCount = outputCount
        self.placedInStartOrder = placedInStartOrder
    }

    public static func == (a: MemoryPlan, b: MemoryPlan) -> Bool {
        a.entryName == b.entryName && a.storage == b.storage && a.scratch == b.scratch && a.viewOffsets == b.viewOffsets
            && a.headTransposes == b.headTransposes && a.storedProbabilities == b.storedProbabilities
            && a.finalCopies.map { [$0.value, $0.slot] } == b.finalCopies.map { [$0.value, $0.slot] }
            && a.arenaBytes == b.arenaBytes && a.peakLiveBytes == b.peakLiveBytes && a.inPlaceUpdates == b.inPlaceUpdates
    }

    public func hash(into h: inout Hasher) {
        h.combine(entryName)
        h.combine(storage)
        h.combine(arenaBytes)
    }

    /// Follows views to the value that owns the bytes.
    public func root(of v: ValueID) -> ValueID {
        var r = v
        while case .view(let of) = storage[r] { r = of }
        return r
    }

    /// Where `v`'s bytes start within its root's: the offsets along its chain of views.
    public func byteOffset(of v: ValueID) -> Int {
        var total = viewOffsets[v] ?? 0
        var r = v
        while case .view(let of) = storage[r] {
            r = of
            total += viewOffsets[r] ?? 0
        }
        return total
    }

    /// Values the entry computes (nodes with a kernel), in schedule order. A `region_result` has
    /// none: its region's kernel writes it.
    public func computed(in entry: Entry) -> [ValueID] {
        entry.nodes.indices.filter {
            if case .regionResult = entry.nodes[$0].op { return false }
            switch storage[$0] {
            case .arena, .output: return !entry.nodes[$0].op.isSource || isMaterializedConstant(entry, $0)
            default: return false
            }
        }
    }

    /// Sources that still need a kernel: materialized constants and iota.
    private func isMaterializedConstant(_ entry: Entry, _ v: ValueID) -> Bool {
        switch entry.nodes[v].op {
        case .constant, .iota: return true
        default: return false
        }
    }
}

/// Builds memory plans: the schedule is node order; liveness from last uses; arena offsets by
/// greedy placement, largest buffer first, at the lowest offset free over its whole lifetime.
public struct MemoryPlanner {
    /// Plan head splits and merges as views (`HeadTransposeView`); off, each is a copy.
    public var headTransposeViews: Bool
    /// Keep fused attentions' probabilities for their backward (`StoredProbabilities`); off,
    /// the backward kernels recompute them.
    public var keepsAttentionProbabilities: Bool

    public init(headTransposeViews: Bool = true, keepsAttentionProbabilities: Bool = true) {
        self.headTransposeViews = headTransposeViews
        self.keepsAttentionProbabilities = keepsAttentionProbabilities
    }

    public func plan(_ entry: Entry, in graph: Graph) -> MemoryPlan {
        let n = entry.nodes.count
        let outputs = entry.results.map(\.value) + entry.updates.map(\.value)
        let live = liveValues(entry, roots: outputs)
        var storage = [ValueStorage](repeating: .unused, count: n)
        var finalCopies: [(value: ValueID, slot: Int)] = []
        var viewOffsets: [ValueID: Int] = [:]
        let onlyElementwiseUsers = elementwiseUse(entry, live: live, outputs: outputs)
        let headViews = headTransposeViews ? Self.headTransposeViews(entry, live: live, outputs: outputs) : [:]

        // Sources and views first: they never take arena space of their own.
        for v in 0..<n where live[v] {
            let node = entry.nodes[v]
            switch node.op {
            case .parameter(let i): storage[v] = .parameter(i)
            case .weight(let i): storage[v] = .weight(i)
            case .reshape: storage[v] = .view(of: node.inputs[0])
            case .transpose where headViews[v] != nil: storage[v] = .view(of: node.inputs[0])
            case .slice(let axis, let start, _) where Self.isContiguous(node, in: entry):
                // A run of whole rows: the same bytes from an offset on (a packed region result's
                // parts, the first L rows of a table).
                storage[v] = .view(of: node.inputs[0])
                let inType = entry.nodes[node.inputs[0]].type
                let a = normalizedAxis(axis, rank: inType.rank) ?? 0
                let offset = start * rowMajorStrides(inType.shape)[a] * inType.dtype.byteSize
                if offset != 0 { viewOffsets[v] = offset }
            case .constant:
                storage[v] = onlyElementwiseUsers[v] ? .immediate : .arena(offset: -1)
            default: storage[v] = .arena(offset: -1)
            }
        }
        // Place each computed output value straight into its first slot; copy for the rest.
        var placed = Set<ValueID>()
        for (slot, v) in outputs.enumerated() {
            if case .arena = storage[v], placed.insert(v).inserted {
                storage[v] = .output(slot)
            } else {
                finalCopies.append((v, slot))
            }
        }
        // Liveness over buffer owners (views extend their root's life).
        func root(_ v: ValueID) -> ValueID {
            var r = v
            while case .view(let of) = storage[r] { r = of }
            return r
        }
        var lastUse = [Int](repeating: -1, count: n)
        for v in 0..<n where live[v] {
            lastUse[v] = max(lastUse[v], v)
            for input in entry.nodes[v].inputs { lastUse[root(input)] = max(lastUse[root(input)], v) }
        }
        for (v, _) in finalCopies { lastUse[root(v)] = n }
        // A GEMM over rows known zero past their mask (ZeroRows.swift) reads the mask at run time
        // to skip them, though the mask is not its input: the mask lives as long as such readers.
        let zeroRows = ZeroRowsAnalysis.facts(entry)
        for v in 0..<n where live[v] {
            for input in entry.nodes[v].inputs {
                if let mask = zeroRows[input]?.mask { lastUse[root(mask)] = max(lastUse[root(mask)], v) }
            }
        }

        // In place: an elementwise node reuses the buffer of a same-shaped arena input dying there;
        // so does keep_rows (its kernel then writes only the padded rows).
        var group = Array(0..<n)          // buffer owner of each arena value
        for v in 0..<n {
            guard case .arena = storage[v], entry.nodes[v].op.isElementwise || entry.nodes[v].op == .keepRows
            else { continue }
            let node = entry.nodes[v]
            for input in node.inputs {
                let r = root(input)
                guard case .arena = storage[r], lastUse[r] == v, !entry.nodes[r].op.isSource,
                      entry.nodes[input].type.shape == node.type.shape,
                      entry.nodes[input].type.dtype.byteSize == node.type.dtype.byteSize,
                      entry.nodes[r].type.byteCount == node.type.byteCount, viewOffsets[input] == nil,
                      node.inputs.allSatisfy({ root($0) != r || entry.nodes[$0].type.shape == node.type.shape })
                else { continue }
                group[v] = group[r]
                break
            }
        }
        var scratch: [ValueID: Int] = [:]
        let stored = keepsAttentionProbabilities
            ? StoredProbabilities.sources(entry).filter { live[$0.key] && live[$0.value] } : [:]
        let (offsets, scratchOffsets, arenaBytes, peak, bufferCount) = place(entry, storage: storage, group: group,
                                                                              lastUse: lastUse, stored: stored)
        for v in 0..<n {
            if case .arena = storage[v] { storage[v] = .arena(offset: offsets[group[v]] ?? 0) }
        }
        for (v, off) in scratchOffsets { scratch[v] = off }
        var plan = MemoryPlan(entryName: entry.name, storage: storage, scratch: scratch, finalCopies: finalCopies,
                              arenaBytes: arenaBytes, peakLiveBytes: peak, outputCount: outputs.count,
                              placedInStartOrder: bufferCount > Self.greedyLimit)
        plan.viewOffsets = viewOffsets
        plan.headTransposes = headViews
        plan.storedProbabilities = stored
        plan.inPlaceUpdates = Self.inPlaceUpdates(entry, plan: plan)
        return plan
    }

    /// Updates that may be written into their weight's own buffer when their value is computed
    /// (AdamW writes w′, m′, v′ over w, m, v: no output buffers, no copies after the call). Safe
    /// when nothing reads the old weight later: every node reading it runs before the value is
    /// written, or is the elementwise node writing it, reading the same element it writes; no
    /// final copy reads it; and no node that can fail on bad input (ids, labels) runs after the
    /// write, so a failed call leaves the weights as they were.
    static func inPlaceUpdates(_ entry: Entry, plan: MemoryPlan) -> Set<Int> {
        let slotBase = entry.results.count
        var lastCheck = -1
        for (v, node) in entry.nodes.enumerated() where plan.storage[v] != .unused && validatesInput(node.op) {
            lastCheck = v
        }
        var safe = Set<Int>()
        for (j, u) in entry.updates.enumerated() {
            guard case .output(let slot) = plan.storage[u.value], slot == slotBase + j else { continue }
            // The node whose kernel writes the value (a region's extra result: the region).
            var written = u.value
            if case .regionResult = entry.nodes[u.value].op { written = entry.nodes[u.value].inputs[0] }
            guard written > lastCheck else { continue }
            let readsWeight = { (x: ValueID) -> Bool in plan.storage[plan.root(of: x)] == .weight(u.weight) }
            guard !plan.finalCopies.contains(where: { readsWeight($0.value) }) else { continue }
            let ok = entry.nodes.indices.allSatisfy { r in
                let node = entry.nodes[r]
                guard plan.storage[r] != .unused, node.inputs.contains(where: readsWeight) else { return true }
                if r < written { return true }
                guard r == written, node.op.isElementwise else { return false }
                return node.inputs.allSatisfy { x in
                    !readsWeight(x) || (plan.storage[x] == .weight(u.weight) && entry.nodes[x].type.shape == node.type.shape)
                }
            }
            if ok { safe.insert(j) }
        }
        return safe
    }

    /// Ops whose kernel checks ids or labels and makes the call fail (gathers, scatters, losses).
    static func validatesInput(_ op: OpKind) -> Bool {
        switch op {
        case .gather, .scatterAdd, .crossEntropy, .crossEntropyGrad: return true
        case .fused(let region): return region.nodes.contains { validatesInput($0.op) }
        default: return false
        }
    }

    /// A slice whose elements are one contiguous run of its input's: every axis before the sliced
    /// one has size 1. A constant input stays a copy (it may have no buffer of its own).
    static func isContiguous(_ node: Node, in entry: Entry) -> Bool {
        guard case .slice(let axis, _, _) = node.op, let x = node.inputs.first else { return false }
        let shape = entry.nodes[x].type.shape
        guard let a = normalizedAxis(axis, rank: shape.count) else { return false }
        if case .constant = entry.nodes[x].op { return false }
        return shape[..<a].allSatisfy { $0 == 1 }
    }

    /// Extra bytes a node needs during its own execution: cross-entropy keeps one f64 loss per
    /// row (summed after the parallel row loop); its gradient keeps the f32 scale dloss/count; a
    /// fused region lowered node by node keeps its body's intermediates (`FusedBodyLayout`).
    public static func scratchBytes(_ node: Node, rows: Int) -> Int {
        switch node.op {
        case .crossEntropy: return 8 * max(rows, 1)
        case .crossEntropyGrad: return 8
        case .fused(let region):
            switch region.kernel {
            case .nodeByNode: return FusedBodyLayout(region).bytes
            case .named(let k): return k.scratchBytes
            default: return 0
            }
        default: return 0
        }
    }

    /// Values reachable backwards from the outputs.
    private func liveValues(_ entry: Entry, roots: [ValueID]) -> [Bool] {
        var live = [Bool](repeating: false, count: entry.nodes.count)
        var stack = roots
        while let v = stack.popLast() {
            if live[v] { continue }
            live[v] = true
            stack.append(contentsOf: entry.nodes[v].inputs)
        }
        return live
    }

    /// For each value: is it no output, and read only by live elementwise nodes? (A constant that
    /// is can stay an immediate.) One pass over the nodes, not one per constant.
    private func elementwiseUse(_ entry: Entry, live: [Bool], outputs: [ValueID]) -> [Bool] {
        var ok = [Bool](repeating: true, count: entry.nodes.count)
        for v in outputs { ok[v] = false }
        for (u, node) in entry.nodes.enumerated() where live[u] && !node.op.isElementwise {
            for input in node.inputs { ok[input] = false }
        }
        return ok
    }

    private struct Interval {
        var owner: ValueID
        var start: Int
        var end: Int
        var bytes: Int
        var isScratch: Bool
        /// A total order over a plan's intervals (a node's scratch after its value): the tie-break.
        var rank: Int { owner * 2 + (isScratch ? 1 : 0) }
    }

    /// Greedy by size: each buffer goes to the lowest aligned offset that overlaps no already
    /// placed buffer whose lifetime intersects its own.
    private func place(_ entry: Entry, storage: [ValueStorage], group: [Int], lastUse: [Int],
                       stored: [ValueID: ValueID])
        -> (offsets: [Int: Int], scratch: [ValueID: Int], bytes: Int, peak: Int, buffers: Int) {
        var intervals: [Int: Interval] = [:]
        for v in entry.nodes.indices {
            guard case .arena = storage[v] else { continue }
            let g = group[v]
            let bytes = align(entry.nodes[v].type.byteCount)
            // A region's extra result is written when the region runs, not where it is read.
            var written = v
            if case .regionResult = entry.nodes[v].op { written = entry.nodes[v].inputs[0] }
            var iv = intervals[g] ?? Interval(owner: g, start: written, end: v, bytes: bytes, isScratch: false)
            iv.start = min(iv.start, written)
            iv.end = max(iv.end, lastUse[v], v)
            iv.bytes = max(iv.bytes, bytes)
            intervals[g] = iv
        }
        // In rank order, and every sort below breaks ties by rank: the plan (and so the object
        // code) must not follow the dictionary's per-process order — two processes compiling the
        // same graph into one compile cache folder must write the same bytes.
        var list = intervals.values.sorted { $0.rank < $1.rank }
        for (v, node) in entry.nodes.enumerated() where storage[v] != .unused {
            let s = MemoryPlanner.scratchBytes(node, rows: node.inputs.first.map { entry.nodes[$0].type.shape.first ?? 1 } ?? 1)
            if s > 0 { list.append(Interval(owner: v, start: v, end: v, bytes: align(s), isScratch: true)) }
        }
        list += keptProbabilities(entry, stored: stored)
        let placed = list.count > Self.greedyLimit ? placeInStartOrder(list) : placeGreedily(list)
        var offsets: [Int: Int] = [:], scratch: [ValueID: Int] = [:]
        var total = 0
        for (iv, offset) in placed {
            if iv.isScratch { scratch[iv.owner] = offset } else { offsets[iv.owner] = offset }
            total = max(total, offset + iv.bytes)
        }
        // Peak live bytes by a sweep over lifetime ends (a buffer is live from start through end).
        var events: [(time: Int, bytes: Int)] = []
        for (iv, _) in placed { events += [(iv.start, iv.bytes), (iv.end + 1, -iv.bytes)] }
        events.sort { ($0.time, $0.bytes) < ($1.time, $1.bytes) }
        var peak = 0, live = 0
        for e in events {
            live += e.bytes
            peak = max(peak, live)
        }
        return (offsets, scratch, total, peak, list.count)
    }

    /// Kept attention probabilities (`StoredProbabilities`): the forward node's scratch, alive
    /// from the forward to its last backward reader; in rank order.
    private func keptProbabilities(_ entry: Entry, stored: [ValueID: ValueID]) -> [Interval] {
        var kept: [ValueID: Interval] = [:]
        for (backward, forward) in stored {
            guard case .fused(let region) = entry.nodes[forward].op, case .named(.attention(let p)) = region.kernel
            else { continue }
            var iv = kept[forward]
                ?? Interval(owner: forward, start: forward, end: backward, bytes: align(StoredProbabilities.bytes(p)), isScratch: true)
            iv.end = max(iv.end, backward)
            kept[forward] = iv
        }
        return kept.values.sorted { $0.rank < $1.rank }
    }

    /// Above this many buffers the greedy placement (quadratic: each buffer is checked against
    /// every placed one) gives way to a linear one, so very long entries plan in O(n log n).
    public static let greedyLimit = 4096

    /// Largest buffer first, each at the lowest offset free over its whole lifetime.
    private func placeGreedily(_ intervals: [Interval]) -> [(Interval, Int)] {
        let list = intervals.sorted { ($0.bytes, -$0.start, -$0.rank) > ($1.bytes, -$1.start, -$1.rank) }
        var placed: [(Interval, Int)] = []
        for iv in list {
            let conflicts = placed.filter { $0.0.start <= iv.end && iv.start <= $0.0.end }
                .map { ($0.1, $0.1 + $0.0.bytes) }.sorted { $0.0 < $1.0 }
            var offset = 0
            for (lo, hi) in conflicts where offset + iv.bytes > lo && offset < hi { offset = max(offset, hi) }
            placed.append((iv, offset))
        }
        return placed
    }

    /// In order of first use: a buffer whose lifetime has ended is reused by the next buffer of the
    /// same size (layers repeat their shapes), otherwise the arena grows. O(n log n).
    private func placeInStartOrder(_ intervals: [Interval]) -> [(Interval, Int)] {
        let list = intervals.sorted { ($0.start, $0.end, $0.rank) < ($1.start, $1.end, $1.rank) }
        var active = EndHeap()
        var free: [Int: [Int]] = [:]
        var top = 0
        var placed: [(Interval, Int)] = []
        placed.reserveCapacity(list.count)
        for iv in list {
            while let first = active.first, first.end < iv.start {
                active.removeFirst()
                free[first.bytes, default: []].append(first.offset)
            }
            let offset: Int
            if let reused = free[iv.bytes]?.popLast() {
                offset = reused
            } else {
                offset = top
                top += iv.bytes
            }
            active.insert((iv.end, iv.bytes, offset))
            placed.append((iv, offset))
        }
        return placed
    }

    private func align(_ bytes: Int) -> Int {
        let a = MemoryPlan.alignment
        return max((bytes + a - 1) / a * a, a)
    }
}

/// A binary min-heap of live buffers by the end of their lifetime.
private struct EndHeap {
    private var items: [(end: Int, bytes: Int, offset: Int)] = []

    var first: (end: Int, bytes: Int, offset: Int)? { items.first }

    mutating func insert(_ item: (end: Int, bytes: Int, offset: Int)) {
        items.append(item)
        var i = items.count - 1
        while i > 0, items[(i - 1) / 2].end > items[i].end {
            items.swapAt(i, (i - 1) / 2)
            i = (i - 1) / 2
        }
    }

    mutating func removeFirst() {
        items.swapAt(0, items.count - 1)
        items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var m = i
            if l < items.count, items[l].end < items[m].end { m = l }
            if r < items.count, items[r].end < items[m].end { m = r }
            if m == i { return }
            items.swapAt(i, m)
            i = m
        }
    }
}
