import Syntax

/// Calls to `fn`s: arguments are checked against the signature (fresh dimension names unify
/// with the actual shapes), then the body is elaborated in its own scope and its results returned.
extension BodyElaborator {
    mutating func inline(_ name: String, _ arguments: [Expr], _ attributes: [NamedArgument],
                         at location: SourceLocation) throws(Diagnostic) -> Value {
        guard let fn = context.functions[name] else { throw error("unknown function '\(name)'", at: location) }
        try step(at: location)
        if callStack.contains(name) {
            throw error("recursive call to '\(name)' (\((callStack + [name]).joined(separator: " -> ")))", at: location)
        }
        if callStack.count >= ElaborationLimits.maxCallDepth {
            throw error("function calls nested more than \(ElaborationLimits.maxCallDepth) deep", at: location)
        }
        if let a = attributes.first { throw error("function '\(name)' takes no named arguments", at: a.location) }
        guard arguments.count == fn.parameters.count else {
            throw error("function '\(name)' takes \(fn.parameters.count) argument(s), got \(arguments.count)",
                        at: location)
        }
        var args: [Value] = []
        for a in arguments { args.append(try value(a)) }

        // The body sees globals, its parameters and the dimension names they bind; not the caller.
        let callerFrames = frames
        frames = [[:]]
        callStack.append(name)
        defer {
            frames = callerFrames
            callStack.removeLast()
        }
        try bindScalarParameters(fn, args, arguments)
        try bindTensorParameters(fn, args, arguments, at: location)
        guard let last = fn.body.last, case .returns(let returned) = last.kind else {
            if fn.results.isEmpty {
                try scoped(fn.body)
                return .tuple([])
            }
            throw error("function '\(name)' must end with 'return'", at: fn.body.last?.location ?? fn.location)
        }
        frames.append([:])
        try statements(fn.body.dropLast())
        guard returned.count == fn.results.count else {
            throw error("function '\(name)' declares \(fn.results.count) result(s) but returns \(returned.count)",
                        at: last.location)
        }
        var ids: [ValueID] = []
        for (expr, typeExpr) in zip(returned, fn.results) {
            let declared = try tensorType(typeExpr)
            let id = try tensor(try value(expr), as: declared.dtype, at: expr.location)
            if nodes[id].type != declared {
                throw error("function '\(name)' returns \(nodes[id].type) where its signature says \(declared)",
                            at: expr.location)
            }
            ids.append(id)
        }
        return ids.count == 1 ? .tensor(ids[0]) : .tuple(ids)
    }

    private mutating func bindScalarParameters(_ fn: FunctionDecl, _ args: [Value], _ exprs: [Expr]) throws(Diagnostic) {
        for (i, p) in fn.parameters.enumerated() {
            guard case .scalar(let kind) = p.type else { continue }
            guard case .scalar(let v) = args[i] else {
                throw error("argument '\(p.name)' of '\(fn.name)' must be a compile-time \(kind.rawValue)",
                            at: exprs[i].location)
            }
            let bound: SymbolValue
            switch (kind, v) {
            case (.int, .int), (.float, .float), (.bool, .bool), (.string, .string): bound = v
            case (.float, .int(let n)): bound = .float(Double(n))
            default:
                throw error("argument '\(p.name)' of '\(fn.name)' must be \(kind.rawValue), got \(v.kindName) \(v)",
                            at: exprs[i].location)
            }
            try define(p.name, .scalar(bound), mutable: false, at: p.location)
        }
    }

    private mutating func bindTensorParameters(_ fn: FunctionDecl, _ args: [Value], _ exprs: [Expr],
                                               at location: SourceLocation) throws(Diagnostic) {
        for (i, p) in fn.parameters.enumerated() {
            guard case .tensor(let typeExpr) = p.type else { continue }
            guard case .tensor(let id) = args[i] else {
                throw error("argument '\(p.name)' of '\(fn.name)' must be a tensor", at: exprs[i].location)
            }
            let actual = nodes[id].type
            let expected = try unify(typeExpr, with: actual)
            if expected.dtype != actual.dtype || expected.shape != actual.shape {
                let shown = expected.shape.count == typeExpr.dims.count ? "\(expected)" : "\(typeExpr.dtype)[rank \(typeExpr.dims.count)]"
                throw error("shape mismatch in call to '\(fn.name)': argument '\(p.name)' is \(actual), expected \(shown)",
                            at: exprs[i].location)
            }
            try define(p.name, .tensor(id), mutable: false, at: p.location)
        }
    }

    /// Evaluates a signature type against an actual one: a bare name not yet bound becomes a
    /// dimension variable set to the actual dimension.
    private mutating func unify(_ t: TypeExpr, with actual: TensorType) throws(Diagnostic) -> TensorType {
        let dtype = try self.dtype(t)
        guard t.dims.count == actual.rank else { return TensorType(dtype, []) }
        var shape: [Int] = []
        for (d, actualDim) in zip(t.dims, actual.shape) {
            if case .name(let n) = d.kind, lookupLocal(n) == nil, context.params[n] == nil,
               context.weightBindings[n] == nil {
                try define(n, .scalar(.int(actualDim)), mutable: false, at: d.location)
                shape.append(actualDim)
            } else {
                shape.append(try integer(d, "a dimension"))
            }
        }
        return TensorType(dtype, shape)
    }
}
