import IR
import Runtime
import Testing

/// Every op against numpy/scipy fixtures, on the interpreter in both precisions.
@Suite struct OpFixtureTests {
    /// float32: inputs are exact float32 values, the reference is float64 math on them, so the error
    /// is the interpreter's own float32 rounding. Measured as |got − want| / max(|want|, 1e-2): inputs
    /// are O(1), and the floor keeps results that cancel to nearly zero (sums, log-probabilities near
    /// 0) from turning a few float32 ulps of absolute error into a large relative one. Measured worst
    /// case 3.5e-6 (a 24-element float32 sum).
    static let tolerance32 = 1e-5
    static let floor32 = 1e-2
    /// float64: the same math in Double; only summation order and libm ulps differ.
    static let tolerance64 = 1e-10
    static let floor64 = 1e-6

    @Test func everyOpHasFixtures() throws {
        let covered = Set(try loadOpCases().map(\.op))
        // region_result computes nothing: it reads another result of the region before it
        // (FusedRegionTests runs it compiled and interpreted).
        let missing = OpKind.spelledNames.filter { !covered.contains($0) && $0 != "region_result" }
        #expect(missing.isEmpty, "ops without fixtures: \(missing)")
    }

    @Test(arguments: [Interpreter.Precision.float32, .float64])
    func fixturesMatch(precision: Interpreter.Precision) throws {
        let cases = try loadOpCases()
        #expect(cases.count > 200)
        for c in cases {
            let graph = try c.graph()
            let engine = Interpreter(graph: graph, weights: try WeightStore(graph: graph), precision: precision)
            let inputs = c.inputTensors(floatType: precision == .float64 ? .f64 : .f32)
            let result = try engine.run("op", inputs: inputs)
            guard let got = result["out"] else {
                Issue.record("\(c.name): no result")
                continue
            }
            if c.expected.dtype == "i32" {
                #expect(got.type == c.expected.type, "\(c.name)")
                #expect(got.doubles == c.expected.data, "\(c.name): \(got) vs \(c.expected.data.prefix(8))")
                continue
            }
            let wantDType: DType = precision == .float64 ? .f64 : .f32
            #expect(got.type == TensorType(wantDType, c.expected.shape), "\(c.name): type \(got.type)")
            let (tolerance, floor) = precision == .float64
                ? (Self.tolerance64, Self.floor64) : (c.tol32 ?? Self.tolerance32, Self.floor32)
            let error = relativeError(got, c.expected, floor: floor)
            #expect(error <= tolerance, "\(c.name) [\(precision)]: error \(error) > \(tolerance) \(c.why ?? "")")
        }
    }
}
