import CmpltCore
import Testing

struct PoissonTailTests {
    // Expected values: scipy.stats.poisson.sf(k - 1, mean), SciPy 1.17, printed with repr; the large-mean ones
    // confirmed with mpmath.gammainc(k, 0, mean, regularized=True) at 60 digits.
    static let cases: [(k: Int, mean: Double, expected: Double)] = [
        (7, 2.5, 0.014187311990913347),
        (0, 3, 1),
        (1, 0.5, 0.3934693402873665),
        (1, 3, 0.950212931632136),
        (3, 3, 0.5768099188731566),
        (10, 3, 0.0011024881301154815),
        (20, 2, 6.443731393112101e-14),
        (50, 10, 1.8547268838698457e-19),
        (100, 100, 0.5132987982791487),
        (90, 100, 0.8536538253012673),
        (110, 100, 0.17055989790810483),
        (5, 10, 0.9707473119230389),
        (1, 0.001, 0.0009995001666250082),
        (200, 10, 6.057917351915032e-180),
        (1_000, 1_000.5, 0.510510710923179),
        (1, 50, 1),
        (20, 0.001, 4.10640490283015e-79),
        (15, 0.5, 1.4610500924439148e-17),
        (100_300, 100_000, 0.17177944996081052),
        (99_800, 100_000, 0.7368687040234483),
        (1_003_000, 1_000_000, 0.001358035272683129),
    ]

    @Test(arguments: cases)
    func matchesSciPy(k: Int, mean: Double, expected: Double) {
        let probability = PoissonTail.probability(ofAtLeast: k, mean: mean)
        #expect((probability - expected).magnitude <= 1e-13 * expected)
    }

    @Test func degenerateMeans() {
        #expect(PoissonTail.probability(ofAtLeast: 1, mean: 0) == 0)
        #expect(PoissonTail.probability(ofAtLeast: 0, mean: 0) == 1)
        #expect(PoissonTail.probability(ofAtLeast: -3, mean: 2) == 1)
    }
}
