/// How a complaint ended (ISO 10002 7.9, closing the complaint).
public enum Outcome: String, Vocabulary {
    /// The complainant accepted the response.
    case accepted
    /// The complainant did not answer the response.
    case noReply = "no-reply"
    /// The organisation's final decision, not accepted by the complainant.
    case final
    /// The complainant withdrew the complaint; the only outcome that may close it early.
    case withdrawn
    /// Passed to another body (an ombudsman, a regulator, a supplier).
    case referred

    public static let noun = "outcome"
}
