/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-sidebar.h"
#include "briefing-sidebar-item.h"
#include "briefing-sidebar-row.h"

struct _BriefingSidebar
{
  GtkWidget            parent_instance;

  GtkWidget           *scrolled_window;
  GtkListView         *list_view;

  BriefingReaderState *state;
  BriefingReport      *report;      /* the state's, as the rows show it */
  GListStore          *items;       /* BriefingSidebarItem */
  GListStore          *all_turns;   /* every interview's turns, for "All Topics" */
  GtkSingleSelection  *selection;
  GHashTable          *rows;        /* position → BriefingSidebarRow bound there */
  gboolean             syncing;
  /* The period the counts are of */
  gboolean             has_period;
  gint64               period_first, period_last;
  guint                prepare_id;     /* readies the rows' counts for a period, one an idle */
  guint                n_prepared;
  guint                counts_id;      /* counts anew the rows off screen, after a frame */
  GtkBitset           *uncounted;      /* items off screen whose counts wait for it */
};

G_DEFINE_FINAL_TYPE (BriefingSidebar, briefing_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STATE,
  N_PROPS
};

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* What a row holds, to count it in the state's period. */
static void
item_lists (BriefingSidebar     *self,
            BriefingSidebarItem *item,
            GListModel         **events,
            GListModel         **turns)
{
  BriefingTopic *topic = briefing_sidebar_item_get_topic (item);
  BriefingEntity *entity = briefing_sidebar_item_get_entity (item);

  *events = *turns = NULL;
  if (briefing_sidebar_item_get_kind (item) == BRIEFING_SIDEBAR_ITEM_ALL)
    {
      *events = briefing_report_get_events (self->report);
      *turns = G_LIST_MODEL (self->all_turns);
    }
  else if (topic != NULL)
    {
      *events = briefing_report_get_topic_events (self->report, topic);
      *turns = briefing_report_get_topic_turns (self->report, topic);
    }
  else if (entity != NULL)
    {
      *events = briefing_report_get_entity_events (self->report, entity);
      *turns = briefing_report_get_entity_turns (self->report, entity);
    }
}

static void
append_entities (BriefingSidebar    *self,
                 GPtrArray          *items,
                 const char         *heading,
                 BriefingEntityKind  kind)
{
  GListModel *entities = briefing_report_get_entities (self->report);
  gboolean first = TRUE;

  for (guint i = 0; i < g_list_model_get_n_items (entities); i++)
    {
      g_autoptr(BriefingEntity) entity = g_list_model_get_item (entities, i);

      if (briefing_entity_get_kind (entity) != kind)
        continue;
      if (first)
        g_ptr_array_add (items, briefing_sidebar_item_new_heading (heading));
      first = FALSE;
      guint n_events, n_turns;

      briefing_reader_state_count_in_period (self->state,
                                             briefing_report_get_entity_events (self->report, entity),
                                             briefing_report_get_entity_turns (self->report, entity),
                                             &n_events, &n_turns);
      g_ptr_array_add (items, briefing_sidebar_item_new_entity (entity, n_events, n_turns));
    }
}

static void
gather_turns (BriefingSidebar *self)
{
  GListModel *interviews = briefing_report_get_interviews (self->report);

  for (guint i = 0; i < g_list_model_get_n_items (interviews); i++)
    {
      g_autoptr(BriefingInterview) interview = g_list_model_get_item (interviews, i);
      GListModel *turns = briefing_interview_get_turns (interview);

      for (guint j = 0; j < g_list_model_get_n_items (turns); j++)
        {
          g_autoptr(BriefingTurn) turn = g_list_model_get_item (turns, j);

          g_list_store_append (self->all_turns, turn);
        }
    }
}

/* "All Topics", the topics, then each kind of entity under its heading: one
 * change of the list. Each counts what it holds in the state's period. */
static void
fill_items (BriefingSidebar *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_clear_handle_id (&self->counts_id, g_source_remove);
  gtk_bitset_remove_all (self->uncounted);
  g_list_store_remove_all (self->all_turns);
  if (self->report != NULL)
    {
      GListModel *topics = briefing_report_get_topics (self->report);
      guint n_events, n_turns;

      gather_turns (self);
      briefing_reader_state_count_in_period (self->state, briefing_report_get_events (self->report),
                                             G_LIST_MODEL (self->all_turns), &n_events, &n_turns);
      g_ptr_array_add (items, briefing_sidebar_item_new_all (self->report, n_events, n_turns));
      for (guint i = 0; i < g_list_model_get_n_items (topics); i++)
        {
          g_autoptr(BriefingTopic) topic = g_list_model_get_item (topics, i);

          briefing_reader_state_count_in_period (self->state,
                                                 briefing_report_get_topic_events (self->report, topic),
                                                 briefing_report_get_topic_turns (self->report, topic),
                                                 &n_events, &n_turns);
          g_ptr_array_add (items, briefing_sidebar_item_new_topic (topic, n_events, n_turns));
        }
      append_entities (self, items, _("People"), BRIEFING_ENTITY_KIND_PERSON);
      append_entities (self, items, _("Organizations"), BRIEFING_ENTITY_KIND_ORGANIZATION);
      append_entities (self, items, _("Places"), BRIEFING_ENTITY_KIND_PLACE);
    }
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
}

/* The row bound at @position, if any, and where it is in the viewport
 * (none when it is not mapped). */
static GtkWidget *
row_placed (BriefingSidebar *self,
            guint            position,
            gboolean        *placed,
            graphene_rect_t *bounds)
{
  GtkWidget *row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));

  *placed = row != NULL && gtk_widget_get_mapped (row) &&
            gtk_widget_compute_bounds (row, GTK_WIDGET (self->scrolled_window), bounds);
  return row;
}

/* Whether the row at @position is on screen whole. GTK 4.8's
 * "list.scroll-to-item" on such a row loses the row above it (the list
 * leaves a blank where its first rows were): scroll only when needed. */
static gboolean
row_in_view (BriefingSidebar *self,
             guint            position)
{
  graphene_rect_t bounds;
  gboolean placed;

  row_placed (self, position, &placed, &bounds);
  return placed && bounds.origin.y >= 0 &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (self->scrolled_window);
}

/* Whether there is a row at @position, bound but off screen. */
static gboolean
row_off_screen (BriefingSidebar *self,
                guint            position)
{
  graphene_rect_t bounds;
  gboolean placed;

  if (row_placed (self, position, &placed, &bounds) == NULL)
    return FALSE;
  return !placed || bounds.origin.y + bounds.size.height <= 0 ||
         bounds.origin.y >= gtk_widget_get_height (self->scrolled_window);
}

/* Counts an item in the state's period, in place: the row bound to it, if
 * any, follows its "caption" (the template binds it). Returns whether the
 * caption changed. */
static gboolean
count_item (BriefingSidebar *self,
            guint            position)
{
  g_autoptr(BriefingSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  GListModel *events, *turns;
  guint n_events, n_turns;

  item_lists (self, item, &events, &turns);
  if (events == NULL)
    return FALSE;
  briefing_reader_state_count_in_period (self->state, events, turns, &n_events, &n_turns);
  return briefing_sidebar_item_set_counts (item, n_events, n_turns);
}

/* The rest, a few at a time between frames, each once (a row that comes on
 * screen meanwhile counts as it is bound). */
#define COUNTED_AT_A_TIME 8

static gboolean
count_off_screen_cb (gpointer user_data)
{
  BriefingSidebar *self = user_data;

  for (guint done = 0; done < COUNTED_AT_A_TIME && !gtk_bitset_is_empty (self->uncounted); done++)
    {
      guint position = gtk_bitset_get_minimum (self->uncounted);

      gtk_bitset_remove (self->uncounted, position);
      count_item (self, position);
    }
  if (!gtk_bitset_is_empty (self->uncounted))
    return G_SOURCE_CONTINUE;
  self->counts_id = 0;
  return G_SOURCE_REMOVE;
}

/* A period changes the counts, not the rows (making the rows again cost a
 * period as much as a report's opening). Only the rows on screen count
 * anew at once: GTK 4.8's list keeps up to 200 rows bound, off screen too,
 * and each caption changed is a wrapping label measured again — at 100,000
 * events, 1,650 label measures a period, most of its next frame. The rows
 * off screen follow after that frame, a few between frames; items without
 * a row cost no measuring and count at once. */
static void
update_counts (BriefingSidebar *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));

  gtk_bitset_remove_all (self->uncounted);
  for (guint i = 0; i < n_items; i++)
    if (row_off_screen (self, i))
      gtk_bitset_add (self->uncounted, i);
    else
      count_item (self, i);
  if (self->counts_id == 0 && !gtk_bitset_is_empty (self->uncounted))
    self->counts_id = g_idle_add_full (G_PRIORITY_LOW, count_off_screen_cb, self, NULL);
}

/* Selects the row of the state's topic or entity, or "All Topics". */
static void
select_state_row (BriefingSidebar *self)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (self->state);
  BriefingEntity *entity = briefing_reader_state_get_entity (self->state);
  GListModel *items = G_LIST_MODEL (self->items);
  guint position = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(BriefingSidebarItem) item = g_list_model_get_item (items, i);

      if (briefing_sidebar_item_chooses (item, topic, entity))
        {
          position = i;
          break;
        }
    }
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
  /* Chosen elsewhere (a chip, a link), the row comes into view. */
  if (position != GTK_INVALID_LIST_POSITION && !row_in_view (self, position))
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* While nothing happens, one row at a time: what counting its events in a
 * period needs, so that the reader's first period costs what the next do. */
static gboolean
prepare_counts_cb (gpointer user_data)
{
  BriefingSidebar *self = user_data;
  GListModel *items = G_LIST_MODEL (self->items);
  g_autoptr(BriefingSidebarItem) item = NULL;
  GListModel *events, *turns;

  if (self->report == NULL || self->n_prepared >= g_list_model_get_n_items (items))
    {
      self->prepare_id = 0;
      return G_SOURCE_REMOVE;
    }
  item = g_list_model_get_item (items, self->n_prepared++);
  item_lists (self, item, &events, &turns);
  if (events != NULL)
    briefing_reader_state_prepare_period_count (self->state, events);
  return G_SOURCE_CONTINUE;
}

static void
on_state_report_cb (BriefingSidebar *self)
{
  if (!g_set_object (&self->report, briefing_reader_state_get_report (self->state)))
    return;
  /* A new report comes without a period. */
  self->has_period = briefing_reader_state_get_period (self->state, &self->period_first, &self->period_last);
  self->syncing = TRUE;
  fill_items (self);
  self->syncing = FALSE;
  select_state_row (self);
  self->n_prepared = 0;
  if (self->prepare_id == 0)
    self->prepare_id = g_idle_add_full (G_PRIORITY_LOW, prepare_counts_cb, self, NULL);
}

/* A period changes every count, in place. */
static void
on_state_selection_cb (BriefingSidebar *self)
{
  gint64 first = 0, last = 0;
  gboolean has_period = briefing_reader_state_get_period (self->state, &first, &last);

  if (self->report != NULL &&
      (has_period != self->has_period ||
       (has_period && (first != self->period_first || last != self->period_last))))
    update_counts (self);
  self->has_period = has_period;
  self->period_first = first;
  self->period_last = last;
  select_state_row (self);
}

static void
on_selection_changed_cb (BriefingSidebar *self)
{
  BriefingSidebarItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->syncing || item == NULL || briefing_sidebar_item_get_kind (item) == BRIEFING_SIDEBAR_ITEM_HEADING)
    return;
  briefing_reader_state_set_selection (self->state,
                                       briefing_sidebar_item_get_topic (item),
                                       briefing_sidebar_item_get_entity (item));
}

static void
on_list_view_activate_cb (GtkListView     *list_view,
                          guint            position,
                          BriefingSidebar *self)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0);
}

static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, briefing_sidebar_row_new ());
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    gpointer                  user_data)
{
  BriefingSidebar *self = user_data;
  GtkWidget *row = gtk_list_item_get_child (list_item);
  guint position = gtk_list_item_get_position (list_item);

  /* Counts waiting for a row off screen: it is on its way in. */
  if (gtk_bitset_contains (self->uncounted, position))
    {
      gtk_bitset_remove (self->uncounted, position);
      count_item (self, position);
    }
  briefing_sidebar_row_bind (BRIEFING_SIDEBAR_ROW (row), list_item);
  g_hash_table_insert (self->rows, GUINT_TO_POINTER (gtk_list_item_get_position (list_item)), row);
}

static void
on_factory_unbind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *list_item,
                      gpointer                  user_data)
{
  BriefingSidebar *self = user_data;
  GtkWidget *row = gtk_list_item_get_child (list_item);
  guint position = gtk_list_item_get_position (list_item);

  if (g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position)) == row)
    g_hash_table_remove (self->rows, GUINT_TO_POINTER (position));
}

/* The row holding the keyboard focus, or -1. */
static int
focused_position (BriefingSidebar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)))
    return -1;
  /* The list's item widget takes the focus; the row is its child. */
  for (GtkWidget *child = gtk_widget_get_first_child (focus); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (BRIEFING_IS_SIDEBAR_ROW (child))
      return briefing_sidebar_row_get_position (BRIEFING_SIDEBAR_ROW (child));
  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (BRIEFING_IS_SIDEBAR_ROW (focus))
      return briefing_sidebar_row_get_position (BRIEFING_SIDEBAR_ROW (focus));
  return -1;
}

static gboolean
is_heading (BriefingSidebar *self,
            guint            position)
{
  g_autoptr(BriefingSidebarItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  return item != NULL && briefing_sidebar_item_get_kind (item) == BRIEFING_SIDEBAR_ITEM_HEADING;
}

/* The row under @x, @y of the list, if any. */
static BriefingSidebarRow *
row_at (BriefingSidebar *self,
        double           x,
        double           y)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkWidget *widget = gtk_widget_pick (list, x, y, GTK_PICK_DEFAULT);

  /* Up to the list's item widget, whose child the row is. */
  for (; widget != NULL && widget != list; widget = gtk_widget_get_parent (widget))
    if (gtk_widget_get_parent (widget) == list)
      {
        GtkWidget *row = gtk_widget_get_first_child (widget);

        return BRIEFING_IS_SIDEBAR_ROW (row) ? BRIEFING_SIDEBAR_ROW (row) : NULL;
      }
  return NULL;
}

/*
 * A click on a row that chooses something is the list's activation, as Enter
 * is: the window then shows what was chosen, if the sidebar hid it. GtkListView
 * activates on a double click; its single-click mode would also select the
 * row under the pointer as it moves, and the sidebar's selection is the
 * state's. So one gesture on the list, in the capture phase (the row claims
 * the click on release, when it selects), chooses the row it was on.
 */
static void
on_list_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     BriefingSidebar *self)
{
  BriefingSidebarRow *row = n_press == 1 ? row_at (self, x, y) : NULL;
  int position = row != NULL ? briefing_sidebar_row_get_position (row) : -1;

  if (position < 0 || is_heading (self, position))
    return;
  /* Chosen first: GTK selects on release too, but after this, and the
   * activation may hide the sidebar (narrow), which drops the release. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)", position, FALSE, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.activate-item", "u", position);
}

/* GTK 4.8's list view takes Tab from row to row: tens of stops, hundreds in
 * a large report, before the timeline. The sidebar is one stop, as in
 * GNOME's own sidebars (arrows move inside): the list leaves the walk for
 * the moment the window moves the focus on. */
static gboolean
tab_out_of_list (BriefingSidebar  *self,
                 GtkDirectionType  direction)
{
  GtkWidget *list = GTK_WIDGET (self->list_view);
  GtkRoot *root = gtk_widget_get_root (list);
  gboolean moved;

  if (root == NULL)
    return FALSE;
  gtk_widget_set_can_focus (list, FALSE);
  moved = gtk_widget_child_focus (GTK_WIDGET (root), direction);
  gtk_widget_set_can_focus (list, TRUE);
  return moved;
}

/* GTK 4.8's list cannot focus a row that cannot be selected, so its own
 * arrows stop above and below a heading: over a heading, the sidebar moves
 * the cursor itself, to the row beyond, selecting it as an arrow does. */
static gboolean
on_key_pressed_cb (BriefingSidebar       *self,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   GtkEventControllerKey *controller)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  GdkModifierType modifiers = state & gtk_accelerator_get_default_mod_mask ();
  int step;
  int position;
  GtkWidget *row;

  if ((keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab || keyval == GDK_KEY_ISO_Left_Tab) &&
      (modifiers & ~GDK_SHIFT_MASK) == 0 && focused_position (self) >= 0)
    return tab_out_of_list (self, (modifiers & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab
                                  ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
  if (modifiers != 0)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    step = 1;
  else if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    step = -1;
  else
    return GDK_EVENT_PROPAGATE;

  position = focused_position (self);
  if (position < 0 || position + step < 0 || (guint) (position + step) >= n_items ||
      !is_heading (self, position + step))
    return GDK_EVENT_PROPAGATE;
  position += 2 * step;
  if (position < 0 || (guint) position >= n_items)
    return GDK_EVENT_STOP;  /* a heading ends the list: stay */

  /* The list makes the row if it has none yet, then it takes the focus. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
  gtk_single_selection_set_selected (self->selection, position);
  row = g_hash_table_lookup (self->rows, GUINT_TO_POINTER (position));
  if (row != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (row));
  return GDK_EVENT_STOP;
}

/* The list is what takes the keyboard: arrows then move through rows. */
static gboolean
briefing_sidebar_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BRIEFING_SIDEBAR (widget)->list_view));
}

static void
briefing_sidebar_constructed (GObject *object)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  G_OBJECT_CLASS (briefing_sidebar_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_READER_STATE (self->state));
  g_signal_connect_object (self->state, "notify::report", G_CALLBACK (on_state_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "selection-changed", G_CALLBACK (on_state_selection_cb),
                           self, G_CONNECT_SWAPPED);
  on_state_report_cb (self);
}

static void
briefing_sidebar_dispose (GObject *object)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  g_clear_handle_id (&self->prepare_id, g_source_remove);
  g_clear_handle_id (&self->counts_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->all_turns);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->uncounted, gtk_bitset_unref);
  g_clear_object (&self->report);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (briefing_sidebar_parent_class)->dispose (object);
}

static void
briefing_sidebar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_sidebar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_STATE:
      self->state = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_sidebar_class_init (BriefingSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = briefing_sidebar_constructed;
  object_class->dispose = briefing_sidebar_dispose;
  object_class->get_property = briefing_sidebar_get_property;
  object_class->set_property = briefing_sidebar_set_property;
  widget_class->grab_focus = briefing_sidebar_grab_focus;

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL, BRIEFING_TYPE_READER_STATE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/briefing-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebar, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, BriefingSidebar, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_released_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "briefing-sidebar");

  g_type_ensure (BRIEFING_TYPE_SIDEBAR_ITEM);
  g_type_ensure (BRIEFING_TYPE_SIDEBAR_ROW);
}

static void
briefing_sidebar_init (BriefingSidebar *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_hash_table_new (NULL, NULL);
  self->uncounted = gtk_bitset_new_empty ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  self->items = g_list_store_new (BRIEFING_TYPE_SIDEBAR_ITEM);
  self->all_turns = g_list_store_new (BRIEFING_TYPE_TURN);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_factory_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_factory_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_factory_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

GtkWidget *
briefing_sidebar_new (BriefingReaderState *state)
{
  g_return_val_if_fail (BRIEFING_IS_READER_STATE (state), NULL);

  return g_object_new (BRIEFING_TYPE_SIDEBAR, "state", state, NULL);
}

/**
 * briefing_sidebar_get_rows:
 *
 * Returns: (transfer none): the rows, as the list shows them: a
 *   #GtkSingleSelection of #BriefingSidebarItem
 */
GListModel *
briefing_sidebar_get_rows (BriefingSidebar *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->selection);
}
