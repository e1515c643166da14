cmake_minimum_required(VERSION 3.18)
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
  string(REPLACE "," "" n "${CMAKE_MATCH_1}")
  math(EXPR c "(${n} + 5000) / 10000")
  math(EXPR whole "${c} / 100")
  math(EXPR frac "${c} % 100")
  if(frac LESS 10)
    set(frac "0${frac}")
  endif()
  set(max${i} "${whole}.${frac}")
endforeach()
need(readme1 "README's answer in brief"
     "containers hold at most ${max2} million whatever the rating")
need(readme1 "README's answer in brief" "as Grad rockets at most ${max3} million")
foreach(i 1 2 3 4)
  if(NOT method MATCHES "\n\\| ${i} [^\n]*\\| ${max${i}} M")
    set(bad "${bad}\n  method.md §5's table: row ${i} lacks the hard max ${max${i}} M")
  endif()
endforeach()

if(bad)
  message(FATAL_ERROR "figures quoted from the README's output blocks differ:${bad}")
endif()
message(STATUS "quoted figures agree: solve ${v5} / ${v50} / ${v95}, ${runs} runs; "
               "hard max ${max1} / ${max2} / ${max3} / ${max4} M")
