// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/person.h"

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <cstdint>
#include <iterator>
#include <vector>

/// The people list's rows, held compactly: every text in one buffer, in the file's UTF-8, made a
/// QString only when asked for (a row shown, searched or sorted).
///
/// Ten years of an office hold 50,000 people. As PersonSummary values they were 300,000 strings of
/// their own, about 24 MB written afresh in UTF-16 on every read, and reading the list took half as
/// long again as the sqlite3 shell's reading of the same rows.
class PersonSummaryList final
{
public:
    enum class Text { DisplayName, LatinName, InstitutionName, Position, Country, Email };

    /// A row's columns as SqlQuery::utf8() gives them; valid while they are appended.
    struct Utf8Row
    {
        Id id = 0;
        QByteArrayView displayName;
        QByteArrayView latinGivenName;
        QByteArrayView latinFamilyName;
        QByteArrayView institutionName;
        QByteArrayView position;
        QByteArrayView country;
        QByteArrayView email;
        int visitCount = 0;
    };

    void append(const Utf8Row& row);

    qsizetype size() const { return static_cast<qsizetype>(m_rows.size()); }
    bool isEmpty() const { return m_rows.empty(); }
    Id id(qsizetype row) const { return m_rows.at(std::size_t(row)).id; }
    int visitCount(qsizetype row) const { return m_rows.at(std::size_t(row)).visitCount; }
    /// The text as PersonSummary holds it: the Latin name is empty when none is set or it is the
    /// display name itself.
    QString text(qsizetype row, Text which) const;
    PersonSummary at(qsizetype row) const;

    /// Goes through the rows as PersonSummary values, made one at a time.
    class const_iterator
    {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = PersonSummary;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = PersonSummary;

        const_iterator(const PersonSummaryList* list, qsizetype row) : m_list(list), m_row(row) {}
        PersonSummary operator*() const { return m_list->at(m_row); }
        const_iterator& operator++()
        {
            ++m_row;
            return *this;
        }
        friend bool operator==(const const_iterator&, const const_iterator&) = default;

    private:
        const PersonSummaryList* m_list;
        qsizetype m_row;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    // The stored texts: the Latin name in its two parts, joined when asked for.
    enum Stored {
        DisplayName,
        LatinGiven,
        LatinFamily,
        InstitutionName,
        Position,
        Country,
        Email,
        StoredCount
    };

    struct Row
    {
        Id id = 0;
        qsizetype start = 0; ///< where the row's texts begin in m_texts
        int visitCount = 0;
        std::array<std::uint32_t, StoredCount> ends{}; ///< each text's end, from `start`
    };

    QString stored(qsizetype row, Stored which) const;
    QString latinName(qsizetype row) const;

    std::vector<Row> m_rows;
    QByteArray m_texts;
};
