import Syntax

/// Elaborates one entry body (or, with no entry, global declarations): scopes, statements, and
/// the node list the entry is built from. Expressions and function calls live in extensions.
struct BodyElaborator {
    /// What a name stands for inside a body.
    enum Slot {
        case tensor(ValueID)
        case scalar(SymbolValue)
        case weight(Int)
    }

    struct Local {
        var slot: Slot
        var mutable: Bool
        var location: SourceLocation
    }

    /// The result of elaborating an expression.
    enum Value {
        case tensor(ValueID)
        case scalar(SymbolValue)
        case tuple([ValueID])
    }

    var context: GlobalContext
    let entryName: String?
    var nodes: [Node] = []
    var parameters: [EntryParameter] = []
    var weightNodes: [Int: ValueID] = [:]
    /// Innermost scope last; a function call swaps in a fresh stack (its body sees only globals).
    var frames: [[String: Local]] = [[:]]
    var callStack: [String] = []
    var assigned: [Int: SourceLocation] = [:]
    var updates: [StateUpdate] = []
    /// Statements, loop iterations and calls elaborated so far (bounded by `maxStepsPerEntry`).
    var steps = 0
    /// Elaborating the body of a fused region: it reads only its inputs (no weights, no assigns).
    var inRegion = false

    init(context: GlobalContext, entryName: String?) {
        self.context = context
        self.entryName = entryName
    }

    func error(_ message: String, at location: SourceLocation) -> Diagnostic {
        context.diagnostic(message, at: location)
    }

    // MARK: Entries

    mutating func elaborate(_ decl: EntryDecl) throws(Diagnostic) -> Entry {
        for p in decl.parameters {
            guard case .tensor(let typeExpr) = p.type else {
                throw error("entry parameters must be tensors", at: p.location)
            }
            let type = try tensorType(typeExpr)
            try define(p.name, .tensor(appendParameter(p.name, type, p.location)), mutable: false, at: p.location)
        }
        guard let last = decl.body.last, case .returns(let returned) = last.kind else {
            throw error("entry '\(decl.name)' must end with 'return'", at: decl.body.last?.location ?? decl.location)
        }
        try statements(decl.body.dropLast())
        guard returned.count == decl.resultNames.count else {
            throw error("entry '\(decl.name)' declares \(decl.resultNames.count) result(s) but returns \(returned.count)",
                        at: last.location)
        }
        var results: [EntryResult] = []
        for (i, expr) in returned.enumerated() {
            let declared = try tensorType(decl.resultTypes[i])
            let id = try tensor(try value(expr), as: declared.dtype, at: expr.location)
            if nodes[id].type != declared {
                throw error("result '\(decl.resultNames[i])' is declared \(declared) but the returned value is \(nodes[id].type)",
                            at: expr.location)
            }
            results.append(EntryResult(name: decl.resultNames[i], value: id))
        }
        return Entry(name: decl.name, parameters: parameters, nodes: nodes, results: results, updates: updates,
                     location: decl.location)
    }

    // MARK: Nodes

    mutating func append(_ node: Node) throws(Diagnostic) -> ValueID {
        if nodes.count >= ElaborationLimits.maxNodesPerEntry {
            throw error("entry '\(entryName ?? "")' has more than \(ElaborationLimits.maxNodesPerEntry) values",
                        at: node.location ?? SourceLocation(file: "", line: 0, column: 0))
        }
        nodes.append(node)
        return nodes.count - 1
    }

    private mutating func appendParameter(_ name: String, _ type: TensorType,
                                          _ location: SourceLocation) throws(Diagnostic) -> ValueID {
        if parameters.contains(where: { $0.name == name }) {
            throw error("duplicate parameter '\(name)'", at: location)
        }
        parameters.append(EntryParameter(name: name, type: type))
        return try append(Node(op: .parameter(parameters.count - 1), inputs: [], type: type, name: name,
                               location: location))
    }

    /// The node reading weight #index in this entry (one per weight).
    mutating func weightNode(_ index: Int, at location: SourceLocation) throws(Diagnostic) -> ValueID {
        guard entryName != nil else {
            throw error("weights cannot be used outside an entry or function body", at: location)
        }
        if inRegion {
            throw error("a fused region's body cannot read weight '\(context.weights.weights[index].name)'; "
                        + "pass it as an input", at: location)
        }
        if let id = weightNodes[index] { return id }
        let w = context.weights.weights[index]
        let id = try append(Node(op: .weight(index), inputs: [], type: w.type, name: w.name, location: location))
        weightNodes[index] = id
        return id
    }

    mutating func constantNode(_ v: SymbolValue, dtype: DType, at location: SourceLocation) throws(Diagnostic) -> ValueID {
        guard let d = v.asDouble else { throw error("a \(v.kindName) cannot be used as a tensor", at: location) }
        if dtype == .i32 && (d.rounded() != d || abs(d) > Double(Int32.max)) {
            throw error("\(v) is not an i32 value", at: location)
        }
        let type = TensorType(dtype, [])
        return try append(Node(op: .constant(d, type), inputs: [], type: type, name: "c", location: location))
    }

    // MARK: Scopes

    mutating func define(_ name: String, _ slot: Slot, mutable: Bool, at location: SourceLocation) throws(Diagnostic) {
        if let existing = frames[frames.count - 1][name] {
            throw error("redefinition of '\(name)' (first defined at line \(existing.location.line))", at: location)
        }
        frames[frames.count - 1][name] = Local(slot: slot, mutable: mutable, location: location)
    }

    func lookupLocal(_ name: String) -> (frame: Int, local: Local)? {
        for i in stride(from: frames.count - 1, through: 0, by: -1) {
            if let l = frames[i][name] { return (i, l) }
        }
        return nil
    }

    /// A name as a value: locals, then params, then top-level weights.
    mutating func resolve(_ name: String, at location: SourceLocation) throws(Diagnostic) -> Value {
        if let (_, local) = lookupLocal(name) {
            switch local.slot {
            case .tensor(let id): return .tensor(id)
            case .scalar(let v): return .scalar(v)
            case .weight(let i): return .tensor(try weightNode(i, at: location))
            }
        }
        switch context.params[name] {
        case .bound(let v)?: return .scalar(v)
        case .unbound?:
            throw error("unbound symbol '\(name)': the param has no default; bind it with --set \(name)=VALUE or --config",
                        at: location)
        case nil: break
        }
        if let i = context.weightBindings[name] { return .tensor(try weightNode(i, at: location)) }
        if context.functions[name] != nil { throw error("'\(name)' is a function; call it with (...)", at: location) }
        if context.declared[name] != nil {
            throw error("'\(name)' is used before its declaration", at: location)
        }
        throw error("undefined value '\(name)'", at: location)
    }

    // MARK: Statements

    mutating func statements<S: Sequence>(_ list: S) throws(Diagnostic) where S.Element == Stmt {
        for s in list { try statement(s) }
    }

    mutating func scoped(_ list: [Stmt], binding: (String, Local)? = nil) throws(Diagnostic) {
        frames.append(binding.map { [$0.0: $0.1] } ?? [:])
        defer { frames.removeLast() }
        try statements(list)
    }

    /// Counts one unit of elaboration work; nested loops and repeated calls multiply, so the total is bounded.
    mutating func step(at location: SourceLocation) throws(Diagnostic) {
        steps += 1
        if steps > ElaborationLimits.maxStepsPerEntry {
            let what = entryName.map { "entry '\($0)'" } ?? "a declaration"
            throw error("\(what) takes more than \(ElaborationLimits.maxStepsPerEntry) statements, loop iterations "
                        + "and calls to elaborate (nested loops multiply)", at: location)
        }
    }

    mutating func statement(_ s: Stmt) throws(Diagnostic) {
        try step(at: s.location)
        switch s.kind {
        case .define(let names, let annotation, let expr, let mutable):
            try define(names, annotation, expr, mutable: mutable, at: s.location)
        case .reassign(let target, let expr):
            guard let (frame, local) = lookupLocal(target.name) else {
                throw error("undefined value '\(target.name)'", at: target.location)
            }
            guard local.mutable else {
                throw error("cannot assign to '\(target.name)': it is a 'let' (declare it with 'var')",
                            at: target.location)
            }
            // The new value may have another shape (e.g. one set only when a switch is on).
            // Value first, then the slot: `slot(for: try value(...))` would copy `self` (and with it
            // the node array) before `value` appends, making every reassignment O(nodes).
            let newValue = try value(expr, nameHint: target.name)
            let newSlot = try slot(for: newValue, at: expr.location)
            frames[frame][target.name]?.slot = newSlot
        case .assignWeight(let target, let expr):
            if inRegion { throw error("'assign' is not allowed in a fused region", at: s.location) }
            try assignWeight(target, expr)
        case .weight(let decl):
            if inRegion { throw error("weights cannot be declared in a fused region", at: s.location) }
            let index = try declareWeight(decl, shareable: true)
            try define(decl.binding, .weight(index), mutable: false, at: decl.location)
        case .forLoop(let variable, let lowerExpr, let upperExpr, let body):
            let lower = try integer(lowerExpr, "the loop's lower bound")
            let upper = try integer(upperExpr, "the loop's upper bound")
            let (count, overflow) = upper.subtractingReportingOverflow(lower)
            if overflow || count > ElaborationLimits.maxLoopIterations {
                throw error("loop runs more than \(ElaborationLimits.maxLoopIterations) times", at: s.location)
            }
            if upper < lower {
                throw error("loop range \(lower)..\(upper) runs backwards (its upper bound is below its lower bound)",
                            at: upperExpr.location)
            }
            for i in lower..<upper {
                try step(at: s.location)
                try scoped(body, binding: (variable.name, Local(slot: .scalar(.int(i)), mutable: false,
                                                                 location: variable.location)))
            }
        case .ifElse(let condition, let then, let otherwise):
            guard case .bool(let flag) = try constant(condition, "the condition of 'if'") else {
                throw error("the condition of 'if' must be a compile-time bool", at: condition.location)
            }
            if flag { try scoped(then) } else if let otherwise { try scoped(otherwise) }
        case .returns:
            throw error("'return' must be the last statement of a body", at: s.location)
        }
    }

    private mutating func define(_ names: [Binding], _ annotation: TypeExpr?, _ expr: Expr, mutable: Bool,
                                 at location: SourceLocation) throws(Diagnostic) {
        let result = try value(expr, nameHint: names.count == 1 ? names[0].name : nil)
        if names.count > 1 {
            guard case .tuple(let ids) = result, ids.count == names.count else {
                throw error("cannot bind \(names.count) names: the value has \(arityDescription(result))",
                            at: expr.location)
            }
            for (n, id) in zip(names, ids) { try define(n.name, .tensor(id), mutable: mutable, at: n.location) }
            return
        }
        var slot = try slot(for: result, at: expr.location)
        if let annotation {
            let type = try tensorType(annotation)
            let id = try tensor(result, as: type.dtype, at: expr.location)
            if nodes[id].type != type {
                throw error("'\(names[0].name)' is annotated \(type) but its value is \(nodes[id].type)",
                            at: annotation.location)
            }
            slot = .tensor(id)
        }
        try define(names[0].name, slot, mutable: mutable, at: names[0].location)
    }

    private func slot(for v: Value, at location: SourceLocation) throws(Diagnostic) -> Slot {
        switch v {
        case .tensor(let id): return .tensor(id)
        case .scalar(let s): return .scalar(s)
        case .tuple(let ids):
            if ids.count == 1 { return .tensor(ids[0]) }
            throw error("the value has \(ids.count) results; bind them with 'let a, b = ...'", at: location)
        }
    }

    private func arityDescription(_ v: Value) -> String {
        if case .tuple(let ids) = v { return "\(ids.count) results" }
        return "1 result"
    }

    private mutating func assignWeight(_ target: Binding, _ expr: Expr) throws(Diagnostic) {
        let index: Int
        if let (_, local) = lookupLocal(target.name), case .weight(let i) = local.slot {
            index = i
        } else if lookupLocal(target.name) == nil, let i = context.weightBindings[target.name] {
            index = i
        } else {
            throw error("'assign' needs a weight, and '\(target.name)' is not one", at: target.location)
        }
        guard entryName != nil else { throw error("'assign' is only allowed in a body", at: target.location) }
        let w = context.weights.weights[index]
        if w.role == .frozen { throw error("cannot assign to frozen weight '\(w.name)'", at: target.location) }
        if let first = assigned[index] {
            throw error("weight '\(w.name)' is assigned twice (first at line \(first.line))", at: target.location)
        }
        let id = try tensor(try value(expr, nameHint: w.name), as: w.type.dtype, at: expr.location)
        if nodes[id].type != w.type {
            throw error("cannot assign \(nodes[id].type) to weight '\(w.name)' of type \(w.type)", at: expr.location)
        }
        assigned[index] = target.location
        updates.append(StateUpdate(weight: index, value: id))
    }
}
