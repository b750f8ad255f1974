import Foundation

// Text renderings of an example: T5 text-to-text inputs/targets (T5's GLUE preprocessors:
// "<task> <field>: <text> <field>: <text>", fields in TFDS order, joined by single spaces) and
// the sentence (pair) a BERT-family classifier head reads. docs/TASKS.md tabulates them.

extension TaskDefinition {
    /// The T5 encoder input, e.g. "cola sentence: The sailors rode the breeze clear of the rocks."
    public func t5Input(_ e: Example) -> String {
        if let custom { return CustomTemplate.render(custom.templatePieces, e) }
        switch id {
        case .wsc:
            return "wsc text: " + WSCMarking.marked(e)
        case .multirc:
            return MultiRCText.stripHTML(join(prefix: "multirc", e, ["question", "answer", "paragraph"]))
        default:
            return join(prefix: t5Prefix, e, t5Fields)
        }
    }

    /// The T5 target: the label word, or for STS-B the score rounded to the nearest 0.2 with one
    /// decimal ("3.8"; ties to even, as T5's tf.round), for a custom task's regression the value
    /// to two decimals. A label outside the task's classes, or of the wrong kind, gives "<unk>"
    /// (T5's word for a missing label).
    public func t5Target(_ l: Label) -> String {
        switch kind {
        case .regression where custom != nil:
            return CustomTemplate.number(l.value)
        case .regression:
            let rounded = (l.value * 5).rounded(.toNearestOrEven) / 5 + 0.0  // + 0.0 turns −0 into 0
            return String(format: "%.1f", rounded)
        case .classification:
            guard case .index(let i) = l, labelWords.indices.contains(i) else { return "<unk>" }
            return labelWords[i]
        }
    }

    /// Reads a decoded T5 output back into a label: the exact (case-sensitive) label word after
    /// trimming surrounding whitespace, or for STS-B a finite number (not clamped to 0…5).
    /// nil when the text is neither — the caller counts it wrong (`Label.unknown`).
    public func label(fromT5Text text: String) -> Label? {
        let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
        switch kind {
        case .regression:
            guard let v = Double(t), v.isFinite else { return nil }
            return .score(v)
        case .classification:
            return labelWords.firstIndex(of: t).map { .index($0) }
        }
    }

    /// The first and optional second segment for a BERT-family encoder with a classification or
    /// regression head ([CLS] a [SEP] b [SEP]).
    public func encoderTexts(_ e: Example) -> (String, String?) {
        switch id {
        case .cola, .sst2: return (e["sentence"], nil)
        case .mrpc, .stsb, .rte: return (e["sentence1"], e["sentence2"])
        case .qqp: return (e["question1"], e["question2"])
        case .mnli, .mnliMismatched, .cb, .superglueRTE: return (e["premise"], e["hypothesis"])
        case .qnli: return (e["question"], e["sentence"])
        case .boolq: return (e["question"], e["passage"])
        case .copa:
            return ("\(e["premise"]) What was the \(e["question"])?",
                    "choice1: \(e["choice1"]) choice2: \(e["choice2"])")
        case .multirc:
            return (MultiRCText.stripHTML(e["paragraph"]), "\(e["question"]) \(e["answer"])")
        case .wic: return ("\(e["word"]): \(e["sentence1"])", e["sentence2"])
        case .wsc: return (WSCMarking.marked(e), nil)
        case .custom: return (e["text"], custom?.textPairColumn == nil ? nil : e["text_pair"])
        }
    }

    /// The word T5 starts inputs with: the TFDS benchmark name (both RTEs are "rte", both MNLIs "mnli").
    var t5Prefix: String {
        switch id {
        case .mnliMismatched: return "mnli"
        case .superglueRTE: return "rte"
        default: return id.rawValue
        }
    }

    /// Fields in T5's order: TFDS feature names sorted alphabetically, or T5's explicit order.
    var t5Fields: [String] {
        switch id {
        case .cola, .sst2: return ["sentence"]
        case .mrpc, .stsb, .rte: return ["sentence1", "sentence2"]
        case .qqp: return ["question1", "question2"]
        case .mnli, .mnliMismatched, .cb, .superglueRTE: return ["hypothesis", "premise"]
        case .qnli: return ["question", "sentence"]
        case .boolq: return ["passage", "question"]
        case .copa: return ["choice1", "choice2", "premise", "question"]
        case .multirc: return ["question", "answer", "paragraph"]
        case .wic: return ["sentence1", "sentence2", "word"]
        case .wsc: return ["text"]
        case .custom: return []
        }
    }

    private func join(prefix: String, _ e: Example, _ fields: [String]) -> String {
        var parts = [prefix]
        for f in fields { parts.append("\(f):"); parts.append(e[f]) }
        return parts.joined(separator: " ")
    }
}

/// MultiRC paragraphs carry HTML: T5 turns "<br>" into a space and drops "<b>" / "</b>".
enum MultiRCText {
    static func stripHTML(_ s: String) -> String {
        s.replacingOccurrences(of: "<br>", with: " ")
            .replacingOccurrences(of: "<b>", with: "")
            .replacingOccurrences(of: "</b>", with: "")
    }
}

/// WSC span marking, after T5's `wsc` preprocessor: the noun (span1) becomes "* noun *" and the
/// pronoun (span2) "# pronoun #". A span is found at its word index, words being runs of
/// non-space characters each followed by exactly one whitespace character (T5's
/// `^((?:\S+\s){N})(span)`). Two deliberate differences from T5, which left 16 of the 136 shipped
/// WSC rows unmarked: the span text matches case-insensitively ("The table" at "the table"),
/// and span2's index moves by 2 only when span1 was actually marked before it. A span that still
/// does not match leaves the text unmarked for it (2 shipped rows, whose indices are off).
enum WSCMarking {
    static func marked(_ e: Example) -> String {
        var text = e["text"]
        let i1 = Int(e["span1_index"]) ?? -1, i2 = Int(e["span2_index"]) ?? -1
        let marked1 = mark(&text, span: e["span1_text"], wordIndex: i1, with: "*")
        _ = mark(&text, span: e["span2_text"], wordIndex: i2 + (marked1 && i1 < i2 ? 2 : 0), with: "#")
        return text
    }

    /// Inserts "mark " before and " mark" after `span` if it starts at word `wordIndex`.
    static func mark(_ text: inout String, span: String, wordIndex: Int, with mark: String) -> Bool {
        guard wordIndex >= 0, !span.isEmpty else { return false }
        var i = text.startIndex
        for _ in 0..<wordIndex {
            // One or more non-space characters, then exactly one whitespace character.
            let wordStart = i
            while i < text.endIndex, !text[i].isWhitespace { i = text.index(after: i) }
            guard i > wordStart, i < text.endIndex else { return false }
            i = text.index(after: i)
        }
        guard let end = text.index(i, offsetBy: span.count, limitedBy: text.endIndex) else { return false }
        let original = text[i..<end]
        guard original.lowercased() == span.lowercased() else { return false }
        text = String(text[..<i]) + "\(mark) \(original) \(mark)" + String(text[end...])
        return true
    }
}
