// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

/// A label for a title in a header: it wraps to at most maximumLines() lines and ends the last with
/// "…" when the title needs more, the whole title then in its tooltip. The header keeps its height
/// whatever is typed as a title, and never makes its window wider.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    /// The title to show (plain text); text() is what fits.
    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    void setMaximumLines(int lines);
    int maximumLines() const { return m_maximumLines; }
    /// Whether the title was cut to fit.
    bool isElided() const { return m_elided; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The lines of the title that fit `width`, the last elided when more would be needed.
    QStringList fit(int width, bool* elided = nullptr) const;
    void refresh();

    QString m_fullText;
    int m_maximumLines = 2;
    bool m_elided = false;
};
