# SPDX-License-Identifier: GPL-3.0-or-later
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE, set in
# cmake/WindowsPackaging.cmake on Windows only). The top-level CPack settings describe the Debian
# packages; for the MSI this replaces those that do not fit Windows and leaves every other
# generator alone.
if(CPACK_GENERATOR STREQUAL "WIX")
  # The name in "Apps & features" and the folder under Program Files, the same for every
  # version so that an upgrade replaces the files in place.
  set(CPACK_PACKAGE_NAME "RoomClaim")
  set(CPACK_PACKAGE_INSTALL_DIRECTORY "RoomClaim")
  set(CPACK_PACKAGE_FILE_NAME "roomclaim-${CPACK_ROOMCLAIM_WIX_VERSION}-win64")
  # The server, its systemd unit and its config file are for the Debian server only.
  set(CPACK_COMPONENTS_ALL client)
  set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "RoomClaim teacher client")
  set(CPACK_COMPONENT_CLIENT_REQUIRED ON)
  # /usr is where the Debian packages install; the MSI installs into INSTALL_ROOT itself
  # (bin\roomclaim.exe under C:\Program Files\RoomClaim).
  unset(CPACK_PACKAGING_INSTALL_PREFIX)
  set(CPACK_RESOURCE_FILE_LICENSE "${CPACK_ROOMCLAIM_WIX_LICENSE}")
  # A start menu entry "RoomClaim" for bin\roomclaim.exe.
  set(CPACK_PACKAGE_EXECUTABLES roomclaim RoomClaim)
endif()
