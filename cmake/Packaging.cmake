# SPDX-License-Identifier: GPL-3.0-or-later
# A Debian package of everything `cmake --install` installs:
#   cpack --config build/CPackConfig.cmake   ->  ladder_<version>-1_<arch>.deb
# dpkg-shlibdeps computes its dependencies; lintian checks it
# (tests/install). The files only a Debian package has (copyright,
# changelog.Debian.gz, lintian overrides) are staged in the build folder and
# added by CPack, so that an install into ~/.local does not get them.
set(LADDER_PACKAGE_MAINTAINER "The Ladder developers <ladder@users.noreply.github.com>"
    CACHE STRING "The Maintainer of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME ladder)
set(CPACK_PACKAGE_VENDOR "The Ladder developers")
set(CPACK_PACKAGE_CONTACT "${LADDER_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LADDER_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt renders the scalable and symbolic icons only with its SVG plugins.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS libqt6svg6)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "career-growth planner for software engineers")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Ladder keeps a career framework (Junior, Mid-level, Senior, Architect),
dated self-assessments of your skills, goals with milestones and a journal
of your wins in one private SQLite file. It shows the gaps to the next
level and a roadmap, and prints a promotion-readiness summary or a brag
document for a review period as PDF, HTML or Markdown.

The package holds the desktop application (ladder) and the command line
(ladder-cli) over the same database.")

set(debianExtra ${PROJECT_BINARY_DIR}/packaging/debian-extra)
set(debianDoc ${debianExtra}/share/doc/${CPACK_PACKAGE_NAME})
execute_process(COMMAND date -u -R -d "${LADDER_RELEASE_DATE} 12:00"
    OUTPUT_VARIABLE LADDER_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
configure_file(packaging/debian/copyright ${debianDoc}/copyright @ONLY)
configure_file(packaging/debian/changelog.in ${PROJECT_BINARY_DIR}/packaging/changelog.Debian @ONLY)
configure_file(packaging/debian/lintian-overrides ${debianExtra}/share/lintian/overrides/${CPACK_PACKAGE_NAME} COPYONLY)
find_program(LADDER_GZIP gzip REQUIRED)
add_custom_command(OUTPUT ${debianDoc}/changelog.Debian.gz
    COMMAND ${LADDER_GZIP} -9n -c ${PROJECT_BINARY_DIR}/packaging/changelog.Debian > ${debianDoc}/changelog.Debian.gz
    DEPENDS ${PROJECT_BINARY_DIR}/packaging/changelog.Debian
    COMMENT "Compressing the Debian changelog")
add_custom_target(ladder_debian_changelog ALL DEPENDS ${debianDoc}/changelog.Debian.gz)
set(CPACK_INSTALLED_DIRECTORIES "${debianExtra};${CPACK_PACKAGING_INSTALL_PREFIX}")

include(CPack)
