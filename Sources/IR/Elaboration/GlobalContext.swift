import Syntax

/// What every body can see: params, functions, top-level weights, and the growing weight table.
struct GlobalContext {
    enum ParamState {
        case bound(SymbolValue)
        case unbound(SourceLocation)
    }

    var sources: [String: SourceText]
    var params: [String: ParamState] = [:]
    var functions: [String: FunctionDecl] = [:]
    /// Top-level weight declarations: binding name → weight index.
    var weightBindings: [String: Int] = [:]
    var weights = WeightTable()
    /// Where each top-level name was declared, for "redefinition" messages.
    var declared: [String: SourceLocation] = [:]

    init(sources: [String: SourceText]) { self.sources = sources }

    func diagnostic(_ message: String, at location: SourceLocation?) -> Diagnostic {
        guard let location else { return Diagnostic(message) }
        return sources[location.file]?.diagnostic(message, at: location) ?? Diagnostic(message, at: location)
    }

    /// Adds the quoted source line to a diagnostic made without one (e.g. by the verifier).
    func withSourceLine(_ d: Diagnostic) -> Diagnostic {
        guard d.sourceLine == nil, let l = d.location else { return d }
        var out = d
        out.sourceLine = sources[l.file]?.line(l.line)
        return out
    }

    /// Binds params, registers functions and declares top-level weights, in source order.
    mutating func declare(_ items: [Item], bindings: [String: SymbolValue],
                          configBindings: [String: SymbolValue],
                          unusableConfig: [String: String] = [:]) throws(Diagnostic) {
        let declaredParams = Set(items.compactMap { item -> String? in
            if case .param(let p) = item { return p.name } else { return nil }
        })
        if let unknown = bindings.keys.sorted().first(where: { !declaredParams.contains($0) }) {
            throw Diagnostic("--set \(unknown): the graph declares no param '\(unknown)'")
        }
        // `set NAME = EXPR` items, wherever they are: each param at most once.
        var fileSettings: [String: (Expr, SourceLocation)] = [:]
        for case .setParam(let name, let value, let location) in items {
            guard declaredParams.contains(name) else {
                throw diagnostic("set \(name): no param '\(name)' is declared", at: location)
            }
            if let first = fileSettings[name] {
                throw diagnostic("param '\(name)' is set twice (first at line \(first.1.line))", at: location)
            }
            fileSettings[name] = (value, location)
        }
        var entries: [String: SourceLocation] = [:]
        for item in items {
            switch item {
            case .param(let p):
                try claim(p.name, p.location)
                if bindings[p.name] == nil, fileSettings[p.name] == nil, let what = unusableConfig[p.name] {
                    throw diagnostic("param '\(p.name)' is \(p.kind.rawValue) but the config value of '\(p.name)' is \(what)",
                                     at: p.location)
                }
                params[p.name] = try bind(p, explicit: bindings[p.name], file: fileSettings[p.name],
                                          config: configBindings[p.name])
            case .function(let f):
                try claim(f.name, f.location)
                if OpKind.isKnownName(f.name) || ConstantFolding.builtins.contains(f.name) {
                    throw diagnostic("function '\(f.name)' has the name of a built-in op", at: f.location)
                }
                functions[f.name] = f
            case .weight(let w):
                if weightBindings[w.binding] != nil, let first = declared[w.binding] {
                    throw diagnostic("duplicate weight '\(w.binding)' (first declared at \(first))", at: w.location)
                }
                try claim(w.binding, w.location)
                var body = BodyElaborator(context: self, entryName: nil)
                let index = try body.declareWeight(w, shareable: false)
                self = body.context
                weightBindings[w.binding] = index
            case .entry(let e):
                if let first = entries[e.name] {
                    throw diagnostic("duplicate entry '\(e.name)' (first declared at line \(first.line))", at: e.location)
                }
                entries[e.name] = e.location
            case .graphName, .importFile, .setParam, .trainableWeights:
                break
            }
        }
    }

    private mutating func claim(_ name: String, _ location: SourceLocation) throws(Diagnostic) {
        if let first = declared[name] {
            throw diagnostic("redefinition of '\(name)' (first declared at \(first))", at: location)
        }
        declared[name] = location
    }

    /// `--set` beats a `set` item in the files, which beats the config file, which beats the default.
    private mutating func bind(_ p: ParamDecl, explicit: SymbolValue?, file: (Expr, SourceLocation)?,
                               config: SymbolValue?) throws(Diagnostic) -> ParamState {
        if let explicit { return .bound(try coerce(explicit, to: p, source: "--set \(p.name)")) }
        if let file {
            var body = BodyElaborator(context: self, entryName: nil)
            let value = try body.constant(file.0, "the value set for param '\(p.name)'")
            return .bound(try coerce(value, to: p, source: "set \(p.name)", at: file.1))
        }
        if let config { return .bound(try coerce(config, to: p, source: "the config value of '\(p.name)'")) }
        guard let expr = p.defaultValue else { return .unbound(p.location) }
        var body = BodyElaborator(context: self, entryName: nil)
        let value = try body.constant(expr, "the default of param '\(p.name)'")
        return .bound(try coerce(value, to: p, source: "the default"))
    }

    private func coerce(_ v: SymbolValue, to p: ParamDecl, source: String,
                        at location: SourceLocation? = nil) throws(Diagnostic) -> SymbolValue {
        switch (p.kind, v) {
        case (.int, .int), (.float, .float), (.bool, .bool), (.string, .string): return v
        case (.float, .int(let i)): return .float(Double(i))
        default:
            throw diagnostic("param '\(p.name)' is \(p.kind.rawValue) but \(source) is \(v.kindName) \(v)",
                             at: location ?? p.location)
        }
    }
}
