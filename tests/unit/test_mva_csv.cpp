// The MVA CSV reader on malformed and hostile input: every error names its line and
// column so that an operator can fix the file (issue 5 acceptance).
#include "mva/Csv.h"
#include "mva/MvaError.h"
#include "mva/Pca.h"

#include <QTest>

#include <cmath>

using namespace batch::mva;

namespace {

// The error text of parsing `text`, or "" when it parsed.
QString errorOf(std::string_view text, const CsvLimits& lim = {}) {
    try {
        parseCsv(text, lim);
    } catch (const MvaError& e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

}  // namespace

class TestMvaCsv : public QObject {
    Q_OBJECT

private slots:
    void parsesQuotedHeaderAndMissing() {
        const CsvTable t = parseCsv(
            "\xEF\xBB\xBF\"temp, inlet\",\"say \"\"hi\"\"\",c\r\n1,2,3\r\n"
            "NA, nan ,\n+4.5e1,-1,\"7\"\n\n");
        QCOMPARE(t.names.size(), size_t{3});
        QCOMPARE(t.names[0], std::string("temp, inlet"));
        QCOMPARE(t.names[1], std::string("say \"hi\""));
        QCOMPARE(t.values.rows(), 3);
        QVERIFY(std::isnan(t.values(1, 0)) && std::isnan(t.values(1, 1)) &&
                std::isnan(t.values(1, 2)));
        QCOMPARE(t.values(2, 0), 45.0);
        QCOMPARE(t.values(2, 2), 7.0);
    }
    void exactDecimalParsing() {
        const CsvTable t = parseCsv("a\n0.1\n5.1\n");
        QCOMPARE(t.values(0, 0), 0.1);
        QCOMPARE(t.values(1, 0), 5.1);
    }
    void emptyFile() {
        QVERIFY(errorOf("").contains(QLatin1String("empty file")));
        QVERIFY(errorOf("\n\n").contains(QLatin1String("empty file")));
        QVERIFY(errorOf("a,b\n").contains(QLatin1String("no data rows")));
    }
    void raggedRow() {
        const QString e = errorOf("a,b,c\n1,2,3\n4,5\n");
        QVERIFY2(e.contains(QLatin1String("line 3")) && e.contains(QLatin1String("ragged")),
                 qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("column 3 ('c') and after are missing")), qPrintable(e));
        const QString wide = errorOf("a,b\n1,2,3\n");
        QVERIFY2(wide.contains(QLatin1String("line 2")) &&
                     wide.contains(QLatin1String("column 3 is beyond the header")),
                 qPrintable(wide));
    }
    void textInNumericColumn() {
        const QString e = errorOf("a,temp\n1,2\n3,warm\n");
        QVERIFY2(e.contains(QLatin1String("line 3")) && e.contains(QLatin1String("column 2")) &&
                     e.contains(QLatin1String("'temp'")) && e.contains(QLatin1String("warm")),
                 qPrintable(e));
        QVERIFY(errorOf("a\n1.5x\n").contains(QLatin1String("not a number")));
        QVERIFY(errorOf("a\ninf\n").contains(QLatin1String("not a number")));
        QVERIFY(errorOf("a\n1e999\n").contains(QLatin1String("not a number")));
    }
    void lineNumbersCountQuotedLineBreaks() {
        const QString e = errorOf("\"a\nb\",c\n1,x\n");
        QVERIFY2(e.contains(QLatin1String("line 3")), qPrintable(e));
    }
    void malformedQuotes() {
        QVERIFY(errorOf("a\n\"1\n").contains(QLatin1String("unterminated")));
        QVERIFY(errorOf("a,b\n\"1\"x,2\n").contains(QLatin1String("after a closing quote")));
        QVERIFY(errorOf("a,,c\n1,2,3\n").contains(QLatin1String("empty variable name")));
    }
    void boundedAgainstHostileInput() {
        CsvLimits lim;
        lim.maxBytes = 64;
        QVERIFY(errorOf(std::string(100, '1'), lim).contains(QLatin1String("larger than")));
        lim = CsvLimits{};
        lim.maxColumns = 4;
        QVERIFY(errorOf("a,b,c,d,e\n", lim).contains(QLatin1String("more than 4 columns")));
        lim = CsvLimits{};
        lim.maxFieldBytes = 8;
        QVERIFY(errorOf("a\n1234567890123\n", lim).contains(QLatin1String("longer than")));
        lim = CsvLimits{};
        lim.maxCells = 4;
        QVERIFY(errorOf("a,b\n1,2\n3,4\n5,6\n", lim).contains(QLatin1String("line 4")));
        // Binary noise: an error, never a crash.
        std::string noise;
        for (int i = 0; i < 4096; ++i) noise += static_cast<char>((i * 7919) % 256);
        QVERIFY(!errorOf(noise).isEmpty());
    }
    void constantColumnWithUvScaling() {
        const CsvTable t = parseCsv("a,flat,c\n1,5,2\n2,5,1\n3,5,7\n4,5,3\n");
        PcaOptions o;
        o.components = 1;
        o.scaling = Scaling::UnitVariance;
        try {
            fitPca(t.values, t.names, o);
            QFAIL("constant column accepted");
        } catch (const MvaError& e) {
            const QString m = QString::fromStdString(e.what());
            QVERIFY2(m.contains(QLatin1String("column 2")) && m.contains(QLatin1String("'flat'")) &&
                         m.contains(QLatin1String("constant")),
                     qPrintable(m));
        }
        o.scaling = Scaling::None;  // a constant column is harmless without scaling
        QCOMPARE(fitPca(t.values, t.names, o).model.components(), 1);
    }
    void onlyTheNamedColumnsAreRead() {
        CsvLimits lim;
        lim.numericColumns = {"b"};
        const CsvTable t = parseCsv("id,a,b\nX1,warm,1.5\nX2,,2\n", lim);
        QCOMPARE(t.names, std::vector<std::string>{"b"});
        QCOMPARE(t.values(1, 0), 2.0);
        lim.numericColumns = {"c"};
        QVERIFY(errorOf("id,a,b\nX1,1,2\n", lim).contains(QLatin1String("no column named 'c'")));
        lim.numericColumns = {"a"};
        QVERIFY(errorOf("id,a,b\nX1,warm,2\n", lim).contains(QLatin1String("column 2 ('a')")));
    }
    void moreComponentsThanRank() {
        const CsvTable t = parseCsv("a,b\n1,2\n2,1\n3,5\n4,4\n");
        PcaOptions o;
        o.components = 3;
        try {
            fitPca(t.values, t.names, o);
            QFAIL("too many components accepted");
        } catch (const MvaError& e) {
            QVERIFY2(std::string(e.what()).find("more components than rank") != std::string::npos,
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestMvaCsv)
#include "test_mva_csv.moc"
