# A sweep's and a register's memory does not grow with their runs: each
# run is kept as what the output needs and its samples freed before the
# next (docs/shipload-estimate.1, "Sweeping one input", "Several scenario
# files").  memory_check.sh finds the smallest address-space limit
# (ulimit -v) that 2 values or 2 files fit in, then runs 12 under it plus
# 2.5 runs' samples: a sweep that kept every run's samples needs 10 runs'
# more.  Not under sanitizers, whose shadow memory no such limit admits.
if(TARGET shipload-estimate AND NOT SHIPLOAD_SANITIZE)
  foreach(mode sweep register)
    add_test(NAME cli_memory_${mode}
      COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/memory_check.sh
              $<TARGET_FILE:shipload-estimate> ${mode}
              ${CMAKE_CURRENT_BINARY_DIR}/memory_${mode})
  endforeach()
endif()
