import CmpltCore
import Testing

/// The chain's canonical form is a promise to every register already written: these hashes were
/// computed outside cmplt (Python's hashlib over the text docs/reliability.md describes), so a
/// change in how cmplt feeds an event to SHA-256 breaks them before it breaks `verify` on old files.
@Suite struct EventChainTests {
    @Test func anEditHashesItsPartsAsLengthPrefixedLinesAfterThePreviousHash() {
        let edit = Event(
            id: 7, complaintID: 3, at: Timestamp(seconds: 1_763_735_400), actor: "ana", kind: .edit,
            field: .resolution, new: "Refunded €5")
        #expect(
            EventChain.hash(of: edit, after: EventChain.genesis)
                == "54d903666836bdeb62144c491d38d6f32be4026b5929441bd3d0a5df9c7964c1")
    }

    @Test func aMoveBeforeNineteenSeventyChainsOnThePreviousHash() {
        let move = Event(
            id: 8, complaintID: 3, at: Timestamp(seconds: -86_400), actor: "ana", kind: .move, from: .responded,
            to: .closed, note: "Closed after the call")
        #expect(
            EventChain.hash(of: move, after: "54d903666836bdeb62144c491d38d6f32be4026b5929441bd3d0a5df9c7964c1")
                == "1560eb0d0096ebff06c7e57c41eaffa22165b5c9c6b3d9b7770d2a4fd6dae78c")
    }
}
