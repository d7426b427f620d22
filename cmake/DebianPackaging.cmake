# SPDX-License-Identifier: GPL-3.0-or-later
# The two Debian packages school IT installs (scripts/package; tests/packaging checks them with
# lintian): roomclaim-server (service, console, systemd unit, /etc/roomclaim/server.conf) and
# roomclaim (teacher client). Included by the top-level CMakeLists.txt before include(CPack).
set(packaging ${PROJECT_SOURCE_DIR}/resources/packaging)

# cpack installs under <staging>/usr whatever this tree's CMAKE_INSTALL_PREFIX is, so /etc and
# /lib are chosen when installing, not now: a test build configured for /usr/local still makes
# the same packages. Outside a package, "cmake --install --prefix DIR" puts them in DIR/etc.
foreach(component server client)
  install(CODE [[
    if(CMAKE_INSTALL_PREFIX MATCHES "(^|/)usr/?$")
      set(ROOMCLAIM_ROOT_FROM_PREFIX "..")
    else()
      set(ROOMCLAIM_ROOT_FROM_PREFIX ".")
    endif()
  ]] COMPONENT ${component})
endforeach()

# Compressed as Debian expects (gzip -n -9: no name or time stamp, so builds are reproducible).
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
  COMMAND sh -c "gzip -n -9 -c '${packaging}/changelog' > '${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz'"
  DEPENDS ${packaging}/changelog VERBATIM)

# Manual pages from each program's own --help (help2man), so they cannot drift apart.
find_program(ROOMCLAIM_HELP2MAN help2man)
set(man_pages ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
function(roomclaim_man_page target section)
  set(page ${CMAKE_BINARY_DIR}/packaging/${target}.${section}.gz)
  add_custom_command(OUTPUT ${page}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging
    COMMAND ${packaging}/man/make-manpage.sh $<TARGET_FILE:${target}> ${section}
            ${packaging}/man/${target}.h2m ${page}
    DEPENDS ${target} ${packaging}/man/${target}.h2m ${packaging}/man/make-manpage.sh
            ${packaging}/changelog
    COMMENT "Writing manual page ${target}(${section})" VERBATIM)
  set(man_pages ${man_pages} ${page} PARENT_SCOPE)
endfunction()
if(NOT ROOMCLAIM_HELP2MAN)
  message(WARNING "help2man not found: no manual pages (apt-get install help2man)")
elseif(CMAKE_CROSSCOMPILING)
  message(STATUS "Cross-compiling: the programs cannot run here, so no manual pages")
else()
  if(TARGET roomclaim-server)
    roomclaim_man_page(roomclaim-server 8)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/roomclaim-server.8.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man8 COMPONENT server)
  endif()
  if(TARGET roomclaim)
    roomclaim_man_page(roomclaim 1)
    install(FILES ${CMAKE_BINARY_DIR}/packaging/roomclaim.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT client)
  endif()
endif()
add_custom_target(roomclaim_packaging_files ALL DEPENDS ${man_pages})

# Both packages: licence, changelog, lintian's overrides (each with its reason).
function(roomclaim_package_docs component package)
  install(FILES ${packaging}/copyright ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${package} COMPONENT ${component})
  install(FILES ${packaging}/${package}.lintian-overrides
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/lintian/overrides RENAME ${package}
          COMPONENT ${component})
endfunction()

if(TARGET roomclaim-server)
  roomclaim_package_docs(server roomclaim-server)
  install(FILES ${packaging}/roomclaim-server.service
          DESTINATION "\${ROOMCLAIM_ROOT_FROM_PREFIX}/lib/systemd/system" COMPONENT server)
  install(FILES ${packaging}/server.conf
          DESTINATION "\${ROOMCLAIM_ROOT_FROM_PREFIX}/etc/roomclaim" COMPONENT server)
  install(FILES ${PROJECT_SOURCE_DIR}/docs/protocol.md ${PROJECT_SOURCE_DIR}/README.md
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/roomclaim-server COMPONENT server)
endif()

if(TARGET roomclaim)
  roomclaim_package_docs(client roomclaim)
  install(FILES ${packaging}/org.roomclaim.RoomClaim.desktop
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT client)
  install(FILES ${packaging}/org.roomclaim.RoomClaim.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT client)
  install(FILES ${packaging}/icons/roomclaim.svg
          DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT client)
  foreach(size 16 22 24 32 48 64 128 256)
    install(FILES ${packaging}/icons/hicolor/${size}x${size}/apps/roomclaim.png
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/${size}x${size}/apps
            COMPONENT client)
  endforeach()
endif()

# qt_standard_project_setup() gives the programs a run path ($ORIGIN/../lib) for libraries
# installed beside them; they use none, and Debian forbids run paths (lintian: custom-library-search-path).
foreach(program roomclaim-server roomclaim)
  if(TARGET ${program})
    set_target_properties(${program} PROPERTIES INSTALL_RPATH "")
  endif()
endforeach()

set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_CURRENT_LIST_DIR}/DebianCPackProject.cmake)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# Descriptions: the synopsis line, then the paragraph (CPackDeb indents it as Debian wants).
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://roomclaim.org/")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Binaries without debugging symbols (lintian: unstripped-binary-or-object), whatever the build type.
set(CPACK_STRIP_FILES ON)
# Library dependencies from the binaries (dpkg-shlibdeps); plugins Qt loads at run time by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME roomclaim-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "room booking server for schools, with its admin console
RoomClaim lets teachers find and claim a free room for a lesson from the
teacher client (package roomclaim); every colleague sees a claimed room at
once. This package holds the server, which keeps rooms, teachers, bookings
and the school calendar in PostgreSQL, its admin console, and a systemd
unit that stays off until the database is configured
(roomclaim-server --setup).")
# The PostgreSQL driver is a Qt plugin, loaded by name at run time: shlibdeps cannot see it.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-psql, adduser")
# pg_dump and pg_restore for --backup and --restore; the platform plugins for the console window.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql-client, qt6-qpa-plugins")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "postgresql (>= 13)")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA ${packaging}/postinst ${packaging}/prerm
    ${packaging}/postrm ${packaging}/conffiles)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME roomclaim)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION education)
set(CPACK_DEBIAN_CLIENT_DESCRIPTION "teacher client for RoomClaim room booking
RoomClaim lets teachers find and claim a free room for a lesson: search by
time, size and equipment, day and week grids of every room updated live,
weekly series and a calendar feed of one's own bookings. The server address
and the school's certificate authority can be preset for every PC in
/etc/xdg/RoomClaim/roomclaim.conf. The server is in package roomclaim-server.")
# The platform plugins (xcb, wayland) are loaded at run time: shlibdeps cannot see them.
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "qt6-qpa-plugins")
# Qt's own dialogs and buttons in the teacher's language.
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "qt6-translations-l10n")
