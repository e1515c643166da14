# --list --json: the catalog as a file to edit and load with --catalog
# (sl_catalog_to_json; tests/catalog_json_check.cmake)
if(TARGET shipload-estimate)
  file(MAKE_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR}/est_cli_list_json)
  add_test(NAME est_cli_list_json COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DWORK=${CMAKE_CURRENT_BINARY_DIR}/est_cli_list_json
           -P ${CMAKE_CURRENT_SOURCE_DIR}/catalog_json_check.cmake)
endif()
