#pragma once

// Private to the BatchML exports: small helpers over QXmlStreamWriter for the B2MML types
// both documents use, so each element is written in the order its XSD sequence demands.
#include <QString>
#include <QXmlStreamWriter>

namespace batch::exports::xml {

// <name>text</name>; nothing for an empty optional element.
inline void element(QXmlStreamWriter& w, const char* name, const QString& text) {
    w.writeTextElement(QString::fromLatin1(name), text);
}
inline void optional(QXmlStreamWriter& w, const char* name, const QString& text) {
    if (!text.isEmpty())
        element(w, name, text);
}

// A code list value that is not one of the enumeration's: "Other" with OtherValue.
inline void other(QXmlStreamWriter& w, const char* name, const QString& otherValue) {
    w.writeStartElement(QString::fromLatin1(name));
    w.writeAttribute(QStringLiteral("OtherValue"), otherValue);
    w.writeCharacters(QStringLiteral("Other"));
    w.writeEndElement();
}

// B2MML ValueType: ValueString, DataType, UnitOfMeasure.
inline void value(QXmlStreamWriter& w, const char* name, const QString& text,
                  const QString& dataType, const QString& unit = {}) {
    w.writeStartElement(QString::fromLatin1(name));
    element(w, "ValueString", text);
    element(w, "DataType", dataType);
    optional(w, "UnitOfMeasure", unit);
    w.writeEndElement();
}

// BatchML BatchValueType (all four members required).
inline void batchValue(QXmlStreamWriter& w, const char* name, const QStringList& strings,
                       const QString& interpretation, const QString& dataType,
                       const QString& unit) {
    w.writeStartElement(QString::fromLatin1(name));
    for (const QString& s : strings) element(w, "ValueString", s);
    element(w, "DataInterpretation", interpretation);
    element(w, "DataType", dataType);
    element(w, "UnitOfMeasure", unit);
    w.writeEndElement();
}

// A decimal without exponent (xsd:decimal, MeasureType), shortest form.
QString decimal(double v);

}  // namespace batch::exports::xml
