import Foundation
import IR

/// T5 (v1.0, v1.1, flan) hyper-parameters as `transformers` reads them from `config.json`.
public struct T5Config: Equatable, Sendable {
    public enum FeedForward: String, Sendable { case relu, gatedGelu = "gated-gelu" }

    public var dModel: Int
    public var dKV: Int
    public var dFF: Int
    public var numLayers: Int
    public var numDecoderLayers: Int
    public var numHeads: Int
    public var relativeAttentionNumBuckets: Int
    public var relativeAttentionMaxDistance: Int
    public var feedForward: FeedForward
    /// `tie_word_embeddings` as written (absent → true, transformers' default).
    public var tieWordEmbeddings: Bool
    /// Whether the decoder output is multiplied by `d_model^-0.5` before the LM head (DESIGN §5):
    /// `scale_decoder_outputs` when present, else `tie_word_embeddings != false` (older configs).
    public var scaleDecoderOutputs: Bool
    public var layerNormEpsilon: Double
    public var vocabSize: Int
    public var padTokenID: Int
    public var eosTokenID: Int
    public var decoderStartTokenID: Int
    /// `dropout_rate` (transformers' default 0.1): every dropout site of the T5 graphs in training.
    public var dropoutRate: Double

    /// Inner attention width; differs from d_model in v1.1 shapes.
    public var innerDim: Int { dKV * numHeads }

    init(_ f: ConfigFields) throws {
        dModel = try f.int("d_model")
        dKV = try f.int("d_kv")
        dFF = try f.int("d_ff")
        numLayers = try f.int("num_layers")
        numDecoderLayers = try f.int("num_decoder_layers", default: numLayers)
        numHeads = try f.int("num_heads")
        relativeAttentionNumBuckets = try f.int("relative_attention_num_buckets", default: 32)
        relativeAttentionMaxDistance = try f.int("relative_attention_max_distance", default: 128)
        let ffn = try f.string("feed_forward_proj", default: "relu")
        // transformers accepts "gated-gelu" and "gated-gelu_new" style spellings for v1.1.
        switch ffn {
        case "relu": feedForward = .relu
        case "gated-gelu", "gated-gelu_new": feedForward = .gatedGelu
        default: throw f.fail("field 'feed_forward_proj' is '\(ffn)'; supported: relu, gated-gelu")
        }
        tieWordEmbeddings = try f.bool("tie_word_embeddings") ?? true
        scaleDecoderOutputs = try f.bool("scale_decoder_outputs") ?? tieWordEmbeddings
        layerNormEpsilon = try f.double("layer_norm_epsilon", default: 1e-6, positive: true)
        vocabSize = try f.int("vocab_size")
        padTokenID = try f.int("pad_token_id", default: 0, positive: false)
        eosTokenID = try f.int("eos_token_id", default: 1, positive: false)
        decoderStartTokenID = try f.optionalInt("decoder_start_token_id") ?? padTokenID
        dropoutRate = try f.probability("dropout_rate", default: 0.1)
    }

    /// The LM head tensor: `lm_head.weight` when the checkpoint has it, else `shared.weight`.
    public func lmHeadTensorName(in checkpoint: Checkpoint) -> String {
        checkpoint.contains("lm_head.weight") ? "lm_head.weight" : "shared.weight"
    }

    /// config.json names, plus `inner_dim` (d_kv·num_heads), `gated_ffn`, `eps` (= layer_norm_epsilon)
    /// and `dropout` (= dropout_rate, the graphs' training dropout).
    public func symbols() -> [String: SymbolValue] {
        [
            "d_model": .int(dModel), "d_kv": .int(dKV), "d_ff": .int(dFF),
            "num_layers": .int(numLayers), "num_decoder_layers": .int(numDecoderLayers),
            "num_heads": .int(numHeads), "inner_dim": .int(innerDim),
            "relative_attention_num_buckets": .int(relativeAttentionNumBuckets),
            "relative_attention_max_distance": .int(relativeAttentionMaxDistance),
            "gated_ffn": .bool(feedForward == .gatedGelu),
            "tie_word_embeddings": .bool(tieWordEmbeddings),
            "scale_decoder_outputs": .bool(scaleDecoderOutputs),
            "layer_norm_epsilon": .float(layerNormEpsilon), "eps": .float(layerNormEpsilon),
            "vocab_size": .int(vocabSize), "pad_token_id": .int(padTokenID),
            "eos_token_id": .int(eosTokenID), "decoder_start_token_id": .int(decoderStartTokenID),
            "dropout": .float(dropoutRate),
        ]
    }
}

/// BERT-family encoder hyper-parameters from `config.json`.
public struct BertConfig: Equatable, Sendable {
    public var hiddenSize: Int
    public var numHiddenLayers: Int
    public var numAttentionHeads: Int
    public var intermediateSize: Int
    /// "gelu" (erf form), "gelu_new"/"gelu_pytorch_tanh" (tanh form) or "relu".
    public var hiddenAct: String
    public var maxPositionEmbeddings: Int
    public var typeVocabSize: Int
    public var layerNormEps: Double
    public var vocabSize: Int
    public var padTokenID: Int
    /// `hidden_dropout_prob`, `attention_probs_dropout_prob` (transformers' defaults 0.1) and
    /// `classifier_dropout` (null → hidden_dropout_prob, as BertForSequenceClassification).
    public var hiddenDropoutProb: Double
    public var attentionProbsDropoutProb: Double
    public var classifierDropout: Double

    public var headDim: Int { hiddenSize / numAttentionHeads }

    static let activations: Set<String> = ["gelu", "gelu_new", "gelu_pytorch_tanh", "relu"]

    init(_ f: ConfigFields) throws {
        hiddenSize = try f.int("hidden_size")
        numHiddenLayers = try f.int("num_hidden_layers")
        numAttentionHeads = try f.int("num_attention_heads")
        intermediateSize = try f.int("intermediate_size")
        hiddenAct = try f.string("hidden_act", default: "gelu")
        maxPositionEmbeddings = try f.int("max_position_embeddings")
        typeVocabSize = try f.int("type_vocab_size", default: 2)
        layerNormEps = try f.double("layer_norm_eps", default: 1e-12, positive: true)
        vocabSize = try f.int("vocab_size")
        padTokenID = try f.int("pad_token_id", default: 0, positive: false)
        hiddenDropoutProb = try f.probability("hidden_dropout_prob", default: 0.1)
        attentionProbsDropoutProb = try f.probability("attention_probs_dropout_prob", default: 0.1)
        classifierDropout = try f.probability("classifier_dropout", default: hiddenDropoutProb)
        guard hiddenSize % numAttentionHeads == 0 else {
            throw f.fail("hidden_size \(hiddenSize) is not a multiple of num_attention_heads \(numAttentionHeads)")
        }
        guard Self.activations.contains(hiddenAct) else {
            throw f.fail("field 'hidden_act' is '\(hiddenAct)'; supported: \(Self.activations.sorted().joined(separator: ", "))")
        }
    }

    /// config.json names, plus `head_dim`, `gelu_tanh` (tanh-form GELU), `eps`, and the graphs'
    /// training dropout rates `dropout` (= hidden_dropout_prob), `attention_dropout`
    /// (= attention_probs_dropout_prob) and `classifier_dropout` (null → hidden_dropout_prob).
    public func symbols() -> [String: SymbolValue] {
        [
            "hidden_size": .int(hiddenSize), "num_hidden_layers": .int(numHiddenLayers),
            "num_attention_heads": .int(numAttentionHeads), "head_dim": .int(headDim),
            "intermediate_size": .int(intermediateSize),
            "gelu_tanh": .bool(hiddenAct == "gelu_new" || hiddenAct == "gelu_pytorch_tanh"),
            "relu": .bool(hiddenAct == "relu"),
            "max_position_embeddings": .int(maxPositionEmbeddings), "type_vocab_size": .int(typeVocabSize),
            "layer_norm_eps": .float(layerNormEps), "eps": .float(layerNormEps),
            "vocab_size": .int(vocabSize), "pad_token_id": .int(padTokenID),
            "dropout": .float(hiddenDropoutProb), "attention_dropout": .float(attentionProbsDropoutProb),
            "classifier_dropout": .float(classifierDropout),
        ]
    }
}
