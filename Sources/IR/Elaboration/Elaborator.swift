import Foundation
import Syntax

/// Turns graph source into an `IR.Graph`: follows imports, binds params, declares weights,
/// inlines functions and unrolls loops in every entry, then runs the verifier.
///
///     let graph = try Elaborator(loader: FileSystemLoader()).elaborate(file: "graphs/mlp.graph",
///                                                                     bindings: ["batch": .int(8)])
public struct Elaborator {
    public let loader: any SourceLoader

    public init(loader: any SourceLoader) {
        self.loader = loader
    }

    /// Elaborates `file`. `bindings` (from `--set`) must name declared params; `configBindings`
    /// (from a config file) bind params of the same name and are otherwise ignored. `--set` beats
    /// the config, which beats the param's default.
    /// `unusableConfig` names config keys whose values have no param kind (null, a list, an
    /// object), with what they are: binding a declared param from one is an error.
    public func elaborate(file: String, bindings: [String: SymbolValue] = [:],
                          configBindings: [String: SymbolValue] = [:],
                          unusableConfig: [String: String] = [:]) throws(Diagnostic) -> Graph {
        var modules = ModuleSet(loader: loader)
        try modules.load(root: file)
        var context = GlobalContext(sources: modules.sources)
        let graphName = modules.graphName ?? defaultGraphName(file)
        try context.declare(modules.items, bindings: bindings, configBindings: configBindings,
                            unusableConfig: unusableConfig)
        var entries: [Entry] = []
        for item in modules.items {
            guard case .entry(let decl) = item else { continue }
            var body = BodyElaborator(context: context, entryName: decl.name)
            entries.append(try body.elaborate(decl))
            context = body.context
        }
        for case .trainableWeights(let pattern, let group, let location) in modules.items {
            if context.weights.makeTrainable(matching: pattern, group: group) == 0 {
                throw context.diagnostic("trainable \"\(pattern)\" matches no frozen checkpoint weight", at: location)
            }
        }
        let graph = Graph(name: graphName, weights: context.weights.weights, entries: entries)
        try checkParameterNames(graph, context)
        do {
            try Verifier().verify(graph)
        } catch {
            throw context.withSourceLine(error)
        }
        return graph
    }

    /// The params `file` and its imports declare (parsing only), e.g. to see which model family
    /// a graph is written for before binding a model folder's config.
    public func declaredParams(file: String) throws(Diagnostic) -> Set<String> {
        var modules = ModuleSet(loader: loader)
        try modules.load(root: file)
        return Set(modules.items.compactMap { item -> String? in
            if case .param(let p) = item { return p.name } else { return nil }
        })
    }

    /// The default of an integer param the graph (with its imports) declares, when it is a
    /// literal: what a graph's `param prompt_len: int = 40` says, so the runner reads a method's
    /// defaults from the graph rather than keeping a second copy. nil when it is not declared,
    /// has no default, or the default is an expression.
    public func integerDefault(of name: String, file: String) throws(Diagnostic) -> Int? {
        if case .int(let n)? = try literalDefault(of: name, file: file) { return n }
        return nil
    }

    /// The default of any param when it is a literal (an integer, a float, a bool, or a negated
    /// number) — a graph's own `set NAME = …` over the param's declared default, as elaboration
    /// binds them: nil when it is not declared, has no default, or the value is an expression.
    public func literalDefault(of name: String, file: String) throws(Diagnostic) -> SymbolValue? {
        var modules = ModuleSet(loader: loader)
        try modules.load(root: file)
        for item in modules.items {
            if case .setParam(let target, let value, _) = item, target == name { return Self.literal(value) }
        }
        for item in modules.items {
            guard case .param(let p) = item, p.name == name else { continue }
            return p.defaultValue.flatMap(Self.literal)
        }
        return nil
    }

    /// A literal expression's value (integers and floats possibly negated), else nil.
    static func literal(_ e: Expr) -> SymbolValue? {
        switch e.kind {
        case .integer(let n): return .int(n)
        case .float(let v): return .float(v)
        case .bool(let b): return .bool(b)
        case .unary(.negate, let inner):
            if case .integer(let n) = inner.kind { return .int(-n) }
            if case .float(let v) = inner.kind { return .float(-v) }
            return nil
        default: return nil
        }
    }

    private func defaultGraphName(_ path: String) -> String {
        let base = path.split(separator: "/").last.map(String.init) ?? path
        let stem = base.hasSuffix(".graph") ? String(base.dropLast(6)) : base
        return sanitizedIdentifier(stem)
    }

    /// A parameter named like a weight would make printed entries ambiguous.
    private func checkParameterNames(_ graph: Graph, _ context: GlobalContext) throws(Diagnostic) {
        let names = Set(graph.weights.map(\.name))
        for entry in graph.entries {
            for p in entry.parameters where names.contains(p.name) {
                throw context.diagnostic("parameter '\(p.name)' of entry '\(entry.name)' has the same name as a weight",
                                         at: entry.location)
            }
        }
    }
}

/// Reads graph files from disk. Paths are used as given (relative to the working directory); only
/// regular files up to `InputFile.maxBytes` are read.
public struct FileSystemLoader: SourceLoader {
    public init() {}
    public func load(_ path: String) -> [UInt8]? { try? read(path).get() }
    public func read(_ path: String) -> Result<[UInt8], InputFile.Failure> { InputFile.read(path) }
    /// The real path (symlinks and `..` resolved) when the file exists.
    public func identity(of path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// The root file and everything it imports, flattened in import order; each file once.
struct ModuleSet {
    let loader: any SourceLoader
    var items: [Item] = []
    var sources: [String: SourceText] = [:]
    var graphName: String?
    private var finished: Set<String> = []

    init(loader: any SourceLoader) { self.loader = loader }

    mutating func load(root: String) throws(Diagnostic) {
        let bytes: [UInt8]
        switch loader.read(root) {
        case .success(let b): bytes = b
        case .failure(let why): throw Diagnostic("cannot read graph file '\(root)': \(why)")
        }
        try load(path: root, bytes: bytes, stack: [], isRoot: true)
    }

    private mutating func load(path: String, bytes: [UInt8], stack: [String], isRoot: Bool) throws(Diagnostic) {
        let file = try Parser.parse(bytes: bytes, path: path)
        sources[path] = file.source
        let key = loader.identity(of: path)
        let stack = stack + [key]
        for item in file.items {
            switch item {
            case .graphName(let name, let location):
                guard isRoot else { continue }  // an imported file's name does not rename the graph
                if graphName != nil { throw file.source.diagnostic("the graph is named twice", at: location) }
                graphName = name
            case .importFile(let relative, let location):
                let target = resolveImportPath(relative, relativeTo: path)
                let targetKey = loader.identity(of: target)
                if stack.contains(targetKey) {
                    let cycle = (stack.drop { $0 != targetKey } + [targetKey]).joined(separator: " -> ")
                    throw file.source.diagnostic("import cycle: \(cycle)", at: location)
                }
                if finished.contains(targetKey) { continue }
                if stack.count >= ElaborationLimits.maxImportDepth {
                    throw file.source.diagnostic("imports nested more than \(ElaborationLimits.maxImportDepth) deep",
                                                 at: location)
                }
                let imported: [UInt8]
                switch loader.read(target) {
                case .success(let b): imported = b
                case .failure(let why):
                    throw file.source.diagnostic("cannot open imported file '\(target)': \(why)", at: location)
                }
                try load(path: target, bytes: imported, stack: stack, isRoot: false)
            default:
                items.append(item)
            }
        }
        finished.insert(key)
    }
}
