// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/visit/importpreviewdialog.h"

#include "ui/help/helprequest.h"

#include <QBrush>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace {

/// The row of the table holding the column choices.
constexpr int choiceRow = 0;
/// The column saying what happens to each row, first, where it is seen whatever the file's width.
constexpr int statusColumn = 0;
/// The file's first column.
constexpr int fileColumn = 1;
/// The widest the status column starts, in average characters; a longer problem wraps, and is read
/// whole in its tooltip or by widening the column.
constexpr int statusCharacters = 60;

} // namespace

ImportPreviewDialog::ImportPreviewDialog(const QString& fileName, const CsvTable& table, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_columns(int(table.header.size()))
{
    HelpRequest::setSection(this, QStringLiteral("import-export"));
    setWindowModality(Qt::WindowModal);
    HelpRequest::addShortcut(this);
    setObjectName(QStringLiteral("importPreview"));
    //: the title of the window showing a CSV file before it is imported; %1 is the file's name
    setWindowTitle(tr("Import %1").arg(QFileInfo(fileName).fileName()));
    const QString separator = table.separator == u';'    ? tr("semicolons")
                              : table.separator == u','  ? tr("commas")
                              : table.separator == u'\t' ? tr("tabs")
                                                         : QString(table.separator);
    //: %1 is a file, %2 its encoding (UTF-8, Windows-1250), %3 "semicolons", "commas" or "tabs"
    auto* about = new QLabel(tr("%1 — read as %2, cells separated by %3.")
                                 .arg(QDir::toNativeSeparators(fileName), table.encoding, separator),
                             this);
    about->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("importRows"));
    m_table->setAccessibleName(tr("Rows of the file"));
    // The file's own headings read the same whatever the interface language.
    m_table->horizontalHeader()->setProperty("content", true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setColumnCount(fileColumn + m_columns);
    //: the column of the import preview saying what happens to each row
    QStringList headings = {tr("What happens")};
    headings << table.header;
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setRowCount(int(table.rows.size()));
    QStringList lines;
    for (int r = 0; r < int(table.rows.size()); ++r) {
        const QStringList& cells = table.rows.at(r);
        for (int c = 0; c < m_columns; ++c) {
            auto* item = new QTableWidgetItem(cells.value(c).simplified());
            item->setToolTip(cells.value(c));
            m_table->setItem(r, fileColumn + c, item);
        }
        lines << QString::number(table.rowLines.value(r));
    }
    // The rows are numbered as the file's lines, as a spreadsheet shows them.
    m_table->setVerticalHeaderLabels(lines);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    //: the button that imports the rows shown
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);
    // Some 150 characters by 37 lines: 900 by 520 pixels at the usual text size, larger with larger text.
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().lineSpacing() * 37);
}

void ImportPreviewDialog::setColumnChoices(const QStringList& fields, const QList<int>& chosen)
{
    // The choices take the table's first row, above the file's first line.
    m_table->insertRow(choiceRow);
    QStringList lines = {tr("Holds:")};
    for (int r = 1; r < m_table->rowCount(); ++r) {
        lines << m_table->verticalHeaderItem(r)->text();
    }
    m_table->setVerticalHeaderLabels(lines);
    for (int c = 0; c < m_columns; ++c) {
        auto* box = new QComboBox(m_table);
        box->addItems(fields);
        box->setCurrentIndex(chosen.value(c));
        //: %1 is a column's heading in the file
        box->setAccessibleName(
            tr("What the column \"%1\" holds").arg(m_table->horizontalHeaderItem(fileColumn + c)->text()));
        m_table->setCellWidget(choiceRow, fileColumn + c, box);
        m_choices << box;
        connect(box, &QComboBox::currentIndexChanged, this, &ImportPreviewDialog::columnChoicesChanged);
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowToContents(choiceRow); // as tall as a choice box, at any text size
}

QList<int> ImportPreviewDialog::columnChoices() const
{
    QList<int> chosen;
    for (const QComboBox* box : m_choices) {
        chosen << box->currentIndex();
    }
    return chosen;
}

void ImportPreviewDialog::setStatuses(const QList<ImportRowStatus>& statuses, const QString& summary,
                                      bool importable)
{
    const int first = m_choices.isEmpty() ? 0 : 1;
    bool problems = false;
    for (int r = 0; r < int(statuses.size()); ++r) {
        const ImportRowStatus& status = statuses.at(r);
        auto* item = new QTableWidgetItem(status.text);
        item->setToolTip(status.text);
        // A row to mend stands out across the whole table: dark red on pale red in every cell, so that
        // a dark colour scheme's light text is not left on the pale tint. A row imported with a
        // warning is dark brown on pale amber, told apart from a problem by more than its colour: its
        // text says what happens to it first.
        QBrush background;
        QBrush foreground;
        if (status.problem) {
            background = QBrush(QColor(0xfd, 0xe4, 0xe1));
            foreground = QBrush(QColor(0x9b, 0x1c, 0x1c));
        } else if (status.warning) {
            background = QBrush(QColor(0xfe, 0xf3, 0xc7));
            foreground = QBrush(QColor(0x78, 0x35, 0x0f));
        }
        problems = problems || status.problem;
        item->setBackground(background);
        item->setForeground(foreground);
        m_table->setItem(first + r, statusColumn, item);
        for (int c = 0; c < m_columns; ++c) {
            if (QTableWidgetItem* cell = m_table->item(first + r, fileColumn + c)) {
                cell->setBackground(background);
                cell->setForeground(foreground);
            }
        }
    }
    m_summary->setText(summary);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(importable && !problems);
    if (m_choices.isEmpty()) {
        m_table->resizeColumnsToContents();
    } else {
        m_table->resizeColumnToContents(statusColumn);
    }
    m_table->setColumnWidth(statusColumn,
                            std::min(m_table->columnWidth(statusColumn),
                                     m_table->fontMetrics().averageCharWidth() * statusCharacters));
    // A problem's or a warning's wrapped lines all in view, at any text size.
    for (int r = 0; r < int(statuses.size()); ++r) {
        if (statuses.at(r).problem || statuses.at(r).warning) {
            m_table->resizeRowToContents(first + r);
        }
    }
}
