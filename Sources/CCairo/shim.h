// The C libraries the poster renderer draws with: cairo (PDF, SVG, PNG surfaces), Pango on cairo,
// and zlib for the PNG encoder.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
#include <zlib.h>
