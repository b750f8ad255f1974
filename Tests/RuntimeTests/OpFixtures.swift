import Foundation
import IR
import Runtime

/// The op cases of Fixtures/ops.json, written by tools/fixtures/make_op_fixtures.py with numpy and
/// scipy (never by this code): inputs, op spelling, and the expected output computed in float64.
struct OpCase: Decodable {
    var name: String
    var op: String
    var attrs: [String: Attribute]
    var inputs: [TensorJSON]
    var expected: TensorJSON
    /// A looser float32 tolerance, with the generator's reason.
    var tol32: Double?
    var why: String?

    /// Builds `op(x0, x1, ...)` as a one-node entry named "op" with result "out".
    func graph() throws -> Graph {
        var builder = EntryBuilder(name: "op", weights: [])
        let parameters = inputs.enumerated().map { builder.parameter("x\($0.offset)", $0.element.type) }
        let kind = try OpKind.make(name: op, attributes: attrs.mapValues(\.value))
        builder.result("out", try builder.add(kind, parameters, name: "out"))
        return Graph(name: name, entries: [builder.entry])
    }

    /// Inputs keyed by parameter name, f32 ones converted to `floatType`.
    func inputTensors(floatType: DType) -> [String: Tensor] {
        var out: [String: Tensor] = [:]
        for (i, t) in inputs.enumerated() {
            let tensor = t.tensor
            out["x\(i)"] = tensor.type.dtype == .f32 ? tensor.converted(to: floatType) : tensor
        }
        return out
    }
}

struct TensorJSON: Decodable {
    var dtype: String
    var shape: [Int]
    var data: [Double]

    var type: TensorType { TensorType(DType(rawValue: dtype) ?? .f32, shape) }

    /// Exact: f32 data are float32 values printed in full, i32 data are integers.
    var tensor: Tensor {
        switch type.dtype {
        case .i32: return Tensor(shape: shape, ints: data.map { Int32($0) })
        case .f64: return Tensor(shape: shape, doubles: data)
        case .f32: return Tensor(shape: shape, floats: data.map { Float($0) })
        }
    }
}

/// A JSON attribute value, in the order ambiguous literals are tried.
enum Attribute: Decodable {
    case bool(Bool), int(Int), float(Double), ints([Int]), name(String)

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Bool.self) { self = .bool(v) }
        else if let v = try? c.decode(Int.self) { self = .int(v) }
        else if let v = try? c.decode(Double.self) { self = .float(v) }
        else if let v = try? c.decode([Int].self) { self = .ints(v) }
        else { self = .name(try c.decode(String.self)) }
    }

    var value: AttributeValue {
        switch self {
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let f): return .float(f)
        case .ints(let v): return .ints(v)
        case .name(let s): return .dtype(DType(rawValue: s) ?? .f32)
        }
    }
}

struct OpFixtureFile: Decodable {
    var generator: String
    var cases: [OpCase]
    var mlp: MLPFixture
}

/// A 2-layer MLP classifier with numpy's forward values and one hand-derived SGD step.
struct MLPFixture: Decodable {
    var lr: Double
    var x, labels, w1, b1, w2, b2, logits, loss: TensorJSON
    var w1_new, b1_new, w2_new, b2_new: TensorJSON
}

enum FixtureError: Error { case missing(String) }

/// All cases of Fixtures/ops.json.
func loadOpCases() throws -> [OpCase] { try loadOpFixtures().cases }

func loadOpFixtures() throws -> OpFixtureFile {
    guard let url = Bundle.module.url(forResource: "Fixtures/ops", withExtension: "json")
            ?? Bundle.module.url(forResource: "ops", withExtension: "json", subdirectory: "Fixtures") else {
        throw FixtureError.missing("Fixtures/ops.json")
    }
    return try JSONDecoder().decode(OpFixtureFile.self, from: Data(contentsOf: url))
}

/// Largest |got − expected| / max(|expected|, floor), NaN-aware; shapes must agree.
func relativeError(_ got: Tensor, _ expected: TensorJSON, floor: Double) -> Double {
    guard got.shape == expected.shape else { return .infinity }
    return maxRelativeError(got, Tensor(shape: expected.shape, doubles: expected.data), floor: floor)
}
