cmake_minimum_required(VERSION 3.18)
include(${CMAKE_CURRENT_LIST_DIR}/millions.cmake)
# The figures that README.md's prose and docs/method.md §5 quote from the
# README's output blocks (which readme_output and est_solve_readme check
# against the programs) are the blocks' own: when an output changes and
# its block is pasted again, a figure quoted elsewhere must follow.
# (method.md §5 and the README's "answer in brief" are prose, so nothing
# else would notice.)  -DREADME=... -DMETHOD=...
file(READ ${README} readme)
file(READ ${METHOD} method)
# one line of text: the prose wraps anywhere
string(REGEX REPLACE "[ \n]+" " " readme1 "${readme}")
string(REGEX REPLACE "[ \n]+" " " method1 "${method}")
set(bad "")
function(need where text what)
  string(FIND "${${where}}" "${what}" at)
  if(at EQUAL -1)
    set(bad "${bad}\n  ${text} lacks '${what}'" PARENT_SCOPE)
  endif()
endfunction()
# the block after the line MARK, to its closing fence
function(doc_block mark out)
  string(FIND "${readme}" "${mark}\n" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "README has no '${mark}' block")
  endif()
  string(SUBSTRING "${readme}" ${at} -1 rest)
  string(FIND "${rest}" "\n```" end)
  string(SUBSTRING "${rest}" 0 ${end} rest)
  set(${out} "${rest}" PARENT_SCOPE)
endfunction()

# --solve containers: the 5 %, 50 % and 95 % rows and the run count
doc_block("$ shipload-estimate --solve containers" solve)
foreach(t 5 50 95)
  if(NOT solve MATCHES "\n +${t}% +([0-9,]+) +([0-9,]+) to ([0-9,]+) ")
    message(FATAL_ERROR "no ${t}% row in the README's solve block")
  endif()
  set(v${t} ${CMAKE_MATCH_1})
  set(lo${t} ${CMAKE_MATCH_2})
  set(hi${t} ${CMAKE_MATCH_3})
endforeach()
if(NOT solve MATCHES "in each of ([0-9]+) runs")
  message(FATAL_ERROR "no run count in the README's solve block")
endif()
set(runs ${CMAKE_MATCH_1})
need(readme1 "README's answer in brief"
     "only from ${v5} containers on (Monte Carlo range ${lo5} to ${hi5};")
need(readme1 "README's answer in brief" "in half of them with ${v50};")
need(readme1 "README, solve" "${runs} runs for the one above")
need(method1 "method.md §5"
     "consistent at ${v5} containers (5 % of samples reach it from there on; Monte Carlo range ${lo5} to ${hi5}), half the samples reach it at ${v50} and 95 % at ${v95};")

# command 1: each interpretation's hard max, in millions to 2 decimals
doc_block("$ sh scripts/demo.sh" demo)
foreach(i 1 2 3 4)
  if(NOT demo MATCHES "\n${i} +[0-9.]+ +[0-9,]+ +[0-9,]+ +[0-9,]+ +([0-9,]+) ")
    message(FATAL_ERROR "no row ${i} in the README's command 1 block")
  endif()
  sl_millions(max${i} "${CMAKE_MATCH_1}")
endforeach()
need(readme1 "README's answer in brief"
     "containers hold at most ${max2} million whatever the rating")
need(readme1 "README's answer in brief" "as Grad rockets at most ${max3} million")
foreach(i 1 2 3 4)
  if(NOT method MATCHES "\n\\| ${i} [^\n]*\\| ${max${i}} M")
    set(bad "${bad}\n  method.md §5's table: row ${i} lacks the hard max ${max${i}} M")
  endif()
endforeach()

# command 1's capacity table: the range of a 20 ft box at 30.48 t for
# complete rounds and for 122 mm rounds; interpretation 2's P50 per container
if(NOT demo MATCHES "\n  iso-20 +152mm-round [^\n]* ([0-9,]+)-([0-9,]+)\n")
  message(FATAL_ERROR "no iso-20 152mm-round row in the README's command 1 block")
endif()
need(readme1 "README's command 1 notes"
     "a 20 ft box holds ${CMAKE_MATCH_1} to ${CMAKE_MATCH_2} complete 152 mm rounds")
if(NOT demo MATCHES "\n  iso-20 +122mm-round [^\n]* [0-9,]+-([0-9,]+)\n")
  message(FATAL_ERROR "no iso-20 122mm-round row in the README's command 1 block")
endif()
need(method1 "method.md §5" "(${CMAKE_MATCH_1} each at the best edge)")
if(NOT demo MATCHES "\n2 +([0-9.]+) ")
  message(FATAL_ERROR "no row 2 in the README's command 1 block")
endif()
need(method1 "method.md §5" "| ${CMAKE_MATCH_1} | ")
need(method1 "method.md §5" "The median of ${CMAKE_MATCH_1} per container")

# command 1's "What drives the range" table: method.md §5 names its first
# six inputs in the table's order with their shares of the variance
# (whole percent; the margins to one decimal)
set(drivers share:152mm-round share:122mm-round 152mm-round.package_size
    122mm-round.package_size 152mm-round.max_stack load_rules.margins)
string(REGEX MATCHALL "\n  [a-z0-9:._-]+ +[0-9.]+%" rows "${demo}")
set(order "")
set(i 0)
foreach(r IN LISTS rows)
  if(r MATCHES "\n  ([a-z0-9:._-]+) +([0-9]+)\\.([0-9])%")
    list(APPEND order ${CMAKE_MATCH_1})
    set(tenth${i} "${CMAKE_MATCH_2}.${CMAKE_MATCH_3}")
    math(EXPR whole${i} "${CMAKE_MATCH_2} + (${CMAKE_MATCH_3} + 5) / 10")
    math(EXPR i "${i} + 1")
  endif()
endforeach()
list(LENGTH order n)
if(n LESS 6)
  message(FATAL_ERROR "no drivers table in the README's command 1 block")
endif()
list(SUBLIST order 0 6 first6)
if(NOT first6 STREQUAL drivers)
  set(bad "${bad}\n  the README's drivers now rank ${first6}: method.md §5's sentence on them (and this list) need rewriting")
else()
  need(method1 "method.md §5"
       "driven by the share of 152 mm rounds (about ${whole0} % of the variance), then the share of 122 mm rounds (about ${whole1} %), the box sizes of the 152 mm round (about ${whole2} %) and of the 122 mm round (about ${whole3} %), the stacking limit (about ${whole4} %) and the bracing margins (about ${tenth5} %).")
endif()

# the map (--sweep containers=... --sweep share:152mm-round=...): the share
# of the 0.7 column at 15,000 containers, and the least share that makes
# 20,000, 25,000 and 30,000 containers consistent (C) or better (E)
doc_block("$ shipload-estimate --sweep containers=10000:30000:5 --sweep share:152mm-round=0.3:0.7:5" map)
if(NOT map MATCHES "\ncontainers +([0-9. ]+)\n")
  message(FATAL_ERROR "no column heading in the README's map block")
endif()
string(REGEX MATCHALL "[0-9.]+" cols "${CMAKE_MATCH_1}")
foreach(k 15 20 25 30)
  if(NOT map MATCHES "\n +${k},000 ([^\n]*)\n")
    message(FATAL_ERROR "no ${k},000 row in the README's map block")
  endif()
  string(REGEX MATCHALL "[<0-9.]+% [ECI]" cells "${CMAKE_MATCH_1}")
  set(first${k} "")
  set(i 0)
  foreach(c IN LISTS cells)
    list(GET cols ${i} col)
    if(col STREQUAL "0.7")
      string(REGEX REPLACE "%.*" " %" at07_${k} "${c}")
    endif()
    if(first${k} STREQUAL "" AND c MATCHES "[CE]$")
      set(first${k} ${col})
    endif()
    math(EXPR i "${i} + 1")
  endforeach()
endforeach()
# 0.6 as a percentage, 60
string(REGEX REPLACE "^0\\.([0-9])$" "\\10" pct20 "${first20}")
need(readme1 "README's answer in brief"
     "with 70 % of them, 15,000 containers reach it in ${at07_15} of samples, and 20,000 need ${pct20} % or more")
need(method1 "method.md §5"
     "from 15,000 containers either (${at07_15} of samples at 70 %); 20,000 need a share of ${first20} or more, 25,000 of ${first25}, 30,000 of ${first30}.")
message(STATUS "map: ${at07_15} at 15,000 and 0.7; consistent from ${first20} / ${first25} / ${first30}")

if(bad)
  message(FATAL_ERROR "figures quoted from the README's output blocks differ:${bad}")
endif()
message(STATUS "quoted figures agree: solve ${v5} / ${v50} / ${v95}, ${runs} runs; "
               "hard max ${max1} / ${max2} / ${max3} / ${max4} M")
