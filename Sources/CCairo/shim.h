// The C libraries the poster renderer draws with: cairo (PDF, SVG, PNG surfaces) and Pango on cairo.
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <pango/pangocairo.h>
