#include "DeclarationTexts.h"

namespace srs::server {

QString declarationTitle(domain::DeclarationKind kind)
{
    switch (kind) {
    case domain::DeclarationKind::Security:
        return QStringLiteral("Security declaration");
    case domain::DeclarationKind::ExtendedSyops:
        return QStringLiteral("Extended security operating procedures for home working");
    }
    return {};
}

QString declarationText(domain::DeclarationKind kind, int version)
{
    Q_UNUSED(version); // version 1 is the only text so far; later versions add cases here
    switch (kind) {
    case domain::DeclarationKind::Security:
        return QStringLiteral(
            "I will use the secure research service only for the approved project I am working on. "
            "I will not try to identify any person, household or organisation in the data, and I will "
            "report at once anything that could identify one. I will not try to take data out of the "
            "service: every output leaves only after it has been checked and released by the service's "
            "output checkers. I will not share my account, password or authentication codes, and I will "
            "lock or sign out of the workstation whenever I leave it. I understand that my use of the "
            "service is recorded, and that breaking these rules may end my access and be reported to my "
            "organisation and the data owners.");
    case domain::DeclarationKind::ExtendedSyops:
        return QStringLiteral(
            "When I work away from my organisation's premises, I will connect only from my "
            "organisation-issued device through my organisation's VPN, from inside the United Kingdom. "
            "I will work in a private space where nobody else can see my screen, I will not work in a "
            "public place, and I will lock the device whenever I step away. I will not photograph, copy "
            "or write down anything shown from the secure environment. I will report a lost or stolen "
            "device, or any suspected breach, to research support at once.");
    }
    return {};
}

} // namespace srs::server
