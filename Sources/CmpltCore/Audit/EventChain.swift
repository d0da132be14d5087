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
        var hasher = SHA256()
        hasher.update(previous)
        // Each part goes straight into the hasher: building the whole text first cost more than
        // hashing it. Numbers and lengths are small strings, which Swift keeps without allocating.
        func add(_ part: String?) {
            hasher.update(CollectionOfOne(UInt8(ascii: "\n")))
            guard let part else { return hasher.update(CollectionOfOne(UInt8(ascii: "-"))) }
            hasher.update(String(part.utf8.count))
            hasher.update(CollectionOfOne(UInt8(ascii: ":")))
            hasher.update(part)
        }
        add(String(event.id))
        add(String(event.complaintID))
        add(String(event.at.seconds))
        add(event.actor)
        add(event.kind.rawValue)
        add(event.from?.rawValue)
        add(event.to?.rawValue)
        add(event.field?.rawValue)
        add(erasable ? event.oldDigest : event.old)
        add(erasable ? event.newDigest : event.new)
        add(event.note)
        return hasher.finalize().hex
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
