#include "SubmissionWizard.h"

// What each page of the submission wizard still needs before the person may go on: the same
// rules the server applies to a request, said on the page where they can be met.

using namespace Qt::Literals::StringLiterals;

namespace srs::session {

namespace {

Error problem(const QString &field, const QString &message)
{
    return Error{u"incomplete"_s, message, field};
}

} // namespace

Status SubmissionWizard::checkPage(Page page) const
{
    const SubmissionDraft &d = m_draft;
    switch (page) {
    case Page::Type:
        if (!d.typeChosen)
            return problem(u"clearance_type"_s, tr("Choose what kind of clearance you are asking for."));
        if (d.title.trimmed().isEmpty())
            return problem(u"title"_s,
                           tr("Give the request a short title, for example \"Income by region, 2024\"."));
        return {};
    case Page::Files: {
        const QHash<QString, QString> &present = fileHashes();
        bool anyToClear = false;
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            const QString field = u"files[%1]"_s.arg(i);
            if (!present.contains(f.path))
                return problem(
                    field,
                    tr("%1 is not in the workspace (any more): choose it again or remove it.").arg(f.path));
            if (f.role != domain::FileRole::Supporting)
                anyToClear = true;
            if (d.clearanceType == domain::ClearanceType::Code && f.role == domain::FileRole::Output &&
                !isTableFile(f.path) && !isFigureFile(f.path))
                continue;
        }
        if (!anyToClear)
            return problem(u"files"_s, tr("Choose at least one output or code file to be cleared."));
        if (d.clearanceType == domain::ClearanceType::Code) {
            for (int i = 0; i < d.files.size(); ++i)
                if (d.files[i].role == domain::FileRole::Output)
                    return problem(u"files[%1].role"_s.arg(i),
                                   tr("A code clearance releases code only: mark %1 as code or remove it.")
                                       .arg(d.files[i].path));
        }
        return {};
    }
    case Page::Tables: {
        const QHash<QString, QString> &present = fileHashes();
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            if (f.role != domain::FileRole::Output)
                continue;
            if (isTableFile(f.path) && !d.table(f.path))
                return problem(u"tables"_s, tr("Describe the table %1.").arg(f.path));
            if (isFigureFile(f.path)) {
                const QString source = d.figureSources.value(f.path);
                if (source.isEmpty())
                    return problem(
                        u"figure_sources[%1]"_s.arg(f.path),
                        tr("Name the table the figure %1 was drawn from: it is checked like any table.")
                            .arg(f.path));
                if (!d.table(source))
                    return problem(
                        u"figure_sources[%1]"_s.arg(f.path),
                        tr("Describe the table %1, which the figure %2 was drawn from.").arg(source, f.path));
            }
        }
        for (int i = 0; i < d.tables.size(); ++i) {
            const domain::TableSpec &t = d.tables[i];
            const QString field = u"tables[%1]"_s.arg(i);
            if (t.statistic != domain::Statistic::Regression && !t.counts.isSet())
                return problem(
                    field + u".counts"_s,
                    tr("%1 needs the file with the number of records behind each cell (the counts).")
                        .arg(t.file));
            if (domain::isMagnitude(t.statistic) && (!t.top1.isSet() || !t.top2.isSet()))
                return problem(
                    field + u".top1"_s,
                    tr("%1 shows %2: add the files with the largest and second-largest contribution "
                       "to each cell.")
                        .arg(t.file, t.statistic == domain::Statistic::Sum    ? tr("sums")
                                     : t.statistic == domain::Statistic::Mean ? tr("means")
                                                                              : tr("ratios")));
            for (const QString &companion : t.companionFiles()) {
                if (!present.contains(companion))
                    return problem(field, tr("%1 is not in the workspace.").arg(companion));
            }
        }
        return {};
    }
    case Page::Checks:
        if (!d.lastCheck)
            return problem(u"checks"_s, tr("Run the checks before going on."));
        if (checksOutOfDate())
            return problem(u"checks"_s, tr("Files have changed since the last check: run the checks again."));
        for (const protocol::CheckItemInfo &item : d.lastCheck->items)
            if (item.status == u"error"_s)
                return problem(item.error ? item.error->field : u"tables"_s,
                               item.error && !item.error->message.isEmpty()
                                   ? tr("%1 could not be checked: %2").arg(item.path, item.error->message)
                                   : tr("%1 could not be checked.").arg(item.path));
        return {};
    case Page::Exceptions: {
        const auto missing = findingsNeedingExceptions();
        if (!missing.isEmpty())
            return problem(
                u"exceptions"_s,
                tr("%1: fix it in the workspace and run the checks again, or explain why it is safe.")
                    .arg(missing.constFirst().message));
        for (int i = 0; i < d.exceptions.size(); ++i)
            if (d.exceptions[i].justification.trimmed().size() < 20)
                return problem(u"exceptions[%1].justification"_s.arg(i),
                               tr("Explain in a sentence or two why this output is safe to release."));
        return {};
    }
    case Page::Context:
        for (int i = 0; i < d.files.size(); ++i) {
            const domain::SubmissionFile &f = d.files[i];
            if (f.role == domain::FileRole::Supporting)
                continue;
            if (f.description.trimmed().isEmpty())
                return problem(u"files[%1].description"_s.arg(i), tr("Say what %1 is.").arg(f.path));
            if (f.destination.trimmed().isEmpty())
                return problem(u"files[%1].destination"_s.arg(i),
                               tr("Say where %1 will be published, or to whom it goes.").arg(f.path));
        }
        if (d.controls.trimmed().isEmpty())
            return problem(
                u"controls"_s,
                tr("Say what disclosure control you applied (suppression, rounding, grouping...)."));
        return {};
    case Page::Commit:
        if (d.isResubmission() && d.answer.trimmed().isEmpty())
            return problem(u"answer"_s, tr("Say what you changed in answer to the output checkers."));
        if (!d.declared)
            return problem(u"declaration"_s, tr("Confirm the declaration to submit."));
        return {};
    }
    return {};
}

} // namespace srs::session
