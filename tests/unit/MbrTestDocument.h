#pragma once

// A small master batch record that uses every step kind, and a helper that changes one
// value at a JSON path, so that each malformed case is "the valid document plus one edit".

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVariant>

// clang-format off
inline const char* const kMbrTestDocument = R"json({
  "format": "batchstation-mbr/1",
  "mbrId": "MBR-TEST",
  "version": "1.0",
  "title": "Test tablets manufacturing",
  "product": {"code": "P-TEST", "name": "Test tablets 100 mg"},
  "batchSize": {"quantity": 100, "unit": "kg"},
  "theoreticalYield": {"quantity": 200000, "unit": "tablets"},
  "materials": [
    {"code": "API-1", "name": "Active ingredient", "quantity": 50, "unit": "kg"},
    {"code": "EXC-1", "name": "Lactose monohydrate", "quantity": 49.5, "unit": "kg"},
    {"code": "WATER", "name": "Purified water", "quantity": 20, "unit": "L"}
  ],
  "equipmentClasses": [
    {"code": "BAL-60", "name": "Floor balance 60 kg"},
    {"code": "MIXER", "name": "High-shear mixer"}
  ],
  "unitProcedures": [
    {"id": "up_dispense", "title": "Dispensing", "operations": [
      {"id": "op_weigh", "title": "Weigh", "phases": [
        {"id": "s_intro", "kind": "instruction", "title": "Read", "text": "Wear gloves."},
        {"id": "s_scan", "kind": "materialScan", "title": "Scan API", "material": "API-1"},
        {"id": "w_api", "kind": "weigh", "title": "Weigh API", "material": "API-1",
         "decimals": 2, "tolerance": {"percent": 0.5}, "instrumentClass": "BAL-60",
         "minimumWeight": 1},
        {"id": "s_equip", "kind": "equipmentCheck", "title": "Mixer", "equipmentClass": "MIXER"}
      ]}
    ]},
    {"id": "up_process", "title": "Processing", "operations": [
      {"id": "op_mix", "title": "Mix", "phases": [
        {"id": "s_speed", "kind": "choice", "title": "Speed", "options": ["slow", "fast"]},
        {"id": "s_check", "kind": "checklist", "title": "Line clearance",
         "items": ["Area clean", "Labels removed"]},
        {"id": "s_note", "kind": "text", "title": "Remarks", "maxLength": 200},
        {"id": "s_mix", "kind": "timer", "title": "Mix", "minSeconds": 300, "maxSeconds": 600},
        {"id": "lod", "kind": "numeric", "title": "LOD", "unit": "%", "decimals": 1,
         "target": 1.5, "source": "manual",
         "limits": {"low": 0.5, "high": 2.5, "alertLow": 1.0, "alertHigh": 2.0}},
        {"id": "s_sample", "kind": "sample", "title": "Sample", "labelPrefix": "S", "quantity": 2}
      ]},
      {"id": "op_ipc", "title": "IPC", "branches": [
        {"id": "br_a", "title": "A", "phases": [
          {"id": "mass", "kind": "numeric", "title": "Mass", "unit": "kg", "decimals": 1,
           "source": "instrument", "instrumentClass": "BAL-60"}]},
        {"id": "br_b", "title": "B", "phases": [
          {"id": "hard", "kind": "numeric", "title": "Hardness", "unit": "N", "decimals": 0,
           "limits": {"low": 80}}]}
      ]},
      {"id": "op_close", "title": "Close", "phases": [
        {"id": "yield_pct", "kind": "calculation", "title": "Yield",
         "formula": "mass / batchSize * 100", "unit": "%", "decimals": 1,
         "limits": {"low": 95, "high": 101}},
        {"id": "s_sign", "kind": "signature", "title": "Sign", "meaning": "Verified",
         "requiredRoles": ["supervisor"], "verifiedBy": true}
      ]}
    ]}
  ]
})json";
// clang-format on

namespace mbrtest {

inline QJsonObject baseDocument() {
    return QJsonDocument::fromJson(kMbrTestDocument).object();
}

// "a.b[2].c" -> {"a", "b", 2, "c"}
inline QVariantList tokens(const QString& path) {
    QVariantList out;
    static const QRegularExpression re(QStringLiteral("([^.\\[\\]]+)|\\[(\\d+)\\]"));
    auto it = re.globalMatch(path);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2).isEmpty())
            out.append(m.captured(1));
        else
            out.append(m.captured(2).toInt());
    }
    return out;
}

// Sets (or with remove, deletes) the value at `toks[i..]` below `node`.
inline QJsonValue setIn(const QJsonValue& node, const QVariantList& toks, int i,
                        const QJsonValue& value, bool remove) {
    const bool last = i + 1 == toks.size();
    if (toks[i].typeId() == QMetaType::Int) {
        QJsonArray a = node.toArray();
        const int idx = toks[i].toInt();
        if (last && remove)
            a.removeAt(idx);
        else if (last && idx >= a.size())
            a.append(value);
        else
            a[idx] = last ? value : setIn(a.at(idx), toks, i + 1, value, remove);
        return a;
    }
    QJsonObject o = node.toObject();
    const QString key = toks[i].toString();
    if (last && remove)
        o.remove(key);
    else
        o.insert(key, last ? value : setIn(o.value(key), toks, i + 1, value, remove));
    return o;
}

// `json` empty: remove the member. Otherwise it is parsed as a JSON value. Edits `base`
// (a document from an earlier edit) when given, else the test document.
inline QByteArray edited(const QString& path, const QByteArray& json, const QByteArray& base = {}) {
    QJsonValue value;
    if (!json.isEmpty())
        value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    const QJsonValue start =
        base.isEmpty() ? baseDocument() : QJsonValue(QJsonDocument::fromJson(base).object());
    const QJsonValue root = setIn(start, tokens(path), 0, value, json.isEmpty());
    return QJsonDocument(root.toObject()).toJson();
}

}  // namespace mbrtest
