# Debian packages (CPack DEB, one package per component): srs-workstation, srs-clearance-server
# and srs-sdc. `cmake --preset package && cmake --build --preset package && cpack --preset
# package`, or scripts/package-test, which also installs and tries them. See docs/packaging.md.
#
# Everything is installed under CMAKE_INSTALL_PREFIX (/usr in the package preset) except the
# systemd unit, which Debian 12 packages put in /lib/systemd/system.

include(GNUInstallDirs)

set(SRS_PACKAGE_MAINTAINER "SRS Workstation maintainers <srs-maintainers@example.ac.uk>"
    CACHE STRING "Maintainer field of the Debian packages (name <address>)")
set(SRS_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the packages")
set(SRS_SYSTEMD_UNIT_DIR /lib/systemd/system CACHE PATH "Where the server's systemd unit goes")

set(SRS_PACKAGE_COMPONENTS server sdc)
if(SRS_BUILD_CLIENT)
    list(PREPEND SRS_PACKAGE_COMPONENTS workstation)
endif()

set(_pkg ${PROJECT_SOURCE_DIR}/packaging)
set(_out ${PROJECT_BINARY_DIR}/packaging)
find_program(SRS_GZIP gzip REQUIRED)

# Debian wants man pages and changelogs compressed with gzip -9n (no name, no time stamp, so
# the packages are reproducible).
function(srs_gzip_file source output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${SRS_GZIP} -9n -c ${source} > ${output}
        DEPENDS ${source}
        COMMENT "gzip ${output}" VERBATIM)
endfunction()

# The changelog's date: the time of configuring, or SOURCE_DATE_EPOCH when it is set.
string(TIMESTAMP _date "%a, %d %b %Y %H:%M:%S +0000" UTC)

set(_gz_outputs)
foreach(component IN LISTS SRS_PACKAGE_COMPONENTS)
    if(component STREQUAL workstation)
        set(package srs-workstation)
    elseif(component STREQUAL server)
        set(package srs-clearance-server)
    else()
        set(package srs-sdc)
    endif()

    set(SRS_DEB_SOURCE ${package})
    set(SRS_DEB_VERSION ${PROJECT_VERSION}-${SRS_PACKAGE_RELEASE})
    set(SRS_DEB_MAINTAINER ${SRS_PACKAGE_MAINTAINER})
    set(SRS_DEB_DATE ${_date})
    configure_file(${_pkg}/debian/changelog.in ${_out}/${package}/changelog.Debian @ONLY)
    srs_gzip_file(${_out}/${package}/changelog.Debian ${_out}/${package}/changelog.Debian.gz)
    srs_gzip_file(${_pkg}/man/${package}.1 ${_out}/${package}/${package}.1.gz)
    list(APPEND _gz_outputs ${_out}/${package}/changelog.Debian.gz ${_out}/${package}/${package}.1.gz)

    set(_doc ${CMAKE_INSTALL_DATADIR}/doc/${package})
    install(FILES ${_pkg}/debian/copyright ${_out}/${package}/changelog.Debian.gz
            DESTINATION ${_doc} COMPONENT ${component})
    install(FILES ${_out}/${package}/${package}.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT ${component})
endforeach()
add_custom_target(srs_package_files ALL DEPENDS ${_gz_outputs})

# Workstation: desktop entry, AppStream metadata, icon, sample managed configurations.
if(SRS_BUILD_CLIENT)
    install(FILES ${_pkg}/linux/uk.ac.srs.workstation.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT workstation)
    install(FILES ${_pkg}/linux/uk.ac.srs.workstation.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT workstation)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/srs-workstation.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT workstation)
    install(FILES ${_pkg}/config/workstation-organisation-device.json ${_pkg}/config/workstation-safe-room.json
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/srs-workstation/examples COMPONENT workstation)
endif()

# Server: the sandboxed systemd unit, its system user, the sample configuration.
install(FILES ${_pkg}/systemd/srs-clearance-server.service
        DESTINATION ${SRS_SYSTEMD_UNIT_DIR} COMPONENT server)
install(FILES ${_pkg}/systemd/srs-clearance-server.sysusers
        DESTINATION ${CMAKE_INSTALL_PREFIX}/lib/sysusers.d RENAME srs-clearance-server.conf COMPONENT server)
install(FILES ${_pkg}/config/clearance-server.json
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/srs-clearance-server/examples RENAME config.json
        COMPONENT server)

# CPack: one .deb per component.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME srs)
set(CPACK_PACKAGE_VENDOR "SRS Workstation")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX ${CMAKE_INSTALL_PREFIX})
set(CPACK_PACKAGE_CONTACT ${SRS_PACKAGE_MAINTAINER})
# Each package's Description is its own (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION: the synopsis
# line, then the long text). CPackDeb puts this summary in front of it unless it is CPack's
# own default, so it is set to that default.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_COMPONENTS_ALL ${SRS_PACKAGE_COMPONENTS})
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SRS_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SRS_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
# Maintainer scripts 0755, everything else in the control archive 0644, as lintian expects.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The programs are stripped. No -dbgsym packages: CMake 3.25's (CPACK_DEBIAN_DEBUGINFO_PACKAGE)
# list build paths in their md5sums and lack a copyright file, which lintian rightly refuses.
# The unstripped programs stay in build/package/bin.
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_WORKSTATION_PACKAGE_NAME srs-workstation)
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_SECTION science)
# Plug-ins nothing links: the X11/Wayland platform plug-ins and the SVG icon engine. The
# encrypted cache needs SQLCipher 4 (bookworm-backports); the library's shlibs say only 3.4.
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libsqlcipher1 (>= 4)")
set(CPACK_DEBIAN_WORKSTATION_PACKAGE_RECOMMENDS "fonts-dejavu-core")
set(CPACK_DEBIAN_WORKSTATION_DESCRIPTION "desktop client of the secure research service
SRS Workstation is the client of a secure research service: accredited
researchers sign in (password and security code, over mutual TLS with the
device's certificate), see their approved projects, browse each workspace's
metadata, run the disclosure checks and ask for outputs to be cleared;
output checkers review and release them.
.
The client reads its managed configuration from
/etc/srs-workstation/config.json; samples are in
/usr/share/doc/srs-workstation/examples.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME srs-clearance-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# Qt's SQLite driver is a plug-in; systemd-sysusers and deb-systemd-helper run in postinst.
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS
    "libqt6sql6-sqlite, systemd | systemd-sysusers, init-system-helpers (>= 1.52)")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_pkg}/debian/server/postinst ${_pkg}/debian/server/prerm ${_pkg}/debian/server/postrm)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "clearance server of the secure research service
The central service of a secure research service: an HTTPS API with mutual
TLS (device certificates), sign-in with password and TOTP, the Five Safes
policy on every call, projects, datasets and workspace metadata, output
checks, two-reviewer clearance and release, and a hash-chained audit log.
SQLite or PostgreSQL.
.
Includes a sandboxed systemd service that runs as the srs-clearance-server
system user once /etc/srs-clearance-server/config.json exists.")

set(CPACK_DEBIAN_SDC_PACKAGE_NAME srs-sdc)
set(CPACK_DEBIAN_SDC_PACKAGE_SECTION science)
set(CPACK_DEBIAN_SDC_DESCRIPTION "disclosure checker for research outputs
srs-sdc checks tables (CSV, TSV, XLSX) against a secure research service's
statistical disclosure control rules (minimum counts, dominance and the
rest of its risk profile) and scans code files (R, Stata, Python, Jupyter,
SAS, SQL) for record listings and hard-coded identifiers. Its JSON reports
are ACRO-compatible.")

include(CPack)
