#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace batch::ui {
namespace {

QLocale localeFor(const QString& code) {
    const QLocale system;
    // The station's own country conventions when it speaks the language anyway.
    if (QLocale::languageToCode(system.language()) == code)
        return system;
    if (code == QLatin1String("de"))
        return QLocale(QLocale::German, QLocale::Germany);
    if (code == QLatin1String("fr"))
        return QLocale(QLocale::French, QLocale::France);
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

}  // namespace

QList<LanguageSwitcher::Language> LanguageSwitcher::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString LanguageSwitcher::systemLanguage() {
    const QString code = QLocale::languageToCode(QLocale::system().language());
    for (const Language& l : available())
        if (l.code == code)
            return code;
    return QStringLiteral("en");
}

LanguageSwitcher::LanguageSwitcher(QObject* parent)
    : QObject(parent), own_(new QTranslator(this)), qt_(new QTranslator(this)) {}

LanguageSwitcher::~LanguageSwitcher() {
    QCoreApplication::removeTranslator(own_);
    QCoreApplication::removeTranslator(qt_);
}

QString LanguageSwitcher::setLanguage(const QString& requested) {
    QString code = QStringLiteral("en");
    for (const Language& l : available())
        if (l.code == requested.left(2).toLower())
            code = l.code;
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    QCoreApplication::removeTranslator(own_);
    QCoreApplication::removeTranslator(qt_);
    // English is the source language: no translator, the texts are as written.
    if (code != QLatin1String("en")) {
        if (own_->load(QStringLiteral(":/i18n/batchstation_%1.qm").arg(code)))
            QCoreApplication::installTranslator(own_);
        if (qt_->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt_);
    }
    const bool changedNow = code != current_;
    current_ = code;
    if (changedNow)
        Q_EMIT changed(code);
    return code;
}

}  // namespace batch::ui
