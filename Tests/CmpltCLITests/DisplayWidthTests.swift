import Testing

@testable import CmpltCLI

@Suite struct DisplayWidthTests {
    @Test func asciiIsOneColumnPerCharacter() {
        #expect(displayWidth(of: "") == 0)
        #expect(displayWidth(of: "received") == 8)
        #expect(displayWidth(of: "a b~") == 4)
    }

    @Test func controlCharactersTakeNoColumns() {
        #expect(displayWidth(of: "a\tb\n") == 2)
        #expect(displayWidth(of: "\u{1B}\u{7F}\u{85}") == 0)
    }

    @Test func cjkAndFullwidthAreTwoColumns() {
        #expect(displayWidth(of: "日本語") == 6)
        #expect(displayWidth(of: "한국어") == 6)
        #expect(displayWidth(of: "カタカナ") == 8)
        #expect(displayWidth(of: "ＡＢ") == 4)
        #expect(displayWidth(of: "𠀀") == 2)
        #expect(displayWidth(of: "a日b") == 4)
    }

    @Test func emojiAreTwoColumns() {
        #expect(displayWidth(of: "😀") == 2)
        #expect(displayWidth(of: "👍🏽") == 2)
        #expect(displayWidth(of: "🇮🇷") == 2)
        #expect(displayWidth(of: "❤️") == 2)
        #expect(displayWidth(of: "1️⃣") == 2)
        #expect(displayWidth(of: "ok 😀!") == 6)
    }

    @Test func textPresentationSymbolsAreOneColumn() {
        #expect(displayWidth(of: "❤") == 1)
        #expect(displayWidth(of: "©") == 1)
        #expect(displayWidth(of: "…") == 1)
    }

    @Test func zwjSequencesAreOneEmoji() {
        #expect(displayWidth(of: "👨‍👩‍👧‍👦") == 2)
        #expect(displayWidth(of: "🏳️‍🌈") == 2)
        #expect(displayWidth(of: "👩🏽‍💻x") == 3)
    }

    @Test func combiningMarksAndFormatCharactersTakeNoColumns() {
        #expect(displayWidth(of: "e\u{301}") == 1)
        #expect(displayWidth(of: "a\u{300}\u{316}") == 1)
        #expect(displayWidth(of: "\u{301}") == 0)
        #expect(displayWidth(of: "a\u{200B}b") == 2)
        #expect(displayWidth(of: "\u{200D}") == 0)
        #expect(displayWidth(of: "\u{FE0F}") == 0)
        #expect(displayWidth(of: "\u{300}") == 0)
        #expect(displayWidth(of: "soft\u{AD}hyphen") == 10)
        #expect(displayWidth(of: "\u{2FF}ñ") == 2)
    }

    @Test func persianIsOneColumnPerLetter() {
        #expect(displayWidth(of: "شکایت") == 5)
        #expect(displayWidth(of: "تأخیر") == 5)
    }

    @Test func characterWidthMatchesStringWidth() {
        for character: Character in ["a", "日", "😀", "e\u{301}", "\r\n", "👨‍👩‍👧"] {
            #expect(displayWidth(of: character) == displayWidth(of: String(character)))
        }
    }
}
