/* Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes ICU's headers,
   whose types clash with Foundation's own copy of ICU when both meet in one Swift module
   ("'UErrorCode' has different definitions in different modules"). Nothing reached from
   Swift uses libxml2's ICU converters (the handler is only ever behind a pointer, and the
   ICU fields come last in it), so the declarations are read without them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
