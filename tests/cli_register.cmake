# The claims register: shipload-estimate FILE1 FILE2 ... runs each scenario
# file as a run of that file alone would and prints them side by side
# (docs/shipload-estimate.1, "Several scenario files").  The figures and
# verdicts expected come from single runs of the same files
# (tests/register_check.cmake), not from stored numbers.
if(TARGET shipload-estimate)
  set(EX ${PROJECT_SOURCE_DIR}/examples/scenarios)
  set(RD ${CMAKE_CURRENT_BINARY_DIR}/register)
  file(MAKE_DIRECTORY ${RD})
  # a scenario with no claim, one with its own samples and seed, one with
  # an unknown cargo id in its second entry, and one cut short
  file(WRITE ${RD}/noclaim.json
       "{\"title\": \"no claim\", \"containers\": 2385, "
       "\"container_types\": [{\"id\": \"iso-20\"}], "
       "\"cargo\": [{\"id\": \"152mm-round\"}], \"samples\": 700}\n")
  file(WRITE ${RD}/seed7.json
       "{\"containers\": \"about 1,250\", \"cargo\": [{\"id\": \"122mm-grad\"}], "
       "\"claim\": \"at most 120,000\", \"samples\": 900, \"seed\": 7}\n")
  file(WRITE ${RD}/badcargo.json
       "{\"containers\": 100, \"cargo\": [{\"id\": \"152mm-round\", \"share\": 0.5},\n"
       " {\"id\": \"155mm-nato\", \"share\": \"rest\"}]}\n")
  file(WRITE ${RD}/cut.json "{\"containers\": 100,\n \"cargo\": [\n")
  file(WRITE ${RD}/spread.json
       "{\"containers\": 100, \"container_types\": [{\"id\": \"iso-20-24t\"}], "
       "\"fill\": \"uniform(0.5, 1)\"}\n")
  # a count that is not whole, without and with a claim: the model runs 1
  # container either way; the row without a claim gave n_containers 1.4 and
  # its P50 / 1.4 per container
  file(WRITE ${RD}/frac.json
       "{\"containers\": 1.4, \"container_types\": [{\"id\": \"iso-20-24t\"}], "
       "\"samples\": 300}\n")
  file(WRITE ${RD}/frac-claim.json
       "{\"containers\": 1.4, \"container_types\": [{\"id\": \"iso-20-24t\"}], "
       "\"samples\": 300, \"claim\": 100}\n")
  # a file name in Cyrillic: its label was cut to 24 bytes (mid-character
  # when the cut fell there) and padded by bytes, so the row's figures sat
  # 10 columns left of the header's
  file(READ ${EX}/A.json A_TEXT)
  file(WRITE "${RD}/Оценка-контейнеров-январь-2024.json" "${A_TEXT}")

  # Hangul names: each character takes two terminal columns, so padding by
  # characters set the figures of these rows one column a character right
  # of the header's; the long one is cut to 21 columns and "..."
  file(WRITE "${RD}/컨테이너-추정.json" "${A_TEXT}")
  file(WRITE "${RD}/가나다라마바사아자차카타파하거.json" "${A_TEXT}")

  set(AE "${EX}/A.json;${EX}/B-122mm-rockets.json;${EX}/B-152mm.json;${EX}/C.json;${EX}/D.json;${EX}/E.json")
  # reg_check(NAME MODE FILES ARGS): register_check.cmake
  function(reg_check name mode files args)
    add_test(NAME ${name} COMMAND ${CMAKE_COMMAND}
             -DEXE=$<TARGET_FILE:shipload-estimate> -DMODE=${mode}
             "-DFILES=${files}" "-DARGS=${args}"
             -P ${CMAKE_CURRENT_SOURCE_DIR}/register_check.cmake)
  endfunction()
  # rows A to E, each with its single run's verdict and verdict text
  reg_check(est_register_table table "${AE}" "--samples|2000|--quiet")
  # the same figures as single runs, key by key
  reg_check(est_register_json json "${AE}" "--samples|2000|--quiet")
  reg_check(est_register_csv csv "${AE}" "--samples|2000|--quiet")
  # --precision: each row's rel_precision and precision_reached as its
  # single run's options give them (1e-6: spread.json stops at its cap of
  # 10^7 samples short of it, about 3 s a run; C reaches it at once)
  reg_check(est_register_precision_csv csv "${EX}/C.json;${RD}/spread.json"
            "--precision|1e-6|--samples|1000|--quiet")
  # each file's own samples and seed when none is given (A: 20,000, seed
  # 1; seed7.json: 900, seed 7), and a file with no claim
  reg_check(est_register_own_seeds json
            "${EX}/A.json;${RD}/seed7.json;${RD}/noclaim.json" "--quiet")
  reg_check(est_register_own_seeds_table table
            "${RD}/seed7.json;${RD}/noclaim.json;${EX}/E.json" "--quiet")
  # scenario options override every file as they override one; a seed
  # and --precision (samples drawn per file) apply to each file alone
  reg_check(est_register_overrides json "${EX}/A.json;${EX}/E.json;${RD}/seed7.json"
            "--containers|about 12,345|--claim|300,000 to 500,000|--dunnage|60-240|--seed|385|--samples|1500|--quiet")
  reg_check(est_register_precision json "${EX}/C.json;${EX}/E.json"
            "--precision|0.004|--samples|1000|--quiet")

  function(reg_cli name rc args)
    sl_cli_test(${name} shipload-estimate ${rc} "${args}" ${ARGN})
  endfunction()
  # its label cut to 21 characters and "...", padded by characters: the
  # figures line up under the header (both 24 characters wide)
  reg_cli(est_register_utf8_label 0 "${RD}/Оценка-контейнеров-январь-2024.json|${EX}/C.json|--samples|300|--quiet"
          "-DEXPECT_OUT=\n#  scenario                  per cont\\. [^\n]*\n1  Оценка-контейнеров-ян\\.\\.\\.      470\\.0  [^\n]*\n[^\n]*\n2  C                             470\\.0  ")
  reg_cli(est_register_wide_label 0 "${RD}/컨테이너-추정.json|${EX}/C.json|${RD}/가나다라마바사아자차카타파하거.json|--samples|300|--quiet"
          "-DEXPECT_OUT=\n#  scenario                 per cont\\. [^\n]*\n1  컨테이너-추정                470\\.0  [^\n]*\n[^\n]*\n2  C                            470\\.0  [^\n]*\n[^\n]*\n3  가나다라마바사아자차\\.\\.\\.      470\\.0  ")
  # the table: a row with "-" cells and no verdict for a file with no
  # claim; a mixed share column (a range, "at most") is P(claim), explained;
  # different samples and seeds are named per file
  reg_cli(est_register_noclaim 0 "${RD}/noclaim.json|${EX}/E.json|${RD}/seed7.json"
          "-DEXPECT_OUT=^shipload [^\n]*: 3 scenario files side by side\nChecked: [^\n]*with its own samples and seed[^\n]*\n\n# +scenario +per cont\\. +P5 +P50 +P95 +hard max +P\\(claim\\) +verdict\n1 +noclaim +[0-9.,]+ +[0-9,]+ +[0-9,]+ +[0-9,]+ +[0-9,]+ +- +-\n +2,385 containers, no claim\n2 +E +[^\n]+ consistent\n +about 1,000 containers, claim 300,000 to 500,000 [^\n]*\n3 +seed7 +[^\n]+\n +about 1,250 containers, claim at most 120,000 .*\n1 [^\n]*noclaim.json: no claim[ \n]+\\(700[ \n]+samples,[ \n]+seed[ \n]+1\\)\n.*seed7.json:[ \n]+\\(no[ \n]+title\\)[ \n]+\\(900[ \n]+samples,[ \n]+seed[ \n]+7\\)\nper cont\\.: [^\n]*\nP\\(claim\\): the share of samples.*\n  1 noclaim: no claim to check\\.\n")
  # n_containers and per container: the count the model runs (1 for 1.4
  # stated), in the CSV and the table, with a claim or without (the
  # table's P50 of whole totals over 1 container is whole: 470.0, where
  # over 1.4 it was 335.7)
  reg_cli(est_register_fraction_count 0 "${RD}/frac.json|${RD}/frac-claim.json|--csv"
          "-DEXPECT_OUT=/frac.json,,1.4,1,,,,,,300,1,[0-9.]+,[^\n]*\n[^\n]*/frac-claim.json,,1.4,1,100,")
  reg_cli(est_register_fraction_table 0 "${RD}/frac.json|${RD}/frac-claim.json"
          "-DEXPECT_OUT=\n1  frac +[0-9]+\\.0  [^\n]*\n[^\n]*\n2  frac-claim +[0-9]+\\.0  ")
  # bad input in any file: exit 2, the file (and field) named, nothing on
  # stdout, and nothing run: the progress bar forced from the start would
  # have begun stderr had a run started before the bad file was read
  reg_cli(est_register_missing 2 "${EX}/A.json|${EX}/C.json|${RD}/no-such.json|--progress"
          "-DEXPECT_ERR=^shipload-estimate: [^\n]*no-such.json[^\n]*No such file")
  reg_cli(est_register_bad_field 2 "${EX}/A.json|${RD}/badcargo.json|--progress"
          "-DEXPECT_ERR=^shipload-estimate: [^\n]*badcargo.json:2:[0-9]+: cargo.1..id: unknown cargo id \"155mm-nato\"")
  reg_cli(est_register_cut 2 "${EX}/A.json|${RD}/cut.json"
          "-DEXPECT_ERR=^shipload-estimate: [^\n]*cut.json:[0-9]+:[0-9]+: not valid JSON")
  reg_cli(est_register_dir 2 "${EX}/A.json|${EX}"
          "-DEXPECT_ERR=^shipload-estimate: [^\n]*scenarios[^\n]*is a directory")
  # one file twice, however written, is refused (its rows would be the same)
  reg_cli(est_register_twice 2 "${EX}/A.json|${EX}/C.json|${EX}/../scenarios/A.json"
          "-DEXPECT_ERR=^shipload-estimate: [^\n]*scenarios/../scenarios/A.json: is given twice \\(files 1 and 3")
  # a scenario option that fails with one file: the flag, then the file
  reg_cli(est_register_flag_file 2 "${EX}/A.json|${EX}/E.json|--dunnage|30,000"
          "-DEXPECT_ERR=^(shipload-estimate: note: --dunnage changes nothing in [^\n]*A.json[^\n]*\n)?shipload-estimate: --dunnage .load_rules.dunnage.: [^\n]*payload[^\n]*\nshipload-estimate: .with [^\n]*E.json, file 2 of 2")
  # the options that write one run into one file are refused, and leave
  # no file behind
  foreach(opt samples-out plot plot-sensitivity scenario-out)
    if(opt MATCHES "plot")
      set(f ${RD}/refused-${opt}.svg)
    else()
      set(f ${RD}/refused-${opt}.txt)
    endif()
    reg_cli(est_register_refuse_${opt} 2 "${EX}/A.json|${EX}/C.json|--${opt}|${f}"
            "-DEXPECT_ERR=^shipload-estimate: --${opt}: writes one run into one file, and 2 scenario files were given"
            "-DABSENT=${f}")
  endforeach()
  # one file is still a single run, the same as before
  reg_cli(est_register_one_file 0 "${EX}/C.json|--samples|500|--quiet"
          "-DEXPECT_OUT=^C: South Korean DIA")
  # the README's register example is the program's output
  add_test(NAME est_register_readme COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DREADME=${PROJECT_SOURCE_DIR}/README.md
           -DOUT=${CMAKE_CURRENT_BINARY_DIR}/readme_register.txt
           "-DMARK=$ shipload-estimate examples/scenarios/B-152mm.json examples/scenarios/A.json examples/scenarios/C.json --samples 20000"
           "-DARGS=examples/scenarios/B-152mm.json|examples/scenarios/A.json|examples/scenarios/C.json|--samples|20000"
           -DWORKDIR=${PROJECT_SOURCE_DIR}
           -P ${CMAKE_CURRENT_SOURCE_DIR}/readme_check.cmake)
endif()
