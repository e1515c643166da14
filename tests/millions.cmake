# sl_millions(OUT N): N, a count that may have thousands separators
# ("3,580,000"), in millions to 2 decimals, rounded half up ("3.58"), as
# the docs quote a hard maximum.  Shared by doc_figures_check.cmake and
# doc_stack8_check.cmake.
function(sl_millions out n)
  string(REPLACE "," "" n "${n}")
  math(EXPR c "(${n} + 5000) / 10000")
  math(EXPR whole "${c} / 100")
  math(EXPR frac "${c} % 100")
  if(frac LESS 10)
    set(frac "0${frac}")
  endif()
  set(${out} "${whole}.${frac}" PARENT_SCOPE)
endfunction()
