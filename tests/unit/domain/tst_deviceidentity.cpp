#include "domain/DeviceIdentity.h"

#include <QTest>

using namespace srs::domain;

class TestDeviceIdentity : public QObject
{
    Q_OBJECT
private slots:
    void fromSubjectFields_data()
    {
        QTest::addColumn<DeviceIdentity::Fields>("fields");
        QTest::addColumn<int>("deviceClass");
        QTest::addColumn<QString>("organisation");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("subject");
        using F = DeviceIdentity::Fields;
        QTest::newRow("safe-room terminal")
            << F{{"C", "GB"},
                 {"O", "Secure Research Service"},
                 {"OU", "safe-room-terminal"},
                 {"L", "Newport Safe Room"},
                 {"CN", "sr-newport-07"}}
            << int(DeviceClass::SafeRoomTerminal) << "Secure Research Service"
            << "Newport Safe Room"
            << "CN=sr-newport-07,L=Newport Safe Room,OU=safe-room-terminal,O=Secure Research Service,C=GB";
        QTest::newRow("organisation laptop")
            << F{{"O", "Demo University"}, {"OU", "organisation-device"}, {"CN", "du-laptop-0042"}}
            << int(DeviceClass::OrganisationDevice) << "Demo University"
            << ""
            << "CN=du-laptop-0042,OU=organisation-device,O=Demo University";
        QTest::newRow("no OU") << F{{"O", "Demo University"}, {"CN", "x"}} << int(DeviceClass::Unknown)
                               << "Demo University"
                               << ""
                               << "CN=x,O=Demo University";
        QTest::newRow("unknown OU") << F{{"OU", "kiosk"}, {"CN", "x"}} << int(DeviceClass::Unknown) << ""
                                    << ""
                                    << "CN=x,OU=kiosk";
        QTest::newRow("two OUs are ambiguous")
            << F{{"OU", "organisation-device"}, {"OU", "safe-room-terminal"}, {"CN", "x"}}
            << int(DeviceClass::Unknown) << ""
            << ""
            << "CN=x,OU=safe-room-terminal,OU=organisation-device";
        // The attack: a certificate that names the organisation twice, hoping the server reads
        // the second one (with an AOC agreement) while the CA checked the first.
        QTest::newRow("two Os are ambiguous")
            << F{{"C", "GB"},
                 {"O", "Unvetted Ltd"},
                 {"O", "Demo University"},
                 {"OU", "organisation-device"},
                 {"CN", "x"}}
            << int(DeviceClass::Unknown) << "Demo University"
            << ""
            << "CN=x,OU=organisation-device,O=Demo University,O=Unvetted Ltd,C=GB";
        QTest::newRow("two Ls are ambiguous")
            << F{{"O", "Secure Research Service"},
                 {"L", "Home"},
                 {"L", "Newport Safe Room"},
                 {"OU", "safe-room-terminal"},
                 {"CN", "x"}}
            << int(DeviceClass::Unknown) << "Secure Research Service"
            << "Newport Safe Room"
            << "CN=x,OU=safe-room-terminal,L=Newport Safe Room,L=Home,O=Secure Research Service";
        QTest::newRow("two CNs are ambiguous")
            << F{{"O", "Demo University"}, {"OU", "organisation-device"}, {"CN", "a"}, {"CN", "b"}}
            << int(DeviceClass::Unknown) << "Demo University"
            << ""
            << "CN=b,CN=a,OU=organisation-device,O=Demo University";
        QTest::newRow("two Cs are ambiguous")
            << F{{"C", "GB"}, {"C", "FR"}, {"O", "Demo University"}, {"OU", "organisation-device"}, {"CN", "a"}}
            << int(DeviceClass::Unknown) << "Demo University"
            << ""
            << "CN=a,OU=organisation-device,O=Demo University,C=FR,C=GB";
    }
    void fromSubjectFields()
    {
        QFETCH(DeviceIdentity::Fields, fields);
        QFETCH(int, deviceClass);
        QFETCH(QString, organisation);
        QFETCH(QString, site);
        QFETCH(QString, subject);
        const DeviceIdentity id = DeviceIdentity::fromSubjectFields(fields);
        QCOMPARE(int(id.deviceClass), deviceClass);
        QCOMPARE(id.organisation, organisation);
        QCOMPARE(id.site, site);
        QCOMPARE(id.subject, subject);
    }

    void repeatedFieldNamesTheField()
    {
        using F = DeviceIdentity::Fields;
        QCOMPARE(DeviceIdentity::repeatedField(F{{"O", "a"}, {"OU", "organisation-device"}, {"CN", "x"}}),
                 QString());
        QCOMPARE(DeviceIdentity::repeatedField(F{{"O", "a"}, {"CN", "x"}, {"O", "b"}}), QStringLiteral("O"));
        QCOMPARE(DeviceIdentity::repeatedField(F{{"L", "a"}, {"L", "a"}}), QStringLiteral("L"));
        // Fields the identity does not read may repeat (DC, say).
        QCOMPARE(DeviceIdentity::repeatedField(F{{"DC", "a"}, {"DC", "b"}, {"CN", "x"}}), QString());
    }

    void classNamesRoundTrip()
    {
        for (DeviceClass c : {DeviceClass::SafeRoomTerminal, DeviceClass::OrganisationDevice})
            QCOMPARE(deviceClassFromString(deviceClassToString(c)), c);
        QCOMPARE(deviceClassFromString(QStringLiteral("Safe-Room-Terminal")), DeviceClass::Unknown);
    }

    void describeReadsWell()
    {
        const DeviceIdentity id = DeviceIdentity::fromSubjectFields({{"O", "Secure Research Service"},
                                                                     {"OU", "safe-room-terminal"},
                                                                     {"L", "Newport"},
                                                                     {"CN", "sr-7"}});
        QCOMPARE(id.describe(),
                 QStringLiteral("safe-room terminal sr-7 at Newport (Secure Research Service)"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceIdentity)
#include "tst_deviceidentity.moc"
