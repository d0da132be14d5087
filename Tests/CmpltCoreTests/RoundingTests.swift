import CmpltCore
import Testing

struct RoundingTests {
    // Expected values: Python's decimal module on the shortest repr, with the rule of the contract,
    // float(Decimal(repr(x)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)).
    static let cases: [(x: Double, places: Int, expected: Double)] = [
        (2.675, 2, 2.68),
        (1.005, 2, 1.01),
        (-2.5, 0, -3),
        (0.125, 2, 0.13),
        (0.5, 0, 1),
        (1.5, 0, 2),
        (2.5, 0, 3),
        (-0.5, 0, -1),
        (-1.005, 2, -1.01),
        (1.004999999999, 2, 1),
        (12.345, 2, 12.35),
        (12.345, 1, 12.3),
        (1e-05, 2, 0),
        (0.0049, 2, 0),
        (0.005, 2, 0.01),
        (0.0051, 2, 0.01),
        (99.95, 1, 100),
        (9.995, 2, 10),
        (999.995, 2, 1_000),
        (123_456.785, 2, 123_456.79),
        (1e20, 2, 1e20),
        (100.0 / 3, 1, 33.3),
        (200.0 / 3, 1, 66.7),
        (0.1 + 0.2, 2, 0.3),
        (2.4999999999999996, 0, 2),
        (1.45, 1, 1.5),
        (8.345, 2, 8.35),
        (1.255, 2, 1.26),
        (0.285, 2, 0.29),
        (1.5e-07, 7, 2e-07),
        (1_234.5, -2, 1_200),
        (1_250, -2, 1_300),
        (-1_250, -2, -1_300),
        (49.99, -2, 0),
        (4.35, 1, 4.4),
        (-4.35, 1, -4.4),
        (1, 2, 1),
        (3.14159, 4, 3.1416),
        (2.5e-05, 5, 3e-05),
        (0.045, 2, 0.05),
        (1.005 * 1_000, 0, 1_005),
        (1e16 + 2, -1, 1e16),
        (.leastNonzeroMagnitude, 2, 0),
        (37.5, 0, 38),
        (0.15, 1, 0.2),
        (0.25, 1, 0.3),
        (0.35, 1, 0.4),
        (16.665, 2, 16.67),
        (5.015, 2, 5.02),
    ]

    @Test(arguments: cases)
    func roundsHalfAwayFromZeroOnTheDecimalForm(x: Double, places: Int, expected: Double) {
        #expect(Rounding.round(x, places: places) == expected)
    }

    @Test func neverReturnsNegativeZero() {
        for x in [-0.001, -0.0, -1e-300, -0.004] {
            let rounded = Rounding.round(x, places: 2)
            #expect(rounded == 0 && rounded.sign == .plus)
        }
    }

    @Test func leavesNonFiniteValuesAlone() {
        #expect(Rounding.round(.infinity, places: 2) == .infinity)
        #expect(Rounding.round(-.infinity, places: 2) == -.infinity)
        #expect(Rounding.round(.nan, places: 2).isNaN)
    }

    @Test func agreesWithExactDecimalArithmeticOnEveryCentHalf() {
        // k/1000 for odd k ending in 5 is an exact tie in decimal; its double must still round away from zero.
        for thousandths in stride(from: 5, through: 99_995, by: 10) {
            let x = Double(thousandths) / 1_000
            let expected = Double((thousandths + 5) / 10) / 100
            #expect(Rounding.round(x, places: 2) == expected)
            #expect(Rounding.round(-x, places: 2) == -expected)
        }
    }
}
