/// Decimal rounding, half away from zero, of a number as it is written rather than as it is stored in binary.
///
/// ```swift
/// Rounding.round(2.675, places: 2)  // 2.68, though the double stored is 2.67499999999999982236431605997…
/// Rounding.round(-2.5, places: 0)   // -3.0
/// ```
///
/// The method: the value is rounded digit by digit on its shortest round-trip decimal form (Swift's
/// `description`, the fewest significant digits that read back as the same double), so `1.005` rounds like the
/// decimal 1.005 and not like its binary neighbour 1.00499999999999989…; the rounded digits are then read back
/// as the nearest double. No epsilon is involved, so a value genuinely below the half, such as 1.004999999999,
/// still rounds down (a relative nudge of 1e-9 would push it up).
public enum Rounding {
    /// Rounds `x` to `places` decimals, half away from zero; non-finite values are returned unchanged.
    ///
    /// ```swift
    /// Rounding.round(1.005, places: 2)        // 1.01
    /// Rounding.round(99.95, places: 1)        // 100.0
    /// Rounding.round(1_234.5, places: -2)     // 1200.0
    /// ```
    ///
    /// A negative `places` rounds to tens, hundreds and so on. A result of zero is always `0.0`, never `-0.0`,
    /// so that `-0.001` does not print as `-0.0` in reports.
    public static func round(_ x: Double, places: Int) -> Double {
        guard x.isFinite else { return x }
        guard x != 0 else { return 0 }
        let text = Array(x.magnitude.description.utf8)
        let exponentMark = text.firstIndex(of: UInt8(ascii: "e")) ?? text.endIndex
        let mantissa = text[..<exponentMark]
        let exponent = Int(String(decoding: text[exponentMark...].dropFirst(), as: UTF8.self)) ?? 0
        let point = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.endIndex
        var digits = Array(mantissa.filter { $0 != UInt8(ascii: ".") })
        // `digits` read as an integer times 10^(integerDigits - digits.count) is the magnitude of `x`.
        let integerDigits = point - mantissa.startIndex + exponent
        let kept = integerDigits + places
        if kept >= digits.count { return x }
        if kept < 0 { return 0 }
        let roundsUp = digits[kept] >= UInt8(ascii: "5")
        digits.removeSubrange(kept...)
        if roundsUp { incrementDecimal(&digits) }
        guard digits.contains(where: { $0 != UInt8(ascii: "0") }) else { return 0 }
        let magnitude = Double(String(decoding: digits, as: UTF8.self) + "e\(-places)")!
        return x < 0 ? -magnitude : magnitude
    }

    /// Adds one to the decimal integer spelled by the ASCII `digits`, growing it by a leading `1` on overflow.
    private static func incrementDecimal(_ digits: inout [UInt8]) {
        for index in digits.indices.reversed() {
            if digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
            } else {
                digits[index] += 1
                return
            }
        }
        digits.insert(UInt8(ascii: "1"), at: 0)
    }
}
