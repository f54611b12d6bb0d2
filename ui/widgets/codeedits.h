// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QStringList>

class QStandardItemModel;

/// A line for codes that shows names: a country as "Ukraina" or a language as "ukraiński" in the
/// interface language, offered as the person types any part of a name (or the code), stored as the
/// code. Text that names nothing is kept as typed, for the form's check to refuse with its message.
class CodeEdit : public QLineEdit
{
    Q_OBJECT

public:
    enum class Kind { Country, Language };

    CodeEdit(Kind kind, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

    /// The code `text` stands for: a code as it is, or a name; empty when it names nothing.
    QString codeOf(const QString& text) const;
    QString nameOf(const QString& code) const;
    /// The codes the text names, read with the names it was shown in.
    virtual QStringList shownCodes() const = 0;
    /// Shows the codes' names, in the language of the moment.
    virtual void showCodes(const QStringList& codes) = 0;
    /// Every name with its code beside it, sorted in the interface language.
    QStandardItemModel* names() const { return m_names; }

    const Kind m_kind;

private:
    void fillNames();

    QStandardItemModel* m_names;
    QString m_shownIn; ///< the language of the names
};

/// One country: "Ukraina" shown, "UA" stored.
class CountryEdit final : public CodeEdit
{
    Q_OBJECT

public:
    explicit CountryEdit(QWidget* parent = nullptr);

    void setCode(const QString& code);
    /// The code chosen; what was typed, in capitals, when it names no country.
    QString code() const;

protected:
    QStringList shownCodes() const override;
    void showCodes(const QStringList& codes) override;
};

/// One language or several, in order: "polski, ukraiński" shown, {"pl", "uk"} stored. Each name is
/// offered as it is typed after the last comma.
class LanguagesEdit final : public CodeEdit
{
    Q_OBJECT

public:
    explicit LanguagesEdit(QWidget* parent = nullptr);

    void setCodes(const QStringList& codes);
    /// The codes, each once, in order; a part that names no language is kept as typed.
    QStringList codes() const;

protected:
    QStringList shownCodes() const override { return codes(); }
    void showCodes(const QStringList& codes) override { setCodes(codes); }
};
