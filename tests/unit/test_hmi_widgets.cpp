// The HMI's building blocks on their own (offscreen, no store): the barcode scan field's
// keyboard-wedge detection, the numeric keypad, locale formatting of values and times,
// and the trend buffer (decimation against brute force, raw samples when few, bounded
// memory over days of data).
#include "LocaleFormat.h"
#include "Theme.h"
#include "charts/trend/TrendBuffer.h"
#include "widgets/NumericEntry.h"
#include "widgets/NumericKeypad.h"
#include "widgets/ScanField.h"
#include "widgets/ToggleButton.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <cmath>
#include <random>

using namespace batch::ui;

class TestHmiWidgets : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { applyTheme(*qApp); }
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void scannerBurstIsAScan();
    void slowTypingIsNotAScan();
    void scanReplacesWhatWasTyped();
    void keypadTypesInTheLocale();
    void numericEntryKeepsTheVirtualKeyboardAway();
    void localeFormats();
    void toggleWrapsLongText();
    void trendDecimationMatchesBruteForce();
    void trendShowsRawSamplesWhenFew();
    void trendMemoryIsBoundedOverDays();
    void trendDropsTimeGoingBack();
};

void TestHmiWidgets::scannerBurstIsAScan() {
    ScanField field;
    field.show();
    QSignalSpy scanned(&field, &ScanField::scanned);
    QSignalSpy entered(&field, &ScanField::entered);
    QTest::keyClicks(&field, QStringLiteral("LOT-2026-0042"));  // no delay: a scanner
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("LOT-2026-0042"));
    QCOMPARE(entered.size(), 0);
    QVERIFY(field.isScanned());
}

void TestHmiWidgets::slowTypingIsNotAScan() {
    ScanField field;
    field.show();
    QSignalSpy scanned(&field, &ScanField::scanned);
    QSignalSpy entered(&field, &ScanField::entered);
    // A person types: pauses longer than a scanner ever makes.
    QTest::keyClicks(&field, QStringLiteral("EQ-7"), Qt::NoModifier, ScanField::kMaxScanGapMs * 3);
    QTest::qWait(ScanField::kMaxScanGapMs * 3);
    QTest::keyClick(&field, Qt::Key_Return);
    QCOMPARE(scanned.size(), 0);
    QCOMPARE(entered.size(), 1);
    QCOMPARE(entered.at(0).at(0).toString(), QStringLiteral("EQ-7"));
    QVERIFY(!field.isScanned());
}

void TestHmiWidgets::scanReplacesWhatWasTyped() {
    ScanField field;
    field.show();
    QSignalSpy scanned(&field, &ScanField::scanned);
    QTest::keyClicks(&field, QStringLiteral("typo"), Qt::NoModifier, ScanField::kMaxScanGapMs * 3);
    QTest::qWait(ScanField::kMaxScanGapMs * 3);
    QTest::keyClicks(&field, QStringLiteral("LOT-9"));
    QTest::keyClick(&field, Qt::Key_Enter);
    QCOMPARE(scanned.size(), 1);
    QCOMPARE(field.text(), QStringLiteral("LOT-9"));  // the code, not "typoLOT-9"
}

void TestHmiWidgets::keypadTypesInTheLocale() {
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    NumericEntry entry(QStringLiteral("kg"));
    entry.show();
    auto key = [&](const char* name) {
        auto* b = entry.findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY2(b, name);
        QTest::mouseClick(b, Qt::LeftButton);
    };
    key("keypad1");
    key("keypad2");
    key("keypadPoint");
    key("keypad5");
    key("keypadPoint");  // a second decimal sign is not typed
    key("keypad0");
    QCOMPARE(entry.field()->text(), QStringLiteral("12,50"));
    QCOMPARE(entry.canonical(), QStringLiteral("12.50"));
    key("keypadBack");
    key("keypadMinus");
    QCOMPARE(entry.canonical(), QStringLiteral("-12.5"));
    key("keypadClear");
    QVERIFY(entry.field()->text().isEmpty());
    // Every key is a large touch target.
    for (QPushButton* b : entry.findChildren<QPushButton*>())
        if (b->isVisible())
            QVERIFY2(b->height() >= 48, qPrintable(b->objectName()));
}

void TestHmiWidgets::numericEntryKeepsTheVirtualKeyboardAway() {
    NumericEntry entry(QStringLiteral("L"));
    QVERIFY(!entry.field()->testAttribute(Qt::WA_InputMethodEnabled));
    ScanField scan;
    QVERIFY(scan.testAttribute(Qt::WA_InputMethodEnabled));  // text: the virtual keyboard
}

void TestHmiWidgets::localeFormats() {
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(fmt::decimal(QStringLiteral("250.00")), QStringLiteral("250,00"));
    QCOMPARE(fmt::decimal(QStringLiteral("LOT-1.2")), QStringLiteral("LOT-1.2"));  // not a number
    QCOMPARE(fmt::canonical(QStringLiteral(" 0,125 ")), QStringLiteral("0.125"));
    QCOMPARE(fmt::canonical(QStringLiteral("1 2")), QStringLiteral("1 2"));  // left to the engine
    QCOMPARE(fmt::number(54.0, 1), QStringLiteral("54,0"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString t = fmt::dateTime(QStringLiteral("2026-12-01T13:04:05.000Z"));
    const QDateTime local = QDateTime(QDate(2026, 12, 1), QTime(13, 4, 5), Qt::UTC).toLocalTime();
    QCOMPARE(t, QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
                    local.time().toString(QStringLiteral("HH:mm:ss")));
    QVERIFY2(t.contains(QStringLiteral("01.12.")), qPrintable(t));  // German date order
    QCOMPARE(fmt::duration(65), QStringLiteral("1:05"));
    QCOMPARE(fmt::duration(3725), QStringLiteral("1:02:05"));
    QCOMPARE(fmt::duration(-5), QStringLiteral("-0:05"));
}

void TestHmiWidgets::toggleWrapsLongText() {
    ToggleButton toggle(QStringLiteral("No materials, labels or documents of a previous batch "
                                       "present in the dispensing booth or its airlock"));
    QVERIFY(toggle.hasHeightForWidth());
    const int narrow = toggle.heightForWidth(300);
    const int wide = toggle.heightForWidth(1200);
    QVERIFY2(narrow > wide, qPrintable(QStringLiteral("%1 %2").arg(narrow).arg(wide)));
    QVERIFY(wide >= ToggleButton::kMinimumHeight);
    QSignalSpy toggled(&toggle, &QPushButton::toggled);
    toggle.show();
    QTest::mouseClick(&toggle, Qt::LeftButton);  // through the label: one target
    QVERIFY(toggle.isChecked());
    QCOMPARE(toggled.size(), 1);
    QVERIFY(toggle.labelWidget()->font().bold());
}

void TestHmiWidgets::trendDecimationMatchesBruteForce() {
    trend::TrendBuffer::Config config;
    config.rawWindowMs = 60'000;  // small: long ranges must come from the pyramid
    trend::TrendBuffer buffer(config);
    std::mt19937 rng(7);
    std::normal_distribution<double> noise(0, 1);
    const qint64 t0 = 1'700'000'000'000;
    std::vector<std::pair<qint64, double>> all;
    for (int i = 0; i < 50 * 3600; ++i) {  // one hour at 50 Hz
        const qint64 t = t0 + i * 20;
        const double v = 100 + 10 * std::sin(i / 500.0) + noise(rng);
        buffer.append(t, v);
        all.emplace_back(t, v);
    }
    for (const int columns : {100, 1000, 1900}) {
        trend::Decimated d;
        buffer.decimate(t0, t0 + 3'600'000, columns, d);
        QVERIFY(!d.raw);
        QCOMPARE(int(d.columns.size()), columns);
        // Every sample lies within the envelope of its column (buckets may straddle a
        // column edge, so compare against the column and its neighbours).
        const double columnMs = 3'600'000.0 / columns;
        int outside = 0;
        for (const auto& [t, v] : all) {
            const int c = int((t - t0) / columnMs);
            bool in = false;
            for (int k = std::max(0, c - 1); k <= std::min(columns - 1, c + 1); ++k) {
                const trend::Column& col = d.columns[size_t(k)];
                in = in || (col.valid && v >= col.min - 1e-3 && v <= col.max + 1e-3);
            }
            outside += in ? 0 : 1;
        }
        QCOMPARE(outside, 0);
        // And the envelope is not wider than the data: extremes are real samples.
        const auto [minIt, maxIt] = std::minmax_element(
            all.begin(), all.end(), [](auto& a, auto& b) { return a.second < b.second; });
        double lo = 1e9, hi = -1e9;
        for (const trend::Column& col : d.columns)
            if (col.valid) {
                lo = std::min(lo, col.min);
                hi = std::max(hi, col.max);
            }
        QVERIFY(std::abs(lo - minIt->second) < 1e-3);
        QVERIFY(std::abs(hi - maxIt->second) < 1e-3);
    }
}

void TestHmiWidgets::trendShowsRawSamplesWhenFew() {
    trend::TrendBuffer buffer;
    const qint64 t0 = 1'700'000'000'000;
    for (int i = 0; i < 500; ++i)
        buffer.append(t0 + i * 20, i);
    trend::Decimated d;
    buffer.decimate(t0 + 1000, t0 + 3000, 1000, d);  // 100 samples for 1000 columns
    QVERIFY(d.raw);
    QCOMPARE(int(d.times.size()), 100);
    QCOMPARE(d.times.front(), t0 + 1000);
    QCOMPARE(d.values.front(), 50.0);
    QCOMPARE(d.values.back(), 149.0);
}

void TestHmiWidgets::trendMemoryIsBoundedOverDays() {
    trend::TrendBuffer buffer;
    const std::size_t before = buffer.memoryBytes();
    const qint64 t0 = 1'700'000'000'000;
    // Two days at 50 Hz: far more than the retention (a shift) and the raw window.
    for (qint64 i = 0; i < 50LL * 86400 * 2; i += 7)
        buffer.append(t0 + i * 20, double(i % 1000));
    QCOMPARE(buffer.memoryBytes(), before);  // allocated once, never grows
    QVERIFY2(before < 16u * 1024 * 1024, qPrintable(QString::number(before)));
    // The last 8 h are still there, drawn from the pyramid.
    trend::Decimated d;
    const qint64 end = buffer.lastMs();
    buffer.decimate(end - 8 * 3'600'000LL, end, 1900, d);
    int valid = 0;
    for (const trend::Column& c : d.columns)
        valid += c.valid ? 1 : 0;
    QVERIFY2(valid > 1850, qPrintable(QString::number(valid)));
    // Older than the retention: gone, not wrongly shown.
    buffer.decimate(t0, t0 + 3'600'000, 100, d);
    for (const trend::Column& c : d.columns)
        QVERIFY(!c.valid);
}

void TestHmiWidgets::trendDropsTimeGoingBack() {
    trend::TrendBuffer buffer;
    buffer.append(1000, 1);
    buffer.append(2000, 2);
    buffer.append(1500, 99);  // out of order: dropped
    buffer.append(3000, std::nan(""));  // no value: dropped
    QCOMPARE(buffer.samples(), quint64(2));
    trend::Decimated d;
    buffer.decimate(0, 4000, 100, d);
    QVERIFY(d.raw);
    QCOMPARE(d.values, (std::vector<double>{1, 2}));
}

QTEST_MAIN(TestHmiWidgets)
#include "test_hmi_widgets.moc"
