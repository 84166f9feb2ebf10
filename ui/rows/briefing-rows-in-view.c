/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-lazy-row.h"
#include "briefing-rows-in-view.h"

struct _BriefingRowsInView
{
  GObject        parent_instance;

  GtkWidget     *list_view;   /* weak: its view owns both */
  GdkFrameClock *frame_clock; /* while the list is mapped */
  gulong         layout_id;

  gint64         frame;       /* the frame being laid out */
  guint          passes;      /* how often so far */
  guint          tick_id;     /* to build the rest in the next frame */
  gboolean       warned;      /* that the list holds no lazy rows */
};

/* GDK lays a frame out at most four times, and warns when a fifth is asked
 * for: building rows asks for one. Rows left unbuilt after three passes
 * (when estimates were far too high) are built in the next frame. */
#define MAX_BUILDING_PASSES 3

G_DEFINE_FINAL_TYPE (BriefingRowsInView, briefing_rows_in_view, G_TYPE_OBJECT)

/*
 * The one place that knows how GtkListView lays its rows out: in GTK 4.8 its
 * children are the list items' widgets, each holding the row, and it lays
 * out and maps only those on screen, hiding the others (child-visible
 * false): those are the rows to build. A GTK that lays lists out otherwise
 * must not leave rows blank without a word: a list with items on screen
 * but no lazy row found says so, once (tests run with fatal warnings).
 */
static void
build_rows_in_view (BriefingRowsInView *self)
{
  GtkWidget *item;
  gboolean found = FALSE;

  for (item = gtk_widget_get_first_child (self->list_view);
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (!BRIEFING_IS_LAZY_ROW (row))
        continue;
      found = TRUE;
      if (gtk_widget_get_child_visible (item))
        briefing_lazy_row_build (BRIEFING_LAZY_ROW (row));
    }

  if (!found && !self->warned && gtk_widget_get_first_child (self->list_view) != NULL)
    {
      self->warned = TRUE;
      g_critical ("BriefingRowsInView: the children of this GtkListView do not hold "
                  "BriefingLazyRows: rows would stay unbuilt");
    }
}

static gboolean
next_frame_cb (GtkWidget     *list_view,
               GdkFrameClock *frame_clock,
               gpointer       user_data)
{
  BriefingRowsInView *self = user_data;

  self->tick_id = 0;
  gtk_widget_queue_allocate (list_view);
  return G_SOURCE_REMOVE;
}

static void
on_layout_cb (GdkFrameClock      *frame_clock,
              BriefingRowsInView *self)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (frame_clock);

  if (frame != self->frame)
    {
      self->frame = frame;
      self->passes = 0;
    }
  if (++self->passes <= MAX_BUILDING_PASSES)
    build_rows_in_view (self);
  else if (self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (self->list_view, next_frame_cb, self, NULL);
}

static void
stop_watching (BriefingRowsInView *self)
{
  if (self->tick_id != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (self->list_view, self->tick_id);
  self->tick_id = 0;
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->layout_id, self->frame_clock);
  g_clear_object (&self->frame_clock);
}

static void
on_map_cb (GtkWidget          *list_view,
           BriefingRowsInView *self)
{
  stop_watching (self);
  self->frame_clock = gtk_widget_get_frame_clock (list_view);
  if (self->frame_clock == NULL)
    return;
  g_object_ref (self->frame_clock);
  /* After the window's own handler, which allocates it. */
  self->layout_id = g_signal_connect_after (self->frame_clock, "layout",
                                            G_CALLBACK (on_layout_cb), self);
  gtk_widget_queue_allocate (list_view);
}

static void
on_unmap_cb (GtkWidget          *list_view,
             BriefingRowsInView *self)
{
  stop_watching (self);
}

static void
briefing_rows_in_view_dispose (GObject *object)
{
  BriefingRowsInView *self = BRIEFING_ROWS_IN_VIEW (object);

  stop_watching (self);
  if (self->list_view != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->list_view, self);
      g_object_remove_weak_pointer (G_OBJECT (self->list_view), (gpointer *) &self->list_view);
      self->list_view = NULL;
    }

  G_OBJECT_CLASS (briefing_rows_in_view_parent_class)->dispose (object);
}

static void
briefing_rows_in_view_class_init (BriefingRowsInViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_rows_in_view_dispose;
}

static void
briefing_rows_in_view_init (BriefingRowsInView *self)
{
}

BriefingRowsInView *
briefing_rows_in_view_new (GtkListView *list_view)
{
  BriefingRowsInView *self;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list_view), NULL);

  self = g_object_new (BRIEFING_TYPE_ROWS_IN_VIEW, NULL);
  self->list_view = GTK_WIDGET (list_view);
  g_object_add_weak_pointer (G_OBJECT (list_view), (gpointer *) &self->list_view);

  g_signal_connect (list_view, "map", G_CALLBACK (on_map_cb), self);
  g_signal_connect (list_view, "unmap", G_CALLBACK (on_unmap_cb), self);
  if (gtk_widget_get_mapped (self->list_view))
    on_map_cb (self->list_view, self);

  return self;
}
