// The admin subcommands about data owners: an owning organisation and its approval settings, a
// person in the data-owner role for one, and a dataset's owning organisation.

#include "AdminCommandList.h"
#include "AdminSupport.h"

#include "domain/DataOwnerApproval.h"
#include "store/DataOwnerRepository.h"
#include "store/ProjectRepository.h"
#include "store/UserRepository.h"

namespace srs::server::admin {

using namespace Qt::Literals::StringLiterals;
using namespace srs::domain;

int addDataOwner(const QStringList &arguments)
{
    const QString command = u"admin add-data-owner"_s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Add an organisation that owns datasets (or change its settings): whether each project "
        u"using its data needs its approval, and how many of its approvers must approve."_s);
    addStorageOptions(parser);
    parser.addOption({u"name"_s, u"The organisation's name, as published in the register."_s, u"NAME"_s});
    parser.addOption({u"requires-approval"_s, u"Each project using its datasets needs its approval."_s});
    parser.addOption({u"approvals"_s, u"How many of its approvers must approve (default 1)."_s, u"N"_s});
    QStringList positional;
    if (auto stop =
            parseCommandLine(parser, arguments, {u"admin"_s, u"add-data-owner"_s}, {u"ID"_s}, &positional))
        return *stop;
    DataOwner owner;
    owner.id = positional.at(0);
    if (!isValidIdentifier(owner.id))
        return usageError(u"ID \"%1\": use letters, digits, '.', '_' or '-'"_s.arg(owner.id), command);
    owner.name = parser.value(u"name"_s).trimmed();
    if (owner.name.isEmpty())
        return usageError(u"--name is required"_s, command);
    owner.requiresApproval = parser.isSet(u"requires-approval"_s);
    if (parser.isSet(u"approvals"_s)) {
        bool ok = false;
        owner.approvalsNeeded = parser.value(u"approvals"_s).toInt(&ok);
        if (!ok || owner.approvalsNeeded < 1 || owner.approvalsNeeded > 10)
            return usageError(
                u"--approvals \"%1\": use a number from 1 to 10"_s.arg(parser.value(u"approvals"_s)),
                command);
    }
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    store::DataOwnerRepository owners(context->database());
    const QJsonObject details{{u"name"_s, owner.name},
                              {u"requires_approval"_s, owner.requiresApproval},
                              {u"approvals_needed"_s, owner.approvalsNeeded}};
    if (store::Status s = recordChange(*context, u"data-owner.saved"_s, u"data-owner:"_s + owner.id, details,
                                       [&] { return owners.saveOwner(owner); });
        !s.ok())
        return fail(s.errorString());
    printLine(owner.requiresApproval
                  ? u"Saved data owner %1 (%2): each project needs %3 approval(s) from its approvers."_s.arg(
                        owner.id, owner.name, QString::number(owner.approvalsNeeded))
                  : u"Saved data owner %1 (%2): projects use its data without its approval."_s.arg(
                        owner.id, owner.name));
    return ExitOk;
}

int setDataOwner(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Put a person in the data-owner role for an owning organisation: they see its approval "
        u"requests and decide on them. A person approves for one organisation at most."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"set-data-owner"_s},
                                     {u"USERNAME"_s, u"OWNER"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    auto user = findUser(*context, positional.at(0));
    if (!user)
        return ExitFailure;
    store::DataOwnerRepository owners(context->database());
    auto owner = owners.findOwner(positional.at(1));
    if (!owner.ok())
        return fail(owner.code() == store::StoreError::Code::NotFound
                        ? u"no data owner \"%1\" (add it with admin add-data-owner)"_s.arg(positional.at(1))
                        : owner.errorString());
    User profile = user->profile;
    if (!profile.hasRole(Role::DataOwner))
        profile.roles.append(Role::DataOwner);
    store::UserRepository users(context->database());
    if (store::Status s = recordChange(*context, u"data-owner.approver-set"_s, u"user:"_s + profile.id,
                                       {{u"owner"_s, owner->id}},
                                       [&]() -> store::Status {
                                           if (auto u = users.updateProfile(profile); !u.ok())
                                               return u;
                                           return owners.setApprover(profile.id, owner->id);
                                       });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 now approves for %2."_s.arg(profile.username, owner->name));
    return ExitOk;
}

int setDatasetOwner(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Set the organisation that owns a dataset."_s);
    addStorageOptions(parser);
    QStringList positional;
    if (auto stop = parseCommandLine(parser, arguments, {u"admin"_s, u"set-dataset-owner"_s},
                                     {u"DATASET"_s, u"OWNER"_s}, &positional))
        return *stop;
    auto context = openContext(parser);
    if (!context)
        return ExitFailure;
    if (auto d = store::ProjectRepository(context->database()).findDataset(positional.at(0)); !d.ok())
        return fail(d.code() == store::StoreError::Code::NotFound
                        ? u"no dataset \"%1\""_s.arg(positional.at(0))
                        : d.errorString());
    store::DataOwnerRepository owners(context->database());
    auto owner = owners.findOwner(positional.at(1));
    if (!owner.ok())
        return fail(owner.code() == store::StoreError::Code::NotFound
                        ? u"no data owner \"%1\" (add it with admin add-data-owner)"_s.arg(positional.at(1))
                        : owner.errorString());
    if (store::Status s = recordChange(*context, u"dataset.owner-set"_s, u"dataset:"_s + positional.at(0),
                                       {{u"owner"_s, owner->id}},
                                       [&] { return owners.setDatasetOwner(positional.at(0), owner->id); });
        !s.ok())
        return fail(s.errorString());
    printLine(u"%1 is owned by %2%3."_s.arg(
        positional.at(0), owner->name,
        owner->requiresApproval ? u": projects asking for it need its approval"_s : QString()));
    return ExitOk;
}

} // namespace srs::server::admin
