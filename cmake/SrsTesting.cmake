# add_srs_test(NAME name SOURCES files... [LIBS libs...] [LABELS labels...]
#              [ENVIRONMENT VAR=value...] [FIXTURES fixtures...] [GUI] [NO_CATALOGUE])
# One Qt Test executable per class or feature, registered with ctest under its labels. A test
# that links Srs::Ui gets the English catalogue installed at start, as the program has it
# (tests/support/EnglishCatalogue.cpp), unless NO_CATALOGUE.
function(add_srs_test)
    cmake_parse_arguments(ARG "GUI;NO_CATALOGUE" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;FIXTURES" ${ARGN})
    if(NOT ARG_NAME OR NOT ARG_SOURCES)
        message(FATAL_ERROR "add_srs_test needs NAME and SOURCES")
    endif()
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    set_target_properties(${ARG_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests/bin")
    target_link_libraries(${ARG_NAME} PRIVATE Qt6::Test ${ARG_LIBS} Srs::BuildOptions)
    target_compile_definitions(${ARG_NAME} PRIVATE QT_RESTRICTED_CAST_FROM_ASCII)
    if("Srs::Ui" IN_LIST ARG_LIBS AND NOT ARG_NO_CATALOGUE AND TARGET srs_test_english_catalogue)
        target_link_libraries(${ARG_NAME} PRIVATE srs_test_english_catalogue)
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    # A settings folder of the build's own: no test reads or writes the settings of whoever runs it.
    set(env "QT_QPA_PLATFORM=offscreen" "SRS_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        "XDG_CONFIG_HOME=${CMAKE_BINARY_DIR}/tests/config/${ARG_NAME}")
    list(APPEND env ${ARG_ENVIRONMENT})
    set_tests_properties(${ARG_NAME} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "${env}")
    if(ARG_FIXTURES)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
endfunction()
