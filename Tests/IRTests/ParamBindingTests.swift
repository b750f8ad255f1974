import Foundation
import IR
import Testing

/// `--set NAME=VALUE` read once into typed bindings: values typed as the elaborator binds them, bad
/// items refused naming the item, later bindings of a name winning, and the saved form (config.json,
/// sweep.json) the list of strings earlier versions wrote.
@Suite struct ParamBindingTests {
    @Test func itemsAreTypedOnce() throws {
        let b = try ParamBindings(parsing: ["prompt_len=8", "alpha=1e-3", "use_fusion=false", "act=gated-gelu", "x= 2 "])
        #expect(b.values == ["prompt_len": .int(8), "alpha": .float(1e-3), "use_fusion": .bool(false),
                             "act": .string("gated-gelu"), "x": .int(2)])
        #expect(b.texts == ["prompt_len=8", "alpha=1e-3", "use_fusion=false", "act=gated-gelu", "x= 2 "])
        // One binding whatever the spelling of its value.
        #expect(try ParamBinding(parsing: "lr=0.10") == ParamBinding(parsing: "lr=0.1"))
        #expect(try ParamBinding(parsing: "lr=0.10") != ParamBinding(parsing: "lr=0.2"))
    }

    @Test(arguments: [
        ("noequals", "--set noequals: expected NAME=VALUE"),
        ("=3", "--set =3: the name is empty"),
        ("n=99999999999999999999", "--set n=99999999999999999999: 99999999999999999999 is out of range for a 64-bit integer"),
        ("eps=1e400", "--set eps=1e400: 1e400 is out of range for a float"),
    ])
    func badItemsAreRefusedNamingThem(_ item: String, message: String) {
        #expect(throws: BindingError(message)) { try ParamBindings(parsing: ["ok=1", item]) }
    }

    @Test func laterBindingsWin() throws {
        let base = try ParamBindings(parsing: ["mix_layers=true", "normalize_pooled=true", "mix_layers=false"])
        #expect(base["mix_layers"] == .bool(false))
        #expect(base.values["mix_layers"] == .bool(false))
        let merged = base.overridden(by: try ParamBindings(parsing: ["mix_layers=true", "prompt_len=8"]))
        #expect(merged.texts == ["normalize_pooled=true", "mix_layers=true", "prompt_len=8"])
        #expect(ParamBindings().overridden(by: ["a": .int(1)]).texts == ["a=1"])
        #expect(merged.removing("mix_layers").texts == ["normalize_pooled=true", "prompt_len=8"])
    }

    @Test func savedAsTheStringsEarlierVersionsWrote() throws {
        struct Saved: Codable, Equatable { var settings: ParamBindings }
        let old = Data(#"{"settings": ["head_per_layer=true", "rank=4", "alpha=0.5"]}"#.utf8)
        let saved = try JSONDecoder().decode(Saved.self, from: old)
        #expect(saved.settings.values == ["head_per_layer": .bool(true), "rank": .int(4), "alpha": .float(0.5)])
        let again = try JSONDecoder().decode(Saved.self, from: try JSONEncoder().encode(saved))
        #expect(again == saved && again.settings.texts == saved.settings.texts)
        let bad = Data(#"{"settings": ["rank"]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Saved.self, from: bad) }
    }
}
