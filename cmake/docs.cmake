# cmake/docs.cmake - the API reference: `cmake --build build --target docs`
# runs Doxygen on include/shipload/*.h and fails on any warning.  The same
# run is a CTest test, so CI keeps the reference complete.
find_package(Doxygen QUIET)
if(NOT DOXYGEN_EXECUTABLE)
  message(STATUS "doxygen not found: no `docs` target and no docs test "
                 "(scripts/deps.sh installs it)")
  return()
endif()

set(SHIPLOAD_DOCS_OUT ${PROJECT_BINARY_DIR}/docs/api)
configure_file(${PROJECT_SOURCE_DIR}/docs/Doxyfile.in
  ${PROJECT_BINARY_DIR}/docs/Doxyfile @ONLY)
add_custom_target(docs
  COMMAND ${DOXYGEN_EXECUTABLE} ${PROJECT_BINARY_DIR}/docs/Doxyfile
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
  COMMENT "API reference (Doxygen) in ${SHIPLOAD_DOCS_OUT}/html"
  VERBATIM)
if(SHIPLOAD_BUILD_TESTS)
  add_test(NAME docs COMMAND ${DOXYGEN_EXECUTABLE}
    ${PROJECT_BINARY_DIR}/docs/Doxyfile WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endif()
