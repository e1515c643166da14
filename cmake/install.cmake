# cmake/install.cmake - what `cmake --install` puts where (GNUInstallDirs),
# the exported CMake package (find_package(shipload) -> shipload::shipload)
# and the pkg-config file.  Included from the top-level CMakeLists.txt after
# every target is defined.
include(CMakePackageConfigHelpers)

set(SHIPLOAD_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/shipload CACHE STRING
    "Where the CMake package files go, relative to the prefix")

# Libraries and public headers.  Only include/shipload/*.h is API;
# lib/internal.h stays behind.
install(TARGETS shipload shipload_static EXPORT shipload-targets
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT runtime
          NAMELINK_COMPONENT devel
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR} COMPONENT devel
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT runtime
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/shipload
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT devel
  FILES_MATCHING PATTERN "*.h")

# The CMake package: targets, config (finds the dependencies) and version
# (compatible within one major version: docs/versioning.md).
install(EXPORT shipload-targets NAMESPACE shipload::
  FILE shipload-targets.cmake DESTINATION ${SHIPLOAD_CMAKEDIR}
  COMPONENT devel)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/shipload-config.cmake.in
  ${PROJECT_BINARY_DIR}/shipload-config.cmake
  INSTALL_DESTINATION ${SHIPLOAD_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/shipload-config-version.cmake
  COMPATIBILITY SameMajorVersion)
install(FILES ${PROJECT_BINARY_DIR}/shipload-config.cmake
  ${PROJECT_BINARY_DIR}/shipload-config-version.cmake
  ${PROJECT_SOURCE_DIR}/cmake/Findjansson.cmake
  DESTINATION ${SHIPLOAD_CMAKEDIR} COMPONENT devel)

# pkg-config.  The prefix is found from the .pc file's own place
# (${pcfiledir}), so `cmake --install build --prefix DIR` works for any DIR.
function(shipload_pc_dir out dir)
  if(IS_ABSOLUTE "${dir}")
    set(${out} "${dir}" PARENT_SCOPE)
  else()
    set(${out} "\${prefix}/${dir}" PARENT_SCOPE)
  endif()
endfunction()
if(IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  set(SHIPLOAD_PC_PREFIX "${CMAKE_INSTALL_PREFIX}")
else()
  file(RELATIVE_PATH _up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
  string(REGEX REPLACE "/$" "" _up "${_up}")
  set(SHIPLOAD_PC_PREFIX "\${pcfiledir}/${_up}")
endif()
shipload_pc_dir(SHIPLOAD_PC_LIBDIR "${CMAKE_INSTALL_LIBDIR}")
shipload_pc_dir(SHIPLOAD_PC_INCLUDEDIR "${CMAKE_INSTALL_INCLUDEDIR}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/shipload.pc.in
  ${PROJECT_BINARY_DIR}/shipload.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/shipload.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig COMPONENT devel)

# Example programs.  They find the library relative to themselves, so an
# install into any prefix runs without LD_LIBRARY_PATH.
file(RELATIVE_PATH _bin_to_lib "/prefix/${CMAKE_INSTALL_BINDIR}"
     "/prefix/${CMAKE_INSTALL_LIBDIR}")
foreach(prog shipload-estimate shipload-pack)
  if(TARGET ${prog})
    set_target_properties(${prog} PROPERTIES
      INSTALL_RPATH "$ORIGIN/${_bin_to_lib}")
    install(TARGETS ${prog} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
      COMPONENT runtime)
  endif()
endforeach()
install(FILES ${PROJECT_SOURCE_DIR}/examples/minimal.c
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT devel)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/scenarios
  ${PROJECT_SOURCE_DIR}/examples/catalogs
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT doc
  FILES_MATCHING PATTERN "*.json")

# Manual pages (docs/NAME.SECTION) and the documentation.
file(GLOB _man_pages ${PROJECT_SOURCE_DIR}/docs/*.[1-9])
foreach(page ${_man_pages})
  string(REGEX REPLACE ".*\\.([1-9])$" "\\1" _section "${page}")
  install(FILES ${page} DESTINATION ${CMAKE_INSTALL_MANDIR}/man${_section}
    COMPONENT doc)
endforeach()
# The tree the README's links expect: README.md beside docs/ (with the
# chart it shows) and examples/.
file(GLOB _docs ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/LICENSE*)
install(FILES ${_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT doc)
file(GLOB _docs ${PROJECT_SOURCE_DIR}/docs/*.md ${PROJECT_SOURCE_DIR}/docs/*.png
     ${PROJECT_SOURCE_DIR}/docs/*.[1-9])
install(FILES ${_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs COMPONENT doc)
install(DIRECTORY ${PROJECT_BINARY_DIR}/docs/api/html/ OPTIONAL
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/api COMPONENT doc)
