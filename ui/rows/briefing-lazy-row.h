/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "briefing-text-estimate.h"

G_BEGIN_DECLS

/*
 * A row of a list view that builds its widgets only when it comes into view.
 *
 * GTK 4.8's GtkListView keeps about 200 rows bound around its anchor,
 * however few are on screen, and measures every one of them whenever the
 * list changes; a row of wrapping labels costs milliseconds to measure. A
 * lazy row (property "lazy", set at construction) therefore shows its item
 * in two steps: when the item is set, the subclass calls
 * briefing_lazy_row_reset() with how the item is read out, and the row
 * measures as the subclass's estimate of its height, without touching its
 * widgets; when the row comes on screen, BriefingRowsInView calls briefing_lazy_row_build(), and the
 * subclass's build() fills the widgets, which are then measured for real.
 * A row that is not lazy builds at once in briefing_lazy_row_reset().
 *
 * A subclass has one child, the root of its template; it lays it out
 * height-for-width, filling the row. While the row is not built the child is
 * hidden, from screen readers too, who hear the row's label instead.
 * A lazy row does not even have the child until it is first built: the
 * subclass makes it in init_content() (its gtk_widget_init_template()), so
 * that a row bound off screen costs no GtkBuilder parse. The first lazy
 * row of a class makes it at once, for the clamp's width (see
 * briefing_lazy_row_get_content_width()).
 *
 * Rows show report text: the base keeps what they share of it, the search
 * text to highlight ("search-text", string) and the text's zoom
 * ("text-scale", double), and calls update_text() when either changes on a
 * built row; build() applies them too. A row in a view follows the view's
 * BriefingReaderState for both (briefing_lazy_row_set_state()), and reads
 * from it what else its item's look depends on (the report's direction, the
 * selection) when the view gives it an item (briefing_lazy_row_set_item()).
 */
#define BRIEFING_TYPE_LAZY_ROW (briefing_lazy_row_get_type ())
G_DECLARE_DERIVABLE_TYPE (BriefingLazyRow, briefing_lazy_row, BRIEFING, LAZY_ROW, GtkWidget)

struct _BriefingLazyRowClass
{
  GtkWidgetClass parent_class;

  /* Makes the widgets, the template, and shows on them what the row keeps
   * besides its item (its side, its mark…); once, before the first build()
   * (a row not lazy: when it is constructed). The subclass's setters leave
   * the widgets alone until then. */
  void (*init_content)    (BriefingLazyRow *self);
  /* Fills the widgets with the item. */
  void (*build)           (BriefingLazyRow *self);
  /* About how tall the built row would be at @width (-1: unknown), from its
   * item alone; better too low than too high (see briefing-text-estimate.h). */
  int  (*estimate_height) (BriefingLazyRow *self,
                           int              width);
  /* Highlights the search text and scales the text anew. */
  void (*update_text)     (BriefingLazyRow *self);
  /* Shows the heading of a run of items, a date group or a speaker's
   * turns, when the row's item starts one; else hides it. */
  void (*set_starts_run)  (BriefingLazyRow *self,
                           gboolean         starts_run);
  /* Shows @item, in a list view (where the row has the view's state). */
  void (*set_item)        (BriefingLazyRow *self,
                           gpointer         item);
  /* Lights the row up for a moment, where a jump landed (may be NULL). */
  void (*flash)           (BriefingLazyRow *self);
  /* The item as text, for the clipboard, and the words of the menu item
   * that copies it (marked for translation where the subclass sets them);
   * a row of a class without them copies nothing. */
  char *(*copy_text)      (BriefingLazyRow *self);
  const char *copy_label;
};

gboolean briefing_lazy_row_get_lazy       (BriefingLazyRow *self);
gboolean briefing_lazy_row_get_built      (BriefingLazyRow *self);
gboolean briefing_lazy_row_has_content    (BriefingLazyRow *self);
void     briefing_lazy_row_build          (BriefingLazyRow *self);
void     briefing_lazy_row_reset          (BriefingLazyRow *self,
                                           const char      *label);
void     briefing_lazy_row_unbuild        (BriefingLazyRow *self);
void     briefing_lazy_row_queue_estimate (BriefingLazyRow *self);
void     briefing_lazy_row_flash          (BriefingLazyRow *self);
char    *briefing_lazy_row_copy_text      (BriefingLazyRow *self);
void     briefing_lazy_row_set_starts_run (BriefingLazyRow *self,
                                           gboolean         starts_run);
void     briefing_lazy_row_set_item       (BriefingLazyRow *self,
                                           gpointer         item);

const char *briefing_lazy_row_get_search_text (BriefingLazyRow *self);
void        briefing_lazy_row_set_search_text (BriefingLazyRow *self,
                                               const char      *search_text);
double      briefing_lazy_row_get_text_scale  (BriefingLazyRow *self);
void        briefing_lazy_row_set_text_scale  (BriefingLazyRow *self,
                                               double           text_scale);
void        briefing_lazy_row_set_state       (BriefingLazyRow *self,
                                               gpointer         state);
gpointer    briefing_lazy_row_get_state       (BriefingLazyRow *self);
gpointer    briefing_lazy_row_get_report      (BriefingLazyRow *self);
const BriefingTextMetrics *
            briefing_lazy_row_get_metrics     (BriefingLazyRow *self);
int         briefing_lazy_row_get_content_width (BriefingLazyRow *self,
                                                 int              width);

G_END_DECLS
