import Foundation
import Models
import Support
import Tasks

// What a session does differently for a task from the user's own files (`CustomTask`): the label
// set read from the training file when a run starts, the T5 label words checked against the
// tokenizer, and each file's fingerprint recorded once and checked on every later read.

extension RunSession {
    /// The run's task: a shipped one by name, or the custom task its configuration defines. On a
    /// new classification run the labels come from the training file, read here; that split is
    /// returned so that it is read once.
    static func openTask(_ configuration: inout RunConfiguration) throws -> (TaskDefinition, LoadedSplit?) {
        guard var custom = configuration.custom else { return (try TaskRegistry.named(configuration.task), nil) }
        if let problem = custom.problem { throw UserError(problem) }
        var train: LoadedSplit?
        if !custom.regression && custom.labels.isEmpty {
            (custom, train) = try CustomData.resolvingLabels(custom, skipBadRows: configuration.skipBadRows)
            configuration.custom = custom
        }
        return (TaskDefinition(custom: custom), train)
    }

    /// T5 predicts a class by writing its label word, so each word must tokenize to pieces of its
    /// own and decode back to itself — else greedy decoding could never produce it, or two
    /// labels would be one.
    static func checkLabelWords(_ task: TaskDefinition, _ codec: TextCodec) throws {
        guard let custom = task.custom, case .t5(let tokenizer) = codec else { return }
        var seen: [[Int32]: String] = [:]
        for (label, word) in zip(custom.labels, task.labelWords) {
            let ids = tokenizer.encode(word)
            if let other = seen[ids] {
                throw UserError("the label words \"\(other)\" and \"\(word)\" tokenize to the same T5 pieces "
                                   + "\(ids.map(String.init).joined(separator: " ")): the model could not tell them apart; "
                                   + "give one of them another word with --label-words LABEL=WORD")
            }
            seen[ids] = word
            let back = tokenizer.decode(ids).trimmingCharacters(in: .whitespacesAndNewlines)
            guard back == word else {
                throw UserError("the label word \"\(word)\" (label \"\(label)\") comes back from the T5 tokenizer as \"\(back)\": "
                                   + "greedy decoding could never write it; give it another word with --label-words \(label)=WORD")
            }
        }
    }

    /// A custom task's train and dev files are fingerprinted when the run first reads them (the
    /// configuration keeps it, config.json saves it); a later read — `--resume`, `eval` — must find
    /// the same bytes, or the run's checkpoints would meet data they were not trained on. The test
    /// file is not: it never decides training.
    func recordFingerprint(_ split: Split, _ loaded: LoadedSplit) throws {
        guard var custom = configuration.custom, split != .test, var file = custom.file(for: split),
              let now = loaded.fingerprint else { return }
        if let recorded = file.fingerprint {
            guard recorded == now else {
                throw UserError("\(file.path): the \(split) file changed since the run first read it (fingerprint \(recorded), "
                                   + "now \(now)); the run was trained on the old data: restore it, or start a new run")
            }
            return
        }
        file.fingerprint = now
        custom.setFile(file, for: split)
        configuration.custom = custom
    }
}
