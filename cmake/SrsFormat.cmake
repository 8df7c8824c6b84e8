# `cmake --build <dir> --target format` rewrites every C++ file in place with clang-format;
# `format-check` fails when any file is not formatted.
find_program(SRS_CLANG_FORMAT NAMES clang-format clang-format-14)
if(SRS_CLANG_FORMAT)
    file(GLOB_RECURSE SRS_FORMAT_FILES CONFIGURE_DEPENDS
        ${PROJECT_SOURCE_DIR}/core/*.cpp ${PROJECT_SOURCE_DIR}/core/*.h
        ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h
        ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
        ${PROJECT_SOURCE_DIR}/server/*.cpp ${PROJECT_SOURCE_DIR}/server/*.h
        ${PROJECT_SOURCE_DIR}/tests/*.cpp ${PROJECT_SOURCE_DIR}/tests/*.h
        ${PROJECT_SOURCE_DIR}/bench/*.cpp ${PROJECT_SOURCE_DIR}/bench/*.h
        ${PROJECT_SOURCE_DIR}/tools/*.cpp ${PROJECT_SOURCE_DIR}/tools/*.h)
    add_custom_target(format
        COMMAND ${SRS_CLANG_FORMAT} -i ${SRS_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: formatting sources" VERBATIM)
    add_custom_target(format-check
        COMMAND ${SRS_CLANG_FORMAT} --dry-run -Werror ${SRS_FORMAT_FILES}
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
        COMMENT "clang-format: checking sources" VERBATIM)
endif()
