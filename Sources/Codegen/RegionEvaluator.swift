import CLLVM
import IR

/// Evaluates the elementwise part of a fused region's body for one element of a domain (the
/// map's output shape, or a row op's input shape): the scalar code a fused kernel runs per
/// element. Values that are the same for every element — one-element inputs, constants, ops
/// over those only, and dropout's stream keys — are computed once per kernel call (`hoist`),
/// in the kernel's entry block; the rest per element (`element`).
struct RegionEvaluator {
    let region: FusedRegion
    /// The body values computed per element (a region's results; one for most kernels).
    let targets: [ValueID]
    /// Body values the targets depend on, in body order.
    let cone: [ValueID]
    /// Per body value: the same for every element of the domain.
    let invariant: [Bool]
    /// Body inputs read per element, in the order `element` takes them.
    let streamed: [ValueID]
    /// Invariant body values, then dropout nodes (for their keys): what `hoist` returns, in order.
    private let hoisted: [ValueID]
    private let keyed: [ValueID]

    init(_ region: FusedRegion, target: ValueID) { self.init(region, targets: [target]) }

    init(_ region: FusedRegion, targets: [ValueID]) {
        self.region = region
        self.targets = targets
        cone = Array(Set(targets.flatMap { region.cone(of: $0) })).sorted()
        let k = region.inputCount
        var invariant = [Bool](repeating: false, count: region.nodes.count)
        for v in cone {
            let node = region.nodes[v]
            switch node.op {
            case .parameter: invariant[v] = node.type.elementCount == 1
            case .constant: invariant[v] = true
            case .dropout, .iota: invariant[v] = false  // they depend on the element's index
            default: invariant[v] = node.inputs.allSatisfy { invariant[$0] }
            }
        }
        self.invariant = invariant
        streamed = cone.filter { $0 < k && !invariant[$0] }
        hoisted = cone.filter { invariant[$0] }
        keyed = cone.filter { v in
            if case .dropout = region.nodes[v].op { return invariant[region.nodes[v].inputs[1]] }
            return false
        }
    }

    /// Values computed once per kernel call; `read(i)` loads body input i's single element.
    func hoist(_ gen: IRGen, read: (ValueID) -> LLVMValueRef) -> [LLVMValueRef] {
        var values = [LLVMValueRef?](repeating: nil, count: region.nodes.count)
        for v in hoisted {
            let node = region.nodes[v]
            if v < region.inputCount {
                values[v] = read(v)
            } else {
                values[v] = scalar(gen, node, node.inputs.map { values[$0]! }, flat: nil, key: nil)
            }
        }
        return hoisted.map { values[$0]! } + keyed.map { gen.dropoutKey(seed: values[region.nodes[$0].inputs[1]]!) }
    }

    /// The target's value at one element: `streamed` values are the streamed inputs there,
    /// `hoisted` what `hoist` returned, `flat` the element's row-major index in the domain.
    func element(_ gen: IRGen, streamed values: [LLVMValueRef], hoisted: [LLVMValueRef],
                 flat: LLVMValueRef) -> LLVMValueRef {
        elements(gen, streamed: values, hoisted: hoisted, flat: flat)[0]
    }

    /// Every target's value at one element, each body value computed once.
    func elements(_ gen: IRGen, streamed values: [LLVMValueRef], hoisted: [LLVMValueRef],
                  flat: LLVMValueRef) -> [LLVMValueRef] {
        var v = [LLVMValueRef?](repeating: nil, count: region.nodes.count)
        var keys: [ValueID: LLVMValueRef] = [:]
        for (i, h) in self.hoisted.enumerated() { v[h] = hoisted[i] }
        for (i, d) in keyed.enumerated() { keys[d] = hoisted[self.hoisted.count + i] }
        for (i, s) in streamed.enumerated() { v[s] = values[i] }
        for id in cone where v[id] == nil {
            let node = region.nodes[id]
            let args = node.inputs.map { v[$0]! }
            var key = keys[id]
            if key == nil, case .dropout = node.op { key = gen.dropoutKey(seed: args[1]) }
            v[id] = scalar(gen, node, args, flat: flat, key: key)
        }
        return targets.map { v[$0]! }
    }

    /// One element of an elementwise op (or a constant / iota) from its arguments' elements.
    func scalar(_ gen: IRGen, _ node: Node, _ args: [LLVMValueRef], flat: LLVMValueRef?,
                        key: LLVMValueRef?) -> LLVMValueRef {
        let d = node.type.dtype
        let argType = { (k: Int) in self.region.nodes[node.inputs[k]].type.dtype }
        switch node.op {
        case .constant(let c, _): return gen.constant(c, d)
        case .unary(let u): return gen.unary(u, args[0], d)
        case .binary(let b): return gen.binary(b, args[0], args[1], d)
        case .select: return gen.select(gen.isNonZero(args[0], argType(0)), args[1], args[2])
        case .cast: return gen.cast(args[0], from: argType(0), to: d)
        case .broadcast: return args[0]
        case .dropout(let rate): return gen.dropout(args[0], key: key!, index: flat!, rate: rate, d)
        case .iota(let t, let axis):
            // Element = its index along `axis` = (flat / stride) mod size (iota spans the domain).
            let a = normalizedAxis(axis, rank: t.rank) ?? 0
            let i = LLVMBuildSRem(gen.builder, LLVMBuildSDiv(gen.builder, flat!, gen.int(rowMajorStrides(t.shape)[a]), ""),
                                  gen.int(t.shape[a]), "")!
            return d == .i32 ? LLVMBuildTrunc(gen.builder, i, gen.i32, "") : LLVMBuildSIToFP(gen.builder, i, gen.elementType(d), "")
        default:
            preconditionFailure("fused kernel: '\(node.op.spelling.name)' is not elementwise")
        }
    }
}
