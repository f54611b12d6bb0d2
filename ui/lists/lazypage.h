// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

/// A page of the main window that is built the first time it is shown or asked for: a start-up
/// builds only the page in view, not the four behind it (a fifth of the start-up on a big file,
/// wizyta_bench).
class LazyPage final : public QWidget
{
    Q_OBJECT

public:
    using Factory = std::function<QWidget*(QWidget* parent)>;

    LazyPage(Factory build, QWidget* parent);

    /// The page, built now if it was not yet.
    QWidget* content();
    bool isBuilt() const { return m_content != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_build;
    QWidget* m_content = nullptr;
};
