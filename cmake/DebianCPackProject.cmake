# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE). A Debian package's description
# is its own synopsis line plus paragraph (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); CPackDeb would
# put the project-wide summary in front of it unless the summary is CPack's default.
if(CPACK_GENERATOR STREQUAL "DEB")
  set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CPACK_DEFAULT_PACKAGE_DESCRIPTION_SUMMARY}")
endif()
