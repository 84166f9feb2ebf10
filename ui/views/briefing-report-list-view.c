/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-lazy-row.h"
#include "briefing-report-list-view.h"
#include "briefing-rows-in-view.h"
#include "briefing-slot-list.h"
#include "briefing-subset-list.h"
#include "briefing-text-highlight.h"

typedef struct
{
  BriefingReaderState *state;
  GListModel          *items;         /* what the state derives for the view */
  BriefingSlotList    *slots;         /* its positions, the list's model */
  guint                n_shown;

  GtkListView         *list_view;     /* the subclass's template's */
  const char          *page;          /* "items" or "empty": the template's stack binds it */
  BriefingRowsInView  *rows_in_view;  /* builds the rows that come into view */

  GHashTable          *bound;         /* item → its row, for the few on screen */
  GHashTable          *made;          /* GtkListItem → its row, a reference */
  GPtrArray           *pool;          /* rows the list let go, for it to take again */
  gboolean             focus_released;
  GObject             *focus_item;    /* whose row had the focus then, if any */

  GObject             *top_item;      /* the item at the top before a change, if any */
  guint                top_position;
  guint                keep_top_position;
  GdkFrameClock       *keep_top_clock; /* whose next layout does it, until then */
  gulong               keep_top_id;

  GObject             *jump_target;   /* the item a jump goes to, until its row is bound */
  gboolean             jump_focus;
  guint                jump_idle_id;
} BriefingReportListViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (BriefingReportListView, briefing_report_list_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  PROP_N_SHOWN,
  PROP_PAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void  briefing_report_list_view_update_empty (BriefingReportListView *self);
static char *briefing_report_list_view_empty_icon   (gpointer                this_object,
                                                     const char             *query,
                                                     const char             *idle_icon_name);

enum {
  COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Heading positions are the list's data. */
static gboolean
starts_run (BriefingReportListView *self,
            guint                   position)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  return briefing_subset_list_starts_run (BRIEFING_SUBSET_LIST (priv->items), position);
}

/* The list's items are the slots of the items shown (briefing-slot-list.h). */
static gpointer
item_of (GtkListItem *list_item)
{
  BriefingSlot *slot = gtk_list_item_get_item (list_item);

  return slot != NULL ? briefing_slot_get_item (slot) : NULL;
}

/* Where the list item's slot is now, or G_MAXUINT if a change took it out. */
static guint
slot_position_of (GtkListItem *list_item)
{
  BriefingSlot *slot = gtk_list_item_get_item (list_item);

  return slot != NULL ? briefing_slot_get_position (slot) : G_MAXUINT;
}

static gboolean
jump_idle_cb (gpointer user_data)
{
  BriefingReportListView *self = user_data;
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GtkWidget *row = NULL;

  priv->jump_idle_id = 0;
  if (priv->jump_target != NULL)
    row = g_hash_table_lookup (priv->bound, priv->jump_target);
  g_clear_object (&priv->jump_target);
  if (row == NULL)
    return G_SOURCE_REMOVE;

  briefing_lazy_row_flash (BRIEFING_LAZY_ROW (row));
  /* The row sits in the list's own focusable item widget. */
  if (priv->jump_focus)
    gtk_widget_grab_focus (gtk_widget_get_parent (row));
  return G_SOURCE_REMOVE;
}

static void
schedule_jump (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  /* Not from within the list's layout, where rows are bound. */
  if (priv->jump_idle_id == 0)
    priv->jump_idle_id = g_idle_add (jump_idle_cb, self);
}

/*
 * GTK 4.8 warns (gtk_widget_is_ancestor: assertion failed) when the focus was
 * in a row that a change of the model took away and the list later moves the
 * focus: it looks at the old focus widget, finalized by then. So the focus
 * leaves the list before the list hears of the change, and comes back to it
 * after: the list gives it to the row of its focused item, or the nearest.
 * Only from a row: the list itself (its focus after a search, say) stays,
 * and sending the focus away and back flips every ancestor's :focus-within,
 * the window's styles computed again (6 ms of each period of a drag).
 */
static GtkWidget *
window_focus (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return root != NULL ? gtk_root_get_focus (root) : NULL;
}

/* The first item whose row shows at the top of the list, and its position. */
static GObject *
find_top_item (BriefingReportListView *self,
               guint                  *position)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GtkWidget *list = GTK_WIDGET (priv->list_view);
  GHashTableIter iter;
  gpointer list_item, row;
  GObject *top = NULL;
  float top_y = 0;

  if (!gtk_widget_get_mapped (list))
    return NULL;
  g_hash_table_iter_init (&iter, priv->made);
  while (g_hash_table_iter_next (&iter, &list_item, &row))
    {
      GObject *item = item_of (list_item);
      graphene_rect_t bounds;

      /* GTK 4.8's list keeps some rows off screen, hidden. */
      if (item == NULL || gtk_widget_get_parent (row) == NULL ||
          !gtk_widget_get_child_visible (gtk_widget_get_parent (row)) ||
          !gtk_widget_compute_bounds (row, list, &bounds) ||
          bounds.origin.y + bounds.size.height <= 0)
        continue;
      if (top == NULL || bounds.origin.y < top_y)
        {
          top = item;
          top_y = bounds.origin.y;
          *position = gtk_list_item_get_position (list_item);
        }
    }
  return top;
}

/* Where the item that was at the top is after a change of @removed items
 * at @position into @added, or G_MAXUINT if it went. */
static guint
find_top_again (BriefingReportListView *self,
                guint                   position,
                guint                   removed,
                guint                   added)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  BriefingSubsetList *items = BRIEFING_SUBSET_LIST (priv->items);

  if (priv->top_position < position)
    return priv->top_position;
  if (priv->top_position >= position + removed)
    return priv->top_position - removed + added;
  /* It was in the span that differs: looked for in its new items. */
  for (guint i = position; i < position + added; i++)
    if (briefing_subset_list_peek (items, i) == (gpointer) priv->top_item)
      return i;
  return G_MAXUINT;
}

static void
stop_keeping_top (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  /* A window that went disposed its clock's handlers already. */
  if (priv->keep_top_clock != NULL && g_signal_handler_is_connected (priv->keep_top_clock, priv->keep_top_id))
    g_signal_handler_disconnect (priv->keep_top_clock, priv->keep_top_id);
  priv->keep_top_id = 0;
  g_clear_object (&priv->keep_top_clock);
}

/* GTK 4.8's list scrolls an item above the page to its top edge: the list
 * goes to its end first, and the item comes up from above. Not from the
 * change itself, where the list has not laid its new items out (GTK 4.8
 * warns that it cannot scroll), but in the next frame's layout, after the
 * window's: the clock lays out again before it paints, so the first frame
 * painted shows the list in its place. */
static void
on_layout_keep_top_cb (GdkFrameClock          *frame_clock,
                       BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  g_autoptr(GObject) kept = g_steal_pointer (&priv->top_item);
  GtkAdjustment *adjustment;
  guint top_position;

  stop_keeping_top (self);
  /* An empty list has nowhere to scroll to: GTK 4.8 warns. */
  if (priv->list_view == NULL || priv->items == NULL || g_list_model_get_n_items (priv->items) == 0 ||
      !gtk_widget_get_mapped (GTK_WIDGET (priv->list_view)))
    return;
  /* GTK's list keeps its anchor on its item through a change around it (a
   * period dragged on adds and takes items at the span's ends): the row is
   * on top where the reader left it, and scrolling there by the list's end
   * would bind every row around the end and then around the top again. */
  if (kept != NULL && find_top_item (self, &top_position) == kept && top_position == priv->keep_top_position)
    return;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (priv->list_view));
  if (priv->keep_top_position == 0 || priv->keep_top_position >= g_list_model_get_n_items (priv->items))
    {
      gtk_adjustment_set_value (adjustment, 0);
      return;
    }
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  briefing_report_list_view_scroll_to (self, priv->keep_top_position);
}

/* A new topic, search or period: the item at the top stays there if it is
 * still shown, with its heading; else the list starts from its top. */
static void
keep_top_item (BriefingReportListView *self,
               guint                   position)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (priv->list_view));

  if (frame_clock == NULL)
    return;
  priv->keep_top_position = position != G_MAXUINT ? position : 0;
  if (priv->keep_top_clock != frame_clock || !g_signal_handler_is_connected (frame_clock, priv->keep_top_id))
    {
      stop_keeping_top (self);
      priv->keep_top_clock = g_object_ref (frame_clock);
      /* Disconnected at the latest when the view goes (its dispose). */
      priv->keep_top_id = g_signal_connect_after (frame_clock, "layout", G_CALLBACK (on_layout_keep_top_cb), self);
    }
  gdk_frame_clock_request_phase (frame_clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* The item of the row that has the focus, or that the focus is in. */
static gpointer
focused_item (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GtkWidget *list = GTK_WIDGET (priv->list_view);
  GtkWidget *widget = window_focus (list);
  GHashTableIter iter;
  gpointer item, row;

  while (widget != NULL && gtk_widget_get_parent (widget) != list)
    widget = gtk_widget_get_parent (widget);
  if (widget == NULL)
    return NULL;
  g_hash_table_iter_init (&iter, priv->bound);
  while (g_hash_table_iter_next (&iter, &item, &row))
    if (row == gtk_widget_get_first_child (widget))
      return item;
  return NULL;
}

/* Before a change reaches the list: where its rows are as the reader saw
 * them (one change of the state can come as several "items-changed", its
 * runs, see briefing-subset-list.c, and changes can follow each other
 * before the list is laid out again: the top is found once, and followed
 * through each until the layout), and the focus, which a row that goes
 * would take with it. */
static void
before_change (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GtkWidget *list = GTK_WIDGET (priv->list_view);
  GtkRoot *root = gtk_widget_get_root (list);
  GtkWidget *focus = window_focus (list);

  if (priv->keep_top_id == 0)
    g_set_object (&priv->top_item, find_top_item (self, &priv->top_position));

  if (focus == NULL || !gtk_widget_is_ancestor (focus, list))
    return;
  g_set_object (&priv->focus_item, focused_item (self));
  gtk_root_set_focus (root, NULL);
  priv->focus_released = TRUE;
}

/* The focus back, once the change is told whole: to its item's row if the
 * list kept it bound (the row may show another item now, see
 * on_slots_replaced_cb(), and GTK's own tracker would stay at the
 * position), else to the list, which gives it to the row where it was. */
static void
after_change (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  g_autoptr(GObject) item = g_steal_pointer (&priv->focus_item);
  GtkWidget *row;

  if (!priv->focus_released)
    return;
  priv->focus_released = FALSE;
  row = item != NULL ? g_hash_table_lookup (priv->bound, item) : NULL;
  if (row != NULL && gtk_widget_get_parent (row) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (row));
  else
    gtk_widget_grab_focus (GTK_WIDGET (priv->list_view));
}

static void
on_items_changed_cb (BriefingReportListView *self,
                     guint                   position,
                     guint                   removed,
                     guint                   added)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  guint n_items = g_list_model_get_n_items (priv->items);
  guint next = position + added;

  /* A jump not landed yet was to a row of the list before: it is void. */
  g_clear_object (&priv->jump_target);
  g_clear_handle_id (&priv->jump_idle_id, g_source_remove);

  if (priv->top_item != NULL)
    {
      priv->top_position = find_top_again (self, position, removed, added);
      keep_top_item (self, priv->top_position);
      if (priv->top_position == G_MAXUINT || priv->keep_top_id == 0)
        g_clear_object (&priv->top_item);
    }

  /* Items in the changed range are bound anew; the one after it keeps its
   * row but has a new predecessor, so it may start a run now or no more. */
  if (next < n_items)
    {
      g_autoptr(GObject) item = g_list_model_get_item (priv->items, next);
      GtkWidget *row = g_hash_table_lookup (priv->bound, item);

      if (row != NULL)
        briefing_lazy_row_set_starts_run (BRIEFING_LAZY_ROW (row), starts_run (self, next));
    }

  /* Counted and said once the change is told whole, not run by run. */
  if (BRIEFING_IS_SUBSET_LIST (priv->items) &&
      briefing_subset_list_is_telling (BRIEFING_SUBSET_LIST (priv->items)))
    return;
  after_change (self);
  if (priv->n_shown != n_items)
    {
      priv->n_shown = n_items;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }
  briefing_report_list_view_update_empty (self);
}

static void
copy_row_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (widget);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GtkWidget *row;
  g_autofree char *text = NULL;

  gpointer item = focused_item (self);

  /* The focused row's (a menu on a row's text copies that row: "row.copy"). */
  row = item != NULL ? g_hash_table_lookup (priv->bound, item) : NULL;
  if (row == NULL)
    return;
  /* What the pointer selected in the row, if anything: the text does not
   * take the focus (briefing_text_set_selectable_only()), the row does. */
  if ((text = briefing_text_get_selected (row)) != NULL)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
      g_signal_emit (self, signals[COPIED], 0);
      return;
    }
  gtk_widget_activate_action (row, "row.copy", NULL);
}

static void
on_row_copied_cb (BriefingReportListView *self)
{
  g_signal_emit (self, signals[COPIED], 0);
}

/* A change gave the slots of some bound rows other items (see
 * briefing-slot-list.h): those rows show them, as they are, built or not,
 * instead of GTK tearing the rows down and making others. Every row whose
 * slot holds another item than it shows is one of them; their positions
 * are the same before and after. */
static void
on_slots_replaced_cb (BriefingReportListView *self,
                      guint                   position,
                      guint                   n_items)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  BriefingReportListViewClass *klass = BRIEFING_REPORT_LIST_VIEW_GET_CLASS (self);
  g_autoptr(GPtrArray) in_range = g_ptr_array_new ();
  g_autoptr(GPtrArray) moved = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer list_item, row;

  g_hash_table_iter_init (&iter, priv->made);
  while (g_hash_table_iter_next (&iter, &list_item, &row))
    {
      guint at = slot_position_of (list_item);

      if (at < position || at >= position + n_items)
        continue;
      g_ptr_array_add (in_range, list_item);
      if (g_hash_table_lookup (priv->bound, item_of (list_item)) != row)
        g_ptr_array_add (moved, list_item);
    }

  /* Bound anew in two steps: an item can pass from one row to another,
   * and from the row of a slot the change takes out (it goes next, with
   * the item it held). */
  if (moved->len > 0)
    {
      g_hash_table_iter_init (&iter, priv->made);
      g_hash_table_remove_all (priv->bound);
      while (g_hash_table_iter_next (&iter, &list_item, &row))
        if (slot_position_of (list_item) != G_MAXUINT)
          g_hash_table_insert (priv->bound, item_of (list_item), row);
    }
  for (guint i = 0; i < moved->len; i++)
    klass->bind_row (self, gtk_list_item_get_child (moved->pdata[i]), item_of (moved->pdata[i]));
  /* A row that kept its item in the range may have another one before it. */
  for (guint i = 0; i < in_range->len; i++)
    briefing_lazy_row_set_starts_run (BRIEFING_LAZY_ROW (gtk_list_item_get_child (in_range->pdata[i])),
                                      starts_run (self, slot_position_of (in_range->pdata[i])));
}

/*
 * GTK 4.8's list view makes new rows for the items a change brings (about
 * 200 around its anchor, whatever is on screen) and destroys the rows of
 * those it takes away: each a template with a dozen widgets made and torn
 * down, most of a topic switch. So the rows it lets go wait in a pool, not
 * built, for the next change to take: a switch makes no widget after the
 * first. The pool holds what the list may let go of at once.
 */
#define POOL_SIZE 256

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     BriefingReportListView   *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  g_autoptr(GtkWidget) row = NULL;

  if (priv->pool->len > 0)
    row = g_ptr_array_steal_index_fast (priv->pool, priv->pool->len - 1);
  else
    {
      row = g_object_ref_sink (BRIEFING_REPORT_LIST_VIEW_GET_CLASS (self)->create_row (self));
      briefing_lazy_row_set_state (BRIEFING_LAZY_ROW (row), priv->state);
      g_signal_connect_object (row, "copied", G_CALLBACK (on_row_copied_cb), self, G_CONNECT_SWAPPED);
    }
  /* GTK 4.8 takes the row from the item before it tears the item down. */
  g_hash_table_insert (priv->made, list_item, g_object_ref (row));
  gtk_list_item_set_activatable (list_item, FALSE);
  /* Selectable only so that the row itself takes the keyboard focus: the
   * arrows go from row to row, a click or a jump focuses it (GTK 4.8 has no
   * GtkListItem:focusable). The list's GtkNoSelection selects nothing. */
  gtk_list_item_set_selectable (list_item, TRUE);
  gtk_list_item_set_child (list_item, row);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    BriefingReportListView   *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  BriefingReportListViewClass *klass = BRIEFING_REPORT_LIST_VIEW_GET_CLASS (self);
  GtkWidget *row = gtk_list_item_get_child (list_item);
  gpointer item = item_of (list_item);

  g_hash_table_insert (priv->bound, item, row);
  briefing_lazy_row_set_starts_run (BRIEFING_LAZY_ROW (row), starts_run (self, gtk_list_item_get_position (list_item)));
  klass->bind_row (self, row, item);
  if (item == (gpointer) priv->jump_target)
    schedule_jump (self);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      BriefingReportListView   *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  gpointer row = gtk_list_item_get_child (list_item);
  gpointer item = item_of (list_item);

  /* A recycled row may already show another item. */
  if (item != NULL && g_hash_table_lookup (priv->bound, item) == row)
    g_hash_table_remove (priv->bound, item);
}

static void
on_factory_teardown_cb (GtkSignalListItemFactory *factory,
                        GtkListItem              *list_item,
                        BriefingReportListView   *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  g_autoptr(GtkWidget) row = NULL;

  if (!g_hash_table_steal_extended (priv->made, list_item, NULL, (gpointer *) &row))
    return;
  /* Not while the view goes away (the list goes with its template). */
  if (priv->list_view == NULL || priv->pool->len >= POOL_SIZE || gtk_widget_get_parent (row) != NULL)
    return;
  /* Not built, it costs nothing until it shows an item again. */
  briefing_lazy_row_unbuild (BRIEFING_LAZY_ROW (row));
  g_ptr_array_add (priv->pool, g_steal_pointer (&row));
}

static void
briefing_report_list_view_constructed (GObject *object)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (object);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  G_OBJECT_CLASS (briefing_report_list_view_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_READER_STATE (priv->state));
}

/**
 * briefing_report_list_view_dispose_list:
 *
 * Says the view goes away: its rows are not kept for reuse any more. A
 * subclass calls it before it disposes its template, which takes the list
 * and its rows with it.
 */
void
briefing_report_list_view_dispose_list (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  priv->list_view = NULL;
  g_ptr_array_set_size (priv->pool, 0);
}

static void
briefing_report_list_view_dispose (GObject *object)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (object);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_clear_object (&priv->rows_in_view);
  g_clear_handle_id (&priv->jump_idle_id, g_source_remove);
  g_clear_object (&priv->jump_target);
  g_clear_object (&priv->top_item);
  g_clear_object (&priv->focus_item);
  stop_keeping_top (self);
  if (priv->items != NULL)
    g_signal_handlers_disconnect_by_data (priv->items, self);
  if (priv->slots != NULL)
    g_signal_handlers_disconnect_by_data (priv->slots, self);
  /* The list unbinds its rows when the subclass disposes its template;
   * if it did not say so first (see dispose_list()), now. */
  briefing_report_list_view_dispose_list (self);
  g_hash_table_remove_all (priv->made);

  G_OBJECT_CLASS (briefing_report_list_view_parent_class)->dispose (object);

  g_hash_table_remove_all (priv->bound);
  g_clear_object (&priv->slots);
  g_clear_object (&priv->items);
  g_clear_object (&priv->state);
}

static void
briefing_report_list_view_finalize (GObject *object)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (object);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_hash_table_unref (priv->bound);
  g_ptr_array_unref (priv->pool);
  g_hash_table_unref (priv->made);

  G_OBJECT_CLASS (briefing_report_list_view_parent_class)->finalize (object);
}

static void
briefing_report_list_view_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (object);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, priv->state);
      break;
    case PROP_N_SHOWN:
      g_value_set_uint (value, priv->n_shown);
      break;
    case PROP_PAGE:
      g_value_set_string (value, priv->page);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_report_list_view_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  BriefingReportListView *self = BRIEFING_REPORT_LIST_VIEW (object);
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_STATE:
      priv->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GtkWidget *
briefing_report_list_view_real_create_row (BriefingReportListView *self)
{
  return g_object_new (BRIEFING_REPORT_LIST_VIEW_GET_CLASS (self)->row_type, "lazy", TRUE, NULL);
}

static void
briefing_report_list_view_real_bind_row (BriefingReportListView *self,
                                         GtkWidget              *row,
                                         gpointer                item)
{
  briefing_lazy_row_set_item (BRIEFING_LAZY_ROW (row), item);
}

static void
briefing_report_list_view_class_init (BriefingReportListViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_report_list_view_constructed;
  object_class->dispose = briefing_report_list_view_dispose;
  object_class->finalize = briefing_report_list_view_finalize;
  object_class->get_property = briefing_report_list_view_get_property;
  object_class->set_property = briefing_report_list_view_set_property;
  klass->create_row = briefing_report_list_view_real_create_row;
  klass->bind_row = briefing_report_list_view_real_bind_row;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, BRIEFING_TYPE_READER_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL, "empty",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* After a row went to the clipboard: the window says so. */
  signals[COPIED] =
    g_signal_new ("copied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* With a target from a row's menu; without, Ctrl+C on the focused row. */
  gtk_widget_class_install_action (widget_class, "view.copy-row", NULL, copy_row_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "view.copy-row", NULL);
}

static void
briefing_report_list_view_init (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  priv->bound = g_hash_table_new (NULL, NULL);
  priv->pool = g_ptr_array_new_with_free_func (g_object_unref);
  priv->made = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  priv->page = "empty";
}

/**
 * briefing_report_list_view_get_state:
 *
 * Returns: (transfer none): the state the view follows
 */
BriefingReaderState *
briefing_report_list_view_get_state (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self), NULL);

  return priv->state;
}

/**
 * briefing_report_list_view_get_items:
 *
 * Returns: (transfer none) (nullable): the items shown, in order
 */
GListModel *
briefing_report_list_view_get_items (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self), NULL);

  return priv->items;
}

guint
briefing_report_list_view_get_n_shown (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self), 0);

  return priv->n_shown;
}

/**
 * briefing_report_list_view_lookup_row:
 *
 * Returns: (transfer none) (nullable): the row showing @item, if it is bound
 */
GtkWidget *
briefing_report_list_view_lookup_row (BriefingReportListView *self,
                                      gpointer                item)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_val_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self), NULL);

  return g_hash_table_lookup (priv->bound, item);
}

/**
 * briefing_report_list_view_foreach_row:
 * @func: (scope call): called with each bound item and its row
 */
void
briefing_report_list_view_foreach_row (BriefingReportListView *self,
                                       GHFunc                  func,
                                       gpointer                user_data)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self));

  g_hash_table_foreach (priv->bound, func, user_data);
}

/**
 * briefing_report_list_view_class_set_template:
 * @widget_class: a subclass's class
 * @resource_path: its template, with a GtkListView "list_view" in the page
 *   "items" of a stack whose visible page is bound to the view's "page",
 *   and an empty page
 * @row_type: a BriefingLazyRow type, the list's rows
 *
 * Sets the subclass's template and rows, binds the list and the closure
 * "briefing_report_list_view_empty_icon"; the subclass binds its own
 * children after.
 */
void
briefing_report_list_view_class_set_template (GtkWidgetClass *widget_class,
                                              const char     *resource_path,
                                              GType           row_type)
{
  g_return_if_fail (g_type_is_a (G_TYPE_FROM_CLASS (widget_class), BRIEFING_TYPE_REPORT_LIST_VIEW));
  g_return_if_fail (g_type_is_a (row_type, BRIEFING_TYPE_LAZY_ROW));

  BRIEFING_REPORT_LIST_VIEW_CLASS (widget_class)->row_type = row_type;

  gtk_widget_class_set_template_from_resource (widget_class, resource_path);
  /* Offset 0: the base looks it up, the subclass has no field for it. */
  gtk_widget_class_bind_template_child_full (widget_class, "list_view", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, briefing_report_list_view_empty_icon);
}

/**
 * briefing_report_list_view_init_template:
 *
 * For the subclass's init: builds its template and sets up the list in it.
 */
void
briefing_report_list_view_init_template (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  GType type = G_OBJECT_TYPE (self);
  g_autoptr(GtkListItemFactory) factory = NULL;

  g_return_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self));
  g_return_if_fail (priv->list_view == NULL);

  gtk_widget_init_template (GTK_WIDGET (self));
  priv->list_view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (self), type, "list_view"));
  priv->rows_in_view = briefing_rows_in_view_new (priv->list_view);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (on_factory_teardown_cb), self);
  gtk_list_view_set_factory (priv->list_view, factory);
  briefing_report_list_view_update_empty (self);
}

/**
 * briefing_report_list_view_set_items:
 * @items: (nullable): what to show, a model the state derives
 */
void
briefing_report_list_view_set_items (BriefingReportListView *self,
                                     GListModel             *items)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self));
  g_return_if_fail (priv->list_view != NULL);
  g_return_if_fail (items == NULL || BRIEFING_IS_SUBSET_LIST (items));

  if (priv->items == items)
    return;
  g_clear_object (&priv->jump_target);
  g_clear_handle_id (&priv->jump_idle_id, g_source_remove);
  if (priv->items != NULL)
    g_signal_handlers_disconnect_by_data (priv->items, self);
  if (priv->slots != NULL)
    g_signal_handlers_disconnect_by_data (priv->slots, self);
  g_clear_object (&priv->slots);
  g_set_object (&priv->items, items);
  if (items != NULL)
    {
      /* Connected before the slots are, so it runs before the list hears
       * of a change; the other after, once the list has followed. */
      g_signal_connect_object (items, "items-changed", G_CALLBACK (before_change),
                               self, G_CONNECT_SWAPPED);
      priv->slots = briefing_slot_list_new (items);
      g_signal_connect_object (priv->slots, "replaced", G_CALLBACK (on_slots_replaced_cb),
                               self, G_CONNECT_SWAPPED);
      selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (priv->slots)));
      g_signal_connect_object (items, "items-changed", G_CALLBACK (on_items_changed_cb),
                               self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
  gtk_list_view_set_model (priv->list_view, GTK_SELECTION_MODEL (selection));

  priv->n_shown = items != NULL ? g_list_model_get_n_items (items) : 0;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
  briefing_report_list_view_update_empty (self);
}

/* Says again which page shows, the list or the empty one (whose words the
 * template binds to the state). */
static void
briefing_report_list_view_update_empty (BriefingReportListView *self)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);
  const char *page = priv->n_shown > 0 ? "items" : "empty";

  if (priv->state == NULL || g_strcmp0 (priv->page, page) == 0)
    return;
  priv->page = page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
}

/**
 * briefing_report_list_view_empty_icon: (skip)
 * @query: (nullable): the state's
 * @idle_icon_name: the empty page's icon when nothing was searched for
 *
 * For the subclass's template, a closure: the empty page's icon.
 *
 * Returns: (transfer full): the search icon after a search that found
 *   nothing, else @idle_icon_name
 */
static char *
briefing_report_list_view_empty_icon (gpointer    this_object,
                                      const char *query,
                                      const char *idle_icon_name)
{
  return g_strdup (query != NULL && *query != '\0' ? "edit-find-symbolic" : idle_icon_name);
}

/**
 * briefing_report_list_view_scroll_to:
 * @position: an item shown
 */
void
briefing_report_list_view_scroll_to (BriefingReportListView *self,
                                     guint                   position)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self));

  /* Where the caller scrolls to wins over where a change left the list. */
  stop_keeping_top (self);
  /* GTK 4.8 has no gtk_list_view_scroll_to(); its list has this action. */
  gtk_widget_activate_action (GTK_WIDGET (priv->list_view), "list.scroll-to-item", "u", position);
}

/**
 * briefing_report_list_view_jump_to:
 * @position: an item shown
 * @focus: whether the keyboard follows
 *
 * Brings the item at @position into view and lights its row up for a moment
 * (briefing_lazy_row_flash()), once the list has bound it; with @focus, the
 * row takes the keyboard focus too.
 */
void
briefing_report_list_view_jump_to (BriefingReportListView *self,
                                   guint                   position,
                                   gboolean                focus)
{
  BriefingReportListViewPrivate *priv = briefing_report_list_view_get_instance_private (self);

  g_return_if_fail (BRIEFING_IS_REPORT_LIST_VIEW (self));
  g_return_if_fail (priv->items != NULL && position < g_list_model_get_n_items (priv->items));

  briefing_report_list_view_scroll_to (self, position);
  g_clear_object (&priv->jump_target);
  priv->jump_target = g_list_model_get_item (priv->items, position);
  priv->jump_focus = focus;
  if (g_hash_table_lookup (priv->bound, priv->jump_target) != NULL)
    schedule_jump (self);
}
