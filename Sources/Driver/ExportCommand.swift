import ArgumentParser
import Foundation
import Trainer

/// `eptc export --run DIR -o OUT`: a run's trained weights as files PyTorch reads — a PEFT adapter
/// (LoRA, prompt tuning), eptc_adapter.{json,safetensors} for EPT / DePT and the encoder head
/// (tools/torch/eptc_adapter.py), or with --merge a whole Hugging Face model folder.
struct ExportCommand: DriverCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export a run's weights for PyTorch: a PEFT adapter or a merged model folder.",
        discussion: """
        LoRA → adapter_config.json + adapter_model.safetensors (PeftModel.from_pretrained(base, OUT));
        prompt tuning → a PEFT prompt-tuning adapter; EPT, DePT and the encoder head of every method →
        eptc_adapter.json + eptc_adapter.safetensors, applied by tools/torch/eptc_adapter.py.
        --merge (LoRA, full fine-tuning) writes config.json, model.safetensors and the tokenizer files.
        OUT must be new, empty, or an earlier export (replaced whole).
        """)

    @Option(name: .customLong("run"), help: ArgumentHelp("The run folder.", valueName: "DIR"))
    var run: String

    @Option(name: [.customShort("o"), .customLong("out")], help: ArgumentHelp("The folder to write.", valueName: "OUT"))
    var out: String

    @Option(name: .customLong("checkpoint"), help: "best (default) or last.")
    var checkpoint: CheckpointChoice = .best

    @Flag(name: .customLong("merge"), help: "LoRA and full fine-tuning: write a complete model folder with the weights merged.")
    var merge = false

    func validate() throws {
        if out.isEmpty { throw ValidationError("-o: expected a folder") }
    }

    func execute(_ output: inout CommandOutput) throws {
        let resources = try Resources.locate(output.environment)
        let saved = try SavedRun.open(run, checkpoint: checkpoint.rawValue, resources: resources, threads: nil,
                                      environment: output.environment)
        let export = AdapterExport(session: saved.session, store: saved.programs.store, run: absolute(run),
                                   checkpoint: checkpoint.rawValue, step: saved.position.step,
                                   t5Vocabulary: resources.t5Vocabulary)
        let files = try trainerCall { try export.write(to: out, merge: merge) }
        let configuration = saved.session.configuration
        output.print("exported \(configuration.task) · \(configuration.method) · \(checkpoint.rawValue) checkpoint "
                     + "(step \(saved.position.step)) to \(out): " + files.joined(separator: ", "))
    }
}

/// `--checkpoint best|last`: a typed option, refused by the parser otherwise.
enum CheckpointChoice: String, ExpressibleByArgument, CaseIterable {
    case best, last
}
