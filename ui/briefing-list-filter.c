/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-list-filter.h"
#include "briefing-text-search.h"

struct _BriefingListFilter
{
  GObject                    parent_instance;

  GtkListView               *list_view;     /* weak: the view owns both */
  BriefingListFilterMatch    match;
  BriefingListFilterSameRun  same_run;
  gpointer                   user_data;

  /* base model → filter → the list */
  GtkFilterListModel        *shown;
  GtkCustomFilter           *filter;
  guint                      n_shown;

  char                      *search_text;   /* as typed */
  char                      *query;         /* stripped: what widgets highlight */
  char                      *folded_query;  /* what the match function compares */
  double                     text_scale;    /* the bound widgets' */

  /* item → its widget, for the few on screen */
  GHashTable                *bound;
};

G_DEFINE_FINAL_TYPE (BriefingListFilter, briefing_list_filter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_N_SHOWN,
  N_PROPS
};

enum {
  CHANGED,
  RUN_START_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/*
 * GTK 4.8 warns (gtk_widget_is_ancestor: assertion failed) when the focus was
 * in a row that a change of model or filter took away and the list later
 * moves the focus: it looks at the old focus widget, finalized by then. So
 * the focus leaves the list for the change, and comes back to it after: the
 * list gives it to the row of its focused item, or of the nearest one.
 */
static gboolean
release_focus (BriefingListFilter *self)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkRoot *root = list != NULL ? gtk_widget_get_root (list) : NULL;
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || (focus != list && !gtk_widget_is_ancestor (focus, list)))
    return FALSE;
  gtk_root_set_focus (root, NULL);
  return TRUE;
}

static void
restore_focus (BriefingListFilter *self,
               gboolean            released)
{
  if (released && self->list_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  BriefingListFilter *self = user_data;

  return self->match (item, self->folded_query, self->user_data);
}

static void
on_shown_items_changed_cb (GListModel         *model,
                           guint               position,
                           guint               removed,
                           guint               added,
                           BriefingListFilter *self)
{
  guint n_items = g_list_model_get_n_items (model);
  guint next = position + added;

  /* Items in the changed range are bound anew; the one after it keeps its
   * widget but has a new predecessor, so it may start a run now or no more. */
  if (next < n_items)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, next);
      GtkWidget *widget = g_hash_table_lookup (self->bound, item);

      if (widget != NULL)
        g_signal_emit (self, signals[RUN_START_CHANGED], 0, widget,
                       briefing_list_filter_starts_run (self, next, item));
    }

  if (self->n_shown != n_items)
    {
      self->n_shown = n_items;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_SHOWN]);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
briefing_list_filter_dispose (GObject *object)
{
  BriefingListFilter *self = BRIEFING_LIST_FILTER (object);

  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  /* The list may hold the model a little longer: it must not call back. */
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (self->filter, NULL, NULL, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->filter);
  g_clear_weak_pointer (&self->list_view);
  g_hash_table_remove_all (self->bound);

  G_OBJECT_CLASS (briefing_list_filter_parent_class)->dispose (object);
}

static void
briefing_list_filter_finalize (GObject *object)
{
  BriefingListFilter *self = BRIEFING_LIST_FILTER (object);

  g_hash_table_unref (self->bound);
  g_free (self->search_text);
  g_free (self->query);
  g_free (self->folded_query);

  G_OBJECT_CLASS (briefing_list_filter_parent_class)->finalize (object);
}

static void
briefing_list_filter_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BriefingListFilter *self = BRIEFING_LIST_FILTER (object);

  switch (prop_id)
    {
    case PROP_N_SHOWN:
      g_value_set_uint (value, self->n_shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_list_filter_class_init (BriefingListFilterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_list_filter_dispose;
  object_class->finalize = briefing_list_filter_finalize;
  object_class->get_property = briefing_list_filter_get_property;

  properties[PROP_N_SHOWN] =
    g_param_spec_uint ("n-shown", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RUN_START_CHANGED] =
    g_signal_new ("run-start-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, GTK_TYPE_WIDGET, G_TYPE_BOOLEAN);
}

static void
briefing_list_filter_init (BriefingListFilter *self)
{
  self->query = g_strdup ("");
  self->folded_query = g_strdup ("");
  self->text_scale = 1.0;
  self->bound = g_hash_table_new (NULL, NULL);
}

/**
 * briefing_list_filter_new:
 * @list_view: the list that shows the items; it gets the filtered model
 * @match: what an item must pass to be shown
 * @same_run: whether an item continues the run of the one before it
 * @user_data: for @match
 *
 * Returns: (transfer full): a filter showing nothing until it has a base model
 */
BriefingListFilter *
briefing_list_filter_new (GtkListView               *list_view,
                          BriefingListFilterMatch    match,
                          BriefingListFilterSameRun  same_run,
                          gpointer                   user_data)
{
  BriefingListFilter *self;
  g_autoptr(GtkNoSelection) selection = NULL;

  g_return_val_if_fail (GTK_IS_LIST_VIEW (list_view), NULL);
  g_return_val_if_fail (match != NULL, NULL);
  g_return_val_if_fail (same_run != NULL, NULL);

  self = g_object_new (BRIEFING_TYPE_LIST_FILTER, NULL);
  g_set_weak_pointer (&self->list_view, list_view);
  self->match = match;
  self->same_run = same_run;
  self->user_data = user_data;

  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  self->shown = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  g_signal_connect_after (self->shown, "items-changed",
                          G_CALLBACK (on_shown_items_changed_cb), self);

  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->shown)));
  gtk_list_view_set_model (list_view, GTK_SELECTION_MODEL (selection));
  return self;
}

/**
 * briefing_list_filter_get_shown:
 *
 * Returns: (transfer none): the items shown, in order
 */
GListModel *
briefing_list_filter_get_shown (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), NULL);

  return G_LIST_MODEL (self->shown);
}

guint
briefing_list_filter_get_n_shown (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), 0);

  return self->n_shown;
}

void
briefing_list_filter_set_base_model (BriefingListFilter *self,
                                     GListModel         *base)
{
  gboolean released;

  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));
  g_return_if_fail (base == NULL || G_IS_LIST_MODEL (base));

  if (gtk_filter_list_model_get_model (self->shown) == base)
    return;
  released = release_focus (self);
  gtk_filter_list_model_set_model (self->shown, base);
  restore_focus (self, released);
}

/**
 * briefing_list_filter_get_base_model:
 *
 * Returns: (transfer none) (nullable): the items before filtering
 */
GListModel *
briefing_list_filter_get_base_model (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), NULL);

  return gtk_filter_list_model_get_model (self->shown);
}

/**
 * briefing_list_filter_set_search_text:
 * @text: (nullable): the search as typed
 *
 * Shows only the items that match @text, ignoring case, accents and spaces
 * around it, and gives the bound widgets the stripped text as their
 * "search-text" to highlight.
 *
 * Returns: whether @text differs from the search text before
 */
gboolean
briefing_list_filter_set_search_text (BriefingListFilter *self,
                                      const char         *text)
{
  g_autofree char *query = NULL;
  g_autofree char *folded = NULL;
  GHashTableIter iter;
  gpointer widget;

  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), FALSE);

  if (g_strcmp0 (self->search_text, text) == 0)
    return FALSE;

  g_free (self->search_text);
  self->search_text = g_strdup (text);

  query = g_strstrip (g_strdup (text != NULL ? text : ""));
  folded = briefing_text_search_fold (query);
  if (strcmp (folded, self->folded_query) != 0)
    {
      GtkFilterChange change;

      /* Typing on narrows what is shown and deleting widens it: the filter
       * model then only looks again at the items that can change. */
      if (strstr (folded, self->folded_query) != NULL)
        change = GTK_FILTER_CHANGE_MORE_STRICT;
      else if (strstr (self->folded_query, folded) != NULL)
        change = GTK_FILTER_CHANGE_LESS_STRICT;
      else
        change = GTK_FILTER_CHANGE_DIFFERENT;

      g_free (self->folded_query);
      self->folded_query = g_steal_pointer (&folded);
      briefing_list_filter_refilter (self, change);
    }

  if (strcmp (query, self->query) != 0)
    {
      g_free (self->query);
      self->query = g_steal_pointer (&query);
      g_hash_table_iter_init (&iter, self->bound);
      while (g_hash_table_iter_next (&iter, NULL, &widget))
        g_object_set (widget, "search-text", self->query, NULL);
    }
  return TRUE;
}

const char *
briefing_list_filter_get_search_text (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), NULL);

  return self->search_text;
}

/**
 * briefing_list_filter_get_query:
 *
 * Returns: the search text without the spaces around it, "" for none: what
 *   the widgets highlight
 */
const char *
briefing_list_filter_get_query (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), "");

  return self->query;
}

gboolean
briefing_list_filter_has_query (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), FALSE);

  return *self->folded_query != '\0';
}

/**
 * briefing_list_filter_refilter:
 *
 * Looks at the items again after what the match function asks changed.
 */
void
briefing_list_filter_refilter (BriefingListFilter *self,
                               GtkFilterChange     change)
{
  gboolean released;

  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));

  released = release_focus (self);
  gtk_filter_changed (GTK_FILTER (self->filter), change);
  restore_focus (self, released);
}

/**
 * briefing_list_filter_matches:
 *
 * Returns: whether @item, an item of the base model, passes the filter
 */
gboolean
briefing_list_filter_matches (BriefingListFilter *self,
                              gpointer            item)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), FALSE);

  return match_cb (item, self);
}

/**
 * briefing_list_filter_starts_run:
 * @position: where @item is among the items shown
 *
 * Returns: whether @item is the first of its run among the items shown
 */
gboolean
briefing_list_filter_starts_run (BriefingListFilter *self,
                                 guint               position,
                                 gpointer            item)
{
  g_autoptr(GObject) previous = NULL;

  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), TRUE);

  if (position == 0)
    return TRUE;
  previous = g_list_model_get_item (G_LIST_MODEL (self->shown), position - 1);
  return previous == NULL || !self->same_run (previous, item);
}

/* Call from the factory's "bind", once the widget shows its item: it gets
 * the search to highlight and the text scale. */
void
briefing_list_filter_bind (BriefingListFilter *self,
                           GtkListItem        *list_item)
{
  GtkWidget *widget = gtk_list_item_get_child (list_item);

  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));

  g_object_set (widget, "search-text", self->query, "text-scale", self->text_scale, NULL);
  g_hash_table_insert (self->bound, gtk_list_item_get_item (list_item), widget);
}

double
briefing_list_filter_get_text_scale (BriefingListFilter *self)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), 1.0);

  return self->text_scale;
}

/**
 * briefing_list_filter_set_text_scale:
 *
 * Scales the text of the bound widgets, and of those bound later.
 */
void
briefing_list_filter_set_text_scale (BriefingListFilter *self,
                                     double              text_scale)
{
  GHashTableIter iter;
  gpointer widget;

  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));

  self->text_scale = text_scale;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, NULL, &widget))
    g_object_set (widget, "text-scale", text_scale, NULL);
}

/* Call from the factory's "unbind". */
void
briefing_list_filter_unbind (BriefingListFilter *self,
                             GtkListItem        *list_item)
{
  gpointer widget = gtk_list_item_get_child (list_item);
  gpointer item = gtk_list_item_get_item (list_item);

  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));

  /* A recycled widget may already show another item. */
  if (item != NULL && g_hash_table_lookup (self->bound, item) == widget)
    g_hash_table_remove (self->bound, item);
}

/**
 * briefing_list_filter_lookup_bound:
 *
 * Returns: (transfer none) (nullable): the widget showing @item, if it is on
 *   screen
 */
GtkWidget *
briefing_list_filter_lookup_bound (BriefingListFilter *self,
                                   gpointer            item)
{
  g_return_val_if_fail (BRIEFING_IS_LIST_FILTER (self), NULL);

  return g_hash_table_lookup (self->bound, item);
}

/**
 * briefing_list_filter_foreach_bound:
 * @func: (scope call): called with each item on screen and its widget
 */
void
briefing_list_filter_foreach_bound (BriefingListFilter *self,
                                    GHFunc              func,
                                    gpointer            user_data)
{
  g_return_if_fail (BRIEFING_IS_LIST_FILTER (self));

  g_hash_table_foreach (self->bound, func, user_data);
}
