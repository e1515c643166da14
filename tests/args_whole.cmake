# tests/args_whole.cmake - included by the -P scripts: fail when an
# argument reached cmake in pieces.  A ';' in a test's regex or argument
# splits it where CMake passes lists (a function's ARGN), so
# "-DEXPECT_ERR=a; b" checked only "a" and handed " b" to cmake, which
# ignored it: write '.' in a regex instead.
math(EXPR _last "${CMAKE_ARGC} - 1")
set(_after_p FALSE)
foreach(_i RANGE 1 ${_last})
  set(_a "${CMAKE_ARGV${_i}}")
  if(_after_p)
    set(_after_p FALSE)
  elseif(_a STREQUAL "-P")
    set(_after_p TRUE)
  elseif(NOT _a MATCHES "^-D")
    message(FATAL_ERROR "argument ${_i} '${_a}' is the piece of an argument "
                        "split at a ';' (write '.' in a regex instead)")
  endif()
endforeach()
