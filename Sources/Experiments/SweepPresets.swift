import IR
import Support
import Trainer

/// The EPT paper's experiments as named grids (`eptc sweep --preset NAME`). Each fixes the
/// configurations and the baseline that relative training times are measured against; tasks, seeds
/// and the budget come from the command line, and `--set NAME=V1,V2` can add or replace an axis.
public struct SweepPreset: Sendable {
    public let name: String
    public let summary: String
    public let variants: [SweepVariant]
    public let axes: [SweepAxis]
    public let baseline: String

    public static let all: [SweepPreset] = [compare, ablation, spaces, sensitivity]

    public static func named(_ name: String) -> SweepPreset? { all.first { $0.name == name } }
    public static var names: [String] { all.map(\.name) }

    /// EPT against the baselines at each method's default size (MethodCatalog): the sweep prints
    /// every configuration's trainable count so the budgets can be compared.
    public static let compare = SweepPreset(
        name: "compare", summary: "EPT, DePT, PT, LoRA and fine-tuning at their default sizes",
        variants: ["ept", "dept", "pt", "lora", "finetune"].map { SweepVariant(label: $0, method: $0) },
        axes: [], baseline: "dept")

    /// The paper's ablation on EPT's graph at EPT's s and r, so that only the two modules change:
    /// both off is DePT's computation (a MethodsTests test checks the losses are bit-identical).
    public static let ablation = SweepPreset(
        name: "ablation", summary: "DePT → + prompt fusion → + multi-space projection → EPT (both)",
        variants: [
            SweepVariant(label: "dept", method: "ept", settings: ["use_fusion": .bool(false), "use_multispace": .bool(false)]),
            SweepVariant(label: "dept+fusion", method: "ept", settings: ["use_fusion": .bool(true), "use_multispace": .bool(false)]),
            SweepVariant(label: "dept+multispace", method: "ept", settings: ["use_fusion": .bool(false), "use_multispace": .bool(true)]),
            SweepVariant(label: "ept", method: "ept", settings: ["use_fusion": .bool(true), "use_multispace": .bool(true)]),
        ],
        axes: [], baseline: "dept")

    /// The number of spaces N (`--set spaces=2,3,4,5,6,7,8` for every value).
    public static let spaces = SweepPreset(
        name: "spaces", summary: "EPT with N = 2, 4, 6, 8 spaces",
        variants: [SweepVariant(label: "ept", method: "ept")],
        axes: [SweepAxis(name: "spaces", values: [2, 4, 6, 8].map { ParamBinding(name: "spaces", value: .int($0)) })],
        baseline: "ept-spaces=4")

    /// The short-prompt length s at EPT's rank, then the rank r at EPT's s. Both are written out in
    /// every configuration (EPT's defaults: s = 40, r = 20) so the report can draw metric vs s and
    /// metric vs r; the default point is one run shared by both lines.
    public static let sensitivity: SweepPreset = {
        let s = [20, 40, 60, 80].map {
            SweepVariant(label: "ept-s\($0)-r20", method: "ept", settings: ["prompt_len": .int($0), "rank": .int(20)])
        }
        let r = [4, 8, 30].map {
            SweepVariant(label: "ept-s40-r\($0)", method: "ept", settings: ["prompt_len": .int(40), "rank": .int($0)])
        }
        return SweepPreset(name: "sensitivity", summary: "EPT with s = 20, 40, 60, 80 (r = 20) and r = 4, 8, 20, 30 (s = 40)",
                           variants: s + r, axes: [], baseline: "ept-s40-r20")
    }()
}
