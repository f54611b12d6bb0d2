// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/moneyedit.h"

#include <QEvent>
#include <QLabel>
#include <QStyle>
#include <QValidator>

namespace {

// Enough for any budget (up to a quadrillion), far from the end of qint64 in minor units.
constexpr int maxIntegerDigits = 15;
constexpr int maxDecimals = 2;
// 1 250 000,50: the example amount the tooltips show.
constexpr qint64 exampleAmount = 125000050;

struct AmountReading
{
    QValidator::State state = QValidator::Invalid;
    qint64 minorUnits = 0;
};

// Reads the text as typed so far: Acceptable with its value, Intermediate while it may still become
// an amount ("1 25" on the way to "1 250", a lone decimal mark), Invalid when no more typing helps.
AmountReading readAmount(const QString& input, const QLocale& locale)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return {QValidator::Acceptable, 0};
    }
    const QString decimal = locale.decimalPoint();
    const QString group = locale.groupSeparator();
    // The other decimal mark people type ("." from a keypad in Polish), unless the locale groups
    // digits with it, as English does with ",".
    const QString otherDecimal = decimal == QLatin1String(",") ? QStringLiteral(".") : QStringLiteral(",");
    const bool otherDecimalAllowed = otherDecimal != group;

    qint64 integer = 0;
    qint64 fraction = 0;
    int integerDigits = 0;
    int decimals = 0;
    bool inFraction = false;
    QList<int> groups; // digits between group separators, when there are any
    int digitsInGroup = 0;

    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c.isDigit()) {
            if (inFraction) {
                if (decimals == maxDecimals) {
                    return {};
                }
                fraction = fraction * 10 + c.digitValue();
                ++decimals;
            } else {
                if (integerDigits == maxIntegerDigits) {
                    return {};
                }
                integer = integer * 10 + c.digitValue();
                ++integerDigits;
                ++digitsInGroup;
            }
            ++i;
        } else if (!group.isEmpty() && QStringView(text).sliced(i).startsWith(group)) {
            if (inFraction) {
                return {};
            }
            groups.append(digitsInGroup);
            digitsInGroup = 0;
            i += group.size();
        } else if (c.isSpace() || c == QChar(0x202F)) {
            // A plain space typed where the locale groups with a no-break one, or a narrow one
            // from pasted text.
            if (inFraction) {
                return {};
            }
            groups.append(digitsInGroup);
            digitsInGroup = 0;
            ++i;
        } else if (QStringView(text).sliced(i).startsWith(decimal) ||
                   (otherDecimalAllowed && QStringView(text).sliced(i).startsWith(otherDecimal))) {
            if (inFraction) {
                return {};
            }
            inFraction = true;
            i += QStringView(text).sliced(i).startsWith(decimal) ? decimal.size() : otherDecimal.size();
        } else {
            return {};
        }
    }

    if (integerDigits == 0 && decimals == 0) {
        return {QValidator::Intermediate, 0};
    }
    if (!groups.isEmpty()) {
        groups.append(digitsInGroup);
        // "1 250 000": the first group one to three digits, every other exactly three.
        bool grouped = groups.constFirst() >= 1 && groups.constFirst() <= 3;
        for (qsizetype g = 1; g < groups.size(); ++g) {
            grouped = grouped && groups.at(g) == 3;
        }
        if (!grouped) {
            return {QValidator::Intermediate, 0};
        }
    }
    const qint64 cents = decimals == 1 ? fraction * 10 : fraction;
    return {QValidator::Acceptable, integer * 100 + cents};
}

// Accepts, key by key, what is or can become an amount in the validator's locale.
class AmountValidator final : public QValidator
{
public:
    using QValidator::QValidator;

    State validate(QString& input, int&) const override { return readAmount(input, locale()).state; }
};

QString groupedDigits(qint64 value, const QLocale& locale)
{
    const QString digits = QString::number(value);
    const QString group = locale.groupSeparator();
    // Qt 6.4 puts the "minimum grouping digits" rule in the wrong place ("1250 000" in Polish):
    // take only what the locale does with a four-digit number, and group by thousands ourselves.
    const bool omitsGroups = locale.numberOptions().testFlag(QLocale::OmitGroupSeparator) || group.isEmpty();
    const bool groupsFourDigits = locale.toString(1234).contains(group);
    QString result;
    if (omitsGroups || (!groupsFourDigits && digits.size() <= 4)) {
        result = digits;
    } else {
        for (qsizetype i = 0; i < digits.size(); ++i) {
            if (i > 0 && (digits.size() - i) % 3 == 0) {
                result += group;
            }
            result += digits.at(i);
        }
    }
    return result;
}

// Locales with digits of their own (Arabic, Bengali...) get them.
QString localDigits(const QString& text, const QLocale& locale)
{
    if (locale.zeroDigit() == QLatin1String("0")) {
        return text;
    }
    QString local;
    for (const QChar c : text) {
        local +=
            c >= QLatin1Char('0') && c <= QLatin1Char('9') ? locale.toString(c.digitValue()) : QString(c);
    }
    return local;
}

} // namespace

QString formatAmount(qint64 minorUnits, const QLocale& locale)
{
    const bool negative = minorUnits < 0;
    // qint64's lowest value has no positive counterpart, but no budget comes anywhere near it.
    const qint64 magnitude = negative ? -minorUnits : minorUnits;
    const QString cents = QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    return (negative ? locale.negativeSign() : QString()) +
           localDigits(groupedDigits(magnitude / 100, locale) + locale.decimalPoint() + cents, locale);
}

QString formatMoney(qint64 minorUnits, const QString& currency, const QLocale& locale)
{
    const QString amount = formatAmount(minorUnits, locale);
    const QString code = currency.trimmed().toUpper();
    if (code.isEmpty()) {
        return amount;
    }
    const QString symbol = code == locale.currencySymbol(QLocale::CurrencyIsoCode)
                               ? locale.currencySymbol(QLocale::CurrencySymbol)
                               : code;
    // The locale's pattern (symbol before or after, spaced or not) from Qt, with markers in place
    // of the amount and the symbol; the amount itself is formatted exactly above.
    const QString marker = QStringLiteral("\u00a4");
    const QString zero = locale.zeroDigit();
    QString pattern = locale.toCurrencyString(qlonglong(0), marker);
    qsizetype markerAt = pattern.indexOf(marker);
    qsizetype zeroAt = pattern.indexOf(zero);
    if (markerAt < 0 || zeroAt < 0 || symbol.isEmpty()) {
        return symbol.isEmpty() ? amount : amount + QChar(QChar::Nbsp) + symbol;
    }
    // A code written against the digits ("PLN1,250.00") is hard to read: keep them apart, as
    // CLDR's currency spacing does.
    const QString space{QChar(QChar::Nbsp)};
    if (markerAt + marker.size() == zeroAt && symbol.back().isLetter()) {
        pattern.insert(zeroAt, space);
        zeroAt += space.size();
    } else if (zeroAt + zero.size() == markerAt && symbol.front().isLetter()) {
        pattern.insert(markerAt, space);
        markerAt += space.size();
    }
    // The later one first, so the earlier position still holds.
    if (markerAt > zeroAt) {
        pattern.replace(markerAt, marker.size(), symbol);
        pattern.replace(zeroAt, zero.size(), amount);
    } else {
        pattern.replace(zeroAt, zero.size(), amount);
        pattern.replace(markerAt, marker.size(), symbol);
    }
    return pattern;
}

std::optional<qint64> parseAmount(const QString& text, const QLocale& locale)
{
    const AmountReading reading = readAmount(text, locale);
    if (reading.state != QValidator::Acceptable) {
        return std::nullopt;
    }
    return reading.minorUnits;
}

MoneyEdit::MoneyEdit(QWidget* parent)
    : QLineEdit(parent), m_validator(new AmountValidator(this)), m_currency(new QLabel(this))
{
    m_validator->setLocale(locale());
    setValidator(m_validator);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setProperty("content", true); // an ISO code, the same in every language
    m_currency->setForegroundRole(QPalette::PlaceholderText);
    // The form marks a refused input with a style sheet, which children inherit: not this label.
    m_currency->setStyleSheet(QStringLiteral("border: none; background: transparent;"));
    connect(this, &QLineEdit::textChanged, this, &MoneyEdit::readText);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        // "1250000,5" becomes "1 250 000,50" once typed, so the amount reads as it will be stored.
        if (hasAcceptableInput() && !text().trimmed().isEmpty()) {
            setText(formatAmount(m_minorUnits, locale()));
        }
    });
    setCurrency(QStringLiteral("PLN"));
    retranslateUi();
}

void MoneyEdit::setMinorUnits(qint64 minorUnits)
{
    m_minorUnits = minorUnits;
    setText(minorUnits == 0 ? QString() : formatAmount(minorUnits, locale()));
}

QString MoneyEdit::currency() const
{
    return m_currency->text();
}

void MoneyEdit::setCurrency(const QString& code)
{
    m_currency->setText(code);
    placeCurrency();
    retranslateUi();
}

void MoneyEdit::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LocaleChange) {
        followLocale();
    } else if (event->type() == QEvent::LanguageChange) {
        followLocale();
        retranslateUi();
    }
    QLineEdit::changeEvent(event);
}

void MoneyEdit::resizeEvent(QResizeEvent* event)
{
    QLineEdit::resizeEvent(event);
    placeCurrency();
}

void MoneyEdit::readText()
{
    if (const auto amount = parseAmount(text(), m_validator->locale())) {
        m_minorUnits = *amount;
    }
}

void MoneyEdit::followLocale()
{
    if (m_validator->locale() == locale()) {
        return;
    }
    // The text was read in the old locale; an amount is written again in the new one, anything
    // else is left as typed for the person to correct.
    const bool wasAmount = hasAcceptableInput();
    m_validator->setLocale(locale());
    if (wasAmount) {
        setMinorUnits(m_minorUnits);
    } else {
        readText();
    }
    retranslateUi();
}

void MoneyEdit::retranslateUi()
{
    setPlaceholderText(formatAmount(0, locale()));
    //: %1 is a currency code such as PLN, %2 an amount such as 1 250 000,50
    setToolTip(tr("An amount in %1, for example %2").arg(currency(), formatAmount(exampleAmount, locale())));
}

void MoneyEdit::placeCurrency()
{
    m_currency->adjustSize();
    const int margin = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this) + 4;
    const int width = m_currency->sizeHint().width();
    m_currency->setGeometry(rect().width() - width - margin, 0, width, rect().height());
    setTextMargins(0, 0, width + margin, 0);
}
