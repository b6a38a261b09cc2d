#include "widgets/ReviewHtml.h"

#include "review/ReviewJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace batch::ui::reviewhtml {
namespace {

QString tr(const char* text) {
    // lupdate files a tr() here under the enclosing class or namespace: look there first
    // (the old single context alone never found the translations).
    for (const char* context : {"batch::ui::reviewhtml", "batch::ui::ReviewWorkspace"}) {
        const QString t = QCoreApplication::translate(context, text);
        if (t != QLatin1String(text))
            return t;
    }
    return QString::fromUtf8(text);
}

QString e(const QString& s) {
    return s.toHtmlEscaped();
}

QString row(const QString& label, const QString& html) {
    return QStringLiteral(
               "<tr><td style='color:#4a5057; padding:2px 14px 2px 0; "
               "vertical-align:top;'>%1</td><td style='padding:2px 0;'>%2</td></tr>")
        .arg(e(label), html);
}

QString instrument(const QJsonObject& i) {
    QStringList parts;
    for (auto it = i.constBegin(); it != i.constEnd(); ++it)
        parts << QStringLiteral("%1: <b>%2</b>").arg(e(it.key()), e(review::jsonText(it.value())));
    return parts.join(QStringLiteral("<br>"));
}

QString who(const QString& id, const QString& name) {
    return name.isEmpty() || name == id ? e(id) : QStringLiteral("%1 (%2)").arg(e(name), e(id));
}

QString alarm(const QString& text) {
    // Abnormal: the words carry it, the colour only repeats them.
    return QStringLiteral("<b style='color:#8e1010;'>&#9888; %1</b>").arg(e(text));
}

}  // namespace

QString time(const QString& tsUtc) {
    QString t = tsUtc;
    t.replace(QLatin1Char('T'), QLatin1Char(' '));
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    return t.left(19) + QStringLiteral(" UTC");
}

QString signatureLine(const review::Signature& s) {
    return QStringLiteral("%1 — %2 — %3%4")
        .arg(s.printedName, s.meaning, time(s.tsUtc),
             s.valid ? QString() : tr(" — DOES NOT VERIFY"));
}

QString deviation(const review::Deviation& d) {
    QString html = QStringLiteral("<table cellspacing='0'>");
    html += row(tr("Deviation"), QStringLiteral("<b>%1</b> (%2)").arg(e(d.id), e(d.category)));
    html += row(tr("Step"), e(d.stepId));
    html += row(tr("Description"), e(d.description));
    html += row(tr("Immediate action"), e(d.immediateAction));
    if (!d.attemptedValue.isEmpty())
        html += row(tr("Attempted value"), e(d.attemptedValue));
    html += row(tr("Raised"),
                who(d.raisedBy, d.raisedByName) + QStringLiteral(", ") + e(time(d.raisedUtc)));
    QStringList continuation;
    for (const review::Signature& s : d.continuation) continuation << e(signatureLine(s));
    html += row(tr("Continuation"),
                continuation.isEmpty() ? tr("none") : continuation.join(QStringLiteral("<br>")));
    if (d.closure) {
        QStringList signatures;
        for (const review::Signature& s : d.closure->signatures) signatures << e(signatureLine(s));
        html += row(tr("Root cause"), e(d.closure->rootCause));
        html += row(tr("CAPA"), e(d.closure->capa));
        if (!d.closure->comment.isEmpty())
            html += row(tr("Closing comment"), e(d.closure->comment));
        html += row(tr("Closed"), signatures.join(QStringLiteral("<br>")));
    } else {
        html += row(tr("Closure"), alarm(tr("OPEN — not closed")));
    }
    return html + QStringLiteral("</table>");
}

QString exception(const review::BatchReview& r, const review::ReviewException& x) {
    QString html = QStringLiteral("<h3 style='margin:0 0 6px 0;'>%1</h3><table cellspacing='0'>")
                       .arg(e(x.typeTitle));
    html += row(tr("Exception"), QStringLiteral("<b>%1</b> (%2)").arg(e(x.id), e(x.eventType)));
    html += row(tr("What happened"), e(x.message));
    if (!x.stepId.isEmpty())
        html += row(tr("Step (ISA-88)"),
                    e(x.hierarchy.isEmpty() ? x.stepId : x.hierarchy) +
                        (x.stepKind.isEmpty() ? QString() : QStringLiteral(" · ") + e(x.stepKind)));
    if (x.changedAfterEntry) {
        html += row(tr("Value"), QStringLiteral("<s>%1</s> &rarr; <b>%2</b> %3")
                                     .arg(e(x.oldValue), e(x.newValue), e(x.unit)));
        html += row(tr("Reason"), e(x.reason));
    } else if (!x.value.isEmpty()) {
        html += row(tr("Value"), QStringLiteral("<b>%1</b> %2").arg(e(x.value), e(x.unit)));
    }
    if (!x.limits.isEmpty())
        html +=
            row(tr("Limits"),
                e(x.limits) + (x.level.isEmpty() ? QString()
                                                 : QStringLiteral(" — <b>%1</b>").arg(e(x.level))));
    if (!x.instrument.isEmpty())
        html += row(tr("Instrument"), instrument(x.instrument));
    html +=
        row(tr("Recorded"), who(x.userId, x.userName) + QStringLiteral(", ") + e(time(x.tsUtc)));
    QStringList comments;
    for (const review::Comment& c : x.comments)
        comments << QStringLiteral("%1, %2: %3").arg(e(c.who), e(time(c.tsUtc)), e(c.text));
    if (!comments.isEmpty())
        html += row(tr("Comments"), comments.join(QStringLiteral("<br>")));
    html += row(tr("Review"), x.review ? QStringLiteral("<b>%1</b><br>%2")
                                             .arg(e(signatureLine(*x.review)), e(x.review->comment))
                                       : alarm(tr("OPEN — not reviewed")));
    html +=
        row(tr("Content hash"),
            QStringLiteral("<span style='font-family:monospace;'>%1</span>").arg(e(x.contentHash)));
    html += QStringLiteral("</table>");
    if (const review::Deviation* d = r.deviation(x.deviationId))
        html += QStringLiteral("<h4 style='margin:10px 0 4px 0;'>%1</h4>")
                    .arg(e(tr("Linked deviation"))) +
                deviation(*d);
    QStringList recorded;
    for (auto it = x.payload.constBegin(); it != x.payload.constEnd(); ++it)
        recorded << QStringLiteral("%1: %2").arg(e(it.key()), e(review::jsonText(it.value())));
    html +=
        QStringLiteral("<h4 style='margin:10px 0 4px 0;'>%1</h4><p style='color:#4a5057;'>%2</p>")
            .arg(e(tr("As recorded")), recorded.join(QStringLiteral("<br>")));
    return html;
}

QString fullRecord(const review::BatchReview& r) {
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(e(tr("Batch record %1").arg(r.batchId)),
                            e(tr("%1 %2 — MBR %3 %4 — batch size %5 %6 — record hash %7")
                                  .arg(r.productCode, r.productName, r.mbrId, r.mbrVersion,
                                       r.batchSize, r.batchUnit, r.recordHash)));
    html += QStringLiteral(
                "<table width='100%' cellspacing='0' cellpadding='4' border='1' "
                "style='border-collapse:collapse;'>"
                "<tr style='background:#d9dce0;'><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                "<th>%5</th><th>%6</th></tr>")
                .arg(e(tr("Step")), e(tr("Value")), e(tr("Target / limits")), e(tr("Instrument")),
                     e(tr("Performed")), e(tr("Signatures")));
    for (const review::RecordStep& s : r.steps) {
        QStringList values, performed, signatures;
        for (const review::RecordedValue& v : s.values) {
            const QString text =
                e(v.value + (v.unit.isEmpty() ? QString() : QLatin1Char(' ') + v.unit));
            values << (v.superseded ? QStringLiteral("<s>%1</s>").arg(text)
                                    : QStringLiteral("<b>%1</b>").arg(text));
            if (!v.reason.isEmpty())
                values << QStringLiteral("<i>%1</i>").arg(e(v.reason));
            performed << who(v.userId, v.userName) + QStringLiteral("<br>") + e(time(v.tsUtc));
            for (const review::Signature& sig : v.signatures) signatures << e(signatureLine(sig));
        }
        const review::RecordedValue* first = s.values.empty() ? nullptr : &s.values.front();
        html +=
            QStringLiteral(
                "<tr><td><b>%1</b><br><small>%2</small>%3</td><td>%4</td><td>%5</td>"
                "<td><small>%6</small></td><td>%7</td><td>%8</td></tr>")
                .arg(e(s.title), e(s.hierarchy),
                     s.exceptions.empty()
                         ? QString()
                         : QStringLiteral("<br>") +
                               alarm(QCoreApplication::translate(
                                   "batch::ui::ReviewWorkspace", "%n exception(s)", nullptr,
                                   static_cast<int>(s.exceptions.size()))),
                     values.isEmpty() ? e(s.state) : values.join(QStringLiteral("<br>")),
                     e(s.target.isEmpty() ? s.limits : tr("target %1; %2").arg(s.target, s.limits)),
                     first ? instrument(first->instrument) : QString(),
                     performed.join(QStringLiteral("<br>")),
                     signatures.join(QStringLiteral("<br>")));
    }
    return html + QStringLiteral("</table>");
}

}  // namespace batch::ui::reviewhtml
