import Foundation

/// One `--set NAME=VALUE`, parsed once where the text enters (the command line, a saved run's
/// config.json, a sweep preset): the param's name, its typed value and the value as written.
/// Equal bindings have the same name and value (`x=1.0` and `x=1.00` are one binding); the text
/// form is kept so a run folder, a sweep folder name or a report shows what the user wrote.
public struct ParamBinding: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let value: SymbolValue
    /// The value as written after `=` (a sweep axis splits it on commas).
    public let written: String

    /// Reads `NAME=VALUE`: the value as a bool, an integer, a float (`1e-6`, `inf`), else a
    /// string. An integer or float beyond its type's range is refused, not rounded.
    public init(parsing item: String) throws(BindingError) {
        guard let eq = item.firstIndex(of: "=") else { throw BindingError("expected NAME=VALUE") }
        let name = String(item[..<eq]).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { throw BindingError("the name is empty") }
        try self.init(name: name, written: String(item[item.index(after: eq)...]))
    }

    /// `name` bound to the value `written` reads as (see `init(parsing:)`).
    public init(name: String, written: String) throws(BindingError) {
        let text = written.trimmingCharacters(in: .whitespaces)
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        if !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), Int(text) == nil {
            throw BindingError("\(text) is out of range for a 64-bit integer")
        }
        let value = SymbolValue(parsing: written)
        if case .float(let d) = value, d.isInfinite, !["inf", "+inf", "-inf"].contains(text.lowercased()) {
            throw BindingError("\(text) is out of range for a float")
        }
        self.name = name
        self.value = value
        self.written = written
    }

    /// `name` bound to `value`, written as eptc prints it (presets, bindings the runner makes).
    public init(name: String, value: SymbolValue) {
        self.name = name
        self.value = value
        self.written = value.description
    }

    public var description: String { name + "=" + written }

    public static func == (a: ParamBinding, b: ParamBinding) -> Bool { a.name == b.name && a.value == b.value }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(value)
    }
}

/// A run's `--set` bindings in the order given; a later binding of a name beats an earlier one.
/// Saved (config.json, sweep.json) as the list of `NAME=VALUE` strings eptc has always written, so
/// run folders of earlier versions load; an item that does not parse is a decoding error naming it.
public struct ParamBindings: Hashable, Sendable, Codable, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
                             CustomStringConvertible {
    public private(set) var items: [ParamBinding]

    public init(_ items: [ParamBinding] = []) { self.items = items }
    public init(arrayLiteral items: ParamBinding...) { self.items = items }
    /// `["use_fusion": .bool(false), …]`, in the literal's order.
    public init(dictionaryLiteral pairs: (String, SymbolValue)...) {
        self.items = pairs.map { ParamBinding(name: $0.0, value: $0.1) }
    }

    /// Each item as `--set` takes it; the error names the item.
    public init(parsing texts: [String]) throws(BindingError) {
        var items: [ParamBinding] = []
        for text in texts {
            do throws(BindingError) {
                items.append(try ParamBinding(parsing: text))
            } catch {
                throw BindingError("--set \(text): \(error.message)")
            }
        }
        self.items = items
    }

    /// Name → value, the last binding of a name winning: what the elaborator binds.
    public var values: [String: SymbolValue] {
        var out: [String: SymbolValue] = [:]
        for item in items { out[item.name] = item.value }
        return out
    }

    public subscript(name: String) -> SymbolValue? { items.last { $0.name == name }?.value }

    public var isEmpty: Bool { items.isEmpty }
    public var names: Set<String> { Set(items.map(\.name)) }

    /// These bindings with `overrides` put in: an override replaces every binding of its name, the
    /// others keep their place (`--set x=1` over a resumed run's settings, a sweep axis over a
    /// preset's).
    public func overridden(by overrides: ParamBindings) -> ParamBindings {
        let replaced = overrides.names
        return ParamBindings(items.filter { !replaced.contains($0.name) } + overrides.items)
    }

    /// The bindings other than those of `name`.
    public func removing(_ name: String) -> ParamBindings { ParamBindings(items.filter { $0.name != name }) }

    /// `NAME=VALUE` items, as written.
    public var texts: [String] { items.map(\.description) }
    public var description: String { texts.joined(separator: " ") }

    public init(from decoder: Decoder) throws {
        let texts = try decoder.singleValueContainer().decode([String].self)
        do throws(BindingError) {
            try self.init(parsing: texts)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.message))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(texts)
    }
}
