import Foundation
import Runtime
import Testing
@testable import Models

@Suite("safetensors writer")
struct SafeTensorsWriterTests {
    @Test("round trip: F32, I32, metadata, 8-byte padded header")
    func roundTrip() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("state.safetensors").path
            let weights = Tensor(shape: [2, 3], floats: [1, -2, 3.5, .pi, -0.0, 1e-30])
            let step = Tensor(shape: [], ints: [42])
            let ids = Tensor(shape: [3], ints: [-1, 0, .max])
            try SafeTensorsWriter.write([(name: "prompt.P", tensor: weights), (name: "step", tensor: step),
                                         (name: "ids \"quoted\"", tensor: ids)],
                                        metadata: ["format": "eptc", "note": "line\nbreak"], to: path)
            let file = try SafeTensorsFile(path: path)
            #expect(file.metadata == ["format": "eptc", "note": "line\nbreak"])
            #expect(try file.tensor("prompt.P") == weights)
            #expect(try file.tensor("step") == step)
            #expect(try file.tensor("ids \"quoted\"") == ids)
            let raw = try #require(FileManager.default.contents(atPath: path))
            let headerLength = raw.prefix(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(headerLength % 8 == 0)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["state.safetensors"])
        }
    }

    @Test("writing over an existing checkpoint replaces it whole")
    func overwriteIsAtomicReplace() throws {
        try withTemporaryFolder { folder in
            let path = folder.appendingPathComponent("ckpt.safetensors").path
            try SafeTensorsWriter.write(["a": Tensor(shape: [1], floats: [1])], to: path)
            try SafeTensorsWriter.write(["a": Tensor(shape: [2], floats: [2, 3])], to: path)
            #expect(try SafeTensorsFile(path: path).tensor("a").floats == [2, 3])
        }
    }

    @Test("on error no file and no temporary file is left behind")
    func atomicOnError() throws {
        try withTemporaryFolder { folder in
            // The target is an existing folder: refused before anything is written.
            let target = folder.appendingPathComponent("taken")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            _ = FileManager.default.createFile(atPath: target.appendingPathComponent("x").path, contents: Data())
            expectCheckpointError(.writeFailed, ["taken", "it is a folder"]) {
                try SafeTensorsWriter.write(["a": Tensor(shape: [1], floats: [1])], to: target.path)
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
            // Duplicate names are refused before anything is written.
            let path = folder.appendingPathComponent("dup.safetensors").path
            expectCheckpointError(.writeFailed, ["duplicate tensor name 'a'"]) {
                try SafeTensorsWriter.write([(name: "a", tensor: .scalar(Float(1))), (name: "a", tensor: .scalar(Float(2)))],
                                            to: path)
            }
            #expect(!FileManager.default.fileExists(atPath: path))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["taken"])
            // A missing folder: the temporary file cannot even be created.
            expectCheckpointError(.writeFailed, ["no such file or directory"]) {
                try SafeTensorsWriter.write(["a": .scalar(Float(1))], to: folder.appendingPathComponent("no/such.safetensors").path)
            }
        }
    }
}
