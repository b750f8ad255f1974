import Codegen
import Foundation
import IR
import Models
import Runtime
import Testing

/// Frozen weights are read in place from the memory-mapped checkpoint (DESIGN §4): the store holds
/// pointers into the mapping, compiled code reads them directly, and the results are bit-identical
/// to running on copied weights.
@Suite(.serialized) struct MappedWeightsTests {
    @Test func frozenCheckpointWeightsAreNotCopied() throws {
        let folder = try ModelFolder(path: Fixtures.path("t5-v1_0-tiny"))
        let graph = try folder.elaborate(ParityPaths.repository("graphs/t5.graph"),
                                         bindings: ["B": .int(2), "L": .int(5), "T": .int(3)])
        let mappedStore = try folder.weightStore(for: graph)
        let frozenBytes = graph.weights.filter { $0.role == .frozen }.reduce(0) { $0 + $1.type.byteCount }
        // The reference writer aligns tensors, so every frozen f32 tensor maps in place.
        #expect(mappedStore.mappedBytes == frozenBytes, "\(mappedStore.mappedBytes) of \(frozenBytes) bytes mapped")
        for i in graph.weights.indices where graph.weights[i].role == .frozen {
            #expect(mappedStore.mappedPointer(i) != nil, "\(graph.weights[i].name) was copied")
        }

        var copies: [String: Tensor] = [:]
        for (i, w) in graph.weights.enumerated() { copies[w.name] = mappedStore[i] }  // materializes copies
        let copiedStore = try WeightStore(graph: graph, provided: copies)
        #expect(copiedStore.mappedBytes == 0)

        let inputs = ["input_ids": Tensor(shape: [2, 5], ints: [5, 9, 3, 1, 0, 7, 7, 2, 1, 0]),
                      "attention_mask": Tensor(shape: [2, 5], ints: [1, 1, 1, 1, 0, 1, 1, 1, 1, 0]),
                      "decoder_input_ids": Tensor(shape: [2, 3], ints: [0, 4, 6, 0, 2, 2])]
        let program = try CompiledProgram.compile(graph)
        let fromMapping = try CompiledEngine(program: program, weights: folder.weightStore(for: graph)).run("logits", inputs: inputs)
        let fromCopies = try CompiledEngine(program: program, weights: copiedStore).run("logits", inputs: inputs)
        #expect(fromMapping == fromCopies)
        // The interpreter reads mapped weights through a one-time copy and agrees too.
        let interpreted = try Interpreter(graph: graph, weights: mappedStore).run("logits", inputs: inputs)
        #expect(parityError(fromMapping["logits"]!, interpreted["logits"]!) <= 1e-5)   // max|a − b| / max|b|
    }
}
