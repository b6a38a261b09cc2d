#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QTranslator;

namespace batch::ui {

// The user interface languages of the station and the switch between them (on the
// login screen). A switch installs the translations of BatchStation and of Qt itself
// and makes the language's locale the default, so that numbers and dates follow it
// (decimal comma in German and French). Screens built afterwards speak the language;
// the main window rebuilds its screens when it changes.
class LanguageSwitcher : public QObject {
    Q_OBJECT
public:
    struct Language {
        QString code;        // "en", "de", "fr"
        QString nativeName;  // "English", "Deutsch", "Français" (never translated)
    };
    static QList<Language> available();

    explicit LanguageSwitcher(QObject* parent = nullptr);
    ~LanguageSwitcher() override;

    // An unknown code falls back to English. Returns the code now in use.
    QString setLanguage(const QString& code);
    QString current() const { return current_; }
    // The language of the system locale if it is one of ours, else English.
    static QString systemLanguage();

Q_SIGNALS:
    void changed(const QString& code);

private:
    QTranslator* own_;
    QTranslator* qt_;
    QString current_;
};

}  // namespace batch::ui
