// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <QtGlobal>
#if defined(LADDER_TEST_GUI)
#include <QApplication>
using TestApplication = QApplication;
#elif defined(LADDER_TEST_GUIAPP)
// Suites that lay out text or paint (reports, charts, PDF) but need no widgets.
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

// One application object for the whole run (as Mixxx does). The platform is set
// through the test's ENVIRONMENT property; default to offscreen so that test
// discovery at build time needs no display either.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("LadderTests"));
    TestApplication::setApplicationName(QStringLiteral("ladder-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
