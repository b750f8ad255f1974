// SuperGLUE JSON lines, one object per line, in the official layouts:
//   BoolQ    question, passage, label (bool)            CB / RTE  premise, hypothesis, label (name)
//   COPA     premise, choice1, choice2, question ("cause"/"effect"), label (0/1)
//   WiC      word, sentence1, sentence2, start1/end1/start2/end2, label (bool)
//   WSC      text, target {span1_index, span1_text, span2_index, span2_text}, label (bool)
//   MultiRC  passage {text, questions [{question, idx, answers [{text, idx, label (0/1)}]}]}
// One MultiRC line becomes one example per answer; each question gets its own `group`.
// Labels are accepted as the official JSON types and as the variants other exports use: for
// True/False tasks a bool, "true"/"false" in any case, or 0/1; for named labels the name or its
// class index. A label may be absent only in the test split.

import Support

enum SuperGLUEReader {
    static func read(_ task: TaskDefinition, split: Split, file: String, skipBadRows: Bool) throws -> RowCollector<Example> {
        var rows = RowCollector<Example>(file: file, skipBadRows: skipBadRows)
        var nextGroup = 0
        for line in try LineReader.read(file) where line.text?.allSatisfy(\.isWhitespace) != true {
            let source = "\(file):\(line.number)"
            try rows.add(line: line.number) {
                let text = try line.checkedText()
                let row = JSONFields(try JSONValue.object(line: text))
                let labelRequired = split != .test
                if task.id == .multirc {
                    return try multiRC(row, task, labelRequired: labelRequired, source: source, nextGroup: &nextGroup)
                }
                var texts: [String: String] = [:]
                if task.id == .wsc {
                    let target = try row.fields("target")
                    texts["text"] = try row.string("text")
                    texts["span1_text"] = try target.string("span1_text")
                    texts["span2_text"] = try target.string("span2_text")
                    texts["span1_index"] = String(try target.int("span1_index"))
                    texts["span2_index"] = String(try target.int("span2_index"))
                } else {
                    for field in task.textFields { texts[field] = try row.string(field) }
                }
                let label = try parseLabel(row, "label", task, required: labelRequired)
                return [Example(texts: texts, label: label, source: source)]
            }
        }
        return rows
    }

    /// One example per answer option, grouped by question (groups numbered in file order).
    private static func multiRC(_ row: JSONFields, _ task: TaskDefinition, labelRequired: Bool, source: String,
                                nextGroup: inout Int) throws -> [Example] {
        let passage = try row.fields("passage")
        let paragraph = try passage.string("text")
        var examples: [Example] = []
        var group = nextGroup
        for (qi, q) in try passage.array("questions").enumerated() {
            guard case .object(let qo) = q else { throw RowError("'passage.questions[\(qi)]' should be an object") }
            let question = JSONFields(qo, path: "passage.questions[\(qi)]")
            let questionText = try question.string("question")
            for (ai, a) in try question.array("answers").enumerated() {
                let where_ = "\(question.path).answers[\(ai)]"
                guard case .object(let ao) = a else { throw RowError("'\(where_)' should be an object") }
                let answer = JSONFields(ao, path: where_)
                examples.append(Example(
                    texts: ["paragraph": paragraph, "question": questionText, "answer": try answer.string("text")],
                    label: try parseLabel(answer, "label", task, required: labelRequired),
                    group: group, source: source))
            }
            group += 1
        }
        nextGroup = group  // only once the whole line is good, so skipped lines leave no gaps
        return examples
    }

    /// A SuperGLUE label (see the file comment for the accepted forms); nil only if absent and
    /// not required.
    static func parseLabel(_ row: JSONFields, _ key: String, _ task: TaskDefinition, required: Bool) throws -> Label? {
        guard let value = row.object[key], value != .null else {
            if required { throw RowError("missing field '\(row.name(key))'") }
            return nil
        }
        let words = task.labelWords
        let isBoolean = words == ["False", "True"]
        switch value {
        case .bool(let b) where isBoolean:
            return .index(b ? 1 : 0)
        case .int(let i) where words.indices.contains(i):
            return .index(i)
        case .string(let s):
            if let i = words.firstIndex(of: s) { return .index(i) }
            if isBoolean, let i = ["false", "true"].firstIndex(of: s.lowercased()) { return .index(i) }
        default:
            break
        }
        let expected = isBoolean ? "true or false" : task.id == .copa ? "0 or 1"
            : "one of \(words.joined(separator: ", "))"
        throw RowError("field '\(row.name(key))' should be \(expected), found \(value.brief)")
    }
}
