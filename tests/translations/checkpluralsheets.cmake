# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the plural review sheets afresh and fails when a committed one differs.
execute_process(COMMAND ${SHEET} ${SOURCE_DIR}/translations ${OUT_DIR} RESULT_VARIABLE written)
if(NOT written EQUAL 0)
    message(FATAL_ERROR "wizyta_plural_sheet failed")
endif()
foreach(language pl uk)
    execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
        ${OUT_DIR}/plurals-${language}.txt ${SOURCE_DIR}/translations/review/plurals-${language}.txt
        RESULT_VARIABLE different)
    if(NOT different EQUAL 0)
        message(FATAL_ERROR "translations/review/plurals-${language}.txt is not what the translation says now: "
                            "run scripts/update-translations.sh and read the sheet")
    endif()
endforeach()
