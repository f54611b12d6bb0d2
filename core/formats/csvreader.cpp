// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/formats/csvreader.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace {

/// The separator the heading row uses outside quotes: the most frequent of ; , and tab.
QChar guessSeparator(const QString& text)
{
    int semicolons = 0;
    int commas = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted) {
            semicolons += c == u';' ? 1 : 0;
            commas += c == u',' ? 1 : 0;
            tabs += c == u'\t' ? 1 : 0;
        }
    }
    if (tabs > semicolons && tabs > commas) {
        return u'\t';
    }
    return commas > semicolons ? u',' : u';';
}

bool isBlank(const QStringList& record)
{
    return std::all_of(record.cbegin(), record.cend(),
                       [](const QString& cell) { return cell.trimmed().isEmpty(); });
}

} // namespace

QString CsvReader::decode(const QByteArray& bytes, QString* encoding)
{
    const auto setEncoding = [encoding](const char* name) {
        if (encoding) {
            *encoding = QString::fromLatin1(name);
        }
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        setEncoding("UTF-16");
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                             QStringDecoder::Flag::ConvertInitialBom);
        QString text = utf16.decode(bytes.mid(2));
        // An unpaired surrogate is no character (UTF-8 cannot hold it): U+FFFD, as for a bad UTF-8 byte.
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
            } else if (text.at(i).isSurrogate()) {
                text[i] = QChar::ReplacementCharacter;
            }
        }
        return text;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        setEncoding("UTF-8");
        // One byte order mark only, as for UTF-16 (QString::fromUtf8 would drop a second one, which
        // belongs to the first cell).
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        return utf8.decode(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        setEncoding("UTF-8");
        return text;
    }
    // Not UTF-8: Excel's "CSV (comma delimited)" on a Polish Windows, in the ANSI code page.
    QStringDecoder windows1250("windows-1250");
    if (windows1250.isValid()) {
        setEncoding("Windows-1250");
        return windows1250.decode(bytes);
    }
    setEncoding("UTF-8");
    return text;
}

Result<CsvTable> CsvReader::parse(const QString& text)
{
    CsvTable table;
    table.separator = guessSeparator(text);
    QList<QStringList> records;
    QList<int> lines;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellStarted = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    const auto endCell = [&] {
        record << cell;
        cell.clear();
        cellStarted = false;
    };
    const auto endRecord = [&] {
        endCell();
        if (!isBlank(record)) {
            records << record;
            lines << recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                // A line break inside a cell is kept as \n, whichever the file used.
                if (c == u'\r') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                        continue;
                    }
                    ++line;
                    cell += u'\n';
                    continue;
                }
                cell += c;
            }
            continue;
        }
        if (c == u'"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            // Text after a closing quote ("abc"def) is kept, as spreadsheets do.
            cell += c;
            cellStarted = true;
        }
    }
    if (quoted) {
        //: %1 is a line number in a CSV file
        return Error(Error::Kind::Validation,
                     tr("line %1: a quoted cell is never closed (a \" is missing).").arg(quoteLine));
    }
    if (cellStarted || !record.isEmpty() || !cell.isEmpty()) {
        endRecord();
    }
    if (records.isEmpty()) {
        return Error(Error::Kind::Validation, tr("The file is empty: a heading row is expected first."));
    }
    table.header = records.takeFirst();
    for (QString& name : table.header) {
        name = name.trimmed();
    }
    lines.removeFirst();
    table.rows = std::move(records);
    table.rowLines = std::move(lines);
    return table;
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes)
{
    QString encoding;
    const QString text = decode(bytes, &encoding);
    auto table = parse(text);
    if (table) {
        table.value().encoding = encoding;
    }
    return table;
}

Result<CsvTable> CsvReader::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file, %2 the system's reason
        return Error(Error::Kind::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
    }
    auto table = read(file.readAll());
    if (!table) {
        return Error(table.error().kind(), QStringLiteral("%1: %2").arg(shown, table.error().message()));
    }
    return table;
}

QString CsvReader::unneutralized(const QString& cell)
{
    // The same characters CsvWriter::neutralized() guards, tab and carriage return included.
    if (cell.size() >= 2 && cell.at(0) == u'\'' && QStringLiteral("=+-@\t\r").contains(cell.at(1))) {
        return cell.mid(1);
    }
    return cell;
}
