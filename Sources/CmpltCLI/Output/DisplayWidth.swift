/// Returns how many terminal columns `string` occupies, as the sum of its characters' widths.
///
/// East Asian Wide and Fullwidth characters and emoji take two columns; combining marks,
/// format characters (such as the zero-width joiner) and control characters take none;
/// everything else takes one. The overload for `Character` states the rule for one character.
///
/// ```swift
/// displayWidth(of: "abc")    // 3
/// displayWidth(of: "日本")   // 4
/// displayWidth(of: "e\u{301}")  // 1
/// ```
func displayWidth(of string: String) -> Int {
    func isPrintableASCII(_ byte: UInt8) -> Bool { byte >= 0x20 && byte < 0x7F }
    let allPrintableASCII =
        string.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPrintableASCII) }
        ?? string.utf8.allSatisfy(isPrintableASCII)
    if allPrintableASCII {
        return string.utf8.count
    }
    return string.reduce(0) { $0 + displayWidth(of: $1) }
}

/// Returns how many terminal columns one grapheme cluster occupies: 0, 1 or 2.
///
/// A cluster is two columns wide when it is drawn as an emoji (its first scalar has emoji
/// presentation, or is an emoji followed by variation selector 16, as in keycaps and ZWJ
/// sequences); otherwise its first scalar decides, and the marks and joiners that follow it
/// add nothing.
func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    let first = scalars[scalars.startIndex]
    let isSingleScalar = scalars.index(after: scalars.startIndex) == scalars.endIndex
    // No scalar below U+1100 has emoji presentation; the few emoji there (digits, ©, ®) need
    // a variation selector, so a lone scalar below U+1100 skips the emoji lookups.
    if first.value >= 0x1100 || !isSingleScalar {
        let properties = first.properties
        if properties.isEmojiPresentation
            || (!isSingleScalar && properties.isEmoji && scalars.contains("\u{FE0F}"))
        {
            return 2
        }
    }
    return displayWidth(of: first)
}

/// Returns the columns one scalar occupies on its own: 0 for controls, marks and format
/// characters, 2 for East Asian Wide and Fullwidth, else 1.
private func displayWidth(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch value {
    case 0..<0x20, 0x7F..<0xA0, 0xAD:  // C0 and C1 controls, and SOFT HYPHEN (a format character)
        return 0
    case 0x20..<0x300:  // Latin, IPA and spacing modifiers hold no marks or wide characters
        return 1
    default:
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            return isWide(value) ? 2 : 1
        }
    }
}

/// Whether `value` lies in a block that Unicode's EastAsianWidth.txt marks Wide or Fullwidth.
private func isWide(_ value: UInt32) -> Bool {
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
        let middle = (low + high) / 2
        let range = wideRanges[middle]
        if value < range.lowerBound {
            high = middle - 1
        } else if value > range.upperBound {
            low = middle + 1
        } else {
            return true
        }
    }
    return false
}

/// East Asian Wide and Fullwidth blocks, sorted; emoji are found by their properties instead.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo initial consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x303E,  // CJK radicals, Kangxi radicals, CJK symbols and punctuation
    0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, CJK compatibility
    0x3400...0x4DBF,  // CJK unified ideographs extension A
    0x4E00...0x9FFF,  // CJK unified ideographs
    0xA000...0xA4CF,  // Yi syllables and radicals
    0xA960...0xA97F,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
    0xFF00...0xFF60,  // fullwidth ASCII variants
    0xFFE0...0xFFE6,  // fullwidth symbol variants
    0x16FE0...0x16FF1,  // ideographic symbols and punctuation
    0x17000...0x18D08,  // Tangut, Khitan small script
    0x1AFF0...0x1B2FF,  // Kana supplements and extensions, Nushu
    0x1F200...0x1F2FF,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK unified ideographs extensions B–F, compatibility supplement
    0x30000...0x3FFFD,  // CJK unified ideographs extensions G–H
]
