import Foundation
import Testing
@testable import Tasks

// T5 inputs/targets for one example of every task (the first dev row of each shipped file;
// hand-made rows in the official layout for the others), and label-word round trips.

@Suite struct TemplateTests {
    private func first(_ name: String, _ split: Split = .dev, row: Int = 0) throws -> (TaskDefinition, Example) {
        let t = try task(name)
        let examples = try TaskData.load(t, split: split, dataDir: nil, shippedDataDir: Paths.shippedData, skipBadRows: false).examples
        return (t, examples[row])
    }

    private func check(_ name: String, _ input: String, _ target: String, row: Int = 0,
                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        let (t, e) = try first(name, row: row)
        #expect(t.t5Input(e) == input, sourceLocation: sourceLocation)
        #expect(t.t5Target(try #require(e.label)) == target, sourceLocation: sourceLocation)
    }

    @Test func shippedTasks() throws {
        try check("cola", "cola sentence: The sailors rode the breeze clear of the rocks.", "acceptable")
        try check("sst2", "sst2 sentence: it 's a charming and often affecting journey . ", "positive")
        try check("mrpc", "mrpc sentence1: He said the foodservice pie business doesn't fit the company's long-term growth strategy. "
                  + "sentence2: \"The foodservice pie business does not fit our long-term growth strategy.", "equivalent")
        let reeve = "Dana Reeve, the widow of the actor Christopher Reeve, has died of lung cancer at age 44, according to the Christopher Reeve Foundation."
        try check("rte", "rte sentence1: \(reeve) sentence2: Christopher Reeve had an accident.", "not_entailment")
        try check("superglue-rte", "rte hypothesis: Christopher Reeve had an accident. premise: \(reeve)", "not_entailment")
        try check("stsb", "stsb sentence1: A man with a hard hat is dancing. sentence2: A man wearing a hard hat is dancing.", "5.0")
        try check("cb", "cb hypothesis: Valence was helping premise: Valence the void-brain, Valence the virtuous valet. "
                  + "Why couldn't the figger choose his own portion of titanic anatomy to shaft? Did he think he was helping?", "contradiction")
        try check("wic", "wic sentence1: An emerging professional class. sentence2: Apologizing for losing your temper, even though "
                  + "you were badly provoked, showed real class. word: class", "False")
        let (boolq, e) = try first("boolq")
        #expect(boolq.t5Input(e).hasPrefix("boolq passage: Ethanol fuel -- All biomass goes through"))
        #expect(boolq.t5Input(e).hasSuffix("uses much less petroleum than producing gasoline. question: does ethanol take more energy make that produces"))
        #expect(boolq.t5Target(try #require(e.label)) == "False")
    }

    @Test func wscMarksBothSpans() throws {
        try check("wsc", "wsc text: Bernard , who had not told the government official that he was less than 21 when he filed for a "
                  + "homestead claim, did not consider that he had done anything dishonest. Still, * anyone * who knew that he was "
                  + "19 years old could take his claim away from # him # .", "False")
        // Span text matched case-insensitively ("The table" at "the table"; T5 leaves this row unmarked).
        try check("wsc", "wsc text: The large ball crashed right through * the table * because # it # was made of styrofoam.", "True", row: 5)
        // A span whose index does not point at it stays unmarked (data row 43: "it" is not word 30).
        try check("wsc", "wsc text: When they had eventually calmed down a bit , and had gotten home, Mr. Farley put the magic pebble "
                  + "in an iron * safe * . Some day they might want to use it , but really for now, what more could they wish for?",
                  "False", row: 42)
        let wsc = try task("wsc")
        let e = Example(texts: ["text": "This is a test sentence .", "span1_text": "test", "span1_index": "3",
                                "span2_text": "This", "span2_index": "0"], label: .index(0))
        #expect(wsc.t5Input(e) == "wsc text: # This # is a * test * sentence .")  // T5's docstring example
        #expect(wsc.encoderTexts(e) == ("# This # is a * test * sentence .", nil))
    }

    @Test func unshippedTasks() throws {
        let qqp = Example(texts: ["question1": "Why do I easily get bored of my friends?",
                                  "question2": "Why do I get bored of friends so quickly?"], label: .index(1))
        #expect(try task("qqp").t5Input(qqp) == "qqp question1: Why do I easily get bored of my friends? question2: Why do I get bored of friends so quickly?")
        #expect(try task("qqp").t5Target(.index(1)) == "duplicate")
        let nli = Example(texts: ["premise": "The premise.", "hypothesis": "The hypothesis."], label: .index(1))
        #expect(try task("mnli").t5Input(nli) == "mnli hypothesis: The hypothesis. premise: The premise.")
        #expect(try task("mnli-mm").t5Input(nli) == "mnli hypothesis: The hypothesis. premise: The premise.")
        #expect(try task("mnli").t5Target(.index(1)) == "neutral")
        let qnli = Example(texts: ["question": "Who?", "sentence": "Nobody."], label: .index(1))
        #expect(try task("qnli").t5Input(qnli) == "qnli question: Who? sentence: Nobody.")
        let copa = Example(texts: ["premise": "My body cast a shadow over the grass.", "choice1": "The sun was rising.",
                                   "choice2": "The grass was cut.", "question": "cause"], label: .index(0))
        #expect(try task("copa").t5Input(copa)
                == "copa choice1: The sun was rising. choice2: The grass was cut. premise: My body cast a shadow over the grass. question: cause")
        #expect(try task("copa").t5Target(.index(0)) == "choice1")
        let multirc = Example(texts: ["paragraph": "Sent 1: Tom ran.<br>Sent 2: <b>Ann</b> sat.", "question": "Who ran?", "answer": "Tom"],
                              label: .index(1), group: 0)
        #expect(try task("multirc").t5Input(multirc) == "multirc question: Who ran? answer: Tom paragraph: Sent 1: Tom ran. Sent 2: Ann sat.")
        #expect(try task("multirc").t5Target(.index(1)) == "True")
    }

    @Test func encoderPairs() throws {
        let nli = Example(texts: ["premise": "P.", "hypothesis": "H."], label: nil)
        #expect(try task("mnli").encoderTexts(nli) == ("P.", "H."))
        #expect(try task("cb").encoderTexts(nli) == ("P.", "H."))
        #expect(try task("cola").encoderTexts(Example(texts: ["sentence": "S."], label: nil)) == ("S.", nil))
        #expect(try task("boolq").encoderTexts(Example(texts: ["question": "Q?", "passage": "P."], label: nil)) == ("Q?", "P."))
        let wic = Example(texts: ["word": "class", "sentence1": "A.", "sentence2": "B."], label: nil)
        #expect(try task("wic").encoderTexts(wic) == ("class: A.", "B."))
        let copa = Example(texts: ["premise": "P.", "choice1": "A.", "choice2": "B.", "question": "effect"], label: nil)
        #expect(try task("copa").encoderTexts(copa) == ("P. What was the effect?", "choice1: A. choice2: B."))
        let multirc = Example(texts: ["paragraph": "<b>X</b><br>Y", "question": "Q?", "answer": "A"], label: nil)
        #expect(try task("multirc").encoderTexts(multirc) == ("X Y", "Q? A"))
        // Every task gives a non-empty first segment for its own fields.
        for t in TaskRegistry.all {
            var texts: [String: String] = [:]
            for f in t.textFields { texts[f] = f.hasSuffix("_index") ? "0" : "x" }
            #expect(!t.encoderTexts(Example(texts: texts, label: nil)).0.isEmpty, "\(t.name)")
        }
    }

    @Test func labelWordsRoundTrip() throws {
        for t in TaskRegistry.all {
            guard case .classification(let n) = t.kind else { continue }
            #expect(t.labelWords.count == n && Set(t.labelWords).count == n, "\(t.name)")
            for i in 0..<n {
                let word = t.t5Target(.index(i))
                #expect(t.label(fromT5Text: word) == .index(i), "\(t.name) \(word)")
                #expect(t.label(fromT5Text: " \(word)\n") == .index(i), "\(t.name) surrounding whitespace")
            }
            #expect(t.label(fromT5Text: "banana") == nil)
            #expect(t.t5Target(.index(n)) == "<unk>" && t.t5Target(.unknown) == "<unk>" && t.t5Target(.score(1)) == "<unk>")
        }
        #expect(try task("boolq").label(fromT5Text: "true") == nil)  // label words are case-sensitive
    }

    @Test func stsbTargetsRoundToTwoTenths() throws {
        let stsb = try task("stsb")
        let cases: [(Double, String)] = [(3.77, "3.8"), (3.8, "3.8"), (0, "0.0"), (5, "5.0"), (2.5, "2.4"), (2.7, "2.8"),
                                         (0.09, "0.0"), (0.1, "0.0"), (0.3, "0.4"), (4.9, "4.8"), (1.0, "1.0"), (0.667, "0.6")]
        for (score, text) in cases {
            #expect(stsb.t5Target(.score(score)) == text, "\(score)")
        }
        // Every 0.2 bucket reads back as itself.
        for k in 0...25 {
            let text = stsb.t5Target(.score(Double(k) / 5))
            let back = try #require(stsb.label(fromT5Text: text))
            #expect(abs(back.value - Double(k) / 5) < 1e-12 && stsb.t5Target(back) == text, "\(text)")
        }
        #expect(stsb.label(fromT5Text: "3.8") == .score(3.8))
        #expect(stsb.label(fromT5Text: "nan") == nil && stsb.label(fromT5Text: "high") == nil)
        #expect(stsb.labelWords.isEmpty && stsb.labelCount == 0)
    }
}
