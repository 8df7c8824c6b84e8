# Warnings, hardening and sanitizers, applied through an interface target that every
# project target links (no global flags).

add_library(srs_build_options INTERFACE)
add_library(Srs::BuildOptions ALIAS srs_build_options)

target_compile_options(srs_build_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough -Wformat=2
    -Werror=format-security -Werror=return-type
    -fstack-protector-strong
    $<$<CXX_COMPILER_ID:GNU>:-Wduplicated-cond -Wlogical-op>
)
if(SRS_WARNINGS_AS_ERRORS)
    target_compile_options(srs_build_options INTERFACE -Werror)
endif()

# _FORTIFY_SOURCE needs optimisation; sanitizer builds keep -O1 so it still applies.
target_compile_definitions(srs_build_options INTERFACE
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
)
# Production code says which encoding every string has; tests may use plain literals.
add_library(srs_strict_strings INTERFACE)
add_library(Srs::StrictStrings ALIAS srs_strict_strings)
target_compile_definitions(srs_strict_strings INTERFACE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
target_link_libraries(srs_strict_strings INTERFACE srs_build_options)
target_link_options(srs_build_options INTERFACE -Wl,-z,relro,-z,now -Wl,-z,noexecstack)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()

if(SRS_SANITIZE)
    target_compile_options(srs_build_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(srs_build_options INTERFACE -fsanitize=address,undefined)
endif()
if(SRS_SANITIZE_THREADS)
    if(SRS_SANITIZE)
        message(FATAL_ERROR "ThreadSanitizer (SRS_SANITIZE_THREADS) cannot be combined with SRS_SANITIZE")
    endif()
    target_compile_options(srs_build_options INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(srs_build_options INTERFACE -fsanitize=thread)
endif()

find_program(SRS_CCACHE ccache)
if(SRS_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${SRS_CCACHE}" CACHE STRING "" FORCE)
endif()
