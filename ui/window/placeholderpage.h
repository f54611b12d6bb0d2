// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

/// A page whose screen is still being built: says what it will hold, in the interface language.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT

public:
    /// `title` and `description` are untranslated source texts in the "PlaceholderPage" context.
    PlaceholderPage(const char* title, const char* description, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const char* m_titleSource;
    const char* m_descriptionSource;
    QLabel* m_title;
    QLabel* m_description;
};
