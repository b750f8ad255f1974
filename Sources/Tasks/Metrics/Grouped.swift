// MultiRC metrics: each example is one answer option of a question; `groups` names the question.

extension Metrics {
    /// MultiRC F1a: binary F1 of class 1 ("True") over all answer options together.
    public static func f1a(predictions: [Int], references: [Int]) -> Double {
        f1(predictions: predictions, references: references, positive: 1)
    }

    /// MultiRC exact match: the fraction of questions whose answer options are all predicted
    /// right. A nil group is a question of its own.
    public static func exactMatch(predictions: [Int], references: [Int], groups: [Int?]) -> Double {
        precondition(predictions.count == references.count && groups.count == references.count,
                     "exactMatch: \(predictions.count) predictions, \(references.count) references, \(groups.count) groups")
        var allRight: [Int: Bool] = [:]
        var ungrouped = 0, ungroupedRight = 0
        for i in references.indices {
            let right = predictions[i] == references[i]
            if let g = groups[i] {
                allRight[g] = (allRight[g] ?? true) && right
            } else {
                ungrouped += 1
                if right { ungroupedRight += 1 }
            }
        }
        let questions = allRight.count + ungrouped
        guard questions > 0 else { return 0 }
        let right = allRight.values.reduce(0) { $0 + ($1 ? 1 : 0) } + ungroupedRight
        return Double(right) / Double(questions)
    }
}
