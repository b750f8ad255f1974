import Foundation
import Testing
@testable import Tasks

// Metrics against scikit-learn / scipy values committed in Fixtures/metrics.json
// (tools/fixtures/metrics_fixtures.py). Tolerance: 1e-12 relative, with an absolute floor of
// 1e-15 for expected values of 0.

struct ClassificationCase: Decodable {
    let name: String; let classes: Int; let predictions: [Int]; let references: [Int]
    let accuracy: Double; let mcc: Double; let f1: Double?; let macro_f1: Double; let macro_f1_present: Double
}
struct RegressionCase: Decodable {
    let name: String; let predictions: [Double]; let references: [Double]; let pearson: Double; let spearman: Double
}
struct MultiRCCase: Decodable {
    let name: String; let predictions: [Int]; let references: [Int]; let groups: [Int]; let f1a: Double; let em: Double
}
struct MetricFixtures: Decodable {
    let classification: [ClassificationCase]; let regression: [RegressionCase]; let multirc: [MultiRCCase]

    static func load() throws -> MetricFixtures {
        let data = try Data(contentsOf: try Paths.fixtures.appendingPathComponent("metrics.json"))
        return try JSONDecoder().decode(MetricFixtures.self, from: data)
    }
}

func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= max(1e-12 * abs(b), 1e-15) }

@Suite struct MetricsTests {
    @Test func classificationMatchesSklearn() throws {
        let cases = try MetricFixtures.load().classification
        #expect(cases.count >= 10)
        for c in cases {
            let p = c.predictions, r = c.references
            let accuracy = Metrics.accuracy(predictions: p, references: r)
            let mcc = Metrics.matthews(predictions: p, references: r)
            let macro = Metrics.macroF1(predictions: p, references: r, classes: 0..<c.classes)
            #expect(close(accuracy, c.accuracy), "\(c.name): accuracy \(accuracy) vs \(c.accuracy)")
            #expect(close(mcc, c.mcc), "\(c.name): mcc \(mcc) vs \(c.mcc)")
            #expect(close(macro, c.macro_f1), "\(c.name): macro-F1 \(macro) vs \(c.macro_f1)")
            let present = Metrics.macroF1(predictions: p, references: r)
            #expect(close(present, c.macro_f1_present), "\(c.name): macro-F1 over present classes \(present) vs \(c.macro_f1_present)")
            if let f1 = c.f1 {
                let got = Metrics.f1(predictions: p, references: r)
                #expect(close(got, f1), "\(c.name): f1 \(got) vs \(f1)")
            }
        }
    }

    @Test func correlationsMatchScipy() throws {
        for c in try MetricFixtures.load().regression {
            let pearson = Metrics.pearson(c.predictions, c.references)
            let spearman = Metrics.spearman(c.predictions, c.references)
            #expect(close(pearson, c.pearson), "\(c.name): pearson \(pearson) vs \(c.pearson)")
            #expect(close(spearman, c.spearman), "\(c.name): spearman \(spearman) vs \(c.spearman)")
        }
    }

    @Test func multiRCMatchesReference() throws {
        for c in try MetricFixtures.load().multirc {
            let f1a = Metrics.f1a(predictions: c.predictions, references: c.references)
            let em = Metrics.exactMatch(predictions: c.predictions, references: c.references, groups: c.groups)
            #expect(close(f1a, c.f1a), "\(c.name): f1a \(f1a) vs \(c.f1a)")
            #expect(close(em, c.em), "\(c.name): em \(em) vs \(c.em)")
        }
    }

    /// The task-level entry point routes to the same functions and adds the average.
    @Test func taskMetricsUseTheFixtures() throws {
        let fixtures = try MetricFixtures.load()
        let binary = fixtures.classification[0], three = fixtures.classification[9]
        let labels = { (xs: [Int]) in xs.map { Label.index($0) } }

        let cola = try task("cola").metrics(predictions: labels(binary.predictions), references: labels(binary.references))
        #expect(cola.keys.sorted() == ["mcc"] && close(cola["mcc", default: .nan], binary.mcc))

        let mrpc = try task("mrpc").metrics(predictions: labels(binary.predictions), references: labels(binary.references))
        #expect(close(mrpc["f1", default: .nan], try #require(binary.f1)))
        #expect(close(mrpc["average", default: .nan], ((binary.f1 ?? .nan) + binary.accuracy) / 2))

        let cb = try task("cb").metrics(predictions: labels(three.predictions), references: labels(three.references))
        #expect(close(cb["macro_f1", default: .nan], three.macro_f1) && close(cb["accuracy", default: .nan], three.accuracy))

        let reg = fixtures.regression[1]
        let stsb = try task("stsb").metrics(predictions: reg.predictions.map { .score($0) },
                                            references: reg.references.map { .score($0) })
        #expect(close(stsb["pearson", default: .nan], reg.pearson) && close(stsb["spearman", default: .nan], reg.spearman))
        #expect(close(stsb["average", default: .nan], (reg.pearson + reg.spearman) / 2))

        let m = fixtures.multirc[0]
        let multirc = try task("multirc").metrics(predictions: labels(m.predictions), references: labels(m.references),
                                                  groups: m.groups.map { $0 })
        #expect(close(multirc["f1a", default: .nan], m.f1a) && close(multirc["em", default: .nan], m.em))

        for t in TaskRegistry.all {
            #expect(t.metricNames.contains(t.primaryMetric), "\(t.name)")
        }
    }

    /// Unknown predictions (Label.unknown, or a score given to a class task) count as wrong.
    @Test func unknownPredictionsAreWrong() throws {
        let sst2 = try task("sst2")
        let r: [Label] = [.index(1), .index(0), .index(1), .index(0)]
        let p: [Label] = [.unknown, .index(0), .score(1), .index(0)]
        #expect(sst2.metrics(predictions: p, references: r)["accuracy"] == 0.5)
    }

    @Test func degenerateInputsGiveZero() {
        #expect(Metrics.accuracy(predictions: [], references: []) == 0)
        #expect(Metrics.f1(predictions: [], references: []) == 0)
        #expect(Metrics.matthews(predictions: [], references: []) == 0)
        #expect(Metrics.pearson([], []) == 0)
        #expect(Metrics.spearman([1], [2]) == 0)
        #expect(Metrics.exactMatch(predictions: [], references: [], groups: []) == 0)
        #expect(Metrics.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        #expect(Metrics.ranks([3, 3, 3]) == [2, 2, 2])
        // A nil group is a question of its own.
        #expect(Metrics.exactMatch(predictions: [1, 0, 1], references: [1, 1, 1], groups: [nil, 7, 7]) == 0.5)
    }
}
