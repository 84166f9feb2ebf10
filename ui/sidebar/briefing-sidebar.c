/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "briefing-sidebar.h"

struct _BriefingSidebar
{
  GtkWidget           parent_instance;

  GtkWidget          *scrolled_window;
  GtkListView        *list_view;

  GtkSingleSelection *selection;
  GListStore         *sections;
  GtkStringObject    *all_item;

  BriefingReaderState *state;
  BriefingReport     *report;          /* the state's, as the rows show it */
  gboolean            syncing;
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

/* Rows are the model's own topics and entities, plus two kinds of string
 * objects: the "All Topics" row (self->all_item) and the headings. */
static gboolean
is_heading (BriefingSidebar *self,
            gpointer         item)
{
  return GTK_IS_STRING_OBJECT (item) && item != (gpointer) self->all_item;
}

char *
briefing_format_counts (guint n_events,
                        guint n_turns)
{
  g_autofree char *events = g_strdup_printf (ngettext ("%u event", "%u events", n_events), n_events);
  g_autofree char *turns = NULL;

  if (n_turns == 0)
    return g_steal_pointer (&events);
  turns = g_strdup_printf (ngettext ("%u turn", "%u turns", n_turns), n_turns);
  /* Translators: "3 events, 2 turns": how many events and interview turns */
  return g_strdup_printf (C_("counts", "%s, %s"), events, turns);
}

static gboolean
entity_is_kind (gpointer item,
                gpointer kind)
{
  return briefing_entity_get_kind (item) == GPOINTER_TO_UINT (kind);
}

static void
add_section (BriefingSidebar *self,
             const char      *heading,
             GListModel      *rows)
{
  if (g_list_model_get_n_items (rows) == 0)
    return;
  if (heading != NULL)
    {
      g_autoptr(GListStore) heading_store = g_list_store_new (GTK_TYPE_STRING_OBJECT);
      g_autoptr(GtkStringObject) heading_item = gtk_string_object_new (heading);

      g_list_store_append (heading_store, heading_item);
      g_list_store_append (self->sections, heading_store);
    }
  g_list_store_append (self->sections, rows);
}

static void
add_entities (BriefingSidebar    *self,
              const char         *heading,
              BriefingEntityKind  kind)
{
  GListModel *entities = briefing_report_get_entities (self->report);
  GtkCustomFilter *filter = gtk_custom_filter_new (entity_is_kind, GUINT_TO_POINTER (kind), NULL);
  g_autoptr(GtkFilterListModel) of_kind = NULL;

  of_kind = gtk_filter_list_model_new (g_object_ref (entities), GTK_FILTER (filter));
  add_section (self, heading, G_LIST_MODEL (of_kind));
}

static void
fill_sections (BriefingSidebar *self)
{
  g_autoptr(GListStore) all_store = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  g_list_store_remove_all (self->sections);
  if (self->report == NULL)
    return;

  g_list_store_append (all_store, self->all_item);
  add_section (self, NULL, G_LIST_MODEL (all_store));
  add_section (self, NULL, briefing_report_get_topics (self->report));
  add_entities (self, _("People"), BRIEFING_ENTITY_KIND_PERSON);
  add_entities (self, _("Organizations"), BRIEFING_ENTITY_KIND_ORGANIZATION);
  add_entities (self, _("Places"), BRIEFING_ENTITY_KIND_PLACE);
}

static guint
find_row (BriefingSidebar *self,
          gpointer         wanted)
{
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (rows);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (rows, i);

      if (item == wanted)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Selects the row of the state's topic or entity, or "All Topics". */
static void
select_state_row (BriefingSidebar *self)
{
  BriefingTopic *topic = briefing_reader_state_get_topic (self->state);
  BriefingEntity *entity = briefing_reader_state_get_entity (self->state);
  guint position;

  position = find_row (self, topic != NULL ? (gpointer) topic
                            : entity != NULL ? (gpointer) entity
                            : (gpointer) self->all_item);
  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->syncing = FALSE;
}

static void
on_state_report_cb (BriefingSidebar *self)
{
  if (!g_set_object (&self->report, briefing_reader_state_get_report (self->state)))
    return;
  self->syncing = TRUE;
  fill_sections (self);
  self->syncing = FALSE;
  select_state_row (self);
}

static void
bind_caption (GtkLabel *caption,
              guint     n_events,
              guint     n_turns)
{
  g_autofree char *text = briefing_format_counts (n_events, n_turns);

  gtk_label_set_text (caption, text);
}

static const char *
entity_icon_name (BriefingEntity *entity)
{
  switch (briefing_entity_get_kind (entity))
    {
    case BRIEFING_ENTITY_KIND_PERSON:
      return "avatar-default-symbolic";
    case BRIEFING_ENTITY_KIND_ORGANIZATION:
      return "system-users-symbolic";
    case BRIEFING_ENTITY_KIND_PLACE:
      return "mark-location-symbolic";
    default:
      g_assert_not_reached ();
    }
}

static void
on_row_released_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    BriefingSidebar *self)
{
  GtkListItem *list_item = g_object_get_data (G_OBJECT (gesture), "list-item");

  if (gtk_list_item_get_activatable (list_item))
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0);
}

/* A row: [icon] title
 *               caption */
static void
on_factory_setup_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *list_item,
                     BriefingSidebar          *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The row's caption says what the entity is: the icon is decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                  NULL);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *caption = gtk_label_new (NULL);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_ellipsize (GTK_LABEL (caption), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_set_margin_top (row, 3);
  gtk_widget_set_margin_bottom (row, 3);

  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), caption);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), labels);

  /* Selection happens on release too; whichever comes first, the window
   * gets both the new selection and the wish to see it. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_object_set_data (G_OBJECT (click), "list-item", list_item);
  g_signal_connect_object (click, "released", G_CALLBACK (on_row_released_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));

  gtk_list_item_set_child (list_item, row);
}

static void
on_factory_bind_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *list_item,
                    BriefingSidebar          *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (row);
  GtkWidget *labels = gtk_widget_get_last_child (row);
  GtkLabel *title = GTK_LABEL (gtk_widget_get_first_child (labels));
  GtkLabel *caption = GTK_LABEL (gtk_widget_get_last_child (labels));
  gpointer item = gtk_list_item_get_item (list_item);
  gboolean heading = is_heading (self, item);
  const char *tooltip = NULL;

  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
  gtk_widget_set_visible (GTK_WIDGET (caption), !heading);
  gtk_widget_set_visible (icon, BRIEFING_IS_ENTITY (item));
  if (heading)
    {
      gtk_widget_add_css_class (GTK_WIDGET (title), "heading");
      gtk_widget_add_css_class (GTK_WIDGET (title), "dim-label");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (title), "heading");
      gtk_widget_remove_css_class (GTK_WIDGET (title), "dim-label");
    }
  gtk_widget_set_margin_top (row, heading ? 12 : 3);

  if (item == (gpointer) self->all_item)
    {
      gtk_label_set_text (title, _("All Topics"));
      bind_caption (caption,
                    g_list_model_get_n_items (briefing_report_get_events (self->report)),
                    briefing_report_get_n_turns (self->report));
    }
  else if (heading)
    gtk_label_set_text (title, gtk_string_object_get_string (item));
  else if (BRIEFING_IS_TOPIC (item))
    {
      gtk_label_set_text (title, briefing_topic_get_title (item));
      bind_caption (caption, briefing_topic_get_n_events (item), briefing_topic_get_n_turns (item));
      tooltip = briefing_topic_get_description (item);
    }
  else
    {
      gtk_label_set_text (title, briefing_entity_get_name (item));
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), entity_icon_name (item));
      bind_caption (caption, briefing_entity_get_n_events (item), briefing_entity_get_n_turns (item));
      tooltip = briefing_entity_get_role (item);
      if (tooltip == NULL)
        tooltip = briefing_entity_get_description (item);
    }
  /* Report text is never markup. */
  gtk_widget_set_tooltip_text (row, tooltip);
}

static void
on_selection_changed_cb (GtkSingleSelection *selection,
                         GParamSpec         *pspec,
                         BriefingSidebar    *self)
{
  gpointer item = gtk_single_selection_get_selected_item (selection);

  if (self->syncing || item == NULL || is_heading (self, item))
    return;
  briefing_reader_state_set_selection (self->state,
                                       BRIEFING_IS_TOPIC (item) ? item : NULL,
                                       BRIEFING_IS_ENTITY (item) ? item : NULL);
}

static void
on_list_view_activate_cb (GtkListView     *list_view,
                          guint            position,
                          BriefingSidebar *self)
{
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0);
}

/* The list is what takes the keyboard: arrows then move through rows. */
static gboolean
briefing_sidebar_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (BRIEFING_SIDEBAR (widget)->list_view));
}

static void
briefing_sidebar_dispose (GObject *object)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_SIDEBAR);
  g_clear_object (&self->selection);
  g_clear_object (&self->sections);
  g_clear_object (&self->all_item);
  g_clear_object (&self->report);
  g_clear_object (&self->state);

  G_OBJECT_CLASS (briefing_sidebar_parent_class)->dispose (object);
}

static void
briefing_sidebar_constructed (GObject *object)
{
  BriefingSidebar *self = BRIEFING_SIDEBAR (object);

  G_OBJECT_CLASS (briefing_sidebar_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_READER_STATE (self->state));
  g_signal_connect_object (self->state, "notify::report", G_CALLBACK (on_state_report_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "selection-changed", G_CALLBACK (select_state_row),
                           self, G_CONNECT_SWAPPED);
  on_state_report_cb (self);
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
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "briefing-sidebar");
}

static void
briefing_sidebar_init (BriefingSidebar *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkFlattenListModel *rows;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->all_item = gtk_string_object_new ("all");
  self->sections = g_list_store_new (G_TYPE_LIST_MODEL);
  rows = gtk_flatten_list_model_new (g_object_ref (G_LIST_MODEL (self->sections)));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (rows));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, 0);

  g_signal_connect_object (factory, "setup", G_CALLBACK (on_factory_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (on_factory_bind_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
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
 * Returns: (transfer none): the rows, as the list shows them: the "All Topics"
 *   row and headings are #GtkStringObject, the others topics and entities
 */
GListModel *
briefing_sidebar_get_rows (BriefingSidebar *self)
{
  g_return_val_if_fail (BRIEFING_IS_SIDEBAR (self), NULL);

  return G_LIST_MODEL (self->selection);
}
