// The Welsh translation, translations/srs_cy.ts, read as Qt Linguist XML and checked message by
// message against its English source: a translated message must carry the same placeholders
// (%1..%99, %L1, %n), the same HTML tags, the same number of line breaks, the same number of
// keyboard mnemonics (a single "&") and the same leading and trailing spaces (fragments are
// joined to other texts). Every message is translated, so completeness is asserted too: a
// text added to the sources and refreshed into the .ts with `update_translations` fails this
// test until it is translated.

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per numerus form
    bool unfinished = false;
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
                current = Message{context, {}, {}, false};
            } else if (name == "source"_L1 && inMessage) {
                current.source = xml.readElementText();
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

// What is wrong with one translation of a source; empty when nothing is.
QStringList problems(const QString &source, const QString &translation)
{
    static const QRegularExpression placeholder(u"%L?\\d{1,2}|%n"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9]*\\b[^>]*>"_s);
    QStringList out;
    if (translation.trimmed().isEmpty())
        out.append(u"empty translation"_s);
    if (sortedMatches(placeholder, source) != sortedMatches(placeholder, translation))
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
        for (const auto &p : problems(m.source, t))
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
<message numerus="yes"><source>%n files</source><translation><numerusform>%n ffeil</numerusform><numerusform>ffeiliau</numerusform></translation></message>
</context></TS>)";
        ts.replace("a\\nb", "a\nb");
        QBuffer buffer(&ts);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const auto cat = readTs(&buffer);
        QVERIFY2(cat.error.isEmpty(), qPrintable(cat.error));
        QCOMPARE(cat.messages.size(), 8);
        QVERIFY(problems(cat.messages[0]).isEmpty());
        QCOMPARE(problems(cat.messages[1]).size(), 1); // placeholder lost
        QVERIFY(problems(cat.messages[2]).join(u' ').contains(u"HTML tags"_s));
        QVERIFY(problems(cat.messages[3]).join(u' ').contains(u"mnemonics"_s));
        QVERIFY(problems(cat.messages[4]).join(u' ').contains(u"line breaks"_s));
        QVERIFY(problems(cat.messages[5]).join(u' ').contains(u"space"_s));
        QVERIFY(cat.messages[6].unfinished);
        QCOMPARE(cat.messages[7].translations.size(), 2);
        QCOMPARE(problems(cat.messages[7]).size(), 1); // the second form lost %n
    }

    void welsh()
    {
        const QString path = qEnvironmentVariable("SRS_SOURCE_DIR") + u"/translations/srs_cy.ts"_s;
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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
