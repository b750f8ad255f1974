import Foundation

/// Hugging Face `tokenizers`' BertNormalizer and BertPreTokenizer, on Unicode scalars (Rust
/// `char`s): clean text (drop NUL, U+FFFD and control/format/unassigned/private-use characters,
/// whitespace → ' '), space out CJK ideographs, strip accents (NFD, drop nonspacing marks),
/// lowercase; then split on whitespace and isolate each punctuation character.
public struct BertNormalizer: Sendable, Equatable {
    public var cleanText = true
    public var handleChineseChars = true
    /// nil: follow `lowercase`, as `tokenizers` does.
    public var stripAccents: Bool? = nil
    public var lowercase = true

    public init(cleanText: Bool = true, handleChineseChars: Bool = true, stripAccents: Bool? = nil,
                lowercase: Bool = true) {
        self.cleanText = cleanText
        self.handleChineseChars = handleChineseChars
        self.stripAccents = stripAccents
        self.lowercase = lowercase
    }

    public func normalize(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if cleanText {
                if c.value == 0 || c.value == 0xFFFD || Self.isControl(c) { continue }
                if Self.isWhitespace(c) { scalars.append(" "); continue }
            }
            if handleChineseChars && Self.isCJK(c) {
                scalars.append(" ")
                scalars.append(c)
                scalars.append(" ")
            } else {
                scalars.append(c)
            }
        }
        var out = String(scalars)
        if stripAccents ?? lowercase {
            var kept = String.UnicodeScalarView()
            for c in out.decomposedStringWithCanonicalMapping.unicodeScalars
            where c.properties.generalCategory != .nonspacingMark {
                kept.append(c)
            }
            out = String(kept)
        }
        if lowercase {
            var lowered = String.UnicodeScalarView()
            // One scalar at a time: UnicodeScalarView.append(contentsOf:) rebuilds the whole string
            // on every call, which made a long row quadratic (a 400 KB line took 6.5 s).
            for c in out.unicodeScalars {
                for l in c.properties.lowercaseMapping.unicodeScalars { lowered.append(l) }
            }
            out = String(lowered)
        }
        return out
    }

    /// BertPreTokenizer: words split on whitespace, each punctuation character its own word.
    public static func preTokenize(_ text: String) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var current: [Unicode.Scalar] = []
        for c in text.unicodeScalars {
            if c.properties.isWhitespace {
                if !current.isEmpty { words.append(current); current = [] }
            } else if isPunctuation(c) {
                if !current.isEmpty { words.append(current); current = [] }
                words.append([c])
            } else {
                current.append(c)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        c == "\t" || c == "\n" || c == "\r" || c.properties.isWhitespace
    }

    static func isControl(_ c: Unicode.Scalar) -> Bool {
        if c == "\t" || c == "\n" || c == "\r" { return false }
        switch c.properties.generalCategory {
        case .control, .format, .unassigned, .privateUse, .surrogate: return true
        default: return false
        }
    }

    /// Rust's `is_ascii_punctuation` (which includes ASCII symbols like $ + < = > ^ ` | ~) or a
    /// Unicode punctuation category.
    static func isPunctuation(_ c: Unicode.Scalar) -> Bool {
        if c.isASCII {
            let v = c.value
            return (0x21...0x2F).contains(v) || (0x3A...0x40).contains(v) || (0x5B...0x60).contains(v)
                || (0x7B...0x7E).contains(v)
        }
        switch c.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation: return true
        default: return false
        }
    }

    static func isCJK(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F, 0x2B740...0x2B81F,
             0x2B920...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return true
        default: return false
        }
    }
}
