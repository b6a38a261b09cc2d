#pragma once

#include <QFrame>
#include <QTimer>

class QHBoxLayout;
class QLabel;

namespace batch::security {
class Session;
}

namespace batch::ui {

class InstrumentHub;
class SyncStatusSource;

// The line at the bottom of every screen: the station, who is signed in with which
// role, the state of every instrument, the state of the upload to the central
// database and the clock. Display only (nothing to touch); an abnormal state gets its
// icon and its words, never colour alone.
class StationStatusBar : public QFrame {
    Q_OBJECT
public:
    StationStatusBar(const QString& stationId, security::Session& session, InstrumentHub& hub,
                     SyncStatusSource& sync, QWidget* parent = nullptr);

    // The texts as shown, for tests and diagnostics.
    QString userText() const;
    QString instrumentsText() const;
    QString syncText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void showUser();
    void showInstruments();
    void showSync();
    void tick();

    security::Session& session_;
    InstrumentHub& hub_;
    SyncStatusSource& sync_;
    QString stationId_;
    QLabel* station_;
    QLabel* user_;
    QLabel* userIcon_;
    QWidget* instruments_;
    QHBoxLayout* instrumentRow_;
    QLabel* syncLabel_;
    QLabel* syncIcon_;
    QLabel* clock_;
    QTimer clockTimer_;
};

}  // namespace batch::ui
