// The Welsh translation, translations/srs_cy.ts, read as Qt Linguist XML and checked message by
// message against its English source: a translated message must carry the same placeholders
// (%1..%99, %L1, %n), the same HTML tags, the same number of line breaks, the same number of
// keyboard mnemonics (a single "&") and the same leading and trailing spaces (fragments are
// joined to other texts). Every message is translated, so completeness is asserted too: a
// text added to the sources and refreshed into the .ts with `update_translations` fails this
// test until it is translated.

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;          // the disambiguation, part of the message's identity
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
    bool numerus = false;

    [[nodiscard]] QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

struct Catalogue
{
    QList<Message> messages;
    QString error;
};

Catalogue readTs(QIODevice *device)
{
    Catalogue cat;
    QXmlStreamReader xml(device);
    QString context;
    Message current;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "name"_L1 && !inMessage) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                inMessage = true;
                current =
                    Message{context, {}, {}, {}, false, xml.attributes().value("numerus"_L1) == "yes"_L1};
            } else if (name == "source"_L1 && inMessage) {
                current.source = xml.readElementText();
            } else if (name == "comment"_L1 && inMessage) {
                current.comment = xml.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                const auto type = xml.attributes().value("type"_L1);
                current.unfinished =
                    type == "unfinished"_L1 || type == "vanished"_L1 || type == "obsolete"_L1;
                // A plural message holds <numerusform> children; a plain one, text.
                QString text;
                bool numerus = false;
                while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                        numerus = true;
                        current.translations.append(xml.readElementText());
                    } else if (xml.isCharacters() && !numerus) {
                        text += xml.text();
                    }
                }
                if (!numerus)
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            inMessage = false;
            cat.messages.append(current);
        }
    }
    if (xml.hasError())
        cat.error = xml.errorString();
    return cat;
}

QStringList sortedMatches(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0));
    std::sort(found.begin(), found.end());
    return found;
}

qsizetype mnemonics(const QString &text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (i + 1 < text.size() && text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        ++count;
    }
    return count;
}

// What is wrong with one translation of a source; empty when nothing is. A plural form may leave
// out the count (%n): Welsh says "munud" for one minute and English "a minute".
QStringList problems(const QString &source, const QString &translation, bool numerus = false)
{
    static const QRegularExpression placeholder(u"%L?\\d{1,2}|%L?n"_s);
    static const QRegularExpression count(u"%L?n"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9]*\\b[^>]*>"_s);
    QStringList out;
    if (translation.trimmed().isEmpty())
        out.append(u"empty translation"_s);
    QStringList wanted = sortedMatches(placeholder, source);
    QStringList found = sortedMatches(placeholder, translation);
    if (numerus) {
        wanted.removeIf([](const QString &p) { return count.match(p).hasMatch(); });
        found.removeIf([](const QString &p) { return count.match(p).hasMatch(); });
    }
    if (wanted != found)
        out.append(u"placeholders differ"_s);
    if (sortedMatches(tag, source) != sortedMatches(tag, translation))
        out.append(u"HTML tags differ"_s);
    if (source.count(u'\n') != translation.count(u'\n'))
        out.append(u"line breaks differ"_s);
    if (mnemonics(source) != mnemonics(translation))
        out.append(u"keyboard mnemonics (&) differ"_s);
    const auto leads = [](const QString &s) { return !s.isEmpty() && s.front().isSpace(); };
    const auto trails = [](const QString &s) { return !s.isEmpty() && s.back().isSpace(); };
    if (leads(source) != leads(translation) || trails(source) != trails(translation))
        out.append(u"leading or trailing space differs"_s);
    return out;
}

QStringList problems(const Message &m)
{
    QStringList out;
    for (const auto &t : m.translations)
        for (const auto &p : problems(m.source, t, m.numerus))
            out.append(u"%1: \"%2\" -> \"%3\": %4"_s.arg(m.context, m.source, t, p));
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    // The checks themselves, on a small catalogue with known faults.
    void checksFindFaults()
    {
        QByteArray ts = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="cy_GB"><context><name>C</name>
<message><source>Good %1 of %2</source><translation>Da %2 o %1</translation></message>
<message><source>Lost %1</source><translation>Ar goll</translation></message>
<message><source>&lt;b&gt;%1&lt;/b&gt;</source><translation>%1</translation></message>
<message><source>&amp;Open</source><translation>Agor</translation></message>
<message><source>a\nb</source><translation>a b</translation></message>
<message><source> tail</source><translation>cynffon</translation></message>
<message><source>Todo</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n files in %1</source><translation><numerusform>un ffeil yn %1</numerusform><numerusform>%n ffeil</numerusform></translation></message>
<message><source>Open</source><comment>a door</comment><translation>Agorwch</translation></message>
</context></TS>)";
        ts.replace("a\\nb", "a\nb");
        QBuffer buffer(&ts);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto cat = readTs(&buffer);
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QCOMPARE(cat.messages.size(), 9);
        QVERIFY(problems(cat.messages[0]).isEmpty());
        QCOMPARE(problems(cat.messages[1]).size(), 1); // placeholder lost
        QVERIFY(problems(cat.messages[2]).join(u' ').contains(u"HTML tags"_s));
        QVERIFY(problems(cat.messages[3]).join(u' ').contains(u"mnemonics"_s));
        QVERIFY(problems(cat.messages[4]).join(u' ').contains(u"line breaks"_s));
        QVERIFY(problems(cat.messages[5]).join(u' ').contains(u"space"_s));
        QVERIFY(cat.messages[6].unfinished);
        QCOMPARE(cat.messages[7].translations.size(), 2);
        QVERIFY(cat.messages[7].numerus);
        // A form may leave out the count ("un ffeil"), but not another placeholder.
        QCOMPARE(problems(cat.messages[7]).size(), 1);
        QVERIFY(problems(cat.messages[7]).constFirst().contains(u"\"%n ffeil\""_s));
        QCOMPARE(cat.messages[8].comment, u"a door"_s);
        Message open;
        open.context = u"C"_s;
        open.source = u"Open"_s;
        QVERIFY(cat.messages[8].key() != open.key());
    }

    // The client's own catalogue, and the Welsh of the words Qt draws itself (srs_qt_cy.ts, kept
    // by hand: its sources are Qt's).
    void welsh_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("client") << u"srs_cy.ts"_s;
        QTest::newRow("Qt's words") << u"srs_qt_cy.ts"_s;
    }

    void welsh()
    {
        QFETCH(QString, catalogue);
        const QString path = qEnvironmentVariable("SRS_SOURCE_DIR") + u"/translations/"_s + catalogue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const auto cat = readTs(&file);
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QVERIFY(!cat.messages.isEmpty());

        QStringList faults;
        QStringList untranslated;
        qsizetype translated = 0;
        for (const auto &m : cat.messages) {
            if (m.unfinished) {
                untranslated.append(u"%1: \"%2\""_s.arg(m.context, m.source));
                continue;
            }
            ++translated;
            faults.append(problems(m));
        }
        qInfo("Welsh: %lld of %lld messages translated", qlonglong(translated),
              qlonglong(cat.messages.size()));
        for (const auto &f : faults)
            qWarning("%s", qPrintable(f));
        QVERIFY2(faults.isEmpty(),
                 qPrintable(u"%1 translated messages do not match their source"_s.arg(faults.size())));
        for (const auto &u : untranslated)
            qWarning("untranslated: %s", qPrintable(u));
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"%1 messages are not translated"_s.arg(untranslated.size())));
    }

    // The sources as they are now, read by the real lupdate (the one CMake's Qt6::lupdate names,
    // on the files and include paths app/CMakeLists.txt gives it), against the committed catalogues: every
    // text in the code is in srs_cy.ts and translated there, and every plural text has its English forms in
    // srs_en.ts. Compared by context, source and comment, so a text added with tr() fails this
    // until the catalogues are refreshed and it is translated, whether or not anyone ran
    // update_translations.
    void sourcesAreTranslated_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<bool>("pluralOnly");
        QTest::addColumn<int>("forms");
        QTest::newRow("Welsh") << u"srs_cy.ts"_s << false << 5; // 0, 1, 2-5, 6, the rest
        QTest::newRow("English plurals") << u"srs_en.ts"_s << true << 2;
    }

    void sourcesAreTranslated()
    {
        QFETCH(QString, catalogue);
        QFETCH(bool, pluralOnly);
        QFETCH(int, forms);
        const QString lupdate = QString::fromUtf8(SRS_LUPDATE);
        const QString project = QString::fromUtf8(SRS_LUPDATE_PROJECT);
        QVERIFY2(QFileInfo::exists(lupdate), qPrintable(lupdate));
        QVERIFY2(QFileInfo::exists(project), qPrintable(project));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(catalogue);
        QStringList args{u"-project"_s, project, u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-silent"_s};
        if (pluralOnly)
            args << u"-pluralonly"_s;
        args << u"-ts"_s << fresh;
        QProcess run;
        run.start(lupdate, args);
        QVERIFY(run.waitForFinished(120000));
        QVERIFY2(run.exitStatus() == QProcess::NormalExit && run.exitCode() == 0,
                 run.readAllStandardError().constData());

        QFile found(fresh);
        QVERIFY2(found.open(QIODevice::ReadOnly), qPrintable(fresh));
        const Catalogue code = readTs(&found);
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        QVERIFY(code.messages.size() > (pluralOnly ? 10 : 500));

        QFile committedFile(qEnvironmentVariable("SRS_SOURCE_DIR") + u"/translations/"_s + catalogue);
        QVERIFY(committedFile.open(QIODevice::ReadOnly));
        const Catalogue committed = readTs(&committedFile);
        QVERIFY2(committed.error.isEmpty(), qPrintable(committed.error));
        QHash<QString, Message> byKey;
        for (const Message &m : committed.messages)
            byKey.insert(m.key(), m);

        QStringList missing;
        for (const Message &m : code.messages) {
            const auto it = byKey.constFind(m.key());
            const QString name = u"%1: \"%2\"%3"_s.arg(
                m.context, m.source, m.comment.isEmpty() ? QString() : u" ("_s + m.comment + u")"_s);
            if (it == byKey.cend())
                missing.append(u"not in the catalogue: "_s + name);
            else if (it->unfinished)
                missing.append(u"not translated: "_s + name);
            else if (it->numerus && it->translations.size() != forms)
                missing.append(u"%1 plural forms instead of %2: "_s.arg(it->translations.size()).arg(forms) +
                               name);
            else if (it->numerus && std::any_of(it->translations.cbegin(), it->translations.cend(),
                                                [](const QString &t) { return t.trimmed().isEmpty(); }))
                missing.append(u"an empty plural form: "_s + name);
        }
        qInfo("%s: %lld texts in the code (%lld plural)", qPrintable(catalogue),
              qlonglong(code.messages.size()),
              qlonglong(std::count_if(code.messages.cbegin(), code.messages.cend(),
                                      [](const Message &m) { return m.numerus; })));
        for (const QString &m : missing)
            qWarning("%s", qPrintable(m));
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(u"%1 texts of the code are missing or untranslated in %2; run `cmake --build "
                       u"--preset dev --target update_translations` and translate them"_s.arg(missing.size())
                           .arg(catalogue)));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
