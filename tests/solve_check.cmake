cmake_minimum_required(VERSION 3.19)
# shipload-estimate --solve against its own JSON and against single runs:
# EXE run with ARGS ('|'-separated, with --solve) and --json.  MODE:
#   solved  every target the solve reaches, checked by two single runs:
#           SINGLE ('|'-separated) with '@' replaced by the solved value,
#           and by the value across the crossing ("across"), each with
#           --json: the share of samples that keep the claim (the claim
#           key SHARE: p_at_least, p_at_most or p_in_range) is at or above
#           the target at the value and below it across; with EXACT, both
#           shares equal the solve's own (a count: the same run).  With
#           STEP, the value across is the value minus STEP (a whole count:
#           1).  REACHED: how many targets must be reached.  A range
#           claim's share rises to a peak and falls: a target crossed on
#           both sides has value_high and across_high, checked the same
#           way (the value the last that reaches it); TWICE: how many
#           targets must be crossed twice.  With PEAK, solve.peak is
#           checked: a single run there gives its share (EXACT), as high
#           as the runs one STEP either side, at or above every target
#           reached and below every target not reached;
#   text    each value reached and each verdict turn's value in the text
#           output is the JSON's (the value run, not a rounding of it);
#   keys    the JSON's keys (docs/shipload-estimate.1, "Solving for one
#           input"): {"solve": {input INPUT, claim, range, resolution,
#           samples, seed, runs, targets[3], verdict_turns, turns_cut}},
#           each target's keys by whether it is reached, each turn's;
#           the Monte Carlo range holds the value; the turns in order;
#           solve.peak for a range claim only.
# Figures expected come from the output itself or from single runs.
string(REPLACE "|" ";" args "${ARGS}")
include(${CMAKE_CURRENT_LIST_DIR}/check_run.cmake) # run(OUT ...)

run(j ${args} --json)
string(JSON top LENGTH "${j}")
string(JSON input GET "${j}" solve input)
string(JSON nt LENGTH "${j}" solve targets)
if(NOT top EQUAL 1 OR NOT input STREQUAL "${INPUT}" OR NOT nt EQUAL 3)
  message(FATAL_ERROR "expected {\"solve\": {\"input\": \"${INPUT}\", "
          "\"targets\": [3]}}, got ${top} key(s), input '${input}', ${nt} "
          "targets")
endif()

# share(OUT VALUE): the single run's share at VALUE.
function(share out value)
  string(REPLACE "@" "${value}" s "${SINGLE}")
  string(REPLACE "|" ";" s "${s}")
  run(o ${s} --json)
  string(JSON p GET "${o}" claim ${SHARE})
  set(${out} "${p}" PARENT_SCOPE)
endfunction()

# crossing(TARGET WHAT VALUE ACROSS SHARE SHARE_ACROSS): a single run at
# VALUE keeps the claim in a share at or above TARGET, one at ACROSS below
# it; with EXACT, the shares are the solve's own (SHARE, SHARE_ACROSS).
# WHAT names the side in messages ("" or ", falling").
function(crossing t what v av sv sa)
  share(p1 ${v})
  share(p0 ${av})
  if(p1 LESS t OR NOT p0 LESS t)
    message(FATAL_ERROR "target ${t}${what}: single runs give ${p1} at ${v} "
            "and ${p0} at ${av}: not on either side of ${t}")
  endif()
  if(EXACT AND (NOT p1 EQUAL sv OR NOT p0 EQUAL sa))
    message(FATAL_ERROR "target ${t}${what}: single runs give ${p1} at ${v} "
            "and ${p0} at ${av}; the solve said ${sv} and ${sa}")
  endif()
  message(STATUS "target ${t}${what}: ${v} (share ${p1}), across ${av} "
          "(${p0})")
endfunction()

if(MODE STREQUAL "solved")
  set(reached 0)
  set(twice 0)
  foreach(i RANGE 2)
    string(JSON t GET "${j}" solve targets ${i} share)
    string(JSON r GET "${j}" solve targets ${i} reached)
    if(NOT r)
      continue()
    endif()
    math(EXPR reached "${reached} + 1")
    string(JSON v GET "${j}" solve targets ${i} value)
    string(JSON sv GET "${j}" solve targets ${i} at share)
    string(JSON av GET "${j}" solve targets ${i} across value)
    string(JSON sa GET "${j}" solve targets ${i} across share)
    if(DEFINED STEP) # a whole count: the value next to it on the other side
      math(EXPR want "${v} - ${STEP}")
      math(EXPR want2 "${v} + ${STEP}")
      if(NOT av EQUAL want AND NOT av EQUAL want2)
        message(FATAL_ERROR "target ${t}: across ${av} is not ${v} +- ${STEP}")
      endif()
    endif()
    crossing(${t} "" ${v} ${av} ${sv} ${sa})
    # the falling crossing of a range claim's share
    string(JSON vh ERROR_VARIABLE err GET "${j}" solve targets ${i} value_high)
    if(err OR vh STREQUAL "null" OR vh STREQUAL "")
      continue()
    endif()
    math(EXPR twice "${twice} + 1")
    string(JSON svh GET "${j}" solve targets ${i} at_high share)
    string(JSON avh GET "${j}" solve targets ${i} across_high value)
    string(JSON sah GET "${j}" solve targets ${i} across_high share)
    if(NOT vh GREATER v)
      message(FATAL_ERROR "target ${t}: value_high ${vh} not above value ${v}")
    endif()
    if(DEFINED STEP)
      math(EXPR want "${vh} + ${STEP}")
      if(NOT avh EQUAL want)
        message(FATAL_ERROR "target ${t}: across_high ${avh} is not ${vh} + ${STEP}")
      endif()
    endif()
    crossing(${t} ", falling" ${vh} ${avh} ${svh} ${sah})
  endforeach()
  if(NOT reached EQUAL REACHED)
    message(FATAL_ERROR "${reached} targets reached, expected ${REACHED}")
  endif()
  if(DEFINED TWICE AND NOT twice EQUAL TWICE)
    message(FATAL_ERROR "${twice} targets crossed twice, expected ${TWICE}")
  endif()
  if(PEAK)
    string(JSON pv GET "${j}" solve peak value)
    string(JSON ps GET "${j}" solve peak share)
    share(p1 ${pv})
    if(EXACT AND NOT p1 EQUAL ps)
      message(FATAL_ERROR "peak: a single run gives ${p1} at ${pv}; the "
              "solve said ${ps}")
    endif()
    math(EXPR below "${pv} - ${STEP}")
    math(EXPR above "${pv} + ${STEP}")
    share(pb ${below})
    share(pa ${above})
    if(pb GREATER p1 OR pa GREATER p1)
      message(FATAL_ERROR "peak ${pv} (${p1}): ${pb} at ${below}, ${pa} at "
              "${above}")
    endif()
    foreach(i RANGE 2)
      string(JSON t GET "${j}" solve targets ${i} share)
      string(JSON r GET "${j}" solve targets ${i} reached)
      if((r AND p1 LESS t) OR (NOT r AND NOT p1 LESS t))
        message(FATAL_ERROR "peak ${pv} (${p1}) and target ${t}: reached "
                "'${r}'")
      endif()
    endforeach()
    message(STATUS "peak ${pv} (${p1}); ${pb} at ${below}, ${pa} at ${above}")
  endif()
elseif(MODE STREQUAL "keys")
  foreach(k claim range resolution samples seed runs verdict_turns turns_cut)
    string(JSON x ERROR_VARIABLE err GET "${j}" solve ${k})
    if(err)
      message(FATAL_ERROR "solve.${k}: ${err}")
    endif()
  endforeach()
  foreach(k value value_high qualifier text share)
    string(JSON x ERROR_VARIABLE err GET "${j}" solve claim ${k})
    if(err)
      message(FATAL_ERROR "solve.claim.${k}: ${err}")
    endif()
  endforeach()
  # a range claim: its share's peak (null or a run)
  string(JSON q GET "${j}" solve claim qualifier)
  string(JSON x ERROR_VARIABLE err GET "${j}" solve peak)
  if(q STREQUAL "between" AND err)
    message(FATAL_ERROR "solve.peak: ${err}")
  elseif(NOT q STREQUAL "between" AND NOT err)
    message(FATAL_ERROR "solve.peak given for a claim '${q}'")
  endif()
  foreach(i RANGE 2)
    string(JSON r GET "${j}" solve targets ${i} reached)
    string(JSON vh ERROR_VARIABLE noh GET "${j}" solve targets ${i} value_high)
    if(r AND NOT noh) # a range claim's target crossed twice
      set(keys share reached value range at across value_high range_high
          at_high across_high)
      string(JSON lo GET "${j}" solve targets ${i} range_high 0)
      string(JSON hi GET "${j}" solve targets ${i} range_high 1)
      if(lo GREATER vh OR hi LESS vh)
        message(FATAL_ERROR "target ${i}: value_high ${vh} outside its "
                "range_high ${lo} to ${hi}")
      endif()
    elseif(r)
      set(keys share reached value range at across)
    else()
      set(keys share reached value range side nearest)
    endif()
    string(JSON n LENGTH "${j}" solve targets ${i})
    list(LENGTH keys want)
    if(NOT n EQUAL want)
      message(FATAL_ERROR "target ${i}: ${n} keys, expected ${keys}")
    endif()
    foreach(k ${keys})
      string(JSON x ERROR_VARIABLE err GET "${j}" solve targets ${i} ${k})
      if(err)
        message(FATAL_ERROR "solve.targets[${i}].${k}: ${err}")
      endif()
    endforeach()
    if(r)
      string(JSON v GET "${j}" solve targets ${i} value)
      string(JSON lo GET "${j}" solve targets ${i} range 0)
      string(JSON hi GET "${j}" solve targets ${i} range 1)
      if(lo GREATER v OR hi LESS v)
        message(FATAL_ERROR "target ${i}: value ${v} outside its range "
                "${lo} to ${hi}")
      endif()
    else()
      string(JSON v TYPE "${j}" solve targets ${i} value)
      if(NOT v STREQUAL "NULL")
        message(FATAL_ERROR "target ${i}: not reached, and value is ${v}")
      endif()
    endif()
  endforeach()
  string(JSON nturn LENGTH "${j}" solve verdict_turns)
  set(prev "")
  if(nturn GREATER 0)
    math(EXPR last "${nturn} - 1")
    foreach(i RANGE ${last})
      foreach(k from to value previous before after)
        string(JSON x ERROR_VARIABLE err GET "${j}" solve verdict_turns ${i} ${k})
        if(err)
          message(FATAL_ERROR "solve.verdict_turns[${i}].${k}: ${err}")
        endif()
      endforeach()
      string(JSON from GET "${j}" solve verdict_turns ${i} from)
      string(JSON to GET "${j}" solve verdict_turns ${i} to)
      string(JSON v GET "${j}" solve verdict_turns ${i} value)
      if(from STREQUAL to OR (NOT prev STREQUAL "" AND NOT v GREATER prev))
        message(FATAL_ERROR "turn ${i}: from ${from} to ${to} at ${v} "
                "(previous turn at ${prev})")
      endif()
      set(prev ${v})
    endforeach()
  endif()
  if(DEFINED TURNS AND NOT nturn EQUAL TURNS)
    message(FATAL_ERROR "${nturn} verdict turns, expected ${TURNS}")
  endif()
elseif(MODE STREQUAL "text")
  # the text gives each value reached and each verdict turn as it ran (the
  # JSON's value: the same double, not a rounding of it), so that a value
  # copied from the text reruns to the answer the solve states
  run(t ${args})
  string(REGEX MATCHALL "\n +[0-9]+%  +[0-9.]+  " rows "${t}")
  string(REGEX REPLACE "[ \n]+" " " flat "${t}")
  string(REGEX MATCHALL " at a [a-z:0-9.-]+ of [0-9.]+[0-9]" turns "${flat}")
  set(checked 0)
  string(JSON nt LENGTH "${j}" solve targets)
  math(EXPR last "${nt} - 1")
  set(row 0)
  foreach(i RANGE ${last})
    string(JSON reached GET "${j}" solve targets ${i} reached)
    if(reached)
      string(JSON v GET "${j}" solve targets ${i} value)
      list(LENGTH rows nrows)
      if(NOT row LESS nrows)
        message(FATAL_ERROR "target ${i}: no table row for it:\n${t}")
      endif()
      list(GET rows ${row} r)
      string(REGEX REPLACE ".*%  +([0-9.]+)  $" "\\1" tv "${r}")
      if(NOT tv EQUAL v)
        message(FATAL_ERROR "target ${i}: the text's ${tv} is not the value "
                "run, ${v}:\n${t}")
      endif()
      math(EXPR row "${row} + 1")
      math(EXPR checked "${checked} + 1")
    endif()
  endforeach()
  string(JSON nturn LENGTH "${j}" solve verdict_turns)
  list(LENGTH turns ntext)
  if(NOT ntext EQUAL nturn)
    message(FATAL_ERROR "${ntext} turns in the text, ${nturn} in JSON:\n${t}")
  endif()
  if(nturn GREATER 0)
    math(EXPR last "${nturn} - 1")
    foreach(i RANGE ${last})
      string(JSON v GET "${j}" solve verdict_turns ${i} value)
      list(GET turns ${i} x)
      string(REGEX REPLACE ".* of " "" tv "${x}")
      if(NOT tv EQUAL v)
        message(FATAL_ERROR "turn ${i}: the text's ${tv} is not the value "
                "run, ${v}:\n${t}")
      endif()
      math(EXPR checked "${checked} + 1")
    endforeach()
  endif()
  if(checked LESS 4)
    message(FATAL_ERROR "only ${checked} values checked; expected a solve "
            "that reaches targets and turns")
  endif()
else()
  message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()
