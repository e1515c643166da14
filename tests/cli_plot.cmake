# The estimator CLI's charts (examples/plot.c, cairo): tests/plot_test.c
# draws them from a real run and checks the files.
if(SHIPLOAD_BUILD_EXAMPLES)
  pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo)
  add_executable(plot_test ${CMAKE_CURRENT_SOURCE_DIR}/plot_test.c
    ${PROJECT_SOURCE_DIR}/examples/plot.c)
  target_include_directories(plot_test PRIVATE ${PROJECT_SOURCE_DIR}/examples)
  target_compile_options(plot_test PRIVATE ${SHIPLOAD_WARNINGS})
  target_link_libraries(plot_test PRIVATE sltest PkgConfig::CAIRO m)
  add_test(NAME plot_test COMMAND plot_test)
  set_tests_properties(plot_test PROPERTIES TIMEOUT 600
    ENVIRONMENT "CK_DEFAULT_TIMEOUT=300;LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/lsan.supp")
endif()
