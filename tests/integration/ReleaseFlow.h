#pragma once

// The bodies of a submit-and-release flow through the API, shared by the tests that take a
// table from a workspace to a release: a table with its counts file submitted for publication,
// and a checker's approval of both files.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace srs::testing {

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QJsonObject spec(const QString &file, const QString &counts)
{
    return QJsonObject{{"file", file}, {"statistic", "frequency"}, {"counts", counts}};
}

inline QJsonObject request(const QString &table, const QString &counts)
{
    return QJsonObject{
        {"title", "People by region and sex"},
        {"clearance_type", "publication"},
        {"files", QJsonArray{QJsonObject{{"path", table},
                                         {"role", "output"},
                                         {"description", "People by region and sex"},
                                         {"destination", "Journal article"}},
                             QJsonObject{{"path", counts}, {"role", "supporting"}}}},
        {"tables", QJsonArray{spec(table, counts)}},
        {"controls", "None needed: every cell has at least 10 people"},
        {"exceptions", QJsonArray{}},
    };
}

inline QJsonObject approve(const QString &table, const QString &counts)
{
    auto file = [](const QString &path) {
        return QJsonObject{
            {"path", path}, {"decision", "approve"}, {"shared_comment", ""}, {"internal_comment", ""}};
    };
    return QJsonObject{{"files", QJsonArray{file(table), file(counts)}}, {"summary", ""}};
}

} // namespace srs::testing
