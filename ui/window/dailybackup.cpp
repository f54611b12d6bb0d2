// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/window/dailybackup.h"

#include "core/storage/backups.h"

#include <QThread>

DailyBackup::DailyBackup(QString databasePath, QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{}

DailyBackup::~DailyBackup()
{
    wait();
}

void DailyBackup::start()
{
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this] {
        if (const auto made = Backups::dailyOf(m_databasePath); !made) {
            m_problem = made.error().message();
        }
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_problem.isEmpty()) {
            Q_EMIT failed(m_problem);
        }
    });
    m_thread->start(QThread::LowPriority);
}

void DailyBackup::wait()
{
    if (m_thread) {
        m_thread->wait();
    }
}
