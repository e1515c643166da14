# ABI hygiene tests (included by tests/CMakeLists.txt):
#   exports         libshipload.so exports exactly the SL_API functions of
#                   include/shipload/*.h, all sl_*; libshipload.a defines
#                   only sl_*/sli_* globals
#   exports_selftest  the same check rejects a library with each fault
#   public_headers  every public header compiles alone as C11 and C++11
#                   and includes only standard headers
set(_sl_hdr ${PROJECT_SOURCE_DIR}/include/shipload)

add_test(NAME exports COMMAND sh ${PROJECT_SOURCE_DIR}/scripts/check-exports.sh
  -p ${CMAKE_CURRENT_SOURCE_DIR}/exports/pending.txt
  -a $<TARGET_FILE:shipload_static> $<TARGET_FILE:shipload> ${_sl_hdr})
set_tests_properties(exports PROPERTIES ENVIRONMENT "CC=${CMAKE_C_COMPILER}")

add_library(sl_exports_fixture SHARED ${CMAKE_CURRENT_SOURCE_DIR}/exports/bad.c)
add_library(sl_exports_fixture_static STATIC
  ${CMAKE_CURRENT_SOURCE_DIR}/exports/bad.c)
set_target_properties(sl_exports_fixture sl_exports_fixture_static PROPERTIES
  C_VISIBILITY_PRESET hidden)
add_test(NAME exports_selftest COMMAND ${CMAKE_COMMAND}
  -DCHECK=${PROJECT_SOURCE_DIR}/scripts/check-exports.sh
  -DLIB=$<TARGET_FILE:sl_exports_fixture>
  -DARCHIVE=$<TARGET_FILE:sl_exports_fixture_static>
  -DHEADERS=${CMAKE_CURRENT_SOURCE_DIR}/exports
  -DCC=${CMAKE_C_COMPILER}
  -P ${CMAKE_CURRENT_SOURCE_DIR}/exports/selftest.cmake)

find_program(SHIPLOAD_CXX NAMES ${CMAKE_CXX_COMPILER} c++ g++ clang++
  DOC "C++ compiler for the public_headers test (empty: C only)")
add_test(NAME public_headers COMMAND sh
  ${PROJECT_SOURCE_DIR}/scripts/check-headers.sh ${_sl_hdr}
  ${CMAKE_C_COMPILER} ${SHIPLOAD_CXX})
