import Testing

@testable import CmpltCore

@Suite struct StringCheckedUTF8Tests {
    /// Whether our check and the standard library's agree on `bytes`, and build the same string.
    private func agrees(_ bytes: [UInt8]) -> Bool {
        let ours = bytes.withUnsafeBufferPointer { String(checkedUTF8: $0) }
        let standard = String(validating: bytes, as: UTF8.self)
        return (ours?.utf8.elementsEqual(bytes) ?? true) && (ours == nil) == (standard == nil)
    }

    @Test func agreesWithTheStandardLibraryOnEveryOneAndTwoByteSequence() {
        for first in 0...255 {
            #expect(agrees([UInt8(first)]))
            for second in 0...255 where !agrees([UInt8(first), UInt8(second)]) {
                Issue.record("disagree on \(first) \(second)")
            }
        }
    }

    @Test func agreesOnLongerSequencesAtEveryBoundary() {
        let interesting: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF]
        for lead in 0xC0...0xFF {
            for second in interesting {
                for third in interesting {
                    if !agrees([UInt8(lead), second, third]) { Issue.record("disagree on \([lead, second, third])") }
                    for fourth in interesting where !agrees([UInt8(lead), second, third, fourth, 0x41]) {
                        Issue.record("disagree on \([lead, second, third, fourth])")
                    }
                }
            }
        }
    }

    @Test func acceptsTextInEveryScript() {
        let text = "plain ASCII, é, شکایت, € ‌ \u{FFFD}, 😀👍🏽🇮🇷, \u{10FFFF}, \u{0}"
        #expect(Array(text.utf8).withUnsafeBufferPointer { String(checkedUTF8: $0) } == text)
    }
}
