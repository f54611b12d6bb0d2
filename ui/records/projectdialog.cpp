// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/records/projectdialog.h"

#include "core/model/textlimits.h"
#include "core/storage/institutionrepository.h"
#include "ui/help/helprequest.h"
#include "ui/widgets/institutionchecklist.h"
#include "ui/widgets/lengthcounter.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/textsize.h"
#include "ui/widgets/userprompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// The currencies of the funders the coordinators deal with; any other code can be typed.
QStringList usualCurrencies()
{
    return {QStringLiteral("PLN"), QStringLiteral("EUR"), QStringLiteral("NOK"), QStringLiteral("CHF"),
            QStringLiteral("USD"), QStringLiteral("UAH"), QStringLiteral("CZK")};
}

constexpr QSize logoPreviewSize(160, 64);
// 1 250 000,50: the example amount the messages show.
constexpr qint64 exampleAmount = 125000050;

// A day that may be left unknown: a check box saying whether it is known, then the date.
QWidget* optionalDay(QWidget* parent, QCheckBox* known, QDateEdit* day)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(known);
    layout->addWidget(day);
    layout->addStretch();
    row->setFocusProxy(known);
    day->setCalendarPopup(true);
    QObject::connect(known, &QCheckBox::toggled, day, &QWidget::setEnabled);
    return row;
}

} // namespace

ProjectDialog::ProjectDialog(const FundingProject& project, Database& database, UserPrompts& prompts,
                             QWidget* parent)
    : RecordDialog(parent), m_original(project), m_prompts(prompts), m_logo(project.logo),
      m_name(new QLineEdit(this)), m_acronym(new QLineEdit(this)), m_funder(new QLineEdit(this)),
      m_agreementNumber(new QLineEdit(this)), m_hasFirstDay(new QCheckBox(this)),
      m_firstDay(new QDateEdit(this)), m_hasLastDay(new QCheckBox(this)), m_lastDay(new QDateEdit(this)),
      m_currency(new QComboBox(this)), m_totalValue(new MoneyEdit(this)), m_coFinancing(new MoneyEdit(this)),
      m_partners(new InstitutionChecklist(QStringLiteral("partners"), QStringLiteral("partnerFilter"), this)),
      m_logoPreview(new QLabel(this)), m_chooseLogo(new QPushButton(this)),
      m_removeLogo(new QPushButton(this)), m_notes(new QPlainTextEdit(this))
{
    HelpRequest::setSection(this, QStringLiteral("projects"));
    setObjectName(QStringLiteral("projectDialog"));
    setPrompts(prompts);

    m_hasFirstDay->setObjectName(QStringLiteral("hasFirstDay"));
    m_firstDay->setObjectName(QStringLiteral("firstDay"));
    m_hasLastDay->setObjectName(QStringLiteral("hasLastDay"));
    m_lastDay->setObjectName(QStringLiteral("lastDay"));

    auto* logo = new QWidget(this);
    auto* logoLayout = new QHBoxLayout(logo);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFixedSize(logoPreviewSize + QSize(2, 2) * m_logoPreview->frameWidth());
    m_chooseLogo->setObjectName(QStringLiteral("chooseLogo"));
    m_removeLogo->setObjectName(QStringLiteral("removeLogo"));
    // Enter in any field still presses OK, not the last logo button that had the focus.
    m_chooseLogo->setAutoDefault(false);
    m_removeLogo->setAutoDefault(false);
    auto* logoButtons = new QVBoxLayout;
    logoButtons->addWidget(m_chooseLogo);
    logoButtons->addWidget(m_removeLogo);
    logoButtons->addStretch();
    logoLayout->addWidget(m_logoPreview);
    logoLayout->addLayout(logoButtons);
    logoLayout->addStretch();
    logo->setFocusProxy(m_chooseLogo);
    connect(m_chooseLogo, &QPushButton::clicked, this, &ProjectDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        showLogo();
    });

    addRow(QStringLiteral("project.name"), m_name);
    LengthCounter::attach(m_name, TextLimits::name);
    addRow(QStringLiteral("project.acronym"), m_acronym);
    addRow(QStringLiteral("project.funder"), m_funder);
    addRow(QStringLiteral("project.agreementNumber"), m_agreementNumber);
    addRow(QStringLiteral("project.firstDay"), optionalDay(this, m_hasFirstDay, m_firstDay));
    addRow(QStringLiteral("project.lastDay"), optionalDay(this, m_hasLastDay, m_lastDay));
    addRow(QStringLiteral("project.currency"), m_currency);
    addRow(QStringLiteral("project.totalValue"), m_totalValue);
    addRow(QStringLiteral("project.coFinancing"), m_coFinancing);
    addRow(QStringLiteral("project.partners"), m_partners);
    addRow(QStringLiteral("project.logo"), logo);
    addRow(QStringLiteral("project.notes"), m_notes);

    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems(usualCurrencies());
    m_currency->lineEdit()->setMaxLength(3);
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        m_totalValue->setCurrency(text.trimmed().toUpper());
        m_coFinancing->setCurrency(text.trimmed().toUpper());
    });
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(heightForLines(m_notes, 6));

    m_name->setText(project.name);
    m_acronym->setText(project.acronym);
    m_funder->setText(project.funder);
    m_agreementNumber->setText(project.agreementNumber);
    // An unknown day offers a sensible date for when it becomes known.
    const QDate suggested = project.firstDay.isValid() ? project.firstDay : QDate::currentDate();
    m_hasFirstDay->setChecked(project.firstDay.isValid());
    m_firstDay->setDate(suggested);
    m_firstDay->setEnabled(project.firstDay.isValid());
    m_hasLastDay->setChecked(project.lastDay.isValid());
    m_lastDay->setDate(project.lastDay.isValid() ? project.lastDay : suggested);
    m_lastDay->setEnabled(project.lastDay.isValid());
    m_currency->setCurrentText(project.currency);
    m_totalValue->setCurrency(project.currency);
    m_coFinancing->setCurrency(project.currency);
    m_totalValue->setMinorUnits(project.totalValue);
    m_coFinancing->setMinorUnits(project.coFinancing);
    m_notes->setPlainText(project.notes);
    if (Status loaded = m_partners->load(database, m_original.partnerInstitutionIds); !loaded) {
        showError(loaded.error());
    }

    setTabOrder(m_name, m_acronym);
    setTabOrder(m_acronym, m_funder);
    setTabOrder(m_funder, m_agreementNumber);
    setTabOrder(m_agreementNumber, m_hasFirstDay);
    setTabOrder(m_hasFirstDay, m_firstDay);
    setTabOrder(m_firstDay, m_hasLastDay);
    setTabOrder(m_hasLastDay, m_lastDay);
    setTabOrder(m_lastDay, m_currency);
    setTabOrder(m_currency, m_totalValue);
    setTabOrder(m_totalValue, m_coFinancing);
    setTabOrder(m_coFinancing, m_partners);
    setTabOrder(m_partners, m_chooseLogo);
    setTabOrder(m_chooseLogo, m_removeLogo);
    setTabOrder(m_removeLogo, m_notes);

    resize(widthForCharacters(this, 93), sizeHint().height());
    retranslateUi();
}

FundingProject ProjectDialog::project() const
{
    FundingProject project = m_original; // keeps the id
    project.name = m_name->text();
    project.acronym = m_acronym->text();
    project.funder = m_funder->text();
    project.agreementNumber = m_agreementNumber->text();
    project.firstDay = m_hasFirstDay->isChecked() ? m_firstDay->date() : QDate();
    project.lastDay = m_hasLastDay->isChecked() ? m_lastDay->date() : QDate();
    project.currency = m_currency->currentText().trimmed().toUpper();
    project.totalValue = m_totalValue->minorUnits();
    project.coFinancing = m_coFinancing->minorUnits();
    project.logo = m_logo;
    project.notes = m_notes->toPlainText();
    project.partnerInstitutionIds = m_partners->checkedIds();
    return project;
}

FieldErrors ProjectDialog::check() const
{
    // The core only sees whole amounts: text that is not one is refused here, on its own field,
    // rather than saved as the last amount the input could read.
    FieldErrors errors;
    const QString example = formatAmount(exampleAmount, locale());
    if (!m_totalValue->hasAcceptableInput()) {
        //: %1 is what was typed, %2 an example amount such as 1 250 000,50
        errors.append({QStringLiteral("project.totalValue"),
                       tr("Total value: \"%1\" is not an amount; write it like %2.")
                           .arg(m_totalValue->text().trimmed(), example)});
    }
    if (!m_coFinancing->hasAcceptableInput()) {
        //: %1 is what was typed, %2 an example amount such as 1 250 000,50
        errors.append({QStringLiteral("project.coFinancing"),
                       tr("Co-financing: \"%1\" is not an amount; write it like %2.")
                           .arg(m_coFinancing->text().trimmed(), example)});
    }
    for (const FieldError& error : FundingProjectValidator::validate(project())) {
        const bool said = std::any_of(errors.cbegin(), errors.cend(),
                                      [&](const FieldError& found) { return found.field == error.field; });
        if (!said) {
            errors.append(error);
        }
    }
    return errors;
}

void ProjectDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit Funding Project") : tr("New Funding Project"));
    setLabel(QStringLiteral("project.name"), tr("&Name:"));
    setLabel(QStringLiteral("project.acronym"), tr("A&cronym:"));
    setLabel(QStringLiteral("project.funder"), tr("&Funder:"));
    setLabel(QStringLiteral("project.agreementNumber"), tr("A&greement number:"));
    //: before two rows: "from [date]" and "until [date]"
    setLabel(QStringLiteral("project.firstDay"), tr("Perio&d:"));
    setLabel(QStringLiteral("project.lastDay"), QString());
    //: the first day of a funding project's period follows; unchecked when it is not known
    m_hasFirstDay->setText(tr("fro&m"));
    //: the last day of a funding project's period follows; unchecked when it is not known
    m_hasLastDay->setText(tr("&until"));
    m_firstDay->setAccessibleName(tr("First day of the project"));
    m_lastDay->setAccessibleName(tr("Last day of the project"));
    // The two dates line up, whatever the words' lengths in this language.
    const int boxWidth = std::max(m_hasFirstDay->sizeHint().width(), m_hasLastDay->sizeHint().width());
    m_hasFirstDay->setMinimumWidth(boxWidth);
    m_hasLastDay->setMinimumWidth(boxWidth);
    setLabel(QStringLiteral("project.currency"), tr("Cu&rrency:"));
    m_currency->setToolTip(tr("A three-letter code, such as PLN or EUR"));
    setLabel(QStringLiteral("project.totalValue"), tr("&Total value:"));
    setLabel(QStringLiteral("project.coFinancing"), tr("Co-f&inancing:"));
    setLabel(QStringLiteral("project.partners"), tr("&Partners:"));
    m_partners->setTexts(tr("Filter partner institutions"), tr("Partner institutions"));
    setLabel(QStringLiteral("project.logo"), tr("Logo:"));
    m_logoPreview->setAccessibleName(tr("Logo preview"));
    m_chooseLogo->setText(tr("Choose &logo…"));
    m_removeLogo->setText(tr("R&emove logo"));
    setLabel(QStringLiteral("project.notes"), tr("N&otes:"));
    m_funder->setPlaceholderText(tr("e.g. European Social Fund Plus, Norway Grants"));
    showLogo();
}

void ProjectDialog::chooseLogo()
{
    QStringList patterns;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QByteArray& format : formats) {
        patterns << QStringLiteral("*.") + QString::fromLatin1(format);
    }
    //: %1 is a list of file name patterns such as *.png *.jpg
    const QString filter =
        tr("Images (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
    const QString path = m_prompts.openFileName(
        this, tr("Choose Logo"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
    if (path.isEmpty()) {
        return;
    }
    const QString shownPath = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        //: %1 is a file name, %2 the reason from the system
        m_prompts.warning(this, tr("Choose Logo"),
                          tr("The file %1 could not be read: %2").arg(shownPath, file.errorString()));
        return;
    }
    const QByteArray bytes = file.readAll();
    // The bytes are stored as they are, for print; only a picture Qt can draw is taken.
    QImage image;
    if (bytes.isEmpty() || !image.loadFromData(bytes)) {
        //: %1 is a file name
        m_prompts.warning(this, tr("Choose Logo"),
                          tr("%1 is not a picture Wizyta can show. Choose a PNG, JPEG or other image file.")
                              .arg(QFileInfo(path).fileName()));
        return;
    }
    m_logo = bytes;
    showLogo();
}

void ProjectDialog::showLogo()
{
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo)) {
        const QSize room = m_logoPreview->contentsRect().size();
        if (image.width() > room.width() || image.height() > room.height()) {
            image = image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        }
        m_logoPreview->setPixmap(QPixmap::fromImage(image));
    } else {
        m_logoPreview->setText(tr("No logo"));
    }
    m_removeLogo->setEnabled(!m_logo.isEmpty());
}

QList<RecordDialog::PrintedText> ProjectDialog::printedTexts() const
{
    const FundingProject shown = project();
    return {{QStringLiteral("project.name"), {}, shown.name},
            {QStringLiteral("project.acronym"), {}, shown.acronym},
            {QStringLiteral("project.funder"), {}, shown.funder}};
}
