cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/args_whole.cmake)
# png_same (the README chart's comparison, chart_check.cmake) tells the
# same drawing (exit 0) and the same drawing with other text hinting
# (0 or 3: close) from a chart of other data (1), and refuses a file that
# is not a PNG (2).
function(draw name)
  execute_process(COMMAND ${EXE} --plot ${DIR}/${name}.png --quiet ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_QUIET)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${EXE} --plot ${name} ${ARGN} exited with ${rc}")
  endif()
endfunction()
function(expect a b codes)
  execute_process(COMMAND ${PNG_SAME} ${DIR}/${a} ${DIR}/${b} 0.005
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc IN_LIST codes)
    message(FATAL_ERROR "png_same ${a} ${b}: exit ${rc}, expected one of "
            "${codes}: ${out}${err}")
  endif()
endfunction()
file(MAKE_DIRECTORY ${DIR})
draw(base --samples 20000)
draw(again --samples 20000)
draw(seed2 --samples 20000 --seed 2)
file(WRITE ${DIR}/hinting.conf "<?xml version=\"1.0\"?>
<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">
<fontconfig><include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>
<match target=\"font\"><edit name=\"hintstyle\" mode=\"assign\"><const>hintfull</const></edit>
<edit name=\"rgba\" mode=\"assign\"><const>rgb</const></edit></match></fontconfig>
")
set(ENV{FONTCONFIG_FILE} ${DIR}/hinting.conf)
draw(hinted --samples 20000)
unset(ENV{FONTCONFIG_FILE})
file(WRITE ${DIR}/not.png "not a PNG\n")
expect(base.png again.png "0")
expect(base.png seed2.png "1")
expect(base.png hinted.png "0;3")
expect(base.png not.png "2")
