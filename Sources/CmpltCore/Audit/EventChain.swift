/// The register's tamper-evident chain: each event's hash covers the previous event's hash
/// and the event's own content, so changing or removing any recorded event changes every
/// hash after it, and the newest hash (the head) vouches for the whole history.
///
///     let hash = EventChain.hash(of: event, after: previous)   // 64 hex digits
///
/// Values of fields that may hold personal data enter the chain as salted digests, so
/// erasing the values (and their salts) later leaves the chain intact and the digests useless
/// for guessing what was erased.
public enum EventChain {
    /// The hash before the first event: 64 zeros.
    public static let genesis = SHA256Digest.zero.hex

    /// The chain hash of `event` after the event whose hash is `previous`.
    ///
    /// The content is every column but the hash, each written as `LENGTH:VALUE` (UTF-8 bytes) or
    /// `-` for none, one per line after the previous hash; for an erasable field the old and new
    /// values are replaced by their digests.
    public static func hash(of event: Event, after previous: String) -> String {
        let erasable = event.field?.isErasable == true
        let parts: [String?] = [
            String(event.id), String(event.complaintID), String(event.at.seconds), event.actor, event.kind.rawValue,
            event.from?.rawValue, event.to?.rawValue, event.field?.rawValue,
            erasable ? event.oldDigest : event.old, erasable ? event.newDigest : event.new, event.note,
        ]
        var text = previous
        for part in parts {
            text += "\n"
            text += part.map { "\($0.utf8.count):\($0)" } ?? "-"
        }
        return SHA256.hash(text).hex
    }

    /// The salted digest that stands for `value` in the chain; `nil` for no value.
    public static func digest(of value: String?, salt: String) -> String? {
        value.map { SHA256.hash(salt + "\n" + $0).hex }
    }

    /// A fresh random salt: 128 bits as 32 hex digits.
    static func newSalt() -> String {
        var generator = SystemRandomNumberGenerator()
        let high = generator.next() as UInt64
        let low = generator.next() as UInt64
        return hex(high) + hex(low)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
