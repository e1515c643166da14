/**
 * @file
 * shipload/export.h - the export macro.
 *
 * The library is built with hidden visibility; only declarations marked
 * SL_API are exported.  A test checks that the exported symbols are exactly
 * the ones the public headers declare.
 */
#ifndef SHIPLOAD_EXPORT_H
#define SHIPLOAD_EXPORT_H

#if defined(_WIN32)
#  if defined(SHIPLOAD_BUILDING) && !defined(SHIPLOAD_STATIC)
#    define SL_API __declspec(dllexport)
#  elif !defined(SHIPLOAD_STATIC)
#    define SL_API __declspec(dllimport)
#  else
#    define SL_API
#  endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#  define SL_API __attribute__((visibility("default")))
#else
#  define SL_API
#endif

#endif /* SHIPLOAD_EXPORT_H */
