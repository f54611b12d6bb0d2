# SPDX-License-Identifier: GPL-3.0-or-later
# The layers are kept by what each library links (core: no Qt Gui; documents: no Qt Widgets; the
# command line: never the window's library). At configure time the links of each library are followed
# through every library it reaches and written down as "from -> to" lines; checklinkclosure.cmake then
# fails the test when a library reaches what its layer must not.

set(WIZYTA_LINK_CLOSURE_CHECK ${CMAKE_CURRENT_LIST_DIR}/checklinkclosure.cmake)

# Writes to `file` every link reachable from `target`, one "from -> to" line each.
function(wizyta_write_link_closure target file)
    set(edges "")
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue current)
        if(current IN_LIST seen OR NOT TARGET ${current})
            continue()
        endif()
        list(APPEND seen ${current})
        get_target_property(type ${current} TYPE)
        set(links "")
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${current} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(interface ${current} INTERFACE_LINK_LIBRARIES)
        if(interface)
            list(APPEND links ${interface})
        endif()
        foreach(link IN LISTS links)
            # A static library's private links are kept as $<LINK_ONLY:...>: still linked.
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.+)>$" "\\1" link "${link}")
            if(link MATCHES "^\\$<" OR link MATCHES "^-")
                continue() # other generator expressions and linker flags
            endif()
            # Qt's versionless names stand for the versioned targets.
            string(REGEX REPLACE "^Qt::" "Qt6::" link "${link}")
            if(TARGET ${link})
                get_target_property(aliased ${link} ALIASED_TARGET)
                if(aliased)
                    set(link ${aliased})
                endif()
            endif()
            list(APPEND edges "${current} -> ${link}")
            list(APPEND queue ${link})
        endforeach()
    endwhile()
    list(REMOVE_DUPLICATES edges)
    list(JOIN edges "\n" text)
    file(WRITE ${file} "${text}\n")
endfunction()

# A test that fails when `target` reaches one of the `FORBIDDEN` targets other than through one of
# the `THROUGH` libraries (the small library of a Qt module that needs Widgets, such as Qt Charts).
function(wizyta_add_link_closure_test target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "FORBIDDEN;THROUGH")
    set(file ${CMAKE_CURRENT_BINARY_DIR}/link-closure-${target}.txt)
    wizyta_write_link_closure(${target} ${file})
    # CTest cuts a test's name and arguments at ';': the lists travel joined by ','.
    list(JOIN arg_FORBIDDEN ", " forbidden_words)
    list(JOIN arg_FORBIDDEN "," forbidden)
    list(JOIN arg_THROUGH "," through)
    set(name "architecture: ${target} links none of ${forbidden_words}")
    add_test(NAME ${name}
        COMMAND ${CMAKE_COMMAND} -DEDGES=${file} -DSTART=${target} -DFORBIDDEN=${forbidden}
            -DTHROUGH=${through} -P ${WIZYTA_LINK_CLOSURE_CHECK})
    set_tests_properties(${name} PROPERTIES LABELS architecture)
endfunction()
