// SPDX-License-Identifier: GPL-3.0-or-later
// Writes, for each language, every message with a plural form rendered for the numbers whose forms
// differ in Polish and Ukrainian (1, 2, 5, 12, 21, 22, 25, 101, 112): a sheet a reviewer reads to catch
// wording that only fits some of them ("%n візит…; він залишиться" reads wrong for 21).
//
//   wizyta_plural_sheet <translations folder> <output folder>
//
// The forms are taken through QTranslator from the translations built into the core library, so the
// sheet shows what the program shows. scripts/update-translations.sh writes the sheets into
// translations/review/; a test fails when the committed ones are not what this writes.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct PluralMessage
{
    QString context;
    QString source;
    QString disambiguation;
    QString translatorComment;
};

QList<PluralMessage> pluralMessages(const QString& tsPath, QString* error)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<PluralMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message") &&
                   xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")) {
            PluralMessage message{context, {}, {}, {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    message.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    message.disambiguation = xml.readElementText();
                } else if (xml.name() == QLatin1String("extracomment")) {
                    message.translatorComment = xml.readElementText();
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages << message;
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

bool writeSheet(const QString& language, const QString& tsFolder, const QString& outFolder)
{
    QString error;
    const QList<PluralMessage> messages =
        pluralMessages(QDir(tsFolder).filePath(QStringLiteral("wizyta_%1.ts").arg(language)), &error);
    QTranslator translator;
    if (!error.isEmpty() || !translator.load(QStringLiteral(":/i18n/wizyta_%1.qm").arg(language))) {
        std::fprintf(stderr, "wizyta_plural_sheet: cannot read the %s translation: %s\n",
                     qPrintable(language), qPrintable(error));
        return false;
    }
    QFile out(QDir(outFolder).filePath(QStringLiteral("plurals-%1.txt").arg(language)));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        std::fprintf(stderr, "wizyta_plural_sheet: cannot write %s: %s\n", qPrintable(out.fileName()),
                     qPrintable(out.errorString()));
        return false;
    }
    QTextStream stream(&out);
    stream << "# Every plural message of the " << language
           << " translation, for the numbers whose forms differ.\n"
           << "# Written by scripts/update-translations.sh: read it, do not edit it.\n";
    const int numbers[] = {1, 2, 5, 12, 21, 22, 25, 101, 112};
    for (const PluralMessage& message : messages) {
        stream << "\n[" << message.context << "] " << message.source << '\n';
        if (!message.translatorComment.isEmpty()) {
            stream << "  (" << message.translatorComment << ")\n";
        }
        const QByteArray context = message.context.toUtf8();
        const QByteArray source = message.source.toUtf8();
        const QByteArray disambiguation = message.disambiguation.toUtf8();
        for (const int n : numbers) {
            QString text =
                translator.translate(context.constData(), source.constData(),
                                     disambiguation.isEmpty() ? nullptr : disambiguation.constData(), n);
            if (text.isEmpty()) {
                text = QStringLiteral("(untranslated)");
            }
            stream << QStringLiteral("%1").arg(n, 5) << "  "
                   << text.replace(QLatin1String("%Ln"), QLocale(language).toString(n))
                          .replace(QLatin1String("%n"), QString::number(n))
                   << '\n';
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: wizyta_plural_sheet <translations folder> <output folder>\n");
        return 2;
    }
    if (!QDir().mkpath(arguments.at(2))) {
        std::fprintf(stderr, "wizyta_plural_sheet: cannot make %s\n", qPrintable(arguments.at(2)));
        return 1;
    }
    bool written = true;
    for (const QString& language : {QStringLiteral("pl"), QStringLiteral("uk")}) {
        written = writeSheet(language, arguments.at(1), arguments.at(2)) && written;
    }
    return written ? 0 : 1;
}
