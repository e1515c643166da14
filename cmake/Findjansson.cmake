# Findjansson.cmake - find the jansson JSON library; defines jansson::jansson.
#
# Used by shipload's build and installed next to shipload-config.cmake,
# because Debian's libjansson-dev ships jansson.pc but no CMake package.
# Order: jansson's own CMake package if there is one, else the header and
# library (with pkg-config's paths as hints when pkg-config is available).
# Sets jansson_FOUND, JANSSON_INCLUDE_DIR, JANSSON_LIBRARY, jansson_VERSION.

find_package(jansson CONFIG QUIET)
if(jansson_FOUND AND TARGET jansson::jansson)
  return()
endif()

find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_JANSSON QUIET jansson)
endif()

find_path(JANSSON_INCLUDE_DIR jansson.h HINTS ${PC_JANSSON_INCLUDE_DIRS})
find_library(JANSSON_LIBRARY NAMES jansson HINTS ${PC_JANSSON_LIBRARY_DIRS})

if(JANSSON_INCLUDE_DIR AND EXISTS "${JANSSON_INCLUDE_DIR}/jansson.h")
  file(STRINGS "${JANSSON_INCLUDE_DIR}/jansson.h" _jansson_version_line
       REGEX "^#define[ \t]+JANSSON_VERSION[ \t]+\"[^\"]*\"")
  string(REGEX REPLACE ".*\"([^\"]*)\".*" "\\1" jansson_VERSION
         "${_jansson_version_line}")
  unset(_jansson_version_line)
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(jansson
  REQUIRED_VARS JANSSON_LIBRARY JANSSON_INCLUDE_DIR
  VERSION_VAR jansson_VERSION)

if(jansson_FOUND AND NOT TARGET jansson::jansson)
  add_library(jansson::jansson UNKNOWN IMPORTED)
  set_target_properties(jansson::jansson PROPERTIES
    IMPORTED_LOCATION "${JANSSON_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${JANSSON_INCLUDE_DIR}")
endif()
mark_as_advanced(JANSSON_INCLUDE_DIR JANSSON_LIBRARY)
