# SPDX-License-Identifier: GPL-3.0-or-later
# The teacher client for Windows staff-room PCs: windeployqt at install time and an MSI (CPack
# WiX, WiX Toolset v3) whose public properties SERVER and CAFILE write the system-wide client
# settings for a silent deployment:
#   msiexec /i roomclaim-1.0.0-win64.msi /qn SERVER=wss://rooms.school.example:7400 CAFILE=C:\...\school-ca.crt
# Included from the top-level CMakeLists.txt on WIN32 only, after the client's target exists and
# before include(CPack). Written on Linux, where no Windows Qt exists: neither this file nor the
# MSI has been built or tested; docs/deploy.md lists the commands a Windows build machine runs.

if(NOT TARGET roomclaim)
  message(FATAL_ERROR "cmake/WindowsPackaging.cmake needs the roomclaim target: include it after add_subdirectory(client)")
endif()

# A window, not a console beside it; Qt links its WinMain entry point for this.
set_target_properties(roomclaim PROPERTIES WIN32_EXECUTABLE ON)
# The program's icon in Explorer, the taskbar and the start menu: the first icon resource.
# cmake/windows/roomclaim.ico holds the Debian package's hicolor PNGs (cmake/windows/make-icon.py).
set(roomclaim_icon "${CMAKE_CURRENT_LIST_DIR}/windows/roomclaim.ico")
file(WRITE "${PROJECT_BINARY_DIR}/windows/roomclaim.rc" "IDI_ICON1 ICON \"${roomclaim_icon}\"\n")
target_sources(roomclaim PRIVATE "${PROJECT_BINARY_DIR}/windows/roomclaim.rc")
# Qt 6 already compiles its users with -utf-8 under MSVC (Qt6::Platform), which the sources'
# "—", "●" and quotation marks need.

# windeployqt at install time: Qt's DLLs, the platform, style and TLS backend plugins and
# qt.conf go beside roomclaim.exe in bin/. The client's own translations are compiled into it
# (qt_add_translations with a resource prefix), so only Qt's own are deployed besides.
# qt_generate_deploy_app_script exists since Qt 6.3; 6.5 renamed FILENAME_VARIABLE to
# OUTPUT_SCRIPT and deprecated the old name.
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
  qt_generate_deploy_app_script(TARGET roomclaim OUTPUT_SCRIPT roomclaim_deploy_script)
else()
  qt_generate_deploy_app_script(TARGET roomclaim FILENAME_VARIABLE roomclaim_deploy_script)
endif()
install(SCRIPT "${roomclaim_deploy_script}" COMPONENT client)

# The Visual C++ runtime (msvcp140.dll, vcruntime140*.dll) beside the executable, so that a PC
# without the redistributable still starts the client.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT client)
include(InstallRequiredSystemLibraries)

# The MSI. The top-level CPack settings describe the Debian packages (both components, /usr,
# the package name "roomclaim"); cmake/wix/CPackWixProject.cmake, read by cpack once the
# generator is WIX, replaces those for the MSI. Values it needs from here travel as
# CPACK_ROOMCLAIM_* variables, which include(CPack) writes into CPackConfig.cmake with the rest.
set(CPACK_GENERATOR WIX)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/wix/CPackWixProject.cmake")
# The licence page of the installer: WiX needs .txt (converted to RTF) or .rtf.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/wix/LICENSE.txt" COPYONLY)
set(CPACK_ROOMCLAIM_WIX_LICENSE "${PROJECT_BINARY_DIR}/wix/LICENSE.txt")
set(CPACK_ROOMCLAIM_WIX_VERSION "${PROJECT_VERSION}")

# Never change: Windows Installer recognises an earlier RoomClaim by this code and replaces it
# (a major upgrade; the product code is new for every build).
set(CPACK_WIX_UPGRADE_GUID "2CF24540-A316-4E69-A0CE-F41077667F8A")
# The registry values for SERVER and CAFILE (cmake/wix/roomclaim-settings.wxs), attached to
# the installer's root feature by the patch file.
set(CPACK_WIX_EXTRA_SOURCES "${CMAKE_CURRENT_LIST_DIR}/wix/roomclaim-settings.wxs")
set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_LIST_DIR}/wix/roomclaim-patch.xml")
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".") # the shortcut directly in the start menu
set(CPACK_WIX_PRODUCT_ICON "${roomclaim_icon}") # in "Apps & features"
set(CPACK_WIX_ROOT_FEATURE_TITLE "RoomClaim")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "RoomClaim teacher client: room booking for schools")
# The .wxs is written for WiX Toolset v3 (CMake 3.30 and later could also use WiX 4).
set(CPACK_WIX_VERSION 3)
# Installed for every user of the PC, into Program Files, with a start menu entry for all.
# CMake 3.29 says so with CPACK_WIX_INSTALL_SCOPE; older versions write no InstallScope, and
# ALLUSERS=1 does the same there (both at once would define ALLUSERS twice).
if(CMAKE_VERSION VERSION_GREATER_EQUAL 3.29)
  set(CPACK_WIX_INSTALL_SCOPE perMachine)
else()
  set(CPACK_WIX_PROPERTY_ALLUSERS 1)
endif()
