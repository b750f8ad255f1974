import Foundation

// How a custom task's rows become model inputs and targets: the T5 template (`--template`), the
// T5 text of a regression value, and the `TaskDefinition` the runner uses.

/// A T5 input template: literal text with `{text}` and `{text_pair}` standing for the row's text
/// columns; `{{` and `}}` are literal braces.
enum CustomTemplate {
    enum Piece: Equatable {
        case literal(String), text, pair
    }

    struct Problem: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    static func pieces(_ template: String) throws -> [Piece] {
        var pieces: [Piece] = []
        var literal = ""
        var i = template.startIndex
        while i < template.endIndex {
            let c = template[i], next = template.index(after: i)
            if (c == "{" || c == "}"), next < template.endIndex, template[next] == c {
                literal.append(c)  // {{ or }}
                i = template.index(after: next)
            } else if c == "{" {
                guard let close = template[next...].firstIndex(of: "}") else {
                    throw Problem("a \"{\" is never closed (write {{ for a literal brace)")
                }
                let piece: Piece
                switch template[next..<close] {
                case "text": piece = .text
                case "text_pair": piece = .pair
                case let name:
                    throw Problem("unknown placeholder {\(name)}: a template takes {text} and {text_pair} "
                                  + "(write {{ and }} for literal braces)")
                }
                if !literal.isEmpty { pieces.append(.literal(literal)) }
                literal = ""
                pieces.append(piece)
                i = template.index(after: close)
            } else if c == "}" {
                throw Problem("a \"}\" without its \"{\" (write }} for a literal brace)")
            } else {
                literal.append(c)
                i = next
            }
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        return pieces
    }

    /// Why `template` cannot be used with (or without) a pair column, or nil.
    static func problem(_ template: String, hasPair: Bool) -> String? {
        let p: [Piece]
        do { p = try pieces(template) } catch let e as Problem { return e.reason } catch { return "\(error)" }
        if !p.contains(.text) { return "it never uses {text}, so the model would not see the text" }
        if hasPair && !p.contains(.pair) { return "--text-pair-column is given but the template never uses {text_pair}" }
        if !hasPair && p.contains(.pair) { return "{text_pair} needs --text-pair-column" }
        return nil
    }

    static func render(_ pieces: [Piece], _ e: Example) -> String {
        pieces.map { piece in
            switch piece {
            case .literal(let s): return s
            case .text: return e["text"]
            case .pair: return e["text_pair"]
            }
        }.joined()
    }

    /// A regression value as T5 reads and writes it: rounded to two decimals, trailing zeros
    /// dropped ("3.25", "4", "-0.5").
    static func number(_ v: Double) -> String {
        var s = String(format: "%.2f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s == "-0" ? "0" : s
    }
}

extension CustomTask {
    /// The template's pieces: `--template`, or "TEXT_COLUMN: {text}" (" PAIR_COLUMN: {text_pair}"),
    /// in the style of T5's GLUE inputs. A template that does not parse was refused by `problem`.
    var templatePieces: [CustomTemplate.Piece] {
        if let template, let pieces = try? CustomTemplate.pieces(template) { return pieces }
        var pieces: [CustomTemplate.Piece] = [.literal(textColumn + ": "), .text]
        if let pair = textPairColumn { pieces += [.literal(" " + pair + ": "), .pair] }
        return pieces
    }
}

extension TaskDefinition {
    /// The task a custom definition describes. Its examples hold the columns as the fields
    /// "text" and "text_pair"; its T5 words are the label words, its class names the labels.
    public init(custom: CustomTask) {
        let kind: TaskKind = custom.regression ? .regression(min: -.infinity, max: .infinity)
            : .classification(labelCount: custom.labels.count)
        self.init(name: CustomTask.taskName, benchmark: .custom, kind: kind, labelWords: custom.regression ? [] : custom.words,
                  metricNames: custom.metricNames, primaryMetric: custom.primaryMetric,
                  textFields: custom.textPairColumn == nil ? ["text"] : ["text", "text_pair"], folder: "",
                  isShipped: false, id: .custom, custom: custom)
    }

    /// The name of class `k` in predictions: a custom task's label string, else the T5 label word
    /// (the class index when there is none).
    public func className(_ k: Int) -> String {
        let names = custom?.labels ?? labelWords
        return names.indices.contains(k) ? names[k] : String(k)
    }
}
