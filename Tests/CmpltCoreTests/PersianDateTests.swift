import CmpltCore
import Testing

/// Nowruz (1 Farvardin) of 1354–1474 AP as (Persian year, Gregorian year, month, day).
///
/// Generated with PyPI `jdatetime` 6.1.1 (`jdatetime.date(y, 1, 1).togregorian()`); PyPI `jalaali` 0.0.1 (a port of
/// `jalaali-js`) and `persiantools` give the same dates for every year from 1300 to 1500.
private let nowruzTable: [(persianYear: Int, year: Int, month: Int, day: Int)] = [
    (1354, 1975, 3, 21), (1355, 1976, 3, 21), (1356, 1977, 3, 21), (1357, 1978, 3, 21), (1358, 1979, 3, 21),
    (1359, 1980, 3, 21), (1360, 1981, 3, 21), (1361, 1982, 3, 21), (1362, 1983, 3, 21), (1363, 1984, 3, 21),
    (1364, 1985, 3, 21), (1365, 1986, 3, 21), (1366, 1987, 3, 21), (1367, 1988, 3, 21), (1368, 1989, 3, 21),
    (1369, 1990, 3, 21), (1370, 1991, 3, 21), (1371, 1992, 3, 21), (1372, 1993, 3, 21), (1373, 1994, 3, 21),
    (1374, 1995, 3, 21), (1375, 1996, 3, 20), (1376, 1997, 3, 21), (1377, 1998, 3, 21), (1378, 1999, 3, 21),
    (1379, 2000, 3, 20), (1380, 2001, 3, 21), (1381, 2002, 3, 21), (1382, 2003, 3, 21), (1383, 2004, 3, 20),
    (1384, 2005, 3, 21), (1385, 2006, 3, 21), (1386, 2007, 3, 21), (1387, 2008, 3, 20), (1388, 2009, 3, 21),
    (1389, 2010, 3, 21), (1390, 2011, 3, 21), (1391, 2012, 3, 20), (1392, 2013, 3, 21), (1393, 2014, 3, 21),
    (1394, 2015, 3, 21), (1395, 2016, 3, 20), (1396, 2017, 3, 21), (1397, 2018, 3, 21), (1398, 2019, 3, 21),
    (1399, 2020, 3, 20), (1400, 2021, 3, 21), (1401, 2022, 3, 21), (1402, 2023, 3, 21), (1403, 2024, 3, 20),
    (1404, 2025, 3, 21), (1405, 2026, 3, 21), (1406, 2027, 3, 21), (1407, 2028, 3, 20), (1408, 2029, 3, 20),
    (1409, 2030, 3, 21), (1410, 2031, 3, 21), (1411, 2032, 3, 20), (1412, 2033, 3, 20), (1413, 2034, 3, 21),
    (1414, 2035, 3, 21), (1415, 2036, 3, 20), (1416, 2037, 3, 20), (1417, 2038, 3, 21), (1418, 2039, 3, 21),
    (1419, 2040, 3, 20), (1420, 2041, 3, 20), (1421, 2042, 3, 21), (1422, 2043, 3, 21), (1423, 2044, 3, 20),
    (1424, 2045, 3, 20), (1425, 2046, 3, 21), (1426, 2047, 3, 21), (1427, 2048, 3, 20), (1428, 2049, 3, 20),
    (1429, 2050, 3, 21), (1430, 2051, 3, 21), (1431, 2052, 3, 20), (1432, 2053, 3, 20), (1433, 2054, 3, 21),
    (1434, 2055, 3, 21), (1435, 2056, 3, 20), (1436, 2057, 3, 20), (1437, 2058, 3, 21), (1438, 2059, 3, 21),
    (1439, 2060, 3, 20), (1440, 2061, 3, 20), (1441, 2062, 3, 20), (1442, 2063, 3, 21), (1443, 2064, 3, 20),
    (1444, 2065, 3, 20), (1445, 2066, 3, 20), (1446, 2067, 3, 21), (1447, 2068, 3, 20), (1448, 2069, 3, 20),
    (1449, 2070, 3, 20), (1450, 2071, 3, 21), (1451, 2072, 3, 20), (1452, 2073, 3, 20), (1453, 2074, 3, 20),
    (1454, 2075, 3, 21), (1455, 2076, 3, 20), (1456, 2077, 3, 20), (1457, 2078, 3, 20), (1458, 2079, 3, 21),
    (1459, 2080, 3, 20), (1460, 2081, 3, 20), (1461, 2082, 3, 20), (1462, 2083, 3, 21), (1463, 2084, 3, 20),
    (1464, 2085, 3, 20), (1465, 2086, 3, 20), (1466, 2087, 3, 21), (1467, 2088, 3, 20), (1468, 2089, 3, 20),
    (1469, 2090, 3, 20), (1470, 2091, 3, 21), (1471, 2092, 3, 20), (1472, 2093, 3, 20), (1473, 2094, 3, 20),
    (1474, 2095, 3, 20),
]

/// The leap years 1300–1500 AP, from PyPI `jdatetime` 6.1.1 (`jdatetime.date(y, 1, 1).isleap()`), which `jalaali` and
/// `persiantools` agree with.
private let leapYears1300to1500: Set<Int> = [
    1300, 1304, 1309, 1313, 1317, 1321, 1325, 1329, 1333, 1337, 1342, 1346,
    1350, 1354, 1358, 1362, 1366, 1370, 1375, 1379, 1383, 1387, 1391, 1395,
    1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436, 1441, 1445,
    1449, 1453, 1457, 1461, 1465, 1469, 1474, 1478, 1482, 1486, 1490, 1494,
    1498,
]

@Suite struct PersianDateTests {
    @Test func nowruzMatchesTheReferenceTableFor1354Through1474() throws {
        #expect(nowruzTable.count == 121)
        for row in nowruzTable {
            let nowruz = try #require(PersianDate(year: row.persianYear, month: 1, day: 1))
            let expected = try #require(CivilDate(year: row.year, month: row.month, day: row.day))
            #expect(nowruz.gregorian == expected, "Nowruz \(row.persianYear)")
            #expect(PersianDate(expected) == nowruz, "Nowruz \(row.persianYear)")
            #expect(PersianDate(expected.adding(days: -1)).year == row.persianYear - 1, "eve of \(row.persianYear)")
        }
    }

    @Test(arguments: [
        ((1403, 1, 1), (2024, 3, 20)),
        ((1404, 1, 1), (2025, 3, 21)),
        ((1405, 1, 1), (2026, 3, 21)),
        ((1405, 8, 30), (2026, 11, 21)),
        ((1404, 12, 29), (2026, 3, 20)),
        ((1403, 12, 30), (2025, 3, 20)),
        ((1348, 10, 11), (1970, 1, 1)),
        ((1357, 11, 22), (1979, 2, 11)),
        ((1399, 6, 31), (2020, 9, 21)),
        ((1399, 7, 1), (2020, 9, 22)),
    ])
    func knownDates(persian: (Int, Int, Int), gregorian: (Int, Int, Int)) throws {
        let persianDate = try #require(PersianDate(year: persian.0, month: persian.1, day: persian.2))
        let civilDate = try #require(CivilDate(year: gregorian.0, month: gregorian.1, day: gregorian.2))
        #expect(persianDate.gregorian == civilDate)
        #expect(PersianDate(civilDate) == persianDate)
    }

    @Test func leapYearsMatchTheReferenceFor1300Through1500() {
        for year in 1_300...1_500 {
            #expect(PersianDate.isLeap(year) == leapYears1300to1500.contains(year), "year \(year)")
        }
        #expect(PersianDate.isLeap(1_399))
        #expect(PersianDate.isLeap(1_403))
        #expect(!PersianDate.isLeap(1_404))
        #expect(PersianDate.isLeap(1_408))
    }

    @Test func leapYearsHaveThirtyDaysInEsfandAndOthersTwentyNine() {
        for year in 1_300...1_500 {
            #expect((PersianDate(year: year, month: 12, day: 30) != nil) == PersianDate.isLeap(year), "year \(year)")
            #expect(PersianDate(year: year, month: 12, day: 29) != nil)
            let nextNowruz = PersianDate(year: year + 1, month: 1, day: 1)!.gregorian
            let length = nextNowruz.daysSinceEpoch - PersianDate(year: year, month: 1, day: 1)!.gregorian.daysSinceEpoch
            #expect(length == (PersianDate.isLeap(year) ? 366 : 365), "year \(year)")
        }
    }

    @Test(arguments: [
        (1404, 12, 30), (1404, 13, 1), (1404, 0, 1), (1404, 1, 32), (1404, 1, 0), (1404, 7, 31), (1404, 11, 31),
        (1403, 12, 31), (1405, 6, -1),
    ])
    func invalidDatesAreRejected(year: Int, month: Int, day: Int) {
        #expect(PersianDate(year: year, month: month, day: day) == nil)
    }

    @Test func monthLengthsAreValidated() {
        for month in 1...6 {
            #expect(PersianDate(year: 1_404, month: month, day: 31) != nil)
            #expect(PersianDate(year: 1_404, month: month, day: 32) == nil)
        }
        for month in 7...11 {
            #expect(PersianDate(year: 1_404, month: month, day: 30) != nil)
            #expect(PersianDate(year: 1_404, month: month, day: 31) == nil)
        }
        #expect(PersianDate(year: 1_403, month: 12, day: 30) != nil)
        #expect(PersianDate(year: 1_404, month: 12, day: 29) != nil)
    }

    @Test func descriptionIsZeroPadded() {
        #expect(PersianDate(year: 1_405, month: 8, day: 30)!.description == "1405-08-30")
        #expect(PersianDate(year: 1_404, month: 1, day: 1)!.description == "1404-01-01")
        #expect(PersianDate(year: 999, month: 12, day: 9)!.description == "0999-12-09")
        #expect(PersianDate(CivilDate(year: 2026, month: 11, day: 21)!).description == "1405-08-30")
    }

    @Test func ordersByYearThenMonthThenDay() {
        let dates = [(1404, 12, 29), (1405, 1, 1), (1405, 1, 2), (1405, 2, 1), (1405, 12, 1)].map {
            PersianDate(year: $0.0, month: $0.1, day: $0.2)!
        }
        for (earlier, later) in zip(dates, dates.dropFirst()) {
            #expect(earlier < later)
            #expect(!(later < earlier))
            #expect(earlier.gregorian < later.gregorian)
        }
        #expect(dates.shuffled().sorted() == dates)
    }

    @Test func monthNamesAreTransliterated() {
        #expect(
            PersianDate.monthNames == [
                "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
                "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
            ]
        )
        #expect(PersianDate(year: 1_405, month: 8, day: 30)!.monthName == "Aban")
        #expect(PersianDate(year: 1_405, month: 1, day: 1)!.monthName == "Farvardin")
        #expect(PersianDate(year: 1_403, month: 12, day: 30)!.monthName == "Esfand")
    }
}
