# shipload-estimate's file options: scenario and catalog files, --list,
# --csv, --samples-out, --plot, --plot-sensitivity, and the man page kept in
# step with --help.  sl_est_test is sl_cli_test (tests/CMakeLists.txt) on
# shipload-estimate.
if(TARGET shipload-estimate)
  set(EX ${PROJECT_SOURCE_DIR}/examples/scenarios)
  set(OUT ${CMAKE_CURRENT_BINARY_DIR})
  sl_est_test(est_cli_file 0 "${EX}/C.json|--samples|2000|--quiet"
              "-DEXPECT_OUT=^C: South Korean DIA.*iso-20-24t +152mm-shell-mass-equiv +470")
  sl_est_test(est_cli_file_json 0 "${EX}/D.json|--samples|2000|--json"
              "-DEXPECT_OUT=\"container\": \"c4ads-lot\".*\"count\": 1600000")
  sl_est_test(est_cli_file_override 0 "${EX}/A.json|--samples|2000|--containers|20,000|--json"
              "-DEXPECT_OUT=\"samples\": 2000,.*\"containers\": 20000")
  sl_est_test(est_cli_file_bad 2 "${OUT}/est_cli_missing.json"
              "-DEXPECT_ERR=est_cli_missing.json.*No such file")
  sl_est_test(est_cli_file_dir 2 "${EX}" "-DEXPECT_ERR=is a directory")
  sl_est_test(est_cli_csv 0 "${EX}/E.json|--samples|2000|--csv"
              "-DEXPECT_OUT=^quantity,mean,sd,p05,p50,p95,sample_min,sample_max,min,max,max_found,max_mix\ntotal,.*\ncontainer,cargo,count")
  # the count the model runs, as a number beside the fitted form of a
  # range (the JSON had only "lognormal(8.83..., 0.0133...)"), and 1.4
  # stated runs as 1
  sl_est_test(est_cli_json_n_containers 0 "--containers|6,700 to 7,000|--cargo|152mm-round|--samples|300|--json"
              "-DEXPECT_OUT=\"containers\": \"lognormal[^\n]*\n[^\n]*\n *\"n_containers\": 6[78][0-9][0-9],")
  sl_est_test(est_cli_json_n_containers_whole 0 "--containers|1.4|--cargo|152mm-round|--samples|300|--json"
              "-DEXPECT_OUT=\"n_containers\": 1,")
  # whole quantities as JSON integers: the capacity's min, max, max_found
  # (468.0 stood next to count 470), the histogram's counts, the claim's
  # containers and requires.min_containers (10000.0)
  sl_est_test(est_cli_json_integers 0 "${EX}/A.json|--samples|2000|--json"
              "-DEXPECT_OUT=\"count\": [0-9]+,.*\"min\": [0-9]+,[ \n]*\"max\": [0-9]+,[ \n]*\"max_found\": [0-9]+\n.*\"counts\": \\[[ \n]*[0-9]+,.*\"containers\": 10000,.*\"min_containers\": [0-9]+\n")
  # missing values once, as null: ratio_to_max when the hard maximum is
  # unbounded (it was 0.0), p_in_range_ci where p_in_range is null (it was
  # [null, null]); a constant total's histogram at --fill 0 from 0 (it ran
  # -0.5 to 0.5)
  sl_est_test(est_cli_json_unbounded_ratio 0 "--containers|6700 to 7000|--cargo|152mm-round|--claim|2000000|--samples|300|--json"
              "-DEXPECT_OUT=\"total\": {[^}]*\"max\": null,.*\"p_in_range\": null,[ \n]*\"p_at_least_ci\": \\[[^]]*\\],[ \n]*\"p_at_most_ci\": \\[[^]]*\\],[ \n]*\"p_in_range_ci\": null,[ \n]*\"ratio_to_max\": null,")
  sl_est_test(est_cli_json_fill0_edges 0 "--containers|100|--fill|0|--cargo|152mm-round|--samples|300|--json"
              "-DEXPECT_OUT=\"edges\": \\[[ \n]*0\\.0,")
  # the claim's requirements at the solver's resolution, not its last
  # digits (24449.9999994878 for 24450, 166.49999999534 for 166.5)
  foreach(f A E)
    sl_est_test(est_cli_json_requires_${f} 0 "${EX}/${f}.json|--samples|500|--json"
                "-DEXPECT_OUT=\"min_max_gross\": [0-9]+\\.[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?,[ \n]*\"max_unit_gross\": [0-9]+\\.[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?[0-9]?,")
  endforeach()
  sl_est_test(est_cli_csv_json 2 "--csv|--json" "-DEXPECT_ERR=--csv")
  sl_est_test(est_cli_list 0 "--list"
              "-DEXPECT_OUT=iso-20-24t.*max gross 24,000 kg .V..*max gross: pre-2005 ISO rating.*122mm-grad.*package.0. gross: .*EST.*Load rules.*margin, length +100 mm .0-200.*dunnage +150 kg .50-250.")
  # --list showed each figure's nominal only, not the range an estimate
  # draws from (the "Assumptions that decide it" block of a run shows it)
  sl_est_test(est_cli_list_ranges 0
              "--catalog|${PROJECT_SOURCE_DIR}/tests/data/list-ranges-catalog.json|--list"
              "-DEXPECT_OUT=  odd-box +test container with uncertain figures\n +5,898 \\[V\\] x 2,352 \\[V\\] x 2,393 mm \\[V\\], tare 2,250 \\(2,180-2,340\\) kg \\[V2\\], max gross 27,385 \\(26,115-29,470\\) kg \\[D\\]\n +door 2,283.5 \\(2,271.25-2,297.75\\) \\[EST\\] x 2,280 mm \\[V\\]\n.*  odd-round +test round with an uncertain bare mass\n +73.75 kg per round as carried. packaged\n +unit mass 44.375 \\(43.125-45.875\\) kg \\[EST\\], the bare item [^\n]*\n +152 mm projectile box: 2 per package, 930 \\(900-960\\) \\[EST\\] x 425 \\(400-450\\) \\[EST\\] x 240 \\(220-260\\) mm \\[EST\\], 107.5 \\(100-115\\) kg \\[EST\\], up: h, stacks 8-10\n")
  # (24,000 - 2,250 kg tare) / 43.56 kg = 499.3 bare projectiles by weight
  sl_est_test(est_cli_catalog_file 0
              "--catalog|${PROJECT_SOURCE_DIR}/examples/catalogs/iso-minimum.json|--containers|10000|--container|iso-20-24t-min|--cargo|152mm-of540-bare|--samples|1000|--json"
              "-DEXPECT_OUT=\"container\": \"iso-20-24t-min\",[ \n]*\"cargo\": \"152mm-of540-bare\",[ \n]*\"count\": 499,")
  # the hard maximum is a proven bound (5 kits a room) above the packings
  # found (4): a claim between them is implausible, not impossible
  set(KIT ${PROJECT_SOURCE_DIR}/tests/data)
  sl_est_test(est_cli_proven_bound 0
              "--catalog|${KIT}/kit-catalog.json|${KIT}/kit-scenario.json|--quiet"
              "-DEXPECT_OUT=room +kit +4 +936 +4 +geometry +4-5 [(]found 4[)].*hard bounds 4,000 to 5,000.*packings found reach 4,000.*verdict: implausible.*no packing found reaches it")
  # a cargo that carries no munitions has no munition range: "-", and its
  # count says it is units
  sl_est_test(est_cli_nonmunition_range 0
              "--container|iso-20|--cargo|152mm-round=0.5|--cargo|non-munition=rest|--samples|500|--quiet"
              "-DEXPECT_OUT=152mm-round +272 +380 +272 +geometry +240-418\n +iso-20 +non-munition +28 +28 +- +none +- [(]units, not munitions[)]\n")
  sl_est_test(est_cli_catalog_missing 2 "--catalog|${OUT}/no-such-catalog.json|--list"
              "-DEXPECT_ERR=^shipload-estimate: --catalog [^\n]*no-such-catalog.json: cannot open [^\n]*No such file")
  sl_est_test(est_cli_plot_ext 2 "--plot|chart.pdf" "-DEXPECT_ERR=--plot: expected a file name ending in .png or .svg")
  sl_est_test(est_cli_outputs 0
              "${EX}/B-122mm-rockets.json|--samples|2000|--plot|${OUT}/est_cli.png|--plot-sensitivity|${OUT}/est_cli_s.svg|--samples-out|${OUT}/est_cli_totals.txt"
              "-DEXPECT_OUT=122mm-grad")
  sl_est_test(est_cli_outputs_dir 1
              "${EX}/A.json|--samples|500|--samples-out|/nonexistent-dir/t.txt"
              "-DEXPECT_ERR=--samples-out: .*No such file")
  add_test(NAME est_cli_manpage COMMAND ${CMAKE_COMMAND}
           -DEXE=$<TARGET_FILE:shipload-estimate>
           -DMAN=${PROJECT_SOURCE_DIR}/docs/shipload-estimate.1
           -DDOCS=${PROJECT_SOURCE_DIR}/README.md
           -P ${CMAKE_CURRENT_SOURCE_DIR}/manpage_check.cmake)
  # --list runs nothing: an option that promises CSV, a file or runs is
  # refused (--list --csv printed the text list, --list --plot f.png
  # wrote no file, both with exit status 0)
  sl_est_test(est_cli_list_csv 2 "--list|--csv"
              "-DEXPECT_ERR=^shipload-estimate: --csv: --list lists the catalog and runs nothing, so this would be ignored. give --list alone \\(with --json and --catalog if wanted\\)\n$")
  sl_est_test(est_cli_list_plot 2 "--list|--plot|${OUT}/list-plot.png"
              "-DEXPECT_ERR=^shipload-estimate: --plot: --list lists the catalog and runs nothing"
              -DABSENT=${OUT}/list-plot.png)
  # nor is a scenario read: --list with a scenario file that does not
  # exist, or with --cargo nope, listed the built-in catalog with exit
  # status 0, the file and the id never looked at (a file's own catalog
  # entries were not listed)
  sl_est_test(est_cli_list_scenario_file 2
              "--list|${OUT}/no-such-scenario.json"
              "-DEXPECT_ERR=^shipload-estimate: [^\n]*no-such-scenario.json: --list lists the catalog and reads no scenario file, so this would be ignored")
  sl_est_test(est_cli_list_scenario_option 2 "--list|--cargo|nope"
              "-DEXPECT_ERR=^shipload-estimate: --cargo: --list lists the catalog and runs nothing")
  # nor does it draw samples: --samples, --seed, --threads and
  # --precision were taken and ignored, exit status 0
  sl_est_test(est_cli_list_samples 2 "--list|--samples|10"
              "-DEXPECT_ERR=^shipload-estimate: --samples: --list lists the catalog and runs nothing")
  sl_est_test(est_cli_list_seed 2 "--list|--json|--seed=3"
              "-DEXPECT_ERR=^shipload-estimate: --seed: --list lists the catalog and runs nothing")
  sl_est_test(est_cli_list_threads 2 "--threads|1|--list"
              "-DEXPECT_ERR=^shipload-estimate: --threads: --list lists the catalog and runs nothing")
  sl_est_test(est_cli_list_precision 2 "--list|--precision|0.01"
              "-DEXPECT_ERR=^shipload-estimate: --precision: --list lists the catalog and runs nothing")
  # a claim with a fraction is shown as checked: 1,234.5 was "1,234"
  # in the header, the table and every verdict
  sl_est_test(est_cli_claim_fraction 0 "--containers|3|--claim|1,234.5|--samples|500|--quiet"
              "-DEXPECT_OUT=Checked: 1,234\\.5 munitions in 3 containers.*2: 1,234\\.5 is implausible")
  # a qualifier beside a range of counts is refused (it was echoed in the
  # report and then ignored)
  sl_est_test(est_cli_count_range_qualifier 2 "--containers|at least 9,000 to 10,000|--samples|400"
              "-DEXPECT_ERR=^shipload-estimate: --containers \\(containers\\): .at least. does not go with a range of counts \\(9,000 to 10,000\\)")
  # a single-value option given twice with different values is refused
  # (the last won without a word: --fill 0.5 --fill 0.6 ran at 0.6), in
  # both spellings; the same value twice is harmless and runs
  sl_est_test(est_cli_option_twice 2 "--fill|0.5|--samples|500|--fill=0.6|--plot|${OUT}/twice.png"
              "-DEXPECT_ERR=^shipload-estimate: --fill: given twice, as '0.5' and then '0.6'. give it once\n$"
              -DABSENT=${OUT}/twice.png)
  sl_est_test(est_cli_option_twice_same 0 "--fill=0.5|--samples|500|--fill|0.5|--quiet"
              "-DEXPECT_OUT=fill +0\\.5 of each")
  sl_est_test(est_cli_list_sweep 2 "--sweep|fill=0.5,1|--list"
              "-DEXPECT_ERR=^shipload-estimate: --sweep: --list lists the catalog and runs nothing")
endif()
