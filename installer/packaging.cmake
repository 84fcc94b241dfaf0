# Packaging: install rules for the models and translations, checks of the desktop files, and
# CPack for a Debian package and a relocatable .tar.gz (NSIS settings for Windows are here
# too, but untested). Included from the top-level CMakeLists.txt after every target exists.
#
#   cmake -S . -B build/pkg -G Ninja -DCMAKE_BUILD_TYPE=Release -DBW_PACKAGE=ON
#   cmake --build build/pkg -j2
#   (cd build/pkg && cpack -G DEB)    # beeldwacht_<version>_amd64.deb
#   (cd build/pkg && cpack -G TGZ)    # beeldwacht-<version>-linux-x86_64.tar.gz
#
# The installed layout mirrors the build tree, which is what lets the programs find their
# models and translations relative to their own location (../share/beeldwacht/...):
#   bin/beeldwacht, bin/beeldwacht-cli
#   share/beeldwacht/models/*.onnx|*.dat, share/beeldwacht/translations/*.qm
#   share/applications, share/metainfo, share/icons/hicolor/<size>/apps

option(BW_PACKAGE "Configure a release package: the verified models must be present" OFF)

# --- models -----------------------------------------------------------------------------
# The model names and checksums come from models/manifest.txt, the same list models/fetch
# verifies, so a package can only ever contain the verified files.
file(STRINGS ${CMAKE_SOURCE_DIR}/models/manifest.txt bw_manifest_lines REGEX "^models/")
set(bw_missing_models)
foreach(line IN LISTS bw_manifest_lines)
  string(REGEX MATCH "^models/([^ \t]+)[ \t]+([0-9a-f]+)" _ "${line}")
  set(name ${CMAKE_MATCH_1})
  set(expected_sha256 ${CMAKE_MATCH_2})
  set(path ${BW_FETCH_DIR}/models/${name})
  if(NOT EXISTS ${path})
    list(APPEND bw_missing_models ${path})
    continue()
  endif()
  if(BW_PACKAGE)
    file(SHA256 ${path} actual_sha256)
    if(NOT actual_sha256 STREQUAL expected_sha256)
      message(FATAL_ERROR "Model ${path} does not match models/manifest.txt "
                          "(SHA-256 ${actual_sha256}, expected ${expected_sha256}). "
                          "Delete it and run models/fetch.")
    endif()
  endif()
  # A fetched model may be a symlink; the package must hold the file itself.
  file(REAL_PATH ${path} real_path)
  install(FILES ${real_path} RENAME ${name}
          DESTINATION ${CMAKE_INSTALL_DATADIR}/beeldwacht/models)
endforeach()

if(bw_missing_models)
  list(JOIN bw_missing_models "\n  " bw_missing_list)
  string(CONCAT bw_missing_message
      "The face models are missing:\n  ${bw_missing_list}\n"
      "Fetch them with `models/fetch` (or installer/setup), or set BW_FETCH_DIR to the "
      "folder that holds models/, then configure again.")
  if(BW_PACKAGE)
    message(FATAL_ERROR "${bw_missing_message}")
  endif()
  # Without models an installed copy cannot screen anything: refuse to install one.
  string(REPLACE "\"" "\\\"" bw_missing_escaped "${bw_missing_message}")
  install(CODE "message(FATAL_ERROR \"${bw_missing_escaped}\")")
endif()

# --- licence ----------------------------------------------------------------------------
# Beeldwacht is GPL-3.0-or-later (it links exiv2, GPL-2.0-or-later, and through libheif and
# OpenCV x265 and Debian's FFmpeg). share/doc/beeldwacht holds the Debian copyright file
# (machine-readable: the program's and the models' licences), the third-party notice
# (models and libraries) and the licence text, which the relocatable archive needs too.
install(FILES ${CMAKE_SOURCE_DIR}/installer/copyright ${CMAKE_SOURCE_DIR}/THIRD-PARTY-NOTICES
              ${CMAKE_SOURCE_DIR}/LICENSE
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/beeldwacht)

# --- translations and icons ------------------------------------------------------------
# The GUI compiles its .qm files into the build tree's share/beeldwacht/translations; the
# folder may not exist yet in a build without translations, hence OPTIONAL.
install(DIRECTORY ${BW_SHARE_DIR}/translations/
        DESTINATION ${CMAKE_INSTALL_DATADIR}/beeldwacht/translations
        OPTIONAL FILES_MATCHING PATTERN "*.qm")

if(BW_PACKAGE AND NOT BW_ICONS_RENDERED)
  message(FATAL_ERROR "A package needs the PNG application icons, rendered with rsvg-convert: "
                      "install librsvg2-bin (installer/setup does) and configure again.")
endif()

# --- checks of the desktop integration files (cheap, no install needed) -----------------
if(BW_BUILD_TESTS)
  find_program(BW_DESKTOP_FILE_VALIDATE desktop-file-validate)
  find_program(BW_APPSTREAMCLI appstreamcli)
  # A missing tool makes the test fail ("could not find executable"), never skip:
  # installer/setup installs both.
  if(NOT BW_DESKTOP_FILE_VALIDATE)
    set(BW_DESKTOP_FILE_VALIDATE desktop-file-validate)
  endif()
  if(NOT BW_APPSTREAMCLI)
    set(BW_APPSTREAMCLI appstreamcli)
  endif()
  add_test(NAME desktop_file_valid
           COMMAND ${BW_DESKTOP_FILE_VALIDATE}
                   ${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/applications/${BW_APP_ID}.desktop)
  add_test(NAME metainfo_valid
           COMMAND ${BW_APPSTREAMCLI} validate --no-net
                   ${CMAKE_BINARY_DIR}/${CMAKE_INSTALL_DATADIR}/metainfo/${BW_APP_ID}.metainfo.xml)
  set_tests_properties(desktop_file_valid metainfo_valid PROPERTIES LABELS unit TIMEOUT 60)
endif()

# --- CPack ---------------------------------------------------------------------------------
set(CPACK_PACKAGE_NAME beeldwacht)
set(CPACK_PACKAGE_VENDOR "Beeldwacht")
set(CPACK_PACKAGE_CONTACT "Beeldwacht maintainers <maintainers@beeldwacht.invalid>"
    CACHE STRING "Maintainer named in the packages")
# The version is project()'s, the one place it is set.
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian wants the long description in lines under 80 columns; CPack indents them.
string(CONCAT CPACK_PACKAGE_DESCRIPTION
  "Beeldwacht finds every face on a batch of school photos, recognises pupils\n"
  "from reference photos and checks each pupil's recorded parental consent for\n"
  "the chosen publication channel. Faces that are not positively recognised as\n"
  "a pupil with valid consent are blurred beyond recognition; exported photos\n"
  "carry no names or metadata, and every export leaves an accountability record.\n"
  "Face data stays on the computer.\n"
  ".\n"
  "The package includes the face models it needs (CenterFace, MIT licence; dlib\n"
  "5-point landmarks, ResNet face descriptor and MMOD detector, CC0).")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Beeldwacht")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_EXECUTABLES beeldwacht "Beeldwacht")
# Installed binaries are stripped: a release needs no debug info, and the debug info would
# carry the build machine's source paths.
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_THREADS 0)

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
  set(CPACK_GENERATOR DEB TGZ)
  string(TOLOWER "${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}" bw_platform)
  # The archive is relocatable: unpack it anywhere and run <dir>/bin/beeldwacht.
  set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-${bw_platform}")
  set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)
elseif(WIN32)
  set(CPACK_GENERATOR NSIS ZIP)
endif()

# `cpack --config CPackSourceConfig.cmake` packs the sources only: never build trees, the
# fetched models and photos (they are downloaded and verified, not redistributed as source)
# or Git's data.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${PROJECT_VERSION}-source")
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/fetched/" "\\.part$" "CMakeLists\\.txt\\.user$")

# Debian: the libraries come from the distribution, nothing is bundled. The names are those
# of Debian 12 (bookworm), found with `dpkg -S` on the libraries the programs link;
# tests/install/run-install-test checks that this list covers what the installed binaries
# really need. libopenblas0 is not linked directly: it makes dlib's BLAS fast (the
# recognition network is unusably slow on the reference BLAS).
set(bw_debian_depends
    "libqt6core6 (>= 6.4)"
    "libqt6concurrent6 (>= 6.4)"
    "libqt6gui6 (>= 6.4)"
    "libqt6widgets6 (>= 6.4)"
    "libopencv-core406"
    "libopencv-imgproc406"
    "libopencv-imgcodecs406"
    "libopencv-dnn406"
    "libdlib19.1"
    "libopenblas0"
    "libsqlite3-0 (>= 3.40)"
    "libcsv3"
    "libexiv2-27"
    "libheif1 (>= 1.15)"
    "libstdc++6 (>= 12)"
    "libgcc-s1"
    "libc6 (>= 2.36)")
list(JOIN bw_debian_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Qt's own Dutch strings (standard dialogs), HEIF/WebP/TIFF previews in Qt, and Wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-image-formats-plugins, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# The .deb installs under /usr (CPack's default for DEB), the archive under its own folder.
# No maintainer scripts: Debian's triggers refresh the icon cache and the desktop database,
# and removing the package must never touch a user's data folder
# (~/.local/share/beeldwacht), which holds the consent registry and the audit log.

# Windows (NSIS). UNTESTED: nothing here has been built on Windows. A working installer also
# needs windeployqt to put the Qt, OpenCV and dlib DLLs beside beeldwacht.exe, and an .ico
# (CPACK_NSIS_MUI_ICON) made from resources/icons.
set(CPACK_NSIS_PACKAGE_NAME "Beeldwacht ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Beeldwacht")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\beeldwacht.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)

include(CPack)
