// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/importbench.h"

#include "core/formats/csvreader.h"
#include "core/formats/csvwriter.h"
#include "core/formats/participantimport.h"
#include "core/storage/database.h"
#include "core/storage/institutionrepository.h"
#include "tests/bench/samples.h"

#include <QFile>

#include <random>

namespace {

const QStringList givenNames{QStringLiteral("Anna"),   QStringLiteral("Katarzyna"), QStringLiteral("Piotr"),
                             QStringLiteral("Tomasz"), QStringLiteral("Олена"),     QStringLiteral("Ірина"),
                             QStringLiteral("Андрій"), QStringLiteral("Олександр"), QStringLiteral("Ingrid"),
                             QStringLiteral("Jana"),   QStringLiteral("Marta"),     QStringLiteral("Оксана")};
const QStringList familyNames{
    QStringLiteral("Nowak"),    QStringLiteral("Wiśniewska"),  QStringLiteral("Zieliński"),
    QStringLiteral("Шевченко"), QStringLiteral("Коваленко"),   QStringLiteral("Бондаренко"),
    QStringLiteral("Hansen"),   QStringLiteral("Dvořáková"),   QStringLiteral("Kamińska"),
    QStringLiteral("Мельник"),  QStringLiteral("Lewandowski"), QStringLiteral("Ткаченко")};

} // namespace

ImportBench::ImportBench(const QString& databasePath)
    : m_pristine(m_directory.filePath(QStringLiteral("pristine.wizyta")))
{
    if (!QFile::copy(databasePath, m_pristine)) {
        m_problem = QStringLiteral("cannot copy %1 to %2").arg(databasePath, m_pristine);
    }
}

QString ImportBench::writeCsv(const QString& databasePath, int rows) const
{
    // A registration list as a partner sends it: half of the institutions are in the database already.
    QStringList institutions;
    if (auto database = Database::open(databasePath, Database::Access::ReadOnly)) {
        if (const auto known = InstitutionRepository(**database).list()) {
            for (qsizetype i = 0; i < known->size() && institutions.size() < 100; i += 7) {
                institutions << known->at(i).name;
            }
        }
    }
    for (int i = 0; i < 100; ++i) {
        institutions << QStringLiteral("Centrum Usług Społecznych nr %1").arg(i + 1);
    }
    std::mt19937 random(20261126);
    const auto pick = [&random](const QStringList& from) {
        return from.at(static_cast<qsizetype>(random() % static_cast<unsigned>(from.size())));
    };
    QList<QStringList> table{{QStringLiteral("Imię"), QStringLiteral("Nazwisko"),
                              QStringLiteral("Instytucja"), QStringLiteral("Stanowisko"),
                              QStringLiteral("E-mail"), QStringLiteral("Telefon")}};
    for (int row = 0; row < rows; ++row) {
        table << QStringList{pick(givenNames),
                             pick(familyNames),
                             pick(institutions),
                             QStringLiteral("pracownik socjalny"),
                             QStringLiteral("uczestnik%1@example.org").arg(row + 1),
                             QStringLiteral("+48 600 %1").arg(100000 + row)};
    }
    const QString path = m_directory.filePath(QStringLiteral("participants-%1.csv").arg(rows));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(CsvWriter::write(table)) < 0) {
        return {};
    }
    return path;
}

std::optional<double> ImportBench::importParticipants(Id visitId, int rows, int runs)
{
    if (!m_problem.isEmpty()) {
        return std::nullopt;
    }
    const QString csv = writeCsv(m_pristine, rows);
    if (csv.isEmpty()) {
        m_problem = QStringLiteral("cannot write the CSV file");
        return std::nullopt;
    }
    const QString copy = m_directory.filePath(QStringLiteral("import.wizyta"));
    Samples samples;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        if (!QFile::copy(m_pristine, copy)) {
            m_problem = QStringLiteral("cannot copy the database");
            return std::nullopt;
        }
        auto database = Database::open(copy);
        if (!database) {
            m_problem = database.error().message();
            return std::nullopt;
        }
        std::optional<int> added;
        const double milliseconds = millisecondsOf([&] {
            const auto table = CsvReader::readFile(csv);
            if (!table) {
                m_problem = table.error().message();
                return;
            }
            const auto plan = ParticipantImport::plan(**database, visitId, *table,
                                                      ParticipantColumns::guess(table->header));
            if (!plan) {
                m_problem = plan.error().message();
                return;
            }
            const auto outcome = ParticipantImport::apply(**database, *plan);
            if (!outcome) {
                m_problem = outcome.error().message();
                return;
            }
            added = outcome->participantsAdded;
        });
        if (added != rows) {
            if (m_problem.isEmpty()) {
                m_problem = QStringLiteral("%1 of %2 participants imported").arg(added.value_or(0)).arg(rows);
            }
            return std::nullopt;
        }
        samples.add(milliseconds);
    }
    return samples.median();
}
