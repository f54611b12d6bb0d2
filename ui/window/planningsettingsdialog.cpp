// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/planningsettingsdialog.h"

#include "core/storage/institutionrepository.h"
#include "core/storage/programmerepository.h"
#include "ui/editing/databasedocument.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/searchcompleter.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/userprompts.h"

#include <QCollator>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace {

const QString sameCityField = QStringLiteral("settings.travelMinutesSameCity");
const QString otherCityField = QStringLiteral("settings.travelMinutesOtherCity");
const QString interpreterField = QStringLiteral("settings.interpreterMaxMinutes");
// The table as a whole: a refused row is reported under it, naming the row.
const QString pairsField = QStringLiteral("settings.travelTimes");

enum Column { FirstCityColumn, SecondCityColumn, MinutesColumn, ColumnCount };

// A day: anything longer is a typing error, not a journey or a stretch of interpreting.
constexpr int maximumMinutes = 24 * 60;

// How the core matches two spellings of one city: "Kraków", " kraków" and "KRAKÓW" are one city.
QString cityKey(const QString& city)
{
    return city.trimmed().toCaseFolded();
}

// One key for a pair in either order; empty for what is no pair (a missing city, one city twice),
// which the core refuses with its own message.
QString pairKey(const QString& cityA, const QString& cityB)
{
    QString first = cityKey(cityA);
    QString second = cityKey(cityB);
    if (first.isEmpty() || second.isEmpty() || first == second) {
        return {};
    }
    if (second < first) {
        std::swap(first, second);
    }
    return first + QLatin1Char('\n') + second;
}

// The row is stored exactly so (spelling and minutes): setting it again would be an edit that
// changes nothing.
bool isStored(const QList<TravelTime>& stored, const TravelTime& row)
{
    const QString a = row.cityA.trimmed();
    const QString b = row.cityB.trimmed();
    return std::any_of(stored.cbegin(), stored.cend(), [&](const TravelTime& pair) {
        return pair.minutes == row.minutes &&
               ((pair.cityA == a && pair.cityB == b) || (pair.cityA == b && pair.cityB == a));
    });
}

// Writes a limit only when it changed: rewriting the same value would still put an edit on the
// undo stack, one that undoes nothing.
Status storeMinutes(const Result<int>& stored, int wanted, const std::function<Status(int)>& write)
{
    if (!stored) {
        return stored.error();
    }
    return *stored == wanted ? success() : write(wanted);
}

int columnOf(const QString& field)
{
    if (field == QLatin1String("travelTime.cityB")) {
        return SecondCityColumn;
    }
    if (field == QLatin1String("travelTime.minutes")) {
        return MinutesColumn;
    }
    return FirstCityColumn;
}

QSpinBox* minutesBox(QWidget* parent, int minimum)
{
    auto* box = new QSpinBox(parent);
    box->setRange(minimum, maximumMinutes);
    box->setAlignment(Qt::AlignRight);
    return box;
}

// A value edited into the file by hand may lie beyond the box's range; it is shown as it is
// rather than cut down, which OK would then store without a word.
void showMinutes(QSpinBox* box, int minutes)
{
    box->setMaximum(std::max(box->maximum(), minutes));
    box->setValue(minutes);
}

} // namespace

// Edits the table's cells: cities in a line with the known cities to complete, minutes in a spin
// box; shows minutes with their unit.
class PlanningSettingsDialog::PairDelegate final : public QStyledItemDelegate
{
public:
    PairDelegate(QStringList cities, QObject* parent)
        : QStyledItemDelegate(parent), m_cities(std::move(cities))
    {}

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex& index) const override
    {
        QWidget* editor = nullptr;
        if (index.column() == MinutesColumn) {
            auto* minutes = minutesBox(parent, 0);
            minutes->setSuffix(PlanningSettingsDialog::tr(" min"));
            minutes->setFrame(false);
            editor = minutes;
        } else {
            auto* city = new QLineEdit(parent);
            city->setFrame(false);
            SearchCompleter::attach(city, new QStringListModel(m_cities, city));
            editor = city;
        }
        editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        m_editor = editor;
        return editor;
    }

    void setEditorData(QWidget* editor, const QModelIndex& index) const override
    {
        if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
            showMinutes(minutes, index.data(Qt::EditRole).toInt());
            return;
        }
        QStyledItemDelegate::setEditorData(editor, index);
    }

    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override
    {
        if (auto* minutes = qobject_cast<QSpinBox*>(editor)) {
            minutes->interpretText(); // digits typed a moment ago count
            model->setData(index, minutes->value(), Qt::EditRole);
            return;
        }
        QStyledItemDelegate::setModelData(editor, model, index);
    }

    QString displayText(const QVariant& value, const QLocale& locale) const override
    {
        if (value.typeId() == QMetaType::Int) {
            return locale.toString(value.toInt()) + PlanningSettingsDialog::tr(" min");
        }
        return QStyledItemDelegate::displayText(value, locale);
    }

    // Stores what the open cell editor holds and closes it.
    void finishEditing()
    {
        // A closed editor waits hidden for its deletion; what it held was stored when it closed.
        if (QWidget* editor = m_editor; editor && !editor->isHidden()) {
            m_editor = nullptr;
            Q_EMIT commitData(editor);
            Q_EMIT closeEditor(editor);
        }
    }

private:
    QStringList m_cities;
    mutable QPointer<QWidget> m_editor;
};

PlanningSettingsDialog::PlanningSettingsDialog(DatabaseDocument& document, UserPrompts& prompts,
                                               QWidget* parent)
    : RecordDialog(parent), m_document(document), m_prompts(prompts), m_sameCity(minutesBox(this, 0)),
      m_otherCity(minutesBox(this, 0)), m_interpreter(minutesBox(this, 1)), m_pairsBox(new QWidget(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_addPair(new QPushButton(this)),
      m_removePair(new QPushButton(this)), m_hint(new QLabel(this))
{
    HelpRequest::setSection(this, QStringLiteral("planning-settings"));
    setObjectName(QStringLiteral("planningSettingsDialog"));

    m_table->setObjectName(QStringLiteral("travelTimes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons, as in the form
    m_table->horizontalHeader()->setSectionResizeMode(FirstCityColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SecondCityColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MinutesColumn, QHeaderView::ResizeToContents);
    m_table->setMinimumHeight(160);
    m_addPair->setObjectName(QStringLiteral("addPair"));
    m_removePair->setObjectName(QStringLiteral("removePair"));
    // Enter in the form still presses OK, not the last table button that had the focus.
    m_addPair->setAutoDefault(false);
    m_removePair->setAutoDefault(false);
    m_hint->setObjectName(QStringLiteral("travelTimesHint"));
    m_hint->setWordWrap(true);
    connect(m_addPair, &QPushButton::clicked, this, &PlanningSettingsDialog::addPair);
    connect(m_removePair, &QPushButton::clicked, this, &PlanningSettingsDialog::removePairs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PlanningSettingsDialog::updateButtons);

    auto* tableButtons = new QVBoxLayout;
    tableButtons->addWidget(m_addPair);
    tableButtons->addWidget(m_removePair);
    tableButtons->addStretch();
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    tableRow->addLayout(tableButtons);
    auto* pairsLayout = new QVBoxLayout(m_pairsBox);
    pairsLayout->setContentsMargins(0, 0, 0, 0);
    pairsLayout->addLayout(tableRow);
    pairsLayout->addWidget(m_hint);
    m_pairsBox->setFocusProxy(m_table);

    addRow(sameCityField, m_sameCity);
    addRow(otherCityField, m_otherCity);
    addRow(interpreterField, m_interpreter);
    addRow(pairsField, m_pairsBox);

    const Status loaded = load();
    if (!loaded) {
        // Storing a form that shows defaults in place of what could not be read would overwrite it.
        m_prompts.warning(parent, tr("Planning Settings"), loaded.error().message());
        makeReadOnly();
    } else if (m_document.isReadOnly()) {
        makeReadOnly();
    }
    setSaver([this] { return save(); });

    setTabOrder(m_sameCity, m_otherCity);
    setTabOrder(m_otherCity, m_interpreter);
    setTabOrder(m_interpreter, m_table);
    setTabOrder(m_table, m_addPair);
    setTabOrder(m_addPair, m_removePair);

    updateButtons();
    resize(widthForCharacters(this, 120), sizeHint().height());
    retranslateUi();
}

Status PlanningSettingsDialog::load()
{
    const SettingsRepository settings(m_document.database());
    const auto sameCity = settings.travelMinutesSameCity();
    if (!sameCity) {
        return sameCity.error();
    }
    const auto otherCity = settings.travelMinutesOtherCity();
    if (!otherCity) {
        return otherCity.error();
    }
    const auto interpreter = settings.interpreterMaxMinutes();
    if (!interpreter) {
        return interpreter.error();
    }
    const auto pairs = settings.travelTimes();
    if (!pairs) {
        return pairs.error();
    }
    showMinutes(m_sameCity, *sameCity);
    showMinutes(m_otherCity, *otherCity);
    showMinutes(m_interpreter, *interpreter);
    m_delegate = new PairDelegate(knownCities(*pairs), this);
    m_table->setItemDelegate(m_delegate);
    for (const TravelTime& pair : *pairs) {
        insertPair(m_table->rowCount(), pair);
    }
    return success();
}

QStringList PlanningSettingsDialog::knownCities(const QList<TravelTime>& pairs) const
{
    QStringList cities;
    // The completer only saves typing: a list that cannot be read leaves the cities to be typed.
    if (const auto institutions = InstitutionRepository(m_document.database()).list()) {
        for (const InstitutionSummary& institution : *institutions) {
            cities << institution.city;
        }
    }
    if (const auto sessions = ProgrammeRepository(m_document.database()).sessionsInRange({}, {})) {
        for (const SessionSlot& session : *sessions) {
            cities << session.city;
        }
    }
    for (const TravelTime& pair : pairs) {
        cities << pair.cityA << pair.cityB;
    }

    QStringList unique;
    QSet<QString> seen;
    for (const QString& city : std::as_const(cities)) {
        const QString key = cityKey(city);
        if (!key.isEmpty() && !seen.contains(key)) {
            seen.insert(key);
            unique << city.trimmed();
        }
    }
    // SQLite's order would put Ł and Ż in the wrong place.
    QCollator collator(locale());
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(unique.begin(), unique.end(),
              [&](const QString& a, const QString& b) { return collator.compare(a, b) < 0; });
    return unique;
}

void PlanningSettingsDialog::makeReadOnly()
{
    m_readOnly = true;
    setReadOnly(true);
    // The table stays readable and scrollable; only its editing is off.
    m_pairsBox->setEnabled(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_addPair->setEnabled(false);
    updateButtons();
}

void PlanningSettingsDialog::insertPair(int row, const TravelTime& pair)
{
    m_table->insertRow(row);
    m_table->setItem(row, FirstCityColumn, new QTableWidgetItem(pair.cityA));
    m_table->setItem(row, SecondCityColumn, new QTableWidgetItem(pair.cityB));
    auto* minutes = new QTableWidgetItem;
    minutes->setData(Qt::EditRole, pair.minutes);
    minutes->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, MinutesColumn, minutes);
}

void PlanningSettingsDialog::addPair()
{
    const int row = m_table->rowCount();
    // The time between any two cities is where the coordinator starts from for a new pair.
    insertPair(row, {QString(), QString(), m_otherCity->value()});
    m_table->setCurrentCell(row, FirstCityColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->editItem(m_table->item(row, FirstCityColumn));
}

void PlanningSettingsDialog::removePairs()
{
    QList<int> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected) {
        rows << index.row();
    }
    if (rows.isEmpty()) {
        return;
    }
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (const int row : std::as_const(rows)) {
        m_table->removeRow(row);
    }
    // The next row is selected, so that pressing the button again goes on removing from the keyboard.
    const int next = std::min(rows.constLast(), m_table->rowCount() - 1);
    if (next >= 0) {
        m_table->selectRow(next);
    } else {
        m_table->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
}

void PlanningSettingsDialog::updateButtons()
{
    m_removePair->setEnabled(!m_readOnly && m_table->selectionModel()->hasSelection());
}

QList<TravelTime> PlanningSettingsDialog::pairs() const
{
    QList<TravelTime> pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        pairs.append({m_table->item(row, FirstCityColumn)->text(),
                      m_table->item(row, SecondCityColumn)->text(),
                      m_table->item(row, MinutesColumn)->data(Qt::EditRole).toInt()});
    }
    return pairs;
}

void PlanningSettingsDialog::accept()
{
    // OK pressed with Enter, or clicked without taking the focus, leaves a cell editor open:
    // its text is what the coordinator sees, so it is what is stored.
    if (m_delegate) {
        m_delegate->finishEditing();
    }
    RecordDialog::accept();
    if (isVisible() && !errorText(pairsField).isEmpty()) {
        // The red frame RecordDialog gives an input would run through every widget in the box (each
        // header section, button and the hint): the table alone is framed.
        m_pairsBox->setStyleSheet(QStringLiteral("QTableWidget#travelTimes { border: 1px solid #c62828; }"));
    }
}

Status PlanningSettingsDialog::save()
{
    const int sameCity = m_sameCity->value();
    const int otherCity = m_otherCity->value();
    const int interpreter = m_interpreter->value();
    const QList<TravelTime> rows = pairs();
    int failedRow = -1;
    const Status saved =
        m_document.edits().apply([] { return tr("Change planning settings"); },
                                 [&] { return store(sameCity, otherCity, interpreter, rows, failedRow); });
    if (saved || failedRow < 0) {
        return saved;
    }
    const Error& error = saved.error();
    m_table->setCurrentCell(failedRow, columnOf(error.field()));
    //: %1 is a row number of the travel-time table, %2 what is wrong with that row
    return validationError(
        {{pairsField, tr("Row %1: %2").arg(QString::number(failedRow + 1), error.message())}});
}

Status PlanningSettingsDialog::store(int sameCity, int otherCity, int interpreter,
                                     const QList<TravelTime>& rows, int& failedRow)
{
    SettingsRepository settings(m_document.database());
    if (Status done = storeMinutes(settings.travelMinutesSameCity(), sameCity,
                                   [&](int minutes) { return settings.setTravelMinutesSameCity(minutes); });
        !done) {
        return done;
    }
    if (Status done = storeMinutes(settings.travelMinutesOtherCity(), otherCity,
                                   [&](int minutes) { return settings.setTravelMinutesOtherCity(minutes); });
        !done) {
        return done;
    }
    if (Status done = storeMinutes(settings.interpreterMaxMinutes(), interpreter,
                                   [&](int minutes) { return settings.setInterpreterMaxMinutes(minutes); });
        !done) {
        return done;
    }

    const auto stored = settings.travelTimes();
    if (!stored) {
        return stored.error();
    }
    QSet<QString> listed;
    for (const TravelTime& row : rows) {
        listed.insert(pairKey(row.cityA, row.cityB));
    }
    for (const TravelTime& pair : *stored) {
        if (!listed.contains(pairKey(pair.cityA, pair.cityB))) {
            if (Status removed = settings.removeTravelTime(pair.cityA, pair.cityB); !removed) {
                return removed;
            }
        }
    }

    QHash<QString, int> rowOfPair;
    for (int row = 0; row < rows.size(); ++row) {
        const TravelTime& pair = rows.at(row);
        const QString key = pairKey(pair.cityA, pair.cityB);
        if (!key.isEmpty()) {
            // Two times for one pair: the core would keep the last one without a word.
            if (const auto earlier = rowOfPair.constFind(key); earlier != rowOfPair.constEnd()) {
                failedRow = row;
                //: %1 is a row number of the travel-time table
                return validationError(
                    {{QStringLiteral("travelTime.cityA"),
                      tr("these two cities are already in row %1; keep one of the two rows.")
                          .arg(*earlier + 1)}});
            }
            rowOfPair.insert(key, row);
        }
        if (isStored(*stored, pair)) {
            continue;
        }
        if (Status set = settings.setTravelTime(pair.cityA, pair.cityB, pair.minutes); !set) {
            if (set.error().kind() == Error::Kind::Validation) {
                failedRow = row;
            }
            return set;
        }
    }
    return success();
}

void PlanningSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Planning Settings"));
    setLabel(sameCityField, tr("Travel &within a city:"));
    setLabel(otherCityField, tr("Travel between &cities, unless listed below:"));
    setLabel(interpreterField, tr("An &interpreter works without a break for at most:"));
    //: before the table of travel times between pairs of cities
    setLabel(pairsField, tr("Between &these cities:"));
    for (QSpinBox* box : {m_sameCity, m_otherCity, m_interpreter}) {
        //: after a number of minutes, with its leading space: "15 min"
        box->setSuffix(tr(" min"));
    }
    //: columns of the travel-time table; a time applies both ways, and messages about a row name
    //: its cities "first city" and "second city"
    m_table->setHorizontalHeaderLabels({tr("First city"), tr("Second city"), tr("Minutes")});
    m_table->setAccessibleName(tr("Travel times between pairs of cities"));
    m_addPair->setText(tr("&Add Pair"));
    m_removePair->setText(tr("&Remove Pair"));
    m_hint->setText(
        tr("Used to warn when there is not enough time to travel between two sessions in different cities."));
    m_table->viewport()->update(); // minutes are shown with their unit, in this language
}
