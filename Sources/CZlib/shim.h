// zlib for the WARC reader's gzip members (and gzip/deflate HTTP bodies inside them).
#include <zlib.h>
