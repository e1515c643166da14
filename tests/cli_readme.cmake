# README.md shows the real output of `shipload-estimate` (command 1).
if(TARGET shipload-estimate)
  add_test(NAME readme_output COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DREADME=${PROJECT_SOURCE_DIR}/README.md
           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/readme_output.txt
           -P ${CMAKE_CURRENT_SOURCE_DIR}/readme_check.cmake)
endif()
