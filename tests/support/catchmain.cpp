// SPDX-License-Identifier: GPL-3.0-or-later
// The one translation unit that compiles Catch2's runner; every test binary links it.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    // catch_discover_tests runs the binary at build time without ctest's environment:
    // without a display QApplication would abort and no test would be registered.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("wizyta-tests"));
    QApplication::setOrganizationName(QStringLiteral("Wizyta"));
    return Catch::Session().run(argc, argv);
}
