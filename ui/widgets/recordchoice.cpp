// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/recordchoice.h"

#include "core/languages/searchtext.h"
#include "core/storage/fundingprojectrepository.h"
#include "core/storage/institutionrepository.h"
#include "core/storage/personrepository.h"
#include "ui/widgets/searchcompleter.h"

#include <QCollator>
#include <QComboBox>
#include <QLocale>

#include <algorithm>

namespace {

struct Choice
{
    QString text;
    Id id = 0;
    QString city;
};

void addSorted(QComboBox* combo, QList<Choice> choices)
{
    const QCollator collator{QLocale()};
    std::stable_sort(choices.begin(), choices.end(), [&collator](const Choice& a, const Choice& b) {
        return collator.compare(a.text, b.text) < 0;
    });
    for (const Choice& choice : std::as_const(choices)) {
        combo->addItem(choice.text, choice.id);
        combo->setItemData(combo->count() - 1, choice.city, RecordChoice::CityRole);
    }
}

} // namespace

namespace RecordChoice {

void addNone(QComboBox* combo)
{
    combo->insertItem(0, QString(), Id(0));
}

void addInstitutions(QComboBox* combo, Database& database)
{
    const auto institutions = InstitutionRepository(database).list();
    if (!institutions) {
        return; // the form still opens; the choice is then only "(none)"
    }
    QList<Choice> choices;
    for (const InstitutionSummary& institution : *institutions) {
        // Many towns have a "Miejski Ośrodek Pomocy Społecznej": the city tells them apart.
        const QString text = institution.city.isEmpty()
                                 ? institution.name
                                 : QStringLiteral("%1 (%2)").arg(institution.name, institution.city);
        choices.append({text, institution.id, institution.city});
    }
    addSorted(combo, choices);
}

void addPeople(QComboBox* combo, Database& database, const QSet<Id>& excluded)
{
    const auto people = PersonRepository(database).list();
    if (!people) {
        return;
    }
    QList<Choice> choices;
    for (const PersonSummary& person : *people) {
        if (excluded.contains(person.id)) {
            continue;
        }
        // The Latin form lets a Polish coordinator type "Kovalenko" and find "Коваленко".
        const QString text = person.latinName.isEmpty() || person.latinName == person.displayName
                                 ? person.displayName
                                 : QStringLiteral("%1 (%2)").arg(person.displayName, person.latinName);
        choices.append({text, person.id, {}});
    }
    addSorted(combo, choices);
}

void addFundingProjects(QComboBox* combo, Database& database)
{
    const auto projects = FundingProjectRepository(database).list();
    if (!projects) {
        return;
    }
    QList<Choice> choices;
    for (const FundingProjectSummary& project : *projects) {
        const QString text = project.acronym.isEmpty()
                                 ? project.name
                                 : QStringLiteral("%1 (%2)").arg(project.acronym, project.name);
        choices.append({text, project.id, {}});
    }
    addSorted(combo, choices);
}

void makeSearchable(QComboBox* combo)
{
    SearchCompleter::attach(combo);
}

void select(QComboBox* combo, Id id)
{
    const int index = combo->findData(id, IdRole);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (combo->isEditable()) {
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
}

Id selected(const QComboBox* combo)
{
    if (!combo->isEditable()) {
        return combo->currentData(IdRole).toLongLong();
    }
    const QString text = combo->currentText().trimmed();
    if (text.isEmpty()) {
        return 0;
    }
    if (combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == text) {
        return combo->currentData(IdRole).toLongLong();
    }
    // Compared as searches compare: "plock" is "Płock".
    const QString wanted = SearchText::folded(text);
    int found = -1;
    for (int i = 0; i < combo->count(); ++i) {
        const QString item = SearchText::folded(combo->itemText(i));
        if (item == wanted) {
            return combo->itemData(i, IdRole).toLongLong();
        }
        if (item.contains(wanted)) {
            found = found == -1 ? i : -2; // -2: more than one holds it
        }
    }
    return found >= 0 ? combo->itemData(found, IdRole).toLongLong() : -1;
}

} // namespace RecordChoice
