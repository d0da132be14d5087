import CmpltCore
import Testing

struct StudentTTests {
    // Expected values: scipy.stats.t.ppf(p, df), SciPy 1.17, printed with repr, and confirmed with mpmath at
    // 40 digits (root of betainc(ν/2, ½, 0, ν/(ν + t²), regularized=True)/2 = 1 − p). The textbook table values
    // t(0.975; 1, 5, 30, 1000) = 12.706, 2.5706, 2.0423, 1.9623 are these rounded.
    static let cases: [(df: Int, p975: Double, p995: Double, p60: Double, p1e6: Double)] = [
        (1, 12.706204736174694, 63.656741162871526, 0.32491969623290634, -318_309.8861827435),
        (2, 4.302652729749462, 9.924843200918287, 0.2886751345948128, -707.1057205259339),
        (3, 3.1824463052837078, 5.840909309733355, 0.2766706623326898, -103.29946778041935),
        (5, 2.5705818356363146, 4.032142983555228, 0.2671808657041451, -24.771029720515948),
        (10, 2.228138851986274, 3.16927267261695, 0.2601848294920803, -9.751995490940581),
        (30, 2.0422724563012378, 2.7499956535672254, 0.2556053649519128, -5.871117120418882),
        (100, 1.9839715185235518, 2.6258905214380173, 0.25402218245822766, -5.048830877228346),
        (1_000, 1.9623390808264083, 2.580754698065951, 0.25341451583949876, -4.781608620458351),
        (10_000, 1.960201239890626, 2.5763210466685282, 0.253353843445727, -4.75622968505678),
        (1_000_000, 1.959966356814107, 2.5758342201053344, 0.25334717053784184, -4.75345234827968),
    ]

    @Test(arguments: cases)
    func matchesSciPy(df: Int, p975: Double, p995: Double, p60: Double, p1e6: Double) {
        let tolerance = df <= 10_000 ? 1e-13 : 1e-11
        #expect(isClose(StudentT.quantile(0.975, degreesOfFreedom: df), p975, relative: tolerance))
        #expect(isClose(StudentT.quantile(0.025, degreesOfFreedom: df), -p975, relative: tolerance))
        #expect(isClose(StudentT.quantile(0.995, degreesOfFreedom: df), p995, relative: tolerance))
        #expect(isClose(StudentT.quantile(0.6, degreesOfFreedom: df), p60, relative: tolerance))
        #expect(isClose(StudentT.quantile(1e-6, degreesOfFreedom: df), p1e6, relative: tolerance))
    }

    @Test func medianIsZero() {
        #expect(StudentT.quantile(0.5, degreesOfFreedom: 4) == 0)
    }
}
