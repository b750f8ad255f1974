import Foundation
import IR
import Runtime
import Testing
@testable import Models

/// Mutated files must give errors (or valid reads), never a crash or an out-of-bounds read.
@Suite("fuzzing the readers")
struct FuzzTests {
    static func mutate(_ bytes: [UInt8], _ rng: inout SplitMix64) -> [UInt8] {
        var b = bytes
        switch rng.next() % 4 {
        case 0:  // flip a few bytes
            for _ in 0..<(1 + Int(rng.next() % 4)) { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
        case 1: b.removeLast(Int(rng.next() % UInt64(b.count)))  // truncate
        case 2:  // corrupt the header length
            let v = UInt64(rng.next() % 2048)
            for i in 0..<8 { b[i] = UInt8(truncatingIfNeeded: v >> (8 * UInt64(i))) }
        default:  // replace a digit in the header (shapes, offsets)
            if let i = b.indices.filter({ (0x30...0x39).contains(b[$0]) }).randomElement(using: &rng) {
                b[i] = 0x30 + UInt8(rng.next() % 10)
            }
        }
        return b
    }

    @Test("1,000 mutated safetensors files: every outcome is a value or a CheckpointError")
    func safetensors() throws {
        let original = try Array(#require(FileManager.default.contents(atPath: Fixtures.path("checkpoints/dtypes.safetensors"))))
        var rng = SplitMix64(seed: 5)
        var errors = 0
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("fuzz.safetensors").path
            for _ in 0..<1000 {
                _ = FileManager.default.createFile(atPath: path, contents: Data(Self.mutate(original, &rng)))
                do {
                    let file = try SafeTensorsFile(path: path)
                    for name in file.names { _ = try file.tensor(name) }
                } catch is CheckpointError {
                    errors += 1
                }
            }
        }
        print("safetensors fuzz: 1000 mutations, \(errors) rejected with CheckpointError")
        #expect(errors > 100, "mutations should mostly be caught")
    }

    @Test("500 mutated sentencepiece protobufs: every outcome is a model or an error")
    func protobuf() throws {
        // The first 4 KB of spiece.model: a few hundred pieces, enough to exercise the reader.
        let whole = try Array(#require(FileManager.default.contents(
            atPath: Fixtures.repository.appendingPathComponent("data/t5-vocab/spiece.model").path)))
        let original = Array(whole.prefix(4096))
        var rng = SplitMix64(seed: 7)
        var rejected = 0
        for _ in 0..<500 {
            var b = original
            for _ in 0..<(1 + Int(rng.next() % 3)) { b[Int(rng.next() % UInt64(b.count))] = UInt8(truncatingIfNeeded: rng.next()) }
            b.removeLast(Int(rng.next() % 64))
            do { _ = try SentencePieceModel(protobuf: b) } catch { rejected += 1 }
        }
        print("protobuf fuzz: 500 mutations, \(rejected) rejected")
        #expect(rejected > 0)
    }
}
