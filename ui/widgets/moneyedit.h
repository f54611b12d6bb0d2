// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>
#include <QLocale>
#include <QString>

#include <optional>

class QLabel;
class QValidator;

/// An amount in minor units as the locale writes it: "1 250 000,50" in Polish, "1,250,000.50" in
/// English. Made from the integer, never through a double, so a large budget keeps every grosz.
QString formatAmount(qint64 minorUnits, const QLocale& locale = QLocale());

/// An amount with its currency, for lists and summaries: "1 250 000,50 zł" in Polish,
/// "PLN 1,250,000.50" in English. The locale's own currency shows its symbol, any other its code.
QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale = QLocale());

/// Reads an amount written in the locale's format ("1 250 000,5", "1250000.50", "12,345.67") into
/// minor units: digits, optional group separators in the right places, up to two decimals.
/// Empty text is zero; text that is not a whole amount gives nothing.
std::optional<qint64> parseAmount(const QString& text, const QLocale& locale = QLocale());

/// An input for an amount of money, typed in the locale's number format with the currency code
/// shown beside it. Keys that cannot make an amount are refused; the text follows a switch of
/// locale. The amount is kept in integer minor units.
class MoneyEdit final : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget* parent = nullptr);

    /// The amount typed; while the text is not an amount (hasAcceptableInput() is false), the last
    /// amount it held.
    qint64 minorUnits() const { return m_minorUnits; }
    /// Shows the amount; zero shows as an empty input.
    void setMinorUnits(qint64 minorUnits);

    QString currency() const;
    /// The ISO 4217 code shown beside the amount.
    void setCurrency(const QString& code);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void readText();
    void followLocale();
    void retranslateUi();
    void placeCurrency();

    QValidator* m_validator;
    QLabel* m_currency;
    qint64 m_minorUnits = 0;
};
