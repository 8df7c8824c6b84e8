#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace srs::server::admin {

// What a demo project's workspace is about: used to give its files plausible names and
// contents. Everything written is synthetic, generated deterministically from the project
// id; nothing comes from any real dataset.
struct DemoTopic
{
    QString projectId;
    QString title;
    QString outcome;      // the outcome variable, e.g. "poor_health"
    QString exposure;     // the main explanatory variable, e.g. "commute_minutes"
    QStringList datasets; // dataset titles the code "reads"
    QDate firstActivity;  // file times are spread between these two days
    QDate lastActivity;
};

// Writes a few hundred files (scripts in R, Stata, Python and SQL; CSV tables with small
// synthetic counts; SVG figures; model outputs; logs; notes) under `folder`, in nested
// folders (code/, outputs/tables/, outputs/figures/, docs/, logs/, data/). Returns the
// number of files written, or -1 with `error` set.
[[nodiscard]] int writeDemoWorkspace(const QString &folder, const DemoTopic &topic, QString *error);

} // namespace srs::server::admin
